#include "StockInvariants.h"

#include <QCoreApplication>

namespace shotbook {

QList<Invariant> stockInvariants()
{
    return {
        {QCoreApplication::translate("shotbook::StockInvariants",
                                     "a lot whose remaining count is not received − used − "
                                     "discarded ± adjusted"),
         QStringLiteral("SELECT l.id FROM lots l WHERE l.remaining <>"
                        " (SELECT COALESCE(SUM(m.count), 0) FROM stock_movements m"
                        " WHERE m.lot_id = l.id)")},
        {QCoreApplication::translate("shotbook::StockInvariants",
                                     "a lot with more syringes out of the fridge than remain"),
         QStringLiteral("SELECT l.id FROM lots l WHERE l.remaining <"
                        " (SELECT COALESCE(SUM(f.count), 0) FROM fridge_outs f"
                        " WHERE f.lot_id = l.id)")},
        {QCoreApplication::translate("shotbook::StockInvariants",
                                     "an injection whose lot is not the one its syringes came "
                                     "from"),
         // An imported injection's lot is the one recorded where it came from.
         QStringLiteral("SELECT i.id FROM injections i WHERE i.lot IS NOT NULL"
                        " AND i.imported_at IS NULL AND NOT EXISTS"
                        " (SELECT 1 FROM stock_movements m JOIN lots l ON l.id = m.lot_id"
                        " WHERE m.injection_id = i.id AND l.lot = i.lot)")},
        // A half-written or hand-edited movement would still add up in the
        // first check when two of them cancel out; their signs do not.
        {QCoreApplication::translate("shotbook::StockInvariants",
                                     "a stock movement whose count does not fit its kind "
                                     "(received adds, used and discarded take away, only a use "
                                     "belongs to an injection)"),
         QStringLiteral("SELECT id FROM stock_movements WHERE count = 0"
                        " OR (kind = 'received' AND count < 0)"
                        " OR (kind IN ('used', 'discarded') AND count > 0)"
                        " OR kind NOT IN ('received', 'used', 'discarded', 'adjusted')"
                        " OR (injection_id IS NOT NULL AND kind <> 'used')")},
    };
}

} // namespace shotbook
