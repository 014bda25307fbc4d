#pragma once

#include "common/DataCommand.h"

#include <QCoreApplication>
#include <QDate>

namespace shotbook::ui {

// Stock edits for the undo stack. Undo writes a correcting movement, so the
// stock history stays complete.
class ReceiveStockCommand final : public DataCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReceiveStockCommand)

public:
    ReceiveStockCommand(AppContext &context, QString lot, QDate expires, int count, QDate received);

protected:
    Status apply() override;
    Status revert() override;

private:
    QString m_lot;
    QDate m_expires;
    int m_count;
    QDate m_received;
    bool m_done = false;
};

class DiscardStockCommand final : public DataCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiscardStockCommand)

public:
    DiscardStockCommand(AppContext &context, QString lot, int count, QString reason, QString note);

protected:
    Status apply() override;
    Status revert() override;

private:
    QString m_lot;
    int m_count;
    QString m_reason;
    QString m_note;
};

class TakeOutOfFridgeCommand final : public DataCommand
{
    Q_DECLARE_TR_FUNCTIONS(TakeOutOfFridgeCommand)

public:
    TakeOutOfFridgeCommand(AppContext &context, QString lot, int count);

protected:
    Status apply() override;
    Status revert() override;

private:
    QString m_lot;
    int m_count;
};

} // namespace shotbook::ui
