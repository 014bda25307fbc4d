#pragma once

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace shotbook::ui {

class AppSettings;

// Preferences: reminders, the system tray, units, automatic backups.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);

    QCheckBox *remindersBox() const { return m_reminders; }
    QSpinBox *repeatBox() const { return m_repeat; }
    QCheckBox *trayBox() const { return m_tray; }
    QCheckBox *poundsBox() const { return m_pounds; }
    QCheckBox *backupsBox() const { return m_backups; }
    QSpinBox *keepBox() const { return m_keep; }

    void accept() override;

private:
    AppSettings &m_settings;
    QCheckBox *m_reminders;
    QSpinBox *m_repeat;
    QCheckBox *m_tray;
    QCheckBox *m_pounds;
    QCheckBox *m_fahrenheit;
    QCheckBox *m_backups;
    QSpinBox *m_keep;
};

} // namespace shotbook::ui
