#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace shotbook {

struct Patient
{
    qint64 id = 0;
    QString name;
    std::optional<QDate> birth;
    QDateTime createdAt;

    friend bool operator==(const Patient &, const Patient &) = default;
};

// What the user enters for a new patient.
struct NewPatient
{
    QString name;
    std::optional<QDate> birth;
    std::optional<double> weightKg; // a first weight, measured on weightDate
    QDate weightDate;               // invalid means today
};

} // namespace shotbook
