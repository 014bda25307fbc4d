#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace shotbook {

// Qt SQL binds a null QString as NULL; text columns that are NOT NULL get ''.
inline QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

// The id the database gave the row an INSERT just wrote. How an engine
// reports it is the storage layer's business, not the repositories'.
inline qint64 insertedId(const QSqlQuery &query)
{
    return query.lastInsertId().toLongLong();
}

} // namespace shotbook
