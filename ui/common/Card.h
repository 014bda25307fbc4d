#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace shotbook::ui {

// A titled panel on the palette's base colour, so it follows light and dark themes.
class Card final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Card)

public:
    explicit Card(const QString &title, QWidget *parent = nullptr);

    QVBoxLayout *body() const { return m_body; }
    void setTitle(const QString &title);

private:
    QLabel *m_title;
    QVBoxLayout *m_body;
};

} // namespace shotbook::ui
