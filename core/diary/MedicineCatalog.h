#pragma once

#include "common/Warning.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace shotbook {

// Other medicines the label warns about with anakinra: TNF blockers and
// other biologics (a higher risk of serious infections and low neutrophils),
// and live vaccines (not to be given during treatment).
class MedicineCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(MedicineCatalog)

public:
    // interaction / live-vaccine warning for a medicine's name (generic or
    // brand, any case), or none.
    static std::optional<Warning> warningFor(const QString &name);
};

} // namespace shotbook
