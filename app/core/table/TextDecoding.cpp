#include "table/TextDecoding.h"

#include <array>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define SHAREWISE_UTF8_SSE2 1
#endif

namespace sharewise::table {
namespace {

// 0x80-0x9F of Windows-1252 (the rest equals Latin-1).
constexpr std::array<char16_t, 32> kHigh = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88-8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98-9F
};

// UTF-8 encodings of every byte of the code page, built once.
struct Cp1252Table
{
    std::array<std::array<char, 3>, 256> bytes{};
    std::array<quint8, 256> length{};

    Cp1252Table()
    {
        for (int b = 0; b < 256; ++b) {
            const char16_t u = windows1252ToUnicode(static_cast<unsigned char>(b));
            auto& out = bytes[size_t(b)];
            if (u < 0x80) {
                out[0] = char(u);
                length[size_t(b)] = 1;
            } else if (u < 0x800) {
                out[0] = char(0xC0 | (u >> 6));
                out[1] = char(0x80 | (u & 0x3F));
                length[size_t(b)] = 2;
            } else {
                out[0] = char(0xE0 | (u >> 12));
                out[1] = char(0x80 | ((u >> 6) & 0x3F));
                out[2] = char(0x80 | (u & 0x3F));
                length[size_t(b)] = 3;
            }
        }
    }
};

const Cp1252Table& cp1252()
{
    static const Cp1252Table table;
    return table;
}

void appendCodePoint(char32_t cp, QByteArray& out)
{
    char buf[4];
    int n = 0;
    if (cp < 0x80) {
        buf[n++] = char(cp);
    } else if (cp < 0x800) {
        buf[n++] = char(0xC0 | (cp >> 6));
        buf[n++] = char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        buf[n++] = char(0xE0 | (cp >> 12));
        buf[n++] = char(0x80 | ((cp >> 6) & 0x3F));
        buf[n++] = char(0x80 | (cp & 0x3F));
    } else {
        buf[n++] = char(0xF0 | (cp >> 18));
        buf[n++] = char(0x80 | ((cp >> 12) & 0x3F));
        buf[n++] = char(0x80 | ((cp >> 6) & 0x3F));
        buf[n++] = char(0x80 | (cp & 0x3F));
    }
    out.append(buf, n);
}

constexpr char32_t kReplacement = 0xFFFD;

} // namespace

char16_t windows1252ToUnicode(unsigned char byte)
{
    if (byte >= 0x80 && byte <= 0x9F)
        return kHigh[size_t(byte - 0x80)];
    return char16_t(byte);
}

void appendWindows1252AsUtf8(QByteArrayView in, QByteArray& out)
{
    const auto& table = cp1252();
    const qsizetype start = out.size();
    out.resize(start + in.size() * 3);
    char* dst = out.data() + start;
    const auto* src = reinterpret_cast<const unsigned char*>(in.data());
    const auto* end = src + in.size();
    while (src < end) {
        const unsigned char b = *src++;
        if (b < 0x80) {
            *dst++ = char(b);
        } else {
            const auto len = table.length[b];
            std::memcpy(dst, table.bytes[b].data(), len);
            dst += len;
        }
    }
    out.resize(dst - out.data());
}

qsizetype validUtf8Prefix(QByteArrayView in, bool atEnd, bool* incomplete, bool* nonAscii)
{
    if (incomplete)
        *incomplete = false;
    if (nonAscii)
        *nonAscii = false;
    const auto* s = reinterpret_cast<const unsigned char*>(in.data());
    const qsizetype n = in.size();
    qsizetype i = 0;
    while (i < n) {
#ifdef SHAREWISE_UTF8_SSE2
        // Sixteen ASCII bytes at a time, as long as they are.
        while (i + 16 <= n &&
               _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i))) == 0)
            i += 16;
        if (i == n)
            break;
#endif
        // Eight ASCII bytes at a time.
        if (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int need;
        char32_t min;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            min = 0x10000;
        } else {
            return i; // a continuation byte, C0/C1 or F5..FF: never valid here
        }
        char32_t cp = c & (0x3F >> need);
        for (int k = 1; k <= need; ++k) {
            if (i + k >= n) {
                // Cut by the end of the piece: invalid only if this is the end.
                if (incomplete && !atEnd)
                    *incomplete = true;
                return i;
            }
            const unsigned char cc = s[i + k];
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        if (nonAscii)
            *nonAscii = true;
        i += need + 1;
    }
    return i;
}

qsizetype appendUtf16AsUtf8(QByteArrayView in, bool bigEndian, bool atEnd, QByteArray& out)
{
    const auto* s = reinterpret_cast<const unsigned char*>(in.data());
    const qsizetype n = in.size();
    qsizetype i = 0;
    auto unit = [&](qsizetype at) -> char16_t {
        return bigEndian ? char16_t((s[at] << 8) | s[at + 1]) : char16_t((s[at + 1] << 8) | s[at]);
    };
    out.reserve(out.size() + n * 3 / 2);
    while (i + 1 < n) {
        const char16_t u = unit(i);
        if (u < 0x80) {
            out.append(char(u));
            i += 2;
        } else if (u >= 0xD800 && u <= 0xDBFF) {
            if (i + 3 < n) {
                const char16_t low = unit(i + 2);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    appendCodePoint(0x10000 + ((char32_t(u) - 0xD800) << 10) + (low - 0xDC00), out);
                    i += 4;
                } else {
                    appendCodePoint(kReplacement, out);
                    i += 2;
                }
            } else if (atEnd) {
                appendCodePoint(kReplacement, out);
                i += 2;
            } else {
                return i; // wait for the low surrogate
            }
        } else if (u >= 0xDC00 && u <= 0xDFFF) {
            appendCodePoint(kReplacement, out);
            i += 2;
        } else {
            appendCodePoint(u, out);
            i += 2;
        }
    }
    if (atEnd && i < n) {
        appendCodePoint(kReplacement, out);
        i = n;
    }
    return i;
}

} // namespace sharewise::table
