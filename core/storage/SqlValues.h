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

// An INSERT that gives back the new row's id: RETURNING works on SQLite
// (3.35 and later) and PostgreSQL alike, where "the last insert id" does not.
inline QString insertReturningId(const QString &insert)
{
    return insert + QStringLiteral(" RETURNING id");
}

// The id the database gave the row an INSERT just wrote (read from its
// RETURNING row; the driver's last insert id for an INSERT without one).
inline qint64 insertedId(QSqlQuery &query)
{
    if (query.isSelect() && query.next()) {
        const qint64 id = query.value(0).toLongLong();
        query.finish();
        return id;
    }
    return query.lastInsertId().toLongLong();
}

} // namespace shotbook
