#pragma once

#include "sites/BodyFigure.h"
#include "sites/BodyMapLayout.h"
#include "sites/ZoneView.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QWidget>

#include <optional>

class QSvgRenderer;

namespace shotbook::ui {

struct ZoneLook;

// Front and back of the body (resources/bodymap.svg) with the twelve injection
// zones painted over it: coloured by days since last use, marked for open
// reactions, the suggested next zone and the recent injection spots. Click or
// Enter/Space picks a zone; with spot picking on, a click also places the
// exact spot. The map shows what it is given and decides nothing.
class BodyMapWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyMapWidget)

public:
    explicit BodyMapWidget(QWidget *parent = nullptr);
    ~BodyMapWidget() override;

    // The adult's or a young child's drawing; the zones keep their ids.
    void setFigure(BodyFigure::Kind figure);
    BodyFigure::Kind figure() const { return m_figure; }
    void setZones(const QList<ZoneView> &zones);
    void setSuggested(const QString &zoneId); // empty: none
    void setSelected(const QString &zoneId);  // empty: none
    QString selectedZone() const { return m_selected; }
    void setSpotPicking(bool on);
    // Fraction (0..1) of the selected zone's box; none until the user clicks a spot.
    std::optional<QPointF> selectedSpot() const { return m_spot; }
    // In widget coordinates; empty for an unknown id.
    QRectF zoneRect(const QString &zoneId) const;
    // Where the zone's day count is drawn (empty when it has none): clear of
    // the zone's injection spots and badges.
    QRectF labelRect(const QString &zoneId) const;
    QString focusedZone() const { return m_focused; }

    // For assistive technology (BodyMapAccessible): every zone of the drawing
    // in the order Tab walks them, what a screen reader says of one, and
    // picking one as Enter does.
    QStringList accessibleZones() const;
    QString zoneAccessibleText(const QString &zoneId) const;
    bool zoneEnabled(const QString &zoneId) const { return isZoneEnabled(zoneId); }
    bool isZoneSelected(const QString &zoneId) const { return zoneId == m_selected; }
    void activateZone(const QString &zoneId) { activate(zoneId); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void zoneActivated(const QString &zoneId); // click on an enabled zone, or Enter/Space
    void spotChosen(const QString &zoneId, QPointF fraction);
    void zoneFocused(const QString &zoneId);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void loadFigure();
    QRectF toWidget(const QRectF &svgRect) const;
    QString zoneAt(QPointF pos) const;
    const ZoneView *view(const QString &zoneId) const;
    bool isZoneEnabled(const QString &zoneId) const;
    QStringList focusOrder() const;
    void setFocusedZone(const QString &zoneId, bool showTip);
    void activate(const QString &zoneId);
    QString tooltipText(const QString &zoneId) const;
    void updateAccessibleDescription();
    void updateLayout();
    ZoneLook zoneLook(const QString &zoneId) const;

    BodyFigure::Kind m_figure = BodyFigure::Adult;
    QSvgRenderer *m_renderer;
    QHash<QString, QRectF> m_svgRects; // zone id -> bounds in view-box coordinates
    QRectF m_frontBounds;
    QRectF m_backBounds;
    QList<ZoneView> m_zones;
    QString m_suggested;
    QString m_selected;
    QString m_focused;
    QString m_hovered;
    QString m_pressed;
    bool m_spotPicking = false;
    std::optional<QPointF> m_spot;
    BodyMapLayout m_layout;
};

} // namespace shotbook::ui
