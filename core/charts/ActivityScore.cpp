#include "ActivityScore.h"

#include "TimeBuckets.h"

namespace shotbook {

namespace {

const QString FeverMeasure = QStringLiteral("fever-c");

} // namespace

bool MonthActivity::isActive() const
{
    return score >= ActivityScore::ActiveCutOff;
}

const QList<ActivityItem> &ActivityScore::items()
{
    static const QList<ActivityItem> all = {
        {QStringLiteral("fever"), {}, true},
        {QStringLiteral("overall-symptoms"), {QStringLiteral("overall-symptoms")}},
        {QStringLiteral("abdominal-pain"), {QStringLiteral("abdominal-pain")}},
        {QStringLiteral("nausea-vomiting"), {QStringLiteral("nausea-vomiting")}},
        {QStringLiteral("diarrhoea"), {QStringLiteral("diarrhoea")}},
        {QStringLiteral("headache"), {QStringLiteral("headache")}},
        {QStringLiteral("chest-pain"), {QStringLiteral("chest-pain")}},
        {QStringLiteral("painful-lymph-nodes"), {QStringLiteral("painful-lymph-nodes")}},
        {QStringLiteral("joint-or-muscle-pain"),
         {QStringLiteral("joint-pain"), QStringLiteral("muscle-pain")}},
        {QStringLiteral("joint-swelling"), {QStringLiteral("joint-swelling")}},
        {QStringLiteral("eye-symptoms"), {QStringLiteral("eye-redness")}},
        {QStringLiteral("skin-rash"), {QStringLiteral("rash")}},
    };
    return all;
}

QString ActivityScore::displayName(const QString &itemId)
{
    if (itemId == QLatin1String("fever"))
        return tr("Fever (38 °C or more)");
    if (itemId == QLatin1String("overall-symptoms"))
        return tr("Overall symptoms");
    if (itemId == QLatin1String("abdominal-pain"))
        return tr("Abdominal pain");
    if (itemId == QLatin1String("nausea-vomiting"))
        return tr("Nausea or vomiting");
    if (itemId == QLatin1String("diarrhoea"))
        return tr("Diarrhoea");
    if (itemId == QLatin1String("headache"))
        return tr("Headache");
    if (itemId == QLatin1String("chest-pain"))
        return tr("Chest pain");
    if (itemId == QLatin1String("painful-lymph-nodes"))
        return tr("Painful lymph nodes");
    if (itemId == QLatin1String("joint-or-muscle-pain"))
        return tr("Joint or muscle pain");
    if (itemId == QLatin1String("joint-swelling"))
        return tr("Joint swelling");
    if (itemId == QLatin1String("eye-symptoms"))
        return tr("Eye symptoms");
    if (itemId == QLatin1String("skin-rash"))
        return tr("Skin rash");
    return itemId;
}

const QStringList &ActivityScore::measures()
{
    static const QStringList all = [] {
        QStringList ids{FeverMeasure};
        for (const ActivityItem &item : items())
            ids << item.measures;
        return ids;
    }();
    return all;
}

int ActivityScore::dayScore(const QList<DiaryValue> &dayValues)
{
    const auto yes = [&dayValues](const QString &measure) {
        for (const DiaryValue &value : dayValues) {
            if (value.measure == measure && value.value >= 1.0)
                return true;
        }
        return false;
    };
    int score = 0;
    for (const ActivityItem &item : items()) {
        bool answered = false;
        if (item.fromTemperature) {
            for (const DiaryValue &value : dayValues)
                answered =
                    answered || (value.measure == FeverMeasure && value.value >= FeverCelsius);
        }
        for (const QString &measure : item.measures)
            answered = answered || yes(measure);
        if (answered)
            ++score;
    }
    return score;
}

QList<MonthActivity> ActivityScore::monthly(const QList<DiaryValue> &values, const DateRange &range)
{
    QList<MonthActivity> months;
    const QList<TimeBuckets::Bucket> buckets =
        TimeBuckets::covering(range, TimeBuckets::Size::Month);
    for (const TimeBuckets::Bucket &bucket : buckets)
        months.append({bucket.start, bucket.covered, 0, 0, bucket.start.daysInMonth()});

    // One day at a time: values arrive in day order.
    QList<DiaryValue> day;
    const auto closeDay = [&]() {
        if (day.isEmpty())
            return;
        const qsizetype index = TimeBuckets::indexOf(buckets, day.constFirst().day);
        if (index >= 0) {
            months[index].score += dayScore(day);
            ++months[index].daysRecorded;
        }
        day.clear();
    };
    for (const DiaryValue &value : values) {
        if (!measures().contains(value.measure))
            continue;
        if (!day.isEmpty() && day.constFirst().day != value.day)
            closeDay();
        day.append(value);
    }
    closeDay();
    return months;
}

} // namespace shotbook
