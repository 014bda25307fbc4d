// The floor for a CLI command: a bare Qt + Qt SQL process that opens the
// database in WAL mode and commits one row.  floor_sql FILE
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(QString::fromLocal8Bit(argv[1]));
    if (!db.open())
        return 4;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS bench_floor"
                                   " (id INTEGER PRIMARY KEY, at TEXT NOT NULL)")))
        return 4;
    if (!db.transaction())
        return 4;
    query.prepare(QStringLiteral("INSERT INTO bench_floor (at) VALUES (?)"));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec() || !db.commit())
        return 4;
    return 0;
}
