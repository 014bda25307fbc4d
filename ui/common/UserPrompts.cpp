#include "UserPrompts.h"

#include "ProblemListDialog.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace shotbook::ui {

int WidgetPrompts::choose(QWidget *parent, const QString &title, const QString &text,
                          const QStringList &buttons)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    QList<QAbstractButton *> added;
    for (qsizetype i = 0; i < buttons.size(); ++i)
        added << box.addButton(buttons.at(i), i == buttons.size() - 1 ? QMessageBox::RejectRole
                                                                      : QMessageBox::AcceptRole);
    box.exec();
    return static_cast<int>(added.indexOf(box.clickedButton()));
}

bool WidgetPrompts::confirm(QWidget *parent, const QString &title, const QString &text,
                            const QString &acceptLabel)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void WidgetPrompts::error(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::critical(parent, title, text);
}

void WidgetPrompts::problems(QWidget *parent, const QString &title, const QString &text,
                             const QList<ErrorDetail> &details)
{
    ProblemListDialog dialog(title, text, details, parent);
    dialog.exec();
}

std::optional<QString> WidgetPrompts::text(QWidget *parent, const QString &title,
                                           const QString &label, const QString &initial)
{
    bool ok = false;
    const QString entered =
        QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok)
        return std::nullopt;
    return entered;
}

QString WidgetPrompts::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString WidgetPrompts::saveFileName(QWidget *parent, const QString &title, const QString &filter)
{
    // Never overwrite: the caller refuses an existing file, so no dialog asks.
    return QFileDialog::getSaveFileName(parent, title, QString(), filter, nullptr,
                                        QFileDialog::DontConfirmOverwrite);
}

QString WidgetPrompts::folderName(QWidget *parent, const QString &title)
{
    return QFileDialog::getExistingDirectory(parent, title);
}

} // namespace shotbook::ui
