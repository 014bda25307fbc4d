#pragma once

#include "common/Error.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace shotbook {

struct Weight
{
    qint64 id = 0;
    QDate measuredOn;
    double kg = 0.0;
};

// Dated body weights of a patient.
class WeightRepository final
{
public:
    // Writes one row inside the caller's transaction; the caller has validated kg.
    static Result<qint64> insert(QSqlDatabase db, qint64 patientId, const QDate &measuredOn,
                                 double kg, const QDateTime &createdAt);
    static Result<QList<Weight>> all(QSqlDatabase db, qint64 patientId); // oldest first
    static Status remove(QSqlDatabase db, qint64 id);
    // The latest weight measured on or before the date, if any.
    static Result<std::optional<Weight>> latestOnOrBefore(QSqlDatabase db, qint64 patientId,
                                                          const QDate &date);
};

} // namespace shotbook
