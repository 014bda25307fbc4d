#pragma once

#include "patients/Patient.h"
#include "regimen/Regimen.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace shotbook::ui {

// What the first-run assistant will write, gathered page by page. A page the
// user skipped leaves its part empty.
struct FirstRunPlan
{
    struct Stock
    {
        QString lot;
        QDate expires;
        int count = 0;
        QDate received;
    };

    NewPatient patient;              // the weight only with a weight-based regimen
    QString indication;              // a core id (RegimenRules::indications()); empty: skipped
    std::optional<Regimen> regimen;  // without a patient id yet
    std::optional<bool> selfInjects; // none: skipped (every zone stays on)
    QStringList zonesOff;            // switched off for the new patient
    std::optional<Stock> stock;
};

} // namespace shotbook::ui
