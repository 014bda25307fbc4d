#include "BodyMapAccessible.h"

#include "BodyMapWidget.h"

#include <QAccessibleActionInterface>
#include <QPointer>

namespace shotbook::ui {

namespace {

// One zone: asked of the map each time, so it never says something stale.
class ZoneAccessible final : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    ZoneAccessible(BodyMapWidget *map, QString zoneId)
        : m_map(map)
        , m_zoneId(std::move(zoneId))
    {}

    bool isValid() const override { return m_map && !m_map->zoneRect(m_zoneId).isEmpty(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override
    {
        return m_map && m_map->window() ? m_map->window()->windowHandle() : nullptr;
    }
    QAccessibleInterface *parent() const override
    {
        return m_map ? QAccessible::queryAccessibleInterface(m_map.data()) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }

    QString text(QAccessible::Text kind) const override
    {
        if (!m_map)
            return {};
        if (kind == QAccessible::Name)
            return m_map->zoneAccessibleText(m_zoneId);
        return {};
    }
    void setText(QAccessible::Text, const QString &) override {}

    QRect rect() const override
    {
        if (!m_map)
            return {};
        const QRect local = m_map->zoneRect(m_zoneId).toAlignedRect();
        return QRect(m_map->mapToGlobal(local.topLeft()), local.size());
    }
    QAccessible::Role role() const override { return QAccessible::Button; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!m_map)
            return state;
        state.focusable = true;
        state.disabled = !m_map->zoneEnabled(m_zoneId);
        state.focused = m_map->hasFocus() && m_map->focusedZone() == m_zoneId;
        state.checkable = true;
        state.checked = m_map->isZoneSelected(m_zoneId);
        state.invisible = !m_map->isVisible();
        return state;
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface
                   ? static_cast<QAccessibleActionInterface *>(this)
                   : nullptr;
    }

    QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString &name) override
    {
        if (m_map && name == pressAction())
            m_map->activateZone(m_zoneId);
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

    QString zoneId() const { return m_zoneId; }

private:
    QPointer<BodyMapWidget> m_map;
    QString m_zoneId;
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("shotbook::ui::BodyMapWidget"))
        if (auto *map = qobject_cast<BodyMapWidget *>(object))
            return new BodyMapAccessible(map);
    return nullptr;
}

} // namespace

BodyMapAccessible::BodyMapAccessible(BodyMapWidget *map)
    : QAccessibleWidget(map, QAccessible::Grouping)
{}

BodyMapAccessible::~BodyMapAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_zones))
        QAccessible::deleteAccessibleInterface(id);
}

void BodyMapAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed);
}

BodyMapWidget *BodyMapAccessible::map() const
{
    return static_cast<BodyMapWidget *>(widget());
}

int BodyMapAccessible::childCount() const
{
    return static_cast<int>(map()->accessibleZones().size());
}

QAccessibleInterface *BodyMapAccessible::child(int index) const
{
    const QStringList zones = map()->accessibleZones();
    if (index < 0 || index >= zones.size())
        return nullptr;
    // Qt's cache owns the interfaces; one per zone and map, made once.
    auto &made = m_zones[zones.at(index)];
    if (!made) {
        auto *zone = new ZoneAccessible(map(), zones.at(index));
        QAccessible::registerAccessibleInterface(zone);
        made = QAccessible::uniqueId(zone);
    }
    return QAccessible::accessibleInterface(made);
}

int BodyMapAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *zone = dynamic_cast<const ZoneAccessible *>(child);
    return zone ? static_cast<int>(map()->accessibleZones().indexOf(zone->zoneId())) : -1;
}

QAccessibleInterface *BodyMapAccessible::childAt(int x, int y) const
{
    const QPoint local = map()->mapFromGlobal(QPoint(x, y));
    const QStringList zones = map()->accessibleZones();
    for (int i = 0; i < zones.size(); ++i) {
        if (map()->zoneRect(zones.at(i)).contains(local))
            return child(i);
    }
    return nullptr;
}

QAccessibleInterface *BodyMapAccessible::focusChild() const
{
    if (!map()->hasFocus())
        return nullptr;
    const auto index = map()->accessibleZones().indexOf(map()->focusedZone());
    return index >= 0 ? child(static_cast<int>(index)) : nullptr;
}

} // namespace shotbook::ui
