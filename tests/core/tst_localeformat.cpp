// Times are shown without seconds in every locale, even Qt's C locale whose
// short time format has them.

#include "common/LocaleFormat.h"

#include <QTest>

using namespace shotbook;
using namespace Qt::StringLiterals;

class TestLocaleFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortTime_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("C") << u"C"_s << u"08:05"_s;
        QTest::newRow("German") << u"de_DE"_s << u"08:05"_s;
        QTest::newRow("British") << u"en_GB"_s << u"08:05"_s;
        QTest::newRow("American") << u"en_US"_s << u"8:05\u202fAM"_s;
        QTest::newRow("French") << u"fr_FR"_s << u"08:05"_s;
        QTest::newRow("Spanish") << u"es_ES"_s << u"8:05"_s;
    }

    void shortTime()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        const QLocale language(locale);
        const QString shown = locale::shortTime(QTime(8, 5, 42), language);
        // Some locales use a narrow no-break space before AM; compare loosely there.
        QString normalised = shown;
        normalised.replace(QChar(0x202f), QChar(0x202f)).replace(QChar(0x20), QChar(0x202f));
        QCOMPARE(normalised, expected);
        QVERIFY2(!locale::timeFormat(language).contains(u's'),
                 qPrintable(locale::timeFormat(language)));
        QVERIFY(!locale::shortDateTime(QDateTime(QDate(2026, 11, 20), QTime(8, 5, 42)), language)
                     .contains(u"42"_s));
    }
};

QTEST_GUILESS_MAIN(TestLocaleFormat)
#include "tst_localeformat.moc"
