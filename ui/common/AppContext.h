#pragma once

#include "ChangeNotice.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <memory>

namespace shotbook {
class ChangeListener;
class Clock;
class Database;
} // namespace shotbook

namespace shotbook::ui {

class ServerLink;
class UserPrompts;

// The services every view gets, passed in rather than reached globally: the
// database, the clock, the prompts, the one undo stack, and the notice that
// data changed (here or in another process, through PRAGMA data_version, or
// on a shared record through the server's change notices).
class AppContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppContext)

public:
    // `outboxPath`: where a shared record's window keeps what it logs while
    // the server cannot be reached (empty: Outbox::defaultPath()).
    AppContext(Database &database, const Clock &clock, UserPrompts &prompts,
               QObject *parent = nullptr, const QString &outboxPath = QString());
    ~AppContext() override;

    Database &database() const { return m_database; }
    const Clock &clock() const { return m_clock; }
    UserPrompts &prompts() const { return m_prompts; }
    // A shared record's connection and outbox; null for a file.
    ServerLink *serverLink() const { return m_link.get(); }
    QUndoStack *undoStack() { return &m_undoStack; }

    qint64 currentPatientId() const { return m_currentPatientId; }
    void setCurrentPatientId(qint64 id);

    // Called after every write made through this process, saying what changed.
    void notifyChanged(const ChangeNotice &notice);
    // Reads PRAGMA data_version now; when another process wrote, emits that
    // everything changed.
    void pollExternalChanges();
    // The database file was replaced (a restore): what the undo stack
    // remembers belongs to the old one; every view reads again.
    void databaseReplaced();
    // Reports a failed undo or redo to whoever shows errors.
    void reportError(const QString &message);

Q_SIGNALS:
    void changed(const shotbook::ui::ChangeNotice &notice);
    void currentPatientChanged(qint64 id);
    void errorReported(const QString &message);

private:
    // Another Shotbook changed the database: the undo stack no longer
    // matches it, every view reads again.
    void changedElsewhere();

    Database &m_database;
    const Clock &m_clock;
    UserPrompts &m_prompts;
    QUndoStack m_undoStack;
    QTimer m_pollTimer;
    // A shared record's notices (LISTEN/NOTIFY), gathered for a moment: one
    // transaction sends one per table it changed.
    std::unique_ptr<ChangeListener> m_listener;
    std::unique_ptr<ServerLink> m_link;
    QTimer m_noticeTimer;
    qint64 m_dataVersion = -1;
    qint64 m_currentPatientId = 0;
};

} // namespace shotbook::ui
