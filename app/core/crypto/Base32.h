#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace sharewise::crypto::Base32 {

// RFC 4648 base32 without padding, lower case ("abcdefghijklmnopqrstuvwxyz234567").
// Decoding accepts either case and ignores spaces and hyphens (a fingerprint read
// aloud and typed back); anything else is refused.
QString encode(QByteArrayView bytes);
// The same into `out`, which holds encodedLength(bytes.size()) characters (no
// allocation: for pseudonyms written millions of times).
qsizetype encodedLength(qsizetype bytes);
void encodeTo(QByteArrayView bytes, char* out);
std::optional<QByteArray> decode(QStringView text);

} // namespace sharewise::crypto::Base32
