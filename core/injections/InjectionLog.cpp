#include "InjectionLog.h"

#include "common/LocaleFormat.h"

#include "InjectionRepository.h"
#include "InjectionRules.h"
#include "common/Clock.h"
#include "patients/PatientRepository.h"
#include "regimen/DoseTiming.h"
#include "regimen/PatientSchedule.h"
#include "regimen/RegimenRepository.h"
#include "regimen/RegimenService.h"
#include "safety/SafetyService.h"
#include "sites/SiteService.h"
#include "stock/StockService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QLocale>

namespace shotbook {

namespace {

QDateTime utcSeconds(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.addMSecs(-utc.time().msec());
}

QString shortDateTime(const QDateTime &time)
{
    return locale::shortDateTime(time);
}

// The regimen a slot belongs to, or the one in force on the day.
std::optional<Regimen> regimenFor(const PatientSchedule &schedule, const SlotFit &fit,
                                  const QDate &day)
{
    if (fit.kind == SlotFit::Kind::FillsSlot) {
        const qint64 id = schedule.slots().at(fit.slot).regimenId;
        for (const Regimen &regimen : schedule.regimens()) {
            if (regimen.id == id)
                return regimen;
        }
    }
    return shotbook::regimenOn(schedule.regimens(), day);
}

// The day whose dose a fitting injection takes: its slot's, else its own.
QDate doseDay(const PatientSchedule &schedule, const SlotFit &fit, const QDateTime &at)
{
    if (fit.kind == SlotFit::Kind::FillsSlot)
        return schedule.slots().at(fit.slot).due.toLocalTime().date();
    return at.toLocalTime().date();
}

} // namespace

InjectionLog::InjectionLog(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

const QStringList &InjectionLog::confirmableRefusals()
{
    static const QStringList codes = {QStringLiteral("double-dose"), QStringLiteral("too-soon"),
                                      QStringLiteral("red-flag-open"),
                                      QStringLiteral("lot-expired")};
    return codes;
}

const QStringList &InjectionLog::warningsToConfirm()
{
    static const QStringList codes = {
        QStringLiteral("dose-differs"),     QStringLiteral("above-label-max"),
        QStringLiteral("room-temperature"), QStringLiteral("infection-open"),
        QStringLiteral("low-neutrophils"),  QStringLiteral("fever"),
        QStringLiteral("renal-dosing")};
    return codes;
}

Result<Injection> InjectionLog::get(qint64 injectionId) const
{
    return InjectionRepository::get(m_database.connection(), injectionId);
}

Result<QList<Injection>> InjectionLog::list(qint64 patientId, const QDate &from,
                                            const QDate &to) const
{
    return InjectionRepository::between(m_database.connection(), patientId,
                                        localDateTime(from, QTime(0, 0)),
                                        localDateTime(to.addDays(1), QTime(0, 0)));
}

Result<double> InjectionLog::defaultDoseMg(qint64 patientId, const QDateTime &at)
{
    const QDate day = at.toLocalTime().date();
    const auto schedule = PatientSchedule::load(m_database, patientId, day, day);
    if (!schedule)
        return fail(schedule.error());
    const SlotFit fit = schedule->fit(at);
    const auto regimen = regimenFor(*schedule, fit, day);
    if (!regimen)
        return fail(Error::rejected(QStringLiteral("no-regimen"),
                                    tr("No dose was given and no regimen is in force on %1. Give "
                                       "the dose in mg.")
                                        .arg(QLocale().toString(day, QLocale::ShortFormat))));
    RegimenService regimens(m_database, m_clock);
    const auto dose = regimens.doseFor(*regimen, doseDay(*schedule, fit, at));
    if (!dose)
        return fail(Error::rejected(dose.error().code,
                                    tr("No dose was given and none follows from the regimen "
                                       "(%1). Give the dose in mg.")
                                        .arg(dose.error().message)));
    return dose->perDoseMg;
}

Result<Injection> InjectionLog::prepareNew(qint64 patientId, const InjectionInput &input)
{
    const QDateTime now = m_clock.now();
    Injection injection;
    injection.patientId = patientId;
    injection.at = utcSeconds(input.at ? *input.at : now);
    injection.site = input.site;
    injection.lot = input.lot;
    injection.givenBy = input.givenBy.trimmed();
    // On a shared record, who gave it is whoever is signed in, unless said.
    if (injection.givenBy.isEmpty())
        injection.givenBy = m_database.author();
    injection.note = input.note.trimmed();
    injection.spot = input.spot;
    injection.createdAt = utcSeconds(now);
    if (input.doseMg) {
        injection.doseMg = *input.doseMg;
    } else {
        PatientRepository patients(m_database, m_clock);
        if (auto patient = patients.get(patientId); !patient)
            return fail(patient.error());
        const auto dose = defaultDoseMg(patientId, injection.at);
        if (!dose)
            return fail(dose.error());
        injection.doseMg = *dose;
    }
    return injection;
}

Result<InjectionLog::Logged> InjectionLog::log(qint64 patientId, const InjectionInput &input,
                                               const Confirmations &confirmed)
{
    const auto injection = prepareNew(patientId, input);
    if (!injection)
        return fail(injection.error());
    return write(*injection, confirmed, false, input.tooLongOut, true);
}

Result<InjectionLog::Logged> InjectionLog::preview(qint64 patientId, const InjectionInput &input,
                                                   const Confirmations &confirmed)
{
    const auto injection = prepareNew(patientId, input);
    if (!injection)
        return fail(injection.error());
    return write(*injection, confirmed, false, input.tooLongOut, false);
}

Result<InjectionLog::Logged> InjectionLog::update(const Injection &changed,
                                                  const Confirmations &confirmed)
{
    Injection injection = changed;
    injection.at = utcSeconds(injection.at);
    return write(injection, confirmed, true, TooLongOut::Avoid, true);
}

Result<InjectionLog::Logged> InjectionLog::previewUpdate(const Injection &changed,
                                                         const Confirmations &confirmed)
{
    Injection injection = changed;
    injection.at = utcSeconds(injection.at);
    return write(injection, confirmed, true, TooLongOut::Avoid, false);
}

Result<InjectionLog::Logged> InjectionLog::write(Injection injection,
                                                 const Confirmations &confirmed, bool isUpdate,
                                                 TooLongOut tooLongOut, bool commit)
{
    if (auto valid = InjectionRules::check(injection, m_clock.now()); !valid)
        return fail(valid.error());
    if (commit)
        return Transaction::run(m_database, [&]() {
            return writeInTransaction(injection, confirmed, isUpdate, tooLongOut);
        });
    // A preview: the same steps in a scope that is never committed.
    Transaction scope(m_database);
    if (auto begun = scope.begun(); !begun)
        return fail(begun.error());
    return writeInTransaction(injection, confirmed, isUpdate, tooLongOut);
}

Result<InjectionLog::Logged> InjectionLog::writeInTransaction(Injection injection,
                                                              const Confirmations &confirmed,
                                                              bool isUpdate, TooLongOut tooLongOut)
{
    // Never double up, even with two caregivers on two machines: whoever
    // logs a patient's dose holds that patient's lock until the transaction
    // ends, so the second one sees the first one's dose (a shared record on a
    // server; a local file's write transactions are exclusive anyway).
    if (auto locked = m_database.lock(Database::Lock::PatientDoses, injection.patientId); !locked)
        return fail(locked.error());
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

    Logged logged;
    const auto confirm = [&](const QString &code, const QString &message) -> Status {
        if (!confirmed.has(code))
            return fail(Error::rejected(code, message));
        logged.warnings.append({code, message});
        return {};
    };

    // The label's stop first: a red flag not resolved.
    const QDate day = injection.at.toLocalTime().date();
    SafetyService safety(m_database, m_clock);
    const auto state = safety.stateOn(injection.patientId, day);
    if (!state)
        return fail(state.error());
    if (state->stopped()) {
        if (auto done = confirm(state->redFlagStop.code, state->redFlagStop.message); !done)
            return fail(done.error());
    }

    // Never double up: not a second dose for a filled slot, not two doses
    // closer than half an interval.
    const auto before = PatientSchedule::load(m_database, injection.patientId, day, day);
    if (!before)
        return fail(before.error());
    const SlotFit fit = before->fit(injection.at);
    const auto regimen = regimenFor(*before, fit, day);
    if (fit.kind == SlotFit::Kind::AlreadyFilled) {
        const Injection &earlier = before->injections().at(fit.filledByInjection);
        const QString message =
            tr("The dose due %1 was already logged: %2 mg at %3%4. A second dose for the same "
               "slot is refused; never double up.")
                .arg(shortDateTime(before->slots().at(fit.slot).due),
                     QLocale().toString(earlier.doseMg, 'g', 6), shortDateTime(earlier.at),
                     earlier.givenBy.isEmpty() ? QString() : tr(" by %1").arg(earlier.givenBy));
        if (auto done = confirm(QStringLiteral("double-dose"), message); !done)
            return fail(done.error());
    } else if (regimen) {
        const qint64 half = fit.kind == SlotFit::Kind::FillsSlot
                                ? before->slots().at(fit.slot).halfWindowSecs
                                : regimen->intervalSecs() / 2;
        QList<QDateTime> others;
        for (const Injection &other : before->injections())
            others << other.at;
        if (const auto close = doseTooClose(others, injection.at, half)) {
            const qint64 gap = qAbs(close->other.secsTo(injection.at));
            const DoseAdvice next = before->advice(injection.at);
            const QString when = close->other <= injection.at
                                     ? tr("The last dose was logged at %1, %2 before this one.")
                                     : tr("Another dose is logged at %1, %2 after this one.");
            QString message =
                when.arg(shortDateTime(close->other),
                         tr("%n minute(s)", nullptr, static_cast<int>(gap / 60))) +
                QLatin1Char(' ') +
                tr("Doses must be at least %n hour(s) apart (half the time between doses); never "
                   "double up.",
                   nullptr, static_cast<int>(half / 3600));
            if (next.dueAt)
                message += QLatin1Char(' ') +
                           tr("The next dose is due %1.").arg(shortDateTime(*next.dueAt));
            if (auto done = confirm(QStringLiteral("too-soon"), message); !done)
                return fail(done.error());
        }
    }
    if (fit.kind == SlotFit::Kind::NoSlot && !before->regimens().isEmpty())
        logged.warnings.append({QStringLiteral("no-dose-due"),
                                tr("No dose was due around this time; it is logged as an extra "
                                   "dose.")});
    logged.warnings << state->warnings;

    // The amount: against what the regimen gives for this slot.
    if (regimen) {
        RegimenService regimens(m_database, m_clock);
        const auto expected = regimens.doseFor(*regimen, doseDay(*before, fit, injection.at));
        const auto tolerance = regimens.tolerancePercent();
        if (!tolerance)
            return fail(tolerance.error());
        if (expected)
            logged.warnings << DoseCalculator::checkLogged(*regimen, *expected, injection.doseMg,
                                                           *tolerance);
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
    // An imported injection is history: changing it never takes syringes
    // from today's stock, and its lot stays the one recorded with it.
    if (!injection.importedAt) {
        const auto taken = stock.takeForInjection(injection.id, injection.doseMg, chosenLot,
                                                  confirmed.has(QStringLiteral("lot-expired")),
                                                  injection.at, tooLongOut);
        if (!taken)
            return fail(taken.error());
        logged.warnings << taken->warnings;
        injection.allocations = taken->allocations;
        injection.lot = injection.allocations.isEmpty()
                            ? std::nullopt
                            : std::optional<QString>(injection.allocations.constFirst().lot);
        if (auto updated = InjectionRepository::update(db, injection); !updated)
            return fail(updated.error());
    }

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
        if (restored.importedAt)
            return {}; // history: it took no syringes, so none are taken back
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
