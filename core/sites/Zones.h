#pragma once

#include <QCoreApplication>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace shotbook {

// The twelve injection zones, left/right being the patient's own. Ids are
// canonical (CLI, CSV, tests) and never translated; their order is the
// tie-break order of the rotation rule.
class Zones final
{
    Q_DECLARE_TR_FUNCTIONS(Zones)

public:
    static const QStringList &ids();
    static bool isValid(const QString &id);
    static QString displayName(const QString &id); // translated
    // Arms and buttocks are usually injected by someone else.
    static bool needsHelper(const QString &id);
    // The zone's approximate size on an adult, in cm (width, height): the
    // scale for "about 2.5 cm from the last injection".
    static QSizeF sizeCm(const QString &id);
};

} // namespace shotbook
