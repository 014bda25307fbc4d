#include "CommandContext.h"
#include "CommandSpec.h"
#include "common/Clock.h"
#include "common/IsoDateTime.h"
#include "diary/DiaryService.h"
#include "diary/HealthRecordService.h"
#include "diary/Labs.h"
#include "diary/Measures.h"
#include "diary/SideEffectCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace shotbook::cli {

namespace {

QJsonValue optionalDate(const std::optional<QDate> &date)
{
    return date ? QJsonValue(iso::formatDate(*date)) : QJsonValue();
}

class DiaryCommands final
{
    Q_DECLARE_TR_FUNCTIONS(DiaryCommands)

public:
    static Result<CommandOutput> symptom(CommandContext &context)
    {
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        const auto value = context.number(QStringLiteral("value"));
        const auto date = context.day(QStringLiteral("date"));
        if (!value)
            return fail(value.error());
        if (!date)
            return fail(date.error());
        DiaryService diary(context.database(), context.clock());
        const QString measure = context.value(QStringLiteral("measure"));
        const auto id = diary.setValue(patient->id, *date, measure, **value);
        if (!id)
            return fail(id.error());
        CommandOutput output;
        output.json.insert(QStringLiteral("id"), *id);
        output.text << tr("Recorded %1 = %2.").arg(measure).arg(**value);
        return output;
    }

    static Result<CommandOutput> day(CommandContext &context)
    {
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        const auto date = context.day(QStringLiteral("date"));
        if (!date)
            return fail(date.error());
        DiaryService diary(context.database(), context.clock());
        const auto entry = diary.day(patient->id, *date);
        if (!entry)
            return fail(entry.error());
        CommandOutput output;
        QJsonObject values;
        for (auto it = entry->values.constBegin(); it != entry->values.constEnd(); ++it) {
            values.insert(it.key(), it.value());
            output.text << QStringLiteral("%1\t%2").arg(it.key()).arg(it.value());
        }
        output.json.insert(QStringLiteral("date"), iso::formatDate(entry->day));
        output.json.insert(QStringLiteral("values"), values);
        output.json.insert(QStringLiteral("note"), entry->note);
        if (!entry->note.isEmpty())
            output.text << entry->note;
        return output;
    }

    static Result<CommandOutput> sideEffect(CommandContext &context)
    {
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        const auto period = context.period(QStringLiteral("onset"), QStringLiteral("resolved"));
        if (!period)
            return fail(period.error());
        SideEffect effect;
        effect.patientId = patient->id;
        effect.term = context.value(QStringLiteral("term"));
        effect.severity = context.has(QStringLiteral("severity"))
                              ? context.value(QStringLiteral("severity"))
                              : QStringLiteral("mild");
        effect.onset = period->first;
        effect.resolved = period->second;
        effect.note = context.value(QStringLiteral("note"));
        effect.redFlag = context.has(QStringLiteral("red-flag"));
        HealthRecordService records(context.database(), context.clock());
        const auto added = records.addSideEffect(effect);
        if (!added)
            return fail(added.error());
        CommandOutput output;
        output.warnings = added->warnings;
        for (Warning &warning : output.warnings) {
            if (warning.code == QLatin1String("red-flag-possible"))
                warning.message +=
                    QLatin1Char(' ') + tr("To record a side effect as a red flag, add it with "
                                          "--red-flag.");
        }
        output.json.insert(QStringLiteral("id"), added->record.id);
        output.json.insert(QStringLiteral("red_flag"), added->record.redFlag);
        output.json.insert(QStringLiteral("catalog_id"), added->record.catalogId
                                                             ? QJsonValue(*added->record.catalogId)
                                                             : QJsonValue());
        output.text << tr("Recorded \"%1\" (id %2).").arg(added->record.term).arg(added->record.id);
        if (added->record.redFlag)
            output.text << SideEffectCatalog::redFlagAdvice();
        return output;
    }

    static Result<CommandOutput> sideEffects(CommandContext &context)
    {
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        HealthRecordService records(context.database(), context.clock());
        const auto all = records.sideEffects(patient->id);
        if (!all)
            return fail(all.error());
        CommandOutput output;
        QJsonArray array;
        for (const SideEffect &effect : *all) {
            array.append(
                QJsonObject{{QStringLiteral("id"), effect.id},
                            {QStringLiteral("term"), effect.term},
                            {QStringLiteral("catalog_id"),
                             effect.catalogId ? QJsonValue(*effect.catalogId) : QJsonValue()},
                            {QStringLiteral("severity"), effect.severity},
                            {QStringLiteral("onset"), iso::formatDate(effect.onset)},
                            {QStringLiteral("resolved"), optionalDate(effect.resolved)},
                            {QStringLiteral("red_flag"), effect.redFlag},
                            {QStringLiteral("acknowledged"), effect.acknowledgedAt.has_value()}});
            output.text << QStringLiteral("%1\t%2\t%3\t%4%5")
                               .arg(effect.id)
                               .arg(iso::formatDate(effect.onset), effect.term, effect.severity,
                                    effect.redFlag ? tr("\tRED FLAG") : QString());
        }
        output.json.insert(QStringLiteral("side_effects"), array);
        return output;
    }

    static Result<CommandOutput> acknowledge(CommandContext &context)
    {
        bool ok = false;
        const qint64 id = context.positional().constFirst().toLongLong(&ok);
        if (!ok)
            return fail(Error::rejected(
                QStringLiteral("unknown-side-effect"),
                tr("\"%1\" is not a side-effect id.").arg(context.positional().constFirst())));
        HealthRecordService records(context.database(), context.clock());
        if (auto done = records.acknowledgeRedFlag(id); !done)
            return fail(done.error());
        CommandOutput output;
        output.json.insert(QStringLiteral("id"), id);
        output.text << tr("Acknowledged.");
        return output;
    }

    // side-effect resolve / infection end / med stop: a record that ended.
    static Result<CommandOutput> endRecord(CommandContext &context, RecordKind kind)
    {
        bool ok = false;
        const qint64 id = context.positional().constFirst().toLongLong(&ok);
        if (!ok)
            return fail(
                Error::rejected(QStringLiteral("unknown-id"),
                                tr("\"%1\" is not an id.").arg(context.positional().constFirst())));
        const auto date = context.day(QStringLiteral("date"));
        if (!date)
            return fail(date.error());
        const QDate day = *date; // the service refuses a day in the future
        HealthRecordService records(context.database(), context.clock());
        if (auto done =
                records.endRecord(kind, id, day, context.has(QStringLiteral("doctor-told")));
            !done)
            return fail(done.error());
        CommandOutput output;
        output.json.insert(QStringLiteral("id"), id);
        output.text << tr("Ended on %1.").arg(iso::formatDate(day));
        return output;
    }
    static Result<CommandOutput> resolveSideEffect(CommandContext &context)
    {
        return endRecord(context, RecordKind::SideEffect);
    }
    static Result<CommandOutput> endInfection(CommandContext &context)
    {
        return endRecord(context, RecordKind::Infection);
    }
    static Result<CommandOutput> stopMedicine(CommandContext &context)
    {
        return endRecord(context, RecordKind::Medicine);
    }

    static Result<CommandOutput> infection(CommandContext &context)
    {
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        const auto period = context.period(QStringLiteral("start"), QStringLiteral("end"));
        if (!period)
            return fail(period.error());
        Infection infection;
        infection.patientId = patient->id;
        infection.description = context.value(QStringLiteral("description"));
        infection.started = period->first;
        infection.ended = period->second;
        infection.doctorTold = context.has(QStringLiteral("doctor-told"));
        HealthRecordService records(context.database(), context.clock());
        const auto added = records.addInfection(infection);
        if (!added)
            return fail(added.error());
        CommandOutput output;
        output.json.insert(QStringLiteral("id"), added->record.id);
        output.warnings = added->warnings;
        output.text << tr("Recorded the infection (id %1).").arg(added->record.id);
        return output;
    }

    static Result<CommandOutput> med(CommandContext &context)
    {
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        const auto period = context.period(QStringLiteral("start"), QStringLiteral("stop"));
        if (!period)
            return fail(period.error());
        Medicine medicine;
        medicine.patientId = patient->id;
        medicine.name = context.value(QStringLiteral("name"));
        medicine.started = period->first;
        medicine.stopped = period->second;
        HealthRecordService records(context.database(), context.clock());
        const auto added = records.addMedicine(medicine);
        if (!added)
            return fail(added.error());
        CommandOutput output;
        output.warnings = added->warnings;
        output.json.insert(QStringLiteral("id"), added->record.id);
        output.text << tr("Recorded %1 (id %2).").arg(added->record.name).arg(added->record.id);
        return output;
    }

    static Result<CommandOutput> meds(CommandContext &context)
    {
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        HealthRecordService records(context.database(), context.clock());
        const auto all = records.medicines(patient->id);
        if (!all)
            return fail(all.error());
        CommandOutput output;
        QJsonArray array;
        for (const Medicine &medicine : *all) {
            array.append(QJsonObject{{QStringLiteral("id"), medicine.id},
                                     {QStringLiteral("name"), medicine.name},
                                     {QStringLiteral("start"), iso::formatDate(medicine.started)},
                                     {QStringLiteral("stop"), optionalDate(medicine.stopped)}});
            output.text << QStringLiteral("%1\t%2\t%3")
                               .arg(medicine.id)
                               .arg(medicine.name, iso::formatDate(medicine.started));
        }
        output.json.insert(QStringLiteral("medicines"), array);
        return output;
    }

    static Result<CommandOutput> lab(CommandContext &context)
    {
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        const auto value = context.number(QStringLiteral("value"));
        const auto date = context.day(QStringLiteral("date"));
        if (!value)
            return fail(value.error());
        if (!date)
            return fail(date.error());
        LabResult lab;
        lab.patientId = patient->id;
        lab.analyte = context.value(QStringLiteral("analyte"));
        lab.value = **value;
        lab.takenOn = *date;
        HealthRecordService records(context.database(), context.clock());
        const auto added = records.addLab(lab);
        if (!added)
            return fail(added.error());
        CommandOutput output;
        output.warnings = added->warnings;
        output.json.insert(QStringLiteral("id"), added->record.id);
        const auto analyte = Labs::find(lab.analyte);
        output.text << tr("Recorded %1 = %2 %3.")
                           .arg(lab.analyte)
                           .arg(lab.value)
                           .arg(analyte ? analyte->unit : QString());
        return output;
    }

    static Result<CommandOutput> labs(CommandContext &context)
    {
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        HealthRecordService records(context.database(), context.clock());
        const auto all = records.labs(patient->id);
        if (!all)
            return fail(all.error());
        CommandOutput output;
        QJsonArray array;
        for (const LabResult &result : *all) {
            array.append(QJsonObject{{QStringLiteral("id"), result.id},
                                     {QStringLiteral("analyte"), result.analyte},
                                     {QStringLiteral("value"), result.value},
                                     {QStringLiteral("date"), iso::formatDate(result.takenOn)}});
            output.text << QStringLiteral("%1\t%2\t%3")
                               .arg(iso::formatDate(result.takenOn), result.analyte)
                               .arg(result.value);
        }
        output.json.insert(QStringLiteral("labs"), array);
        return output;
    }

    static Result<CommandOutput> labDue(CommandContext &context)
    {
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        HealthRecordService records(context.database(), context.clock());
        const auto due = records.nextLabDue(patient->id);
        if (!due)
            return fail(due.error());
        CommandOutput output;
        output.json.insert(QStringLiteral("due_on"), optionalDate(*due));
        output.json.insert(QStringLiteral("overdue"), *due && **due < context.clock().today());
        if (*due)
            output.text << tr("Next neutrophil count due on %1.").arg(iso::formatDate(**due));
        else
            output.text << tr("No test is due: no regimen yet, or the first year of "
                              "monitoring is complete.");
        return output;
    }
};

} // namespace

QList<CommandSpec> diaryCommands()
{
    using C = DiaryCommands;
    auto option = [](const char *name, const char *valueName, bool required, const QString &help) {
        return OptionSpec{QString::fromLatin1(name), QString::fromLatin1(valueName), required,
                          help};
    };
    const OptionSpec patient = option("patient", "P", false, C::tr("the patient's id or name"));
    const auto spec = [](QStringList words, const QString &summary, QList<OptionSpec> options,
                         CommandSpec::Access access, auto run, QString positional = {},
                         int positionalCount = 0) {
        return CommandSpec{std::move(words),
                           summary,
                           std::move(options),
                           std::move(positional),
                           positionalCount,
                           positionalCount,
                           access,
                           run};
    };
    const auto W = CommandSpec::Access::Writes;
    const auto R = CommandSpec::Access::Reads;
    return {
        spec({QStringLiteral("symptom"), QStringLiteral("add")}, C::tr("a diary value"),
             {patient, option("measure", "ID", true, C::tr("pain, fatigue, stiffness-min, …")),
              option("value", "V", true, C::tr("the value")),
              option("date", "DATE", false, C::tr("the day (default today)"))},
             W, &C::symptom),
        spec({QStringLiteral("diary"), QStringLiteral("show")}, C::tr("one day of the diary"),
             {patient, option("date", "DATE", false, C::tr("the day (default today)"))}, R,
             &C::day),
        spec({QStringLiteral("side-effect"), QStringLiteral("add")}, C::tr("a side effect"),
             {patient, option("term", "TEXT", true, C::tr("what happened")),
              option("severity", "mild|moderate|severe", false, C::tr("how bad")),
              option("onset", "DATE", false, C::tr("when it began")),
              option("resolved", "DATE", false, C::tr("when it ended")),
              option("note", "TEXT", false, C::tr("a note")),
              option("red-flag", "", false,
                     C::tr("it is a sign that needs medical help now (a red flag)"))},
             W, &C::sideEffect),
        spec({QStringLiteral("side-effect"), QStringLiteral("list")}, C::tr("side effects"),
             {patient}, R, &C::sideEffects),
        spec({QStringLiteral("side-effect"), QStringLiteral("acknowledge")},
             C::tr("takes a red flag off the Today view"), {}, W, &C::acknowledge,
             QStringLiteral("ID"), 1),
        spec({QStringLiteral("side-effect"), QStringLiteral("resolve")},
             C::tr("a side effect that has gone"),
             {option("date", "DATE", false, C::tr("when it went (default today)"))}, W,
             &C::resolveSideEffect, QStringLiteral("ID"), 1),
        spec({QStringLiteral("infection"), QStringLiteral("end")}, C::tr("an infection that ended"),
             {option("date", "DATE", false, C::tr("when it ended (default today)")),
              option("doctor-told", "", false, C::tr("the doctor was told"))},
             W, &C::endInfection, QStringLiteral("ID"), 1),
        spec({QStringLiteral("med"), QStringLiteral("stop")}, C::tr("a medicine that was stopped"),
             {option("date", "DATE", false, C::tr("the last day (default today)"))}, W,
             &C::stopMedicine, QStringLiteral("ID"), 1),
        spec({QStringLiteral("infection"), QStringLiteral("add")}, C::tr("an infection"),
             {patient, option("description", "TEXT", true, C::tr("what infection")),
              option("start", "DATE", false, C::tr("when it began")),
              option("end", "DATE", false, C::tr("when it ended")),
              option("doctor-told", "", false, C::tr("the doctor was told"))},
             W, &C::infection),
        spec({QStringLiteral("med"), QStringLiteral("add")}, C::tr("another medicine or vaccine"),
             {patient, option("name", "NAME", true, C::tr("generic or brand name")),
              option("start", "DATE", false, C::tr("first day")),
              option("stop", "DATE", false, C::tr("last day"))},
             W, &C::med),
        spec({QStringLiteral("med"), QStringLiteral("list")}, C::tr("other medicines"), {patient},
             R, &C::meds),
        spec({QStringLiteral("lab"), QStringLiteral("add")}, C::tr("a lab result"),
             {patient, option("analyte", "ID", true, C::tr("anc, platelets, alt, ast, crp, crcl")),
              option("value", "V", true, C::tr("the result")),
              option("date", "DATE", false, C::tr("when the blood was taken"))},
             W, &C::lab),
        spec({QStringLiteral("lab"), QStringLiteral("list")}, C::tr("lab results"), {patient}, R,
             &C::labs),
        spec({QStringLiteral("lab"), QStringLiteral("due")}, C::tr("the next test due"), {patient},
             R, &C::labDue),
    };
}

} // namespace shotbook::cli
