#include "DemoTimeline.h"

#include "regimen/DoseCalculator.h"
#include "regimen/RegimenRepository.h"
#include "regimen/Schedule.h"
#include "sites/Zones.h"

#include <QMap>

#include <cmath>

namespace shotbook {

namespace {

constexpr double Pi = 3.14159265358979323846;

// Per day of the span: what kind of day it is.
struct Calendar
{
    QList<bool> holiday;
    QList<bool> hospital;
    QList<bool> paused;
};

Calendar calendarOf(const DemoPlan &plan)
{
    const auto days = static_cast<qsizetype>(plan.span.days());
    Calendar calendar{QList<bool>(days, false), QList<bool>(days, false), QList<bool>(days, false)};
    const auto mark = [&](QList<bool> &flags, const QList<DateRange> &ranges) {
        for (const DateRange &range : ranges) {
            for (QDate day = range.from; day <= range.to; day = day.addDays(1)) {
                const qint64 i = plan.span.from.daysTo(day);
                if (i >= 0 && i < days)
                    flags[i] = true;
            }
        }
    };
    mark(calendar.holiday, plan.holidays);
    mark(calendar.hospital, plan.hospital);
    mark(calendar.paused, plan.paused);
    return calendar;
}

// The rotation rule as a patient follows it most of the time: the enabled
// zone without an open reaction used longest ago (never used first, ties in
// canonical order); now and then another one.
class Rotator
{
public:
    explicit Rotator(const QStringList &disabled)
    {
        for (const QString &zone : Zones::ids()) {
            if (!disabled.contains(zone))
                m_zones.append(zone);
        }
        m_lastUsed = QList<QDateTime>(m_zones.size());
        m_soreUntil = QList<QDateTime>(m_zones.size());
    }

    int choose(const QDateTime &at, DemoRandom &random) const
    {
        QList<int> usable;
        for (int i = 0; i < m_zones.size(); ++i) {
            if (!m_soreUntil.at(i).isValid() || m_soreUntil.at(i) < at)
                usable.append(i);
        }
        if (usable.isEmpty())
            usable.append(0);
        if (random.chance(0.15))
            return random.pick(usable);
        int best = usable.constFirst();
        for (const int i : usable) {
            if (!m_lastUsed.at(i).isValid()) {
                if (m_lastUsed.at(best).isValid())
                    best = i;
                continue;
            }
            if (m_lastUsed.at(best).isValid() && m_lastUsed.at(i) < m_lastUsed.at(best))
                best = i;
        }
        return best;
    }
    void use(int zone, const QDateTime &at) { m_lastUsed[zone] = at; }
    void sore(int zone, const QDateTime &until) { m_soreUntil[zone] = until; }
    const QString &id(int zone) const { return m_zones.at(zone); }

private:
    QStringList m_zones;
    QList<QDateTime> m_lastUsed;
    QList<QDateTime> m_soreUntil;
};

struct Flares
{
    QList<double> boost; // added to the day's disease activity
    int count = 0;

    void add(qint64 start, int length, double height)
    {
        for (int d = 0; d < length; ++d) {
            const qint64 i = start + d;
            if (i < 0 || i >= boost.size())
                continue;
            // Up at once, easing off towards the end.
            const double shape = 1.0 - 0.5 * d / std::max(1, length - 1);
            boost[i] = std::min(1.0, boost.at(i) + height * shape);
        }
        ++count;
    }
};

double clamp(double value, double low, double high)
{
    return std::max(low, std::min(high, value));
}

// The disease's own level without flares, 0 (quiet) to 1, smoothed so that a
// change of dose acts over a few days.
QList<double> baselineOf(const DemoPlan &plan, DemoRandom &random)
{
    const auto days = static_cast<qsizetype>(plan.span.days());
    QList<double> base(days);
    double level = plan.isChild() ? 0.9 : 0.7;
    for (qsizetype i = 0; i < days; ++i) {
        const QDate day = plan.span.from.addDays(i);
        const auto regimen = regimenOn(plan.regimens, day);
        double target = 0.5;
        if (plan.isChild()) {
            const double age = plan.ageYears(day);
            double perKg = regimen && regimen->mgPerKgPerDay ? *regimen->mgPerKgPerDay : 0;
            // A bigger child needs less per kg for the same control.
            perKg *= 1.0 + clamp(0.1 * (age - 12.0), 0, 0.5);
            target = clamp(0.95 - 0.28 * (perKg - 1.0), 0.04, 0.95);
            if (age > 8.3 && age < 9.0 + 4.0 / 365.25)
                target += 0.22 * (age - 8.3) / 0.7; // the growth spurt before the step-up
        } else {
            target = 0.17 + 0.05 * std::sin(2 * Pi * day.dayOfYear() / 365.25 + 1.2);
            if (regimen && regimen->everyDays == 2)
                target += 0.08;
        }
        level += (target - level) * (plan.isChild() ? 0.18 : 0.05);
        base[i] = clamp(level + random.normal(0, 0.03), 0, 1);
    }
    return base;
}

void addDiaryDay(DemoRecord &record, const DemoPlan &plan, const QDate &day, double activity,
                 bool feverish, DemoRandom &random)
{
    // The diary's order: by measure id within the day, as the repository reads it.
    QMap<QString, double> values;
    if (!plan.isChild()) {
        values.insert(QStringLiteral("pain"),
                      clamp(std::round(10 * activity + random.normal(0, 0.7)), 0, 10));
        values.insert(QStringLiteral("fatigue"),
                      clamp(std::round(2 + 7 * activity + random.normal(0, 1.0)), 0, 10));
        values.insert(
            QStringLiteral("stiffness-min"),
            clamp(5 * std::round((15 + 180 * activity + random.normal(0, 12)) / 5), 0, 1440));
        values.insert(QStringLiteral("patient-global"),
                      clamp(std::round(9 * activity + random.normal(0, 0.8)), 0, 10));
        if (activity > 0.45)
            values.insert(QStringLiteral("joint-pain"), 1);
        if (feverish)
            values.insert(QStringLiteral("fever-c"),
                          std::round(random.between(38.0, 38.9) * 10) / 10);
    } else {
        // A parent's daily AIDAI diary: the temperature, how the child is, and
        // each symptom seen that day.
        const bool fever = feverish || random.chance(clamp((activity - 0.3) * 1.1, 0, 0.9));
        values.insert(
            QStringLiteral("fever-c"),
            std::round((fever ? random.between(38.0, 39.8) : random.between(36.4, 37.4)) * 10) /
                10);
        const double drive = clamp((activity - 0.15) * 1.5, 0, 1);
        values.insert(QStringLiteral("overall-symptoms"),
                      activity > 0.45 || random.chance(drive * 0.6) ? 1 : 0);
        static const QList<std::pair<const char *, double>> items = {{"rash", 0.9},
                                                                     {"headache", 0.45},
                                                                     {"joint-pain", 0.45},
                                                                     {"eye-redness", 0.4},
                                                                     {"muscle-pain", 0.2},
                                                                     {"joint-swelling", 0.18},
                                                                     {"painful-lymph-nodes", 0.1},
                                                                     {"abdominal-pain", 0.1},
                                                                     {"nausea-vomiting", 0.08},
                                                                     {"diarrhoea", 0.04},
                                                                     {"chest-pain", 0.02}};
        for (const auto &[id, propensity] : items) {
            if (random.chance(propensity * drive))
                values.insert(QString::fromLatin1(id), 1);
        }
    }
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        record.diary.append({day, it.key(), it.value()});
}

bool isFeverish(const DemoPlan &plan, const QDate &day)
{
    for (const Infection &infection : plan.infections) {
        if (day >= infection.started && day <= infection.started.addDays(2))
            return true;
    }
    return false;
}

} // namespace

DemoRecord DemoTimeline::play(const DemoPlan &plan, const QDateTime &now, DemoRandom &random)
{
    DemoRecord record;
    const Calendar calendar = calendarOf(plan);
    const auto days = static_cast<qsizetype>(plan.span.days());
    Flares flares{QList<double>(days, 0.0), 0};
    Rotator rotator(plan.disabledZones);
    static const QStringList reactionKinds = {
        QStringLiteral("redness"), QStringLiteral("redness"), QStringLiteral("swelling"),
        QStringLiteral("itching"), QStringLiteral("pain"),    QStringLiteral("bruising")};

    // The dose of each day, as the regimen in force and the latest weight give it.
    QMap<QDate, double> doseCache;
    const auto doseOn = [&](const QDate &day, const Regimen &regimen) -> std::optional<double> {
        if (const auto it = doseCache.constFind(day); it != doseCache.constEnd())
            return *it;
        std::optional<double> kg;
        for (const Weight &weight : plan.weights) {
            if (weight.measuredOn <= day)
                kg = weight.kg;
        }
        const auto dose = DoseCalculator::calculate(regimen, kg);
        if (!dose)
            return std::nullopt;
        doseCache.insert(day, dose->perDoseMg);
        return dose->perDoseMg;
    };

    QDateTime previous;
    const QList<Slot> slots = dueSlots(plan.regimens, plan.span.from, plan.span.to);
    for (const Slot &slot : slots) {
        if (slot.due > now)
            break;
        const QDate day = slot.due.toLocalTime().date();
        const qint64 index = plan.span.from.daysTo(day);
        const auto regimen = regimenOn(plan.regimens, day);
        if (!regimen)
            continue;
        const qint64 interval = regimen->intervalSecs();
        const double age = plan.ageYears(day);
        double rate = plan.missRate;
        if (plan.isChild() && age >= 13 && age < 18)
            rate = 0.055; // teenage years
        if (calendar.holiday.at(index))
            rate = std::max(rate * 5, 0.1);
        bool missed =
            calendar.hospital.at(index) || calendar.paused.at(index) || random.chance(rate);

        QDateTime at;
        if (!missed) {
            const double quarter = static_cast<double>(interval) / 4.0 - 60;
            double offset = random.normal(calendar.holiday.at(index) ? 3600 : 0,
                                          calendar.holiday.at(index) ? 2700 : 1200);
            if (random.chance(0.04))
                offset = random.between(5400, quarter); // remembered much later
            offset = clamp(offset, -quarter, quarter);
            at = slot.due.addSecs(static_cast<qint64>(std::round(offset / 60)) * 60);
            if (previous.isValid() && previous.secsTo(at) < interval / 2 + 300)
                at = previous.addSecs(interval / 2 + 300);
            if (at > slot.due.addSecs(slot.halfWindowSecs - 60) || at > now)
                missed = true;
        }
        if (missed) {
            ++record.missedDoses;
            // No anakinra for a day or so: the disease comes back.
            const double chance = plan.isChild() ? 0.55 : 0.3;
            if (random.chance(chance))
                flares.add(index + (plan.isChild() ? random.integer(0, 1) : random.integer(1, 2)),
                           plan.isChild() ? random.integer(2, 4) : random.integer(3, 7),
                           random.between(0.35, 0.65));
            continue;
        }
        const auto dose = doseOn(day, *regimen);
        if (!dose)
            continue;
        Injection injection;
        injection.at = at.toUTC();
        injection.doseMg = *dose;
        const int zone = rotator.choose(at, random);
        injection.site = rotator.id(zone);
        injection.spot = QPointF(std::round(random.between(0.2, 0.8) * 100) / 100,
                                 std::round(random.between(0.2, 0.8) * 100) / 100);
        if (plan.isChild())
            injection.givenBy = age >= 12            ? QString()
                                : random.chance(0.6) ? QStringLiteral("Mum")
                                                     : QStringLiteral("Dad");
        if (slot.due.secsTo(at) > 7200)
            injection.note = QStringLiteral("Late: forgot, remembered later.");
        else if (calendar.holiday.at(index) && random.chance(0.05))
            injection.note = QStringLiteral("On holiday; kept in the cool bag.");
        injection.createdAt = injection.at.addSecs(random.integer(0, 20) * 60);
        rotator.use(zone, at);
        previous = at;

        // Reactions are most common in the first weeks.
        const qint64 since = plan.span.from.daysTo(day);
        const double reactionChance = since < 28 ? 0.22 : since < 60 ? 0.04 : 0.004;
        if (random.chance(reactionChance)) {
            SiteReaction reaction;
            reaction.zone = injection.site;
            reaction.kind = random.pick(reactionKinds);
            const double roll = random.uniform();
            reaction.severity = roll < 0.75 ? 1 : roll < 0.97 ? 2 : 3;
            reaction.startedAt = at.addSecs(random.integer(2, 8) * 3600).toUTC();
            const QDateTime resolved = reaction.startedAt.addDays(
                reaction.severity == 3 ? random.integer(7, 14) : random.integer(1, 7));
            if (resolved <= now)
                reaction.resolvedAt = resolved;
            reaction.createdAt = reaction.startedAt.addSecs(1800);
            rotator.sore(zone, resolved);
            record.reactions.append({reaction, record.injections.size()});
        }
        record.injections.append(injection);
    }

    // Flares that come on their own, a few a year.
    for (qsizetype i = 30; i < days; ++i) {
        if (random.chance((plan.isChild() ? 2.0 : 3.0) / 365.25))
            flares.add(i, random.integer(2, 6), random.between(0.3, 0.6));
    }
    record.flares = flares.count;

    const QList<double> base = baselineOf(plan, random);
    const QDate today = now.toLocalTime().date();
    for (qsizetype i = 0; i < days; ++i) {
        const QDate day = plan.span.from.addDays(i);
        if (day > today || calendar.hospital.at(i))
            continue;
        const double age = plan.ageYears(day);
        // A parent keeps the AIDAI diary nearly every day; a teenager less so.
        const double keeps = !plan.isChild() ? 0.86 : age < 12 ? 0.985 : 0.9;
        if (!random.chance(keeps))
            continue;
        const double activity =
            clamp(base.at(i) + flares.boost.at(i) + random.normal(0, 0.04), 0, 1);
        addDiaryDay(record, plan, day, activity, isFeverish(plan, day), random);
    }
    return record;
}

} // namespace shotbook
