#pragma once

#include "common/Error.h"

#include <QDate>
#include <QSqlDatabase>

namespace shotbook {

// Dated body weights of a patient.
class WeightRepository final
{
public:
    // Writes one row inside the caller's transaction; the caller has validated kg.
    static Result<qint64> insert(QSqlDatabase db, qint64 patientId, const QDate &measuredOn,
                                 double kg, const QDateTime &createdAt);
};

} // namespace shotbook
