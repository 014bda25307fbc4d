#include "InjectionLog.h"

#include "InjectionRepository.h"
#include "InjectionRules.h"
#include "common/Clock.h"
#include "patients/PatientRepository.h"
#include "regimen/PatientSchedule.h"
#include "regimen/RegimenService.h"
#include "sites/Rotation.h"
#include "sites/SiteService.h"
#include "stock/StockService.h"
#include "storage/Database.h"
#include "storage/ProductSettings.h"
#include "storage/Transaction.h"

#include <QLocale>

namespace shotbook {

InjectionLog::InjectionLog(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<InjectionLog::Logged> InjectionLog::log(qint64 patientId, const InjectionInput &input,
                                               bool force)
{
    const QDateTime now = m_clock.now();
    Injection injection;
    injection.patientId = patientId;
    injection.at = (input.at ? *input.at : now).toUTC();
    injection.at = injection.at.addMSecs(-injection.at.time().msec());
    injection.site = input.site;
    injection.lot = input.lot;
    injection.givenBy = input.givenBy.trimmed();
    injection.note = input.note.trimmed();
    injection.spot = input.spot;
    injection.createdAt = now.toUTC().addMSecs(-now.time().msec());
    if (input.doseMg) {
        injection.doseMg = *input.doseMg;
    } else {
        RegimenService regimens(m_database, m_clock);
        const auto dose = regimens.doseOn(patientId, injection.at.toLocalTime().date());
        if (!dose)
            return fail(Error::rejected(dose.error().code,
                                        tr("No dose was given and none follows from a regimen "
                                           "(%1). Give the dose in mg.")
                                            .arg(dose.error().message)));
        injection.doseMg = dose->perDoseMg;
    }
    return write(injection, force, false);
}

Result<InjectionLog::Logged> InjectionLog::update(const Injection &changed, bool force)
{
    Injection injection = changed;
    injection.at = injection.at.toUTC();
    injection.at = injection.at.addMSecs(-injection.at.time().msec());
    return write(injection, force, true);
}

Result<InjectionLog::Logged> InjectionLog::write(Injection injection, bool force, bool isUpdate)
{
    if (auto valid = InjectionRules::check(injection, m_clock.now()); !valid)
        return fail(valid.error());

    return Transaction::run(m_database,
                            [&]() { return writeInTransaction(injection, force, isUpdate); });
}

Result<InjectionLog::Logged> InjectionLog::writeInTransaction(Injection injection, bool force,
                                                              bool isUpdate)
{
    QSqlDatabase db = m_database.connection();
    StockService stock(m_database, m_clock);
    PatientRepository patients(m_database, m_clock);
    if (auto patient = patients.get(injection.patientId); !patient)
        return fail(patient.error());
    if (isUpdate) {
        // Judge the changed injection against the others, not against itself,
        // and give its syringes back before taking them again.
        if (auto given = stock.giveBack(injection.id); !given)
            return fail(given.error());
        if (auto removed = InjectionRepository::remove(db, injection.id); !removed)
            return fail(removed.error());
    }

    const QDate day = injection.at.toLocalTime().date();
    auto before = PatientSchedule::load(m_database, injection.patientId, day, day);
    if (!before)
        return fail(before.error());

    Logged logged;
    const SlotFit fit = before->fit(injection.at);
    if (fit.kind == SlotFit::Kind::AlreadyFilled) {
        const Injection &earlier = before->injections().at(fit.filledByInjection);
        const QLocale locale;
        const QString message =
            tr("The dose due %1 was already logged: %2 mg at %3. A second dose for the same "
               "slot is refused; never double up.")
                .arg(locale.toString(before->slots().at(fit.slot).due.toLocalTime(),
                                     QLocale::ShortFormat),
                     QString::number(earlier.doseMg),
                     locale.toString(earlier.at.toLocalTime(), QLocale::ShortFormat));
        if (!force)
            return fail(Error::rejected(QStringLiteral("double-dose"), message));
        logged.warnings.append({QStringLiteral("double-dose"), message});
    } else if (fit.kind == SlotFit::Kind::NoSlot && !before->regimens().isEmpty()) {
        logged.warnings.append({QStringLiteral("no-dose-due"),
                                tr("No dose was due around this time; it is logged as an extra "
                                   "dose.")});
    }

    // Rotation: warn (never refuse) about a site used recently, with an open
    // reaction, switched off, or a spot too close to the last one.
    SiteService sites(m_database, m_clock);
    const auto siteWarnings =
        sites.warningsFor(injection.patientId, injection.site, injection.at, injection.spot);
    if (!siteWarnings)
        return fail(siteWarnings.error());
    logged.warnings << *siteWarnings;

    // The chosen lot: the one typed, or (when changing an injection) the one
    // it had; its syringes go back to stock first.
    std::optional<QString> chosenLot = injection.lot;
    if (isUpdate) {
        if (auto inserted = InjectionRepository::insert(db, injection); !inserted)
            return fail(inserted.error());
    } else {
        injection.lot.reset(); // set from the stock actually taken
        const auto id = InjectionRepository::insert(db, injection);
        if (!id)
            return fail(id.error());
        injection.id = *id;
    }
    const auto taken =
        stock.takeForInjection(injection.id, injection.doseMg, chosenLot, force, injection.at);
    if (!taken)
        return fail(taken.error());
    logged.warnings << taken->warnings;
    injection.allocations = taken->allocations;
    injection.lot = injection.allocations.isEmpty()
                        ? std::nullopt
                        : std::optional<QString>(injection.allocations.constFirst().lot);
    if (auto updated = InjectionRepository::update(db, injection); !updated)
        return fail(updated.error());

    const auto after = PatientSchedule::load(m_database, injection.patientId, day, day);
    if (!after)
        return fail(after.error());
    logged.slot = after->slotOf(injection.id);
    logged.injection = injection;
    return logged;
}

Result<Injection> InjectionLog::remove(qint64 injectionId)
{
    return Transaction::run(m_database, [&]() -> Result<Injection> {
        QSqlDatabase db = m_database.connection();
        auto injection = InjectionRepository::get(db, injectionId);
        if (!injection)
            return fail(injection.error());
        StockService stock(m_database, m_clock);
        const auto given = stock.giveBack(injectionId);
        if (!given)
            return fail(given.error());
        injection->allocations = *given;
        if (auto removed = InjectionRepository::remove(db, injectionId); !removed)
            return fail(removed.error());
        return *injection;
    });
}

Status InjectionLog::restore(const Injection &injection)
{
    return Transaction::run(m_database, [&]() -> Status {
        QSqlDatabase db = m_database.connection();
        Injection restored = injection;
        if (auto inserted = InjectionRepository::insert(db, restored); !inserted)
            return fail(inserted.error());
        // The syringes it had may have been used or discarded since it was deleted.
        StockService stock(m_database, m_clock);
        const auto taken = stock.retakeOrReplace(restored.id, restored.allocations, restored.at);
        if (!taken)
            return fail(taken.error());
        restored.lot = taken->allocations.isEmpty()
                           ? std::nullopt
                           : std::optional<QString>(taken->allocations.constFirst().lot);
        if (restored.lot != injection.lot)
            return InjectionRepository::update(db, restored);
        return {};
    });
}

} // namespace shotbook
