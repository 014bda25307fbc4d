#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace shotbook {
struct AdherenceReport;
struct PatientToday;
struct TodaySummary;
} // namespace shotbook

namespace shotbook::ui {

class AppContext;
class Card;
class SyringeWidget;
class RedFlagBanner;
class ViewRefresher;

// "Today": the next dose (mg and mL), what to do about a missed one, today's
// doses, recent adherence, and one button to log an injection.
class TodayView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodayView)

public:
    explicit TodayView(AppContext &context, QWidget *parent = nullptr);

    QLabel *doseFlagsLabel() const { return m_doseFlags; }
    QLabel *adherenceLabel() const { return m_adherence; }

public Q_SLOTS:
    void refresh();
    void logInjection();

Q_SIGNALS:
    void setRegimenRequested();

private:
    void showNextDose(const PatientToday &current, const QDateTime &now);
    void showSite(const PatientToday &current);
    void showTodaysDoses(const PatientToday &current);
    void showAdherence(const AdherenceReport &report);
    void showAlerts(const TodaySummary &summary);
    void showOthers(const QList<PatientToday> &others, const QDateTime &now);

    AppContext &m_context;
    QLabel *m_heading;
    Card *m_nextCard;
    QLabel *m_dose;
    QLabel *m_when;
    QLabel *m_advice;
    QLabel *m_site;
    SyringeWidget *m_syringe;
    QLabel *m_doseFlags;
    Card *m_alertsCard;
    QLabel *m_alerts;
    RedFlagBanner *m_redFlags;
    Card *m_othersCard;
    QLabel *m_others;
    QPushButton *m_logButton;
    QPushButton *m_regimenButton;
    QLabel *m_todayList;
    QLabel *m_adherence;
    QTimer m_minuteTimer;
    ViewRefresher *m_refresher = nullptr;
};

} // namespace shotbook::ui
