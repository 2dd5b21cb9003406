#pragma once

#include <QtGlobal>

#include <cstring>

#if defined(_MSC_VER) && defined(_M_X64)
#include <intrin.h>
#endif

// The building blocks of the fast non-cryptographic hashes (distinct-value counting,
// risk groups): unaligned word reads and the 64x64 -> 128-bit product folded to 64 bits
// (as wyhash's "mum"). Never for anything an attacker could exploit: use libsodium.
namespace sharewise::mix {

inline quint64 multiplyFold(quint64 a, quint64 b)
{
#if defined(__SIZEOF_INT128__)
    __extension__ typedef unsigned __int128 U128;
    const U128 r = U128(a) * b;
    return quint64(r) ^ quint64(r >> 64);
#elif defined(_MSC_VER) && defined(_M_X64)
    quint64 high = 0;
    const quint64 low = _umul128(a, b, &high);
    return low ^ high;
#else
    const quint64 aLow = a & 0xffffffffu, aHigh = a >> 32;
    const quint64 bLow = b & 0xffffffffu, bHigh = b >> 32;
    const quint64 ll = aLow * bLow, lh = aLow * bHigh, hl = aHigh * bLow, hh = aHigh * bHigh;
    const quint64 mid = (ll >> 32) + (lh & 0xffffffffu) + (hl & 0xffffffffu);
    const quint64 low = (ll & 0xffffffffu) | (mid << 32);
    const quint64 high = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
    return low ^ high;
#endif
}

inline quint64 read8(const char* p)
{
    quint64 v;
    std::memcpy(&v, p, 8);
    return v;
}

inline quint64 read4(const char* p)
{
    quint32 v;
    std::memcpy(&v, p, 4);
    return v;
}

} // namespace sharewise::mix
