#include "ProductSettings.h"

#include "SqlError.h"

#include <QSqlQuery>

namespace shotbook {

Result<int> ProductSettings::get(QSqlDatabase db, const IntSetting &setting)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE name = ?"));
    query.addBindValue(QLatin1String(setting.name));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read a setting"));
    if (!query.next())
        return setting.defaultValue;
    bool ok = false;
    const int value = query.value(0).toString().toInt(&ok);
    if (!ok || value < setting.min || value > setting.max)
        return setting.defaultValue;
    return value;
}

Status ProductSettings::set(QSqlDatabase db, const IntSetting &setting, int value)
{
    if (value < setting.min || value > setting.max)
        return fail(Error::rejected(QStringLiteral("invalid-setting"),
                                    tr("%1 must be from %2 to %3, not %4.")
                                        .arg(QLatin1String(setting.name))
                                        .arg(setting.min)
                                        .arg(setting.max)
                                        .arg(value)));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM settings WHERE name = ?"));
    query.addBindValue(QLatin1String(setting.name));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "change a setting"));
    query.prepare(QStringLiteral("INSERT INTO settings (name, value) VALUES (?, ?)"));
    query.addBindValue(QLatin1String(setting.name));
    query.addBindValue(QString::number(value));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "change a setting"));
    return {};
}

} // namespace shotbook
