#include "BodyFigure.h"

namespace shotbook::ui {

BodyFigure::Kind BodyFigure::forAge(const std::optional<QDate> &birth, const QDate &today)
{
    if (!birth || !birth->isValid())
        return Adult;
    return birth->addYears(ChildUnderYears) > today ? Child : Adult;
}

QString BodyFigure::resource(Kind kind)
{
    return kind == Child ? QStringLiteral(":/bodymap-child.svg") : QStringLiteral(":/bodymap.svg");
}

} // namespace shotbook::ui
