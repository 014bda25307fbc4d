#pragma once

#include "exchange/ReportData.h"

#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace shotbook::ui {

class AppContext;
class ReportDocument;

// "Reports": the doctor's report for a patient and a period — the choices
// (patient, since the last report, last 30 or 90 days, a year, or from–to; which sections; notes or
// not), a live preview of its pages, Save as PDF and Print. The same
// ReportBuilder and ReportDocument as `shotbook-cli export pdf`.
class ReportsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsView)

public:
    explicit ReportsView(AppContext &context, QWidget *parent = nullptr);
    ~ReportsView() override;

    // The choices made, as the builder takes them.
    ReportOptions options() const;
    // The report previewed now (none until one was made, or after an error).
    const ReportDocument *document() const { return m_document.get(); }
    int previewPages() const;

    // Writes the report (asks for a file name through the prompts).
    void saveAsPdf();
    void print();

Q_SIGNALS:
    void previewed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum Period
    {
        Last30,
        Last90,
        LastYear,
        Custom,
        SinceLastReport // from the day the last report was saved or printed
    };
    void updateLastReportChoice();
    void reportHandedOver();
    void reloadPatients();
    void schedule();
    void rebuild();
    void periodChanged();

    AppContext &m_context;
    QComboBox *m_patient;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_summary;
    QCheckBox *m_charts;
    QCheckBox *m_log;
    QCheckBox *m_diary;
    QCheckBox *m_notes;
    QPushButton *m_save;
    QPushButton *m_print;
    QLabel *m_status;
    QWidget *m_pages;
    QVBoxLayout *m_pagesLayout;
    QTimer m_rebuildTimer;
    bool m_rebuildWhenShown = false;
    std::optional<ReportData> m_data;
    std::unique_ptr<ReportDocument> m_document;
};

} // namespace shotbook::ui
