#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace shotbook::ui {

// Times and spans as people read them, in the user's locale.
class TimeText final
{
    Q_DECLARE_TR_FUNCTIONS(TimeText)

public:
    // "today at 08:00", "tomorrow at 08:00", "on 24/11/2026 at 08:00".
    static QString dueTime(const QDateTime &when, const QDateTime &now);
    // "2 h 15 min", "40 min", "3 days".
    static QString span(qint64 secs);
    // A sentence with one full stop where an abbreviated span ends it
    // ("vor 2 Std." + "." is "vor 2 Std.", not "vor 2 Std..").
    static QString sentence(const QString &text);
    // A time of day in the locale's short form, without seconds ("08:00", "8:00 AM").
    static QString time(const QDateTime &when);
    // An age as people say it: "3 weeks old", "8 months old", "2 years old"
    // (months up to 2 years, for the weight-based doses of small children).
    static QString age(const QDate &birth, const QDate &today);
};

} // namespace shotbook::ui
