#pragma once

#include <QString>

#include <optional>

namespace shotbook {

// A code of a published terminology, as FHIR writes it.
struct FhirCoding
{
    QString system;
    QString code;
    QString display;
};

// The codes the FHIR export uses, each checked against a published source
// named beside it in FhirCodes.cpp. Where no code could be checked, there is
// none: the text alone is written.
class FhirCodes final
{
public:
    static FhirCoding anakinraAtc();
    static FhirCoding anakinraRxNorm();
    static FhirCoding subcutaneousRoute();
    // The zone's body site with its side, when a code was verified.
    static std::optional<FhirCoding> bodySite(const QString &zone);
    static FhirCoding bodyWeight();
    static FhirCoding bodyTemperature();
    static FhirCoding painSeverity();
    // A lab analyte id (anc, platelets, alt, ast, crp, crcl).
    static std::optional<FhirCoding> lab(const QString &analyte);
    // The UCUM unit of a lab analyte, and the text shown for it.
    static std::optional<FhirCoding> labUnit(const QString &analyte);
};

} // namespace shotbook
