#include "CsvTables.h"

#include "common/AppIdentity.h"
#include "common/IsoDateTime.h"
#include "diary/Labs.h"
#include "sites/Zones.h"

#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace shotbook {

namespace {

QString date(const std::optional<QDate> &day)
{
    return day ? iso::formatDate(*day) : QString();
}

QString optionalTime(const std::optional<QDateTime> &time)
{
    return time ? CsvTables::time(*time) : QString();
}

QString optionalNumber(const std::optional<double> &value)
{
    return value ? CsvTables::number(*value) : QString();
}

QString boolean(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString times(const QList<QTime> &list)
{
    QStringList texts;
    for (const QTime &time : list)
        texts << time.toString(QStringLiteral("HH:mm"));
    return texts.join(QLatin1Char(','));
}

} // namespace

const QStringList &CsvTables::injectionColumns()
{
    static const QStringList columns = {
        QStringLiteral("patient"), QStringLiteral("at"),     QStringLiteral("dose_mg"),
        QStringLiteral("site"),    QStringLiteral("lot"),    QStringLiteral("given_by"),
        QStringLiteral("spot_x"),  QStringLiteral("spot_y"), QStringLiteral("note"),
    };
    return columns;
}

QString CsvTables::number(double value)
{
    if (!std::isfinite(value))
        return QString();
    if (std::trunc(value) == value && std::fabs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    // The shortest text that reads back as the same number: exact, and
    // without noise for the numbers people type (37.5, not 37.500000001).
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString CsvTables::time(const QDateTime &time)
{
    return iso::formatLocal(time);
}

QStringList CsvTables::injectionRow(const QString &patient, const Injection &injection)
{
    return {patient,
            time(injection.at),
            number(injection.doseMg),
            injection.site,
            injection.lot.value_or(QString()),
            injection.givenBy,
            injection.spot ? number(injection.spot->x()) : QString(),
            injection.spot ? number(injection.spot->y()) : QString(),
            injection.note};
}

QList<CsvTable> CsvTables::build(const ExportData &data)
{
    CsvTable patients{QStringLiteral("patients.csv"),
                      {QStringLiteral("patient"), QStringLiteral("birth_date")},
                      {}};
    CsvTable weights{
        QStringLiteral("weights.csv"),
        {QStringLiteral("patient"), QStringLiteral("measured_on"), QStringLiteral("kg")},
        {}};
    CsvTable regimens{
        QStringLiteral("regimens.csv"),
        {QStringLiteral("patient"), QStringLiteral("start_date"), QStringLiteral("course_days"),
         QStringLiteral("daily_mg"), QStringLiteral("mg_per_kg_per_day"),
         QStringLiteral("doses_per_day"), QStringLiteral("every_days"), QStringLiteral("times"),
         QStringLiteral("step_mg"), QStringLiteral("min_mg"), QStringLiteral("indication"),
         QStringLiteral("prescriber"), QStringLiteral("note")},
        {}};
    CsvTable injections{QStringLiteral("injections.csv"), injectionColumns(), {}};
    CsvTable missed{
        QStringLiteral("missed_slots.csv"),
        {QStringLiteral("patient"), QStringLiteral("due_at"), QStringLiteral("regimen_start")},
        {}};
    CsvTable zones{QStringLiteral("zones.csv"),
                   {QStringLiteral("patient"), QStringLiteral("zone"), QStringLiteral("enabled")},
                   {}};
    CsvTable reactions{QStringLiteral("site_reactions.csv"),
                       {QStringLiteral("patient"), QStringLiteral("zone"), QStringLiteral("kind"),
                        QStringLiteral("severity"), QStringLiteral("started_at"),
                        QStringLiteral("resolved_at"), QStringLiteral("injection_at"),
                        QStringLiteral("note")},
                       {}};
    CsvTable lots{QStringLiteral("stock_lots.csv"),
                  {QStringLiteral("lot"), QStringLiteral("expires"), QStringLiteral("received"),
                   QStringLiteral("remaining"), QStringLiteral("out_of_fridge"),
                   QStringLiteral("out_of_fridge_since")},
                  {}};
    CsvTable movements{QStringLiteral("stock_movements.csv"),
                       {QStringLiteral("lot"), QStringLiteral("at"), QStringLiteral("kind"),
                        QStringLiteral("count"), QStringLiteral("reason"),
                        QStringLiteral("patient"), QStringLiteral("injection_at"),
                        QStringLiteral("note")},
                       {}};
    CsvTable diary{QStringLiteral("diary.csv"),
                   {QStringLiteral("patient"), QStringLiteral("day"), QStringLiteral("measure"),
                    QStringLiteral("value")},
                   {}};
    CsvTable diaryNotes{QStringLiteral("diary_notes.csv"),
                        {QStringLiteral("patient"), QStringLiteral("day"), QStringLiteral("note")},
                        {}};
    CsvTable effects{
        QStringLiteral("side_effects.csv"),
        {QStringLiteral("patient"), QStringLiteral("term"), QStringLiteral("catalog_id"),
         QStringLiteral("severity"), QStringLiteral("onset"), QStringLiteral("resolved"),
         QStringLiteral("red_flag"), QStringLiteral("acknowledged_at"), QStringLiteral("note")},
        {}};
    CsvTable infections{QStringLiteral("infections.csv"),
                        {QStringLiteral("patient"), QStringLiteral("description"),
                         QStringLiteral("started"), QStringLiteral("ended"),
                         QStringLiteral("doctor_told"), QStringLiteral("note")},
                        {}};
    CsvTable labs{QStringLiteral("labs.csv"),
                  {QStringLiteral("patient"), QStringLiteral("analyte"), QStringLiteral("value"),
                   QStringLiteral("unit"), QStringLiteral("taken_on"), QStringLiteral("note")},
                  {}};
    CsvTable medicines{QStringLiteral("medicines.csv"),
                       {QStringLiteral("patient"), QStringLiteral("name"),
                        QStringLiteral("started"), QStringLiteral("stopped"),
                        QStringLiteral("note")},
                       {}};

    for (const PatientRecord &record : data.patients) {
        const QString &name = record.patient.name;
        patients.rows.append({name, date(record.patient.birth)});
        for (const Weight &weight : record.weights)
            weights.rows.append({name, iso::formatDate(weight.measuredOn), number(weight.kg)});
        QHash<qint64, QDate> regimenStarts;
        for (const Regimen &regimen : record.regimens) {
            regimenStarts.insert(regimen.id, regimen.start);
            regimens.rows.append(
                {name, iso::formatDate(regimen.start),
                 regimen.days ? QString::number(*regimen.days) : QString(),
                 optionalNumber(regimen.dailyMg), optionalNumber(regimen.mgPerKgPerDay),
                 QString::number(regimen.dosesPerDay), QString::number(regimen.everyDays),
                 times(regimen.times), number(regimen.stepMg), number(regimen.minMg),
                 regimen.indication, regimen.prescriber, regimen.note});
        }
        for (const Injection &injection : record.injections)
            injections.rows.append(injectionRow(name, injection));
        for (const Slot &slot : record.missedSlots)
            missed.rows.append({name, time(slot.due),
                                date(regimenStarts.contains(slot.regimenId)
                                         ? std::optional(regimenStarts.value(slot.regimenId))
                                         : std::nullopt)});
        for (const QString &zone : Zones::ids())
            zones.rows.append({name, zone, boolean(!record.disabledZones.contains(zone))});
        for (const SiteReaction &reaction : record.reactions) {
            QString injectionAt;
            if (reaction.injectionId && data.injections.contains(*reaction.injectionId))
                injectionAt = time(data.injections.value(*reaction.injectionId).at);
            reactions.rows.append({name, reaction.zone, reaction.kind,
                                   QString::number(reaction.severity), time(reaction.startedAt),
                                   optionalTime(reaction.resolvedAt), injectionAt, reaction.note});
        }
        for (const DiaryDay &day : record.diary) {
            for (auto it = day.values.cbegin(); it != day.values.cend(); ++it)
                diary.rows.append({name, iso::formatDate(day.day), it.key(), number(it.value())});
            if (!day.note.isEmpty())
                diaryNotes.rows.append({name, iso::formatDate(day.day), day.note});
        }
        for (const SideEffect &effect : record.sideEffects)
            effects.rows.append({name, effect.term, effect.catalogId.value_or(QString()),
                                 effect.severity, iso::formatDate(effect.onset),
                                 date(effect.resolved), boolean(effect.redFlag),
                                 optionalTime(effect.acknowledgedAt), effect.note});
        for (const Infection &infection : record.infections)
            infections.rows.append({name, infection.description, iso::formatDate(infection.started),
                                    date(infection.ended), boolean(infection.doctorTold),
                                    infection.note});
        for (const LabResult &lab : record.labs) {
            const auto analyte = Labs::find(lab.analyte);
            labs.rows.append({name, lab.analyte, number(lab.value),
                              analyte ? analyte->unit : QString(), iso::formatDate(lab.takenOn),
                              lab.note});
        }
        for (const Medicine &medicine : record.medicines)
            medicines.rows.append({name, medicine.name, iso::formatDate(medicine.started),
                                   date(medicine.stopped), medicine.note});
    }
    for (const Lot &lot : data.lots)
        lots.rows.append({lot.lot, iso::formatDate(lot.expires), iso::formatDate(lot.received),
                          QString::number(lot.remaining), QString::number(lot.outOfFridge),
                          lot.outOfFridge > 0 ? time(lot.outOfFridgeSince) : QString()});
    for (const StockMovement &movement : data.movements) {
        QString patient;
        QString injectionAt;
        if (movement.injectionId != 0 && data.injections.contains(movement.injectionId)) {
            const auto &ref = data.injections.value(movement.injectionId);
            patient = ref.patient;
            injectionAt = time(ref.at);
        }
        movements.rows.append({movement.lot, time(movement.at), movement.kind,
                               QString::number(movement.count), movement.reason, patient,
                               injectionAt, movement.note});
    }

    QList<CsvTable> tables = {patients,   weights,   regimens,   injections, missed,
                              zones,      reactions, lots,       movements,  diary,
                              diaryNotes, effects,   infections, labs,       medicines};

    CsvTable manifest{
        QStringLiteral("manifest.csv"), {QStringLiteral("key"), QStringLiteral("value")}, {}};
    manifest.rows.append({QStringLiteral("format"), QStringLiteral("shotbook-csv")});
    manifest.rows.append({QStringLiteral("format_version"), QString::number(FormatVersion)});
    manifest.rows.append({QStringLiteral("schema_version"), QString::number(data.schemaVersion)});
    manifest.rows.append({QStringLiteral("shotbook_version"), applicationVersion()});
    manifest.rows.append({QStringLiteral("exported_at"), time(data.exportedAt)});
    manifest.rows.append(
        {QStringLiteral("time_zone"), QString::fromUtf8(QTimeZone::systemTimeZoneId())});
    manifest.rows.append({QStringLiteral("from"), date(data.from)});
    manifest.rows.append({QStringLiteral("to"), date(data.to)});
    for (const CsvTable &table : std::as_const(tables))
        manifest.rows.append(
            {QStringLiteral("rows:") + table.file, QString::number(table.rows.size())});
    tables.prepend(manifest);
    return tables;
}

} // namespace shotbook
