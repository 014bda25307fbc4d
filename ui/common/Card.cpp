#include "Card.h"

#include <QLabel>
#include <QVBoxLayout>

namespace shotbook::ui {

namespace {

// The card's own layout: a stretch under the content takes what height the
// card has beyond it (the card beside it is taller), so the content stays at
// the top. A box layout with a stretch calls itself expanding, which would
// make every card grow in a column of cards: this one does not, unless its
// body fills the height.
class CardLayout final : public QVBoxLayout
{
public:
    explicit CardLayout(QWidget *parent)
        : QVBoxLayout(parent)
    {}

    void setFills(bool fills) { m_fills = fills; }
    Qt::Orientations expandingDirections() const override
    {
        return m_fills ? QVBoxLayout::expandingDirections() : Qt::Orientations();
    }

private:
    bool m_fills = false;
};

} // namespace

Card::Card(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_body(new QVBoxLayout)
    , m_layout(new CardLayout(this))
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
    m_layout->addStretch(1);
    setAccessibleName(title);
}

void Card::setBodyFillsHeight(bool fills)
{
    static_cast<CardLayout *>(m_layout)->setFills(fills);
    m_layout->setStretch(1, fills ? 1 : 0);
    m_layout->setStretch(2, fills ? 0 : 1);
    m_layout->invalidate();
}

void Card::setTitle(const QString &title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

} // namespace shotbook::ui
