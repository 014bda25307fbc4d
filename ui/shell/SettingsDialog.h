#pragma once

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace shotbook::ui {

class AppSettings;

// Preferences: reminders and the system tray.
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

    void accept() override;

private:
    AppSettings &m_settings;
    QCheckBox *m_reminders;
    QSpinBox *m_repeat;
    QCheckBox *m_tray;
    QCheckBox *m_pounds;
    QCheckBox *m_fahrenheit;
};

} // namespace shotbook::ui
