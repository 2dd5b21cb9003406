#include "redact/CsvWriter.h"

#include <cstring>

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

// Any byte a comma, a quote, CR or LF: eight bytes at a time (the classic "has a zero
// byte" test on the word XORed with each of the four).
bool needsQuotes(QByteArrayView f)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    auto hasByte = [](quint64 word, char c) {
        const quint64 x = word ^ (ones * static_cast<unsigned char>(c));
        return ((x - ones) & ~x & highs) != 0;
    };
    const char* p = f.data();
    qsizetype n = f.size();
    while (n >= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        if (hasByte(word, ',') || hasByte(word, '"') || hasByte(word, '\r') || hasByte(word, '\n'))
            return true;
        p += 8;
        n -= 8;
    }
    for (; n > 0; --n, ++p) {
        if (*p == ',' || *p == '"' || *p == '\r' || *p == '\n')
            return true;
    }
    return false;
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

// The writer's inner loop, inlined into appendRow.
inline void writeField(ByteBuffer& out, QByteArrayView field)
{
    const char first = field.isEmpty() ? '\0' : field[0];
    const bool neutralise = (first == '=' || first == '+' || first == '@' || first == '\t' ||
                             first == '\r' || first == '-') &&
                            needsNeutralising(field);
    const bool quote = needsQuotes(field);
    if (!quote && !neutralise) {
        out.append(field);
        return;
    }
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

} // namespace

void appendField(ByteBuffer& out, QByteArrayView field)
{
    writeField(out, field);
}

void appendRow(ByteBuffer& out, const QByteArrayView* fields, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            out.append(',');
        writeField(out, fields[i]);
    }
    out.append("\r\n", 2);
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
