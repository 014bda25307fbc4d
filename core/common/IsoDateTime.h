#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace shotbook::iso {

// Parses a calendar date written exactly as YYYY-MM-DD.
std::optional<QDate> parseDate(const QString &text);

// Parses YYYY-MM-DDTHH:MM[:SS] in local time, or followed by Z or an offset
// (+HH:MM, -HH:MM). A local time that does not exist (skipped by a
// daylight-saving change) is refused.
std::optional<QDateTime> parseDateTime(const QString &text);

// The stored and exchanged forms.
QString formatDate(const QDate &date);
QString formatUtc(const QDateTime &dateTime); // YYYY-MM-DDTHH:MM:SSZ
// Reads a stored instant: formatUtc()'s form quickly (twenty years of
// injections are read for a chart), any other ISO 8601 form through Qt's
// parser; invalid when it is none.
QDateTime parseStoredUtc(const QString &text);
// Local time with its offset: YYYY-MM-DDTHH:MM:SS+01:00.
QString formatLocal(const QDateTime &dateTime);
// Parses HH:MM (00:00–23:59).
std::optional<QTime> parseTime(const QString &text);

} // namespace shotbook::iso
