#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace shotbook::ui {

class AppContext;
class BodyMapWidget;

// "Body map": every zone coloured by rest, the rotation's suggestion, a zone's
// history, switching zones on and off, and site reactions.
class BodyMapView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyMapView)

public:
    explicit BodyMapView(AppContext &context, QWidget *parent = nullptr);

public Q_SLOTS:
    void refresh();
    void recordReaction();
    void resolveSelectedReaction();

private:
    void showZone(const QString &zoneId);
    void setZoneEnabled(bool enabled);

    AppContext &m_context;
    BodyMapWidget *m_map;
    QLabel *m_suggestion;
    QLabel *m_zoneDetails;
    QCheckBox *m_enabled;
    QListWidget *m_reactions;
    QPushButton *m_resolve;
    QSpinBox *m_restDays;
    QString m_zone;
};

} // namespace shotbook::ui
