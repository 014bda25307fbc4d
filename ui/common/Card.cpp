#include "Card.h"

#include <QLabel>
#include <QVBoxLayout>

namespace shotbook::ui {

Card::Card(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_body(new QVBoxLayout)
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_title->setFont(font);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->addWidget(m_title);
    layout->addLayout(m_body);
    setAccessibleName(title);
}

void Card::setTitle(const QString &title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

} // namespace shotbook::ui
