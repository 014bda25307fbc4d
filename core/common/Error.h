#pragma once

#include <QList>
#include <QString>

#include <expected>

namespace shotbook {

// What kind of failure an operation met. The CLI maps these to its exit
// statuses; the GUI to how it words and offers a way out.
enum class ErrorKind
{
    Rejected, // input out of range, an unknown id, a rule refusing: nothing was written
    Storage,  // the database or a file is unreadable, corrupt, newer, locked
    Usage,    // the command line itself is wrong (the CLI's exit status 2)
    Internal, // anything else
};

// One of several problems behind a refusal, e.g. a bad row of an imported
// file: where it is (line 0 when not in a file), which field, the value found.
struct ErrorDetail
{
    qint64 line = 0;
    QString field;
    QString value;
    QString message;

    friend bool operator==(const ErrorDetail &, const ErrorDetail &) = default;
};

// A failure with a stable machine code (never translated) and a message for
// people (translated) that names what was wrong and, where it fits, the fix.
struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString code;
    QString message;
    QList<ErrorDetail> details; // every problem, when there were several

    static Error rejected(const QString &code, const QString &message)
    {
        return {ErrorKind::Rejected, code, message, {}};
    }
    static Error storage(const QString &code, const QString &message)
    {
        return {ErrorKind::Storage, code, message, {}};
    }
    static Error usage(const QString &message)
    {
        return {ErrorKind::Usage, QStringLiteral("usage"), message, {}};
    }
    static Error internal(const QString &code, const QString &message)
    {
        return {ErrorKind::Internal, code, message, {}};
    }
};

template <typename T>
using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(Error error)
{
    return std::unexpected<Error>(std::move(error));
}

} // namespace shotbook
