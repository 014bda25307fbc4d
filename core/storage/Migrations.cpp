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

    steps.append(
        {3,
         "regimens and injections",
         {
             QStringLiteral("CREATE TABLE regimens ("
                            " id INTEGER PRIMARY KEY,"
                            " patient_id INTEGER NOT NULL"
                            "  REFERENCES patients(id) ON DELETE CASCADE,"
                            " start_date VARCHAR(10) NOT NULL,"
                            " course_days INTEGER,"
                            " daily_mg REAL,"
                            " mg_per_kg_per_day REAL,"
                            " doses_per_day INTEGER NOT NULL,"
                            " every_days INTEGER NOT NULL,"
                            " times VARCHAR(20) NOT NULL,"
                            " step_mg REAL NOT NULL,"
                            " min_mg REAL NOT NULL,"
                            " indication VARCHAR(20) NOT NULL DEFAULT '',"
                            " prescriber VARCHAR(200) NOT NULL DEFAULT '',"
                            " note VARCHAR(2000) NOT NULL DEFAULT '',"
                            " created_at VARCHAR(20) NOT NULL)"),
             QStringLiteral("CREATE INDEX regimens_patient_start"
                            " ON regimens(patient_id, start_date)"),
             QStringLiteral("CREATE TABLE injections ("
                            " id INTEGER PRIMARY KEY,"
                            " patient_id INTEGER NOT NULL"
                            "  REFERENCES patients(id) ON DELETE CASCADE,"
                            " at VARCHAR(20) NOT NULL,"
                            " dose_mg REAL NOT NULL,"
                            " site VARCHAR(30) NOT NULL,"
                            " lot VARCHAR(60),"
                            " given_by VARCHAR(100) NOT NULL DEFAULT '',"
                            " note VARCHAR(2000) NOT NULL DEFAULT '',"
                            " created_at VARCHAR(20) NOT NULL)"),
             QStringLiteral("CREATE INDEX injections_patient_at ON injections(patient_id, at)"),
         }});

    steps.append({4,
                  "sites, reactions, settings",
                  {
                      QStringLiteral("CREATE TABLE disabled_zones ("
                                     " patient_id INTEGER NOT NULL"
                                     "  REFERENCES patients(id) ON DELETE CASCADE,"
                                     " zone VARCHAR(30) NOT NULL,"
                                     " PRIMARY KEY (patient_id, zone))"),
                      QStringLiteral("CREATE TABLE site_reactions ("
                                     " id INTEGER PRIMARY KEY,"
                                     " patient_id INTEGER NOT NULL"
                                     "  REFERENCES patients(id) ON DELETE CASCADE,"
                                     " zone VARCHAR(30) NOT NULL,"
                                     " kind VARCHAR(30) NOT NULL,"
                                     " severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 3),"
                                     " started_at VARCHAR(20) NOT NULL,"
                                     " resolved_at VARCHAR(20),"
                                     " injection_id INTEGER"
                                     "  REFERENCES injections(id) ON DELETE SET NULL,"
                                     " note VARCHAR(2000) NOT NULL DEFAULT '',"
                                     " created_at VARCHAR(20) NOT NULL)"),
                      QStringLiteral("CREATE INDEX site_reactions_patient"
                                     " ON site_reactions(patient_id, zone)"),
                      QStringLiteral("ALTER TABLE injections ADD COLUMN spot_x REAL"),
                      QStringLiteral("ALTER TABLE injections ADD COLUMN spot_y REAL"),
                      QStringLiteral("CREATE TABLE settings ("
                                     " name VARCHAR(60) PRIMARY KEY,"
                                     " value VARCHAR(200) NOT NULL)"),
                  }});

    steps.append(
        {5,
         "syringe stock",
         {
             QStringLiteral("CREATE TABLE lots ("
                            " id INTEGER PRIMARY KEY,"
                            " lot VARCHAR(60) NOT NULL,"
                            " expires VARCHAR(10) NOT NULL,"
                            " received VARCHAR(10) NOT NULL,"
                            " remaining INTEGER NOT NULL CHECK (remaining >= 0),"
                            " created_at VARCHAR(20) NOT NULL)"),
             QStringLiteral("CREATE UNIQUE INDEX lots_lot ON lots(lot)"),
             QStringLiteral("CREATE TABLE stock_movements ("
                            " id INTEGER PRIMARY KEY,"
                            " lot_id INTEGER NOT NULL REFERENCES lots(id) ON DELETE CASCADE,"
                            " kind VARCHAR(20) NOT NULL,"
                            " count INTEGER NOT NULL,"
                            " at VARCHAR(20) NOT NULL,"
                            " injection_id INTEGER REFERENCES injections(id) ON DELETE SET NULL,"
                            " reason VARCHAR(30) NOT NULL DEFAULT '',"
                            " note VARCHAR(2000) NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX stock_movements_lot ON stock_movements(lot_id)"),
             QStringLiteral("CREATE INDEX stock_movements_injection"
                            " ON stock_movements(injection_id)"),
             QStringLiteral("CREATE TABLE fridge_outs ("
                            " id INTEGER PRIMARY KEY,"
                            " lot_id INTEGER NOT NULL REFERENCES lots(id) ON DELETE CASCADE,"
                            " taken_out_at VARCHAR(20) NOT NULL,"
                            " count INTEGER NOT NULL CHECK (count >= 0))"),
         }});

    steps.append({6,
                  "diary, side effects, infections, labs, other medicines",
                  {
                      QStringLiteral("CREATE TABLE diary_values ("
                                     " id INTEGER PRIMARY KEY,"
                                     " patient_id INTEGER NOT NULL"
                                     "  REFERENCES patients(id) ON DELETE CASCADE,"
                                     " day VARCHAR(10) NOT NULL,"
                                     " measure VARCHAR(30) NOT NULL,"
                                     " value REAL NOT NULL,"
                                     " created_at VARCHAR(20) NOT NULL,"
                                     " UNIQUE (patient_id, day, measure))"),
                      QStringLiteral("CREATE TABLE diary_notes ("
                                     " patient_id INTEGER NOT NULL"
                                     "  REFERENCES patients(id) ON DELETE CASCADE,"
                                     " day VARCHAR(10) NOT NULL,"
                                     " note VARCHAR(4000) NOT NULL,"
                                     " PRIMARY KEY (patient_id, day))"),
                      QStringLiteral("CREATE TABLE side_effects ("
                                     " id INTEGER PRIMARY KEY,"
                                     " patient_id INTEGER NOT NULL"
                                     "  REFERENCES patients(id) ON DELETE CASCADE,"
                                     " term VARCHAR(200) NOT NULL,"
                                     " catalog_id VARCHAR(40),"
                                     " severity VARCHAR(10) NOT NULL,"
                                     " onset VARCHAR(10) NOT NULL,"
                                     " resolved VARCHAR(10),"
                                     " red_flag INTEGER NOT NULL DEFAULT 0,"
                                     " acknowledged_at VARCHAR(20),"
                                     " note VARCHAR(2000) NOT NULL DEFAULT '',"
                                     " created_at VARCHAR(20) NOT NULL)"),
                      QStringLiteral("CREATE TABLE infections ("
                                     " id INTEGER PRIMARY KEY,"
                                     " patient_id INTEGER NOT NULL"
                                     "  REFERENCES patients(id) ON DELETE CASCADE,"
                                     " description VARCHAR(200) NOT NULL,"
                                     " started VARCHAR(10) NOT NULL,"
                                     " ended VARCHAR(10),"
                                     " doctor_told INTEGER NOT NULL DEFAULT 0,"
                                     " note VARCHAR(2000) NOT NULL DEFAULT '',"
                                     " created_at VARCHAR(20) NOT NULL)"),
                      QStringLiteral("CREATE TABLE labs ("
                                     " id INTEGER PRIMARY KEY,"
                                     " patient_id INTEGER NOT NULL"
                                     "  REFERENCES patients(id) ON DELETE CASCADE,"
                                     " analyte VARCHAR(20) NOT NULL,"
                                     " value REAL NOT NULL,"
                                     " taken_on VARCHAR(10) NOT NULL,"
                                     " note VARCHAR(2000) NOT NULL DEFAULT '',"
                                     " created_at VARCHAR(20) NOT NULL)"),
                      QStringLiteral("CREATE INDEX labs_patient ON labs(patient_id, taken_on)"),
                      QStringLiteral("CREATE TABLE medicines ("
                                     " id INTEGER PRIMARY KEY,"
                                     " patient_id INTEGER NOT NULL"
                                     "  REFERENCES patients(id) ON DELETE CASCADE,"
                                     " name VARCHAR(200) NOT NULL,"
                                     " started VARCHAR(10) NOT NULL,"
                                     " stopped VARCHAR(10),"
                                     " note VARCHAR(2000) NOT NULL DEFAULT '',"
                                     " created_at VARCHAR(20) NOT NULL)"),
                  }});

    // Who wrote each record: on a shared record the login (PostgreSQL's
    // session_user, set by the server), in a local file nobody in particular.
    {
        Migration step{7, "who wrote each record", {}};
        for (const char *table : {"patients", "weights", "regimens", "injections", "site_reactions",
                                  "lots", "stock_movements", "fridge_outs", "diary_values",
                                  "diary_notes", "side_effects", "infections", "labs", "medicines"})
            step.statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN author VARCHAR(100)"
                                              " NOT NULL DEFAULT ''")
                                   .arg(QLatin1String(table));
        steps.append(step);
    }

    // An injection imported from another record (CSV) took no syringes from
    // this stock: its lot is the one recorded there.
    steps.append({8,
                  "imported injections",
                  {
                      QStringLiteral("ALTER TABLE injections ADD COLUMN imported_at VARCHAR(20)"),
                  }});

    // Indexes for twenty years of history: the site rotation reads each
    // zone's count and latest use from (patient, site, at) alone.
    steps.append({9,
                  "history indexes",
                  {
                      QStringLiteral("CREATE INDEX injections_patient_site_at"
                                     " ON injections(patient_id, site, at)"),
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
