#include "LocaleFormat.h"

#include <QRegularExpression>

namespace shotbook::locale {

QString timeFormat(const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    // Drop the seconds and what separates them ("HH:mm:ss" → "HH:mm",
    // "h.mm.ss AP" → "h.mm AP").
    static const QRegularExpression seconds(QStringLiteral("[:.,]?\\s*ss?(?![a-zA-Z])"));
    format.remove(seconds);
    return format.trimmed();
}

QString shortTime(const QTime &time, const QLocale &locale)
{
    return locale.toString(time, timeFormat(locale));
}

QString shortDateTime(const QDateTime &moment, const QLocale &locale)
{
    const QDateTime local = moment.toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           shortTime(local.time(), locale);
}

QString shortDate(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, QLocale::ShortFormat);
}

} // namespace shotbook::locale
