#include "HealthRecordService.h"

#include "HealthRecordRepository.h"
#include "Labs.h"
#include "MedicineCatalog.h"
#include "RedFlagMatcher.h"
#include "SideEffectCatalog.h"
#include "common/Clock.h"
#include "common/IsoDateTime.h"
#include "patients/PatientRepository.h"
#include "regimen/RegimenRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QHash>

namespace shotbook {

HealthRecordService::HealthRecordService(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

const QStringList &HealthRecordService::severities()
{
    static const QStringList ids = {QStringLiteral("mild"), QStringLiteral("moderate"),
                                    QStringLiteral("severe")};
    return ids;
}

QString HealthRecordService::severityName(const QString &id)
{
    if (id == QLatin1String("mild"))
        return tr("mild");
    if (id == QLatin1String("moderate"))
        return tr("moderate");
    if (id == QLatin1String("severe"))
        return tr("severe");
    return id;
}

Status HealthRecordService::checkPatientAndDate(qint64 patientId, const QDate &date,
                                                const char *field) const
{
    PatientRepository patients(m_database, m_clock);
    if (auto patient = patients.get(patientId); !patient)
        return fail(patient.error());
    if (!date.isValid() || date > m_clock.today())
        return fail(Error::rejected(QStringLiteral("invalid-date"),
                                    tr("The %1 date %2 is in the future.")
                                        .arg(QLatin1String(field), iso::formatDate(date))));
    return {};
}

Result<HealthRecordService::Recorded<SideEffect>>
HealthRecordService::addSideEffect(const SideEffect &input)
{
    SideEffect effect = input;
    effect.term = effect.term.simplified();
    if (effect.term.isEmpty() || effect.term.size() > 200)
        return fail(Error::rejected(QStringLiteral("invalid-term"),
                                    tr("Describe the side effect in 1 to 200 characters.")));
    if (!severities().contains(effect.severity))
        return fail(
            Error::rejected(QStringLiteral("invalid-severity"),
                            tr("The severity \"%1\" is not one of: %2.")
                                .arg(effect.severity, severities().join(QStringLiteral(", ")))));
    if (!effect.onset.isValid())
        effect.onset = m_clock.today();
    if (effect.resolved && *effect.resolved < effect.onset)
        return fail(Error::rejected(
            QStringLiteral("invalid-date"),
            tr("The onset %1 is after the resolved date %2.")
                .arg(iso::formatDate(effect.onset), iso::formatDate(*effect.resolved))));
    // A term chosen from the catalogue is that term; typed text is recognised
    // by meaning. A red flag set by the caller (the user said it is one) stays.
    RedFlagMatch recognised;
    if (effect.catalogId) {
        const auto known = SideEffectCatalog::find(*effect.catalogId);
        if (!known)
            return fail(
                Error::rejected(QStringLiteral("invalid-term"),
                                tr("Unknown catalogue term \"%1\".").arg(*effect.catalogId)));
        effect.redFlag = effect.redFlag || known->isRedFlag();
    } else {
        recognised = RedFlagMatcher::builtIn().match(effect.term);
        if (!recognised.termId.isEmpty()) {
            effect.catalogId = recognised.termId;
            effect.redFlag =
                effect.redFlag || SideEffectCatalog::find(recognised.termId)->isRedFlag();
        }
        // Marked a red flag where the words only may be one: it is the one they name.
        if (effect.redFlag && recognised.confidence == RedFlagMatch::Confidence::Possible)
            effect.catalogId = recognised.possibleTermId;
    }

    return Transaction::run(m_database, [&]() -> Result<Recorded<SideEffect>> {
        QSqlDatabase db = m_database.connection();
        if (auto valid = checkPatientAndDate(effect.patientId, effect.onset, "onset"); !valid)
            return fail(valid.error());
        const auto id = HealthRecordRepository::insertSideEffect(db, effect, m_clock.now());
        if (!id)
            return fail(id.error());
        effect.id = *id;
        Recorded<SideEffect> recorded{effect, {}};
        if (effect.redFlag && !effect.resolved)
            recorded.warnings.append(
                {QStringLiteral("red-flag"),
                 tr("%1: %2").arg(effect.catalogId
                                      ? SideEffectCatalog::displayName(*effect.catalogId)
                                      : effect.term,
                                  SideEffectCatalog::redFlagAdvice())});
        else if (!effect.redFlag && recognised.confidence == RedFlagMatch::Confidence::Possible)
            recorded.warnings.append(
                {QStringLiteral("red-flag-possible"),
                 tr("\"%1\" may be one of the signs that need medical help now (%2). Check "
                    "whether it is: if so, get medical help now and record it as a red flag.")
                     .arg(effect.term, SideEffectCatalog::displayName(recognised.possibleTermId))});
        return recorded;
    });
}

Status HealthRecordService::acknowledgeRedFlag(qint64 id)
{
    return Transaction::run(m_database, [&]() -> Status {
        QSqlDatabase db = m_database.connection();
        const auto changed = HealthRecordRepository::acknowledgeRedFlag(db, id, m_clock.now());
        if (!changed)
            return fail(changed.error());
        if (*changed != 1)
            return fail(Error::rejected(QStringLiteral("unknown-id"),
                                        tr("There is no side effect with id %1.").arg(id)));
        return {};
    });
}

Status HealthRecordService::unacknowledgeRedFlag(qint64 id)
{
    return Transaction::run(m_database, [&]() -> Status {
        QSqlDatabase db = m_database.connection();
        if (auto done = HealthRecordRepository::unacknowledgeRedFlag(db, id); !done)
            return done;
        return {};
    });
}

Result<QList<SideEffect>> HealthRecordService::sideEffects(qint64 patientId) const
{
    return HealthRecordRepository::sideEffects(m_database.connection(), patientId);
}

Result<QList<SideEffect>> HealthRecordService::unacknowledgedRedFlags(qint64 patientId) const
{
    const auto all = sideEffects(patientId);
    if (!all)
        return fail(all.error());
    QList<SideEffect> open;
    for (const SideEffect &effect : *all) {
        if (effect.redFlag && !effect.acknowledgedAt)
            open.append(effect);
    }
    return open;
}

Result<HealthRecordService::Recorded<Infection>>
HealthRecordService::addInfection(const Infection &input)
{
    Infection infection = input;
    infection.description = infection.description.simplified();
    if (infection.description.isEmpty() || infection.description.size() > 200)
        return fail(Error::rejected(QStringLiteral("invalid-text"),
                                    tr("Describe the infection in 1 to 200 characters.")));
    if (!infection.started.isValid())
        infection.started = m_clock.today();
    if (infection.ended && *infection.ended < infection.started)
        return fail(Error::rejected(QStringLiteral("invalid-date"),
                                    tr("The infection cannot end before it started.")));
    return Transaction::run(m_database, [&]() -> Result<Recorded<Infection>> {
        QSqlDatabase db = m_database.connection();
        if (auto valid = checkPatientAndDate(infection.patientId, infection.started, "start");
            !valid)
            return fail(valid.error());
        const auto id = HealthRecordRepository::insertInfection(db, infection, m_clock.now());
        if (!id)
            return fail(id.error());
        infection.id = *id;
        Recorded<Infection> recorded{infection, {}};
        if (!infection.doctorTold)
            recorded.warnings.append({QStringLiteral("tell-doctor"),
                                      tr("Anakinra raises the risk of serious infections: tell "
                                         "your doctor about this infection.")});
        return recorded;
    });
}

Result<QList<Infection>> HealthRecordService::infections(qint64 patientId) const
{
    return HealthRecordRepository::infections(m_database.connection(), patientId);
}

Result<HealthRecordService::Recorded<LabResult>> HealthRecordService::addLab(const LabResult &input)
{
    LabResult lab = input;
    if (auto valid = Labs::check(lab.analyte, lab.value); !valid)
        return fail(valid.error());
    if (!lab.takenOn.isValid())
        lab.takenOn = m_clock.today();
    return Transaction::run(m_database, [&]() -> Result<Recorded<LabResult>> {
        QSqlDatabase db = m_database.connection();
        if (auto valid = checkPatientAndDate(lab.patientId, lab.takenOn, "test"); !valid)
            return fail(valid.error());
        const auto id = HealthRecordRepository::insertLab(db, lab, m_clock.now());
        if (!id)
            return fail(id.error());
        lab.id = *id;
        Recorded<LabResult> recorded{lab, {}};
        if (const auto flag = Labs::flag(lab.analyte, lab.value))
            recorded.warnings.append(*flag);
        return recorded;
    });
}

Result<QList<LabResult>> HealthRecordService::labs(qint64 patientId) const
{
    return HealthRecordRepository::labs(m_database.connection(), patientId);
}

Result<std::optional<QDate>> HealthRecordService::nextLabDue(qint64 patientId) const
{
    const auto regimens = RegimenRepository::history(m_database.connection(), patientId);
    if (!regimens)
        return fail(regimens.error());
    if (regimens->isEmpty())
        return std::optional<QDate>();
    QDate start = regimens->constFirst().start;
    for (const Regimen &regimen : *regimens)
        start = qMin(start, regimen.start);
    // The days of the ANC counts only, newest first as labs() gives them.
    const auto counts =
        HealthRecordRepository::labDays(m_database.connection(), patientId, QStringLiteral("anc"));
    if (!counts)
        return fail(counts.error());
    return Labs::nextDue(start, *counts);
}

Result<QList<QDate>> HealthRecordService::upcomingLabDates(qint64 patientId) const
{
    const auto next = nextLabDue(patientId);
    if (!next)
        return fail(next.error());
    if (!*next)
        return QList<QDate>();
    const auto regimens = RegimenRepository::history(m_database.connection(), patientId);
    if (!regimens)
        return fail(regimens.error());
    QDate start = regimens->constFirst().start;
    for (const Regimen &regimen : *regimens)
        start = qMin(start, regimen.start);
    QList<QDate> dates;
    for (const QDate &date : Labs::schedule(start)) {
        if (date >= **next)
            dates << date;
    }
    return dates;
}

Result<HealthRecordService::Recorded<Medicine>>
HealthRecordService::addMedicine(const Medicine &input)
{
    Medicine medicine = input;
    medicine.name = medicine.name.simplified();
    if (medicine.name.isEmpty() || medicine.name.size() > 200)
        return fail(Error::rejected(QStringLiteral("invalid-name"),
                                    tr("The medicine's name must have 1 to 200 characters.")));
    if (!medicine.started.isValid())
        medicine.started = m_clock.today();
    if (medicine.stopped && *medicine.stopped < medicine.started)
        return fail(Error::rejected(QStringLiteral("invalid-date"),
                                    tr("A medicine cannot stop before it started.")));
    return Transaction::run(m_database, [&]() -> Result<Recorded<Medicine>> {
        QSqlDatabase db = m_database.connection();
        PatientRepository patients(m_database, m_clock);
        if (auto patient = patients.get(medicine.patientId); !patient)
            return fail(patient.error());
        const auto id = HealthRecordRepository::insertMedicine(db, medicine, m_clock.now());
        if (!id)
            return fail(id.error());
        medicine.id = *id;
        Recorded<Medicine> recorded{medicine, {}};
        if (const auto warning = MedicineCatalog::warningFor(medicine.name))
            recorded.warnings.append(*warning);
        return recorded;
    });
}

Result<QList<Medicine>> HealthRecordService::medicines(qint64 patientId) const
{
    return HealthRecordRepository::medicines(m_database.connection(), patientId);
}

QString HealthRecordService::kindName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::SideEffect:
        return tr("side effect");
    case RecordKind::Infection:
        return tr("infection");
    case RecordKind::Lab:
        return tr("blood test");
    case RecordKind::Medicine:
        return tr("medicine");
    }
    return {};
}

Result<QDate> HealthRecordService::startOf(RecordKind kind, qint64 id) const
{
    const auto start = HealthRecordRepository::startOf(m_database.connection(), kind, id);
    if (!start)
        return fail(start.error());
    if (!*start)
        return fail(Error::rejected(QStringLiteral("unknown-id"),
                                    tr("There is no %1 with id %2.").arg(kindName(kind)).arg(id)));
    return **start;
}

Status HealthRecordService::endRecord(RecordKind kind, qint64 id, const QDate &day, bool doctorTold)
{
    if (kind == RecordKind::Lab)
        return fail(Error::rejected(QStringLiteral("invalid-record"),
                                    tr("A blood test has no end; record a new one instead.")));
    return Transaction::run(m_database, [&]() -> Status {
        const auto start = startOf(kind, id);
        if (!start)
            return fail(start.error());
        if (!day.isValid() || day > m_clock.today())
            return fail(Error::rejected(
                QStringLiteral("invalid-date"),
                tr("The end date %1 is in the future; a record ends on a day that has come.")
                    .arg(iso::formatDate(day))));
        if (day < *start)
            return fail(
                Error::rejected(QStringLiteral("invalid-date"),
                                tr("The %1 %2 began on %3: it cannot end on %4, before that.")
                                    .arg(kindName(kind))
                                    .arg(id)
                                    .arg(iso::formatDate(*start), iso::formatDate(day))));
        QSqlDatabase db = m_database.connection();
        if (auto done = HealthRecordRepository::setEnd(db, kind, id, day); !done)
            return done;
        if (kind == RecordKind::Infection && doctorTold)
            return HealthRecordRepository::markDoctorTold(db, id);
        return {};
    });
}

Status HealthRecordService::reopenRecord(RecordKind kind, qint64 id)
{
    return Transaction::run(m_database, [&]() -> Status {
        if (auto start = startOf(kind, id); !start)
            return fail(start.error());
        return HealthRecordRepository::setEnd(m_database.connection(), kind, id, std::nullopt);
    });
}

Status HealthRecordService::removeRecord(RecordKind kind, qint64 id)
{
    return Transaction::run(m_database, [&]() -> Status {
        if (auto start = startOf(kind, id); !start)
            return fail(start.error());
        return HealthRecordRepository::remove(m_database.connection(), kind, id);
    });
}

} // namespace shotbook
