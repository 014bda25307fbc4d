#include "LotForm.h"

#include "stock/StockRules.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace shotbook::ui {

LotForm::LotForm(const QDate &today, bool askReceived, QWidget *parent)
    : QWidget(parent)
    , m_today(today)
    , m_lot(new QLineEdit(this))
    , m_expires(new QDateEdit(today.addMonths(6), this))
    , m_count(new QSpinBox(this))
{
    setObjectName(QStringLiteral("lotForm"));
    m_lot->setObjectName(QStringLiteral("lotEdit"));
    m_lot->setMaxLength(60);
    m_lot->setPlaceholderText(tr("As printed on the carton, e.g. 1234567"));
    m_expires->setObjectName(QStringLiteral("expiresEdit"));
    m_expires->setCalendarPopup(true);
    m_count->setObjectName(QStringLiteral("countEdit"));
    m_count->setRange(1, StockRules::MaxCount);
    m_count->setValue(28);
    m_count->setSuffix(tr(" syringes"));

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

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Lot number:"), m_lot);
    form->addRow(tr("&Expires:"), m_expires);
    form->addRow(countLabel, packs);
    if (askReceived) {
        m_received = new QDateEdit(today, this);
        m_received->setCalendarPopup(true);
        m_received->setMaximumDate(today);
        form->addRow(tr("&Received on:"), m_received);
    }
}

QString LotForm::lot() const
{
    return m_lot->text().trimmed();
}

QDate LotForm::expires() const
{
    return m_expires->date();
}

int LotForm::count() const
{
    return m_count->value();
}

QDate LotForm::received() const
{
    return m_received ? m_received->date() : m_today;
}

} // namespace shotbook::ui
