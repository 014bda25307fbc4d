#include "TimeText.h"

#include "common/LocaleFormat.h"

#include <QLocale>
#include <QRegularExpression>

namespace shotbook::ui {

QString TimeText::dueTime(const QDateTime &when, const QDateTime &now)
{
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QString time = shotbook::locale::shortTime(local.time());
    if (local.date() == today)
        return tr("today at %1").arg(time);
    if (local.date() == today.addDays(1))
        return tr("tomorrow at %1").arg(time);
    if (local.date() == today.addDays(-1))
        return tr("yesterday at %1").arg(time);
    return tr("on %1 at %2").arg(locale.toString(local.date(), QLocale::ShortFormat), time);
}

QString TimeText::span(qint64 secs)
{
    secs = qAbs(secs);
    const qint64 minutes = (secs + 59) / 60;
    if (minutes < 60)
        return tr("%n min", nullptr, static_cast<int>(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48) {
        const qint64 rest = minutes % 60;
        return rest == 0 ? tr("%n h", nullptr, static_cast<int>(hours))
                         : tr("%1 h %2 min").arg(hours).arg(rest);
    }
    return tr("%n day(s)", nullptr, static_cast<int>(hours / 24));
}

QString TimeText::sentence(const QString &text)
{
    // Two full stops, not three (an ellipsis written with dots stays).
    static const QRegularExpression doubled(QStringLiteral("(?<!\\.)\\.\\.(?!\\.)"));
    QString result = text;
    result.replace(doubled, QStringLiteral("."));
    return result;
}

QString TimeText::time(const QDateTime &when)
{
    return shotbook::locale::shortTime(when.toLocalTime().time());
}

QString TimeText::age(const QDate &birth, const QDate &today)
{
    int months = (today.year() - birth.year()) * 12 + today.month() - birth.month();
    if (today.day() < birth.day())
        --months;
    if (months < 1) {
        const qint64 days = qMax<qint64>(0, birth.daysTo(today));
        if (days < 14)
            return tr("%n day(s) old", nullptr, static_cast<int>(days));
        return tr("%n week(s) old", nullptr, static_cast<int>(days / 7));
    }
    if (months < 24)
        return tr("%n month(s) old", nullptr, months);
    return tr("%n year(s) old", nullptr, months / 12);
}

} // namespace shotbook::ui
