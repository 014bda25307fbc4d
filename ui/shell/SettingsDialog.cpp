#include "SettingsDialog.h"

#include "Translations.h"
#include "common/AppContext.h"
#include "common/AppSettings.h"
#include "storage/Backups.h"
#include "storage/ProductSettings.h"
#include "storage/SettingsService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace shotbook::ui {

namespace {

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// What a rule does, in the words of the window where it shows.
QString ruleHint(const QString &name)
{
    if (name == QLatin1String(ProductSettings::LowStockDays.name))
        return SettingsDialog::tr("Today and Stock warn when the syringes left last fewer days "
                                  "than this.");
    if (name == QLatin1String(ProductSettings::ExpiringSoonDays.name))
        return SettingsDialog::tr("Stock colours a lot that expires within this many days, and "
                                  "warns when it will not be used up in time.");
    if (name == QLatin1String(ProductSettings::RoomTemperatureHours.name))
        return SettingsDialog::tr("How long a syringe may stay out of the fridge (up to 25 °C); "
                                  "the EU leaflet allows 72 hours. After that Log Injection asks "
                                  "before using it, and Stock no longer counts it.");
    if (name == QLatin1String(ProductSettings::RoundingTolerancePercent.name))
        return SettingsDialog::tr("How far rounding to the syringe's marks may move a dose. Past "
                                  "it, the dose is shown as prescribed with a warning to ask "
                                  "the care team which syringe to use.");
    if (name == QLatin1String(ProductSettings::SiteRestDays.name))
        return SettingsDialog::tr("Body Map and Log Injection warn when a zone is used again "
                                  "within this many days.");
    return {};
}

QString ruleSuffix(const SettingsService::Setting &setting)
{
    const QString unit = SettingsService::unit(setting);
    return unit == QLatin1String("%") ? QStringLiteral(" %") : QLatin1Char(' ') + unit;
}

} // namespace

SettingsDialog::SettingsDialog(AppContext &context, AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_settings(settings)
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    for (QAbstractButton *button : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);

    auto *columns = new QHBoxLayout;
    columns->addWidget(rulesGroup(), 1);
    auto *right = new QVBoxLayout;
    right->addWidget(remindersGroup());
    right->addWidget(displayGroup());
    right->addWidget(backupsGroup());
    right->addStretch();
    columns->addLayout(right, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(columns);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(760);
    // Typing starts in the first setting, not on the button Enter presses.
    m_rules.value(QLatin1String(SettingsService::all().constFirst().name))->setFocus();
}

QWidget *SettingsDialog::rulesGroup()
{
    auto *group = new QGroupBox(tr("Alerts and rules"), this);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *about = hintLabel(tr("Kept in this database: they apply to everyone who uses it, on "
                               "every computer."),
                            group);
    form->addRow(about);
    SettingsService service(m_context.database());
    const auto stored = service.values();
    if (!stored) {
        m_error->setText(stored.error().message);
        m_error->show();
    }
    for (const SettingsService::Setting &setting : SettingsService::all()) {
        const QString name = QLatin1String(setting.name);
        auto *box = new QSpinBox(group);
        box->setObjectName(name);
        box->setRange(setting.min, setting.max);
        box->setSuffix(ruleSuffix(setting));
        const int value = stored ? stored->value(name, setting.defaultValue) : setting.defaultValue;
        box->setValue(value);
        m_stored.insert(name, value);
        box->setAccessibleName(SettingsService::label(setting));
        box->setToolTip(tr("From %1 to %2; %3 unless changed.")
                            .arg(setting.min)
                            .arg(setting.max)
                            .arg(setting.defaultValue));
        m_rules.insert(name, box);
        auto *label = new QLabel(SettingsService::label(setting) + QLatin1Char(':'), group);
        label->setBuddy(box);
        form->addRow(label, box);
        // What it does, under it across the whole width.
        auto *hint = hintLabel(ruleHint(name), group);
        hint->setContentsMargins(0, 0, 0, 6);
        form->addRow(hint);
    }
    return group;
}

QWidget *SettingsDialog::remindersGroup()
{
    auto *group = new QGroupBox(tr("Reminders"), this);
    m_reminders = new QCheckBox(tr("&Remind me when a dose is due"), group);
    m_reminders->setObjectName(QStringLiteral("remindersEnabled"));
    m_reminders->setChecked(m_settings.remindersEnabled());
    m_repeat = new QSpinBox(group);
    m_repeat->setObjectName(QStringLiteral("reminderRepeat"));
    m_repeat->setRange(0, AppSettings::MaxReminderRepeatMinutes);
    m_repeat->setSuffix(tr(" min"));
    m_repeat->setSpecialValueText(tr("Never"));
    m_repeat->setValue(m_settings.reminderRepeatMinutes());
    m_repeat->setAccessibleName(tr("Remind again after"));
    m_tray = new QCheckBox(tr("&Keep running in the system tray when the window is closed"), group);
    m_tray->setObjectName(QStringLiteral("keepInTray"));
    m_tray->setChecked(m_settings.keepRunningInTray());
    connect(m_reminders, &QCheckBox::toggled, m_repeat, &QWidget::setEnabled);
    m_repeat->setEnabled(m_reminders->isChecked());

    auto *form = new QFormLayout(group);
    form->addRow(m_reminders);
    form->addRow(tr("Remind &again after:"), m_repeat);
    form->addRow(m_tray);
    form->addRow(hintLabel(tr("Reminders appear only while Shotbook runs. For reminders on your "
                              "phone, use File ▸ Export Dose Calendar… and open the file with "
                              "the phone's calendar."),
                           group));
    return group;
}

QWidget *SettingsDialog::backupsGroup()
{
    auto *group = new QGroupBox(tr("Backups"), this);
    m_backups = new QCheckBox(tr("Make a &backup each day when Shotbook opens"), group);
    m_backups->setObjectName(QStringLiteral("automaticBackups"));
    m_backups->setChecked(m_settings.automaticBackups());
    m_keep = new QSpinBox(group);
    m_keep->setObjectName(QStringLiteral("backupsToKeep"));
    m_keep->setRange(Backups::MinKeep, Backups::MaxKeep);
    m_keep->setValue(m_settings.backupsToKeep());
    m_keep->setAccessibleName(tr("Daily backups to keep"));
    connect(m_backups, &QCheckBox::toggled, m_keep, &QWidget::setEnabled);
    m_keep->setEnabled(m_backups->isChecked());
    auto *form = new QFormLayout(group);
    form->addRow(m_backups);
    form->addRow(tr("Daily backups to &keep:"), m_keep);
    form->addRow(hintLabel(tr("Backups are kept in a folder beside the database, readable by you "
                              "only. File ▸ Backups… lists them, makes one now and restores one."),
                           group));
    return group;
}

QWidget *SettingsDialog::displayGroup()
{
    auto *group = new QGroupBox(tr("Units and language"), this);
    m_weightUnit = new QComboBox(group);
    m_weightUnit->setObjectName(QStringLiteral("weightUnit"));
    m_weightUnit->addItem(tr("Kilograms (kg)"), false);
    m_weightUnit->addItem(tr("Pounds (lb)"), true);
    m_weightUnit->setCurrentIndex(m_settings.weightInPounds() ? 1 : 0);
    m_temperatureUnit = new QComboBox(group);
    m_temperatureUnit->setObjectName(QStringLiteral("temperatureUnit"));
    m_temperatureUnit->addItem(tr("Celsius (°C)"), false);
    m_temperatureUnit->addItem(tr("Fahrenheit (°F)"), true);
    m_temperatureUnit->setCurrentIndex(m_settings.temperatureInFahrenheit() ? 1 : 0);

    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("language"));
    // Where the system's language has no translation, Shotbook speaks English.
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    const QStringList languages = availableLanguages();
    m_language->addItem(
        tr("As the system (%1)")
            .arg(languageName(languages.contains(system) ? system : QStringLiteral("en"))),
        QString());
    for (const QString &code : languages)
        m_language->addItem(languageName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings.language())));

    auto *form = new QFormLayout(group);
    form->addRow(tr("&Weights in:"), m_weightUnit);
    form->addRow(tr("&Temperatures in:"), m_temperatureUnit);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(hintLabel(tr("Weights are always stored in kg and temperatures in °C. A new "
                              "language and the Diary's temperature unit take effect when "
                              "Shotbook is started again."),
                           group));
    return group;
}

void SettingsDialog::accept()
{
    // A value typed out of range is refused with its range, and nothing is
    // written (the box would otherwise quietly keep its last good value).
    for (const SettingsService::Setting &setting : SettingsService::all()) {
        QSpinBox *box = m_rules.value(QLatin1String(setting.name));
        if (box->hasAcceptableInput())
            continue;
        QString typed = box->text();
        typed.remove(box->suffix());
        bool number = false;
        const int value = QLocale().toInt(typed.trimmed(), &number);
        const auto checked = number ? SettingsService::check(setting, value) : Status();
        m_error->setText(!checked ? checked.error().message
                                  : tr("%1: enter a whole number from %2 to %3.")
                                        .arg(SettingsService::label(setting))
                                        .arg(setting.min)
                                        .arg(setting.max));
        m_error->show();
        box->setFocus();
        box->selectAll();
        return;
    }
    // The rules first, in one transaction: one refused and nothing is written.
    QHash<QString, int> changed;
    for (auto it = m_rules.cbegin(); it != m_rules.cend(); ++it) {
        if (it.value()->value() != m_stored.value(it.key()))
            changed.insert(it.key(), it.value()->value());
    }
    if (!changed.isEmpty()) {
        SettingsService service(m_context.database());
        if (auto written = service.set(changed); !written) {
            m_error->setText(written.error().message);
            m_error->show();
            return;
        }
    }
    m_settings.setRemindersEnabled(m_reminders->isChecked());
    m_settings.setReminderRepeatMinutes(m_repeat->value());
    m_settings.setKeepRunningInTray(m_tray->isChecked());
    m_settings.setAutomaticBackups(m_backups->isChecked());
    m_settings.setBackupsToKeep(m_keep->value());
    m_settings.setWeightInPounds(m_weightUnit->currentData().toBool());
    m_settings.setTemperatureInFahrenheit(m_temperatureUnit->currentData().toBool());
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.sync();
    // The views redo their alerts and show weights in the unit chosen.
    m_context.notifyChanged({DataKind::Settings | DataKind::Weights | DataKind::Diary, 0});
    QDialog::accept();
}

} // namespace shotbook::ui
