#include "LogView.h"

#include "InjectionCommands.h"
#include "InjectionDialog.h"
#include "LogTableModel.h"
#include "common/AppContext.h"
#include "common/EmptyState.h"
#include "common/UserPrompts.h"
#include "common/ViewRefresher.h"
#include "injections/InjectionLog.h"
#include "storage/Database.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace shotbook::ui {

LogView::LogView(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new LogTableModel(context, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_from(new QDateEdit(m_model->from(), this))
    , m_to(new QDateEdit(m_model->to(), this))
    , m_edit(new QPushButton(tr("&Change…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    m_model->setObjectName(QStringLiteral("model"));
    // The model reloads when what it lists changes (or when next shown).
    new ViewRefresher(this, context, DataKind::Injections | DataKind::Regimens | DataKind::Patients,
                      [this] { m_model->reload(); });
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LogTableModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows walk it
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LogTableModel::WhenColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Injection log"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setObjectName(QStringLiteral("logTable"));
    new EmptyState(m_table, tr("No injections in these dates — Log Injection… or Ctrl+L"));

    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        connect(edit, &QDateEdit::dateChanged, this,
                [this] { m_model->setRange(m_from->date(), m_to->date()); });
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));

    auto *log = new QPushButton(tr("&Log Injection…"), this);
    log->setObjectName(QStringLiteral("logButton"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    connect(log, &QPushButton::clicked, this, &LogView::logInjection);
    connect(m_edit, &QPushButton::clicked, this, &LogView::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &LogView::deleteSelected);
    connect(m_table, &QTableView::doubleClicked, this, &LogView::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LogView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        updateButtons();
    });

    auto *filter = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    filter->addWidget(fromLabel);
    filter->addWidget(m_from);
    filter->addWidget(toLabel);
    filter->addWidget(m_to);
    filter->addStretch();
    filter->addWidget(log);
    filter->addWidget(m_edit);
    filter->addWidget(m_delete);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filter);
    layout->addWidget(m_table, 1);
    m_table->resizeColumnsToContents();
    updateButtons();
}

std::optional<qint64> LogView::selectedInjectionId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return std::nullopt;
    const QVariant id = m_proxy->data(current, LogTableModel::InjectionIdRole);
    if (!id.isValid())
        return std::nullopt;
    return id.toLongLong();
}

void LogView::updateButtons()
{
    const bool injection = selectedInjectionId().has_value();
    m_edit->setEnabled(injection);
    m_delete->setEnabled(injection);
}

void LogView::logInjection()
{
    if (m_context.currentPatientId() <= 0)
        return;
    InjectionDialog dialog(m_context, m_context.currentPatientId(), this);
    dialog.exec();
}

void LogView::editSelected()
{
    const auto id = selectedInjectionId();
    if (!id)
        return;
    const auto injection = InjectionLog(m_context.database(), m_context.clock()).get(*id);
    if (!injection) {
        m_context.prompts().error(this, tr("Change Injection"), injection.error().message);
        return;
    }
    InjectionDialog dialog(m_context, *injection, this);
    dialog.exec();
}

void LogView::deleteSelected()
{
    const auto id = selectedInjectionId();
    if (!id)
        return;
    const auto injection = InjectionLog(m_context.database(), m_context.clock()).get(*id);
    if (!injection) {
        m_context.prompts().error(this, tr("Delete Injection"), injection.error().message);
        return;
    }
    // Undoable (Edit ▸ Undo), so no question first.
    if (auto done = DataCommand::execute(
            m_context, std::make_unique<DeleteInjectionCommand>(m_context, *injection));
        !done)
        m_context.prompts().error(this, tr("Delete Injection"), done.error().message);
}

} // namespace shotbook::ui
