#pragma once

#include "Lot.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QStringList>

namespace shotbook {

class StockRules final
{
    Q_DECLARE_TR_FUNCTIONS(StockRules)

public:
    static constexpr int MaxCount = 1000;
    static constexpr double SyringeMg = 100.0;

    // expired, cloudy, frozen, damaged, room-temperature, other
    static const QStringList &discardReasons();
    static QString discardReasonName(const QString &id);

    static Status checkReceive(const QString &lot, const QDate &expires, const QDate &received,
                               int count, const QDate &today);
    static Status checkDiscard(const Lot &lot, int count, const QString &reason);
    // Syringes one injection of this many mg takes: ⌈mg ÷ 100⌉.
    static int syringesFor(double doseMg);
};

} // namespace shotbook
