// The FHIR writer (FhirBundle) on a record whose texts are anything a user
// can type — names, notes, side-effect terms, lot numbers, caregivers — and
// whose dates come through the date parsers. The input is NUL-separated
// fields (FuzzRecord.h), a dozen records at most. Properties: the JSON
// written (indented, as FhirExport writes it) parses with QJsonDocument to
// the very same bundle (every text survives its escaping), holds no NaN or
// infinity, and every entry has a unique urn:uuid fullUrl and a resourceType.
#include "FuzzRecord.h"

#include "diary/Measures.h"
#include "exchange/FhirBundle.h"
#include "sites/Zones.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace shotbook;

namespace {

constexpr qint64 MaxRecords = 12;

void requireFinite(const QJsonValue &value)
{
    if (value.isDouble()) {
        fuzz::require(std::isfinite(value.toDouble()));
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            requireFinite(item);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            requireFinite(it.value());
    }
}

void requireRoundTrip(const QJsonObject &bundle, QJsonDocument::JsonFormat format)
{
    const QByteArray json = QJsonDocument(bundle).toJson(format);
    QJsonParseError error;
    const QJsonDocument back = QJsonDocument::fromJson(json, &error);
    fuzz::require(error.error == QJsonParseError::NoError);
    fuzz::require(back.isObject() && back.object() == bundle);
}

ExportData record(fuzz::Fields &fields)
{
    static const QStringList severities = {QStringLiteral("mild"), QStringLiteral("moderate"),
                                           QStringLiteral("severe")};
    static const QStringList analytes = {QStringLiteral("anc"), QStringLiteral("platelets"),
                                         QStringLiteral("alt"), QStringLiteral("ast"),
                                         QStringLiteral("creatinine")};
    ExportData data;
    data.schemaVersion = 7;
    data.exportedAt = fuzz::instant(fields);
    PatientRecord patient;
    patient.patient.id = 1;
    patient.patient.name = fields.text();
    patient.patient.birth = fuzz::optionalDate(fields);
    // A dozen records reach every branch; more only make an input slower
    // (every one is a SHA-1 name and JSON to write and read back).
    qint64 id = 0;
    while (!fields.atEnd() && id < MaxRecords) {
        ++id;
        switch (fields.choice(8)) {
        case 0: {
            Injection injection;
            injection.id = id;
            injection.at = fuzz::instant(fields);
            injection.doseMg = fuzz::number(fields);
            injection.site = Zones::ids().value(fields.choice(int(Zones::ids().size())));
            const QString lot = fields.text();
            if (!lot.isEmpty())
                injection.lot = lot;
            injection.givenBy = fields.text();
            injection.note = fields.text();
            patient.injections << injection;
            break;
        }
        case 1: {
            Regimen regimen;
            regimen.id = id;
            regimen.start = fuzz::date(fields);
            if (fields.choice(2))
                regimen.mgPerKgPerDay = fuzz::number(fields, 2.0);
            else
                regimen.dailyMg = fuzz::number(fields);
            regimen.dosesPerDay = 1 + fields.choice(2);
            regimen.everyDays = 1 + fields.choice(2);
            for (int n = 0; n < regimen.dosesPerDay; ++n)
                regimen.times << fuzz::time(fields);
            if (const int days = fields.choice(31))
                regimen.days = days;
            regimen.prescriber = fields.text();
            regimen.note = fields.text();
            patient.regimens << regimen;
            break;
        }
        case 2: {
            SideEffect effect;
            effect.id = id;
            effect.term = fields.text();
            effect.severity = severities.at(fields.choice(3));
            effect.onset = fuzz::date(fields);
            effect.resolved = fuzz::optionalDate(fields);
            effect.redFlag = fields.choice(2);
            effect.note = fields.text();
            patient.sideEffects << effect;
            break;
        }
        case 3: {
            Medicine medicine;
            medicine.id = id;
            medicine.name = fields.text();
            medicine.started = fuzz::date(fields);
            medicine.stopped = fuzz::optionalDate(fields);
            medicine.note = fields.text();
            patient.medicines << medicine;
            break;
        }
        case 4: {
            LabResult lab;
            lab.id = id;
            lab.analyte = analytes.at(fields.choice(int(analytes.size())));
            lab.value = fuzz::number(fields, 1.5);
            lab.takenOn = fuzz::date(fields);
            lab.note = fields.text();
            patient.labs << lab;
            break;
        }
        case 5: {
            DiaryDay day;
            day.day = fuzz::date(fields);
            const QList<Measure> &measures = Measures::all();
            day.values.insert(measures.at(fields.choice(int(measures.size()))).id,
                              fuzz::number(fields, 1.0));
            day.note = fields.text();
            // One diary page a day.
            if (std::none_of(patient.diary.cbegin(), patient.diary.cend(),
                             [&](const DiaryDay &other) { return other.day == day.day; }))
                patient.diary << day;
            break;
        }
        case 6: {
            Weight weight;
            weight.id = id;
            weight.measuredOn = fuzz::date(fields);
            weight.kg = fuzz::number(fields, 30.0);
            patient.weights << weight;
            break;
        }
        default: {
            Slot slot;
            slot.due = fuzz::instant(fields);
            slot.regimenId = fields.choice(4);
            // A slot is due once: the schedule never lists one instant twice.
            const bool twice = std::any_of(
                patient.missedSlots.cbegin(), patient.missedSlots.cend(),
                [&](const Slot &other) { return other.due.toUTC() == slot.due.toUTC(); });
            if (!twice)
                patient.missedSlots << slot;
            break;
        }
        }
    }
    // The record lists them oldest first, as ExportSource reads them.
    std::stable_sort(patient.regimens.begin(), patient.regimens.end(),
                     [](const Regimen &a, const Regimen &b) { return a.start < b.start; });
    data.patients << patient;
    return data;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    fuzz::Fields fields(data, size);
    const ExportData exported = record(fields);
    const QJsonObject bundle = FhirBundle::build(exported);
    requireFinite(bundle);
    // Indented, as FhirExport writes it.
    requireRoundTrip(bundle, QJsonDocument::Indented);

    QSet<QString> urls;
    const QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    for (const QJsonValue &entry : entries) {
        const QString url = entry[QStringLiteral("fullUrl")].toString();
        fuzz::require(url.startsWith(QLatin1String("urn:uuid:")) && !urls.contains(url));
        urls.insert(url);
        fuzz::require(!entry[QStringLiteral("resource")][QStringLiteral("resourceType")]
                           .toString()
                           .isEmpty());
    }
    // The patient's name as typed, first.
    fuzz::require(
        entries.at(0)[QStringLiteral("resource")][QStringLiteral("name")][0][QStringLiteral("text")]
            .toString() == exported.patients.at(0).patient.name);
    return 0;
}
