#include "Migrations.h"

namespace shotbook {

namespace {

QList<Migration> buildMigrations()
{
    QList<Migration> steps;

    steps.append({1,
                  "patients",
                  {
                      QStringLiteral("CREATE TABLE patients ("
                                     " id INTEGER PRIMARY KEY,"
                                     " name VARCHAR(100) NOT NULL,"
                                     " birth_date VARCHAR(10),"
                                     " created_at VARCHAR(20) NOT NULL)"),
                      QStringLiteral("CREATE UNIQUE INDEX patients_name ON patients(name)"),
                  }});

    steps.append({2,
                  "weights",
                  {
                      QStringLiteral("CREATE TABLE weights ("
                                     " id INTEGER PRIMARY KEY,"
                                     " patient_id INTEGER NOT NULL"
                                     "  REFERENCES patients(id) ON DELETE CASCADE,"
                                     " measured_on VARCHAR(10) NOT NULL,"
                                     " kg REAL NOT NULL CHECK (kg > 0),"
                                     " created_at VARCHAR(20) NOT NULL)"),
                      QStringLiteral(
                          "CREATE INDEX weights_patient_date ON weights(patient_id, measured_on)"),
                  }});

    return steps;
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> steps = buildMigrations();
    return steps;
}

int currentSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

} // namespace shotbook
