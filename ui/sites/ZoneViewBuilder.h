#pragma once

#include "BodyFigure.h"
#include "ZoneView.h"
#include "common/Error.h"

#include <QCoreApplication>

#include <optional>

namespace shotbook::ui {

class AppContext;

// Turns core's view of a patient's zones (uses, reactions, spots) into what
// the body map shows, with the texts for people.
class ZoneViewBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ZoneViewBuilder)

public:
    struct Zones
    {
        QList<ZoneView> zones;
        std::optional<QString> suggested;
        BodyFigure::Kind figure = BodyFigure::Adult; // by the patient's age
    };

    static constexpr int SpotsPerZone = 4;

    static Result<Zones> build(AppContext &context, qint64 patientId);
};

} // namespace shotbook::ui
