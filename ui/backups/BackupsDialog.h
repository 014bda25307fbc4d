#pragma once

#include "storage/BackupRotation.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace shotbook::ui {

class AppContext;

// File ▸ Backups…: the database's automatic and manual backups (and the
// files restores replaced) with when they were made and their size; Make
// Backup Now; Restore… the selected one or another file, after a check of
// the backup and a confirmation that names where the current file is kept.
class BackupsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupsDialog)

public:
    explicit BackupsDialog(AppContext &context, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    const QList<BackupFile> &backups() const { return m_backups; }

public Q_SLOTS:
    void refresh();
    void makeBackupNow();
    void restoreSelected();
    void restoreFromFile();

Q_SIGNALS:
    void restored(const QString &keptAs);

private:
    void restore(const QString &path);

    AppContext &m_context;
    QTableWidget *m_table;
    QPushButton *m_restore;
    QList<BackupFile> m_backups;
};

} // namespace shotbook::ui
