#include "StockService.h"

#include "Fefo.h"
#include "StockRepository.h"
#include "StockRules.h"
#include "common/Clock.h"
#include "common/IsoDateTime.h"
#include "patients/PatientRepository.h"
#include "regimen/RegimenService.h"
#include "regimen/Schedule.h"
#include "storage/Database.h"
#include "storage/ProductSettings.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QLocale>

namespace shotbook {

namespace {

QDateTime utcSeconds(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.addMSecs(-utc.time().msec());
}

} // namespace

StockService::StockService(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<Lot> StockService::existingLot(const QString &lot) const
{
    const auto found = StockRepository::lotByNumber(m_database.connection(), lot);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(Error::rejected(QStringLiteral("unknown-lot"),
                                    tr("There is no lot \"%1\" in stock; \"stock list\" shows the "
                                       "lots.")
                                        .arg(lot)));
    return **found;
}

Result<Lot> StockService::receive(const QString &lotNumber, const QDate &expires, int count,
                                  std::optional<QDate> received)
{
    const QDate today = m_clock.today();
    const QString lotText = lotNumber.trimmed();
    const QDate receivedOn = received.value_or(today);
    if (auto valid = StockRules::checkReceive(lotText, expires, receivedOn, count, today); !valid)
        return fail(valid.error());

    return Transaction::run(m_database, [&]() -> Result<Lot> {
        if (auto locked = m_database.lock(Database::Lock::Stock); !locked)
            return fail(locked.error());
        QSqlDatabase db = m_database.connection();
        const auto found = StockRepository::lotByNumber(db, lotText);
        if (!found)
            return fail(found.error());
        qint64 lotId = 0;
        if (*found) {
            if ((*found)->expires != expires)
                return fail(Error::rejected(
                    QStringLiteral("lot-mismatch"),
                    tr("Lot %1 is already in stock with the expiry date %2, not %3; check the "
                       "carton.")
                        .arg(lotText, iso::formatDate((*found)->expires),
                             iso::formatDate(expires))));
            lotId = (*found)->id;
        } else {
            Lot lot;
            lot.lot = lotText;
            lot.expires = expires;
            lot.received = receivedOn;
            const auto id = StockRepository::insertLot(db, lot, utcSeconds(m_clock.now()));
            if (!id)
                return fail(id.error());
            lotId = *id;
        }
        StockMovement movement;
        movement.lotId = lotId;
        movement.kind = QStringLiteral("received");
        movement.count = count;
        // Received on a past day: the movement is of that day (its start), so
        // the history says when the syringes came, not when they were typed in.
        movement.at = receivedOn < today ? utcSeconds(localDateTime(receivedOn, QTime(0, 0)))
                                         : utcSeconds(m_clock.now());
        if (auto added = StockRepository::addMovement(db, movement); !added)
            return fail(added.error());
        return existingLot(lotText);
    });
}

Status StockService::discard(const QString &lotNumber, int count, const QString &reason,
                             const QString &note)
{
    return Transaction::run(m_database, [&]() -> Status {
        if (auto locked = m_database.lock(Database::Lock::Stock); !locked)
            return fail(locked.error());
        const auto lot = existingLot(lotNumber);
        if (!lot)
            return fail(lot.error());
        if (auto valid = StockRules::checkDiscard(*lot, count, reason); !valid)
            return valid;
        StockMovement movement;
        movement.lotId = lot->id;
        movement.kind = QStringLiteral("discarded");
        movement.count = -count;
        movement.at = utcSeconds(m_clock.now());
        movement.reason = reason;
        movement.note = note;
        QSqlDatabase db = m_database.connection();
        if (auto added = StockRepository::addMovement(db, movement); !added)
            return fail(added.error());
        return StockRepository::consumeOutOfFridge(db, lot->id, count);
    });
}

Status StockService::takeOutOfFridge(const QString &lotNumber, int count,
                                     std::optional<QDateTime> at)
{
    return Transaction::run(m_database, [&]() -> Status {
        if (auto locked = m_database.lock(Database::Lock::Stock); !locked)
            return fail(locked.error());
        const auto lot = existingLot(lotNumber);
        if (!lot)
            return fail(lot.error());
        if (count <= 0 || count > lot->remaining - lot->outOfFridge)
            return fail(Error::rejected(QStringLiteral("invalid-count"),
                                        tr("Cannot take %1 syringes of lot %2 out of the fridge: "
                                           "%3 are in it.")
                                            .arg(count)
                                            .arg(lot->lot)
                                            .arg(lot->remaining - lot->outOfFridge)));
        const QDateTime when = utcSeconds(at.value_or(m_clock.now()));
        if (m_clock.now().secsTo(when) > 3600)
            return fail(
                Error::rejected(QStringLiteral("invalid-time"),
                                tr("The time %1 is in the future.").arg(iso::formatLocal(when))));
        return StockRepository::takeOutOfFridge(m_database.connection(), lot->id, count, when);
    });
}

Status StockService::adjust(const QString &lotNumber, int change, const QString &note)
{
    return Transaction::run(m_database, [&]() -> Status {
        if (auto locked = m_database.lock(Database::Lock::Stock); !locked)
            return fail(locked.error());
        const auto lot = existingLot(lotNumber);
        if (!lot)
            return fail(lot.error());
        if (change == 0 || lot->remaining + change < 0 || qAbs(change) > StockRules::MaxCount)
            return fail(Error::rejected(QStringLiteral("invalid-count"),
                                        tr("Cannot change lot %1 by %2: %3 remain.")
                                            .arg(lot->lot)
                                            .arg(change)
                                            .arg(lot->remaining)));
        StockMovement movement;
        movement.lotId = lot->id;
        movement.kind = QStringLiteral("adjusted");
        movement.count = change;
        movement.at = utcSeconds(m_clock.now());
        movement.note = note;
        if (auto added = StockRepository::addMovement(m_database.connection(), movement); !added)
            return fail(added.error());
        return {};
    });
}

Status StockService::undoTakeOut(const QString &lotNumber, int count)
{
    return Transaction::run(m_database, [&]() -> Status {
        if (auto locked = m_database.lock(Database::Lock::Stock); !locked)
            return fail(locked.error());
        const auto lot = existingLot(lotNumber);
        if (!lot)
            return fail(lot.error());
        return StockRepository::undoTakeOut(m_database.connection(), lot->id, count);
    });
}

Result<QList<Lot>> StockService::lots() const
{
    return StockRepository::lots(m_database.connection());
}

Result<QList<StockMovement>> StockService::movements() const
{
    return StockRepository::movements(m_database.connection(), std::nullopt);
}

Result<double> StockService::syringesPerDay(std::optional<qint64> patientId) const
{
    PatientRepository patients(m_database, m_clock);
    const auto all = patients.list();
    if (!all)
        return fail(all.error());
    RegimenService regimens(m_database, m_clock);
    const QDate today = m_clock.today();
    double perDay = 0.0;
    for (const Patient &patient : *all) {
        if (patientId && patient.id != *patientId)
            continue;
        const auto dose = regimens.doseOn(patient.id, today);
        if (!dose)
            continue; // no regimen today (or no weight): uses nothing
        perDay += static_cast<double>(dose->dosesPerDay * dose->syringesPerDose) / dose->everyDays;
    }
    return perDay;
}

Result<StockForecast> StockService::status(std::optional<qint64> patientId) const
{
    const auto all = lots();
    if (!all)
        return fail(all.error());
    const auto perDay = syringesPerDay(patientId);
    if (!perDay)
        return fail(perDay.error());
    StockForecastSettings settings;
    QSqlDatabase db = m_database.connection();
    const auto low = ProductSettings::get(db, ProductSettings::LowStockDays);
    const auto hours = ProductSettings::get(db, ProductSettings::RoomTemperatureHours);
    const auto soon = ProductSettings::get(db, ProductSettings::ExpiringSoonDays);
    if (!low || !hours || !soon)
        return fail(!low ? low.error() : !hours ? hours.error() : soon.error());
    settings.lowStockDays = *low;
    settings.roomTemperatureHours = *hours;
    settings.expiringSoonDays = *soon;
    return StockForecaster::forecast(*all, *perDay, m_clock.now(), settings);
}

Result<int> StockService::expiringSoonDays() const
{
    return ProductSettings::get(m_database.connection(), ProductSettings::ExpiringSoonDays);
}

Result<int> StockService::allowanceHours() const
{
    return ProductSettings::get(m_database.connection(), ProductSettings::RoomTemperatureHours);
}

Result<StockService::Taken> StockService::takeForInjection(qint64 injectionId, double doseMg,
                                                           const std::optional<QString> &chosenLot,
                                                           bool allowExpired, const QDateTime &at,
                                                           TooLongOut tooLongOut)
{
    return Transaction::run(m_database, [&]() -> Result<Taken> {
        if (auto locked = m_database.lock(Database::Lock::Stock); !locked)
            return fail(locked.error());
        const auto allowance = allowanceHours();
        if (!allowance)
            return fail(allowance.error());
        auto lots = StockRepository::lotsInStock(m_database.connection(), chosenLot);
        if (!lots)
            return fail(lots.error());
        const QDate day = at.toLocalTime().date();
        const QDateTime freshSince = at.addSecs(-qint64(*allowance) * 3600);
        Taken taken;
        if (tooLongOut == TooLongOut::DiscardThem) {
            for (const Lot &lot : *lots) {
                if (const int count = lot.outTooLong(at, *allowance); count > 0) {
                    if (auto done = discard(lot.lot, count, QStringLiteral("room-temperature"),
                                            tr("Out of the fridge too long; discarded when an "
                                               "injection was logged."));
                        !done)
                        return fail(done.error());
                }
            }
            lots = StockRepository::lotsInStock(m_database.connection(), chosenLot);
            if (!lots)
                return fail(lots.error());
        }

        std::optional<qint64> chosenId;
        if (chosenLot) {
            const Lot *chosen = nullptr;
            for (const Lot &lot : *lots) {
                if (lot.lot == *chosenLot)
                    chosen = &lot;
            }
            if (!chosen)
                return fail(Error::rejected(QStringLiteral("unknown-lot"),
                                            tr("There is no lot \"%1\" in stock; receive it "
                                               "first or leave the lot out.")
                                                .arg(*chosenLot)));
            if (chosen->isExpiredOn(day)) {
                const QString message =
                    tr("Lot %1 expired on %2. Do not use an expired syringe.")
                        .arg(chosen->lot,
                             QLocale().toString(chosen->expires, QLocale::ShortFormat));
                if (!allowExpired)
                    return fail(Error::rejected(QStringLiteral("lot-expired"), message));
                taken.warnings.append({QStringLiteral("lot-expired"), message});
            }
            chosenId = chosen->id;
        }

        // Fresh syringes first: those out too long are set aside.
        QList<Lot> fresh = *lots;
        QList<Lot> tooLong = *lots;
        int tooLongInStock = 0;
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            const int count = fresh.at(i).outTooLong(at, *allowance);
            fresh[i].remaining -= count;
            tooLong[i].remaining = count;
            if (!fresh.at(i).isExpiredOn(day))
                tooLongInStock += count;
        }
        const int needed = StockRules::syringesFor(doseMg);
        FefoResult freshResult;
        FefoResult tooLongResult;
        if (tooLongOut == TooLongOut::UseThem) {
            tooLongResult = allocateFefo(tooLong, needed, day, chosenId);
            freshResult = allocateFefo(fresh, tooLongResult.missing, day, chosenId);
        } else {
            freshResult = allocateFefo(fresh, needed, day, chosenId);
            // Only when nothing else is left: it is what was injected.
            tooLongResult = allocateFefo(tooLong, freshResult.missing, day, chosenId);
        }
        const int missing =
            tooLongOut == TooLongOut::UseThem ? freshResult.missing : tooLongResult.missing;
        if (missing > 0)
            taken.warnings.append(
                {QStringLiteral("no-stock"),
                 missing == needed
                     ? tr("No usable syringe is recorded in stock; the injection is logged "
                          "without one. Receive stock to keep count.")
                     : tr("Only %1 of the %2 syringes needed were in stock.")
                           .arg(needed - missing)
                           .arg(needed)});
        if (tooLongInStock > 0) {
            const QLocale locale;
            taken.warnings.append(
                {QStringLiteral("room-temperature"),
                 !tooLongResult.taken.isEmpty()
                     ? tr("%n syringe(s) used for this injection had been out of the fridge "
                          "longer than %1 hours. Tell your pharmacist or doctor; discard any "
                          "others out that long.",
                          nullptr, tooLongInStock)
                           .arg(*allowance)
                     : tr("%n syringe(s) have been out of the fridge longer than %1 hours: do "
                          "not inject them, discard them. This injection was counted from "
                          "another syringe.",
                          nullptr, tooLongInStock)
                           .arg(*allowance)});
        }
        if (auto written = recordUse(injectionId, freshResult.taken, at, freshSince); !written)
            return fail(written.error());
        if (auto written = recordUse(injectionId, tooLongResult.taken, at); !written)
            return fail(written.error());
        taken.allocations = tooLongOut == TooLongOut::UseThem
                                ? tooLongResult.taken + freshResult.taken
                                : freshResult.taken + tooLongResult.taken;
        return taken;
    });
}

Status StockService::recordUse(qint64 injectionId, const QList<LotAllocation> &taken,
                               const QDateTime &at, const std::optional<QDateTime> &freshSince)
{
    QSqlDatabase db = m_database.connection();
    for (const LotAllocation &allocation : taken) {
        StockMovement movement;
        movement.lotId = allocation.lotId;
        movement.kind = QStringLiteral("used");
        movement.count = -allocation.count;
        movement.at = utcSeconds(at);
        movement.injectionId = injectionId;
        if (auto added = StockRepository::addMovement(db, movement); !added)
            return fail(added.error());
        const Status consumed =
            freshSince
                ? StockRepository::consumeOutOfFridgeSince(db, allocation.lotId, allocation.count,
                                                           *freshSince)
                : StockRepository::consumeOutOfFridge(db, allocation.lotId, allocation.count);
        if (!consumed)
            return consumed;
    }
    return {};
}

Result<StockService::Taken> StockService::retakeOrReplace(qint64 injectionId,
                                                          const QList<LotAllocation> &wanted,
                                                          const QDateTime &at)
{
    return Transaction::run(m_database, [&]() -> Result<Taken> {
        if (auto locked = m_database.lock(Database::Lock::Stock); !locked)
            return fail(locked.error());
        const auto lots = StockRepository::lots(m_database.connection());
        if (!lots)
            return fail(lots.error());
        QHash<qint64, int> available;
        for (const Lot &lot : *lots)
            available.insert(lot.id, lot.remaining);
        Taken taken;
        int missing = 0;
        for (const LotAllocation &allocation : wanted) {
            const int n = qMin(allocation.count, available.value(allocation.lotId));
            if (n > 0) {
                taken.allocations.append({allocation.lotId, allocation.lot, n});
                available[allocation.lotId] -= n;
            }
            missing += allocation.count - n;
        }
        if (missing > 0) {
            QList<Lot> rest = *lots;
            for (Lot &lot : rest)
                lot.remaining = available.value(lot.id);
            const FefoResult more = allocateFefo(rest, missing, at.toLocalTime().date());
            taken.allocations << more.taken;
            if (more.missing > 0)
                taken.warnings.append({QStringLiteral("no-stock"),
                                       tr("%n syringe(s) of this injection are no longer in stock.",
                                          nullptr, more.missing)});
        }
        if (auto written = recordUse(injectionId, taken.allocations, at); !written)
            return fail(written.error());
        return taken;
    });
}

Result<QList<LotAllocation>> StockService::giveBack(qint64 injectionId)
{
    return Transaction::run(m_database, [&]() -> Result<QList<LotAllocation>> {
        if (auto locked = m_database.lock(Database::Lock::Stock); !locked)
            return fail(locked.error());
        QSqlDatabase db = m_database.connection();
        const auto movements = StockRepository::movementsOfInjection(db, injectionId);
        if (!movements)
            return fail(movements.error());
        QList<LotAllocation> taken;
        for (const StockMovement &movement : *movements)
            taken.append({movement.lotId, movement.lot, -movement.count});
        if (auto removed = StockRepository::removeMovementsOfInjection(db, injectionId); !removed)
            return fail(removed.error());
        return taken;
    });
}

} // namespace shotbook
