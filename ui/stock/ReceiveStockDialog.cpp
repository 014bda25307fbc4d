#include "ReceiveStockDialog.h"

#include "StockCommands.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "stock/StockRules.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace shotbook::ui {

ReceiveStockDialog::ReceiveStockDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_lot(new QLineEdit(this))
    , m_expires(new QDateEdit(context.clock().today().addMonths(6), this))
    , m_count(new QSpinBox(this))
    , m_received(new QDateEdit(context.clock().today(), this))
    , m_error(new QLabel(this))
{
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_count->setObjectName(QStringLiteral("countEdit"));
    m_expires->setObjectName(QStringLiteral("expiresEdit"));
    m_lot->setObjectName(QStringLiteral("lotEdit"));
    setWindowTitle(tr("Receive Syringes"));
    m_lot->setMaxLength(60);
    m_lot->setPlaceholderText(tr("As printed on the carton, e.g. 1234567"));
    m_expires->setCalendarPopup(true);
    m_received->setCalendarPopup(true);
    m_received->setMaximumDate(context.clock().today());
    m_count->setRange(1, StockRules::MaxCount);
    m_count->setValue(28);
    m_count->setSuffix(tr(" syringes"));
    m_error->setWordWrap(true);
    m_error->hide();

    // The packs sold: 1, 7 or 28 prefilled syringes.
    auto *packs = new QHBoxLayout;
    packs->addWidget(m_count, 1);
    for (const int pack : {1, 7, 28}) {
        auto *button = new QPushButton(tr("Pack of %1").arg(pack), this);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, pack] { m_count->setValue(pack); });
        packs->addWidget(button);
    }
    auto *countLabel = new QLabel(tr("&Count:"), this);
    countLabel->setBuddy(m_count);

    auto *form = new QFormLayout;
    form->addRow(tr("&Lot number:"), m_lot);
    form->addRow(tr("&Expires:"), m_expires);
    form->addRow(countLabel, packs);
    form->addRow(tr("&Received on:"), m_received);
    auto *advice = new QLabel(tr("Keep the syringes in the fridge (2–8 °C) in their carton, away "
                                 "from light. Do not freeze or shake them."),
                              this);
    advice->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Receive"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReceiveStockDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReceiveStockDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(advice);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void ReceiveStockDialog::accept()
{
    if (auto done = DataCommand::execute(
            m_context, std::make_unique<ReceiveStockCommand>(m_context, m_lot->text().trimmed(),
                                                             m_expires->date(), m_count->value(),
                                                             m_received->date()));
        !done) {
        m_error->setText(done.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace shotbook::ui
