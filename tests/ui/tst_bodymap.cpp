#include "sites/BodyFigure.h"
#include "sites/BodyMapWidget.h"
#include "sites/ZoneStyle.h"
#include "sites/Zones.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace shotbook;
using shotbook::ui::BodyFigure;
using shotbook::ui::BodyMapWidget;
using shotbook::ui::ZoneView;

namespace {

// A patient who injects themselves: arms off; some history, one reaction.
QList<ZoneView> sampleZones()
{
    QList<ZoneView> zones;
    for (const QString &id : Zones::ids()) {
        ZoneView zone;
        zone.id = id;
        zones << zone;
    }
    const auto set = [&zones](const QString &id, auto change) {
        for (ZoneView &zone : zones) {
            if (zone.id == id)
                change(zone);
        }
    };
    const auto used = [](int days, int count, QList<QPointF> spots = {}) {
        return [days, count, spots](ZoneView &zone) {
            zone.daysSinceUse = days;
            zone.useCount = count;
            zone.lastUseText = QStringLiteral("%1 days ago").arg(days);
            zone.recentSpots = spots;
        };
    };
    set(QStringLiteral("abdomen-upper-left"), used(0, 6, {{0.3, 0.4}, {0.7, 0.3}, {0.5, 0.7}}));
    set(QStringLiteral("abdomen-upper-right"), used(1, 5));
    set(QStringLiteral("abdomen-lower-left"), used(3, 5, {{0.6, 0.5}}));
    set(QStringLiteral("abdomen-lower-right"), used(6, 4));
    set(QStringLiteral("thigh-left-upper"), used(8, 3, {{0.3, 0.3}, {0.55, 0.6}}));
    set(QStringLiteral("thigh-left-lower"), used(12, 2));
    set(QStringLiteral("thigh-right-upper"), used(20, 1));
    set(QStringLiteral("thigh-right-lower"), [](ZoneView &zone) {
        zone.daysSinceUse = 2;
        zone.useCount = 4;
        zone.openReactions = {QStringLiteral("redness (moderate) since 20 Nov")};
    });
    set(QStringLiteral("arm-left"), [](ZoneView &zone) { zone.enabled = false; });
    set(QStringLiteral("arm-right"), [](ZoneView &zone) { zone.enabled = false; });
    // buttocks: never used
    return zones;
}

} // namespace

class TestBodyMap final : public QObject
{
    Q_OBJECT

    std::unique_ptr<BodyMapWidget> m_map;

    void click(const QString &zoneId, QPointF fraction = {0.5, 0.5})
    {
        const QRectF rect = m_map->zoneRect(zoneId);
        QTest::mouseClick(m_map.get(), Qt::LeftButton, {},
                          QPointF(rect.left() + fraction.x() * rect.width(),
                                  rect.top() + fraction.y() * rect.height())
                              .toPoint());
    }

private Q_SLOTS:
    void init()
    {
        m_map = std::make_unique<BodyMapWidget>();
        m_map->resize(m_map->sizeHint());
        m_map->setZones(sampleZones());
        m_map->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_map.get()));
    }

    void cleanup() { m_map.reset(); }

    void everyZoneHasItsOwnRect()
    {
        for (const QString &id : Zones::ids()) {
            const QRectF rect = m_map->zoneRect(id);
            QVERIFY2(!rect.isEmpty(), qPrintable(id));
            QVERIFY2(m_map->rect().toRectF().contains(rect), qPrintable(id));
            for (const QString &other : Zones::ids()) {
                if (other != id)
                    QVERIFY2(!rect.intersects(m_map->zoneRect(other)),
                             qPrintable(id + QStringLiteral(" overlaps ") + other));
            }
        }
        QVERIFY(m_map->zoneRect(QStringLiteral("elbow")).isEmpty());
    }

    void leftAndRightAreThePatients()
    {
        const auto centreX = [this](const char *id) {
            return m_map->zoneRect(QLatin1String(id)).center().x();
        };
        // Front view, facing the viewer: the patient's left is on the viewer's right.
        QVERIFY(centreX("abdomen-upper-left") > centreX("abdomen-upper-right"));
        QVERIFY(centreX("abdomen-lower-left") > centreX("abdomen-lower-right"));
        QVERIFY(centreX("thigh-left-upper") > centreX("thigh-right-upper"));
        QVERIFY(centreX("thigh-left-lower") > centreX("thigh-right-lower"));
        // Back view: the patient's left is on the viewer's left.
        QVERIFY(centreX("buttock-left") < centreX("buttock-right"));
        QVERIFY(centreX("arm-left") < centreX("arm-right"));
        // Front on the left, back on the right.
        QVERIFY(centreX("abdomen-upper-left") < centreX("arm-left"));
    }

    void clickGivesZoneId_data()
    {
        QTest::addColumn<QString>("zone");
        for (const char *id : {"abdomen-upper-left", "abdomen-upper-right", "abdomen-lower-left",
                               "abdomen-lower-right", "thigh-left-upper", "thigh-right-lower",
                               "buttock-left", "buttock-right"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    void clickGivesZoneId()
    {
        QFETCH(QString, zone);
        QSignalSpy activated(m_map.get(), &BodyMapWidget::zoneActivated);
        click(zone);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), zone);
        QCOMPARE(m_map->selectedZone(), zone);
    }

    // A screen reader sees twelve zones, each named with its state, placed
    // where it is drawn, and pressed as Enter picks it.
    void zonesAreAccessibleChildren()
    {
        QAccessibleInterface *map = QAccessible::queryAccessibleInterface(m_map.get());
        QVERIFY(map);
        QCOMPARE(map->childCount(), 12);
        const QRect mapOnScreen(m_map->mapToGlobal(QPoint(0, 0)), m_map->size());
        QSet<QString> names;
        QAccessibleInterface *reddened = nullptr;
        QAccessibleInterface *armLeft = nullptr;
        for (int i = 0; i < map->childCount(); ++i) {
            QAccessibleInterface *zone = map->child(i);
            QVERIFY(zone && zone->isValid());
            QCOMPARE(zone->parent(), map);
            QCOMPARE(map->indexOfChild(zone), i);
            QCOMPARE(map->child(i), zone); // the same interface each time
            const QString name = zone->text(QAccessible::Name);
            QVERIFY2(!name.isEmpty(), qPrintable(QString::number(i)));
            names.insert(name);
            QVERIFY2(mapOnScreen.contains(zone->rect()), qPrintable(name));
            QCOMPARE(map->childAt(zone->rect().center().x(), zone->rect().center().y()), zone);
            if (name.contains(u"redness"_qs))
                reddened = zone;
            if (zone->state().disabled && !armLeft)
                armLeft = zone;
        }
        QCOMPARE(names.size(), 12);
        QVERIFY2(reddened, "the open reaction is not said");
        QVERIFY(armLeft);

        QSignalSpy activated(m_map.get(), &BodyMapWidget::zoneActivated);
        QAccessibleActionInterface *press = reddened->actionInterface();
        QVERIFY(press);
        press->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), u"thigh-right-lower"_qs);
        QVERIFY(reddened->state().checked);
        armLeft->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(activated.count(), 1); // a switched-off zone is not picked

        // The focused zone is the focus child.
        m_map->setFocus(Qt::TabFocusReason);
        QVERIFY(map->focusChild());
        QVERIFY(map->focusChild()->state().focused);
    }

    void clickOnDisabledZoneDoesNothing()
    {
        QSignalSpy activated(m_map.get(), &BodyMapWidget::zoneActivated);
        QSignalSpy spots(m_map.get(), &BodyMapWidget::spotChosen);
        m_map->setSpotPicking(true);
        click(QStringLiteral("arm-left"));
        click(QStringLiteral("arm-right"));
        QCOMPARE(activated.count(), 0);
        QCOMPARE(spots.count(), 0);
        QVERIFY(m_map->selectedZone().isEmpty());
    }

    void clickOutsideZonesDoesNothing()
    {
        QSignalSpy activated(m_map.get(), &BodyMapWidget::zoneActivated);
        // Between the upper abdomen quadrants: the navel's clear space.
        const QRectF left = m_map->zoneRect(QStringLiteral("abdomen-upper-right"));
        const QRectF right = m_map->zoneRect(QStringLiteral("abdomen-upper-left"));
        QTest::mouseClick(m_map.get(), Qt::LeftButton, {},
                          QPointF((left.right() + right.left()) / 2, left.center().y()).toPoint());
        QTest::mouseClick(m_map.get(), Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(activated.count(), 0);
    }

    void keyboardOnlySelection()
    {
        QSignalSpy activated(m_map.get(), &BodyMapWidget::zoneActivated);
        QSignalSpy focused(m_map.get(), &BodyMapWidget::zoneFocused);
        m_map->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(m_map->hasFocus());
        // Tab walks the enabled zones in canonical order (arms are off here).
        QCOMPARE(m_map->focusedZone(), QStringLiteral("abdomen-upper-left"));
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(m_map.get(), Qt::Key_Tab);
        QCOMPARE(m_map->focusedZone(), QStringLiteral("thigh-left-upper"));
        QTest::keyClick(m_map.get(), Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(m_map->focusedZone(), QStringLiteral("abdomen-lower-right"));
        QVERIFY(m_map->accessibleDescription().contains(
            Zones::displayName(QStringLiteral("abdomen-lower-right"))));
        QCOMPARE(activated.count(), 0);
        QTest::keyClick(m_map.get(), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("abdomen-lower-right"));
        QCOMPARE(m_map->selectedZone(), QStringLiteral("abdomen-lower-right"));
        QVERIFY(focused.count() >= 5);

        // Arrows move on the picture: down from the lower abdomen reaches the thigh
        // on the same side; right crosses to the back view.
        QTest::keyClick(m_map.get(), Qt::Key_Down);
        QCOMPARE(m_map->focusedZone(), QStringLiteral("thigh-right-upper"));
        QTest::keyClick(m_map.get(), Qt::Key_Down);
        QCOMPARE(m_map->focusedZone(), QStringLiteral("thigh-right-lower"));
        QTest::keyClick(m_map.get(), Qt::Key_End);
        QCOMPARE(m_map->focusedZone(), QStringLiteral("buttock-right"));
        QTest::keyClick(m_map.get(), Qt::Key_Left);
        QCOMPARE(m_map->focusedZone(), QStringLiteral("buttock-left"));
        QTest::keyClick(m_map.get(), Qt::Key_Space);
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.at(1).at(0).toString(), QStringLiteral("buttock-left"));
    }

    // Arrows move spatially; every zone must still be reachable from the first by arrows alone.
    void arrowsReachEveryZone()
    {
        m_map->setZones({}); // no data: every zone enabled
        m_map->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(m_map->hasFocus());
        const QStringList ids = Zones::ids();
        const auto goTo = [this, &ids](const QString &id) {
            QTest::keyClick(m_map.get(), Qt::Key_Home);
            for (qsizetype i = 0; i < ids.indexOf(id); ++i)
                QTest::keyClick(m_map.get(), Qt::Key_Tab);
            QCOMPARE(m_map->focusedZone(), id);
        };
        QStringList reached{ids.first()};
        for (qsizetype next = 0; next < reached.size(); ++next) {
            for (const Qt::Key key : {Qt::Key_Up, Qt::Key_Down, Qt::Key_Left, Qt::Key_Right}) {
                goTo(reached.at(next));
                QTest::keyClick(m_map.get(), key);
                if (!reached.contains(m_map->focusedZone()))
                    reached << m_map->focusedZone();
            }
        }
        reached.sort();
        QStringList all = ids;
        all.sort();
        QCOMPARE(reached, all);
    }

    void tabEntersAndLeavesTheMap()
    {
        QWidget window;
        auto *before = new QLineEdit(&window);
        auto *map = new BodyMapWidget(&window);
        auto *after = new QLineEdit(&window);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(before);
        layout->addWidget(map);
        layout->addWidget(after);
        map->setZones(sampleZones());
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        before->setFocus();
        QTRY_VERIFY(before->hasFocus());

        QTest::keyClick(&window, Qt::Key_Tab);
        QTRY_VERIFY(map->hasFocus());
        QCOMPARE(map->focusedZone(), QStringLiteral("abdomen-upper-left"));
        // Ten enabled zones: nine more Tabs stay in the map, the tenth leaves it.
        for (int i = 0; i < 9; ++i)
            QTest::keyClick(map, Qt::Key_Tab);
        QCOMPARE(map->focusedZone(), QStringLiteral("buttock-right"));
        QVERIFY(map->hasFocus());
        QTest::keyClick(map, Qt::Key_Tab);
        QTRY_VERIFY(after->hasFocus());

        // Shift+Tab comes back in at the last zone.
        QTest::keyClick(after, Qt::Key_Tab, Qt::ShiftModifier);
        QTRY_VERIFY(map->hasFocus());
        QCOMPARE(map->focusedZone(), QStringLiteral("buttock-right"));
    }

    void spotPicking()
    {
        const QString zone = QStringLiteral("thigh-left-upper");
        m_map->setSelected(zone);
        m_map->setSpotPicking(true);
        QVERIFY(!m_map->selectedSpot());
        QSignalSpy spots(m_map.get(), &BodyMapWidget::spotChosen);
        click(zone, {0.25, 0.75});
        QCOMPARE(spots.count(), 1);
        QCOMPARE(spots.at(0).at(0).toString(), zone);
        const QPointF fraction = spots.at(0).at(1).toPointF();
        const QRectF rect = m_map->zoneRect(zone);
        // Within a pixel of where we clicked.
        QVERIFY2(std::abs(fraction.x() - 0.25) <= 1.0 / rect.width() + 1e-9,
                 qPrintable(QString::number(fraction.x())));
        QVERIFY2(std::abs(fraction.y() - 0.75) <= 1.0 / rect.height() + 1e-9,
                 qPrintable(QString::number(fraction.y())));
        QCOMPARE(m_map->selectedSpot(), fraction);

        // Another zone: selected and its spot placed in one click; the old spot is gone.
        QSignalSpy activated(m_map.get(), &BodyMapWidget::zoneActivated);
        click(QStringLiteral("abdomen-lower-left"), {0.5, 0.5});
        QCOMPARE(activated.count(), 1);
        QCOMPARE(m_map->selectedZone(), QStringLiteral("abdomen-lower-left"));
        QCOMPARE(spots.count(), 2);
        m_map->setSelected(QString());
        QVERIFY(!m_map->selectedSpot());
    }

    void noSpotWithoutPicking()
    {
        QSignalSpy spots(m_map.get(), &BodyMapWidget::spotChosen);
        m_map->setSelected(QStringLiteral("abdomen-upper-left"));
        click(QStringLiteral("abdomen-upper-left"), {0.2, 0.2});
        QCOMPARE(spots.count(), 0);
        QVERIFY(!m_map->selectedSpot());
    }

    void scalesWithTheWidget()
    {
        const QString id = QStringLiteral("thigh-left-upper");
        const QRectF small = m_map->zoneRect(id);
        m_map->resize(1040, 840);
        const QRectF large = m_map->zoneRect(id);
        QVERIFY(large.width() > small.width() * 1.8);
        QVERIFY(std::abs(large.width() / large.height() - small.width() / small.height()) < 0.01);
    }

    void figureForAge_data()
    {
        QTest::addColumn<QDate>("birth"); // invalid: not known
        QTest::addColumn<int>("figure");
        const QDate today(2026, 11, 22);
        QTest::newRow("newborn") << today << int(BodyFigure::Child);
        QTest::newRow("3 years") << today.addYears(-3) << int(BodyFigure::Child);
        QTest::newRow("a day before 6") << today.addYears(-6).addDays(1) << int(BodyFigure::Child);
        QTest::newRow("6 today") << today.addYears(-6) << int(BodyFigure::Adult);
        QTest::newRow("adult") << QDate(1971, 4, 2) << int(BodyFigure::Adult);
        QTest::newRow("not known") << QDate() << int(BodyFigure::Adult);
    }

    void figureForAge()
    {
        QFETCH(QDate, birth);
        QFETCH(int, figure);
        const auto known = birth.isValid() ? std::optional<QDate>(birth) : std::nullopt;
        QCOMPARE(int(BodyFigure::forAge(known, QDate(2026, 11, 22))), figure);
    }

    // A young child's figure has the same twelve zones, each where the
    // patient's own side says, and each can be picked.
    void childFigureKeepsTheZones()
    {
        const QRectF adultAbdomen = m_map->zoneRect(QStringLiteral("abdomen-upper-left"));
        m_map->setFigure(BodyFigure::Child);
        QCOMPARE(m_map->figure(), BodyFigure::Child);
        QVERIFY(m_map->zoneRect(QStringLiteral("abdomen-upper-left")) != adultAbdomen);
        for (const QString &id : Zones::ids()) {
            const QRectF rect = m_map->zoneRect(id);
            QVERIFY2(!rect.isEmpty(), qPrintable(id));
            QVERIFY2(m_map->rect().toRectF().contains(rect), qPrintable(id));
            for (const QString &other : Zones::ids())
                if (other != id)
                    QVERIFY2(!rect.intersects(m_map->zoneRect(other)), qPrintable(id));
        }
        leftAndRightAreThePatients();
        QSignalSpy activated(m_map.get(), &BodyMapWidget::zoneActivated);
        click(QStringLiteral("thigh-right-lower"));
        QCOMPARE(activated.takeFirst().at(0).toString(), QStringLiteral("thigh-right-lower"));
    }

    // The back of the arm is a target as easy to hit as an abdomen zone.
    void armZonesAreLargeEnoughToClick()
    {
        for (const BodyFigure::Kind figure : {BodyFigure::Adult, BodyFigure::Child}) {
            m_map->setFigure(figure);
            const QRectF abdomen = m_map->zoneRect(QStringLiteral("abdomen-upper-right"));
            for (const char *arm : {"arm-left", "arm-right"}) {
                const QRectF rect = m_map->zoneRect(QLatin1String(arm));
                QVERIFY2(rect.width() * rect.height() >= 0.8 * abdomen.width() * abdomen.height(),
                         arm);
                QVERIFY2(rect.width() >= 0.6 * abdomen.width(), arm);
                QVERIFY2(rect.width() >= 16, arm); // at the map's preferred size
            }
        }
    }

    // The day count is never drawn over an injection spot or a badge.
    void dayNumbersClearOfSpots()
    {
        QList<ZoneView> zones = sampleZones();
        for (ZoneView &zone : zones) {
            if (zone.id == QLatin1String("abdomen-upper-left")) // crowded where the number goes
                zone.recentSpots = {{0.5, 0.5}, {0.5, 0.25}, {0.5, 0.75}, {0.3, 0.5}};
        }
        m_map->setZones(zones);
        m_map->setSuggested(QStringLiteral("thigh-left-upper"));
        for (const QSize size : {QSize(1040, 840), QSize(520, 420), QSize(340, 300)}) {
            m_map->resize(size);
            QStringList unlabelled;
            for (const ZoneView &zone : std::as_const(zones)) {
                const QRectF label = m_map->labelRect(zone.id);
                if (label.isEmpty()) {
                    // Only a small zone crowded with spots gives its number up
                    // (its tooltip still says it).
                    if (zone.enabled && (zone.recentSpots.isEmpty() || size.width() >= 1000))
                        unlabelled << zone.id;
                    continue;
                }
                const QRectF rect = m_map->zoneRect(zone.id);
                QVERIFY2(rect.contains(label), qPrintable(zone.id));
                const QSizeF cm = Zones::sizeCm(zone.id);
                const double dot = std::clamp(std::sqrt((rect.width() / cm.width()) *
                                                        (rect.height() / cm.height())) *
                                                  0.6,
                                              2.5, 5.0) +
                                   1.5;
                for (const QPointF &spot : zone.recentSpots) {
                    const QPointF centre(rect.left() + spot.x() * rect.width(),
                                         rect.top() + spot.y() * rect.height());
                    const double dx =
                        centre.x() - std::clamp(centre.x(), label.left(), label.right());
                    const double dy =
                        centre.y() - std::clamp(centre.y(), label.top(), label.bottom());
                    QVERIFY2(std::hypot(dx, dy) >= dot - 1e-6,
                             qPrintable(QStringLiteral("%1 at %2x%3")
                                            .arg(zone.id)
                                            .arg(size.width())
                                            .arg(size.height())));
                }
            }
            QVERIFY2(unlabelled.isEmpty(), qPrintable(QStringLiteral("%1x%2: %3")
                                                          .arg(size.width())
                                                          .arg(size.height())
                                                          .arg(unlabelled.join(u' '))));
        }
    }

    // "14 days or more" and "never used" look different on the map (and in
    // the legend, which paints with the same style).
    void neverUsedIsNotRested()
    {
        QVERIFY(ui::ZoneStyle::band(std::nullopt) != ui::ZoneStyle::band(20));
        QVERIFY(ui::ZoneStyle::bandColour(ui::ZoneStyle::band(std::nullopt)) !=
                ui::ZoneStyle::bandColour(ui::ZoneStyle::band(20)));
        const QImage picture = m_map->grab().toImage();
        const auto fillOf = [this, &picture](const char *id) {
            const QRectF rect = m_map->zoneRect(QLatin1String(id));
            const QPointF at(rect.left() + rect.width() * 0.2, rect.top() + rect.height() * 0.5);
            return picture.pixelColor((at * picture.devicePixelRatio()).toPoint());
        };
        // thigh-right-upper: 20 days ago; the buttocks: never used.
        QCOMPARE(fillOf("thigh-right-upper"), ui::ZoneStyle::bandColour(4));
        QCOMPARE(fillOf("buttock-right"), ui::ZoneStyle::bandColour(ui::ZoneStyle::NeverUsedBand));
        QVERIFY(fillOf("thigh-right-upper") != fillOf("buttock-right"));
    }

    // Paints every state at three sizes, in a light and a dark palette;
    // SHOTBOOK_SCREENSHOT_DIR keeps the pictures for a person to look at.
    void paintsWithHistory()
    {
        m_map->setSuggested(QStringLiteral("buttock-left"));
        m_map->setSelected(QStringLiteral("abdomen-upper-left"));
        m_map->setSpotPicking(true);
        m_map->setFocus(Qt::OtherFocusReason);
        click(QStringLiteral("abdomen-upper-left"), {0.3, 0.8}); // too close to the last one
        QVERIFY(m_map->selectedSpot());
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Base, QColor(0x1f, 0x20, 0x23));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
        dark.setColor(QPalette::Highlight, QColor(0x4d, 0x9d, 0xe0));
        const QString dir = qEnvironmentVariable("SHOTBOOK_SCREENSHOT_DIR");
        // The mean colour of a zone as painted: its history must show.
        const auto zoneColour = [this](const QImage &image, const QString &zone) {
            const QRect rect = m_map->zoneRect(zone).toAlignedRect() & image.rect();
            double r = 0, g = 0, b = 0;
            for (int y = rect.top(); y <= rect.bottom(); ++y) {
                for (int x = rect.left(); x <= rect.right(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    r += c.redF();
                    g += c.greenF();
                    b += c.blueF();
                }
            }
            const double n = qMax(1, rect.width() * rect.height());
            return QColor::fromRgbF(float(r / n), float(g / n), float(b / n));
        };
        QList<QImage> light; // by size, to compare with the dark ones
        for (const bool isDark : {false, true}) {
            m_map->setPalette(isDark ? dark : QPalette());
            for (const QSize size : {QSize(1040, 840), QSize(520, 420), QSize(300, 260)}) {
                m_map->resize(size);
                const QPixmap picture = m_map->grab();
                QCOMPARE(picture.deviceIndependentSize().toSize(), size);
                QImage image = picture.toImage();
                image.setDevicePixelRatio(1); // zone rectangles are in widget pixels
                QCOMPARE(image.size(), size);
                const QColor yesterday = zoneColour(image, QStringLiteral("abdomen-upper-right"));
                const QColor never = zoneColour(image, QStringLiteral("buttock-right"));
                const QColor off = zoneColour(image, QStringLiteral("arm-right"));
                QVERIFY2(yesterday != never, qPrintable(yesterday.name()));
                QVERIFY2(off != never, qPrintable(off.name()));
                if (isDark)
                    QVERIFY(!light.contains(image)); // the palette is followed
                else
                    light << image;
                if (!dir.isEmpty())
                    QVERIFY(picture.save(QDir(dir).filePath(
                        QStringLiteral("bodymap-%1x%2%3.png")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(isDark ? QStringLiteral("-dark") : QString()))));
            }
        }
    }
};

QTEST_MAIN(TestBodyMap)
#include "tst_bodymap.moc"
