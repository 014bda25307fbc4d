#include "regimen/SyringeWidget.h"

#include <QImage>
#include <QLocale>
#include <QTest>

using shotbook::ui::SyringeWidget;

// The syringe drawing: an mL scale beside the mg marks, the mark to push to,
// and no mark at all for a dose its marks cannot measure.
class TestSyringe final : public QObject
{
    Q_OBJECT

    static QStringList labels(const QList<SyringeWidget::ScaleMark> &marks)
    {
        QStringList out;
        for (const auto &mark : marks)
            out << mark.label;
        return out;
    }

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void scalesInMgAndMl()
    {
        QCOMPARE(labels(SyringeWidget::mgMarks()),
                 (QStringList{QStringLiteral("20"), QStringLiteral("40"), QStringLiteral("60"),
                              QStringLiteral("80"), QStringLiteral("100")}));
        QCOMPARE(
            labels(SyringeWidget::mlMarks()),
            (QStringList{QStringLiteral("0.1"), QStringLiteral("0.2"), QStringLiteral("0.3"),
                         QStringLiteral("0.4"), QStringLiteral("0.5"), QStringLiteral("0.6")}));
        // 150 mg in a mL: every 0.1 mL is 15 mg from the needle end.
        const auto ml = SyringeWidget::mlMarks();
        for (qsizetype i = 0; i < ml.size(); ++i)
            QCOMPARE(ml.at(i).mg, 15.0 * static_cast<double>(i + 1));
    }

    void scaleInTheLocale()
    {
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        QCOMPARE(SyringeWidget::mlMarks().first().label, QStringLiteral("0,1"));
    }

    void markToPushTo()
    {
        SyringeWidget syringe;
        syringe.setDose(60);
        QCOMPARE(syringe.syringeCount(), 1);
        QVERIFY(syringe.showsMark());
        QVERIFY2(syringe.summary().contains(QStringLiteral("60 mg mark (0.40 mL)")),
                 qPrintable(syringe.summary()));
        QVERIFY(syringe.summary().contains(QStringLiteral("discard 40 mg (0.27 mL)")));
        QCOMPARE(syringe.accessibleDescription(), syringe.summary());
    }

    void severalSyringesAreSeveralRows()
    {
        SyringeWidget one;
        one.setDose(80);
        SyringeWidget two;
        two.setDose(150);
        QCOMPARE(two.syringeCount(), 2);
        QVERIFY(two.sizeHint().height() > one.sizeHint().height());
        QVERIFY(two.summary().startsWith(QStringLiteral("1 full syringe")));
    }

    // 3.4 mg is 0.02 mL: the marks are 10 mg apart; no mark is drawn, and
    // the words say what to do.
    void doseTheMarksCannotMeasure()
    {
        SyringeWidget syringe;
        syringe.setDose(3.4, false);
        QVERIFY(!syringe.measurable());
        QVERIFY(!syringe.showsMark());
        QCOMPARE(syringe.syringeCount(), 1);
        QVERIFY2(syringe.summary().contains(QStringLiteral("cannot measure 3.4 mg (0.02 mL)")),
                 qPrintable(syringe.summary()));
        QVERIFY(syringe.summary().contains(QStringLiteral("care team")));

        // Drawn without liquid: no pixel of the liquid's blue anywhere.
        syringe.resize(syringe.sizeHint());
        const QImage drawn = syringe.grab().toImage();
        SyringeWidget measured;
        measured.setDose(60);
        measured.resize(measured.sizeHint());
        const QImage filled = measured.grab().toImage();
        const auto blue = [](const QImage &image) {
            int count = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    count += image.pixelColor(x, y) == QColor(91, 155, 213) ? 1 : 0;
            return count;
        };
        QCOMPARE(blue(drawn), 0);
        QVERIFY(blue(filled) > 100);
    }

    void noDose()
    {
        SyringeWidget syringe;
        syringe.setDose(0);
        QCOMPARE(syringe.syringeCount(), 0);
        QVERIFY(!syringe.showsMark());
        QCOMPARE(syringe.summary(), QStringLiteral("No dose."));
    }
};

QTEST_MAIN(TestSyringe)
#include "tst_syringe.moc"
