#pragma once

#include "common/Error.h"
#include "common/Warning.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace shotbook {

struct Analyte
{
    QString id;   // anc, platelets, alt, ast, crp, crcl
    QString unit; // 10⁹/L, U/L, mg/L, mL/min
    double max = 0;
};

// Blood tests: units, plausible ranges, the low-neutrophils flag, and the
// neutrophil monitoring schedule of the label: before the start, monthly for
// 3 months, then every 3 months up to a year.
class Labs final
{
    Q_DECLARE_TR_FUNCTIONS(Labs)

public:
    static constexpr double LowNeutrophils = 1.5; // 10⁹/L
    static constexpr int ToleranceDays = 14;      // a test this close to a due date counts

    static const QList<Analyte> &analytes();
    static std::optional<Analyte> find(const QString &id);
    static QString displayName(const QString &id);
    static Status check(const QString &analyte, double value);
    static std::optional<Warning> flag(const QString &analyte, double value);

    // The due dates of neutrophil counts for a treatment started on `start`.
    static QList<QDate> schedule(const QDate &start);
    // The first due date not yet met by a count within ToleranceDays of it
    // (before the start: any count in the 30 days up to the start); none when
    // the year of monitoring is complete.
    static std::optional<QDate> nextDue(const QDate &start, const QList<QDate> &ancTests);
};

} // namespace shotbook
