#include "AdviceText.h"

#include "JsonText.h"

#include <QCoreApplication>

namespace shotbook::cli {

namespace {

class AdviceText final
{
    Q_DECLARE_TR_FUNCTIONS(AdviceText)
};

} // namespace

QString adviceText(const DoseAdvice &advice, bool hasRegimen)
{
    switch (advice.kind) {
    case DoseAdvice::Kind::Wait:
        if (advice.missedAt)
            return AdviceText::tr("The dose due %1 was not logged, but a dose was taken less than "
                                  "half an interval ago: do not take another now. Next dose: %2.")
                .arg(peopleTime(*advice.missedAt), peopleTime(*advice.dueAt));
        return AdviceText::tr("Next dose: %1.").arg(peopleTime(*advice.dueAt));
    case DoseAdvice::Kind::TakeNow:
        return AdviceText::tr("The dose due %1 has not been logged: take it now.")
            .arg(peopleTime(*advice.dueAt));
    case DoseAdvice::Kind::Skip:
        return AdviceText::tr("The dose due %1 was missed and the next one is nearly due: skip it "
                              "and take the next dose at %2. Never take two doses to catch up.")
            .arg(peopleTime(*advice.missedAt), peopleTime(*advice.dueAt));
    case DoseAdvice::Kind::None:
        break;
    }
    return hasRegimen ? AdviceText::tr("No dose is scheduled: the regimen's course has ended.")
                      : AdviceText::tr("No dose is scheduled: set a regimen first.");
}

} // namespace shotbook::cli
