#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace shotbook::ui {

// A drawing of the prefilled syringe (100 mg in 0.67 mL): an mg scale with a
// mark every 10 mg under the barrel, an mL scale above it, and the mark to
// push the stopper to, labelled on a line of its own so that nothing covers
// the figure. The amount to push out and discard is shaded. A dose above
// 100 mg is drawn as several syringes. A dose the syringe's marks cannot
// measure (core's dose-not-measurable) gets no mark: the drawing says so.
class SyringeWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyringeWidget)

public:
    struct ScaleMark
    {
        double mg = 0.0; // where it is, in mg from the needle end
        QString label;   // as drawn, e.g. "40" or "0.3"
    };

    explicit SyringeWidget(QWidget *parent = nullptr);

    void setDose(double perDoseMg, bool measurable = true);
    double dose() const { return m_doseMg; }
    bool measurable() const { return m_measurable; }
    int syringeCount() const;
    // Whether the drawing shows a mark to fill to (not for an unmeasurable dose).
    bool showsMark() const { return m_doseMg > 0 && m_measurable; }
    // The labelled marks of each scale, as drawn.
    static QList<ScaleMark> mgMarks();
    static QList<ScaleMark> mlMarks();
    // What the drawing says, in words (also its accessible description).
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int rowHeight() const;
    int rows() const;
    QFont smallFont() const;
    void paintSyringe(QPainter &painter, const QRectF &area, double fillMg, bool mark) const;

    double m_doseMg = 0.0;
    bool m_measurable = true;
};

} // namespace shotbook::ui
