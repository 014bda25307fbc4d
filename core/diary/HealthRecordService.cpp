#include "HealthRecordService.h"

#include "Labs.h"
#include "MedicineCatalog.h"
#include "SideEffectCatalog.h"
#include "common/Clock.h"
#include "common/IsoDateTime.h"
#include "patients/PatientRepository.h"
#include "regimen/RegimenRepository.h"
#include "storage/Database.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSqlQuery>

namespace shotbook {

namespace {

QVariant optionalDate(const std::optional<QDate> &date)
{
    return date ? QVariant(iso::formatDate(*date)) : QVariant(QMetaType::fromType<QString>());
}

std::optional<QDate> dateValue(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return iso::parseDate(value.toString());
}

SideEffect sideEffectFromRow(const QSqlQuery &query)
{
    SideEffect effect;
    effect.id = query.value(0).toLongLong();
    effect.patientId = query.value(1).toLongLong();
    effect.term = query.value(2).toString();
    if (!query.value(3).isNull())
        effect.catalogId = query.value(3).toString();
    effect.severity = query.value(4).toString();
    effect.onset = dateValue(query.value(5)).value_or(QDate());
    effect.resolved = dateValue(query.value(6));
    effect.redFlag = query.value(7).toBool();
    if (!query.value(8).isNull())
        effect.acknowledgedAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODate);
    effect.note = query.value(9).toString();
    return effect;
}

const QString SideEffectColumns = QStringLiteral(
    "id, patient_id, term, catalog_id, severity, onset, resolved, red_flag, acknowledged_at, note");

} // namespace

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
    if (const auto term = SideEffectCatalog::match(effect.term)) {
        effect.catalogId = term->id;
        effect.redFlag = term->isRedFlag();
    } else if (effect.catalogId) {
        const auto known = SideEffectCatalog::find(*effect.catalogId);
        if (!known)
            return fail(
                Error::rejected(QStringLiteral("invalid-term"),
                                tr("Unknown catalogue term \"%1\".").arg(*effect.catalogId)));
        effect.redFlag = known->isRedFlag();
    }

    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return fail(begun.error());
    if (auto valid = checkPatientAndDate(effect.patientId, effect.onset, "onset"); !valid)
        return fail(valid.error());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO side_effects (id, patient_id, term, catalog_id,"
                                 " severity, onset, resolved, red_flag, acknowledged_at, note,"
                                 " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)"));
    query.addBindValue(effect.id > 0 ? QVariant(effect.id)
                                     : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(effect.patientId);
    query.addBindValue(effect.term);
    query.addBindValue(effect.catalogId ? QVariant(*effect.catalogId)
                                        : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(effect.severity);
    query.addBindValue(iso::formatDate(effect.onset));
    query.addBindValue(optionalDate(effect.resolved));
    query.addBindValue(effect.redFlag ? 1 : 0);
    query.addBindValue(textValue(effect.note));
    query.addBindValue(iso::formatUtc(m_clock.now()));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "record the side effect"));
    effect.id = query.lastInsertId().toLongLong();
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    Recorded<SideEffect> recorded{effect, {}};
    if (effect.redFlag && !effect.resolved)
        recorded.warnings.append(
            {QStringLiteral("red-flag"),
             tr("%1: %2").arg(SideEffectCatalog::displayName(*effect.catalogId),
                              SideEffectCatalog::redFlagAdvice())});
    return recorded;
}

Status HealthRecordService::resolveSideEffect(qint64 id, const QDate &resolved)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("UPDATE side_effects SET resolved = ? WHERE id = ? AND onset <= ?"));
    query.addBindValue(iso::formatDate(resolved));
    query.addBindValue(id);
    query.addBindValue(iso::formatDate(resolved));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "mark the side effect resolved"));
    if (query.numRowsAffected() != 1)
        return fail(Error::rejected(QStringLiteral("invalid-date"),
                                    tr("There is no side effect %1 that started on or before %2.")
                                        .arg(id)
                                        .arg(iso::formatDate(resolved))));
    return transaction.commit();
}

Status HealthRecordService::acknowledgeRedFlag(qint64 id)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE side_effects SET acknowledged_at = ? WHERE id = ?"));
    query.addBindValue(iso::formatUtc(m_clock.now()));
    query.addBindValue(id);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "acknowledge the warning"));
    if (query.numRowsAffected() != 1)
        return fail(Error::rejected(QStringLiteral("unknown-side-effect"),
                                    tr("There is no side effect with id %1.").arg(id)));
    return transaction.commit();
}

Status HealthRecordService::unacknowledgeRedFlag(qint64 id)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE side_effects SET acknowledged_at = NULL WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "show the warning again"));
    return transaction.commit();
}

Result<QList<SideEffect>> HealthRecordService::sideEffects(qint64 patientId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + SideEffectColumns +
                  QStringLiteral(" FROM side_effects WHERE patient_id = ?"
                                 " ORDER BY onset DESC, id DESC"));
    query.addBindValue(patientId);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the side effects"));
    QList<SideEffect> all;
    while (query.next())
        all.append(sideEffectFromRow(query));
    return all;
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

Result<Infection> HealthRecordService::addInfection(const Infection &input)
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
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return fail(begun.error());
    if (auto valid = checkPatientAndDate(infection.patientId, infection.started, "start"); !valid)
        return fail(valid.error());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO infections (id, patient_id, description, started,"
                                 " ended, doctor_told, note, created_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(infection.id > 0 ? QVariant(infection.id)
                                        : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(infection.patientId);
    query.addBindValue(infection.description);
    query.addBindValue(iso::formatDate(infection.started));
    query.addBindValue(optionalDate(infection.ended));
    query.addBindValue(infection.doctorTold ? 1 : 0);
    query.addBindValue(textValue(infection.note));
    query.addBindValue(iso::formatUtc(m_clock.now()));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "record the infection"));
    infection.id = query.lastInsertId().toLongLong();
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return infection;
}

Status HealthRecordService::endInfection(qint64 id, const QDate &ended, bool doctorTold)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE infections SET ended = ?,"
                                 " doctor_told = CASE WHEN ? = 1 THEN 1 ELSE doctor_told END"
                                 " WHERE id = ? AND started <= ?"));
    query.addBindValue(iso::formatDate(ended));
    query.addBindValue(doctorTold ? 1 : 0);
    query.addBindValue(id);
    query.addBindValue(iso::formatDate(ended));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "end the infection"));
    if (query.numRowsAffected() != 1)
        return fail(Error::rejected(QStringLiteral("invalid-date"),
                                    tr("There is no infection %1 that started on or before %2.")
                                        .arg(id)
                                        .arg(iso::formatDate(ended))));
    return transaction.commit();
}

Result<QList<Infection>> HealthRecordService::infections(qint64 patientId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, patient_id, description, started, ended,"
                                 " doctor_told, note FROM infections WHERE patient_id = ?"
                                 " ORDER BY started DESC, id DESC"));
    query.addBindValue(patientId);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the infections"));
    QList<Infection> all;
    while (query.next())
        all.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                    query.value(2).toString(), dateValue(query.value(3)).value_or(QDate()),
                    dateValue(query.value(4)), query.value(5).toBool(), query.value(6).toString()});
    return all;
}

Result<HealthRecordService::Recorded<LabResult>> HealthRecordService::addLab(const LabResult &input)
{
    LabResult lab = input;
    if (auto valid = Labs::check(lab.analyte, lab.value); !valid)
        return fail(valid.error());
    if (!lab.takenOn.isValid())
        lab.takenOn = m_clock.today();
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return fail(begun.error());
    if (auto valid = checkPatientAndDate(lab.patientId, lab.takenOn, "test"); !valid)
        return fail(valid.error());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO labs (id, patient_id, analyte, value, taken_on, note,"
                                 " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(lab.id > 0 ? QVariant(lab.id) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(lab.patientId);
    query.addBindValue(lab.analyte);
    query.addBindValue(lab.value);
    query.addBindValue(iso::formatDate(lab.takenOn));
    query.addBindValue(textValue(lab.note));
    query.addBindValue(iso::formatUtc(m_clock.now()));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "record the test result"));
    lab.id = query.lastInsertId().toLongLong();
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    Recorded<LabResult> recorded{lab, {}};
    if (const auto flag = Labs::flag(lab.analyte, lab.value))
        recorded.warnings.append(*flag);
    return recorded;
}

Result<QList<LabResult>> HealthRecordService::labs(qint64 patientId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, patient_id, analyte, value, taken_on, note FROM labs"
                                 " WHERE patient_id = ? ORDER BY taken_on DESC, id DESC"));
    query.addBindValue(patientId);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the test results"));
    QList<LabResult> all;
    while (query.next())
        all.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                    query.value(2).toString(), query.value(3).toDouble(),
                    dateValue(query.value(4)).value_or(QDate()), query.value(5).toString()});
    return all;
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
    const auto all = labs(patientId);
    if (!all)
        return fail(all.error());
    QList<QDate> counts;
    for (const LabResult &lab : *all) {
        if (lab.analyte == QLatin1String("anc"))
            counts << lab.takenOn;
    }
    return Labs::nextDue(start, counts);
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
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return fail(begun.error());
    PatientRepository patients(m_database, m_clock);
    if (auto patient = patients.get(medicine.patientId); !patient)
        return fail(patient.error());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO medicines (id, patient_id, name, started, stopped,"
                                 " note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(medicine.id > 0 ? QVariant(medicine.id)
                                       : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(medicine.patientId);
    query.addBindValue(medicine.name);
    query.addBindValue(iso::formatDate(medicine.started));
    query.addBindValue(optionalDate(medicine.stopped));
    query.addBindValue(textValue(medicine.note));
    query.addBindValue(iso::formatUtc(m_clock.now()));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "record the medicine"));
    medicine.id = query.lastInsertId().toLongLong();
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    Recorded<Medicine> recorded{medicine, {}};
    if (const auto warning = MedicineCatalog::warningFor(medicine.name))
        recorded.warnings.append(*warning);
    return recorded;
}

Status HealthRecordService::stopMedicine(qint64 id, const QDate &stopped)
{
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE medicines SET stopped = ? WHERE id = ? AND started <= ?"));
    query.addBindValue(iso::formatDate(stopped));
    query.addBindValue(id);
    query.addBindValue(iso::formatDate(stopped));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "stop the medicine"));
    if (query.numRowsAffected() != 1)
        return fail(Error::rejected(QStringLiteral("invalid-date"),
                                    tr("There is no medicine %1 started on or before %2.")
                                        .arg(id)
                                        .arg(iso::formatDate(stopped))));
    return transaction.commit();
}

Result<QList<Medicine>> HealthRecordService::medicines(qint64 patientId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, patient_id, name, started, stopped, note FROM"
                                 " medicines WHERE patient_id = ? ORDER BY started DESC, id DESC"));
    query.addBindValue(patientId);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the medicines"));
    QList<Medicine> all;
    while (query.next())
        all.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                    query.value(2).toString(), dateValue(query.value(3)).value_or(QDate()),
                    dateValue(query.value(4)), query.value(5).toString()});
    return all;
}

Status HealthRecordService::reopenRecord(const QString &table, qint64 id)
{
    static const QHash<QString, QString> endColumns = {
        {QStringLiteral("side_effects"), QStringLiteral("resolved")},
        {QStringLiteral("infections"), QStringLiteral("ended")},
        {QStringLiteral("medicines"), QStringLiteral("stopped")}};
    const auto column = endColumns.constFind(table);
    if (column == endColumns.constEnd())
        return fail(Error::internal(QStringLiteral("unknown-table"), table));
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE %1 SET %2 = NULL WHERE id = ?").arg(table, *column));
    query.addBindValue(id);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "reopen the record"));
    return transaction.commit();
}

Status HealthRecordService::removeRecord(const QString &table, qint64 id)
{
    static const QStringList tables = {QStringLiteral("side_effects"), QStringLiteral("infections"),
                                       QStringLiteral("labs"), QStringLiteral("medicines")};
    if (!tables.contains(table))
        return fail(Error::internal(QStringLiteral("unknown-table"), table));
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "remove the record"));
    return transaction.commit();
}

} // namespace shotbook
