#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace shotbook::locale {

// Times of day and moments as people read them, in the user's locale, never
// with seconds (Qt's C locale writes "08:00:00"; a dose is due at 08:00).
QString timeFormat(const QLocale &locale = QLocale());
QString shortTime(const QTime &time, const QLocale &locale = QLocale());
QString shortDateTime(const QDateTime &moment, const QLocale &locale = QLocale()); // local time
QString shortDate(const QDate &date, const QLocale &locale = QLocale());

} // namespace shotbook::locale
