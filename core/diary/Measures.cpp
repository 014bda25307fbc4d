#include "Measures.h"

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
    return id;
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
