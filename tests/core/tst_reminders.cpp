#include "regimen/Reminders.h"

#include <QTest>

using namespace shotbook;
using namespace Qt::StringLiterals;

namespace {

QDateTime local(const QString &text)
{
    return QDateTime(QDate::fromString(text.left(10), Qt::ISODate),
                     QTime::fromString(text.mid(11), u"HH:mm"_s), Qt::LocalTime);
}

QList<Slot> twiceDaily()
{
    Regimen regimen;
    regimen.id = 1;
    regimen.start = QDate(2026, 11, 1);
    regimen.dailyMg = 100;
    regimen.dosesPerDay = 2;
    regimen.times = {QTime(8, 0), QTime(20, 0)};
    return dueSlots({regimen}, QDate(2026, 11, 1), QDate(2026, 11, 3));
}

} // namespace

class TestReminders final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void between_data()
    {
        QTest::addColumn<QStringList>("injections");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("until");
        QTest::addColumn<int>("repeatMinutes");
        QTest::addColumn<QStringList>("expected"); // "HH:mm" or "HH:mm again"

        QTest::newRow("due time") << QStringList{} << u"2026-11-02T07:59"_s << u"2026-11-02T08:00"_s
                                  << 30 << QStringList{u"08:00"_s};
        QTest::newRow("not yet") << QStringList{} << u"2026-11-02T07:00"_s << u"2026-11-02T07:59"_s
                                 << 30 << QStringList{};
        QTest::newRow("again when still not logged")
            << QStringList{} << u"2026-11-02T08:00"_s << u"2026-11-02T08:30"_s << 30
            << QStringList{u"08:30 again"_s};
        QTest::newRow("logged before the repeat: silent")
            << QStringList{u"2026-11-02T08:10"_s} << u"2026-11-02T08:00"_s << u"2026-11-02T08:30"_s
            << 30 << QStringList{};
        QTest::newRow("logged early: no reminder at all")
            << QStringList{u"2026-11-02T07:30"_s} << u"2026-11-02T07:40"_s << u"2026-11-02T09:00"_s
            << 30 << QStringList{};
        QTest::newRow("no repeat when set to 0")
            << QStringList{} << u"2026-11-02T07:00"_s << u"2026-11-02T09:00"_s << 0
            << QStringList{u"08:00"_s};
        QTest::newRow("a day of both doses")
            << QStringList{} << u"2026-11-02T00:00"_s << u"2026-11-02T23:59"_s << 60
            << QStringList{u"08:00"_s, u"09:00 again"_s, u"20:00"_s, u"21:00 again"_s};
        QTest::newRow("repeat beyond the window is dropped")
            << QStringList{} << u"2026-11-02T07:00"_s << u"2026-11-02T19:00"_s << 7 * 60
            << QStringList{u"08:00"_s};
    }

    void between()
    {
        QFETCH(QStringList, injections);
        QFETCH(QString, after);
        QFETCH(QString, until);
        QFETCH(int, repeatMinutes);
        QFETCH(QStringList, expected);
        const QList<Slot> slots = twiceDaily();
        QList<QDateTime> given;
        for (const QString &text : injections)
            given << local(text);
        const auto reminders = remindersBetween(slots, matchInjections(slots, given), local(after),
                                                local(until), qint64(repeatMinutes) * 60);
        QStringList actual;
        for (const Reminder &reminder : reminders)
            actual << reminder.at.toLocalTime().toString(u"HH:mm"_s) +
                          (reminder.repeat ? u" again"_s : QString());
        QCOMPARE(actual, expected);
    }

    void nextTime()
    {
        const QList<Slot> slots = twiceDaily();
        const SlotMatching none = matchInjections(slots, {});
        QCOMPARE(nextReminderTime(slots, none, local(u"2026-11-02T08:00"_s), 1800),
                 std::optional(local(u"2026-11-02T08:30"_s)));
        const SlotMatching morning = matchInjections(slots, {local(u"2026-11-02T08:05"_s)});
        QCOMPARE(nextReminderTime(slots, morning, local(u"2026-11-02T08:00"_s), 1800),
                 std::optional(local(u"2026-11-02T20:00"_s)));
        QCOMPARE(nextReminderTime(slots, none, local(u"2026-11-03T21:00"_s), 1800), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
