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
std::optional<QByteArray> decode(QStringView text);

} // namespace sharewise::crypto::Base32
