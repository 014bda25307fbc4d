#pragma once

#include <QList>
#include <QStringList>

namespace shotbook {

// One numbered step of the schema. Steps are only ever appended: a released
// step is never edited, so every older file takes the same path forward.
struct Migration
{
    int version = 0; // the user_version after this step
    const char *summary = "";
    QStringList statements;
};

const QList<Migration> &migrations();
int currentSchemaVersion();

} // namespace shotbook
