#include "LogTableModel.h"

#include "common/LocaleFormat.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/TimeText.h"
#include "regimen/PatientSchedule.h"
#include "regimen/Schedule.h"
#include "sites/Zones.h"
#include "storage/Database.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace shotbook::ui {

LogTableModel::LogTableModel(AppContext &context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{
    const QDate today = context.clock().today();
    m_from = today.addDays(-29);
    m_to = today;
    reload();
}

void LogTableModel::setRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    reload();
}

void LogTableModel::reload()
{
    QList<Row> rows;
    const qint64 patientId = m_context.currentPatientId();
    if (patientId > 0 && m_from <= m_to) {
        const auto schedule = PatientSchedule::load(m_context.database(), patientId, m_from, m_to);
        if (!schedule) {
            m_context.reportError(schedule.error().message);
        } else {
            const QDateTime now = m_context.clock().now();
            const auto inRange = [&](const QDateTime &when) {
                const QDate day = when.toLocalTime().date();
                return day >= m_from && day <= m_to;
            };
            const auto &slots = schedule->slots();
            const auto &matching = schedule->matching();
            for (qsizetype i = 0; i < schedule->injections().size(); ++i) {
                const Injection &injection = schedule->injections().at(i);
                if (!inRange(injection.at))
                    continue;
                QString status;
                const int slot = matching.slotOf.at(i);
                if (slot < 0) {
                    status = tr("extra dose");
                } else {
                    const QDateTime &due = slots.at(slot).due;
                    const qint64 late = due.secsTo(injection.at);
                    switch (timeliness(due, injection.at)) {
                    case Timeliness::OnTime:
                        status = tr("on time");
                        break;
                    case Timeliness::Late:
                        status = tr("%1 late").arg(TimeText::span(late));
                        break;
                    case Timeliness::Early:
                        status = tr("%1 early").arg(TimeText::span(late));
                        break;
                    }
                }
                rows.append({injection.at, injection, status});
            }
            for (qsizetype i = 0; i < slots.size(); ++i) {
                const Slot &slot = slots.at(i);
                if (inRange(slot.due) && matching.filledBy.at(i) < 0 &&
                    slot.due.addSecs(slot.halfWindowSecs) < now)
                    rows.append({slot.due, std::nullopt, tr("missed")});
            }
            std::sort(rows.begin(), rows.end(),
                      [](const Row &a, const Row &b) { return a.when < b.when; });
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int LogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QLocale locale;
    if (role == InjectionIdRole)
        return row.injection ? QVariant(row.injection->id) : QVariant();
    if (role == SortRole) {
        switch (index.column()) {
        case WhenColumn:
            return row.when.toMSecsSinceEpoch();
        case DoseColumn:
            return row.injection ? row.injection->doseMg : 0.0;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ForegroundRole && !row.injection)
        return QGuiApplication::palette().brush(QPalette::PlaceholderText);
    if (role == Qt::TextAlignmentRole && index.column() == DoseColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return shotbook::locale::shortDateTime(row.when);
    case DoseColumn:
        return row.injection ? tr("%1 mg").arg(locale.toString(row.injection->doseMg, 'g', 4))
                             : QString();
    case SiteColumn:
        return row.injection ? Zones::displayName(row.injection->site) : QString();
    case StatusColumn:
        return row.status;
    case LotColumn:
        return row.injection ? row.injection->lot.value_or(QString()) : QString();
    case GivenByColumn:
        return row.injection ? row.injection->givenBy : QString();
    case NoteColumn:
        return row.injection ? row.injection->note : QString();
    default:
        return {};
    }
}

QVariant LogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case DoseColumn:
        return tr("Dose");
    case SiteColumn:
        return tr("Site");
    case StatusColumn:
        return tr("Status");
    case LotColumn:
        return tr("Lot");
    case GivenByColumn:
        return tr("Given by");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace shotbook::ui
