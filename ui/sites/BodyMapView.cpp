#include "BodyMapView.h"

#include "BodyMapWidget.h"
#include "ReactionDialog.h"
#include "SiteCommands.h"
#include "ZoneViewBuilder.h"
#include "common/AppContext.h"
#include "common/Card.h"
#include "common/Clock.h"
#include "common/EmptyState.h"
#include "common/UserPrompts.h"
#include "common/ViewRefresher.h"
#include "sites/SiteService.h"
#include "sites/Zones.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace shotbook::ui {

namespace {
constexpr int ReactionIdRole = Qt::UserRole + 1;
constexpr int ReactionOpenRole = Qt::UserRole + 2;
} // namespace

BodyMapView::BodyMapView(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_map(new BodyMapWidget(this))
    , m_suggestion(new QLabel(this))
    , m_zoneDetails(new QLabel(this))
    , m_enabled(new QCheckBox(tr("&Use this zone"), this))
    , m_reactions(new QListWidget(this))
    , m_resolve(new QPushButton(tr("Mark &Cleared"), this))
    , m_restDays(new QSpinBox(this))
{
    m_reactions->setObjectName(QStringLiteral("reactionList"));
    m_enabled->setObjectName(QStringLiteral("enabledBox"));
    m_zoneDetails->setObjectName(QStringLiteral("zoneLabel"));
    m_suggestion->setObjectName(QStringLiteral("suggestionLabel"));
    m_map->setObjectName(QStringLiteral("map"));
    m_suggestion->setWordWrap(true);
    m_suggestion->setTextFormat(Qt::RichText);
    m_zoneDetails->setWordWrap(true);
    m_zoneDetails->setTextFormat(Qt::RichText);
    m_enabled->setToolTip(tr("Arms and buttocks are usually injected by someone else; switch "
                             "off the zones that are not used."));
    m_reactions->setAccessibleName(tr("Site reactions"));
    m_reactions->setWordWrap(true);
    m_reactions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    new EmptyState(m_reactions, tr("No site reactions recorded."));
    m_restDays->setRange(1, 60);
    m_restDays->setSuffix(tr(" days"));
    m_restDays->setAccessibleName(tr("Rest period"));

    auto *nextCard = new Card(tr("Next site"), this);
    nextCard->body()->addWidget(m_suggestion);
    auto *zoneCard = new Card(tr("Zone"), this);
    zoneCard->body()->addWidget(m_zoneDetails);
    zoneCard->body()->addWidget(m_enabled);
    auto *reactionCard = new Card(tr("Site reactions"), this);
    reactionCard->setBodyFillsHeight(true);
    auto *record = new QPushButton(tr("&Record Reaction…"), this);
    auto *reactionButtons = new QHBoxLayout;
    reactionButtons->addWidget(record);
    reactionButtons->addWidget(m_resolve);
    reactionCard->body()->addWidget(m_reactions);
    reactionCard->body()->addLayout(reactionButtons);
    auto *restRow = new QHBoxLayout;
    auto *restLabel = new QLabel(tr("Let a zone &rest:"), this);
    restLabel->setBuddy(m_restDays);
    restRow->addWidget(restLabel);
    restRow->addWidget(m_restDays);
    restRow->addStretch();

    auto *side = new QVBoxLayout;
    side->addWidget(nextCard);
    side->addWidget(zoneCard);
    side->addWidget(reactionCard, 1);
    side->addLayout(restRow);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_map, 1);
    layout->addLayout(side);

    connect(m_map, &BodyMapWidget::zoneActivated, this, &BodyMapView::showZone);
    connect(m_map, &BodyMapWidget::zoneFocused, this, &BodyMapView::showZone);
    connect(m_enabled, &QCheckBox::clicked, this, &BodyMapView::setZoneEnabled);
    connect(record, &QPushButton::clicked, this, &BodyMapView::recordReaction);
    connect(m_resolve, &QPushButton::clicked, this, &BodyMapView::resolveSelectedReaction);
    connect(m_reactions, &QListWidget::currentRowChanged, this, [this] {
        const auto *item = m_reactions->currentItem();
        m_resolve->setEnabled(item && item->data(ReactionOpenRole).toBool());
    });
    connect(m_restDays, &QSpinBox::editingFinished, this, [this] {
        SiteService sites(m_context.database(), m_context.clock());
        if (auto set = sites.setRestDays(m_restDays->value()); !set)
            m_context.prompts().error(this, tr("Rest Period"), set.error().message);
        else
            m_context.notifyChanged({DataKind::Settings | DataKind::Sites, 0});
    });
    auto *refresher = new ViewRefresher(this, m_context,
                                        DataKind::Injections | DataKind::Sites |
                                            DataKind::Patients | DataKind::Settings,
                                        [this] { refresh(); });
    refresher->loadFirst();
}

void BodyMapView::refresh()
{
    const qint64 patientId = m_context.currentPatientId();
    const QLocale locale;
    if (patientId <= 0) {
        m_map->setZones({});
        m_suggestion->setText(tr("No patient yet."));
        return;
    }
    const auto built = ZoneViewBuilder::build(m_context, patientId);
    if (!built) {
        m_suggestion->setText(built.error().message.toHtmlEscaped());
        return;
    }
    m_map->setFigure(built->figure);
    m_map->setZones(built->zones);
    m_map->setSuggested(built->suggested.value_or(QString()));
    if (built->suggested) {
        QString lastUse = tr("never used yet");
        for (const ZoneView &zone : built->zones) {
            if (zone.id == *built->suggested && zone.daysSinceUse)
                lastUse = tr("last used %1").arg(zone.lastUseText);
        }
        m_suggestion->setText(tr("<b>%1</b><br>%2")
                                  .arg(Zones::displayName(*built->suggested).toHtmlEscaped(),
                                       lastUse.toHtmlEscaped()));
    } else {
        m_suggestion->setText(tr("No zone can be suggested: every zone is switched off or has "
                                 "a site reaction that has not cleared."));
    }

    SiteService sites(m_context.database(), m_context.clock());
    if (const auto days = sites.restDays()) {
        const QSignalBlocker blocker(m_restDays);
        m_restDays->setValue(*days);
    }
    m_reactions->clear();
    if (const auto reactions = sites.reactions(patientId)) {
        for (const SiteReaction &reaction : *reactions) {
            const QString started =
                locale.toString(reaction.startedAt.toLocalTime().date(), QLocale::ShortFormat);
            const QString text =
                reaction.isOpen()
                    ? tr("%1 — %2, %3, since %4")
                          .arg(Zones::displayName(reaction.zone),
                               ReactionKinds::displayName(reaction.kind),
                               ReactionKinds::severityName(reaction.severity), started)
                    : tr("%1 — %2, %3, %4 to %5 (cleared)")
                          .arg(Zones::displayName(reaction.zone),
                               ReactionKinds::displayName(reaction.kind),
                               ReactionKinds::severityName(reaction.severity), started,
                               locale.toString(reaction.resolvedAt->toLocalTime().date(),
                                               QLocale::ShortFormat));
            auto *item = new QListWidgetItem(text, m_reactions);
            item->setToolTip(reaction.note.isEmpty() ? text
                                                     : text + QLatin1Char('\n') + reaction.note);
            item->setData(ReactionIdRole, reaction.id);
            item->setData(ReactionOpenRole, reaction.isOpen());
            if (!reaction.isOpen())
                item->setForeground(palette().brush(QPalette::PlaceholderText));
        }
    }
    m_resolve->setEnabled(false);
    showZone(m_zone.isEmpty() ? built->suggested.value_or(QString()) : m_zone);
}

void BodyMapView::showZone(const QString &zoneId)
{
    m_zone = zoneId;
    m_enabled->setEnabled(!zoneId.isEmpty());
    if (zoneId.isEmpty()) {
        m_zoneDetails->setText(tr("Choose a zone on the map."));
        return;
    }
    const auto built = ZoneViewBuilder::build(m_context, m_context.currentPatientId());
    if (!built)
        return;
    for (const ZoneView &zone : built->zones) {
        if (zone.id != zoneId)
            continue;
        QStringList lines{
            QStringLiteral("<b>%1</b>").arg(Zones::displayName(zone.id).toHtmlEscaped()),
            tr("Last used: %1").arg(zone.lastUseText.toHtmlEscaped()),
            tr("Injections here: %1").arg(zone.useCount)};
        for (const QString &reaction : zone.openReactions)
            lines << tr("⚠ %1").arg(reaction.toHtmlEscaped());
        m_zoneDetails->setText(lines.join(QStringLiteral("<br>")));
        const QSignalBlocker blocker(m_enabled);
        m_enabled->setChecked(zone.enabled);
    }
}

void BodyMapView::setZoneEnabled(bool enabled)
{
    if (m_zone.isEmpty() || m_context.currentPatientId() <= 0)
        return;
    if (auto done = DataCommand::execute(
            m_context, std::make_unique<SetZonesEnabledCommand>(
                           m_context, m_context.currentPatientId(), QStringList{m_zone}, enabled));
        !done)
        m_context.prompts().error(this, tr("Zones"), done.error().message);
}

void BodyMapView::recordReaction()
{
    if (m_context.currentPatientId() <= 0)
        return;
    ReactionDialog dialog(m_context, m_context.currentPatientId(), m_zone, this);
    dialog.exec();
}

void BodyMapView::resolveSelectedReaction()
{
    const auto *item = m_reactions->currentItem();
    if (!item || !item->data(ReactionOpenRole).toBool())
        return;
    if (auto done =
            DataCommand::execute(m_context, std::make_unique<ResolveReactionCommand>(
                                                m_context, item->data(ReactionIdRole).toLongLong(),
                                                m_context.clock().now()));
        !done)
        m_context.prompts().error(this, tr("Site Reaction"), done.error().message);
}

} // namespace shotbook::ui
