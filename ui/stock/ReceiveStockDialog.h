#pragma once

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace shotbook::ui {

class AppContext;

// Receives a pack of syringes: lot number, expiry date, count, received date.
class ReceiveStockDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiveStockDialog)

public:
    explicit ReceiveStockDialog(AppContext &context, QWidget *parent = nullptr);

    void accept() override;

private:
    AppContext &m_context;
    QLineEdit *m_lot;
    QDateEdit *m_expires;
    QSpinBox *m_count;
    QDateEdit *m_received;
    QLabel *m_error;
};

} // namespace shotbook::ui
