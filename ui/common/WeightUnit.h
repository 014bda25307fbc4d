#pragma once

#include <QCoreApplication>
#include <QString>

namespace shotbook::ui {

// Weights are stored in kg; the user may read and type them in pounds.
class WeightUnit final
{
    Q_DECLARE_TR_FUNCTIONS(WeightUnit)

public:
    static constexpr double KgPerPound = 0.45359237;

    explicit WeightUnit(bool pounds)
        : m_pounds(pounds)
    {}
    bool pounds() const { return m_pounds; }
    double fromKg(double kg) const { return m_pounds ? kg / KgPerPound : kg; }
    double toKg(double value) const { return m_pounds ? value * KgPerPound : value; }
    QString suffix() const { return m_pounds ? tr(" lb") : tr(" kg"); }
    QString format(double kg) const; // "7.4 kg" / "16.3 lb", in the user's locale

private:
    bool m_pounds;
};

} // namespace shotbook::ui
