#pragma once

#include "common/Error.h"
#include "diary/DiaryService.h"
#include "diary/HealthRecords.h"
#include "injections/Injection.h"
#include "patients/Patient.h"
#include "patients/WeightRepository.h"
#include "regimen/Regimen.h"
#include "regimen/Schedule.h"
#include "sites/SiteReaction.h"
#include "stock/Lot.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace shotbook {

class Clock;
class Database;

// Everything recorded about one patient, oldest first, as plain values.
struct PatientRecord
{
    Patient patient;
    QList<Weight> weights;
    QList<Regimen> regimens;
    QList<Injection> injections;
    QList<Slot> missedSlots; // due, not filled, window closed
    QStringList disabledZones;
    QList<SiteReaction> reactions;
    QList<DiaryDay> diary;
    QList<SideEffect> sideEffects;
    QList<Infection> infections;
    QList<LabResult> labs;
    QList<Medicine> medicines;
};

// What an export writes, read once from the database: the patients asked
// for, the (household's) stock, and when and by which version it was made.
struct ExportData
{
    QList<PatientRecord> patients;
    QList<Lot> lots;
    QList<StockMovement> movements;
    // The injection each stock movement belongs to: patient name and time.
    struct InjectionRef
    {
        QString patient;
        QDateTime at;
    };
    QHash<qint64, InjectionRef> injections;
    int schemaVersion = 0;
    QDateTime exportedAt;
    std::optional<QDate> from;
    std::optional<QDate> to;
};

// Reads an ExportData: one patient or all, the dated records limited to
// from..to (both included) when given.
class ExportSource final
{
public:
    static Result<ExportData> load(Database &database, const Clock &clock,
                                   std::optional<qint64> patientId, std::optional<QDate> from,
                                   std::optional<QDate> to);
};

} // namespace shotbook
