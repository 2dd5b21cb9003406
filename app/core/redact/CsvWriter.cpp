#include "redact/CsvWriter.h"

#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define SHAREWISE_CSV_SSE2 1
#endif

namespace sharewise::redact::Csv {
using table::ByteBuffer;
namespace {

bool isPlainNegativeNumber(QByteArrayView f)
{
    if (f.size() < 2 || f[0] != '-')
        return false;
    qsizetype i = 1;
    const qsizetype intStart = i;
    while (i < f.size() && f[i] >= '0' && f[i] <= '9')
        ++i;
    if (i == intStart)
        return false;
    if (i < f.size() && f[i] == '.') {
        const qsizetype fracStart = ++i;
        while (i < f.size() && f[i] >= '0' && f[i] <= '9')
            ++i;
        if (i == fracStart)
            return false;
    }
    return i == f.size();
}

// Any byte a comma, a quote, CR or LF. Fields are short (a dozen bytes is typical), so
// every length is covered by a few loads that may overlap, never by a loop over single
// bytes: sixteen-byte compares (SSE2), or else the classic "has a zero byte" test on
// each word XORed with the four.
template <class Word>
bool wordHasSpecial(Word w)
{
    constexpr Word ones = Word(0x0101010101010101ULL);
    constexpr Word highs = Word(0x8080808080808080ULL);
    auto zeroByte = [](Word x) {
        return (x - ones) & ~x & highs;
    };
    return (zeroByte(w ^ (ones * Word(','))) | zeroByte(w ^ (ones * Word('"'))) |
            zeroByte(w ^ (ones * Word('\r'))) | zeroByte(w ^ (ones * Word('\n')))) != 0;
}

template <class Word>
Word loadWord(const char* p)
{
    Word w;
    std::memcpy(&w, p, sizeof w);
    return w;
}

bool isSpecial(char c)
{
    return c == ',' || c == '"' || c == '\r' || c == '\n';
}

#ifdef SHAREWISE_CSV_SSE2
bool anySpecial(__m128i x)
{
    const __m128i hit = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(',')), _mm_cmpeq_epi8(x, _mm_set1_epi8('"'))),
        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\r')),
                     _mm_cmpeq_epi8(x, _mm_set1_epi8('\n'))));
    return _mm_movemask_epi8(hit) != 0;
}
#endif

Q_ALWAYS_INLINE bool needsQuotes(QByteArrayView f)
{
    const char* p = f.data();
    const qsizetype n = f.size();
#ifdef SHAREWISE_CSV_SSE2
    // Sixteen bytes at a time; a short field as its first and last eight (or four)
    // bytes side by side (zero bytes around them are not special).
    if (n >= 16) {
        qsizetype i = 0;
        for (; i + 16 <= n; i += 16) {
            if (anySpecial(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i))))
                return true;
        }
        return i < n && anySpecial(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + n - 16)));
    }
    if (n >= 8)
        return anySpecial(
            _mm_set_epi64x(qint64(loadWord<quint64>(p + n - 8)), qint64(loadWord<quint64>(p))));
    if (n >= 4)
        return anySpecial(
            _mm_set_epi32(0, 0, int(loadWord<quint32>(p + n - 4)), int(loadWord<quint32>(p))));
#else
    if (n >= 8) {
        qsizetype i = 0;
        for (; i + 8 <= n; i += 8) {
            if (wordHasSpecial(loadWord<quint64>(p + i)))
                return true;
        }
        return i < n && wordHasSpecial(loadWord<quint64>(p + n - 8));
    }
    if (n >= 4)
        return wordHasSpecial(loadWord<quint32>(p)) || wordHasSpecial(loadWord<quint32>(p + n - 4));
#endif
    // 0 to 3 bytes: the first, middle and last (the same byte more than once when short).
    return n > 0 && (isSpecial(p[0]) || isSpecial(p[n / 2]) || isSpecial(p[n - 1]));
}

} // namespace

bool needsNeutralising(QByteArrayView f)
{
    if (f.isEmpty())
        return false;
    switch (f[0]) {
    case '=':
    case '+':
    case '@':
    case '\t':
    case '\r':
        return true;
    case '-':
        return !isPlainNegativeNumber(f);
    default:
        return false;
    }
}

namespace {

// A field that needs quotes or a leading apostrophe: the rare case, out of line.
Q_NEVER_INLINE void writeEscaped(ByteBuffer& out, QByteArrayView field, bool quote, bool neutralise)
{
    if (quote)
        out.append('"');
    if (neutralise)
        out.append('\'');
    qsizetype start = 0;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '"') {
            out.append(field.sliced(start, i + 1 - start));
            out.append('"');
            start = i + 1;
        }
    }
    out.append(field.sliced(start));
    if (quote)
        out.append('"');
}

// A first byte that may start a formula (needsNeutralising decides).
Q_ALWAYS_INLINE bool mayStartFormula(char c)
{
    return c == '=' || c == '+' || c == '@' || c == '\t' || c == '\r' || c == '-';
}

// The writer's inner loop, inlined into appendRow.
Q_ALWAYS_INLINE void writeField(ByteBuffer& out, QByteArrayView field)
{
    if (field.isEmpty())
        return;
    const bool quote = needsQuotes(field);
    const bool neutralise = mayStartFormula(field[0]) && needsNeutralising(field);
    if (Q_LIKELY(!quote && !neutralise)) {
        out.append(field);
        return;
    }
    writeEscaped(out, field, quote, neutralise);
}

} // namespace

void appendField(ByteBuffer& out, QByteArrayView field)
{
    writeField(out, field);
}

void appendRow(ByteBuffer& out, const QByteArrayView* fields, qsizetype count)
{
    // Room for the row as it is; plain fields (nearly all) are then copied straight
    // into it, without a bounds check each. A field that needs quotes or an apostrophe
    // goes through the buffer's own appends, and room for the rest is made again.
    qsizetype rest = count + 2;
    for (qsizetype i = 0; i < count; ++i)
        rest += fields[i].size();
    out.reserve(out.size() + rest);
    char* o = out.data() + out.size();
    for (qsizetype i = 0; i < count; ++i) {
        const QByteArrayView f = fields[i];
        rest -= f.size() + 1;
        if (i > 0)
            *o++ = ',';
        if (f.isEmpty())
            continue;
        if (Q_LIKELY(!mayStartFormula(f[0]) && !needsQuotes(f))) {
            ByteBuffer::copyBytes(o, f.data(), f.size());
            o += f.size();
            continue;
        }
        out.resize(o - out.constData());
        writeField(out, f);
        out.reserve(out.size() + rest + 1);
        o = out.data() + out.size();
    }
    *o++ = '\r';
    *o++ = '\n';
    out.resize(o - out.constData());
}

void appendHeader(ByteBuffer& out, const QStringList& names)
{
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendField(out, names[i].toUtf8());
    }
    out.append("\r\n", 2);
}

} // namespace sharewise::redact::Csv
