#pragma once

#include <QSet>
#include <QString>

namespace shotbook {

// What the user has explicitly confirmed for one injection. A refusal that a
// person may override (double-dose, too-soon, red-flag-open, lot-expired) is
// lifted only by its own confirmation; `--force` on the command line confirms
// them all at once.
class Confirmations final
{
public:
    static Confirmations none() { return {}; }
    static Confirmations all()
    {
        Confirmations confirmed;
        confirmed.m_all = true;
        return confirmed;
    }
    static Confirmations of(std::initializer_list<QString> codes)
    {
        Confirmations confirmed;
        for (const QString &code : codes)
            confirmed.add(code);
        return confirmed;
    }

    bool has(const QString &code) const { return m_all || m_codes.contains(code); }
    void add(const QString &code) { m_codes.insert(code); }
    bool isAll() const { return m_all; }

    friend bool operator==(const Confirmations &, const Confirmations &) = default;

private:
    QSet<QString> m_codes;
    bool m_all = false;
};

} // namespace shotbook
