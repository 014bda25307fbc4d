#pragma once

#include "ChangeNotice.h"
#include "common/Error.h"

#include <QUndoCommand>

#include <memory>

namespace shotbook::ui {

class AppContext;

// An edit of the stored data that can be undone. Widgets never write to the
// database themselves: they build a DataCommand and hand it to execute().
// apply() and revert() each run as one transaction.
class DataCommand : public QUndoCommand
{
public:
    // Applies the command; only when that worked is it put on the undo stack
    // (without applying it twice). A failure is returned for the caller to show.
    static Status execute(AppContext &context, std::unique_ptr<DataCommand> command);

    void redo() final;
    void undo() final;

protected:
    // `notice` says what the command changes; without one, views reload
    // everything (right, but slower).
    DataCommand(AppContext &context, const QString &text,
                ChangeNotice notice = ChangeNotice::everything());
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    AppContext &context() const { return m_context; }

private:
    Status applyAtomically();

    AppContext &m_context;
    ChangeNotice m_notice;
    bool m_applied = false;
};

} // namespace shotbook::ui
