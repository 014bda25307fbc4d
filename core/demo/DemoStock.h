#pragma once

#include "DemoRandom.h"
#include "injections/Injection.h"
#include "stock/Lot.h"

namespace shotbook {

// The household's syringes over the sample years: a delivery at the start of
// each month sized to the coming month's doses (in packs of 7), first-expiry-
// first-out for every injection of every patient, now and then a syringe
// discarded (dropped, cloudy, left out too long), and what expires unused
// discarded as expired.
struct DemoStockRecord
{
    struct Delivery
    {
        Lot lot; // number, expiry, received
        int count = 0;
        QDateTime at;
    };
    struct Movement
    {
        qsizetype lot = -1; // index into deliveries
        QString kind;       // used, discarded
        int count = 0;      // negative: out
        QDateTime at;
        qsizetype patient = -1;   // for "used": whose injection
        qsizetype injection = -1; // its index in that patient's list
        QString reason;
    };

    QList<Delivery> deliveries;
    QList<Movement> movements; // in time order
};

class DemoStock final
{
public:
    // `injections` per patient, each in time order; sets each injection's lot
    // to the one its (first) syringe came from.
    static DemoStockRecord play(QList<QList<Injection>> &injections, const QDate &firstDay,
                                const QDateTime &now, DemoRandom &random);
};

} // namespace shotbook
