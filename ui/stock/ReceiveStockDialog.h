#pragma once

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace shotbook::ui {

class AppContext;
class LotForm;

// Receives a pack of syringes: lot number, expiry date, count, received date.
class ReceiveStockDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiveStockDialog)

public:
    explicit ReceiveStockDialog(AppContext &context, QWidget *parent = nullptr);

    QLineEdit *lotEdit() const;
    QDateEdit *expiresEdit() const;
    QSpinBox *countEdit() const;
    QLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    AppContext &m_context;
    LotForm *m_form;
    QLabel *m_error;
};

} // namespace shotbook::ui
