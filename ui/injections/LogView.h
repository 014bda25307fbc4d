#pragma once

#include <QWidget>

#include <optional>

class QDateEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace shotbook::ui {

class AppContext;
class LogTableModel;

// "Log": the injections and missed doses of a date range; log, change and
// delete (undoably) from here.
class LogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    explicit LogView(AppContext &context, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

public Q_SLOTS:
    void logInjection();
    void editSelected();
    void deleteSelected();

private:
    std::optional<qint64> selectedInjectionId() const;
    void updateButtons();

    AppContext &m_context;
    LogTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace shotbook::ui
