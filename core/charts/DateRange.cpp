#include "DateRange.h"

#include <cmath>

namespace shotbook::chartTime {

double ofDay(const QDate &day)
{
    return static_cast<double>(QDateTime(day, QTime(12, 0), Qt::LocalTime).toMSecsSinceEpoch());
}

double ofInstant(const QDateTime &instant)
{
    return static_cast<double>(instant.toMSecsSinceEpoch());
}

QDate dayOf(double msecs)
{
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(std::llround(msecs)), Qt::LocalTime)
        .date();
}

} // namespace shotbook::chartTime
