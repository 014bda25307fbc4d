#include "DemoGenerator.h"

#include "DemoPlans.h"
#include "DemoStock.h"
#include "DemoTimeline.h"
#include "common/Clock.h"
#include "diary/DiaryRepository.h"
#include "diary/HealthRecordService.h"
#include "diary/Measures.h"
#include "exchange/NewFile.h"
#include "injections/InjectionRepository.h"
#include "injections/InjectionRules.h"
#include "patients/PatientRepository.h"
#include "regimen/RegimenService.h"
#include "sites/SiteService.h"
#include "stock/StockRepository.h"
#include "stock/StockService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace shotbook {

namespace {

const QStringList &names()
{
    static const QStringList all = {
        QStringLiteral("Anna Berger"), QStringLiteral("Leo Martin"),
        QStringLiteral("Jonas Weber"), QStringLiteral("Mia Schulz"),
        QStringLiteral("Paul Wagner"), QStringLiteral("Emma Fischer"),
        QStringLiteral("Noah Becker"), QStringLiteral("Lena Hoffmann"),
    };
    return all;
}

QDateTime evening(const QDate &day)
{
    return QDateTime(day, QTime(20, 30), Qt::LocalTime);
}

// Writes one patient's plan and played-out days, except the stock.
class PatientWriter
{
public:
    PatientWriter(Database &database, FixedClock &clock)
        : m_database(database)
        , m_clock(clock)
    {}

    Result<qint64> patient(const DemoPlan &plan)
    {
        PatientRepository patients(m_database, m_clock);
        const Weight &first = plan.weights.constFirst();
        m_clock.set(evening(first.measuredOn));
        const auto added = patients.add({plan.name, plan.birth, first.kg, first.measuredOn});
        if (!added)
            return fail(added.error());
        for (qsizetype i = 1; i < plan.weights.size(); ++i) {
            const Weight &weight = plan.weights.at(i);
            m_clock.set(evening(weight.measuredOn));
            if (auto done = patients.addWeight(added->id, weight.measuredOn, weight.kg); !done)
                return fail(done.error());
        }
        RegimenService regimens(m_database, m_clock);
        for (Regimen regimen : plan.regimens) {
            regimen.id = 0;
            regimen.patientId = added->id;
            m_clock.set(QDateTime(regimen.start.addDays(-1), QTime(17, 0), Qt::LocalTime));
            if (auto done = regimens.set(regimen); !done)
                return fail(done.error());
        }
        if (!plan.disabledZones.isEmpty()) {
            SiteService sites(m_database, m_clock);
            m_clock.set(evening(plan.span.from.addDays(-1)));
            if (auto done = sites.setEnabled(added->id, plan.disabledZones, false); !done)
                return fail(done.error());
        }
        return added->id;
    }

    Status records(qint64 patientId, const DemoPlan &plan, DemoRecord &record,
                   QList<Injection> &injections, DemoSummary &summary)
    {
        QSqlDatabase db = m_database.connection();
        for (Injection &injection : injections) {
            injection.patientId = patientId;
            if (auto valid = InjectionRules::check(injection, injection.createdAt); !valid)
                return valid;
        }
        if (auto done = InjectionRepository::insertAll(db, injections); !done)
            return done;
        summary.injections += static_cast<int>(injections.size());
        summary.missedDoses += record.missedDoses;

        SiteService sites(m_database, m_clock);
        for (DemoRecord::Reaction &entry : record.reactions) {
            entry.reaction.patientId = patientId;
            entry.reaction.injectionId = injections.at(entry.injection).id;
            m_clock.set(entry.reaction.createdAt);
            if (auto done = sites.addReaction(entry.reaction); !done)
                return fail(done.error());
            ++summary.siteReactions;
        }

        for (const DiaryValue &value : record.diary) {
            if (auto valid = Measures::check(value.measure, value.value); !valid)
                return valid;
        }
        if (auto done = DiaryRepository::insertValues(db, patientId, record.diary,
                                                      evening(plan.span.to).toUTC());
            !done)
            return done;
        summary.diaryValues += static_cast<int>(record.diary.size());

        HealthRecordService health(m_database, m_clock);
        for (qsizetype i = 0; i < plan.sideEffects.size(); ++i) {
            SideEffect effect = plan.sideEffects.at(i);
            effect.patientId = patientId;
            m_clock.set(evening(effect.onset));
            const auto added = health.addSideEffect(effect);
            if (!added)
                return fail(added.error());
            ++summary.sideEffects;
            if (const auto seen = plan.acknowledged.at(i); seen && added->record.redFlag) {
                ++summary.redFlags;
                m_clock.set(seen->addSecs(1800));
                if (auto done = health.acknowledgeRedFlag(added->record.id); !done)
                    return done;
            }
        }
        for (Infection infection : plan.infections) {
            infection.patientId = patientId;
            m_clock.set(evening(infection.started));
            if (auto done = health.addInfection(infection); !done)
                return fail(done.error());
        }
        for (LabResult lab : plan.labs) {
            lab.patientId = patientId;
            m_clock.set(evening(lab.takenOn));
            if (auto done = health.addLab(lab); !done)
                return fail(done.error());
        }
        for (Medicine medicine : plan.medicines) {
            medicine.patientId = patientId;
            m_clock.set(evening(std::max(medicine.started, plan.span.from.addDays(-1))));
            if (auto done = health.addMedicine(medicine); !done)
                return fail(done.error());
        }
        return {};
    }

private:
    Database &m_database;
    FixedClock &m_clock;
};

Status writeStock(Database &database, FixedClock &clock, const DemoStockRecord &stock,
                  const QList<QList<Injection>> &injections, DemoSummary &summary)
{
    StockService service(database, clock);
    QList<qint64> lotIds;
    for (const DemoStockRecord::Delivery &delivery : stock.deliveries) {
        clock.set(delivery.at);
        const auto lot = service.receive(delivery.lot.lot, delivery.lot.expires, delivery.count,
                                         delivery.lot.received);
        if (!lot)
            return fail(lot.error());
        lotIds.append(lot->id);
    }
    summary.lots = static_cast<int>(lotIds.size());
    QList<StockMovement> movements;
    movements.reserve(stock.movements.size());
    for (const DemoStockRecord::Movement &entry : stock.movements) {
        StockMovement movement;
        movement.lotId = lotIds.at(entry.lot);
        movement.kind = entry.kind;
        movement.count = entry.count;
        movement.at = entry.at;
        movement.reason = entry.reason;
        if (entry.patient >= 0)
            movement.injectionId = injections.at(entry.patient).at(entry.injection).id;
        movements.append(movement);
    }
    return StockRepository::addMovements(database.connection(), movements);
}

} // namespace

Status DemoGenerator::checkOptions(const DemoOptions &options)
{
    if (options.years < 1 || options.years > MaxYears)
        return fail(Error::rejected(QStringLiteral("invalid-years"),
                                    tr("--years %1 is out of range; it must be from 1 to %2.")
                                        .arg(options.years)
                                        .arg(MaxYears)));
    if (options.patients < 1 || options.patients > MaxPatients)
        return fail(Error::rejected(QStringLiteral("invalid-patients"),
                                    tr("--patients %1 is out of range; it must be from 1 to %2.")
                                        .arg(options.patients)
                                        .arg(MaxPatients)));
    return {};
}

Result<DemoSummary> DemoGenerator::fill(Database &database, const DemoOptions &options,
                                        const Clock &clock)
{
    if (auto valid = checkOptions(options); !valid)
        return fail(valid.error());
    const QDateTime now = clock.now().toUTC();
    const QDate today = clock.today();
    FixedClock sim(now);
    return Transaction::run(database, [&]() -> Result<DemoSummary> {
        PatientRepository patients(database, sim);
        const auto existing = patients.list();
        if (!existing)
            return fail(existing.error());
        if (!existing->isEmpty())
            return fail(Error::rejected(QStringLiteral("database-not-empty"),
                                        tr("Sample data goes into a new, empty database only.")));
        DemoRandom seeds(options.seed);
        const DateRange span{today.addYears(-options.years).addDays(1), today};
        QList<DemoPlan> plans;
        QList<DemoRecord> records;
        QList<QList<Injection>> injections;
        for (int i = 0; i < options.patients; ++i) {
            DemoRandom random(seeds.next());
            const QString name = names().at(i);
            plans.append(i % 2 == 0 ? DemoPlans::adultRheumatoid(name, span, random)
                                    : DemoPlans::childNomid(name, span, random));
            records.append(DemoTimeline::play(plans.constLast(), now, random));
            injections.append(records.constLast().injections);
        }
        DemoRandom stockRandom(seeds.next());
        const DemoStockRecord stock = DemoStock::play(injections, span.from, now, stockRandom);

        DemoSummary summary;
        PatientWriter writer(database, sim);
        for (qsizetype i = 0; i < plans.size(); ++i) {
            const auto id = writer.patient(plans.at(i));
            if (!id)
                return fail(id.error());
            summary.patientIds.append(*id);
            if (auto done = writer.records(*id, plans.at(i), records[i], injections[i], summary);
                !done)
                return fail(done.error());
        }
        if (auto done = writeStock(database, sim, stock, injections, summary); !done)
            return fail(done.error());
        return summary;
    });
}

Result<DemoSummary> DemoGenerator::write(const QString &path, const DemoOptions &options,
                                         const Clock &clock)
{
    if (auto valid = checkOptions(options); !valid)
        return fail(valid.error());
    const auto target = NewFile::checkPath(path);
    if (!target)
        return fail(target.error());
    // Built under a temporary name: a half-written file never carries the name.
    QString partial;
    {
        QTemporaryFile file(*target + QStringLiteral(".XXXXXX.partial"));
        file.setAutoRemove(false);
        if (!file.open())
            return fail(
                Error::storage(QStringLiteral("file-not-created"),
                               tr("Cannot create %1: %2")
                                   .arg(QDir::toNativeSeparators(*target), file.errorString())));
        partial = file.fileName();
    }
    const auto cleanUp = [&partial]() {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(partial + suffix);
    };
    Result<DemoSummary> summary;
    {
        auto database = Database::open(partial, Database::OpenMode::NewEmptyFile);
        if (!database) {
            cleanUp();
            return fail(database.error());
        }
        summary = fill(**database, options, clock);
        if (summary) {
            if (auto done = (*database)->checkpoint(); !done)
                summary = fail(done.error());
        }
    }
    if (!summary) {
        cleanUp();
        return summary;
    }
    // QFile::rename never replaces an existing file.
    if (QFileInfo::exists(*target) || !QFile::rename(partial, *target)) {
        cleanUp();
        return fail(Error::rejected(QStringLiteral("file-exists"),
                                    tr("%1 appeared while the sample data was written; Shotbook "
                                       "never overwrites a file.")
                                        .arg(QDir::toNativeSeparators(*target))));
    }
    summary->path = *target;
    return summary;
}

} // namespace shotbook
