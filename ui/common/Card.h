#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace shotbook::ui {

// A titled panel on the palette's base colour, so it follows light and dark
// themes. Its content sits at the top: cards side by side, made as tall as
// each other, keep their titles and text on the same lines.
class Card final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Card)

public:
    explicit Card(const QString &title, QWidget *parent = nullptr);

    QVBoxLayout *body() const { return m_body; }
    void setTitle(const QString &title);
    // For a body that grows with the card (a list): it takes the extra
    // height instead of the space below the content.
    void setBodyFillsHeight(bool fills);

private:
    QLabel *m_title;
    QVBoxLayout *m_body;
    QVBoxLayout *m_layout;
};

} // namespace shotbook::ui
