#include "DataCommand.h"

#include "AppContext.h"

namespace shotbook::ui {

DataCommand::DataCommand(AppContext &context, const QString &text)
    : QUndoCommand(text)
    , m_context(context)
{}

Status DataCommand::execute(AppContext &context, std::unique_ptr<DataCommand> command)
{
    if (auto applied = command->apply(); !applied)
        return applied;
    command->m_applied = true;
    context.undoStack()->push(command.release());
    context.notifyChanged();
    return {};
}

void DataCommand::redo()
{
    if (m_applied)
        return; // execute() already applied it; this is QUndoStack::push calling
    if (auto applied = apply(); !applied) {
        setObsolete(true);
        m_context.reportError(applied.error().message);
    }
    m_context.notifyChanged();
}

void DataCommand::undo()
{
    m_applied = false;
    if (auto reverted = revert(); !reverted) {
        setObsolete(true);
        m_context.reportError(reverted.error().message);
    }
    m_context.notifyChanged();
}

} // namespace shotbook::ui
