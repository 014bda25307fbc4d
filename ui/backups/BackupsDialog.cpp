#include "BackupsDialog.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/UserPrompts.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/DatabaseRestore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <iterator>

namespace shotbook::ui {

namespace {

QString kindName(BackupFile::Kind kind)
{
    switch (kind) {
    case BackupFile::Kind::Automatic:
        return BackupsDialog::tr("Automatic");
    case BackupFile::Kind::Manual:
        return BackupsDialog::tr("Made by hand");
    case BackupFile::Kind::BeforeRestore:
        return BackupsDialog::tr("Replaced by a restore");
    }
    return QString();
}

} // namespace

BackupsDialog::BackupsDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_table(new QTableWidget(0, 3, this))
    , m_restore(new QPushButton(tr("&Restore…"), this))
{
    setWindowTitle(tr("Backups"));
    auto *where = new QLabel(
        tr("Backups of %1 are kept in %2.")
            .arg(QDir::toNativeSeparators(context.database().path()),
                 QDir::toNativeSeparators(Backups::folderFor(context.database().path()))),
        this);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(QStringLiteral("backups"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows walk it
    m_table->setAccessibleName(tr("Backups"));
    m_table->setHorizontalHeaderLabels({tr("Made"), tr("Kind"), tr("Size")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *make = new QPushButton(tr("&Make Backup Now"), this);
    auto *fromFile = new QPushButton(tr("Restore from &File…"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(make, QDialogButtonBox::ActionRole);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(fromFile, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(make, &QPushButton::clicked, this, &BackupsDialog::makeBackupNow);
    connect(m_restore, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    connect(fromFile, &QPushButton::clicked, this, &BackupsDialog::restoreFromFile);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!m_table->selectedItems().isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    // Buttons made before the box joined it: without an explicit order, Tab
    // went round two of them and never reached the table or Close.
    QWidget *order[] = {m_table, make, m_restore, fromFile,
                        buttons->button(QDialogButtonBox::Close)};
    for (std::size_t i = 0; i < std::size(order); ++i)
        setTabOrder(order[i], order[(i + 1) % std::size(order)]);
    resize(620, 400);
    refresh();
}

void BackupsDialog::refresh()
{
    const auto listed = Backups::list(m_context.database().path());
    m_backups = listed ? *listed : QList<BackupFile>();
    m_table->setRowCount(static_cast<int>(m_backups.size()));
    const QLocale locale;
    for (int row = 0; row < m_backups.size(); ++row) {
        const BackupFile &backup = m_backups.at(row);
        auto *made =
            new QTableWidgetItem(locale.toString(backup.made.toLocalTime(), QLocale::ShortFormat));
        made->setToolTip(QDir::toNativeSeparators(backup.path));
        m_table->setItem(row, 0, made);
        m_table->setItem(row, 1, new QTableWidgetItem(kindName(backup.kind)));
        m_table->setItem(row, 2, new QTableWidgetItem(locale.formattedDataSize(backup.size)));
    }
    m_table->resizeColumnsToContents();
    if (!m_backups.isEmpty())
        m_table->selectRow(0);
    m_restore->setEnabled(!m_table->selectedItems().isEmpty());
}

void BackupsDialog::makeBackupNow()
{
    const auto made =
        Backups::make(m_context.database(), m_context.clock(), BackupFile::Kind::Manual);
    if (!made)
        m_context.prompts().error(this, tr("Make Backup"), made.error().message);
    refresh();
}

void BackupsDialog::restoreSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_backups.size())
        return;
    restore(m_backups.at(row).path);
}

void BackupsDialog::restoreFromFile()
{
    const QString path = m_context.prompts().openFileName(
        this, tr("Restore from File"), tr("Shotbook databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        restore(path);
}

void BackupsDialog::restore(const QString &path)
{
    UserPrompts &prompts = m_context.prompts();
    Database &database = m_context.database();
    // Checked before anything is asked or replaced.
    auto prepared = DatabaseRestore::prepare(path, database.path());
    if (!prepared) {
        if (prepared.error().details.isEmpty())
            prompts.error(this, tr("Restore"), prepared.error().message);
        else
            prompts.problems(this, tr("Restore"), prepared.error().message,
                             prepared.error().details);
        return;
    }
    const QString made = QLocale().toString(QFileInfo(path).lastModified(), QLocale::ShortFormat);
    const QString text =
        tr("Replace everything in %1 with the backup %2 (%3)? Whatever was recorded since that "
           "backup is no longer shown. The current file is kept as %4, and can be restored "
           "from this list.")
            .arg(QDir::toNativeSeparators(database.path()), QDir::toNativeSeparators(path), made,
                 QDir::toNativeSeparators(prepared->keptPathFor(m_context.clock())));
    if (!prompts.confirm(this, tr("Restore"), text, tr("&Restore")))
        return;
    const auto kept = prepared->replace(m_context.clock(), &database);
    m_context.databaseReplaced();
    if (!kept) {
        prompts.error(this, tr("Restore"), kept.error().message);
        refresh();
        return;
    }
    refresh();
    Q_EMIT restored(*kept);
}

} // namespace shotbook::ui
