#pragma once

#include "common/DataCommand.h"
#include "exchange/InjectionImport.h"

namespace shotbook::ui {

// Imports an injection log as one undoable edit: the first apply runs the
// import (all rows or none, in the command's transaction); undo removes
// exactly the injections it wrote; redo puts them back as they were.
class ImportCommand final : public DataCommand
{
public:
    ImportCommand(AppContext &context, QString path, qint64 patientId);

    const InjectionImport::Report &report() const { return m_report; }

protected:
    Status apply() override;
    Status revert() override;

private:
    QString m_path;
    qint64 m_patientId;
    bool m_done = false;
    InjectionImport::Report m_report;
};

} // namespace shotbook::ui
