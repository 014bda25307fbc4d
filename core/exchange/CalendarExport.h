#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace shotbook {

class Clock;
class Database;

// Writes a patient's dose times (repeating events) and coming blood tests
// (all-day events) as an iCalendar file, for the GUI and the CLI.
class CalendarExport final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)
    Q_DISABLE_COPY_MOVE(CalendarExport)

public:
    CalendarExport(Database &database, const Clock &clock);

    struct Written
    {
        QString path;
        int doseEvents = 0;
        int dayEvents = 0;
    };

    Result<Written> write(qint64 patientId, const QString &path, std::optional<QDate> from,
                          std::optional<QDate> to);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace shotbook
