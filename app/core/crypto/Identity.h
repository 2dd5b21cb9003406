#pragma once

#include "common/Error.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>

#include <string_view>

namespace sharewise::crypto {

// Every signature begins with its own context string, so that one kind of signed
// object can never pass for another.
namespace SignContext {
inline constexpr std::string_view Bundle = "sharewise/v1/bundle";
inline constexpr std::string_view Approval = "sharewise/v1/approval";
inline constexpr std::string_view ReviewRequest = "sharewise/v1/review-request";
inline constexpr std::string_view Receipt = "sharewise/v1/receipt";
inline constexpr std::string_view Key = "sharewise/v1/key";
inline constexpr std::string_view Audit = "sharewise/v1/audit";
} // namespace SignContext

// A person's public key card: their Ed25519 signing key and their X25519 receiving
// key, certified by the signing key. Exchanged as one line of text with a version
// prefix and a checksum; checked over the phone by its fingerprint.
struct KeyCard
{
    static constexpr int KeySize = 32;
    static constexpr int SignatureSize = 64;

    QByteArray signingKey;   // Ed25519 public key
    QByteArray receivingKey; // X25519 public key
    QString name;            // the name its holder gave; shown only beside our own label
    qint64 createdUs = 0;
    QByteArray certification; // signature by signingKey over certificationStatement()

    [[nodiscard]] QByteArray certificationStatement() const;
    [[nodiscard]] bool isCertified() const;

    // "sharewise-key-1:<base32 payload>:<base32 checksum>"
    [[nodiscard]] QString toText() const;
    static Result<KeyCard> fromText(QStringView text);

    // 16 bytes from the signing key, base32 in groups of four: "abcd efgh ijkl …".
    [[nodiscard]] QByteArray fingerprintBytes() const;
    [[nodiscard]] QString fingerprint() const;
    static QString formatFingerprint(QByteArrayView bytes);

    bool operator==(const KeyCard& other) const = default;
};

// A person's secret identity: both secret keys, in guarded memory, and their card.
class Identity
{
public:
    static Identity generate(const QString& name);

    [[nodiscard]] const KeyCard& card() const { return m_card; }
    [[nodiscard]] const SecureBytes& receivingSecret() const { return m_receivingSecret; }
    [[nodiscard]] bool isNull() const { return m_signingSecret.isEmpty(); }

    // Detached Ed25519 signature over context || 0x00 || message.
    [[nodiscard]] QByteArray sign(std::string_view context, QByteArrayView message) const;
    static bool verify(QByteArrayView publicKey, std::string_view context, QByteArrayView message,
                       QByteArrayView signature);

    // The secret material as one guarded buffer, for the keychain or an identity file.
    [[nodiscard]] SecureBytes exportSecret() const;
    static Result<Identity> importSecret(const SecureBytes& secret);

private:
    SecureBytes m_signingSecret;   // Ed25519 secret key (seed and public key), 64 bytes
    SecureBytes m_receivingSecret; // X25519 secret key, 32 bytes
    KeyCard m_card;
};

} // namespace sharewise::crypto
