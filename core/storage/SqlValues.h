#pragma once

#include <QString>
#include <QVariant>

namespace shotbook {

// Qt SQL binds a null QString as NULL; text columns that are NOT NULL get ''.
inline QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

} // namespace shotbook
