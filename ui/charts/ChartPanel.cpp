#include "ChartPanel.h"

#include "ChartView.h"
#include "exchange/NewFile.h"

#include <QAction>
#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QImageWriter>
#include <QLineSeries>
#include <QPainter>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QSvgGenerator>
#include <QTableView>
#include <QVBoxLayout>
#include <QXYSeries>

namespace shotbook::ui {

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new ChartView(this))
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(this))
    , m_stack(new QStackedWidget(this))
    , m_figure(m_view)
    , m_palette(ChartPalette::from(palette()))
{
    // QChartView made its own empty chart; every chart set later replaces
    // (and deletes) the one before.
    m_table->setModel(m_model);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows walk it
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    // Ctrl+C copies the selected cells as tab-separated text, for a spreadsheet.
    auto *copy = new QAction(tr("&Copy"), m_table);
    copy->setShortcuts(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copy, &QAction::triggered, this, [this] {
        QModelIndexList cells = m_table->selectionModel()->selectedIndexes();
        std::sort(cells.begin(), cells.end());
        QString text;
        int row = cells.isEmpty() ? -1 : cells.constFirst().row();
        for (const QModelIndex &cell : cells) {
            if (cell.row() != row) {
                text += QLatin1Char('\n');
                row = cell.row();
            } else if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n'))) {
                text += QLatin1Char('\t');
            }
            text += cell.data().toString();
        }
        QApplication::clipboard()->setText(text);
    });
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setMinimumSize(520, 320);
}

ChartPanel::~ChartPanel() = default;

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

void ChartPanel::setFigure(QWidget *figure)
{
    const int index = m_stack->indexOf(m_figure);
    m_stack->removeWidget(m_figure);
    m_figure = figure;
    m_stack->insertWidget(index, m_figure);
    m_stack->setCurrentIndex(0);
}

void ChartPanel::setTableShown(bool shown)
{
    m_stack->setCurrentWidget(shown ? static_cast<QWidget *>(m_table) : m_figure);
}

bool ChartPanel::isTableShown() const
{
    return m_stack->currentWidget() == m_table;
}

void ChartPanel::setChart(QChart *chart)
{
    m_palette.apply(chart);
    chart->setAnimationOptions(QChart::NoAnimation);
    if (!chart->title().isEmpty())
        m_view->setAccessibleName(chart->title());
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

int ChartPanel::pointBudget() const
{
    double width = chart()->plotArea().width();
    if (width < 100) // not laid out yet: what the view will give it
        width = std::max(300, m_view->width() - 140);
    return std::max(200, static_cast<int>(2 * width));
}

QList<QXYSeries *> ChartPanel::xySeries() const
{
    QList<QXYSeries *> out;
    for (QAbstractSeries *series : chart()->series()) {
        if (auto *xy = qobject_cast<QXYSeries *>(series))
            out.append(xy);
        else if (auto *area = qobject_cast<QAreaSeries *>(series))
            out.append(static_cast<QXYSeries *>(area->upperSeries()));
    }
    return out;
}

void ChartPanel::setTableHeader(const QStringList &headers)
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels(headers);
}

void ChartPanel::clearTable()
{
    m_model->removeRows(0, m_model->rowCount());
}

void ChartPanel::addTableRow(const QList<QVariant> &values, const QStringList &texts)
{
    QList<QStandardItem *> row;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        auto *item = new QStandardItem(texts.at(i));
        // The exact number behind the text, for tests and for sorting.
        item->setData(values.value(i), Qt::UserRole);
        if (values.value(i).typeId() == QMetaType::Double ||
            values.value(i).typeId() == QMetaType::Int)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.append(item);
    }
    m_model->appendRow(row);
}

QImage ChartPanel::toImage()
{
    const bool table = isTableShown();
    setTableShown(false);
    const qreal ratio = devicePixelRatioF();
    QSize size = m_figure->size();
    if (size.width() < 100 || size.height() < 100)
        size = QSize(1000, 560);
    if (m_figure->size() != size)
        m_figure->resize(size);
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(m_palette.background);
    QPainter painter(&image);
    m_figure->render(&painter);
    painter.end();
    setTableShown(table);
    return image;
}

Status ChartPanel::saveImage(const QString &path)
{
    const auto target = NewFile::checkPath(path);
    if (!target)
        return fail(target.error());
    const QString suffix = QFileInfo(*target).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return fail(Error::rejected(QStringLiteral("invalid-path"),
                                    tr("Save the chart as .png or .svg, not \"%1\".").arg(suffix)));
    QSaveFile file(*target);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::storage(
            QStringLiteral("file-not-written"),
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(*target), file.errorString())));
    bool written = false;
    if (suffix == QLatin1String("png")) {
        QImageWriter writer(&file, "png");
        written = writer.write(toImage());
    } else {
        const bool table = isTableShown();
        setTableShown(false);
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(m_figure->size());
        svg.setViewBox(QRect(QPoint(0, 0), m_figure->size()));
        svg.setTitle(chart()->title());
        svg.setDescription(accessibleDescription());
        QPainter painter;
        written = painter.begin(&svg);
        if (written) {
            painter.fillRect(QRect(QPoint(0, 0), m_figure->size()), m_palette.background);
            m_figure->render(&painter);
            written = painter.end();
        }
        setTableShown(table);
    }
    if (!written || QFileInfo::exists(*target)) {
        file.cancelWriting();
        return fail(Error::storage(QStringLiteral("file-not-written"),
                                   tr("Cannot write %1.").arg(QDir::toNativeSeparators(*target))));
    }
    if (!file.commit())
        return fail(Error::storage(
            QStringLiteral("file-not-written"),
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(*target), file.errorString())));
    return {};
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_palette = ChartPalette::from(palette());
        redraw();
    }
    QWidget::changeEvent(event);
}

} // namespace shotbook::ui
