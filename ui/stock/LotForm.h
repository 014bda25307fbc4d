#pragma once

#include <QDate>
#include <QString>
#include <QWidget>

class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace shotbook::ui {

// A pack of syringes as printed on the carton: lot number, expiry date and
// count (with the pack sizes sold), and optionally the day it was received.
// Checks nothing itself: core's StockRules do, when it is received.
class LotForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LotForm)

public:
    LotForm(const QDate &today, bool askReceived, QWidget *parent = nullptr);

    QString lot() const;
    QDate expires() const;
    int count() const;
    QDate received() const; // today when not asked

    QLineEdit *lotEdit() const { return m_lot; }
    QDateEdit *expiresEdit() const { return m_expires; }
    QSpinBox *countEdit() const { return m_count; }

private:
    QDate m_today;
    QLineEdit *m_lot;
    QDateEdit *m_expires;
    QSpinBox *m_count;
    QDateEdit *m_received = nullptr;
};

} // namespace shotbook::ui
