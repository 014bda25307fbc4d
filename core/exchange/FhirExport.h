#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace shotbook {

class Clock;
class Database;

// Writes a patient's record as a FHIR R4 Bundle (FhirBundle) to a new JSON
// file: never over an existing file, whole or not at all, owner-only.
class FhirExport final
{
    Q_DECLARE_TR_FUNCTIONS(FhirExport)
    Q_DISABLE_COPY_MOVE(FhirExport)

public:
    FhirExport(Database &database, const Clock &clock);

    struct Written
    {
        QString path;
        int resources = 0;
    };

    Result<Written> write(qint64 patientId, const QString &path, std::optional<QDate> from,
                          std::optional<QDate> to);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace shotbook
