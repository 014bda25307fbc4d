#pragma once

#include "ProductSettings.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace shotbook {

class Database;

// The product settings people tune (Settings in the GUI): read and written
// through ProductSettings, each checked with a message that names the setting,
// the value and its range. Writing several is one transaction: one value out
// of range and none is written.
class SettingsService final
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)
    Q_DISABLE_COPY_MOVE(SettingsService)

public:
    using Setting = ProductSettings::IntSetting;

    // Every tunable setting, in the order Settings shows them.
    static const QList<Setting> &all();
    static std::optional<Setting> find(const QString &name);
    static QString label(const Setting &setting); // "Low-stock alert", translated
    static QString unit(const Setting &setting);  // "days", "hours", "%", translated
    static Status check(const Setting &setting, int value);

    explicit SettingsService(Database &database);

    Result<int> get(const Setting &setting) const;
    Result<QHash<QString, int>> values() const; // by setting name
    Status set(const Setting &setting, int value);
    Status set(const QHash<QString, int> &values);

private:
    Database &m_database;
};

} // namespace shotbook
