#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QSet>

#include <optional>

namespace shotbook {

class Clock;
class Database;

// One day of the diary: the measures that were filled in, and a note.
struct DiaryDay
{
    QDate day;
    QMap<QString, double> values; // measure id → value
    QString note;
    bool isEmpty() const { return values.isEmpty() && note.trimmed().isEmpty(); }
};

// The daily diary. Each write is one transaction; a day can be changed later.
class DiaryService final
{
    Q_DECLARE_TR_FUNCTIONS(DiaryService)
    Q_DISABLE_COPY_MOVE(DiaryService)

public:
    DiaryService(Database &database, const Clock &clock);

    // Replaces the day's entries with these (checked first: nothing is
    // written if one is out of range).
    Status saveDay(qint64 patientId, const DiaryDay &day);
    // Sets one measure of a day, leaving the others.
    Result<qint64> setValue(qint64 patientId, const QDate &day, const QString &measure,
                            double value);
    Result<DiaryDay> day(qint64 patientId, const QDate &day) const;
    Result<QSet<QDate>> daysWithEntries(qint64 patientId, const QDate &from, const QDate &to) const;
    // Every day with an entry, oldest first (for exports).
    Result<QList<DiaryDay>> allDays(qint64 patientId) const;

private:
    Status checkDay(qint64 patientId, const QDate &day) const;

    Database &m_database;
    const Clock &m_clock;
};

} // namespace shotbook
