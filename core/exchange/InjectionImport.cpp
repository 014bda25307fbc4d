#include "InjectionImport.h"

#include "CsvReader.h"
#include "ImportColumns.h"
#include "ImportedRow.h"
#include "common/Clock.h"
#include "common/IsoDateTime.h"
#include "injections/InjectionRepository.h"
#include "patients/PatientRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>

#include <cmath>

namespace shotbook {

namespace {

using Field = ImportColumns::Field;

constexpr double SameDoseMg = 0.005;

// Where the rows go: resolved once per patient name.
class PatientResolver final
{
    Q_DECLARE_TR_FUNCTIONS(shotbook::InjectionImport)

public:
    QHash<QString, qint64> byName;
    std::optional<Patient> fixed;  // --patient
    std::optional<qint64> onlyOne; // the database holds one patient
    bool createMissing = false;    // the database holds none
    QStringList toCreate;

    // The patient's id (0 when it is still to be created), or a problem.
    std::expected<qint64, ErrorDetail> resolve(qint64 line, const QString &name)
    {
        if (fixed) {
            if (!name.isEmpty() && name != fixed->name)
                return std::unexpected(ErrorDetail{
                    line, ImportColumns::name(Field::Patient), name,
                    tr("this row is for \"%1\"; the import is for \"%2\" (--patient). Import "
                       "the rows of each patient separately.")
                        .arg(name, fixed->name)});
            return fixed->id;
        }
        if (name.isEmpty()) {
            if (onlyOne)
                return *onlyOne;
            return std::unexpected(
                ErrorDetail{line, ImportColumns::name(Field::Patient), name,
                            tr("no patient named; name the patient in the patient column or with "
                               "--patient")});
        }
        if (const auto found = byName.constFind(name); found != byName.constEnd())
            return *found;
        if (createMissing) {
            if (!toCreate.contains(name))
                toCreate << name;
            return 0;
        }
        return std::unexpected(
            ErrorDetail{line, ImportColumns::name(Field::Patient), name,
                        tr("there is no patient \"%1\"; add the patient first, or import into one "
                           "with --patient")
                            .arg(name)});
    }
};

} // namespace

InjectionImport::InjectionImport(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<InjectionImport::Report> InjectionImport::run(const QString &path, const Options &options)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::storage(QStringLiteral("file-unreadable"),
                                   tr("Cannot read %1: %2").arg(shown, file.errorString())));

    PatientRepository patients(m_database, m_clock);
    PatientResolver resolver;
    {
        const auto all = patients.list();
        if (!all)
            return fail(all.error());
        for (const Patient &patient : *all)
            resolver.byName.insert(patient.name, patient.id);
        if (all->size() == 1)
            resolver.onlyOne = all->constFirst().id;
        resolver.createMissing = all->isEmpty();
        if (options.patientId) {
            const auto patient = patients.get(*options.patientId);
            if (!patient)
                return fail(patient.error());
            resolver.fixed = *patient;
        }
    }

    const QDateTime now = m_clock.now();
    const auto refused = [&](const QList<ErrorDetail> &problems, qint64 unlisted) {
        Error error = Error::rejected(
            QStringLiteral("import-refused"),
            tr("%1: %n problem(s); nothing was imported. Correct the file and import it again.",
               nullptr, static_cast<int>(problems.size() + unlisted))
                .arg(shown));
        error.details = problems;
        if (unlisted > 0)
            error.details.append(
                {0, QString(), QString(),
                 tr("… and %n more problem(s) not listed", nullptr, static_cast<int>(unlisted))});
        return fail(error);
    };

    // First every row is read and checked, nothing written.
    ImportColumns::Mapping mapping;
    QList<ErrorDetail> problems;
    qint64 unlisted = 0;
    const auto note = [&](const ErrorDetail &problem) {
        if (problems.size() < MaxListedProblems)
            problems.append(problem);
        else
            ++unlisted;
    };
    Report report;
    QMap<QString, QString> assumed; // the words → the zone taken
    {
        CsvReader reader(file);
        reader.detectDelimiter();
        auto header = reader.next();
        if (!header)
            return refused({header.error()}, 0);
        if (!*header)
            return fail(Error::rejected(QStringLiteral("import-empty"),
                                        tr("%1 is empty; there is nothing to import.").arg(shown)));
        auto mapped = ImportColumns::map((*header)->fields, (*header)->line);
        if (!mapped)
            return refused(mapped.error(), 0);
        mapping = *mapped;
        for (;;) {
            auto record = reader.next();
            if (!record) {
                note(record.error());
                continue;
            }
            if (!*record)
                break;
            ++report.rows;
            auto row = ImportedRow::parse(mapping, **record, now);
            if (!row) {
                for (const ErrorDetail &problem : row.error())
                    note(problem);
                continue;
            }
            if (auto patient = resolver.resolve(row->line, row->patientName); !patient)
                note(patient.error());
            if (!row->assumedSiteName.isEmpty())
                assumed.insert(row->assumedSiteName.toLower(), row->injection.site);
        }
    }
    if (!problems.isEmpty() || unlisted > 0)
        return refused(problems, unlisted);

    // Then all rows are written in one transaction (never committed for a
    // dry run).
    const auto write = [&]() -> Result<Report> {
        for (const QString &name : std::as_const(resolver.toCreate)) {
            NewPatient patient;
            patient.name = name;
            const auto added = patients.add(patient);
            if (!added)
                return fail(added.error());
            resolver.byName.insert(name, added->id);
            report.createdPatients << name;
        }
        resolver.createMissing = false;
        if (!file.seek(0))
            return fail(
                Error::storage(QStringLiteral("file-unreadable"),
                               tr("Cannot read %1 again: %2").arg(shown, file.errorString())));
        CsvReader reader(file);
        reader.detectDelimiter();
        (void)reader.next(); // the header
        InjectionRepository::Batch batch(m_database.connection());
        const QDateTime stamp = now.toUTC().addMSecs(-now.toUTC().time().msec());
        for (;;) {
            auto record = reader.next();
            if (!record)
                return refused({record.error()}, 0); // the file changed since it was checked
            if (!*record)
                break;
            auto row = ImportedRow::parse(mapping, **record, now);
            if (!row)
                return refused(row.error(), 0);
            const auto patientId = resolver.resolve(row->line, row->patientName);
            if (!patientId)
                return refused({patientId.error()}, 0);
            Injection injection = row->injection;
            injection.patientId = *patientId;
            injection.createdAt = stamp;
            injection.importedAt = stamp;
            const auto existing = batch.atInstant(injection.patientId, injection.at);
            if (!existing)
                return fail(existing.error());
            const bool same =
                std::any_of(existing->cbegin(), existing->cend(), [&](const Injection &other) {
                    return other.site == injection.site &&
                           std::fabs(other.doseMg - injection.doseMg) < SameDoseMg;
                });
            if (same) {
                ++report.alreadyPresent;
                continue;
            }
            if (!existing->isEmpty()) {
                const Injection &other = existing->constFirst();
                note({row->line, mapping.nameOf(mapping.has(Field::At) ? Field::At : Field::Date),
                      iso::formatLocal(injection.at),
                      tr("another injection is logged at this very time (%1, %2 mg); this row "
                         "says %3, %4 mg. Correct or remove one of them first.")
                          .arg(other.site)
                          .arg(other.doseMg)
                          .arg(injection.site)
                          .arg(injection.doseMg)});
                continue;
            }
            if (!problems.isEmpty())
                continue; // refused anyway: only look for more problems
            const auto id = batch.insert(injection);
            if (!id)
                return fail(id.error());
            ++report.imported;
            if (options.keepInjections) {
                injection.id = *id;
                report.injections.append(injection);
            }
        }
        if (!problems.isEmpty() || unlisted > 0)
            return refused(problems, unlisted);
        return report;
    };

    Result<Report> written;
    if (options.dryRun) {
        Transaction scope(m_database);
        if (auto begun = scope.begun(); !begun)
            return fail(begun.error());
        written = write();
    } else {
        written = Transaction::run(m_database, write);
    }
    if (!written)
        return written;

    for (auto it = assumed.cbegin(); it != assumed.cend(); ++it)
        written->warnings.append(
            {QStringLiteral("site-assumed"),
             tr("\"%1\" was read as %2: Shotbook splits that area into an upper and a lower "
                "zone, and the file does not say which.")
                 .arg(it.key(), it.value())});
    if (!mapping.ignored.isEmpty())
        written->warnings.append(
            {QStringLiteral("columns-ignored"),
             tr("Columns not read: %1.").arg(mapping.ignored.join(QStringLiteral(", ")))});
    if (written->alreadyPresent > 0)
        written->warnings.append(
            {QStringLiteral("already-present"),
             tr("%n row(s) were already in the log and were not imported again.", nullptr,
                written->alreadyPresent)});
    if (!written->createdPatients.isEmpty())
        written->warnings.append({QStringLiteral("patients-added"),
                                  tr("Added the patient(s) the file names: %1.")
                                      .arg(written->createdPatients.join(QStringLiteral(", ")))});
    return written;
}

} // namespace shotbook
