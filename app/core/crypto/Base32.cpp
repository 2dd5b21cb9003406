#include "crypto/Base32.h"

namespace sharewise::crypto::Base32 {

namespace {
constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
}

qsizetype encodedLength(qsizetype bytes)
{
    return (bytes * 8 + 4) / 5;
}

void encodeTo(QByteArrayView bytes, char* out)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    qsizetype n = bytes.size();
    // Five bytes at a time are forty bits, eight characters (a pseudonym is three such
    // groups and one byte more, so this loop does nearly all the work).
    for (; n >= 5; n -= 5, p += 5, out += 8) {
        const quint64 v = quint64(p[0]) << 32 | quint64(p[1]) << 24 | quint64(p[2]) << 16 |
                          quint64(p[3]) << 8 | quint64(p[4]);
        out[0] = kAlphabet[(v >> 35) & 0x1F];
        out[1] = kAlphabet[(v >> 30) & 0x1F];
        out[2] = kAlphabet[(v >> 25) & 0x1F];
        out[3] = kAlphabet[(v >> 20) & 0x1F];
        out[4] = kAlphabet[(v >> 15) & 0x1F];
        out[5] = kAlphabet[(v >> 10) & 0x1F];
        out[6] = kAlphabet[(v >> 5) & 0x1F];
        out[7] = kAlphabet[v & 0x1F];
    }
    quint32 buffer = 0;
    int bits = 0;
    for (; n > 0; --n, ++p) {
        buffer = (buffer << 8) | *p;
        bits += 8;
        while (bits >= 5) {
            *out++ = kAlphabet[(buffer >> (bits - 5)) & 0x1F];
            bits -= 5;
        }
    }
    if (bits > 0)
        *out = kAlphabet[(buffer << (5 - bits)) & 0x1F];
}

QString encode(QByteArrayView bytes)
{
    QByteArray out(encodedLength(bytes.size()), Qt::Uninitialized);
    encodeTo(bytes, out.data());
    return QString::fromLatin1(out);
}

std::optional<QByteArray> decode(QStringView text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        int v;
        if (c >= u'a' && c <= u'z')
            v = c - u'a';
        else if (c >= u'A' && c <= u'Z')
            v = c - u'A';
        else if (c >= u'2' && c <= u'7')
            v = c - u'2' + 26;
        else if (c == u' ' || c == u'-')
            continue;
        else
            return std::nullopt;
        buffer = (buffer << 5) | static_cast<quint32>(v);
        bits += 5;
        if (bits >= 8) {
            out.append(static_cast<char>((buffer >> (bits - 8)) & 0xFF));
            bits -= 8;
        }
    }
    // Leftover bits must be padding zeros (fewer than 5, and zero).
    if (bits >= 5 || (buffer & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

} // namespace sharewise::crypto::Base32
