#include "RegimenRepository.h"

#include "common/IsoDateTime.h"
#include "storage/SqlError.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

namespace shotbook {

namespace {

QString timesText(const QList<QTime> &times)
{
    QStringList parts;
    for (const QTime &time : times)
        parts << time.toString(QStringLiteral("HH:mm"));
    return parts.join(QLatin1Char(','));
}

QList<QTime> timesFromText(const QString &text)
{
    QList<QTime> times;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        times << QTime::fromString(part, QStringLiteral("HH:mm"));
    return times;
}

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

} // namespace

Result<qint64> RegimenRepository::insert(QSqlDatabase db, const Regimen &regimen)
{
    QSqlQuery query(db);
    query.prepare(insertReturningId(QStringLiteral(
        "INSERT INTO regimens (id, patient_id, start_date, course_days, daily_mg,"
        " mg_per_kg_per_day, doses_per_day, every_days, times, step_mg, min_mg, indication,"
        " prescriber, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    query.addBindValue(regimen.id > 0 ? QVariant(regimen.id)
                                      : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(regimen.patientId);
    query.addBindValue(iso::formatDate(regimen.start));
    query.addBindValue(regimen.days ? QVariant(*regimen.days)
                                    : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(optionalValue(regimen.dailyMg));
    query.addBindValue(optionalValue(regimen.mgPerKgPerDay));
    query.addBindValue(regimen.dosesPerDay);
    query.addBindValue(regimen.everyDays);
    query.addBindValue(timesText(regimen.times));
    query.addBindValue(regimen.stepMg);
    query.addBindValue(regimen.minMg);
    query.addBindValue(textValue(regimen.indication));
    query.addBindValue(textValue(regimen.prescriber));
    query.addBindValue(textValue(regimen.note));
    query.addBindValue(iso::formatUtc(regimen.createdAt));
    if (!query.exec())
        return fail(sqlError(query.lastError(), "store the regimen"));
    return insertedId(query);
}

Status RegimenRepository::remove(QSqlDatabase db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM regimens WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "remove the regimen"));
    return {};
}

Result<QList<Regimen>> RegimenRepository::history(QSqlDatabase db, qint64 patientId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT id, patient_id, start_date, course_days, daily_mg, mg_per_kg_per_day,"
        " doses_per_day, every_days, times, step_mg, min_mg, indication, prescriber, note,"
        " created_at FROM regimens WHERE patient_id = ? ORDER BY start_date, id"));
    query.addBindValue(patientId);
    if (!query.exec())
        return fail(sqlError(query.lastError(), "read the regimens"));
    QList<Regimen> regimens;
    while (query.next()) {
        Regimen regimen;
        regimen.id = query.value(0).toLongLong();
        regimen.patientId = query.value(1).toLongLong();
        regimen.start = iso::parseDate(query.value(2).toString()).value_or(QDate());
        if (!query.value(3).isNull())
            regimen.days = query.value(3).toInt();
        if (!query.value(4).isNull())
            regimen.dailyMg = query.value(4).toDouble();
        if (!query.value(5).isNull())
            regimen.mgPerKgPerDay = query.value(5).toDouble();
        regimen.dosesPerDay = query.value(6).toInt();
        regimen.everyDays = query.value(7).toInt();
        regimen.times = timesFromText(query.value(8).toString());
        regimen.stepMg = query.value(9).toDouble();
        regimen.minMg = query.value(10).toDouble();
        regimen.indication = query.value(11).toString();
        regimen.prescriber = query.value(12).toString();
        regimen.note = query.value(13).toString();
        regimen.createdAt = QDateTime::fromString(query.value(14).toString(), Qt::ISODate);
        regimens.append(regimen);
    }
    if (query.lastError().isValid()) // e.g. a damaged page
        return fail(sqlError(query.lastError(), "read the records"));
    return regimens;
}

std::optional<Regimen> regimenOn(const QList<Regimen> &history, const QDate &day)
{
    const Regimen *current = nullptr;
    for (const Regimen &regimen : history) {
        if (regimen.start > day)
            continue;
        if (!current || regimen.start > current->start ||
            (regimen.start == current->start && regimen.id > current->id))
            current = &regimen;
    }
    if (!current)
        return std::nullopt;
    if (const auto last = current->lastDay(); last && day > *last)
        return std::nullopt;
    return *current;
}

} // namespace shotbook
