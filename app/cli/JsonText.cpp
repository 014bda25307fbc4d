#include "JsonText.h"

#include "common/LocaleFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace shotbook::cli {

namespace {

QString quoted(const QString &text)
{
    // QJsonDocument knows JSON's escaping rules; borrow them.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString number(double value)
{
    constexpr double ExactIntegerLimit = 9007199254740992.0; // 2^53
    if (!std::isfinite(value))
        return QStringLiteral("null");
    // No floating-point noise (0.1 * 711 = 71.10000000000001): nothing
    // Shotbook prints needs more than six decimals.
    if (std::fabs(value) < 1e9)
        value = std::round(value * 1e6) / 1e6;
    if (std::trunc(value) == value && std::fabs(value) < ExactIntegerLimit)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

double twoDecimals(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QString decimalText(double value)
{
    return number(twoDecimals(value));
}

QString peopleTime(const QDateTime &time)
{
    return shotbook::locale::shortDateTime(time);
}

QString toJsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return number(value.toDouble());
    case QJsonValue::String:
        return quoted(value.toString());
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << toJsonText(item);
        return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    case QJsonValue::Object: {
        QStringList members;
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            members << quoted(it.key()) + QStringLiteral(": ") + toJsonText(it.value());
        return QLatin1Char('{') + members.join(QStringLiteral(", ")) + QLatin1Char('}');
    }
    }
    return QStringLiteral("null");
}

} // namespace shotbook::cli
