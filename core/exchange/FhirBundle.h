#pragma once

#include "ExportSource.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace shotbook {

// The record as a FHIR R4 Bundle of type "collection" (JSON): per patient a
// Patient; a MedicationStatement per regimen and per other medicine; a
// MedicationAdministration per injection ("completed") and per missed slot
// ("not-done", with the reason); Observations for weights, diary measures
// and lab results; an AdverseEvent per side effect; a RelatedPerson for each
// caregiver who gave injections. Entries are identified by urn:uuid names
// made from the record's ids, so the same record exports the same bundle.
class FhirBundle final
{
    Q_DECLARE_TR_FUNCTIONS(FhirBundle)

public:
    static QJsonObject build(const ExportData &data);
};

} // namespace shotbook
