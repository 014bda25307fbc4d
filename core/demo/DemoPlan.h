#pragma once

#include "charts/DateRange.h"
#include "diary/HealthRecords.h"
#include "patients/WeightRepository.h"
#include "regimen/Regimen.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace shotbook {

// One sample patient's life as decided before the days are played out: who
// they are, what was prescribed when, their weights, holidays, stays in
// hospital, and the health records that do not depend on the doses taken.
struct DemoPlan
{
    enum class Kind
    {
        AdultRheumatoid, // 100 mg once a day
        ChildNomid,      // weight-based, from infancy, once or twice a day
    };

    Kind kind = Kind::AdultRheumatoid;
    QString name;
    QDate birth;
    DateRange span;          // the first day of treatment to today
    QList<Regimen> regimens; // provisional ids 1, 2, … in start order
    QList<Weight> weights;   // in date order
    QStringList disabledZones;
    QList<DateRange> holidays;
    QList<DateRange> hospital; // no injections (a serious infection), no diary
    QList<DateRange> paused;   // told to stop while a red flag is open
    double missRate = 0.02;    // of a dose on an ordinary day
    QList<SideEffect> sideEffects;
    QList<std::optional<QDateTime>> acknowledged; // per side effect: when a red flag was seen
    QList<Infection> infections;
    QList<LabResult> labs;
    QList<Medicine> medicines;

    bool isChild() const { return kind == Kind::ChildNomid; }
    double ageYears(const QDate &day) const
    {
        return static_cast<double>(birth.daysTo(day)) / 365.25;
    }
};

} // namespace shotbook
