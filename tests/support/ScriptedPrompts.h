#pragma once

#include "common/UserPrompts.h"

#include <QQueue>
#include <QStringList>

namespace shotbook::test {

// Answers the application's questions from a script, and records what was asked.
class ScriptedPrompts final : public ui::UserPrompts
{
public:
    QQueue<int> choices;
    QQueue<bool> confirmations;
    QQueue<std::optional<QString>> texts;
    QQueue<QString> openNames;
    QQueue<QString> saveNames;
    QQueue<QString> folderNames;
    QStringList asked;          // every title + text shown
    QStringList errors;         // every error text shown
    QList<ErrorDetail> details; // the problems of every problem list shown

    int choose(QWidget *, const QString &title, const QString &text, const QStringList &) override
    {
        asked << title + QStringLiteral(": ") + text;
        return choices.isEmpty() ? -1 : choices.dequeue();
    }
    bool confirm(QWidget *, const QString &title, const QString &text, const QString &) override
    {
        asked << title + QStringLiteral(": ") + text;
        return !confirmations.isEmpty() && confirmations.dequeue();
    }
    void error(QWidget *, const QString &title, const QString &text) override
    {
        asked << title + QStringLiteral(": ") + text;
        errors << text;
    }
    void problems(QWidget *, const QString &title, const QString &text,
                  const QList<ErrorDetail> &shown) override
    {
        asked << title + QStringLiteral(": ") + text;
        errors << text;
        details << shown;
    }
    std::optional<QString> text(QWidget *, const QString &title, const QString &label,
                                const QString &) override
    {
        asked << title + QStringLiteral(": ") + label;
        return texts.isEmpty() ? std::nullopt : texts.dequeue();
    }
    QString openFileName(QWidget *, const QString &title, const QString &) override
    {
        asked << title;
        return openNames.isEmpty() ? QString() : openNames.dequeue();
    }
    QString saveFileName(QWidget *, const QString &title, const QString &) override
    {
        asked << title;
        return saveNames.isEmpty() ? QString() : saveNames.dequeue();
    }
    QString folderName(QWidget *, const QString &title) override
    {
        asked << title;
        return folderNames.isEmpty() ? QString() : folderNames.dequeue();
    }
};

} // namespace shotbook::test
