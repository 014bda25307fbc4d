#pragma once

#include "common/Warning.h"
#include "diary/HealthRecords.h"
#include "regimen/Regimen.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace shotbook {

// What the label says about going on with the next injection, as of a day:
//  - red-flag-open: a red-flag side effect not resolved. The label says stop
//    and call the doctor, so an injection needs an explicit confirmation
//    that a doctor said to go on;
//  - infection-open: an infection not over; low-neutrophils: the latest
//    neutrophil count below 1.5 × 10⁹/L (not yet followed by a normal one);
//    fever: a diary temperature of 38.0 °C or more that day or the day
//    before; renal-dosing: the latest creatinine clearance below 30 mL/min on
//    an every-day regimen (the label doses every other day). These warn:
//    tell the doctor before the next injection;
//  - red-flag: a diary yes/no symptom that is a red-flag sign (chest pain)
//    answered yes that day or the day before: get medical help now, and
//    record it as a side effect (which then stops the injections).
struct SafetyInputs
{
    QList<SideEffect> sideEffects;
    QList<Infection> infections;
    QList<LabResult> labs;
    QList<std::pair<QDate, double>> temperaturesC; // diary fever-c values by day
    QList<std::pair<QDate, QString>> redFlagSigns; // diary yes/no measures answered yes
    std::optional<Regimen> regimen;                // in force on the day
};

struct SafetyState
{
    QList<SideEffect> openRedFlags;
    Warning redFlagStop; // the red-flag-open refusal's text, when there are open red flags
    Warnings warnings;   // infection-open, low-neutrophils, fever, renal-dosing, red-flag

    bool stopped() const { return !openRedFlags.isEmpty(); }
    // The red-flag stop as a warning, then the others.
    Warnings all() const;
};

class SafetyStops final
{
    Q_DECLARE_TR_FUNCTIONS(SafetyStops)

public:
    static constexpr double FeverC = 38.0;
    static constexpr double SevereRenalImpairmentMlMin = 30.0;

    static SafetyState evaluate(const SafetyInputs &inputs, const QDate &day);
};

} // namespace shotbook
