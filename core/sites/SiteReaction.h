#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace shotbook {

// A reaction at an injection site: most common in the first 2–4 weeks,
// usually gone within 4–6 weeks.
struct SiteReaction
{
    qint64 id = 0;
    qint64 patientId = 0;
    QString zone;
    QString kind;     // a ReactionKinds id
    int severity = 1; // 1 mild, 2 moderate, 3 severe
    QDateTime startedAt;
    std::optional<QDateTime> resolvedAt;
    std::optional<qint64> injectionId;
    QString note;
    QDateTime createdAt;

    bool isOpen() const { return !resolvedAt.has_value(); }
    friend bool operator==(const SiteReaction &, const SiteReaction &) = default;
};

class ReactionKinds final
{
    Q_DECLARE_TR_FUNCTIONS(ReactionKinds)

public:
    // redness, swelling, itching, pain, bruising, bleeding, hives, lumps, rash,
    // warmth, blistering, burning, numbness, ulceration, scarring, other
    static const QStringList &ids();
    static QString displayName(const QString &id);
    static QString severityName(int severity);
};

} // namespace shotbook
