#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace shotbook {

// What the prescriber set, from a start date until the next regimen starts (or
// the course ends). Amounts are per day, split evenly over dosesPerDay.
struct Regimen
{
    static constexpr double DefaultStepMg = 10.0;
    static constexpr double DefaultMinMg = 20.0;

    qint64 id = 0;
    qint64 patientId = 0;
    QDate start;
    std::optional<int> days;             // a fixed course, e.g. 10 days; none: until replaced
    std::optional<double> dailyMg;       // fixed dose (e.g. RA 100 mg)
    std::optional<double> mgPerKgPerDay; // weight-based dose (CAPS/NOMID)
    int dosesPerDay = 1;                 // 1 or 2
    int everyDays = 1;                   // 1, or 2 in severe renal impairment
    QList<QTime> times;                  // local wall-clock times, one per dose
    double stepMg = DefaultStepMg;       // measuring step of the syringe used
    double minMg = DefaultMinMg;         // smallest measurable dose
    QString indication;
    QString prescriber;
    QString note;
    QDateTime createdAt;

    bool isWeightBased() const { return mgPerKgPerDay.has_value(); }
    // The last day of a fixed course, if it has one.
    std::optional<QDate> lastDay() const
    {
        if (!days)
            return std::nullopt;
        return start.addDays(*days - 1);
    }
    // Nominal time between two doses, in seconds.
    qint64 intervalSecs() const { return qint64(86400) * everyDays / qMax(1, dosesPerDay); }

    friend bool operator==(const Regimen &, const Regimen &) = default;
};

} // namespace shotbook
