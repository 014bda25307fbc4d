#include "SyringeWidget.h"

#include "regimen/DoseCalculator.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace shotbook::ui {

namespace {
constexpr double SyringeMg = DoseCalculation::SyringeMg;
constexpr double MarkStepMg = 10.0;
constexpr double RowHeight = 58.0;
} // namespace

SyringeWidget::SyringeWidget(QWidget *parent)
    : QWidget(parent)
{
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

void SyringeWidget::setDose(double perDoseMg)
{
    m_doseMg = qMax(0.0, perDoseMg);
    setAccessibleDescription(summary());
    setToolTip(summary());
    updateGeometry();
    update();
}

QString SyringeWidget::summary() const
{
    const QLocale locale;
    const int count = syringeCount();
    if (count == 0)
        return tr("No dose.");
    const double last = m_doseMg - SyringeMg * (count - 1);
    const double discard = SyringeMg - last;
    const auto mg = [&locale](double value) { return locale.toString(value, 'g', 4); };
    const auto ml = [&locale](double value) {
        return locale.toString(value / DoseCalculation::MgPerMl, 'f', 2);
    };
    QString text;
    if (count > 1)
        text = tr("%1 full syringe(s) of 100 mg, then ").arg(count - 1);
    if (discard < 1e-9)
        return text + tr("a full syringe: %1 mg (%2 mL).").arg(mg(last), ml(last));
    return text + tr("push the plunger to the %1 mg mark (%2 mL): push out and discard %3 mg "
                     "(%4 mL) first.")
                      .arg(mg(last), ml(last), mg(discard), ml(discard));
}

QSize SyringeWidget::sizeHint() const
{
    return {420, static_cast<int>(RowHeight * qMax(1, syringeCount())) + 8};
}

QSize SyringeWidget::minimumSizeHint() const
{
    return {260, static_cast<int>(RowHeight * qMax(1, syringeCount())) + 8};
}

void SyringeWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int count = syringeCount();
    for (int i = 0; i < count; ++i) {
        const double fill = i < count - 1 ? SyringeMg : m_doseMg - SyringeMg * (count - 1);
        paintSyringe(painter, QRectF(4, 4 + i * RowHeight, width() - 8.0, RowHeight - 4), fill);
    }
}

void SyringeWidget::paintSyringe(QPainter &painter, const QRectF &area, double fillMg) const
{
    const QPalette pal = palette();
    const QColor ink = pal.color(QPalette::WindowText);
    const QColor liquid(91, 155, 213);
    QColor discard(224, 96, 58);

    // Needle on the left, then the barrel with the liquid against the needle,
    // the stopper, and the plunger rod out to the right. Marks count the dose
    // from the needle end: push the stopper to the dose's mark.
    const double needle = area.width() * 0.10;
    const double rod = area.width() * 0.16;
    const QRectF barrel(area.left() + needle, area.top() + 6, area.width() - needle - rod, 20);
    const double mgToX = barrel.width() / SyringeMg;
    const double stopperX = barrel.left() + fillMg * mgToX;

    painter.setPen(QPen(ink, 1.2));
    painter.drawLine(QPointF(area.left(), barrel.center().y()),
                     QPointF(barrel.left(), barrel.center().y()));
    painter.fillRect(QRectF(barrel.left(), barrel.top(), stopperX - barrel.left(), barrel.height()),
                     liquid);
    // What is pushed out before injecting: shaded between the stopper and 100 mg.
    painter.fillRect(QRectF(stopperX, barrel.top(), barrel.right() - stopperX, barrel.height()),
                     QColor(discard.red(), discard.green(), discard.blue(), 70));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(barrel, 3, 3);
    painter.drawLine(QPointF(barrel.right(), barrel.top() - 5),
                     QPointF(barrel.right(), barrel.bottom() + 5)); // flange
    painter.drawLine(QPointF(stopperX, barrel.center().y()),
                     QPointF(area.right() - 6, barrel.center().y())); // rod
    painter.drawLine(QPointF(area.right() - 6, barrel.top()),
                     QPointF(area.right() - 6, barrel.bottom())); // thumb rest

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    painter.setFont(small);
    for (double mg = MarkStepMg; mg <= SyringeMg + 1e-9; mg += MarkStepMg) {
        const double x = barrel.left() + mg * mgToX;
        const bool labelled = std::fmod(mg, 20.0) < 1e-9;
        painter.drawLine(QPointF(x, barrel.bottom()),
                         QPointF(x, barrel.bottom() - (labelled ? 8 : 5)));
        if (labelled)
            painter.drawText(QRectF(x - 20, barrel.bottom() + 1, 40, 14), Qt::AlignCenter,
                             QLocale().toString(mg, 'f', 0));
    }
    // The stopper, at the dose's mark.
    painter.setPen(QPen(discard.darker(130), 3.0));
    painter.drawLine(QPointF(stopperX, barrel.top() - 5), QPointF(stopperX, barrel.bottom() + 5));
    painter.setPen(ink);
    painter.drawText(QRectF(barrel.left(), barrel.bottom() + 14, barrel.width() + rod, 16),
                     Qt::AlignLeft,
                     fillMg >= SyringeMg - 1e-9
                         ? tr("%1 mg · %2 mL: the whole syringe")
                               .arg(QLocale().toString(fillMg, 'g', 4),
                                    QLocale().toString(fillMg / DoseCalculation::MgPerMl, 'f', 2))
                         : tr("%1 mg · %2 mL: push out the shaded part first")
                               .arg(QLocale().toString(fillMg, 'g', 4),
                                    QLocale().toString(fillMg / DoseCalculation::MgPerMl, 'f', 2)));
}

} // namespace shotbook::ui
