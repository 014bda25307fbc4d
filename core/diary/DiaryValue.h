#pragma once

#include <QDate>
#include <QString>

namespace shotbook {

// One measure of one diary day, as stored.
struct DiaryValue
{
    QDate day;
    QString measure;
    double value = 0;

    friend bool operator==(const DiaryValue &, const DiaryValue &) = default;
};

} // namespace shotbook
