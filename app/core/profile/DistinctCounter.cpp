#include "profile/DistinctCounter.h"

#include "common/WordMix.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace sharewise::profile {
namespace {

constexpr int kTableSize = 2 * DistinctCounter::kExactLimit;
constexpr int kRegisters = 1 << DistinctCounter::kPrecision;
constexpr int kMaxRank = 64 - DistinctCounter::kPrecision + 1;

using mix::read4;
using mix::read8;
constexpr auto multiplyMix = mix::multiplyFold;

constexpr quint64 kP0 = 0xa0761d6478bd642full;
constexpr quint64 kP1 = 0xe7037ed1a0b428dbull;
constexpr quint64 kP2 = 0x8ebc6af09c88c6e3ull;

double sigma(double x)
{
    if (x == 1.0)
        return std::numeric_limits<double>::infinity();
    double y = 1.0;
    double z = x;
    double previous = 0;
    do {
        x *= x;
        previous = z;
        z += x * y;
        y += y;
    } while (z != previous);
    return z;
}

double tau(double x)
{
    if (x == 0.0 || x == 1.0)
        return 0.0;
    double y = 1.0;
    double z = 1.0 - x;
    double previous = 0;
    do {
        x = std::sqrt(x);
        previous = z;
        y *= 0.5;
        z -= (1.0 - x) * (1.0 - x) * y;
    } while (z != previous);
    return z / 3.0;
}

} // namespace

quint64 DistinctCounter::hash(QByteArrayView bytes)
{
    // After wyhash: multiply-and-fold over 16-byte steps, overlapping reads at the end.
    const char* p = bytes.data();
    const auto len = size_t(bytes.size());
    quint64 seed = kP0 ^ len;
    quint64 a = 0;
    quint64 b = 0;
    if (len <= 16) {
        if (len >= 4) {
            const size_t shift = (len >> 3) << 2;
            a = (read4(p) << 32) | read4(p + shift);
            b = (read4(p + len - 4) << 32) | read4(p + len - 4 - shift);
        } else if (len > 0) {
            a = (quint64(uchar(p[0])) << 16) | (quint64(uchar(p[len >> 1])) << 8) |
                quint64(uchar(p[len - 1]));
        }
    } else {
        size_t i = len;
        while (i > 16) {
            seed = multiplyMix(read8(p) ^ kP1, read8(p + 8) ^ seed);
            p += 16;
            i -= 16;
        }
        a = read8(p + i - 16);
        b = read8(p + i - 8);
    }
    return multiplyMix(kP2 ^ len, multiplyMix(a ^ kP1, b ^ seed));
}

bool DistinctCounter::insertExact(quint64 h)
{
    if (h == 0)
        h = 1;
    if (m_table.empty())
        m_table.assign(kTableSize, 0);
    size_t slot = size_t(h) & (kTableSize - 1);
    for (;;) {
        const quint64 held = m_table[slot];
        if (held == h)
            return false;
        if (held == 0) {
            m_table[slot] = h;
            ++m_size;
            return true;
        }
        slot = (slot + 1) & (kTableSize - 1);
    }
}

void DistinctCounter::add(quint64 h)
{
    if (!m_exact) {
        addToSketch(h);
        return;
    }
    if (insertExact(h) && m_size > kExactLimit)
        toSketch();
}

void DistinctCounter::addToSketch(quint64 h)
{
    const size_t index = size_t(h >> (64 - kPrecision));
    const quint64 rest = (h << kPrecision) | (quint64(1) << (kPrecision - 1));
    const auto rank = quint8(std::countl_zero(rest) + 1);
    if (m_registers[index] < rank)
        m_registers[index] = rank;
}

void DistinctCounter::toSketch()
{
    m_exact = false;
    m_registers.assign(kRegisters, 0);
    for (const quint64 h : m_table) {
        if (h != 0)
            addToSketch(h);
    }
    m_table.clear();
    m_table.shrink_to_fit();
    m_size = 0;
}

void DistinctCounter::merge(const DistinctCounter& other)
{
    if (other.m_exact) {
        for (const quint64 h : other.m_table) {
            if (h != 0)
                add(h);
        }
        return;
    }
    if (m_exact)
        toSketch();
    for (size_t i = 0; i < m_registers.size(); ++i)
        m_registers[i] = std::max(m_registers[i], other.m_registers[i]);
}

qint64 DistinctCounter::estimate() const
{
    if (m_exact)
        return m_size;
    int counts[kMaxRank + 1] = {};
    for (const quint8 r : m_registers)
        ++counts[r];
    const double m = kRegisters;
    const int q = 64 - kPrecision;
    double z = m * tau((m - counts[q + 1]) / m);
    for (int k = q; k >= 1; --k) {
        z += counts[k];
        z *= 0.5;
    }
    z += m * sigma(counts[0] / m);
    const double alpha = 0.5 / std::log(2.0);
    return qint64(std::llround(alpha * m * m / z));
}

} // namespace sharewise::profile
