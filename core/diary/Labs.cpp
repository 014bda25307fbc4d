#include "Labs.h"

#include <cmath>

namespace shotbook {

const QList<Analyte> &Labs::analytes()
{
    static const QList<Analyte> all = {
        {QStringLiteral("anc"), QStringLiteral("10⁹/L"), 100},
        {QStringLiteral("platelets"), QStringLiteral("10⁹/L"), 3000},
        {QStringLiteral("alt"), QStringLiteral("U/L"), 10000},
        {QStringLiteral("ast"), QStringLiteral("U/L"), 10000},
        {QStringLiteral("crp"), QStringLiteral("mg/L"), 1000},
        {QStringLiteral("crcl"), QStringLiteral("mL/min"), 300},
    };
    return all;
}

std::optional<Analyte> Labs::find(const QString &id)
{
    for (const Analyte &analyte : analytes()) {
        if (analyte.id == id)
            return analyte;
    }
    return std::nullopt;
}

QString Labs::displayName(const QString &id)
{
    if (id == QLatin1String("anc"))
        return tr("Neutrophils (ANC)");
    if (id == QLatin1String("platelets"))
        return tr("Platelets");
    if (id == QLatin1String("alt"))
        return tr("ALT (liver)");
    if (id == QLatin1String("ast"))
        return tr("AST (liver)");
    if (id == QLatin1String("crp"))
        return tr("CRP (inflammation)");
    if (id == QLatin1String("crcl"))
        return tr("Creatinine clearance (kidneys)");
    return id;
}

Status Labs::check(const QString &id, double value)
{
    const auto analyte = find(id);
    if (!analyte) {
        QStringList ids;
        for (const Analyte &known : analytes())
            ids << known.id;
        return fail(Error::rejected(
            QStringLiteral("unknown-analyte"),
            tr("Unknown analyte \"%1\"; use one of: %2.").arg(id, ids.join(QStringLiteral(", ")))));
    }
    if (!std::isfinite(value) || value < 0 || value > analyte->max)
        return fail(Error::rejected(QStringLiteral("invalid-value"),
                                    tr("%1 = %2 %3 is out of range; it must be from 0 to %4 %3.")
                                        .arg(id)
                                        .arg(value)
                                        .arg(analyte->unit)
                                        .arg(analyte->max)));
    return {};
}

std::optional<Warning> Labs::flag(const QString &analyte, double value)
{
    if (analyte == QLatin1String("anc") && value < LowNeutrophils)
        return Warning{QStringLiteral("low-neutrophils"),
                       tr("Neutrophils %1 × 10⁹/L are below %2: the risk of infection is higher. "
                          "Tell your doctor before the next injection.")
                           .arg(value)
                           .arg(LowNeutrophils)};
    return std::nullopt;
}

QList<QDate> Labs::schedule(const QDate &start)
{
    return {start,
            start.addMonths(1),
            start.addMonths(2),
            start.addMonths(3),
            start.addMonths(6),
            start.addMonths(9),
            start.addMonths(12)};
}

std::optional<QDate> Labs::nextDue(const QDate &start, const QList<QDate> &ancTests)
{
    const QList<QDate> due = schedule(start);
    // Each test counts for one due date only: the earliest it fits, closest first.
    QList<bool> used(ancTests.size(), false);
    QList<bool> met(due.size(), false);
    for (qsizetype i = 0; i < due.size(); ++i) {
        const QDate date = due.at(i);
        qsizetype best = -1;
        for (qsizetype t = 0; t < ancTests.size(); ++t) {
            if (used.at(t))
                continue;
            const QDate test = ancTests.at(t);
            const bool fits = i == 0 ? (test <= date && test.daysTo(date) <= 30)
                                     : qAbs(test.daysTo(date)) <= ToleranceDays;
            if (fits &&
                (best < 0 || qAbs(test.daysTo(date)) < qAbs(ancTests.at(best).daysTo(date))))
                best = t;
        }
        if (best >= 0) {
            used[best] = true;
            met[i] = true;
        }
    }
    // The first date not met, unless a later one was (then the schedule has
    // moved on past the missed test).
    for (qsizetype i = 0; i < due.size(); ++i) {
        if (met.at(i))
            continue;
        bool laterMet = false;
        for (qsizetype j = i + 1; j < due.size(); ++j)
            laterMet = laterMet || met.at(j);
        if (!laterMet)
            return due.at(i);
    }
    return std::nullopt;
}

} // namespace shotbook
