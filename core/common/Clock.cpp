#include "Clock.h"

namespace shotbook {

QDateTime SystemClock::now() const
{
    // The one place that reads the system time.
    return QDateTime::currentDateTimeUtc();
}

} // namespace shotbook
