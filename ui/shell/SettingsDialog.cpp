#include "SettingsDialog.h"

#include "common/AppSettings.h"
#include "storage/Backups.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace shotbook::ui {

SettingsDialog::SettingsDialog(AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_reminders(new QCheckBox(tr("&Remind me when a dose is due"), this))
    , m_repeat(new QSpinBox(this))
    , m_tray(new QCheckBox(tr("&Keep running in the system tray when the window is closed"), this))
    , m_pounds(new QCheckBox(tr("Show and enter weights in &pounds (lb)"), this))
    , m_fahrenheit(new QCheckBox(tr("Show and enter temperatures in &Fahrenheit (°F)"), this))
    , m_backups(new QCheckBox(tr("Make a &backup each day when Shotbook opens"), this))
    , m_keep(new QSpinBox(this))
{
    setWindowTitle(tr("Settings"));
    m_reminders->setChecked(settings.remindersEnabled());
    m_repeat->setRange(0, AppSettings::MaxReminderRepeatMinutes);
    m_repeat->setSuffix(tr(" min"));
    m_repeat->setSpecialValueText(tr("Never"));
    m_repeat->setValue(settings.reminderRepeatMinutes());
    m_repeat->setAccessibleName(tr("Remind again after"));
    m_tray->setChecked(settings.keepRunningInTray());
    m_pounds->setChecked(settings.weightInPounds());
    m_fahrenheit->setChecked(settings.temperatureInFahrenheit());
    m_backups->setChecked(settings.automaticBackups());
    m_keep->setRange(Backups::MinKeep, Backups::MaxKeep);
    m_keep->setValue(settings.backupsToKeep());
    m_keep->setAccessibleName(tr("Daily backups to keep"));

    auto *note = new QLabel(tr("Reminders appear only while Shotbook runs. For reminders on "
                               "your phone, export the dose times to a calendar (shotbook-cli "
                               "export ics)."),
                            this);
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(m_reminders);
    form->addRow(tr("Remind &again after:"), m_repeat);
    form->addRow(m_tray);
    form->addRow(m_pounds);
    form->addRow(m_fahrenheit);
    form->addRow(m_backups);
    form->addRow(tr("Daily backups to &keep:"), m_keep);
    connect(m_backups, &QCheckBox::toggled, m_keep, &QWidget::setEnabled);
    m_keep->setEnabled(m_backups->isChecked());
    connect(m_reminders, &QCheckBox::toggled, m_repeat, &QWidget::setEnabled);
    m_repeat->setEnabled(m_reminders->isChecked());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    m_settings.setRemindersEnabled(m_reminders->isChecked());
    m_settings.setReminderRepeatMinutes(m_repeat->value());
    m_settings.setKeepRunningInTray(m_tray->isChecked());
    m_settings.setWeightInPounds(m_pounds->isChecked());
    m_settings.setTemperatureInFahrenheit(m_fahrenheit->isChecked());
    m_settings.setAutomaticBackups(m_backups->isChecked());
    m_settings.setBackupsToKeep(m_keep->value());
    m_settings.sync();
    QDialog::accept();
}

} // namespace shotbook::ui
