#pragma once

#include "stock/Lot.h"

#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace shotbook {

struct Injection
{
    qint64 id = 0;
    qint64 patientId = 0;
    QDateTime at; // when it was given (stored as UTC)
    double doseMg = 0.0;
    QString site;                // zone id
    std::optional<QPointF> spot; // where in the zone: fractions (0..1) of its box
    std::optional<QString> lot;  // the lot the syringe came from, if known
    QString givenBy;
    QString note;
    QDateTime createdAt;
    // Set when it came from an imported file: history that took no syringes
    // from this stock (its lot is the one recorded elsewhere).
    std::optional<QDateTime> importedAt;
    QList<LotAllocation> allocations; // the syringes it took from stock

    friend bool operator==(const Injection &, const Injection &) = default;
};

// What the user enters to log an injection; empty optionals take defaults
// (now, the regimen's dose).
struct InjectionInput
{
    std::optional<QDateTime> at;
    std::optional<double> doseMg;
    QString site;
    std::optional<QString> lot;
    QString givenBy;
    QString note;
    std::optional<QPointF> spot;
    TooLongOut tooLongOut = TooLongOut::Avoid; // syringes out of the fridge too long
};

} // namespace shotbook
