#include "BodyMapWidget.h"

#include "BodyMapAccessible.h"

#include "sites/BodyMapCaptions.h"
#include "sites/BodyMapLegend.h"
#include "sites/ZoneDescription.h"
#include "sites/ZoneNavigation.h"
#include "sites/ZonePainter.h"
#include "sites/Zones.h"

#include <QAccessible>
#include <QEvent>
#include <QFocusEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QSvgRenderer>
#include <QToolTip>

#include <algorithm>

namespace shotbook::ui {

BodyMapWidget::BodyMapWidget(QWidget *parent)
    : QWidget(parent)
    , m_renderer(new QSvgRenderer(this))
{
    loadFigure();
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    BodyMapAccessible::install();
    setAccessibleName(tr("Body map"));
    updateAccessibleDescription();
    updateLayout();
}

BodyMapWidget::~BodyMapWidget() = default;

void BodyMapWidget::loadFigure()
{
    const bool loaded = m_renderer->load(BodyFigure::resource(m_figure));
    Q_ASSERT(loaded && m_renderer->isValid());
    Q_UNUSED(loaded);
    m_svgRects.clear();
    for (const QString &id : Zones::ids()) {
        if (!m_renderer->elementExists(id))
            continue;
        // boundsOnElement leaves out the parents' transforms (the back view is translated).
        m_svgRects.insert(
            id, m_renderer->transformForElement(id).mapRect(m_renderer->boundsOnElement(id)));
    }
    const auto figureBounds = [this](const QString &id) {
        return m_renderer->transformForElement(id).mapRect(m_renderer->boundsOnElement(id));
    };
    m_frontBounds = figureBounds(QStringLiteral("front"));
    m_backBounds = figureBounds(QStringLiteral("back"));
}

void BodyMapWidget::setFigure(BodyFigure::Kind figure)
{
    if (m_figure == figure)
        return;
    m_figure = figure;
    loadFigure();
    updateLayout();
    update();
}

QRectF BodyMapWidget::labelRect(const QString &zoneId) const
{
    if (!m_svgRects.contains(zoneId))
        return {};
    return ZonePainter::labelRect(zoneLook(zoneId), font()).value_or(QRectF());
}

void BodyMapWidget::setZones(const QList<ZoneView> &zones)
{
    m_zones = zones;
    if (!m_focused.isEmpty() && !isZoneEnabled(m_focused)) {
        // The focused zone was switched off: focus moves on to one that can be picked.
        const QStringList order = focusOrder();
        setFocusedZone(hasFocus() && !order.isEmpty() ? order.first() : QString(), false);
    }
    updateAccessibleDescription();
    update();
}

void BodyMapWidget::setSuggested(const QString &zoneId)
{
    if (m_suggested == zoneId)
        return;
    m_suggested = zoneId;
    updateAccessibleDescription();
    update();
}

void BodyMapWidget::setSelected(const QString &zoneId)
{
    if (m_selected == zoneId)
        return;
    m_selected = zoneId;
    m_spot.reset();
    updateAccessibleDescription();
    update();
}

void BodyMapWidget::setSpotPicking(bool on)
{
    if (m_spotPicking == on)
        return;
    m_spotPicking = on;
    updateLayout(); // the legend explains the ring
    update();
}

QRectF BodyMapWidget::zoneRect(const QString &zoneId) const
{
    const auto it = m_svgRects.constFind(zoneId);
    return it == m_svgRects.cend() ? QRectF() : toWidget(*it);
}

QSize BodyMapWidget::sizeHint() const
{
    return {520, 420};
}

QSize BodyMapWidget::minimumSizeHint() const
{
    return {340, 300};
}

QRectF BodyMapWidget::toWidget(const QRectF &svgRect) const
{
    return m_layout.toWidget(svgRect, m_renderer->viewBoxF());
}

const ZoneView *BodyMapWidget::view(const QString &zoneId) const
{
    for (const ZoneView &zone : m_zones) {
        if (zone.id == zoneId)
            return &zone;
    }
    return nullptr;
}

bool BodyMapWidget::isZoneEnabled(const QString &zoneId) const
{
    if (!m_svgRects.contains(zoneId))
        return false;
    const ZoneView *zone = view(zoneId);
    return !zone || zone->enabled;
}

QString BodyMapWidget::zoneAt(QPointF pos) const
{
    for (auto it = m_svgRects.cbegin(); it != m_svgRects.cend(); ++it) {
        if (toWidget(*it).contains(pos))
            return it.key();
    }
    return {};
}

QStringList BodyMapWidget::focusOrder() const
{
    return ZoneNavigation::focusOrder([this](const QString &id) { return isZoneEnabled(id); });
}

QStringList BodyMapWidget::accessibleZones() const
{
    return ZoneNavigation::focusOrder(
        [this](const QString &id) { return m_svgRects.contains(id); });
}

QString BodyMapWidget::zoneAccessibleText(const QString &zoneId) const
{
    return ZoneDescription::state(zoneId, view(zoneId), zoneId == m_suggested,
                                  zoneId == m_selected);
}

// ---- layout ---------------------------------------------------------------

void BodyMapWidget::updateLayout()
{
    m_layout = BodyMapLayout::compute(size(), m_renderer->viewBoxF(), font(),
                                      BodyMapLegend(font(), m_spotPicking));
}

void BodyMapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateLayout();
}

void BodyMapWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange) {
        updateLayout();
        if (event->type() == QEvent::LanguageChange) {
            setAccessibleName(tr("Body map"));
            updateAccessibleDescription();
        }
        update();
    }
}

// ---- text -----------------------------------------------------------------

QString BodyMapWidget::tooltipText(const QString &zoneId) const
{
    return ZoneDescription::tooltip(zoneId, view(zoneId), zoneId == m_suggested);
}

void BodyMapWidget::updateAccessibleDescription()
{
    QString text = tr("Injection zones on the front and back of the body; left and right are "
                      "the patient's own. Tab or the arrow keys move between zones, Enter "
                      "picks one.");
    if (!m_focused.isEmpty())
        text = tr("Focused: %1.")
                   .arg(ZoneDescription::state(m_focused, view(m_focused), m_focused == m_suggested,
                                               m_focused == m_selected)) +
               QLatin1Char(' ') + text;
    if (accessibleDescription() != text)
        setAccessibleDescription(text);
}

// ---- interaction ----------------------------------------------------------

void BodyMapWidget::setFocusedZone(const QString &zoneId, bool showTip)
{
    if (m_focused != zoneId) {
        m_focused = zoneId;
        updateAccessibleDescription();
        update();
        Q_EMIT zoneFocused(zoneId);
        if (const auto index = accessibleZones().indexOf(zoneId);
            index >= 0 && hasFocus() && QAccessible::isActive()) {
            QAccessibleEvent focused(this, QAccessible::Focus);
            focused.setChild(static_cast<int>(index));
            QAccessible::updateAccessibility(&focused);
        }
    }
    if (showTip && hasFocus() && !zoneId.isEmpty()) {
        const QRect rect = zoneRect(zoneId).toAlignedRect();
        QToolTip::showText(mapToGlobal(rect.bottomRight()), tooltipText(zoneId), this, rect);
    }
}

void BodyMapWidget::activate(const QString &zoneId)
{
    if (!isZoneEnabled(zoneId))
        return;
    if (m_selected != zoneId) {
        m_selected = zoneId;
        m_spot.reset();
        updateAccessibleDescription();
    }
    update();
    Q_EMIT zoneActivated(zoneId);
}

bool BodyMapWidget::focusNextPrevChild(bool next)
{
    if (hasFocus()) {
        if (const QString target = ZoneNavigation::step(focusOrder(), m_focused, next);
            !target.isEmpty()) {
            setFocusedZone(target, true);
            return true;
        }
    }
    return QWidget::focusNextPrevChild(next);
}

void BodyMapWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    const QStringList order = focusOrder();
    if (order.isEmpty())
        return;
    if (event->reason() == Qt::TabFocusReason)
        setFocusedZone(order.first(), true);
    else if (event->reason() == Qt::BacktabFocusReason)
        setFocusedZone(order.last(), true);
    else if (event->reason() != Qt::MouseFocusReason && !order.contains(m_focused))
        setFocusedZone(order.contains(m_selected)    ? m_selected
                       : order.contains(m_suggested) ? m_suggested
                                                     : order.first(),
                       false);
    update();
}

void BodyMapWidget::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void BodyMapWidget::keyPressEvent(QKeyEvent *event)
{
    const QStringList order = focusOrder();
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (const QString target = ZoneNavigation::spatial(
                order, m_focused, event->key(), [this](const QString &id) { return zoneRect(id); });
            !target.isEmpty())
            setFocusedZone(target, true);
        event->accept();
        return;
    case Qt::Key_Home:
    case Qt::Key_End:
        if (!order.isEmpty())
            setFocusedZone(event->key() == Qt::Key_Home ? order.first() : order.last(), true);
        event->accept();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (order.contains(m_focused)) {
            activate(m_focused);
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void BodyMapWidget::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton ? zoneAt(event->position()) : QString();
    if (!isZoneEnabled(m_pressed))
        m_pressed.clear();
    QWidget::mousePressEvent(event);
}

void BodyMapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    const QString zoneId = zoneAt(event->position());
    const bool clicked = event->button() == Qt::LeftButton && !zoneId.isEmpty() &&
                         zoneId == m_pressed && isZoneEnabled(zoneId);
    m_pressed.clear();
    if (!clicked) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    setFocusedZone(zoneId, false);
    activate(zoneId);
    if (m_spotPicking) {
        const QRectF rect = zoneRect(zoneId);
        const QPointF fraction((event->position().x() - rect.left()) / rect.width(),
                               (event->position().y() - rect.top()) / rect.height());
        m_spot = QPointF(std::clamp(fraction.x(), 0.0, 1.0), std::clamp(fraction.y(), 0.0, 1.0));
        update();
        Q_EMIT spotChosen(zoneId, *m_spot);
    }
    event->accept();
}

void BodyMapWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QString zoneId = zoneAt(event->position());
    if (zoneId != m_hovered) {
        m_hovered = zoneId;
        if (!isZoneEnabled(zoneId))
            unsetCursor();
        else
            setCursor(m_spotPicking ? Qt::CrossCursor : Qt::PointingHandCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void BodyMapWidget::leaveEvent(QEvent *event)
{
    m_hovered.clear();
    unsetCursor();
    update();
    QWidget::leaveEvent(event);
}

bool BodyMapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString zoneId = zoneAt(help->pos());
        if (zoneId.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), tooltipText(zoneId), this,
                               zoneRect(zoneId).toAlignedRect());
        }
        return true;
    }
    return QWidget::event(event);
}

// ---- painting -------------------------------------------------------------

ZoneLook BodyMapWidget::zoneLook(const QString &zoneId) const
{
    ZoneLook look;
    look.id = zoneId;
    look.rect = zoneRect(zoneId);
    look.zone = view(zoneId);
    look.hovered = zoneId == m_hovered;
    look.selected = zoneId == m_selected;
    look.suggested = zoneId == m_suggested;
    look.picking = m_spotPicking && zoneId == m_selected;
    if (look.picking)
        look.spot = m_spot;
    return look;
}

void BodyMapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    // Vectors all the way: the SVG is rendered at the widget's own resolution on every paint.
    m_renderer->render(&painter, m_layout.map);
    const ZonePainter zones(painter, palette());
    QList<ZoneLook> looks;
    for (const QString &id : Zones::ids()) {
        if (m_svgRects.contains(id))
            looks << zoneLook(id);
    }
    for (const ZoneLook &zone : looks)
        zones.paintZone(zone);
    for (const ZoneLook &zone : looks)
        zones.paintSpots(zone);
    for (const ZoneLook &zone : looks)
        zones.paintLabel(zone);
    // Badges last, so no neighbouring zone covers them.
    for (const ZoneLook &zone : looks)
        zones.paintBadges(zone);
    if (hasFocus() && m_svgRects.contains(m_focused))
        zones.paintFocus(zoneRect(m_focused));
    BodyMapCaptions::paint(painter, font(), palette(), toWidget(m_frontBounds),
                           toWidget(m_backBounds), m_layout.map.top());
    if (m_layout.legendPlace != BodyMapLayout::LegendPlace::Hidden)
        BodyMapLegend(font(), m_spotPicking)
            .paint(painter, palette(), m_layout.legend,
                   m_layout.legendPlace == BodyMapLayout::LegendPlace::Beside);
}

} // namespace shotbook::ui
