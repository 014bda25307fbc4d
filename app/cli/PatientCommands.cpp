#include "CommandContext.h"
#include "CommandSpec.h"
#include "common/Clock.h"
#include "common/IsoDateTime.h"
#include "patients/PatientRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace shotbook::cli {

namespace {

class PatientCommands final
{
    Q_DECLARE_TR_FUNCTIONS(PatientCommands)

public:
    static Result<CommandOutput> add(CommandContext &context)
    {
        NewPatient input;
        input.name = context.value(QStringLiteral("name"));
        const auto birth = context.date(QStringLiteral("birth"));
        if (!birth)
            return fail(birth.error());
        input.birth = *birth;
        const auto weight = context.number(QStringLiteral("weight-kg"));
        if (!weight)
            return fail(weight.error());
        input.weightKg = *weight;

        PatientRepository patients(context.database(), context.clock());
        const auto added = patients.add(input);
        if (!added)
            return fail(added.error());
        CommandOutput output;
        output.json.insert(QStringLiteral("id"), added->id);
        output.json.insert(QStringLiteral("name"), added->name);
        output.text << tr("Added patient %1 (id %2).").arg(added->name).arg(added->id);
        return output;
    }

    static Result<CommandOutput> list(CommandContext &context)
    {
        PatientRepository patients(context.database(), context.clock());
        const auto all = patients.list();
        if (!all)
            return fail(all.error());
        CommandOutput output;
        QJsonArray array;
        for (const Patient &patient : *all) {
            const QJsonValue birth =
                patient.birth ? QJsonValue(iso::formatDate(*patient.birth)) : QJsonValue();
            array.append(QJsonObject{{QStringLiteral("id"), patient.id},
                                     {QStringLiteral("name"), patient.name},
                                     {QStringLiteral("birth"), birth}});
            output.text << QStringLiteral("%1\t%2\t%3")
                               .arg(patient.id)
                               .arg(patient.name,
                                    patient.birth ? iso::formatDate(*patient.birth) : QString());
        }
        if (all->isEmpty())
            output.text << tr("No patients yet.");
        output.json.insert(QStringLiteral("patients"), array);
        return output;
    }

    static Result<CommandOutput> rename(CommandContext &context)
    {
        PatientRepository patients(context.database(), context.clock());
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        if (auto renamed = patients.rename(patient->id, context.value(QStringLiteral("name")));
            !renamed)
            return fail(renamed.error());
        CommandOutput output;
        output.json.insert(QStringLiteral("id"), patient->id);
        output.text << tr("Renamed patient %1.").arg(patient->id);
        return output;
    }

    static Result<CommandOutput> addWeight(CommandContext &context)
    {
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        const auto kg = context.number(QStringLiteral("kg"));
        const auto date = context.day(QStringLiteral("date"));
        if (!kg)
            return fail(kg.error());
        if (!date)
            return fail(date.error());
        PatientRepository patients(context.database(), context.clock());
        const auto weight = patients.addWeight(patient->id, *date, **kg);
        if (!weight)
            return fail(weight.error());
        CommandOutput output;
        output.json.insert(QStringLiteral("id"), weight->id);
        output.json.insert(QStringLiteral("kg"), weight->kg);
        output.json.insert(QStringLiteral("date"), iso::formatDate(weight->measuredOn));
        output.text << tr("Recorded %1 kg on %2 for %3.")
                           .arg(weight->kg)
                           .arg(iso::formatDate(weight->measuredOn), patient->name);
        return output;
    }

    static Result<CommandOutput> listWeights(CommandContext &context)
    {
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        PatientRepository patients(context.database(), context.clock());
        const auto weights = patients.weights(patient->id);
        if (!weights)
            return fail(weights.error());
        CommandOutput output;
        QJsonArray array;
        for (const Weight &weight : *weights) {
            array.append(QJsonObject{{QStringLiteral("id"), weight.id},
                                     {QStringLiteral("date"), iso::formatDate(weight.measuredOn)},
                                     {QStringLiteral("kg"), weight.kg}});
            output.text << QStringLiteral("%1	%2 kg")
                               .arg(iso::formatDate(weight.measuredOn))
                               .arg(weight.kg);
        }
        output.json.insert(QStringLiteral("weights"), array);
        return output;
    }

    static Result<CommandOutput> remove(CommandContext &context)
    {
        if (!context.has(QStringLiteral("patient")))
            return fail(Error::rejected(QStringLiteral("patient-required"),
                                        tr("Removing deletes every record of the patient: name "
                                           "them with --patient ID or --patient NAME.")));
        const auto patient = context.patient();
        if (!patient)
            return fail(patient.error());
        if (!context.has(QStringLiteral("yes")))
            return fail(Error::rejected(QStringLiteral("confirmation-required"),
                                        tr("Removing %1 deletes every record of them; add --yes "
                                           "to confirm.")
                                            .arg(patient->name)));
        PatientRepository patients(context.database(), context.clock());
        if (auto removed = patients.remove(patient->id); !removed)
            return fail(removed.error());
        CommandOutput output;
        output.json.insert(QStringLiteral("id"), patient->id);
        output.text << tr("Removed patient %1 and all their records.").arg(patient->name);
        return output;
    }
};

} // namespace

QList<CommandSpec> patientCommands()
{
    using C = PatientCommands;
    const OptionSpec patient{QStringLiteral("patient"), QStringLiteral("P"), false,
                             C::tr("the patient's id or exact name")};
    return {
        {{QStringLiteral("patient"), QStringLiteral("add")},
         C::tr("adds a patient"),
         {{QStringLiteral("name"), QStringLiteral("N"), true, C::tr("name or nickname")},
          {QStringLiteral("birth"), QStringLiteral("DATE"), false, C::tr("date of birth")},
          {QStringLiteral("weight-kg"), QStringLiteral("KG"), false, C::tr("weight today")}},
         {},
         0,
         0,
         CommandSpec::Access::Writes,
         &C::add},
        {{QStringLiteral("patient"), QStringLiteral("list")},
         C::tr("lists patients"),
         {},
         {},
         0,
         0,
         CommandSpec::Access::Reads,
         &C::list},
        {{QStringLiteral("patient"), QStringLiteral("rename")},
         C::tr("renames a patient"),
         {patient, {QStringLiteral("name"), QStringLiteral("N"), true, C::tr("the new name")}},
         {},
         0,
         0,
         CommandSpec::Access::Writes,
         &C::rename},
        {{QStringLiteral("weight"), QStringLiteral("add")},
         C::tr("records a weight (0.3–300 kg)"),
         {patient,
          {QStringLiteral("kg"), QStringLiteral("KG"), true, C::tr("the weight in kg")},
          {QStringLiteral("date"), QStringLiteral("DATE"), false,
           C::tr("measured on (default today)")}},
         {},
         0,
         0,
         CommandSpec::Access::Writes,
         &C::addWeight},
        {{QStringLiteral("weight"), QStringLiteral("list")},
         C::tr("the patient's weights, oldest first"),
         {patient},
         {},
         0,
         0,
         CommandSpec::Access::Reads,
         &C::listWeights},
        {{QStringLiteral("patient"), QStringLiteral("remove")},
         C::tr("removes a patient and every record of them"),
         {patient, {QStringLiteral("yes"), QString(), false, C::tr("confirm the removal")}},
         {},
         0,
         0,
         CommandSpec::Access::Writes,
         &C::remove},
    };
}

} // namespace shotbook::cli
