#pragma once

#include <QList>
#include <QtGlobal>

namespace shotbook {

// The sample data's source of chance: the same seed gives the same numbers on
// every platform. xoshiro256** (Blackman and Vigna) seeded through SplitMix64,
// with distributions of our own: those of <random> differ between standard
// libraries.
class DemoRandom final
{
public:
    explicit DemoRandom(quint64 seed);

    quint64 next();
    double uniform(); // [0, 1)
    double between(double low, double high);
    int integer(int low, int high); // low..high, both included
    bool chance(double probability);
    double normal(double mean, double deviation);
    // A whole number of events with this mean (Knuth's method; small means).
    int poisson(double mean);
    template <typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(integer(0, static_cast<int>(items.size()) - 1));
    }

private:
    quint64 m_state[4];
};

} // namespace shotbook
