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
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | static_cast<unsigned char>(c);
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
