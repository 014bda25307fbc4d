#pragma once

#include "common/Error.h"

#include <QDialog>

namespace shotbook::ui {

// Says why something was refused and lists every problem behind it, one a
// row: the line and column of a file, the value found, what is wrong.
class ProblemListDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemListDialog)

public:
    ProblemListDialog(const QString &title, const QString &text, const QList<ErrorDetail> &details,
                      QWidget *parent = nullptr);
};

} // namespace shotbook::ui
