#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace shotbook {

// A daily diary measure: pain 0–10, fatigue 0–10, stiffness-min 0–1440,
// fever-c 34.0–43.0, patient-global 0–10, and yes/no rash, headache,
// joint-pain, eye-redness (CAPS flares); and the yes/no items of the
// Auto-Inflammatory Diseases Activity Index that those do not cover
// (overall-symptoms, abdominal-pain, nausea-vomiting, diarrhoea, chest-pain,
// painful-lymph-nodes, muscle-pain, joint-swelling), offered for an
// autoinflammatory indication.
struct Measure
{
    enum class Kind
    {
        Scale,
        Minutes,
        Temperature,
        YesNo
    };
    QString id;
    Kind kind = Kind::Scale;
    double min = 0;
    double max = 10;
    int decimals = 0;
    bool autoinflammatoryOnly = false; // offered when the indication is caps, nomid or dira
};

class Measures final
{
    Q_DECLARE_TR_FUNCTIONS(Measures)

public:
    static const QList<Measure> &all();
    static std::optional<Measure> find(const QString &id);
    // The measures the diary offers a patient treated for this indication.
    static QList<Measure> offeredFor(const QString &indication);
    static QString displayName(const QString &id);
    // A few words, for a chart's legend and axis.
    static QString shortName(const QString &id);
    // Refuses an unknown measure or a value outside its range.
    static Status check(const QString &id, double value);
};

} // namespace shotbook
