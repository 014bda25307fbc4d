#include "DemoRandom.h"

#include <cmath>

namespace shotbook {

namespace {

quint64 splitMix(quint64 &x)
{
    quint64 z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

constexpr double Pi = 3.14159265358979323846;

} // namespace

DemoRandom::DemoRandom(quint64 seed)
{
    for (quint64 &word : m_state)
        word = splitMix(seed);
}

quint64 DemoRandom::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

double DemoRandom::uniform()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double DemoRandom::between(double low, double high)
{
    return low + (high - low) * uniform();
}

int DemoRandom::integer(int low, int high)
{
    if (high <= low)
        return low;
    const quint64 span = static_cast<quint64>(high - low) + 1;
    return low + static_cast<int>(next() % span);
}

bool DemoRandom::chance(double probability)
{
    return uniform() < probability;
}

double DemoRandom::normal(double mean, double deviation)
{
    // Box–Muller; 1 - uniform() is never 0.
    const double u1 = 1.0 - uniform();
    const double u2 = uniform();
    return mean + deviation * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * Pi * u2);
}

int DemoRandom::poisson(double mean)
{
    const double limit = std::exp(-mean);
    int k = 0;
    for (double p = uniform(); p > limit; p *= uniform())
        ++k;
    return k;
}

} // namespace shotbook
