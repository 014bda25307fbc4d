#include "WeightUnit.h"

#include <QLocale>

namespace shotbook::ui {

QString WeightUnit::format(double kg) const
{
    return QLocale().toString(fromKg(kg), 'f', m_pounds ? 1 : 2) + suffix();
}

} // namespace shotbook::ui
