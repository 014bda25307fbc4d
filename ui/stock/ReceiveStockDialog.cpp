#include "ReceiveStockDialog.h"

#include "LotForm.h"
#include "StockCommands.h"
#include "common/AppContext.h"
#include "common/Clock.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace shotbook::ui {

ReceiveStockDialog::ReceiveStockDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_form(new LotForm(context.clock().today(), true, this))
    , m_error(new QLabel(this))
{
    m_error->setObjectName(QStringLiteral("errorLabel"));
    setWindowTitle(tr("Receive Syringes"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *advice = new QLabel(tr("Keep the syringes in the fridge (2–8 °C) in their carton, away "
                                 "from light. Do not freeze or shake them."),
                              this);
    advice->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Receive"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReceiveStockDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReceiveStockDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(advice);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_form->lotEdit()->setFocus();
}

QLineEdit *ReceiveStockDialog::lotEdit() const
{
    return m_form->lotEdit();
}

QDateEdit *ReceiveStockDialog::expiresEdit() const
{
    return m_form->expiresEdit();
}

QSpinBox *ReceiveStockDialog::countEdit() const
{
    return m_form->countEdit();
}

void ReceiveStockDialog::accept()
{
    if (auto done = DataCommand::execute(m_context, std::make_unique<ReceiveStockCommand>(
                                                        m_context, m_form->lot(), m_form->expires(),
                                                        m_form->count(), m_form->received()));
        !done) {
        m_error->setText(done.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace shotbook::ui
