#include "RedFlagBanner.h"

#include "common/AppContext.h"
#include "common/DataCommand.h"
#include "common/UserPrompts.h"
#include "diary/HealthRecordService.h"
#include "diary/SideEffectCatalog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace shotbook::ui {

namespace {

// Acknowledging the red flags shown; undo shows them again.
class AcknowledgeRedFlagsCommand final : public DataCommand
{
public:
    AcknowledgeRedFlagsCommand(AppContext &context, QList<qint64> ids)
        : DataCommand(context, RedFlagBanner::tr("Acknowledge warning"),
                      {DataKind::HealthRecords, 0})
        , m_ids(std::move(ids))
    {}

protected:
    Status apply() override
    {
        HealthRecordService records(context().database(), context().clock());
        for (const qint64 id : m_ids) {
            if (auto done = records.acknowledgeRedFlag(id); !done)
                return done;
        }
        return {};
    }
    Status revert() override
    {
        HealthRecordService records(context().database(), context().clock());
        for (const qint64 id : m_ids) {
            if (auto done = records.unacknowledgeRedFlag(id); !done)
                return done;
        }
        return {};
    }

private:
    QList<qint64> m_ids;
};

} // namespace

RedFlagBanner::RedFlagBanner(AppContext &context, QWidget *parent)
    : QFrame(parent)
    , m_context(context)
    , m_text(new QLabel(this))
    , m_acknowledge(new QPushButton(tr("I have got help — hide this…"), this))
{
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    m_text->setObjectName(QStringLiteral("textLabel"));
    // Fixed colours, not the palette's: it must stand out in light and dark themes.
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xb0, 0x1e, 0x1e));
    colours.setColor(QPalette::WindowText, Qt::white);
    setPalette(colours);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Get medical help now"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAccessibleName(tr("Get medical help now"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_acknowledge, 0, Qt::AlignVCenter);
    connect(m_acknowledge, &QPushButton::clicked, this, &RedFlagBanner::acknowledge);
    refresh();
}

void RedFlagBanner::refresh()
{
    m_shown.clear();
    QStringList signs;
    HealthRecordService records(m_context.database(), m_context.clock());
    const QLocale locale;
    // Every patient's: a parent must see the other child's red flag too.
    const auto flags = records.unacknowledgedRedFlags(m_context.currentPatientId());
    if (flags) {
        for (const SideEffect &effect : *flags) {
            m_shown << effect.id;
            signs << tr("%1 (since %2)")
                         .arg(SideEffectCatalog::displayName(effect.catalogId.value_or(effect.term))
                                  .toHtmlEscaped(),
                              locale.toString(effect.onset, QLocale::ShortFormat));
        }
    }
    setVisible(!m_shown.isEmpty());
    if (m_shown.isEmpty())
        return;
    m_text->setText(QStringLiteral("<span style=\"font-size:large\"><b>%1</b></span><br>%2<br>%3")
                        .arg(tr("Get medical help now").toHtmlEscaped(),
                             signs.join(QStringLiteral(", ")),
                             SideEffectCatalog::redFlagActions().toHtmlEscaped()));
}

void RedFlagBanner::acknowledge()
{
    if (m_shown.isEmpty())
        return;
    // Never hidden by one stray key: the banner goes only when the user says,
    // in a second step whose default is No, that they have got help.
    if (!m_context.prompts().confirm(
            this, tr("Hide the Warning?"),
            tr("Hide this warning only when you have got medical help. The side effect stays open "
               "until you mark it resolved in the Diary, and logging an injection will still ask "
               "whether a doctor said to go on."),
            tr("I Have Got Help — Hide It")))
        return;
    if (auto done = DataCommand::execute(
            m_context, std::make_unique<AcknowledgeRedFlagsCommand>(m_context, m_shown));
        !done)
        m_context.prompts().error(this, tr("Warning"), done.error().message);
}

} // namespace shotbook::ui
