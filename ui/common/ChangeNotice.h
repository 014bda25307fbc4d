#pragma once

#include <QFlags>
#include <QMetaType>

namespace shotbook::ui {

// What a write changed, so that each view reloads only what it shows (after
// Subsurface's typed notifier): the kinds of data, and the patient (0: any,
// or data shared by all patients such as the stock).
enum class DataKind : unsigned
{
    Patients = 1u << 0,
    Regimens = 1u << 1,
    Weights = 1u << 2,
    Injections = 1u << 3,
    Sites = 1u << 4, // zones switched on or off, site reactions
    Stock = 1u << 5,
    Diary = 1u << 6,         // daily measures and notes
    HealthRecords = 1u << 7, // side effects, infections, blood tests, other medicines
    Settings = 1u << 8,
};
Q_DECLARE_FLAGS(DataKinds, DataKind)
Q_DECLARE_OPERATORS_FOR_FLAGS(DataKinds)

struct ChangeNotice
{
    DataKinds kinds;
    qint64 patientId = 0;

    // Everything, e.g. when another process wrote to the file.
    static ChangeNotice everything() { return {DataKinds(0x1ffu), 0}; }

    // Whether a view showing `shown` of `patient` (0: of every patient)
    // must reload.
    bool affects(DataKinds shown, qint64 patient) const
    {
        if (!(kinds & shown))
            return false;
        return patientId == 0 || patient == 0 || patientId == patient;
    }
};

} // namespace shotbook::ui

Q_DECLARE_METATYPE(shotbook::ui::ChangeNotice)
