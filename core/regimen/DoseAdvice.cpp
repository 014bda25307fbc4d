#include "DoseAdvice.h"

#include "DoseTiming.h"

namespace shotbook {

QString DoseAdvice::id(Kind kind)
{
    switch (kind) {
    case Kind::Wait:
        return QStringLiteral("wait");
    case Kind::TakeNow:
        return QStringLiteral("take-now");
    case Kind::Skip:
        return QStringLiteral("skip");
    case Kind::None:
        break;
    }
    return QStringLiteral("none");
}

namespace {

// `secs` later on the local wall clock: 08:00 plus 24 hours is 08:00 the next
// day, even across a daylight-saving change.
QDateTime addWallClockSecs(const QDateTime &time, qint64 secs)
{
    const QDateTime local = time.toLocalTime();
    const QDateTime naive =
        QDateTime(local.date(), local.time(), Qt::UTC).addSecs(secs); // no DST in UTC
    return localDateTime(naive.date(), naive.time());
}

} // namespace

DoseAdvice adviseNextDose(const QList<Slot> &slots, const SlotMatching &matching,
                          const QList<QDateTime> &doses, const QDateTime &now)
{
    int previous = -1;  // the latest slot due by now
    int next = -1;      // the first slot due after now that is still open
    bool later = false; // any slot due after now
    for (qsizetype i = 0; i < slots.size(); ++i) {
        if (slots.at(i).due <= now) {
            previous = static_cast<int>(i);
        } else {
            later = true;
            if (next < 0 && matching.filledBy.at(i) < 0)
                next = static_cast<int>(i);
        }
    }
    DoseAdvice advice;
    // A dose missed a whole interval ago is gone: it is not taken late. The
    // interval is counted on the clock on the wall, so that the 25-hour day
    // of a daylight-saving change does not lose yesterday's missed dose.
    // After the last slot of a course there is no next dose to make it
    // "nearly due": the missed dose can be taken while a dose then would
    // still be that slot's (within half an interval), and no later.
    const bool previousOpen =
        previous >= 0 && matching.filledBy.at(previous) < 0 &&
        now < addWallClockSecs(slots.at(previous).due, 2 * slots.at(previous).halfWindowSecs) &&
        (later || slots.at(previous).due.secsTo(now) <= slots.at(previous).halfWindowSecs);
    if (previousOpen) {
        const Slot &missed = slots.at(previous);
        const bool nextNearlyDue =
            next >= 0 && now.secsTo(slots.at(next).due) < slots.at(next).halfWindowSecs;
        const auto tooClose = doseTooClose(doses, now, missed.halfWindowSecs);
        if (nextNearlyDue) {
            advice.kind = DoseAdvice::Kind::Skip;
            advice.missedAt = missed.due;
            advice.dueAt = slots.at(next).due;
        } else if (tooClose) {
            // A dose was taken less than half an interval ago: taking one
            // now would double up. Wait for the next.
            advice.kind = DoseAdvice::Kind::Wait;
            advice.missedAt = missed.due;
            QDateTime earliest = tooClose->other.addSecs(tooClose->minimumGapSecs);
            if (next >= 0)
                earliest = qMax(earliest, slots.at(next).due);
            advice.dueAt = earliest;
        } else {
            advice.kind = DoseAdvice::Kind::TakeNow;
            advice.dueAt = missed.due;
        }
        return advice;
    }
    if (next >= 0) {
        advice.kind = DoseAdvice::Kind::Wait;
        advice.dueAt = slots.at(next).due;
    }
    return advice;
}

} // namespace shotbook
