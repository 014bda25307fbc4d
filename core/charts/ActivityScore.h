#pragma once

#include "DateRange.h"
#include "diary/DiaryValue.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace shotbook {

// The Auto-Inflammatory Diseases Activity Index (AIDAI; Piram et al., Ann
// Rheum Dis 2011;70:309 and its validation, Ann Rheum Dis 2014;73:2168): a
// one-month diary of twelve yes/no items, each day's "yes" answers summed over
// the month; a month scoring 9 or more is active disease.
struct ActivityItem
{
    QString id;                   // the item, e.g. "fever"
    QStringList measures;         // diary yes/no measures that answer it (any of them)
    bool fromTemperature = false; // fever: a fever-c of 38.0 °C or more that day
};

struct MonthActivity
{
    QDate month;          // its first day
    DateRange covered;    // the days of the month inside the range asked for
    int score = 0;        // the sum of the daily scores
    int daysRecorded = 0; // days with any item answered (or a temperature)
    int daysInMonth = 0;
    // A full month of diary: a score below the cut-off means inactive.
    bool isComplete() const { return daysRecorded == daysInMonth; }
    // 9 or more: days without a diary can only lower the sum, so a month
    // with gaps that reaches the cut-off is active too.
    bool isActive() const;

    friend bool operator==(const MonthActivity &, const MonthActivity &) = default;
};

class ActivityScore final
{
    Q_DECLARE_TR_FUNCTIONS(ActivityScore)

public:
    static constexpr int ActiveCutOff = 9;
    static constexpr double FeverCelsius = 38.0;

    // Fever ≥ 38 °C, overall symptoms, abdominal pain, nausea/vomiting,
    // diarrhoea, headache, chest pain, painful lymph nodes, joint or muscle
    // pain, joint swelling, eye symptoms, skin rash.
    static const QList<ActivityItem> &items();
    static QString displayName(const QString &itemId);
    // The diary measures that answer an item, fever-c included.
    static const QStringList &measures();

    // One day's score, 0–12, from that day's values.
    static int dayScore(const QList<DiaryValue> &dayValues);
    // Per calendar month overlapping the range; values in day order (any
    // measures; those of other indices are ignored). Days outside the range
    // do not count. A day counts as recorded when any AIDAI measure was
    // entered on it: an item not answered that day scores 0, like a "no".
    static QList<MonthActivity> monthly(const QList<DiaryValue> &values, const DateRange &range);
};

} // namespace shotbook
