#include "FhirExport.h"

#include "ExportSource.h"
#include "FhirBundle.h"
#include "NewFile.h"
#include "common/IsoDateTime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace shotbook {

FhirExport::FhirExport(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<FhirExport::Written> FhirExport::write(qint64 patientId, const QString &out,
                                              std::optional<QDate> from, std::optional<QDate> to)
{
    if (from && to && *from > *to)
        return fail(Error::rejected(QStringLiteral("invalid-range"),
                                    tr("The first day %1 is after the last day %2.")
                                        .arg(iso::formatDate(*from), iso::formatDate(*to))));
    const auto path = NewFile::checkPath(out);
    if (!path)
        return fail(path.error());
    const auto data = ExportSource::load(m_database, m_clock, patientId, from, to);
    if (!data)
        return fail(data.error());
    const QJsonObject bundle = FhirBundle::build(*data);
    if (auto written = NewFile::write(*path, QJsonDocument(bundle).toJson(QJsonDocument::Indented));
        !written)
        return fail(written.error());
    return Written{*path, static_cast<int>(bundle.value(QStringLiteral("entry")).toArray().size())};
}

} // namespace shotbook
