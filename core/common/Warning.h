#pragma once

#include <QList>
#include <QString>

namespace shotbook {

// Something the user should know that does not stop the action. The code is a
// stable id (see spec/cli.md); the message is for people.
struct Warning
{
    QString code;
    QString message;

    friend bool operator==(const Warning &, const Warning &) = default;
};

using Warnings = QList<Warning>;

} // namespace shotbook
