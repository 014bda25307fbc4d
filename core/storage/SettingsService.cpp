#include "SettingsService.h"

#include "Database.h"
#include "Transaction.h"

namespace shotbook {

const QList<SettingsService::Setting> &SettingsService::all()
{
    static const QList<Setting> settings = {
        ProductSettings::LowStockDays,         ProductSettings::ExpiringSoonDays,
        ProductSettings::RoomTemperatureHours, ProductSettings::RoundingTolerancePercent,
        ProductSettings::SiteRestDays,
    };
    return settings;
}

std::optional<SettingsService::Setting> SettingsService::find(const QString &name)
{
    for (const Setting &setting : all()) {
        if (name == QLatin1String(setting.name))
            return setting;
    }
    return std::nullopt;
}

QString SettingsService::label(const Setting &setting)
{
    const QLatin1String name(setting.name);
    if (name == QLatin1String(ProductSettings::LowStockDays.name))
        return tr("Low-stock alert");
    if (name == QLatin1String(ProductSettings::ExpiringSoonDays.name))
        return tr("Expiry warning");
    if (name == QLatin1String(ProductSettings::RoomTemperatureHours.name))
        return tr("Time allowed out of the fridge");
    if (name == QLatin1String(ProductSettings::RoundingTolerancePercent.name))
        return tr("Rounding tolerance");
    if (name == QLatin1String(ProductSettings::SiteRestDays.name))
        return tr("Rest period of a zone");
    return name;
}

QString SettingsService::unit(const Setting &setting)
{
    const QLatin1String name(setting.name);
    if (name == QLatin1String(ProductSettings::RoomTemperatureHours.name))
        return tr("hours");
    if (name == QLatin1String(ProductSettings::RoundingTolerancePercent.name))
        return QStringLiteral("%");
    return tr("days");
}

Status SettingsService::check(const Setting &setting, int value)
{
    if (value >= setting.min && value <= setting.max)
        return {};
    return fail(Error::rejected(QStringLiteral("invalid-setting"),
                                tr("%1 must be from %2 to %3 %4, not %5.")
                                    .arg(label(setting))
                                    .arg(setting.min)
                                    .arg(setting.max)
                                    .arg(unit(setting))
                                    .arg(value)));
}

SettingsService::SettingsService(Database &database)
    : m_database(database)
{}

Result<int> SettingsService::get(const Setting &setting) const
{
    return ProductSettings::get(m_database.connection(), setting);
}

Result<QHash<QString, int>> SettingsService::values() const
{
    QHash<QString, int> values;
    for (const Setting &setting : all()) {
        const auto value = get(setting);
        if (!value)
            return fail(value.error());
        values.insert(QLatin1String(setting.name), *value);
    }
    return values;
}

Status SettingsService::set(const Setting &setting, int value)
{
    return set(QHash<QString, int>{{QLatin1String(setting.name), value}});
}

Status SettingsService::set(const QHash<QString, int> &values)
{
    // All checked, in the order Settings shows them, before anything is written.
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!find(it.key()))
            return fail(Error::rejected(QStringLiteral("invalid-setting"),
                                        tr("There is no setting named \"%1\".").arg(it.key())));
    }
    for (const Setting &setting : all()) {
        const auto it = values.constFind(QLatin1String(setting.name));
        if (it == values.cend())
            continue;
        if (auto valid = check(setting, *it); !valid)
            return valid;
    }
    return Transaction::run(m_database, [&]() -> Status {
        for (const Setting &setting : all()) {
            const auto it = values.constFind(QLatin1String(setting.name));
            if (it == values.cend())
                continue;
            if (auto written = ProductSettings::set(m_database.connection(), setting, *it);
                !written)
                return written;
        }
        return {};
    });
}

} // namespace shotbook
