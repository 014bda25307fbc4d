#include "Measures.h"

#include "regimen/RegimenRules.h"

#include <cmath>

namespace shotbook {

const QList<Measure> &Measures::all()
{
    static const QList<Measure> measures = {
        {QStringLiteral("pain"), Measure::Kind::Scale, 0, 10, 0},
        {QStringLiteral("fatigue"), Measure::Kind::Scale, 0, 10, 0},
        {QStringLiteral("stiffness-min"), Measure::Kind::Minutes, 0, 1440, 0},
        {QStringLiteral("fever-c"), Measure::Kind::Temperature, 34.0, 43.0, 1},
        {QStringLiteral("patient-global"), Measure::Kind::Scale, 0, 10, 0},
        {QStringLiteral("rash"), Measure::Kind::YesNo, 0, 1, 0},
        {QStringLiteral("headache"), Measure::Kind::YesNo, 0, 1, 0},
        {QStringLiteral("joint-pain"), Measure::Kind::YesNo, 0, 1, 0},
        {QStringLiteral("eye-redness"), Measure::Kind::YesNo, 0, 1, 0},
        {QStringLiteral("overall-symptoms"), Measure::Kind::YesNo, 0, 1, 0, true},
        {QStringLiteral("abdominal-pain"), Measure::Kind::YesNo, 0, 1, 0, true},
        {QStringLiteral("nausea-vomiting"), Measure::Kind::YesNo, 0, 1, 0, true},
        {QStringLiteral("diarrhoea"), Measure::Kind::YesNo, 0, 1, 0, true},
        {QStringLiteral("chest-pain"), Measure::Kind::YesNo, 0, 1, 0, true},
        {QStringLiteral("painful-lymph-nodes"), Measure::Kind::YesNo, 0, 1, 0, true},
        {QStringLiteral("muscle-pain"), Measure::Kind::YesNo, 0, 1, 0, true},
        {QStringLiteral("joint-swelling"), Measure::Kind::YesNo, 0, 1, 0, true},
    };
    return measures;
}

std::optional<Measure> Measures::find(const QString &id)
{
    for (const Measure &measure : all()) {
        if (measure.id == id)
            return measure;
    }
    return std::nullopt;
}

QList<Measure> Measures::offeredFor(const QString &indication)
{
    const bool autoinflammatory = RegimenRules::isAutoinflammatory(indication);
    QList<Measure> offered;
    for (const Measure &measure : all()) {
        if (!measure.autoinflammatoryOnly || autoinflammatory)
            offered.append(measure);
    }
    return offered;
}

QString Measures::displayName(const QString &id)
{
    if (id == QLatin1String("pain"))
        return tr("Pain (0–10)");
    if (id == QLatin1String("fatigue"))
        return tr("Tiredness (0–10)");
    if (id == QLatin1String("stiffness-min"))
        return tr("Morning stiffness (minutes)");
    if (id == QLatin1String("fever-c"))
        return tr("Temperature");
    if (id == QLatin1String("patient-global"))
        return tr("Overall, how are you? (0 very well – 10 very poorly)");
    if (id == QLatin1String("rash"))
        return tr("Rash");
    if (id == QLatin1String("headache"))
        return tr("Headache");
    if (id == QLatin1String("joint-pain"))
        return tr("Joint pain");
    if (id == QLatin1String("eye-redness"))
        return tr("Red eyes");
    if (id == QLatin1String("overall-symptoms"))
        return tr("Unwell with the disease today");
    if (id == QLatin1String("abdominal-pain"))
        return tr("Tummy (abdominal) pain");
    if (id == QLatin1String("nausea-vomiting"))
        return tr("Nausea or vomiting");
    if (id == QLatin1String("diarrhoea"))
        return tr("Diarrhoea");
    if (id == QLatin1String("chest-pain"))
        return tr("Chest pain");
    if (id == QLatin1String("painful-lymph-nodes"))
        return tr("Painful lymph nodes (glands)");
    if (id == QLatin1String("muscle-pain"))
        return tr("Muscle pain");
    if (id == QLatin1String("joint-swelling"))
        return tr("Swollen joints");
    return id;
}

QString Measures::shortName(const QString &id)
{
    if (id == QLatin1String("pain"))
        return tr("Pain");
    if (id == QLatin1String("fatigue"))
        return tr("Tiredness");
    if (id == QLatin1String("stiffness-min"))
        return tr("Morning stiffness");
    if (id == QLatin1String("fever-c"))
        return tr("Temperature");
    if (id == QLatin1String("patient-global"))
        return tr("Patient global");
    if (id == QLatin1String("overall-symptoms"))
        return tr("Unwell (overall)");
    if (id == QLatin1String("abdominal-pain"))
        return tr("Abdominal pain");
    if (id == QLatin1String("painful-lymph-nodes"))
        return tr("Painful lymph nodes");
    return displayName(id);
}

Status Measures::check(const QString &id, double value)
{
    const auto measure = find(id);
    if (!measure) {
        QStringList ids;
        for (const Measure &known : all())
            ids << known.id;
        return fail(Error::rejected(
            QStringLiteral("unknown-measure"),
            tr("Unknown measure \"%1\"; use one of: %2.").arg(id, ids.join(QStringLiteral(", ")))));
    }
    const bool whole = measure->decimals == 0;
    if (!std::isfinite(value) || value < measure->min || value > measure->max ||
        (whole && value != std::floor(value))) {
        const QString range = measure->kind == Measure::Kind::YesNo
                                  ? tr("0 (no) or 1 (yes)")
                                  : tr("%1 to %2%3")
                                        .arg(measure->min, 0, 'f', measure->decimals)
                                        .arg(measure->max, 0, 'f', measure->decimals)
                                        .arg(whole ? tr(", whole numbers") : QString());
        return fail(Error::rejected(
            QStringLiteral("invalid-value"),
            tr("%1 = %2 is out of range; it must be %3.").arg(id).arg(value).arg(range)));
    }
    return {};
}

} // namespace shotbook
