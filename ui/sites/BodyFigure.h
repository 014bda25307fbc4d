#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace shotbook::ui {

// Which drawing the body map shows: an adult's, or a young child's (a larger
// head, shorter limbs) for a patient under six. Both carry the same twelve
// zone ids; only the drawing changes.
class BodyFigure final
{
public:
    enum Kind
    {
        Adult,
        Child
    };

    static constexpr int ChildUnderYears = 6;

    // No date of birth: the adult figure.
    static Kind forAge(const std::optional<QDate> &birth, const QDate &today);
    static QString resource(Kind kind); // the SVG in the resources
};

} // namespace shotbook::ui
