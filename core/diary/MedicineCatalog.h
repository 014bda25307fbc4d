#pragma once

#include "common/Error.h"
#include "common/Warning.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shotbook {

// Other medicines the label warns about with anakinra: TNF blockers and other
// biologics (a higher risk of serious infections and low neutrophils), and
// live vaccines (not to be given during treatment). The names are data,
// core/diary/data/medicines.json (built in as :/medicines/medicines.json),
// which names its sources and the date they were checked.
class MedicineCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(MedicineCatalog)

public:
    struct Entry
    {
        enum class Kind
        {
            Biologic,
            LiveVaccine
        };
        Kind kind = Kind::Biologic;
        QString generic;   // biologics: the generic name, "adalimumab"
        QString group;     // biologics: tnf-blocker, il1-blocker, …; vaccines: mmr, bcg, …
        QStringList names; // as written in the file ("Priorix-Tetra", "Masern*")
    };

    struct Catalogue
    {
        QString date; // when the names were last checked, YYYY-MM-DD
        QList<Entry> entries;
        QStringList notWarned; // names that must never warn
    };

    // interaction / live-vaccine warning for a medicine's name (generic,
    // brand or suffix name, any case, whole words), or none.
    static std::optional<Warning> warningFor(const QString &name);

    // The built-in catalogue. A damaged file stops the program (warning about
    // fewer medicines silently would be worse); tst_medicines checks it.
    static const Catalogue &builtIn();
    // Reads and checks a catalogue: every key, class and vaccine known, at
    // least one source, a date, no name twice, and no "notWarned" name that
    // would warn.
    static Result<Catalogue> fromJson(const QByteArray &json, const QString &source);

    // The entry a name matches (the longest name wins: "Priorix Tetra" is
    // MMRV, not MMR), or none.
    static std::optional<Entry> find(const Catalogue &catalogue, const QString &name);

    // What a live vaccine protects against, translated: "measles, mumps and
    // rubella (MMR)"; empty for an unknown kind.
    static QString vaccineName(const QString &kind);
    // tnf-blocker, il1-blocker, il6-blocker, cd20-antibody, t-cell-modulator:
    // each has its own warning.
    static bool knownClass(const QString &group);
};

} // namespace shotbook
