#include "WidgetFinder.h"
#include "shell/ConnectDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace shotbook;
using namespace Qt::StringLiterals;

class TestConnectDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsMakeTheLocation_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("location");
        QTest::newRow("host and user") << u"server.home"_s << 0 << u"noa"_s << u"mother"_s
                                       << QString() << u"postgresql://mother@server.home/noa"_s;
        QTest::newRow("port") << u"server.home"_s << 5433 << u"noa"_s << u"father"_s << QString()
                              << u"postgresql://father@server.home:5433/noa"_s;
        QTest::newRow("socket folder")
            << u"/var/run/postgresql"_s << 0 << u"noa"_s << u"mother"_s << QString()
            << u"postgresql://mother@%2Fvar%2Frun%2Fpostgresql/noa"_s;
        QTest::newRow("service only") << QString() << 0 << QString() << QString() << u"household"_s
                                      << u"postgresql:///?service=household"_s;
        QTest::newRow("no database")
            << u"server.home"_s << 0 << QString() << u"mother"_s << QString() << QString();
    }

    void fieldsMakeTheLocation()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, service);
        QFETCH(QString, location);
        ui::ConnectDialog dialog;
        test::child<QLineEdit>(dialog, "host")->setText(host);
        test::child<QSpinBox>(dialog, "port")->setValue(port);
        test::child<QLineEdit>(dialog, "database")->setText(database);
        test::child<QLineEdit>(dialog, "user")->setText(user);
        test::child<QLineEdit>(dialog, "service")->setText(service);
        QCOMPARE(dialog.location(), location);
        auto *connect = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(connect->isEnabled(), !location.isEmpty());
        if (!location.isEmpty())
            QVERIFY(test::child<QLabel>(dialog, "preview")->text().contains(location));
        // Never a place for a password.
        for (const QLineEdit *edit : dialog.findChildren<QLineEdit *>())
            QVERIFY(edit->echoMode() == QLineEdit::Normal);
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
