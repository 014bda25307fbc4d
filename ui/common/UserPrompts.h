#pragma once

#include "common/Error.h"

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace shotbook::ui {

// The questions the application asks the user in modal dialogs. Passed in, so
// that tests answer them without a dialog ever blocking.
class UserPrompts
{
public:
    virtual ~UserPrompts() = default;

    // Returns the index of the chosen button, or -1 when the dialog was closed.
    virtual int choose(QWidget *parent, const QString &title, const QString &text,
                       const QStringList &buttons) = 0;
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &acceptLabel) = 0;
    virtual void error(QWidget *parent, const QString &title, const QString &text) = 0;
    // A refusal with the problems behind it, e.g. every bad row of an
    // imported file with its line and column.
    virtual void problems(QWidget *parent, const QString &title, const QString &text,
                          const QList<ErrorDetail> &details) = 0;
    // A line of text; an empty optional when cancelled.
    virtual std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                                        const QString &initial) = 0;
    // An empty string when cancelled.
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &filter) = 0;
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &filter) = 0;
    // An existing folder; an empty string when cancelled.
    virtual QString folderName(QWidget *parent, const QString &title) = 0;

protected:
    UserPrompts() = default;
};

// The real dialogs.
class WidgetPrompts final : public UserPrompts
{
public:
    int choose(QWidget *parent, const QString &title, const QString &text,
               const QStringList &buttons) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &acceptLabel) override;
    void error(QWidget *parent, const QString &title, const QString &text) override;
    void problems(QWidget *parent, const QString &title, const QString &text,
                  const QList<ErrorDetail> &details) override;
    std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                                const QString &initial) override;
    QString openFileName(QWidget *parent, const QString &title, const QString &filter) override;
    QString saveFileName(QWidget *parent, const QString &title, const QString &filter) override;
    QString folderName(QWidget *parent, const QString &title) override;
};

} // namespace shotbook::ui
