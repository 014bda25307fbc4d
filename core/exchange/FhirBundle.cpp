#include "FhirBundle.h"

#include "FhirCodes.h"
#include "common/IsoDateTime.h"
#include "diary/Measures.h"
#include "regimen/RegimenRepository.h"

#include <QJsonArray>
#include <QUuid>

#include <cmath>

namespace shotbook {

namespace {

const QString Ucum = QStringLiteral("http://unitsofmeasure.org");
const QString ObservationCategory =
    QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category");
// Shotbook's own diary measures that have no code checked in a published
// terminology: their ids, under Shotbook's own system.
const QString DiaryMeasureSystem =
    QStringLiteral("https://shotbook.invalid/fhir/CodeSystem/diary-measure");

// A name in Shotbook's own UUID namespace (v5), so that ids are stable.
QString urn(const QString &name)
{
    static const QUuid space(QStringLiteral("{9b7f3c1e-52a4-4d1b-8e63-2f0c9a7d4b10}"));
    return QStringLiteral("urn:uuid:") +
           QUuid::createUuidV5(space, name).toString(QUuid::WithoutBraces);
}

QJsonObject reference(const QString &url)
{
    return {{QStringLiteral("reference"), url}};
}

QJsonObject coding(const FhirCoding &code)
{
    return {{QStringLiteral("system"), code.system},
            {QStringLiteral("code"), code.code},
            {QStringLiteral("display"), code.display}};
}

QJsonObject codeable(const QList<FhirCoding> &codes, const QString &text)
{
    QJsonObject object;
    if (!codes.isEmpty()) {
        QJsonArray array;
        for (const FhirCoding &code : codes)
            array.append(coding(code));
        object.insert(QStringLiteral("coding"), array);
    }
    if (!text.isEmpty())
        object.insert(QStringLiteral("text"), text);
    return object;
}

QJsonObject quantity(double value, const QString &unit, const QString &code)
{
    // JSON numbers without floating-point noise.
    const double rounded = std::round(value * 1e6) / 1e6;
    return {{QStringLiteral("value"), rounded},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("system"), Ucum},
            {QStringLiteral("code"), code}};
}

QJsonArray category(const QString &code, const QString &display)
{
    return {QJsonObject{{QStringLiteral("coding"),
                         QJsonArray{QJsonObject{{QStringLiteral("system"), ObservationCategory},
                                                {QStringLiteral("code"), code},
                                                {QStringLiteral("display"), display}}}}}};
}

QJsonArray notes(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    return {QJsonObject{{QStringLiteral("text"), text}}};
}

QJsonObject anakinra()
{
    return codeable({FhirCodes::anakinraAtc(), FhirCodes::anakinraRxNorm()},
                    QStringLiteral("anakinra (Kineret)"));
}

QString dateTime(const QDateTime &time)
{
    return iso::formatLocal(time);
}

QString timeOfDay(const QTime &time)
{
    return time.toString(QStringLiteral("HH:mm:ss"));
}

QString severityDisplay(const QString &id)
{
    // The display of the FHIR R4 AdverseEventSeverity code system.
    if (id.isEmpty())
        return id;
    return id.front().toUpper() + id.mid(1);
}

void insertIfNotEmpty(QJsonObject &object, const QString &key, const QJsonArray &array)
{
    if (!array.isEmpty())
        object.insert(key, array);
}

} // namespace

QJsonObject FhirBundle::build(const ExportData &data)
{
    QJsonArray entries;
    const auto add = [&entries](const QString &url, const QJsonObject &resource) {
        entries.append(
            QJsonObject{{QStringLiteral("fullUrl"), url}, {QStringLiteral("resource"), resource}});
    };
    const QDate today = data.exportedAt.toLocalTime().date();

    for (const PatientRecord &record : data.patients) {
        const qint64 pid = record.patient.id;
        const QString patientUrl = urn(QStringLiteral("patient/%1").arg(pid));
        const QJsonObject subject = reference(patientUrl);
        QJsonObject patient{
            {QStringLiteral("resourceType"), QStringLiteral("Patient")},
            {QStringLiteral("name"),
             QJsonArray{QJsonObject{{QStringLiteral("text"), record.patient.name}}}}};
        if (record.patient.birth)
            patient.insert(QStringLiteral("birthDate"), iso::formatDate(*record.patient.birth));
        add(patientUrl, patient);

        // Who gave the injections: the patient, or a caregiver by name.
        QHash<QString, QString> caregivers; // name → RelatedPerson url
        for (const Injection &injection : record.injections) {
            const QString by = injection.givenBy.trimmed();
            if (by.isEmpty() || by == record.patient.name || caregivers.contains(by))
                continue;
            const QString url = urn(QStringLiteral("patient/%1/related/%2").arg(pid).arg(by));
            caregivers.insert(by, url);
            add(url,
                {{QStringLiteral("resourceType"), QStringLiteral("RelatedPerson")},
                 {QStringLiteral("patient"), subject},
                 {QStringLiteral("name"), QJsonArray{QJsonObject{{QStringLiteral("text"), by}}}}});
        }

        // What the prescriber set: a statement per regimen, from its start
        // until the next one starts or its course ends.
        QHash<qint64, QString> regimenUrls;
        for (qsizetype i = 0; i < record.regimens.size(); ++i) {
            const Regimen &regimen = record.regimens.at(i);
            std::optional<QDate> end = regimen.lastDay();
            if (i + 1 < record.regimens.size()) {
                // Replaced the day before the next one starts (the same day
                // when both start on one day: the later-entered one holds).
                const QDate next =
                    std::max(regimen.start, record.regimens.at(i + 1).start.addDays(-1));
                if (!end || next < *end)
                    end = next;
            }
            const QString url = urn(QStringLiteral("regimen/%1").arg(regimen.id));
            regimenUrls.insert(regimen.id, url);
            QJsonObject period{{QStringLiteral("start"), iso::formatDate(regimen.start)}};
            if (end)
                period.insert(QStringLiteral("end"), iso::formatDate(*end));
            QString text;
            if (regimen.dailyMg)
                text = tr("%1 mg a day").arg(*regimen.dailyMg);
            else if (regimen.mgPerKgPerDay)
                text = tr("%1 mg/kg a day").arg(*regimen.mgPerKgPerDay);
            text += QStringLiteral(", ") + tr("in %n dose(s)", nullptr, regimen.dosesPerDay) +
                    QStringLiteral(", ") +
                    (regimen.everyDays == 1 ? tr("every day") : tr("every other day")) +
                    QStringLiteral(", ") + tr("subcutaneous");
            QJsonArray timesOfDay;
            for (const QTime &time : regimen.times)
                timesOfDay.append(timeOfDay(time));
            QJsonObject repeat{{QStringLiteral("frequency"), regimen.dosesPerDay},
                               {QStringLiteral("period"), regimen.everyDays},
                               {QStringLiteral("periodUnit"), QStringLiteral("d")}};
            if (!timesOfDay.isEmpty())
                repeat.insert(QStringLiteral("timeOfDay"), timesOfDay);
            QJsonObject dosage{
                {QStringLiteral("text"), text},
                {QStringLiteral("timing"), QJsonObject{{QStringLiteral("repeat"), repeat}}},
                {QStringLiteral("route"), codeable({FhirCodes::subcutaneousRoute()}, QString())}};
            if (regimen.dailyMg)
                dosage.insert(QStringLiteral("doseAndRate"),
                              QJsonArray{QJsonObject{
                                  {QStringLiteral("doseQuantity"),
                                   quantity(*regimen.dailyMg / qMax(1, regimen.dosesPerDay),
                                            QStringLiteral("mg"), QStringLiteral("mg"))}}});
            QJsonObject statement{
                {QStringLiteral("resourceType"), QStringLiteral("MedicationStatement")},
                {QStringLiteral("status"),
                 end && *end < today ? QStringLiteral("completed") : QStringLiteral("active")},
                {QStringLiteral("medicationCodeableConcept"), anakinra()},
                {QStringLiteral("subject"), subject},
                {QStringLiteral("effectivePeriod"), period},
                {QStringLiteral("dateAsserted"), dateTime(data.exportedAt)},
                {QStringLiteral("dosage"), QJsonArray{dosage}}};
            QString note = regimen.note;
            if (!regimen.prescriber.isEmpty())
                note = tr("Prescribed by %1.").arg(regimen.prescriber) +
                       (note.isEmpty() ? QString() : QLatin1Char(' ') + note);
            insertIfNotEmpty(statement, QStringLiteral("note"), notes(note));
            add(url, statement);
        }

        for (const Medicine &medicine : record.medicines) {
            QJsonObject period{{QStringLiteral("start"), iso::formatDate(medicine.started)}};
            if (medicine.stopped)
                period.insert(QStringLiteral("end"), iso::formatDate(*medicine.stopped));
            QJsonObject statement{
                {QStringLiteral("resourceType"), QStringLiteral("MedicationStatement")},
                {QStringLiteral("status"), medicine.stopped && *medicine.stopped < today
                                               ? QStringLiteral("completed")
                                               : QStringLiteral("active")},
                {QStringLiteral("medicationCodeableConcept"), codeable({}, medicine.name)},
                {QStringLiteral("subject"), subject},
                {QStringLiteral("effectivePeriod"), period}};
            insertIfNotEmpty(statement, QStringLiteral("note"), notes(medicine.note));
            add(urn(QStringLiteral("medicine/%1").arg(medicine.id)), statement);
        }

        // Each injection given.
        for (const Injection &injection : record.injections) {
            QList<FhirCoding> site;
            if (const auto code = FhirCodes::bodySite(injection.site))
                site << *code;
            QJsonObject administration{
                {QStringLiteral("resourceType"), QStringLiteral("MedicationAdministration")},
                {QStringLiteral("status"), QStringLiteral("completed")},
                {QStringLiteral("subject"), subject},
                {QStringLiteral("effectiveDateTime"), dateTime(injection.at)},
                {QStringLiteral("dosage"),
                 QJsonObject{
                     {QStringLiteral("site"), codeable(site, injection.site)},
                     {QStringLiteral("route"),
                      codeable({FhirCodes::subcutaneousRoute()}, QString())},
                     {QStringLiteral("dose"),
                      quantity(injection.doseMg, QStringLiteral("mg"), QStringLiteral("mg"))}}}};
            if (injection.lot) {
                // The lot belongs to the medication: a contained Medication.
                administration.insert(
                    QStringLiteral("contained"),
                    QJsonArray{
                        QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Medication")},
                                    {QStringLiteral("id"), QStringLiteral("medication")},
                                    {QStringLiteral("code"), anakinra()},
                                    {QStringLiteral("batch"),
                                     QJsonObject{{QStringLiteral("lotNumber"), *injection.lot}}}}});
                administration.insert(QStringLiteral("medicationReference"),
                                      reference(QStringLiteral("#medication")));
            } else {
                administration.insert(QStringLiteral("medicationCodeableConcept"), anakinra());
            }
            const QString by = injection.givenBy.trimmed();
            const QString actor = caregivers.value(by, patientUrl);
            administration.insert(
                QStringLiteral("performer"),
                QJsonArray{QJsonObject{{QStringLiteral("actor"), reference(actor)}}});
            insertIfNotEmpty(administration, QStringLiteral("note"), notes(injection.note));
            add(urn(QStringLiteral("injection/%1").arg(injection.id)), administration);
        }

        // Each dose that was due and not given.
        for (const Slot &slot : record.missedSlots) {
            QJsonObject administration{
                {QStringLiteral("resourceType"), QStringLiteral("MedicationAdministration")},
                {QStringLiteral("status"), QStringLiteral("not-done")},
                {QStringLiteral("statusReason"),
                 QJsonArray{codeable({}, tr("Missed dose: no injection was logged for the dose "
                                            "due at this time"))}},
                {QStringLiteral("medicationCodeableConcept"), anakinra()},
                {QStringLiteral("subject"), subject},
                {QStringLiteral("effectiveDateTime"), dateTime(slot.due)}};
            if (regimenUrls.contains(slot.regimenId))
                administration.insert(QStringLiteral("supportingInformation"),
                                      QJsonArray{reference(regimenUrls.value(slot.regimenId))});
            add(urn(QStringLiteral("missed/%1/%2").arg(pid).arg(iso::formatUtc(slot.due))),
                administration);
        }

        const auto observation = [&](const QJsonArray &categories, const QJsonObject &code,
                                     const QString &effective) {
            return QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Observation")},
                               {QStringLiteral("status"), QStringLiteral("final")},
                               {QStringLiteral("category"), categories},
                               {QStringLiteral("code"), code},
                               {QStringLiteral("subject"), subject},
                               {QStringLiteral("effectiveDateTime"), effective}};
        };

        for (const Weight &weight : record.weights) {
            const QString url = urn(QStringLiteral("weight/%1").arg(weight.id));
            QJsonObject resource = observation(
                category(QStringLiteral("vital-signs"), QStringLiteral("Vital Signs")),
                codeable({FhirCodes::bodyWeight()}, QString()), iso::formatDate(weight.measuredOn));
            resource.insert(QStringLiteral("valueQuantity"),
                            quantity(weight.kg, QStringLiteral("kg"), QStringLiteral("kg")));
            add(url, resource);
        }

        for (const DiaryDay &day : record.diary) {
            for (auto it = day.values.cbegin(); it != day.values.cend(); ++it) {
                const QString &measure = it.key();
                const double value = it.value();
                const QString url = urn(QStringLiteral("diary/%1/%2/%3")
                                            .arg(pid)
                                            .arg(iso::formatDate(day.day), measure));
                const auto known = Measures::find(measure);
                QJsonObject resource;
                if (measure == QLatin1String("fever-c")) {
                    resource = observation(
                        category(QStringLiteral("vital-signs"), QStringLiteral("Vital Signs")),
                        codeable({FhirCodes::bodyTemperature()}, QString()),
                        iso::formatDate(day.day));
                    resource.insert(QStringLiteral("valueQuantity"),
                                    quantity(value, QStringLiteral("Cel"), QStringLiteral("Cel")));
                } else {
                    const QList<FhirCoding> codes =
                        measure == QLatin1String("pain")
                            ? QList<FhirCoding>{FhirCodes::painSeverity()}
                            : QList<FhirCoding>{{DiaryMeasureSystem, measure, measure}};
                    resource = observation(
                        category(QStringLiteral("survey"), QStringLiteral("Survey")),
                        codeable(codes, Measures::displayName(measure)), iso::formatDate(day.day));
                    if (known && known->kind == Measure::Kind::YesNo)
                        resource.insert(QStringLiteral("valueBoolean"), value != 0.0);
                    else if (known && known->kind == Measure::Kind::Minutes)
                        resource.insert(
                            QStringLiteral("valueQuantity"),
                            quantity(value, QStringLiteral("min"), QStringLiteral("min")));
                    else
                        resource.insert(
                            QStringLiteral("valueQuantity"),
                            quantity(value, QStringLiteral("score"), QStringLiteral("{score}")));
                }
                add(url, resource);
            }
        }

        for (const LabResult &lab : record.labs) {
            const QString url = urn(QStringLiteral("lab/%1").arg(lab.id));
            const auto code = FhirCodes::lab(lab.analyte);
            QJsonObject resource = observation(
                category(QStringLiteral("laboratory"), QStringLiteral("Laboratory")),
                codeable(code ? QList<FhirCoding>{*code} : QList<FhirCoding>{}, lab.analyte),
                iso::formatDate(lab.takenOn));
            if (const auto unit = FhirCodes::labUnit(lab.analyte))
                resource.insert(QStringLiteral("valueQuantity"),
                                quantity(lab.value, unit->display, unit->code));
            insertIfNotEmpty(resource, QStringLiteral("note"), notes(lab.note));
            add(url, resource);
        }

        // Side effects, with the regimen in force as the suspect.
        for (const SideEffect &effect : record.sideEffects) {
            QJsonObject event{
                {QStringLiteral("resourceType"), QStringLiteral("AdverseEvent")},
                {QStringLiteral("actuality"), QStringLiteral("actual")},
                {QStringLiteral("event"), codeable({}, effect.term)},
                {QStringLiteral("subject"), subject},
                {QStringLiteral("date"), iso::formatDate(effect.onset)},
                {QStringLiteral("severity"),
                 codeable({{QStringLiteral("http://terminology.hl7.org/CodeSystem/"
                                           "adverse-event-severity"),
                            effect.severity, severityDisplay(effect.severity)}},
                          QString())},
                {QStringLiteral("outcome"),
                 codeable(
                     {{QStringLiteral("http://terminology.hl7.org/CodeSystem/"
                                      "adverse-event-outcome"),
                       effect.resolved ? QStringLiteral("resolved") : QStringLiteral("ongoing"),
                       effect.resolved ? QStringLiteral("Resolved") : QStringLiteral("Ongoing")}},
                     QString())}};
            if (effect.redFlag)
                event.insert(QStringLiteral("seriousness"),
                             codeable({{QStringLiteral("http://terminology.hl7.org/CodeSystem/"
                                                       "adverse-event-seriousness"),
                                        QStringLiteral("Serious"), QStringLiteral("Serious")}},
                                      QString()));
            if (const auto regimen = regimenOn(record.regimens, effect.onset);
                regimen && regimenUrls.contains(regimen->id))
                event.insert(QStringLiteral("suspectEntity"),
                             QJsonArray{QJsonObject{{QStringLiteral("instance"),
                                                     reference(regimenUrls.value(regimen->id))}}});
            add(urn(QStringLiteral("side-effect/%1").arg(effect.id)), event);
        }
    }

    return {{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
            {QStringLiteral("type"), QStringLiteral("collection")},
            {QStringLiteral("timestamp"), dateTime(data.exportedAt)},
            {QStringLiteral("entry"), entries}};
}

} // namespace shotbook
