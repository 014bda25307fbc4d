#pragma once

#include <QCoreApplication>
#include <QString>

namespace shotbook::ui {

// What a regimen is for, as people read it. The ids are core's
// (RegimenRules::indications()) and never translated.
class Indications final
{
    Q_DECLARE_TR_FUNCTIONS(Indications)

public:
    static QString displayName(const QString &id);
    // One line on who it is for, for the first-run assistant.
    static QString description(const QString &id);
    // Weight-based (mg/kg/day) as the label doses it: CAPS, NOMID, DIRA.
    static bool dosedByWeight(const QString &id);
};

} // namespace shotbook::ui
