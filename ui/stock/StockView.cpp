#include "StockView.h"

#include "common/LocaleFormat.h"
#include "common/ViewRefresher.h"

#include "DiscardStockDialog.h"
#include "LotTableModel.h"
#include "ReceiveStockDialog.h"
#include "StockChart.h"
#include "StockCommands.h"
#include "common/AppContext.h"
#include "common/Card.h"
#include "common/Clock.h"
#include "common/EmptyState.h"
#include "common/UserPrompts.h"
#include "stock/StockRules.h"
#include "stock/StockService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

namespace shotbook::ui {

StockView::StockView(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_lots(new LotTableModel(context, this))
    , m_table(new QTableView(this))
    , m_forecast(new QLabel(this))
    , m_chart(new StockChart(this))
    , m_history(new QTableWidget(this))
    , m_discard(new QPushButton(tr("&Discard…"), this))
    , m_takeOut(new QPushButton(tr("&Out of Fridge"), this))
{
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setTabKeyNavigation(false); // Tab leaves the table; arrows walk it
    m_forecast->setObjectName(QStringLiteral("forecastLabel"));
    m_lots->setObjectName(QStringLiteral("lots"));
    m_forecast->setWordWrap(true);
    m_forecast->setTextFormat(Qt::RichText);
    m_forecast->setAccessibleName(tr("Stock forecast"));
    auto *forecastCard = new Card(tr("Supply"), this);
    forecastCard->body()->addWidget(m_forecast);

    auto *advice = new QLabel(
        tr("Keep syringes in the fridge at 2–8 °C, in the carton, away from light. Do not freeze "
           "or shake them. Out of the fridge (up to 25 °C) a syringe must be used within the "
           "allowed time and never put back. Do not use a syringe that is cloudy or has "
           "particles in it."),
        this);
    advice->setWordWrap(true);
    auto *adviceCard = new Card(tr("Storage"), this);
    adviceCard->body()->addWidget(advice);

    auto *cards = new QHBoxLayout;
    cards->addWidget(forecastCard, 3);
    cards->addWidget(adviceCard, 2);

    m_table->setModel(m_lots);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows walk it
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Lots in stock"));
    m_table->setObjectName(QStringLiteral("lotTable"));
    new EmptyState(m_table, tr("No syringes recorded yet — Receive… adds the lot number, expiry "
                               "date and count printed on the carton."));
    m_history->setColumnCount(5);
    m_history->setHorizontalHeaderLabels(
        {tr("When"), tr("Lot"), tr("Change"), tr("What"), tr("Reason")});
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setAccessibleName(tr("Stock history"));
    new EmptyState(m_history, tr("Nothing received or used yet."));

    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_table, tr("&Lots"));
    tabs->addTab(m_chart, tr("&Forecast"));
    tabs->addTab(m_history, tr("&History"));
    connect(tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_historyStale && m_history->isVisible())
            refreshHistory();
    });

    auto *receive = new QPushButton(tr("&Receive…"), this);
    m_takeOut->setToolTip(tr("Record one syringe of the selected lot as taken out of the fridge"));
    connect(receive, &QPushButton::clicked, this, &StockView::receive);
    connect(m_discard, &QPushButton::clicked, this, &StockView::discardSelected);
    connect(m_takeOut, &QPushButton::clicked, this, &StockView::takeOutSelected);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(receive);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_takeOut);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(cards);
    layout->addWidget(tabs, 1);
    layout->addLayout(buttons);

    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_takeOut->setObjectName(QStringLiteral("outOfFridgeButton"));
    // The forecast follows every patient's regimen and weight.
    auto *refresher = new ViewRefresher(
        this, m_context,
        DataKind::Stock | DataKind::Injections | DataKind::Regimens | DataKind::Weights |
            DataKind::Patients | DataKind::Settings,
        [this] { refresh(); }, true);
    connect(m_lots, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        updateButtons();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StockView::updateButtons);
    refresher->loadFirst(); // the stock's whole history: not before it is shown
    updateButtons();
}

void StockView::refresh()
{
    // Fitted to the lots once it is first shown (241 lots after twenty years).
    if (!std::exchange(m_columnsFitted, true))
        m_table->resizeColumnsToContents();
    const QLocale locale;
    StockService stock(m_context.database(), m_context.clock());
    const auto forecast = stock.status(std::nullopt);
    const auto lots = stock.lots();
    if (!forecast || !lots) {
        m_forecast->setText((!forecast ? forecast.error() : lots.error()).message.toHtmlEscaped());
        return;
    }
    QStringList lines;
    lines << tr("<b>%n usable syringe(s)</b> in stock.", nullptr, forecast->syringesLeft);
    if (forecast->daysLeft)
        lines << tr("At %1 a day they last <b>%n day(s)</b>, until %2.", nullptr,
                    static_cast<int>(std::floor(*forecast->daysLeft)))
                     .arg(locale.toString(forecast->syringesPerDay, 'g', 3),
                          locale.toString(*forecast->runsOutOn, QLocale::LongFormat));
    else
        lines << tr("No regimen uses syringes today.");
    for (const StockAlert &alert : forecast->alerts)
        lines << QStringLiteral("⚠ ") + alert.message.toHtmlEscaped();
    m_forecast->setText(lines.join(QStringLiteral("<br>")));
    m_chart->setData(*lots, forecast->syringesPerDay, m_context.clock().today());

    // Every movement of twenty years (thousands of rows, 20 MB): only when
    // the History tab is on screen (or the view stands alone).
    if (parentWidget() && !m_history->isVisible()) {
        m_historyStale = true;
        return;
    }
    refreshHistory();
}

void StockView::refreshHistory()
{
    m_historyStale = false;
    const QLocale locale;
    StockService stock(m_context.database(), m_context.clock());
    m_history->setRowCount(0);
    if (const auto movements = stock.movements()) {
        m_history->setRowCount(static_cast<int>(movements->size()));
        int row = 0;
        for (auto it = movements->crbegin(); it != movements->crend(); ++it, ++row) {
            const StockMovement &movement = *it;
            QString what = movement.kind;
            if (movement.kind == QLatin1String("received"))
                what = tr("received");
            else if (movement.kind == QLatin1String("used"))
                what = tr("used for an injection");
            else if (movement.kind == QLatin1String("discarded"))
                what = tr("discarded");
            else if (movement.kind == QLatin1String("adjusted"))
                what = tr("corrected");
            const QStringList cells{
                // Syringes are received on a day; the other movements have a time.
                movement.kind == QLatin1String("received")
                    ? locale.toString(movement.at.toLocalTime().date(), QLocale::ShortFormat)
                    : shotbook::locale::shortDateTime(movement.at),
                movement.lot,
                movement.count > 0 ? QStringLiteral("+%1").arg(movement.count)
                                   : QString::number(movement.count),
                what,
                movement.kind == QLatin1String("discarded")
                    ? StockRules::discardReasonName(movement.reason)
                    : movement.note};
            for (int column = 0; column < cells.size(); ++column)
                m_history->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
        m_history->resizeColumnsToContents();
    }
}

QString StockView::selectedLot() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return {};
    return m_lots->data(m_lots->index(current.row(), 0), LotTableModel::LotRole).toString();
}

// Discarding needs a lot with syringes left; taking one out of the fridge,
// one still in date and in the fridge.
void StockView::updateButtons()
{
    const bool selected = !selectedLot().isEmpty();
    const Lot *lot = selected ? &m_lots->lotAt(m_table->currentIndex().row()) : nullptr;
    m_discard->setEnabled(lot && lot->remaining > 0);
    m_takeOut->setEnabled(lot && lot->remaining > lot->outOfFridge &&
                          !lot->isExpiredOn(m_context.clock().today()));
}

void StockView::receive()
{
    ReceiveStockDialog dialog(m_context, this);
    dialog.exec();
}

void StockView::discardSelected()
{
    DiscardStockDialog dialog(m_context, selectedLot(), this);
    dialog.exec();
}

void StockView::takeOutSelected()
{
    const QString lot = selectedLot();
    if (lot.isEmpty()) {
        m_context.prompts().error(this, tr("Out of Fridge"), tr("Choose a lot first."));
        return;
    }
    if (auto done = DataCommand::execute(
            m_context, std::make_unique<TakeOutOfFridgeCommand>(m_context, lot, 1));
        !done)
        m_context.prompts().error(this, tr("Out of Fridge"), done.error().message);
}

} // namespace shotbook::ui
