#include "DataCommand.h"

#include "AppContext.h"
#include "storage/Transaction.h"

namespace shotbook::ui {

DataCommand::DataCommand(AppContext &context, const QString &text, ChangeNotice notice)
    : QUndoCommand(text)
    , m_context(context)
    , m_notice(notice)
{}

Status DataCommand::execute(AppContext &context, std::unique_ptr<DataCommand> command)
{
    if (auto applied = command->applyAtomically(); !applied)
        return applied;
    command->m_applied = true;
    const ChangeNotice notice = command->m_notice;
    context.undoStack()->push(command.release());
    context.notifyChanged(notice);
    return {};
}

// However many services a command calls, applying or reverting it is one
// transaction: all of it is written, or nothing.
Status DataCommand::applyAtomically()
{
    return Transaction::run(m_context.database(), [this] { return apply(); });
}

void DataCommand::redo()
{
    if (m_applied)
        return; // execute() already applied it; this is QUndoStack::push calling
    if (auto applied = applyAtomically(); !applied) {
        setObsolete(true);
        m_context.reportError(applied.error().message);
    }
    m_context.notifyChanged(m_notice);
}

void DataCommand::undo()
{
    m_applied = false;
    if (auto reverted = Transaction::run(m_context.database(), [this] { return revert(); });
        !reverted) {
        setObsolete(true);
        m_context.reportError(reverted.error().message);
    }
    m_context.notifyChanged(m_notice);
}

} // namespace shotbook::ui
