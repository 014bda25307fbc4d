#pragma once

#include <QString>

#include <optional>

namespace shotbook {

// Reads the words other trackers use for an injection site ("left thigh",
// "Abdomen - right", "RLQ", "Oberschenkel links") as one of Shotbook's
// zone ids. Left and right are the patient's own. Case, punctuation and word
// order do not matter; a word it does not know makes the name unknown, so
// that "left knee" is never read as a thigh.
class ZoneNames final
{
public:
    struct Match
    {
        QString zone;
        // The name did not say which half of a zone Shotbook splits (the
        // abdomen into upper and lower, the thigh into upper and lower): the
        // usual one was taken (lower abdomen, upper thigh).
        bool assumedLevel = false;

        friend bool operator==(const Match &, const Match &) = default;
    };

    static std::optional<Match> resolve(const QString &name);
};

} // namespace shotbook
