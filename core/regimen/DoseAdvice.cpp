#include "DoseAdvice.h"

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

DoseAdvice adviseNextDose(const QList<Slot> &slots, const SlotMatching &matching,
                          const QDateTime &now)
{
    int previous = -1; // the latest slot due by now
    int next = -1;     // the first slot due after now that is still open
    for (qsizetype i = 0; i < slots.size(); ++i) {
        if (slots.at(i).due <= now)
            previous = static_cast<int>(i);
        else if (next < 0 && matching.filledBy.at(i) < 0)
            next = static_cast<int>(i);
    }
    DoseAdvice advice;
    // A dose missed a whole interval ago is gone: it is not taken late.
    const bool previousOpen =
        previous >= 0 && matching.filledBy.at(previous) < 0 &&
        slots.at(previous).due.secsTo(now) < 2 * slots.at(previous).halfWindowSecs;
    if (previousOpen) {
        const Slot &missed = slots.at(previous);
        const bool nextNearlyDue =
            next >= 0 && now.secsTo(slots.at(next).due) < slots.at(next).halfWindowSecs;
        if (nextNearlyDue) {
            advice.kind = DoseAdvice::Kind::Skip;
            advice.missedAt = missed.due;
            advice.dueAt = slots.at(next).due;
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
