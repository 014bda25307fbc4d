#include "ProblemListDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shotbook::ui {

ProblemListDialog::ProblemListDialog(const QString &title, const QString &text,
                                     const QList<ErrorDetail> &details, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto *summary = new QLabel(text, this);
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *table = new QTableWidget(static_cast<int>(details.size()), 4, this);
    table->setObjectName(QStringLiteral("problems"));
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows walk it
    table->setAccessibleName(tr("Problems"));
    table->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Problem")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    for (int row = 0; row < details.size(); ++row) {
        const ErrorDetail &detail = details.at(row);
        table->setItem(
            row, 0,
            new QTableWidgetItem(detail.line > 0 ? QString::number(detail.line) : QString()));
        table->setItem(row, 1, new QTableWidgetItem(detail.field));
        table->setItem(row, 2, new QTableWidgetItem(detail.value));
        table->setItem(row, 3, new QTableWidgetItem(detail.message));
    }
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

} // namespace shotbook::ui
