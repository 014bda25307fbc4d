#include "BodyMapWidget.h"

#include "sites/Zones.h"

#include <QEvent>
#include <QFocusEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace shotbook::ui {

namespace {

const QString SvgPath = QStringLiteral(":/bodymap.svg");
const QString NeverUsed = QStringLiteral("—"); // the label of a zone never used
constexpr double Margin = 8.0;
constexpr double SpacingCm = 2.5; // keep each injection about this far from the last

// Approximate size of each zone on an adult, in cm (width x height). Only used
// to draw the 2.5 cm ring to scale inside a zone; not a measurement.
QSizeF physicalSizeCm(const QString &zoneId)
{
    if (zoneId.startsWith(QLatin1String("abdomen-")))
        return {10.0, 9.0};
    if (zoneId.startsWith(QLatin1String("thigh-")))
        return {12.0, 15.0};
    if (zoneId.startsWith(QLatin1String("arm-")))
        return {8.0, 12.0};
    return {12.0, 10.0}; // buttock, upper outer quadrant
}

// A sequential scale from "just used" (warm) to "rested" (green). The same
// dark text reads on every band, in light and dark palettes alike.
constexpr int BandCount = 5;
const QColor BandColours[BandCount] = {
    QColor(0xd9, 0x48, 0x32), // 0-1 days
    QColor(0xee, 0x8b, 0x3c), // 2-3 days
    QColor(0xf4, 0xc2, 0x45), // 4-6 days
    QColor(0xb9, 0xd6, 0x6b), // 7-13 days
    QColor(0x5c, 0xb8, 0x74), // 14 days or more, or never used
};
const QColor ZoneText(0x1b, 0x1b, 0x1b);
const QColor ReactionColour(0xc6, 0x28, 0x28);
const QColor OffColour(0x9a, 0xa0, 0xa6);

int band(std::optional<int> days)
{
    if (!days || *days >= 14)
        return 4;
    if (*days <= 1)
        return 0;
    if (*days <= 3)
        return 1;
    if (*days <= 6)
        return 2;
    return 3;
}

QPainterPath zoneShape(const QRectF &rect)
{
    QPainterPath path;
    const double radius = std::min(rect.width(), rect.height()) * 0.22;
    path.addRoundedRect(rect, radius, radius);
    return path;
}

void paintHatch(QPainter &painter, const QPainterPath &shape, const QColor &colour)
{
    painter.save();
    painter.setClipPath(shape, Qt::IntersectClip);
    painter.setPen(QPen(colour, 1.2));
    const QRectF box = shape.boundingRect();
    for (double x = box.left() - box.height(); x < box.right(); x += 5.0)
        painter.drawLine(QPointF(x, box.bottom()), QPointF(x + box.height(), box.top()));
    painter.restore();
}

QPainterPath starPath(QPointF centre, double outer)
{
    QPainterPath path;
    const double inner = outer * 0.45;
    for (int i = 0; i < 10; ++i) {
        const double angle = -M_PI / 2 + i * M_PI / 5;
        const double r = (i % 2 == 0) ? outer : inner;
        const QPointF p(centre.x() + r * std::cos(angle), centre.y() + r * std::sin(angle));
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}

// A round badge with a symbol, on a light rim so it stands out on any fill.
void paintBadge(QPainter &painter, QPointF centre, double radius, const QColor &fill,
                const QString &symbol)
{
    painter.save();
    painter.setPen(QPen(Qt::white, 1.5));
    painter.setBrush(fill);
    painter.drawEllipse(centre, radius, radius);
    if (symbol.isEmpty()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawPath(starPath(centre, radius * 0.68));
    } else {
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(std::max(8, static_cast<int>(radius * 1.4)));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                         Qt::AlignCenter, symbol);
    }
    painter.restore();
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Violet stands apart from the red-to-green scale; lighter on a dark palette.
QColor suggestedColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xa5, 0x8f, 0xff) : QColor(0x5b, 0x3c, 0xc4);
}

double badgeRadius(const QRectF &zone)
{
    return std::clamp(std::min(zone.width(), zone.height()) * 0.26, 4.5, 11.0);
}

enum class LegendIcon
{
    Band,
    Off,
    Reaction,
    Suggested,
    Spots,
    Ring
};

struct LegendItem
{
    LegendIcon icon;
    int band = 0;
    QString text;
};

QList<LegendItem> legendItems(bool spotPicking)
{
    const QLocale locale;
    const auto range = [&locale](int from, int to) {
        return BodyMapWidget::tr("%1–%2 days").arg(locale.toString(from), locale.toString(to));
    };
    QList<LegendItem> items = {
        {LegendIcon::Band, 0, range(0, 1)},
        {LegendIcon::Band, 1, range(2, 3)},
        {LegendIcon::Band, 2, range(4, 6)},
        {LegendIcon::Band, 3, range(7, 13)},
        {LegendIcon::Band, 4, BodyMapWidget::tr("%1 days or more").arg(locale.toString(14))},
        {LegendIcon::Band, -1, BodyMapWidget::tr("Never used (%1)").arg(NeverUsed)},
        {LegendIcon::Off, 0, BodyMapWidget::tr("Switched off")},
        {LegendIcon::Reaction, 0, BodyMapWidget::tr("Open reaction")},
        {LegendIcon::Suggested, 0, BodyMapWidget::tr("Suggested next")},
        {LegendIcon::Spots, 0, BodyMapWidget::tr("Recent injections")},
    };
    if (spotPicking)
        items.append(
            {LegendIcon::Ring, 0,
             BodyMapWidget::tr("Keep %1 cm from the last").arg(locale.toString(SpacingCm))});
    return items;
}

constexpr int LegendMarkersStart = 6; // the first item after the colour scale
constexpr double LegendIconWidth = 22.0;
constexpr double LegendIconGap = 7.0;
constexpr double LegendFlowGap = 16.0;

} // namespace

BodyMapWidget::BodyMapWidget(QWidget *parent)
    : QWidget(parent)
    , m_renderer(new QSvgRenderer(SvgPath, this))
{
    Q_ASSERT(m_renderer->isValid());
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

    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Body map"));
    updateAccessibleDescription();
    m_layout = computeLayout(size());
}

BodyMapWidget::~BodyMapWidget() = default;

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
    m_layout = computeLayout(size()); // the legend explains the ring
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
    const QRectF box = m_renderer->viewBoxF();
    const double s = m_layout.scale;
    return {m_layout.map.left() + (svgRect.left() - box.left()) * s,
            m_layout.map.top() + (svgRect.top() - box.top()) * s, svgRect.width() * s,
            svgRect.height() * s};
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
    QStringList order;
    for (const QString &id : Zones::ids()) {
        if (isZoneEnabled(id))
            order << id;
    }
    return order;
}

// ---- layout ---------------------------------------------------------------

QSizeF BodyMapWidget::legendSize(bool beside, double width) const
{
    // Laid out the same way paintLegend draws it.
    const QFontMetricsF fm(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF boldFm(bold);
    const double row = std::max(fm.height(), 16.0) + 5.0;
    const QList<LegendItem> items = legendItems(m_spotPicking);
    const double title = boldFm.horizontalAdvance(tr("Days since last use"));
    if (beside) {
        double widest = title;
        for (const LegendItem &item : items)
            widest =
                std::max(widest, LegendIconWidth + LegendIconGap + fm.horizontalAdvance(item.text));
        // the title, the items, and a gap between the colour scale and the markers
        return {widest, row * static_cast<double>(items.size() + 1) + row * 0.5};
    }
    // Below the map: the title on its own line, then the items flowing in rows.
    const double available = std::max(100.0, width - 2 * Margin);
    double x = 0;
    int rows = 1;
    for (const LegendItem &item : items) {
        const double w = LegendIconWidth + LegendIconGap + fm.horizontalAdvance(item.text);
        if (x > 0 && x + w > available) {
            ++rows;
            x = 0;
        }
        x += w + LegendFlowGap;
    }
    return {available, row * (rows + 1)};
}

BodyMapWidget::Layout BodyMapWidget::computeLayout(QSizeF size) const
{
    const QRectF box = m_renderer->viewBoxF();
    const double caption = QFontMetricsF(font()).height() + 6.0;
    const auto fit = [&box](QSizeF area) {
        return std::max(0.0, std::min(area.width() / box.width(), area.height() / box.height()));
    };

    const QSizeF besideLegend = legendSize(true, size.width());
    const QSizeF besideArea(size.width() - besideLegend.width() - 3 * Margin,
                            size.height() - caption - 2 * Margin);
    const double besideScale =
        besideLegend.height() <= size.height() - 2 * Margin ? fit(besideArea) : 0.0;

    const QSizeF belowLegend = legendSize(false, size.width());
    const QSizeF belowArea(size.width() - 2 * Margin,
                           size.height() - caption - belowLegend.height() - 3 * Margin);
    const double belowScale = fit(belowArea);

    const double hiddenScale =
        fit(QSizeF(size.width() - 2 * Margin, size.height() - caption - 2 * Margin));

    // The legend goes where it costs the map least; in a small widget the map
    // matters more, and the tooltips still explain each zone.
    Layout layout;
    layout.legendPlace = besideScale >= belowScale ? LegendPlace::Beside : LegendPlace::Below;
    layout.scale = std::max(besideScale, belowScale);
    if (layout.scale < 0.7 * hiddenScale) {
        layout.legendPlace = LegendPlace::Hidden;
        layout.scale = hiddenScale;
    }
    const QSizeF mapSize(box.width() * layout.scale, box.height() * layout.scale);
    switch (layout.legendPlace) {
    case LegendPlace::Beside: {
        const double groupWidth = mapSize.width() + Margin + besideLegend.width();
        const double left = (size.width() - groupWidth) / 2;
        const double top = (size.height() - (mapSize.height() + caption)) / 2 + caption;
        layout.map = QRectF(QPointF(left, top), mapSize);
        layout.legend = QRectF(QPointF(layout.map.right() + Margin,
                                       top + (mapSize.height() - besideLegend.height()) / 2),
                               besideLegend);
        break;
    }
    case LegendPlace::Below: {
        const double groupHeight = caption + mapSize.height() + Margin + belowLegend.height();
        const double top = (size.height() - groupHeight) / 2 + caption;
        layout.map = QRectF(QPointF((size.width() - mapSize.width()) / 2, top), mapSize);
        layout.legend = QRectF(QPointF(Margin, layout.map.bottom() + Margin), belowLegend);
        break;
    }
    case LegendPlace::Hidden: {
        const double top = (size.height() - (mapSize.height() + caption)) / 2 + caption;
        layout.map = QRectF(QPointF((size.width() - mapSize.width()) / 2, top), mapSize);
        break;
    }
    }
    return layout;
}

void BodyMapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_layout = computeLayout(size());
}

void BodyMapWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange) {
        m_layout = computeLayout(size());
        if (event->type() == QEvent::LanguageChange) {
            setAccessibleName(tr("Body map"));
            updateAccessibleDescription();
        }
        update();
    }
}

// ---- text -----------------------------------------------------------------

QString BodyMapWidget::zoneLabel(const QString &zoneId) const
{
    const ZoneView *zone = view(zoneId);
    if (!zone || !zone->enabled)
        return {};
    if (!zone->daysSinceUse)
        return NeverUsed;
    if (*zone->daysSinceUse > 99)
        return tr("99+");
    return QLocale().toString(std::max(0, *zone->daysSinceUse));
}

QString BodyMapWidget::tooltipText(const QString &zoneId) const
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(Zones::displayName(zoneId).toHtmlEscaped());
    const ZoneView *zone = view(zoneId);
    if (zone && !zone->enabled) {
        lines << tr("Switched off for this patient.");
        return lines.join(QLatin1String("<br>"));
    }
    if (zone) {
        if (zone->daysSinceUse)
            lines << tr("Last used: %1").arg(zone->lastUseText.toHtmlEscaped());
        else
            lines << tr("Never used");
        lines << tr("%n injection(s) here", nullptr, zone->useCount);
        for (const QString &reaction : zone->openReactions)
            lines << QStringLiteral("<span style=\"color:%1\">%2</span>")
                         .arg(ReactionColour.name(),
                              tr("Open reaction: %1").arg(reaction.toHtmlEscaped()));
    }
    if (zoneId == m_suggested)
        lines << tr("Suggested next site");
    return lines.join(QLatin1String("<br>"));
}

// Plain text of one zone's state, for screen readers.
QString BodyMapWidget::stateText(const QString &zoneId) const
{
    QStringList parts;
    parts << Zones::displayName(zoneId);
    const ZoneView *zone = view(zoneId);
    if (zone && !zone->enabled) {
        parts << tr("switched off");
    } else if (zone) {
        parts << (zone->daysSinceUse ? tr("last used %1").arg(zone->lastUseText)
                                     : tr("never used"));
        parts << tr("%n injection(s)", nullptr, zone->useCount);
        for (const QString &reaction : zone->openReactions)
            parts << tr("open reaction: %1").arg(reaction);
    }
    if (zoneId == m_suggested)
        parts << tr("suggested next");
    if (zoneId == m_selected)
        parts << tr("selected");
    return parts.join(QLatin1String("; "));
}

void BodyMapWidget::updateAccessibleDescription()
{
    QString text = tr("Injection zones on the front and back of the body; left and right are "
                      "the patient's own. Tab or the arrow keys move between zones, Enter "
                      "picks one.");
    if (!m_focused.isEmpty())
        text = tr("Focused: %1.").arg(stateText(m_focused)) + QLatin1Char(' ') + text;
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

QString BodyMapWidget::moveSpatially(int key) const
{
    const QStringList order = focusOrder();
    if (order.isEmpty())
        return {};
    if (!order.contains(m_focused))
        return order.first();
    const QPointF from = zoneRect(m_focused).center();
    QString best;
    double bestScore = 0;
    for (const QString &id : order) {
        if (id == m_focused)
            continue;
        const QPointF d = zoneRect(id).center() - from;
        double along = 0;
        double across = 0;
        switch (key) {
        case Qt::Key_Left:
            along = -d.x();
            across = d.y();
            break;
        case Qt::Key_Right:
            along = d.x();
            across = d.y();
            break;
        case Qt::Key_Up:
            along = -d.y();
            across = d.x();
            break;
        default:
            along = d.y();
            across = d.x();
            break;
        }
        if (along <= 1.0)
            continue;
        const double score = along + 2.5 * std::abs(across);
        if (best.isEmpty() || score < bestScore) {
            best = id;
            bestScore = score;
        }
    }
    return best;
}

bool BodyMapWidget::focusNextPrevChild(bool next)
{
    if (hasFocus()) {
        const QStringList order = focusOrder();
        const qsizetype index = order.indexOf(m_focused);
        const qsizetype target =
            index < 0 ? (next ? 0 : order.size() - 1) : index + (next ? 1 : -1);
        if (target >= 0 && target < order.size()) {
            setFocusedZone(order.at(target), true);
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
        if (const QString target = moveSpatially(event->key()); !target.isEmpty())
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

double BodyMapWidget::pixelsPerCm(const QString &zoneId) const
{
    const QRectF rect = zoneRect(zoneId);
    const QSizeF cm = physicalSizeCm(zoneId);
    // The drawn zones are stylised; the geometric mean keeps the ring round.
    return std::sqrt((rect.width() / cm.width()) * (rect.height() / cm.height()));
}

void BodyMapWidget::paintZone(QPainter &painter, const QString &zoneId) const
{
    const QRectF rect = zoneRect(zoneId);
    const QPainterPath shape = zoneShape(rect);
    const ZoneView *zone = view(zoneId);
    const bool enabled = !zone || zone->enabled;
    const QColor text = palette().color(QPalette::WindowText);

    painter.save();
    if (!enabled) {
        QColor fill = OffColour;
        fill.setAlpha(90);
        painter.fillPath(shape, fill);
        paintHatch(painter, shape, OffColour.darker(130));
        painter.strokePath(shape, QPen(OffColour.darker(120), 1.0));
        painter.restore();
        return;
    }

    QColor fill = zone ? BandColours[band(zone->daysSinceUse)] : palette().color(QPalette::Mid);
    if (zoneId == m_hovered)
        fill = fill.lighter(112);
    painter.fillPath(shape, fill);
    painter.strokePath(shape, QPen(fill.darker(150), 1.0));

    const bool reaction = zone && !zone->openReactions.isEmpty();
    if (reaction)
        painter.strokePath(zoneShape(rect.adjusted(-1, -1, 1, 1)), QPen(ReactionColour, 2.5));
    if (zoneId == m_selected) {
        QColor highlight = palette().color(QPalette::Highlight);
        const QPainterPath ring = zoneShape(rect.adjusted(-2.5, -2.5, 2.5, 2.5));
        painter.strokePath(ring, QPen(palette().color(QPalette::Base), 5.0));
        painter.strokePath(ring, QPen(highlight, 3.0));
    } else if (zoneId == m_suggested) {
        QPen pen(suggestedColour(palette()), 2.5);
        pen.setDashPattern({2.0, 1.5});
        painter.strokePath(zoneShape(rect.adjusted(-2.5, -2.5, 2.5, 2.5)), pen);
    }
    if (zoneId == m_hovered && !reaction && zoneId != m_selected)
        painter.strokePath(shape, QPen(text, 1.2));
    painter.restore();
}

void BodyMapWidget::paintSpots(QPainter &painter, const QString &zoneId) const
{
    const ZoneView *zone = view(zoneId);
    const QRectF rect = zoneRect(zoneId);
    const double cm = pixelsPerCm(zoneId);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const auto at = [&rect](QPointF f) {
        return QPointF(rect.left() + f.x() * rect.width(), rect.top() + f.y() * rect.height());
    };
    const bool picking = m_spotPicking && zoneId == m_selected;
    if (zone && zone->enabled && !zone->recentSpots.isEmpty()) {
        const qsizetype n = zone->recentSpots.size();
        if (picking) {
            // Where not to inject: within 2.5 cm of the last spot.
            const QPointF last = at(zone->recentSpots.last());
            const double r = SpacingCm * cm;
            QPen pen(ZoneText, 1.5);
            pen.setDashPattern({4.0, 3.0});
            painter.setPen(pen);
            painter.setBrush(QColor(255, 255, 255, 90));
            painter.drawEllipse(last, r, r);
        }
        const double radius = std::clamp(cm * 0.6, 2.5, 5.0);
        for (qsizetype i = 0; i < n; ++i) {
            // Older spots fainter, the newest full strength.
            const double age = n == 1 ? 1.0 : static_cast<double>(i) / static_cast<double>(n - 1);
            painter.setOpacity(0.35 + 0.65 * age);
            painter.setPen(QPen(Qt::white, 1.5));
            painter.setBrush(ZoneText);
            painter.drawEllipse(at(zone->recentSpots.at(i)), radius, radius);
        }
        painter.setOpacity(1.0);
    }
    if (picking && m_spot) {
        const QPointF spot = at(*m_spot);
        const double r = std::clamp(cm * 0.9, 4.0, 8.0);
        const QColor highlight = palette().color(QPalette::Highlight);
        painter.setPen(QPen(Qt::white, 3.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(spot, r, r);
        painter.setPen(QPen(highlight, 2.0));
        painter.drawEllipse(spot, r, r);
        painter.drawLine(spot - QPointF(r * 1.6, 0), spot - QPointF(r * 0.5, 0));
        painter.drawLine(spot + QPointF(r * 0.5, 0), spot + QPointF(r * 1.6, 0));
        painter.drawLine(spot - QPointF(0, r * 1.6), spot - QPointF(0, r * 0.5));
        painter.drawLine(spot + QPointF(0, r * 0.5), spot + QPointF(0, r * 1.6));
    }
    painter.restore();
}

void BodyMapWidget::paintLabel(QPainter &painter, const QString &zoneId) const
{
    // While the user places a spot in the zone, its dots and ring matter more than its number.
    const QString label = m_spotPicking && zoneId == m_selected ? QString() : zoneLabel(zoneId);
    const QRectF rect = zoneRect(zoneId);
    const ZoneView *zone = view(zoneId);
    if (label.isEmpty() || !zone || rect.height() < 12)
        return;
    painter.save();
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(
        std::clamp(static_cast<int>(std::min(rect.height() * 0.4, rect.width() * 0.4)), 9, 18));
    painter.setFont(font);
    // A halo in the zone's own colour keeps the number legible over the spots' dots.
    QColor halo = BandColours[band(zone->daysSinceUse)];
    if (zoneId == m_hovered)
        halo = halo.lighter(112);
    painter.setPen(halo);
    for (const QPointF offset : {QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1),
                                 QPointF(-1, -1), QPointF(1, 1), QPointF(-1, 1), QPointF(1, -1)})
        painter.drawText(rect.translated(offset), Qt::AlignCenter, label);
    painter.setPen(ZoneText);
    painter.drawText(rect, Qt::AlignCenter, label);
    painter.restore();
}

void BodyMapWidget::paintSuggestedTag(QPainter &painter, const QString &zoneId) const
{
    const QRectF rect = zoneRect(zoneId);
    const double r = badgeRadius(rect);
    paintBadge(painter, rect.topLeft() + QPointF(r * 0.35, r * 0.35), r,
               suggestedColour(palette()).darker(isDark(palette()) ? 130 : 100), {});
}

void BodyMapWidget::paintCaptions(QPainter &painter) const
{
    painter.save();
    QFont bold = font();
    bold.setBold(true);
    if (bold.pointSizeF() > 0)
        bold.setPointSizeF(bold.pointSizeF() * 1.1);
    else
        bold.setPixelSize(static_cast<int>(std::lround(bold.pixelSize() * 1.1)));
    const double height = QFontMetricsF(bold).height();
    const auto caption = [&](const QRectF &svgBounds, const QString &title, const QString &left,
                             const QString &right) {
        const QRectF figure = toWidget(svgBounds);
        const QRectF line(figure.left(), m_layout.map.top() - height - 4, figure.width(), height);
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(line, Qt::AlignCenter, title);
        const double needed = QFontMetricsF(bold).horizontalAdvance(title) +
                              2 * QFontMetricsF(font()).horizontalAdvance(left + right) + 16;
        if (figure.width() < needed)
            return;
        painter.setFont(font());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, left);
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, right);
    };
    //: Marks the patient's own right side on the body map.
    const QString r = tr("R");
    //: Marks the patient's own left side on the body map.
    const QString l = tr("L");
    // Facing the viewer, the patient's right is on the viewer's left.
    caption(m_frontBounds, tr("Front"), r, l);
    caption(m_backBounds, tr("Back"), l, r);
    painter.restore();
}

void BodyMapWidget::paintLegend(QPainter &painter) const
{
    if (m_layout.legendPlace == LegendPlace::Hidden)
        return;
    const QList<LegendItem> items = legendItems(m_spotPicking);
    painter.save();
    const QFontMetricsF fm(font());
    const double row = std::max(fm.height(), 16.0) + 5.0;
    const QColor text = palette().color(QPalette::WindowText);
    QFont bold = font();
    bold.setBold(true);

    const auto paintIcon = [&](const LegendItem &item, const QRectF &box) {
        const QRectF swatch = box.adjusted(1, 2, -1, -2);
        const QPainterPath shape = zoneShape(swatch);
        switch (item.icon) {
        case LegendIcon::Band: {
            const QColor fill = BandColours[item.band < 0 ? 4 : item.band];
            painter.fillPath(shape, fill);
            painter.strokePath(shape, QPen(fill.darker(150), 1.0));
            if (item.band < 0) {
                QFont small = font();
                small.setBold(true);
                small.setPixelSize(std::max(8, static_cast<int>(swatch.height() * 0.8)));
                painter.setFont(small);
                painter.setPen(ZoneText);
                painter.drawText(swatch, Qt::AlignCenter, NeverUsed);
            }
            break;
        }
        case LegendIcon::Off: {
            QColor fill = OffColour;
            fill.setAlpha(90);
            painter.fillPath(shape, fill);
            paintHatch(painter, shape, OffColour.darker(130));
            painter.strokePath(shape, QPen(OffColour.darker(120), 1.0));
            break;
        }
        case LegendIcon::Reaction:
            painter.strokePath(shape, QPen(ReactionColour, 2.0));
            paintBadge(painter, swatch.center(), swatch.height() * 0.5, ReactionColour,
                       QStringLiteral("!"));
            break;
        case LegendIcon::Suggested:
            paintBadge(painter, swatch.center(), swatch.height() * 0.55,
                       suggestedColour(palette()).darker(isDark(palette()) ? 130 : 100), {});
            break;
        case LegendIcon::Spots:
            painter.setPen(Qt::NoPen);
            painter.setBrush(text);
            for (int i = 0; i < 3; ++i) {
                painter.setOpacity(0.35 + 0.325 * i);
                painter.drawEllipse(
                    QPointF(swatch.left() + 3 + i * (swatch.width() - 6) / 2, swatch.center().y()),
                    2.6, 2.6);
            }
            painter.setOpacity(1.0);
            break;
        case LegendIcon::Ring: {
            QPen pen(text, 1.2);
            pen.setDashPattern({3.0, 2.0});
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            const double r = swatch.height() * 0.55;
            painter.drawEllipse(swatch.center(), r, r);
            painter.setBrush(text);
            painter.drawEllipse(swatch.center(), 2.0, 2.0);
            break;
        }
        }
    };

    const QRectF area = m_layout.legend;
    const bool beside = m_layout.legendPlace == LegendPlace::Beside;
    painter.setFont(bold);
    painter.setPen(text);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), row),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("Days since last use"));
    double x = area.left();
    double y = area.top() + row;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const LegendItem &item = items.at(i);
        const double textWidth = fm.horizontalAdvance(item.text);
        const double width = LegendIconWidth + LegendIconGap + textWidth;
        if (beside) {
            if (i == LegendMarkersStart)
                y += row * 0.5; // the markers apart from the colour scale
        } else if (x > area.left() && x + width > area.right()) {
            x = area.left();
            y += row;
        }
        const double iconHeight = std::min(row - 5.0, 16.0);
        paintIcon(item, QRectF(x, y + (row - iconHeight) / 2, LegendIconWidth, iconHeight));
        painter.setFont(font());
        painter.setPen(text);
        painter.drawText(QRectF(x + LegendIconWidth + LegendIconGap, y, textWidth + 1, row),
                         Qt::AlignLeft | Qt::AlignVCenter, item.text);
        if (beside)
            y += row;
        else
            x += width + LegendFlowGap;
    }
    painter.restore();
}

void BodyMapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    // Vectors all the way: the SVG is rendered at the widget's own resolution on every paint.
    m_renderer->render(&painter, m_layout.map);
    const QStringList ids = Zones::ids();
    for (const QString &id : ids) {
        if (m_svgRects.contains(id))
            paintZone(painter, id);
    }
    for (const QString &id : ids) {
        if (m_svgRects.contains(id))
            paintSpots(painter, id);
    }
    for (const QString &id : ids) {
        if (m_svgRects.contains(id))
            paintLabel(painter, id);
    }
    // Badges last, so no neighbouring zone covers them.
    for (const QString &id : ids) {
        const ZoneView *zone = view(id);
        if (!m_svgRects.contains(id) || (zone && !zone->enabled))
            continue;
        const QRectF rect = zoneRect(id);
        if (zone && !zone->openReactions.isEmpty()) {
            const double r = badgeRadius(rect);
            paintBadge(painter, rect.topRight() + QPointF(-r * 0.35, r * 0.35), r, ReactionColour,
                       QStringLiteral("!"));
        }
        if (id == m_suggested)
            paintSuggestedTag(painter, id);
    }
    if (hasFocus() && m_svgRects.contains(m_focused)) {
        QPen pen(palette().color(QPalette::WindowText), 1.5);
        pen.setDashPattern({2.0, 2.0});
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        const QRectF ring = zoneRect(m_focused).adjusted(-5.5, -5.5, 5.5, 5.5);
        const double radius = std::min(ring.width(), ring.height()) * 0.25;
        painter.drawRoundedRect(ring, radius, radius);
    }
    paintCaptions(painter);
    paintLegend(painter);
}

} // namespace shotbook::ui
