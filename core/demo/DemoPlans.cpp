#include "DemoPlans.h"

#include "diary/Labs.h"

#include <cmath>

namespace shotbook {

namespace {

double rounded(double value, double step)
{
    return std::round(value / step) * step;
}

Regimen regimen(const QDate &start, const QString &indication)
{
    Regimen r;
    r.start = start;
    r.indication = indication;
    return r;
}

void addRegimen(DemoPlan &plan, Regimen r)
{
    if (r.start > plan.span.to)
        return;
    r.id = plan.regimens.size() + 1;
    plan.regimens.append(r);
}

// A trip or two a year; none in the first two months of treatment.
void addHolidays(DemoPlan &plan, DemoRandom &random)
{
    for (int year = plan.span.from.year(); year <= plan.span.to.year(); ++year) {
        const QDate summer = QDate(year, 7, 1).addDays(random.integer(0, 50));
        const QDate other =
            QDate(year, random.chance(0.5) ? 4 : 10, 1).addDays(random.integer(0, 25));
        for (const auto &[start, length] :
             {std::pair{summer, random.integer(10, 16)}, std::pair{other, random.integer(5, 9)}}) {
            const DateRange trip{start, start.addDays(length - 1)};
            if (trip.from > plan.span.from.addDays(60) && trip.to < plan.span.to)
                plan.holidays.append(trip);
        }
    }
}

void addMedicine(DemoPlan &plan, const char *name, const QDate &started,
                 std::optional<QDate> stopped, const char *note = "")
{
    if (started > plan.span.to)
        return;
    if (stopped && *stopped > plan.span.to)
        stopped.reset();
    Medicine medicine;
    medicine.name = QString::fromUtf8(name);
    medicine.started = started;
    medicine.stopped = stopped;
    medicine.note = QString::fromUtf8(note);
    plan.medicines.append(medicine);
}

void addSideEffect(DemoPlan &plan, const QString &term, const QString &severity, const QDate &onset,
                   int days, std::optional<QDateTime> acknowledged = {})
{
    if (onset > plan.span.to)
        return;
    SideEffect effect;
    effect.term = term;
    effect.severity = severity;
    effect.onset = onset;
    const QDate resolved = onset.addDays(days);
    if (resolved <= plan.span.to)
        effect.resolved = resolved;
    plan.sideEffects.append(effect);
    plan.acknowledged.append(acknowledged);
}

void addInfection(DemoPlan &plan, const QString &description, const QDate &started, int days,
                  bool doctorTold)
{
    if (started > plan.span.to)
        return;
    Infection infection;
    infection.description = description;
    infection.started = started;
    if (const QDate ended = started.addDays(days); ended <= plan.span.to)
        infection.ended = ended;
    infection.doctorTold = doctorTold;
    plan.infections.append(infection);
}

void addLab(DemoPlan &plan, const char *analyte, double value, const QDate &day)
{
    if (day > plan.span.to)
        return;
    LabResult lab;
    lab.analyte = QString::fromLatin1(analyte);
    lab.value = value;
    lab.takenOn = day;
    plan.labs.append(lab);
}

// The neutrophil counts of the label's schedule (a few days early or late),
// then routine blood tests every `everyMonths`.
void addMonitoring(DemoPlan &plan, DemoRandom &random, int everyMonths, bool child)
{
    const QDate start = plan.span.from;
    for (const QDate &due : Labs::schedule(start)) {
        const QDate day = due == start ? start.addDays(-random.integer(3, 10))
                                       : due.addDays(random.integer(-5, 5));
        addLab(plan, "anc", rounded(random.between(2.2, 5.5), 0.1), day);
        addLab(plan, "crp", rounded(random.between(1, child ? 12 : 8), 0.1), day);
    }
    bool lowDone = false;
    for (QDate due = start.addYears(1).addMonths(everyMonths); due <= plan.span.to;
         due = due.addMonths(everyMonths)) {
        const QDate day = due.addDays(random.integer(-10, 10));
        // Once in a while a low count, rechecked two weeks later.
        if (!lowDone && random.chance(0.08)) {
            lowDone = true;
            addLab(plan, "anc", rounded(random.between(1.1, 1.45), 0.05), day);
            addLab(plan, "anc", rounded(random.between(1.9, 2.8), 0.1), day.addDays(14));
        } else {
            addLab(plan, "anc", rounded(random.between(2.0, 6.0), 0.1), day);
        }
        addLab(plan, "crp", rounded(random.between(0.5, child ? 10 : 6), 0.1), day);
        addLab(plan, "alt", std::round(random.between(12, 38)), day);
        addLab(plan, "platelets", std::round(random.between(180, 380)), day);
    }
}

// Red flags: told to stop until it is gone.
void addRedFlags(DemoPlan &plan, DemoRandom &random, const QStringList &terms, double perYear)
{
    const qint64 days = plan.span.days();
    int count = random.poisson(perYear * static_cast<double>(days) / 365.25);
    if (count == 0 && days >= 2 * 365)
        count = 1; // a long record has at least one
    for (int i = 0; i < count; ++i) {
        const QDate onset = plan.span.from.addDays(random.integer(90, static_cast<int>(days) - 10));
        const int length = random.integer(2, 5);
        const QDateTime seen(onset, QTime(random.integer(18, 21), random.integer(0, 59)),
                             Qt::LocalTime);
        addSideEffect(plan, random.pick(terms),
                      random.chance(0.5) ? QStringLiteral("severe") : QStringLiteral("moderate"),
                      onset, length, seen);
        plan.paused.append({onset, onset.addDays(length - 1)});
    }
}

// Common side effects of the label, a few a year.
void addCommonSideEffects(DemoPlan &plan, DemoRandom &random, double perYear)
{
    static const QStringList terms = {QStringLiteral("headache"),  QStringLiteral("nausea"),
                                      QStringLiteral("diarrhoea"), QStringLiteral("common cold"),
                                      QStringLiteral("headache"),  QStringLiteral("joint pain")};
    const int count = random.poisson(perYear * static_cast<double>(plan.span.days()) / 365.25);
    for (int i = 0; i < count; ++i) {
        const QDate onset =
            plan.span.from.addDays(random.integer(1, static_cast<int>(plan.span.days()) - 1));
        addSideEffect(plan, random.pick(terms),
                      random.chance(0.8) ? QStringLiteral("mild") : QStringLiteral("moderate"),
                      onset, random.integer(1, 6));
    }
    // The injection-site reactions of the first weeks, as the patient notes them.
    addSideEffect(plan, QStringLiteral("injection site reaction"), QStringLiteral("mild"),
                  plan.span.from.addDays(random.integer(3, 9)), random.integer(14, 24));
}

// The median weight for the age (WHO to two years, then CDC), in kg.
double medianWeight(double ageYears)
{
    static const QList<std::pair<double, double>> curve = {
        {0.0, 3.4},   {0.25, 6.0},  {0.5, 7.6},   {1.0, 9.4},   {1.5, 10.8},  {2.0, 12.0},
        {3.0, 14.0},  {4.0, 16.0},  {5.0, 18.2},  {6.0, 20.5},  {7.0, 23.0},  {8.0, 25.5},
        {9.0, 28.5},  {10.0, 32.0}, {11.0, 36.0}, {12.0, 40.0}, {13.0, 45.0}, {14.0, 50.0},
        {15.0, 55.0}, {16.0, 59.0}, {17.0, 62.0}, {18.0, 64.0}, {20.0, 66.0}, {60.0, 68.0},
    };
    for (qsizetype i = 1; i < curve.size(); ++i) {
        if (ageYears <= curve.at(i).first) {
            const auto &[a0, w0] = curve.at(i - 1);
            const auto &[a1, w1] = curve.at(i);
            return w0 + (w1 - w0) * (ageYears - a0) / (a1 - a0);
        }
    }
    return curve.constLast().second;
}

} // namespace

DemoPlan DemoPlans::adultRheumatoid(const QString &name, const DateRange &span, DemoRandom &random)
{
    DemoPlan plan;
    plan.kind = DemoPlan::Kind::AdultRheumatoid;
    plan.name = name;
    plan.span = span;
    plan.birth = QDate(span.from.year() - random.integer(38, 50), random.integer(1, 12),
                       random.integer(1, 28));
    plan.missRate = 0.025;
    // Self-injected: abdomen and thighs; arms and buttocks need a helper.
    plan.disabledZones = {QStringLiteral("arm-left"), QStringLiteral("arm-right"),
                          QStringLiteral("buttock-left"), QStringLiteral("buttock-right")};

    const qint64 days = span.days();
    Regimen first = regimen(span.from, QStringLiteral("ra"));
    first.dailyMg = 100;
    first.times = {QTime(8, 0)};
    first.prescriber = QStringLiteral("Dr. A. Weber");
    first.note = QStringLiteral("Started after etanercept stopped working; with methotrexate.");
    addRegimen(plan, first);
    if (days >= 3 * 365) {
        Regimen earlier = first;
        earlier.start = span.from.addDays(days * 55 / 100);
        earlier.times = {QTime(7, 30)};
        earlier.note = QStringLiteral("New job starts earlier: dose moved to 07:30.");
        addRegimen(plan, earlier);
    }
    if (days >= 2 * 365) {
        // Kidneys: every other day while the clearance is below 30 mL/min.
        const QDate low = span.from.addDays(days * 75 / 100);
        addLab(plan, "crcl", 26, low.addDays(-2));
        Regimen renal = first;
        renal.start = low;
        renal.everyDays = 2;
        renal.times = {QTime(7, 30)};
        renal.note = QStringLiteral("Creatinine clearance 26 mL/min: every other day, as the "
                                    "label says.");
        addRegimen(plan, renal);
        Regimen back = renal;
        back.start = low.addDays(91);
        back.everyDays = 1;
        back.note = QStringLiteral("Kidney function recovered (CrCl 52 mL/min): every day again.");
        addLab(plan, "crcl", 52, back.start.addDays(-3));
        addRegimen(plan, back);
    }

    // Weighed at the check-ups, every three months or so.
    const double base = random.between(64, 80);
    for (QDate day = span.from.addDays(-7); day <= span.to;
         day = day.addDays(random.integer(80, 100))) {
        const double years = static_cast<double>(span.from.daysTo(day)) / 365.25;
        const double kg = base + 0.15 * years + 1.5 * std::sin(years * 1.3) + random.normal(0, 0.5);
        plan.weights.append({0, day, rounded(kg, 0.1)});
    }

    addHolidays(plan, random);
    // A week in hospital with pneumonia: injections stopped until it cleared.
    for (qint64 offset = 200 + random.integer(0, 400); offset + 10 < days;
         offset += random.integer(5 * 365, 7 * 365)) {
        const QDate in = span.from.addDays(offset);
        plan.hospital.append({in, in.addDays(6)});
        addInfection(plan, QStringLiteral("Pneumonia (in hospital a week)"), in.addDays(-2), 16,
                     true);
    }
    static const QList<std::pair<QString, int>> infections = {
        {QStringLiteral("Urinary tract infection"), 7},
        {QStringLiteral("Bronchitis"), 14},
        {QStringLiteral("Cold sore"), 8},
        {QStringLiteral("Sinusitis"), 10},
        {QStringLiteral("Gastroenteritis"), 4}};
    const int count = random.poisson(1.1 * static_cast<double>(days) / 365.25);
    for (int i = 0; i < count; ++i) {
        const auto &[what, length] = random.pick(infections);
        addInfection(plan, what, span.from.addDays(random.integer(30, static_cast<int>(days) - 1)),
                     length + random.integer(-2, 3), random.chance(0.6));
    }
    addCommonSideEffects(plan, random, 2.5);
    addRedFlags(plan, random,
                {QStringLiteral("hives"), QStringLiteral("swollen lips"),
                 QStringLiteral("short of breath")},
                0.12);
    addMonitoring(plan, random, 6, false);
    for (QDate day = span.from.addYears(1); day <= span.to; day = day.addYears(1))
        addLab(plan, "crcl", std::round(random.between(68, 95)),
               day.addDays(random.integer(0, 30)));

    addMedicine(plan, "Etanercept (Enbrel)", span.from.addYears(-3), span.from.addDays(-14),
                "Stopped: no longer working.");
    addMedicine(plan, "Methotrexate 15 mg weekly", span.from.addYears(-5),
                days > 3 * 365 ? std::optional<QDate>(span.from.addDays(days * 40 / 100))
                               : std::nullopt);
    addMedicine(plan, "Folic acid 5 mg weekly", span.from.addYears(-5),
                days > 3 * 365 ? std::optional<QDate>(span.from.addDays(days * 40 / 100))
                               : std::nullopt);
    addMedicine(plan, "Ibuprofen 400 mg when needed", span.from.addYears(-2), std::nullopt);
    for (int year = span.from.year(); year <= span.to.year(); ++year)
        addMedicine(plan, "Influenza vaccine (inactivated)", QDate(year, 10, random.integer(5, 28)),
                    QDate(year, 10, 28), "Yearly flu jab; not a live vaccine.");
    return plan;
}

DemoPlan DemoPlans::childNomid(const QString &name, const DateRange &span, DemoRandom &random)
{
    DemoPlan plan;
    plan.kind = DemoPlan::Kind::ChildNomid;
    plan.name = name;
    plan.span = span;
    plan.birth = span.from.addDays(-random.integer(100, 140)); // about four months old
    plan.missRate = 0.012;

    // Weighed monthly as an infant, then less often; a child with NOMID is
    // often small for the age.
    const double factor = random.between(0.86, 0.95);
    for (QDate day = span.from.addDays(-2); day <= span.to;) {
        const double age = plan.ageYears(day);
        const double kg = medianWeight(age) * factor * (1.0 + random.normal(0, 0.012));
        plan.weights.append({0, day, kg < 10 ? rounded(kg, 0.05) : rounded(kg, 0.1)});
        day = day.addDays(age < 2 ? 30 : age < 6 ? 61 : 91);
    }

    const QString indication = QStringLiteral("nomid");
    const QString doctor = QStringLiteral("Dr. M. Keller, paediatric rheumatology");
    const auto weightBased = [&](int offset, double perKg, QList<QTime> times, const char *note) {
        Regimen r = regimen(span.from.addDays(offset), indication);
        r.mgPerKgPerDay = perKg;
        r.dosesPerDay = static_cast<int>(times.size());
        r.times = std::move(times);
        r.prescriber = doctor;
        r.note = QString::fromUtf8(note);
        // Infant doses are drawn up with a 1 mL syringe marked every 0.01 mL.
        r.stepMg = 1.5;
        r.minMg = 1.5;
        return r;
    };
    const QTime eight(8, 0);
    const QTime evening(20, 0);
    addRegimen(plan, weightBased(0, 1.5, {eight}, "Start low (label: 1–2 mg/kg/day)."));
    addRegimen(plan,
               weightBased(14, 2.5, {eight}, "Still rash and fever every day: up 1 mg/kg/day."));
    addRegimen(plan, weightBased(35, 3.5, {eight, evening},
                                 "Evening flares: up 1 mg/kg/day, split in two doses."));
    addRegimen(plan, weightBased(120, 4.0, {eight, evening}, "Up 0.5 mg/kg/day: now quiet."));
    addRegimen(plan, weightBased(3 * 365, 4.0, {QTime(7, 30)}, "Once a day again (kindergarten)."));
    Regimen prefilled = weightBased(6 * 365, 4.0, {QTime(7, 30)},
                                    "Dose now measured on the prefilled syringe's own marks.");
    prefilled.stepMg = Regimen::DefaultStepMg;
    prefilled.minMg = Regimen::DefaultMinMg;
    addRegimen(plan, prefilled);
    Regimen spurt = prefilled;
    spurt.start = span.from.addDays(9 * 365);
    spurt.mgPerKgPerDay = 5.0;
    spurt.note = QStringLiteral("Growth spurt, flares again: up 1 mg/kg/day.");
    addRegimen(plan, spurt);
    Regimen down = prefilled;
    down.start = span.from.addDays(14 * 365);
    down.mgPerKgPerDay = 3.5;
    down.note = QStringLiteral("Quiet for years: down to 3.5 mg/kg/day.");
    addRegimen(plan, down);

    addHolidays(plan, random);
    static const QList<std::pair<QString, int>> infections = {
        {QStringLiteral("Ear infection"), 7},   {QStringLiteral("Cold"), 6},
        {QStringLiteral("Gastroenteritis"), 4}, {QStringLiteral("Tonsillitis"), 8},
        {QStringLiteral("Conjunctivitis"), 6},  {QStringLiteral("Chickenpox"), 10}};
    for (QDate day = span.from; day <= span.to; day = day.addDays(1)) {
        const double perYear = plan.ageYears(day) < 6 ? 4.0 : 1.5;
        if (random.chance(perYear / 365.25)) {
            const auto &[what, length] = random.pick(infections);
            addInfection(plan, what, day, length + random.integer(-1, 3), random.chance(0.75));
        }
    }
    addCommonSideEffects(plan, random, 1.0);
    addRedFlags(plan, random, {QStringLiteral("hives"), QStringLiteral("swollen face")}, 0.1);
    addMonitoring(plan, random, 3, true);
    addMedicine(plan, "Paracetamol syrup when needed", span.from.addDays(-30), std::nullopt);
    addMedicine(plan, "Vitamin D drops", plan.birth.addDays(10), plan.birth.addYears(2));
    addMedicine(plan, "Ibuprofen when needed", plan.birth.addYears(2), std::nullopt);
    return plan;
}

} // namespace shotbook
