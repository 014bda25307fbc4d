#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shotbook {

// The label's side effects, and the signs that need medical help now.
struct CatalogTerm
{
    enum class Group
    {
        Common,
        Serious,
        RedFlag
    };
    QString id;
    Group group = Group::Common;
    // A serious side effect that is also a sign to get help now (angioedema:
    // swelling of the face, lips or throat).
    bool alsoRedFlag = false;

    bool isRedFlag() const { return group == Group::RedFlag || alsoRedFlag; }
};

class SideEffectCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(SideEffectCatalog)

public:
    static const QList<CatalogTerm> &terms();
    static std::optional<CatalogTerm> find(const QString &id);
    // A typed term matched to the catalogue: its id, a synonym, or a red flag
    // recognised with confidence by RedFlagMatcher ("urticaria", "my throat is
    // swelling", "can't breathe"). Of a possible red flag only the common or
    // serious term recognised with it is returned, if any: ask
    // RedFlagMatcher::builtIn() for the whole answer.
    static std::optional<CatalogTerm> match(const QString &text);
    static QString displayName(const QString &id);
    // What to do now: "Get medical help now." and the actions.
    static QString redFlagAdvice();
    // The actions alone, for under a "Get medical help now" heading.
    static QString redFlagActions();
};

} // namespace shotbook
