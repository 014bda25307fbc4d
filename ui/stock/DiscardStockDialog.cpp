#include "DiscardStockDialog.h"

#include "StockCommands.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "stock/StockRules.h"
#include "stock/StockService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace shotbook::ui {

DiscardStockDialog::DiscardStockDialog(AppContext &context, const QString &lot, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_lot(new QComboBox(this))
    , m_count(new QSpinBox(this))
    , m_reason(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_reason->setObjectName(QStringLiteral("reasonBox"));
    m_count->setObjectName(QStringLiteral("countEdit"));
    setWindowTitle(tr("Discard Syringes"));
    StockService stock(context.database(), context.clock());
    const QDate today = context.clock().today();
    if (const auto lots = stock.lots()) {
        for (const Lot &candidate : *lots) {
            if (candidate.remaining > 0)
                m_lot->addItem(tr("%1 (%2 left)").arg(candidate.lot).arg(candidate.remaining),
                               candidate.lot);
        }
        m_lot->setCurrentIndex(qMax(0, m_lot->findData(lot)));
        // An expired lot is discarded for that reason by default.
        for (const Lot &candidate : *lots) {
            if (candidate.lot == lot && candidate.isExpiredOn(today))
                m_reason->setProperty("defaultReason", QStringLiteral("expired"));
        }
    }
    m_count->setRange(1, StockRules::MaxCount);
    for (const QString &reason : StockRules::discardReasons())
        m_reason->addItem(StockRules::discardReasonName(reason), reason);
    m_reason->setCurrentIndex(
        qMax(0, m_reason->findData(m_reason->property("defaultReason").toString())));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Lot:"), m_lot);
    form->addRow(tr("&Count:"), m_count);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Note:"), m_note);
    auto *advice = new QLabel(tr("Never use a syringe that is cloudy, discoloured or has "
                                 "particles in it, that was frozen, dropped or damaged, or that "
                                 "was out of the fridge too long."),
                              this);
    advice->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Discard"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DiscardStockDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DiscardStockDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(advice);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void DiscardStockDialog::accept()
{
    if (auto done = DataCommand::execute(
            m_context, std::make_unique<DiscardStockCommand>(
                           m_context, m_lot->currentData().toString(), m_count->value(),
                           m_reason->currentData().toString(), m_note->text().trimmed()));
        !done) {
        m_error->setText(done.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace shotbook::ui
