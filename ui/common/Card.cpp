#include "Card.h"

#include <QLabel>
#include <QVBoxLayout>

namespace shotbook::ui {

Card::Card(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_body(new QVBoxLayout)
    , m_layout(new QVBoxLayout(this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_title->setFont(font);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    m_title->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_layout->setContentsMargins(16, 12, 16, 14);
    m_layout->addWidget(m_title);
    m_layout->addLayout(m_body);
    // Made taller than its content (by the card beside it), it keeps the
    // content at the top; a stretch here would make every card grow.
    m_layout->setAlignment(Qt::AlignTop);
    setAccessibleName(title);
}

void Card::setBodyFillsHeight(bool fills)
{
    m_layout->setAlignment(fills ? Qt::Alignment() : Qt::AlignTop);
}

void Card::setTitle(const QString &title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

} // namespace shotbook::ui
