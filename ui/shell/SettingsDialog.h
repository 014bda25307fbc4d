#pragma once

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace shotbook::ui {

class AppContext;
class AppSettings;

// What users tune: the product's rules kept in the database (low stock,
// expiry warning, time out of the fridge, rounding tolerance, rest days;
// through core's SettingsService), and this computer's preferences
// (reminders, units, language).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(AppContext &context, AppSettings &settings, QWidget *parent = nullptr);

    // The spin box of a product setting, by its name ("low-stock-days").
    QSpinBox *ruleBox(const QString &name) const { return m_rules.value(name); }
    QCheckBox *remindersBox() const { return m_reminders; }
    QSpinBox *repeatBox() const { return m_repeat; }
    QCheckBox *trayBox() const { return m_tray; }
    QComboBox *weightUnitBox() const { return m_weightUnit; }
    QComboBox *temperatureUnitBox() const { return m_temperatureUnit; }
    QComboBox *languageBox() const { return m_language; }
    QLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    QWidget *rulesGroup();
    QWidget *remindersGroup();
    QWidget *displayGroup();
    QWidget *backupsGroup();

    AppContext &m_context;
    AppSettings &m_settings;
    QHash<QString, QSpinBox *> m_rules;
    QHash<QString, int> m_stored;
    QCheckBox *m_reminders = nullptr;
    QSpinBox *m_repeat = nullptr;
    QCheckBox *m_tray = nullptr;
    QCheckBox *m_backups = nullptr;
    QSpinBox *m_keep = nullptr;
    QComboBox *m_weightUnit = nullptr;
    QComboBox *m_temperatureUnit = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_error;
};

} // namespace shotbook::ui
