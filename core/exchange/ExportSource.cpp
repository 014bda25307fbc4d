#include "ExportSource.h"

#include "common/Clock.h"
#include "diary/HealthRecordRepository.h"
#include "injections/InjectionRepository.h"
#include "patients/PatientRepository.h"
#include "regimen/PatientSchedule.h"
#include "regimen/RegimenRepository.h"
#include "sites/SiteService.h"
#include "stock/StockRepository.h"
#include "storage/Database.h"

#include <algorithm>

namespace shotbook {

namespace {

struct Range
{
    std::optional<QDate> from;
    std::optional<QDate> to;

    bool holds(const QDate &day) const { return (!from || day >= *from) && (!to || day <= *to); }
    bool holds(const QDateTime &time) const { return holds(time.toLocalTime().date()); }
};

template <typename T, typename Pred>
QList<T> kept(QList<T> list, Pred pred)
{
    list.erase(std::remove_if(list.begin(), list.end(), [&](const T &item) { return !pred(item); }),
               list.end());
    return list;
}

template <typename T>
QList<T> reversed(QList<T> list)
{
    std::reverse(list.begin(), list.end());
    return list;
}

} // namespace

Result<ExportData> ExportSource::load(Database &database, const Clock &clock,
                                      std::optional<qint64> patientId, std::optional<QDate> from,
                                      std::optional<QDate> to)
{
    const Range range{from, to};
    QSqlDatabase db = database.connection();
    ExportData data;
    data.schemaVersion = database.schemaVersion();
    data.exportedAt = clock.now();
    data.from = from;
    data.to = to;

    PatientRepository patients(database, clock);
    QList<Patient> chosen;
    if (patientId) {
        const auto patient = patients.get(*patientId);
        if (!patient)
            return fail(patient.error());
        chosen << *patient;
    } else {
        const auto all = patients.list();
        if (!all)
            return fail(all.error());
        chosen = *all;
    }

    const auto allInjections = InjectionRepository::all(db);
    if (!allInjections)
        return fail(allInjections.error());
    QHash<qint64, QString> names;
    {
        const auto all = patients.list();
        if (!all)
            return fail(all.error());
        for (const Patient &patient : *all)
            names.insert(patient.id, patient.name);
    }
    QSet<qint64> chosenIds;
    for (const Patient &patient : std::as_const(chosen))
        chosenIds.insert(patient.id);
    for (const Injection &injection : *allInjections) {
        if (chosenIds.contains(injection.patientId))
            data.injections.insert(injection.id, {names.value(injection.patientId), injection.at});
    }

    SiteService sites(database, clock);
    DiaryService diary(database, clock);
    const QDate today = clock.today();
    for (const Patient &patient : std::as_const(chosen)) {
        PatientRecord record;
        record.patient = patient;
        const qint64 id = patient.id;

        const auto weights = WeightRepository::all(db, id);
        const auto regimens = RegimenRepository::history(db, id);
        const auto disabled = sites.disabledZones(id);
        const auto reactions = sites.reactions(id);
        const auto days = diary.allDays(id);
        const auto effects = HealthRecordRepository::sideEffects(db, id);
        const auto infections = HealthRecordRepository::infections(db, id);
        const auto labs = HealthRecordRepository::labs(db, id);
        const auto medicines = HealthRecordRepository::medicines(db, id);
        for (const Error *error :
             {weights ? nullptr : &weights.error(), regimens ? nullptr : &regimens.error(),
              disabled ? nullptr : &disabled.error(), reactions ? nullptr : &reactions.error(),
              days ? nullptr : &days.error(), effects ? nullptr : &effects.error(),
              infections ? nullptr : &infections.error(), labs ? nullptr : &labs.error(),
              medicines ? nullptr : &medicines.error()}) {
            if (error)
                return fail(*error);
        }
        record.weights = kept(*weights, [&](const Weight &w) { return range.holds(w.measuredOn); });
        // Every regimen: the history that explains the doses, whatever the range.
        record.regimens = *regimens;
        record.disabledZones = *disabled;
        record.reactions = kept(reversed(*reactions),
                                [&](const SiteReaction &r) { return range.holds(r.startedAt); });
        record.diary = kept(*days, [&](const DiaryDay &d) { return range.holds(d.day); });
        record.sideEffects =
            kept(reversed(*effects), [&](const SideEffect &e) { return range.holds(e.onset); });
        record.infections =
            kept(reversed(*infections), [&](const Infection &i) { return range.holds(i.started); });
        record.labs =
            kept(reversed(*labs), [&](const LabResult &l) { return range.holds(l.takenOn); });
        record.medicines = kept(reversed(*medicines), [&](const Medicine &m) {
            // A medicine taken during the range, however long before it started.
            return (!to || m.started <= *to) && (!from || !m.stopped || *m.stopped >= *from);
        });
        for (const Injection &injection : *allInjections) {
            if (injection.patientId == id && range.holds(injection.at))
                record.injections.append(injection);
        }

        if (!record.regimens.isEmpty()) {
            const QDate first = from.value_or(record.regimens.constFirst().start);
            const QDate last = std::min(to.value_or(today), today);
            if (first <= last) {
                const auto schedule = PatientSchedule::load(database, id, first, last);
                if (!schedule)
                    return fail(schedule.error());
                record.missedSlots = schedule->adherence(first, last, clock.now()).missedSlots;
            }
        }
        data.patients.append(record);
    }

    const auto lots = StockRepository::lots(db);
    if (!lots)
        return fail(lots.error());
    data.lots = *lots;
    const auto movements = StockRepository::movements(db, std::nullopt);
    if (!movements)
        return fail(movements.error());
    // A movement of another patient's injection is theirs, not this export's.
    data.movements = kept(*movements, [&](const StockMovement &m) {
        return (m.injectionId == 0 || data.injections.contains(m.injectionId)) && range.holds(m.at);
    });
    return data;
}

} // namespace shotbook
