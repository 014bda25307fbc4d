#pragma once

#include <QWidget>

namespace shotbook::ui {

// A drawing of the prefilled syringe (100 mg in 0.67 mL, marks every 10 mg)
// with the line to fill to: the amount to push out and discard is shaded.
// A dose above 100 mg is drawn as several syringes.
class SyringeWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyringeWidget)

public:
    explicit SyringeWidget(QWidget *parent = nullptr);

    void setDose(double perDoseMg);
    double dose() const { return m_doseMg; }
    int syringeCount() const;
    // What the drawing says, in words (also its accessible description).
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintSyringe(QPainter &painter, const QRectF &area, double fillMg) const;

    double m_doseMg = 0.0;
};

} // namespace shotbook::ui
