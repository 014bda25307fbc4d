#include "SyringeWidget.h"

#include "regimen/DoseCalculator.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace shotbook::ui {

namespace {
constexpr double SyringeMg = DoseCalculation::SyringeMg;
constexpr double MgPerMl = DoseCalculation::MgPerMl;
constexpr double MarkStepMg = 10.0;
constexpr double LabelStepMg = 20.0;
constexpr double MlStep = 0.1;
constexpr double BarrelHeight = 20.0;
constexpr double TickGap = 3.0;
constexpr double PointerHeight = 6.0;

QString mgText(double mg)
{
    return QLocale().toString(mg, 'g', 4);
}

QString mlText(double mg)
{
    return QLocale().toString(mg / MgPerMl, 'f', 2);
}

} // namespace

SyringeWidget::SyringeWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("syringe"));
    setAccessibleName(tr("Syringe"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setMaximumWidth(560);
}

int SyringeWidget::syringeCount() const
{
    if (m_doseMg <= 0)
        return 0;
    return static_cast<int>(std::ceil(m_doseMg / SyringeMg - 1e-9));
}

void SyringeWidget::setDose(double perDoseMg, bool measurable)
{
    m_doseMg = qMax(0.0, perDoseMg);
    m_measurable = measurable;
    setAccessibleDescription(summary());
    setToolTip(summary());
    updateGeometry();
    update();
}

QList<SyringeWidget::ScaleMark> SyringeWidget::mgMarks()
{
    QList<ScaleMark> marks;
    const QLocale locale;
    for (double mg = LabelStepMg; mg <= SyringeMg + 1e-9; mg += LabelStepMg)
        marks.append({mg, locale.toString(mg, 'f', 0)});
    return marks;
}

QList<SyringeWidget::ScaleMark> SyringeWidget::mlMarks()
{
    QList<ScaleMark> marks;
    const QLocale locale;
    for (int tenth = 1; tenth * MlStep * MgPerMl <= SyringeMg + 1e-9; ++tenth)
        marks.append({tenth * MlStep * MgPerMl, locale.toString(tenth * MlStep, 'f', 1)});
    return marks;
}

QString SyringeWidget::summary() const
{
    const int count = syringeCount();
    if (count == 0)
        return tr("No dose.");
    if (!m_measurable)
        return tr("The prefilled syringe cannot measure %1 mg (%2 mL): its marks are %3 mg "
                  "(%4 mL) apart. Ask your care team which syringe to use.")
            .arg(mgText(m_doseMg), mlText(m_doseMg), mgText(MarkStepMg), mlText(MarkStepMg));
    const double last = m_doseMg - SyringeMg * (count - 1);
    const double discard = SyringeMg - last;
    QString text;
    if (count > 1)
        text = tr("%1 full syringe(s) of 100 mg, then ").arg(count - 1);
    if (discard < 1e-9)
        return text + tr("a full syringe: %1 mg (%2 mL).").arg(mgText(last), mlText(last));
    return text + tr("push the plunger to the %1 mg mark (%2 mL): push out and discard %3 mg "
                     "(%4 mL) first.")
                      .arg(mgText(last), mlText(last), mgText(discard), mlText(discard));
}

QFont SyringeWidget::smallFont() const
{
    QFont small = font();
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.85);
    else
        small.setPixelSize(std::max(8, static_cast<int>(small.pixelSize() * 0.85)));
    return small;
}

// The mL labels, the barrel, the mg labels, the pointer and the line that
// says what to do, each on its own band so that none covers another.
int SyringeWidget::rowHeight() const
{
    const double small = QFontMetricsF(smallFont()).height();
    const double text = QFontMetricsF(font()).height();
    return static_cast<int>(
        std::ceil(small + TickGap + BarrelHeight + TickGap + small + PointerHeight + text + 8));
}

int SyringeWidget::rows() const
{
    // An unmeasurable dose: one syringe drawn without a mark, and the line that says why.
    return m_measurable ? qMax(1, syringeCount()) : 1;
}

QSize SyringeWidget::sizeHint() const
{
    return {440, rowHeight() * rows() + 8};
}

QSize SyringeWidget::minimumSizeHint() const
{
    return {280, rowHeight() * rows() + 8};
}

void SyringeWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        setAccessibleName(tr("Syringe"));
        setAccessibleDescription(summary());
        update();
    }
}

void SyringeWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int count = syringeCount();
    if (count == 0)
        return;
    const double row = rowHeight();
    if (!m_measurable) {
        paintSyringe(painter, QRectF(4, 4, width() - 8.0, row - 4), m_doseMg, false);
        return;
    }
    for (int i = 0; i < count; ++i) {
        const double fill = i < count - 1 ? SyringeMg : m_doseMg - SyringeMg * (count - 1);
        paintSyringe(painter, QRectF(4, 4 + i * row, width() - 8.0, row - 4), fill, true);
    }
}

void SyringeWidget::paintSyringe(QPainter &painter, const QRectF &area, double fillMg,
                                 bool mark) const
{
    const QPalette pal = palette();
    const QColor ink = pal.color(QPalette::WindowText);
    const QColor faint = pal.color(QPalette::PlaceholderText);
    const QColor liquid(91, 155, 213);
    const QColor discard(224, 96, 58);
    const QFont small = smallFont();
    const QFontMetricsF smallMetrics(small);
    const double smallHeight = smallMetrics.height();

    // Needle on the left, then the barrel with the liquid against the needle,
    // the stopper, and the plunger rod out to the right. Marks count the dose
    // from the needle end: push the stopper to the dose's mark.
    const double needle = area.width() * 0.09;
    const double rod = std::max(area.width() * 0.14, smallMetrics.horizontalAdvance(tr("mL")) + 40);
    const QRectF barrel(area.left() + needle, area.top() + smallHeight + TickGap,
                        area.width() - needle - rod, BarrelHeight);
    const double mgToX = barrel.width() / SyringeMg;
    const double stopperX = barrel.left() + std::min(fillMg, SyringeMg) * mgToX;

    painter.setPen(QPen(mark ? ink : faint, 1.2));
    painter.drawLine(QPointF(area.left(), barrel.center().y()),
                     QPointF(barrel.left(), barrel.center().y()));
    if (mark) {
        painter.fillRect(
            QRectF(barrel.left(), barrel.top(), stopperX - barrel.left(), barrel.height()), liquid);
        // What is pushed out before injecting: shaded between the stopper and 100 mg.
        painter.fillRect(QRectF(stopperX, barrel.top(), barrel.right() - stopperX, barrel.height()),
                         QColor(discard.red(), discard.green(), discard.blue(), 70));
    }
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(barrel, 3, 3);
    painter.drawLine(QPointF(barrel.right(), barrel.top() - 4),
                     QPointF(barrel.right(), barrel.bottom() + 4)); // flange
    const double rodStart = mark ? stopperX : barrel.right();
    painter.drawLine(QPointF(rodStart, barrel.center().y()),
                     QPointF(area.right() - 6, barrel.center().y())); // rod
    painter.drawLine(QPointF(area.right() - 6, barrel.top()),
                     QPointF(area.right() - 6, barrel.bottom())); // thumb rest

    // The scales: mg under the barrel (a tick every 10 mg), mL above it.
    painter.setFont(small);
    for (double mg = MarkStepMg; mg <= SyringeMg + 1e-9; mg += MarkStepMg) {
        const double x = barrel.left() + mg * mgToX;
        const bool labelled = std::fmod(mg, LabelStepMg) < 1e-9;
        painter.drawLine(QPointF(x, barrel.bottom()),
                         QPointF(x, barrel.bottom() - (labelled ? 8 : 5)));
    }
    const double mgLabelTop = barrel.bottom() + TickGap;
    for (const ScaleMark &tick : mgMarks()) {
        const double x = barrel.left() + tick.mg * mgToX;
        painter.drawText(QRectF(x - 20, mgLabelTop, 40, smallHeight), Qt::AlignCenter, tick.label);
    }
    for (const ScaleMark &tick : mlMarks()) {
        const double x = barrel.left() + tick.mg * mgToX;
        painter.drawLine(QPointF(x, barrel.top()), QPointF(x, barrel.top() + 6));
        painter.drawText(QRectF(x - 20, area.top(), 40, smallHeight), Qt::AlignCenter, tick.label);
    }
    // The units, past the end of each scale and clear of its last figure.
    const double unitX =
        barrel.right() + smallMetrics.horizontalAdvance(mgMarks().last().label) / 2 + 6;
    painter.setPen(faint);
    painter.drawText(QRectF(unitX, area.top(), rod, smallHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("mL"));
    painter.drawText(QRectF(unitX, mgLabelTop, rod, smallHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("mg"));

    const double pointerTop = mgLabelTop + smallHeight;
    const QRectF textLine(area.left(), pointerTop + PointerHeight, area.width(),
                          QFontMetricsF(font()).height());
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    if (!mark) {
        painter.setPen(ink);
        painter.drawText(textLine, Qt::AlignLeft | Qt::AlignVCenter,
                         tr("%1 mg · %2 mL: cannot be measured with this syringe's marks")
                             .arg(mgText(fillMg), mlText(fillMg)));
        return;
    }
    // The stopper inside the barrel only; the pointer below the labels.
    painter.setPen(QPen(discard.darker(130), 3.0));
    painter.drawLine(QPointF(stopperX, barrel.top() + 1), QPointF(stopperX, barrel.bottom() - 1));
    QPainterPath pointer;
    pointer.moveTo(stopperX, pointerTop);
    pointer.lineTo(stopperX - 5, pointerTop + PointerHeight);
    pointer.lineTo(stopperX + 5, pointerTop + PointerHeight);
    pointer.closeSubpath();
    painter.fillPath(pointer, discard.darker(130));

    const QString text =
        fillMg >= SyringeMg - 1e-9
            ? tr("%1 mg · %2 mL: the whole syringe").arg(mgText(fillMg), mlText(fillMg))
            : tr("%1 mg · %2 mL: push out the shaded part first")
                  .arg(mgText(fillMg), mlText(fillMg));
    // Starts under the pointer, moved left as far as it must to fit.
    const double width = QFontMetricsF(bold).horizontalAdvance(text) + 2;
    const double left =
        std::clamp(stopperX - 6, area.left(), std::max(area.left(), area.right() - width));
    painter.setPen(ink);
    painter.drawText(QRectF(left, textLine.top(), width, textLine.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, text);
}

} // namespace shotbook::ui
