#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace shotbook::ui {

class BodyMapWidget;

// What a screen reader sees of the body map: the map, and each of its twelve
// zones as a button of its own (its name, days since last use, suggested,
// reaction, switched off), with its place on screen and a press action that
// picks it, as Enter does.
class BodyMapAccessible final : public QAccessibleWidget
{
public:
    explicit BodyMapAccessible(BodyMapWidget *map);
    ~BodyMapAccessible() override;
    Q_DISABLE_COPY_MOVE(BodyMapAccessible)

    // Registers the factory once; BodyMapWidget calls it.
    static void install();

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    BodyMapWidget *map() const;

private:
    mutable QHash<QString, QAccessible::Id> m_zones; // zone id -> its interface
};

} // namespace shotbook::ui
