#include "FhirCodes.h"

namespace shotbook {

namespace {

const QString Snomed = QStringLiteral("http://snomed.info/sct");
const QString Loinc = QStringLiteral("http://loinc.org");
const QString Ucum = QStringLiteral("http://unitsofmeasure.org");

} // namespace

// WHO ATC L04AC03 anakinra (level 5 under L04AC Interleukin inhibitors), as
// listed by the ATC/DDD index mirrors hipaaspace.com (ATC code L04AC03) and
// rxreasoner.com (group L04AC). System URI as in the FHIR R4 terminology list.
FhirCoding FhirCodes::anakinraAtc()
{
    return {QStringLiteral("http://www.whocc.no/atc"), QStringLiteral("L04AC03"),
            QStringLiteral("anakinra")};
}

// RxNorm RXCUI 72435 "anakinra" (the ingredient): RxNorm concept code 72435
// of OMOP concept 1114375 in the PEDSnet Variable-Dictionary code set
// drugs/rx_2023_11_COVID19Medications_V1.csv, beside the Kineret products
// (727714 "0.67 ML anakinra 149 MG/ML Prefilled Syringe [Kineret]").
FhirCoding FhirCodes::anakinraRxNorm()
{
    return {QStringLiteral("http://www.nlm.nih.gov/research/umls/rxnorm"), QStringLiteral("72435"),
            QStringLiteral("anakinra")};
}

// SNOMED CT 34206005 "Subcutaneous route": the FHIR R4 SNOMED CT Route Codes
// value set (descendants of 284009009), e.g. the R4 AllergyIntolerance
// example's exposureRoute.
FhirCoding FhirCodes::subcutaneousRoute()
{
    return {Snomed, QStringLiteral("34206005"), QStringLiteral("Subcutaneous route")};
}

std::optional<FhirCoding> FhirCodes::bodySite(const QString &zone)
{
    // Abdomen quadrants: the eHDSI Body Site value set 8.1.0 (hl7-eu
    // EHDSI-Terminology-package, input/fsh/valuesets/mvc/eHDSIBodySite.fsh),
    // an expansion of SNOMED CT International 2025-02.
    if (zone == QLatin1String("abdomen-upper-left"))
        return FhirCoding{Snomed, QStringLiteral("86367003"),
                          QStringLiteral("Structure of left upper quadrant of abdomen")};
    if (zone == QLatin1String("abdomen-upper-right"))
        return FhirCoding{Snomed, QStringLiteral("50519007"),
                          QStringLiteral("Structure of right upper quadrant of abdomen")};
    if (zone == QLatin1String("abdomen-lower-left"))
        return FhirCoding{Snomed, QStringLiteral("68505006"),
                          QStringLiteral("Structure of left lower quadrant of abdomen")};
    if (zone == QLatin1String("abdomen-lower-right"))
        return FhirCoding{Snomed, QStringLiteral("48544008"),
                          QStringLiteral("Structure of right lower quadrant of abdomen")};
    // Thighs, upper arms and buttocks with their side: the injection-site
    // codes of published implementations (NHS vaccination record
    // DELIVERY_SITE_SNOMED_CODES_AND_TERMS; FHIR IPS and immunization IG
    // examples). SNOMED CT has no upper and lower half of the thigh: both
    // zones take the thigh's code, and the zone id says which half.
    if (zone.startsWith(QLatin1String("thigh-left")))
        return FhirCoding{Snomed, QStringLiteral("61396006"),
                          QStringLiteral("Structure of left thigh")};
    if (zone.startsWith(QLatin1String("thigh-right")))
        return FhirCoding{Snomed, QStringLiteral("11207009"),
                          QStringLiteral("Structure of right thigh")};
    if (zone == QLatin1String("arm-left"))
        return FhirCoding{Snomed, QStringLiteral("368208006"),
                          QStringLiteral("Left upper arm structure")};
    if (zone == QLatin1String("arm-right"))
        return FhirCoding{Snomed, QStringLiteral("368209003"),
                          QStringLiteral("Right upper arm structure")};
    if (zone == QLatin1String("buttock-left"))
        return FhirCoding{Snomed, QStringLiteral("723979003"),
                          QStringLiteral("Structure of left buttock")};
    if (zone == QLatin1String("buttock-right"))
        return FhirCoding{Snomed, QStringLiteral("723980000"),
                          QStringLiteral("Structure of right buttock")};
    return std::nullopt;
}

// LOINC 29463-7 "Body weight": the FHIR R4 body weight profile
// (http://hl7.org/fhir/StructureDefinition/bodyweight) fixes this code.
FhirCoding FhirCodes::bodyWeight()
{
    return {Loinc, QStringLiteral("29463-7"), QStringLiteral("Body weight")};
}

// LOINC 8310-5 "Body temperature", in Cel: the FHIR R4 body temperature
// profile (http://hl7.org/fhir/StructureDefinition/bodytemp).
FhirCoding FhirCodes::bodyTemperature()
{
    return {Loinc, QStringLiteral("8310-5"), QStringLiteral("Body temperature")};
}

// LOINC 72514-3 "Pain severity - 0-10 verbal numeric rating [Score] -
// Reported": loinc.org/72514-3, as cited by the HL7 Belgium patient
// monitoring IG's pain-scale value set.
FhirCoding FhirCodes::painSeverity()
{
    return {Loinc, QStringLiteral("72514-3"),
            QStringLiteral("Pain severity - 0-10 verbal numeric rating [Score] - Reported")};
}

std::optional<FhirCoding> FhirCodes::lab(const QString &analyte)
{
    // 751-8: in the LOINC panel tables and the Taiwan TWHA FHIR IG value set
    // VS-ExtendedDataset ("Neutrophils [#/volume] in Blood by Automated count").
    if (analyte == QLatin1String("anc"))
        return FhirCoding{Loinc, QStringLiteral("751-8"),
                          QStringLiteral("Neutrophils [#/volume] in Blood by Automated count")};
    // 777-3: loinc.org/58410-2 (CBC panel - Blood by Automated count).
    if (analyte == QLatin1String("platelets"))
        return FhirCoding{Loinc, QStringLiteral("777-3"),
                          QStringLiteral("Platelets [#/volume] in Blood by Automated count")};
    // 1742-6: the dQM CMS content IG value set "ALT Lab Tests" (expansion
    // from tx.fhir.org, LOINC 2.82); ARUP test 0020008.
    if (analyte == QLatin1String("alt"))
        return FhirCoding{
            Loinc, QStringLiteral("1742-6"),
            QStringLiteral("Alanine aminotransferase [Enzymatic activity/volume] in Serum or "
                           "Plasma")};
    // 1920-8: ARUP test 0020007 (Aspartate Aminotransferase, Serum or Plasma).
    if (analyte == QLatin1String("ast"))
        return FhirCoding{
            Loinc, QStringLiteral("1920-8"),
            QStringLiteral("Aspartate aminotransferase [Enzymatic activity/volume] in Serum or "
                           "Plasma")};
    // 1988-5: Mayo Clinic Laboratories test CRP (result LOINC 1988-5).
    if (analyte == QLatin1String("crp"))
        return FhirCoding{Loinc, QStringLiteral("1988-5"),
                          QStringLiteral("C reactive protein [Mass/volume] in Serum or Plasma")};
    // 35591-7: the LOINC table row "Creatinine renal clearance predicted by
    // Cockcroft-Gault formula" (short name "Creat Cl predicted SerPl
    // C-G-vRate"); the label's renal rule is about the clearance estimated
    // from serum creatinine, which is this estimate.
    if (analyte == QLatin1String("crcl"))
        return FhirCoding{
            Loinc, QStringLiteral("35591-7"),
            QStringLiteral("Creatinine renal clearance predicted by Cockcroft-Gault formula")};
    return std::nullopt;
}

std::optional<FhirCoding> FhirCodes::labUnit(const QString &analyte)
{
    if (analyte == QLatin1String("anc") || analyte == QLatin1String("platelets"))
        return FhirCoding{Ucum, QStringLiteral("10*9/L"), QStringLiteral("10^9/L")};
    if (analyte == QLatin1String("alt") || analyte == QLatin1String("ast"))
        return FhirCoding{Ucum, QStringLiteral("U/L"), QStringLiteral("U/L")};
    if (analyte == QLatin1String("crp"))
        return FhirCoding{Ucum, QStringLiteral("mg/L"), QStringLiteral("mg/L")};
    if (analyte == QLatin1String("crcl"))
        return FhirCoding{Ucum, QStringLiteral("mL/min"), QStringLiteral("mL/min")};
    return std::nullopt;
}

} // namespace shotbook
