#include "PostgresSchema.h"

#include <QRegularExpression>

namespace shotbook {

QStringList PostgresSchema::setup()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS shotbook_meta ("
                       " name VARCHAR(60) PRIMARY KEY,"
                       " value VARCHAR(200) NOT NULL)"),
        // An id left out (or NULL, as the repositories bind it) is the next
        // of the table's sequence; an id given (undo puts a row back under
        // its id) moves the sequence past it, so no later id collides.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION shotbook_assign_id() RETURNS trigger LANGUAGE plpgsql AS $$"
            " DECLARE seq regclass := (TG_TABLE_NAME || '_id_seq')::regclass;"
            " BEGIN"
            "  IF NEW.id IS NULL THEN"
            "   NEW.id := nextval(seq);"
            "  ELSIF NEW.id > COALESCE(pg_sequence_last_value(seq), 0) THEN"
            "   PERFORM setval(seq, NEW.id);"
            "  END IF;"
            "  RETURN NEW;"
            " END $$"),
        // Who changed a record: the login of whoever wrote it last. The
        // login (session_user), not the role it writes as: a household's
        // caregivers write as one group role that owns the tables
        // (packaging/household-server.sh), so that any of them can migrate.
        QStringLiteral("CREATE OR REPLACE FUNCTION shotbook_set_author() RETURNS trigger LANGUAGE "
                       "plpgsql AS $$"
                       " BEGIN NEW.author := session_user; RETURN NEW; END $$"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION shotbook_notify() RETURNS trigger LANGUAGE plpgsql AS $$"
            " BEGIN PERFORM pg_notify('shotbook_changes', TG_TABLE_NAME); RETURN NULL; END $$"),
    };
}

QStringList PostgresSchema::translate(const QString &statement)
{
    static const QRegularExpression createTable(QStringLiteral("^CREATE TABLE (\\w+) \\("));
    static const QRegularExpression addAuthor(
        QStringLiteral("^ALTER TABLE (\\w+) ADD COLUMN author\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));

    QString sql = statement;
    const bool hasId = sql.contains(QLatin1String(" id INTEGER PRIMARY KEY"));
    sql.replace(integer, QStringLiteral("BIGINT"));
    sql.replace(real, QStringLiteral("DOUBLE PRECISION"));
    QStringList out;
    if (const auto author = addAuthor.match(sql); author.hasMatch()) {
        const QString table = author.captured(1);
        sql.replace(QStringLiteral("DEFAULT ''"), QStringLiteral("DEFAULT session_user"));
        out << sql
            << QStringLiteral("CREATE TRIGGER %1_author BEFORE UPDATE ON %1 FOR EACH ROW"
                              " EXECUTE FUNCTION shotbook_set_author()")
                   .arg(table);
        return out;
    }
    out << sql;
    if (const auto created = createTable.match(sql); created.hasMatch()) {
        const QString table = created.captured(1);
        if (hasId)
            out << QStringLiteral("CREATE SEQUENCE %1_id_seq OWNED BY %1.id").arg(table)
                << QStringLiteral("CREATE TRIGGER %1_assign_id BEFORE INSERT ON %1 FOR EACH ROW"
                                  " EXECUTE FUNCTION shotbook_assign_id()")
                       .arg(table);
        out << QStringLiteral("CREATE TRIGGER %1_notify AFTER INSERT OR UPDATE OR DELETE ON %1"
                              " FOR EACH STATEMENT EXECUTE FUNCTION shotbook_notify()")
                   .arg(table);
    }
    return out;
}

} // namespace shotbook
