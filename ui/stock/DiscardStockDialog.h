#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace shotbook::ui {

class AppContext;

// Discards syringes of a lot, with the reason.
class DiscardStockDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscardStockDialog)

public:
    DiscardStockDialog(AppContext &context, const QString &lot, QWidget *parent = nullptr);

    QComboBox *lotBox() const { return m_lot; }

    void accept() override;

private:
    AppContext &m_context;
    QComboBox *m_lot;
    QSpinBox *m_count;
    QComboBox *m_reason;
    QLineEdit *m_note;
    QLabel *m_error;
};

} // namespace shotbook::ui
