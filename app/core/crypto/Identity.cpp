#include "crypto/Identity.h"

#include "common/Clock.h"
#include "crypto/Base32.h"

#include <QCoreApplication>
#include <QtEndian>

#include <sodium.h>

#include <cstring>

namespace sharewise::crypto {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeyCard)
};

constexpr char kCardPrefix[] = "sharewise-key-1:";
constexpr quint8 kCardVersion = 1;
constexpr quint8 kSecretVersion = 1;
constexpr int kChecksumSize = 5; // 40 bits: 8 base32 characters
constexpr int kMaxNameBytes = 512;

QByteArray signedMessage(std::string_view context, QByteArrayView message)
{
    QByteArray m;
    m.reserve(static_cast<qsizetype>(context.size()) + 1 + message.size());
    m.append(context.data(), static_cast<qsizetype>(context.size()));
    m.append('\0');
    m.append(message.data(), message.size());
    return m;
}

void appendU64(QByteArray& out, quint64 v)
{
    char b[8];
    qToBigEndian(v, b);
    out.append(b, 8);
}

QByteArray checksum(QByteArrayView payload)
{
    QByteArray out(kChecksumSize, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), kChecksumSize,
                       reinterpret_cast<const unsigned char*>(payload.data()),
                       static_cast<unsigned long long>(payload.size()), nullptr, 0);
    return out;
}

// payload: version | signing key | receiving key | created | name length (u16) | name | cert
QByteArray cardPayload(const KeyCard& c)
{
    QByteArray p;
    p.append(static_cast<char>(kCardVersion));
    p.append(c.signingKey);
    p.append(c.receivingKey);
    appendU64(p, static_cast<quint64>(c.createdUs));
    const QByteArray name = c.name.toUtf8();
    char len[2];
    qToBigEndian(static_cast<quint16>(name.size()), len);
    p.append(len, 2);
    p.append(name);
    p.append(c.certification);
    return p;
}

Error cardError(const QString& message)
{
    return makeError(ErrorKind::BadInput, message);
}

} // namespace

QByteArray KeyCard::certificationStatement() const
{
    QByteArray s;
    s.append(static_cast<char>(kCardVersion));
    s.append(signingKey);
    s.append(receivingKey);
    appendU64(s, static_cast<quint64>(createdUs));
    s.append(name.toUtf8());
    return s;
}

bool KeyCard::isCertified() const
{
    return signingKey.size() == KeySize && receivingKey.size() == KeySize &&
           Identity::verify(signingKey, SignContext::Key, certificationStatement(), certification);
}

QString KeyCard::toText() const
{
    const QByteArray payload = cardPayload(*this);
    return QLatin1String(kCardPrefix) + Base32::encode(payload) + QLatin1Char(':') +
           Base32::encode(checksum(payload));
}

Result<KeyCard> KeyCard::fromText(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (!trimmed.startsWith(QLatin1String(kCardPrefix))) {
        if (trimmed.startsWith(QLatin1String("sharewise-key-")))
            return cardError(Tr::tr("This key card was made by a newer version of Sharewise. "
                                    "Install the newest Sharewise to read it."));
        return cardError(Tr::tr("This is not a Sharewise key card: a key card starts with "
                                "\"sharewise-key-1:\". Ask the sender to copy the whole line."));
    }
    const QString body = trimmed.mid(static_cast<qsizetype>(std::strlen(kCardPrefix)));
    const qsizetype colon = body.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return cardError(Tr::tr("The key card is incomplete: its checksum is missing. Copy the "
                                "whole line again."));
    const std::optional<QByteArray> payload = Base32::decode(QStringView(body).left(colon));
    const std::optional<QByteArray> sum = Base32::decode(QStringView(body).mid(colon + 1));
    if (!payload || !sum)
        return cardError(Tr::tr("The key card contains characters that do not belong in it. Copy "
                                "the whole line again, exactly."));
    if (checksum(*payload) != *sum)
        return cardError(Tr::tr("The key card's checksum does not match: a character was lost or "
                                "changed when it was copied. Copy the whole line again."));
    const QByteArray& p = *payload;
    constexpr qsizetype fixed = 1 + 2 * KeySize + 8 + 2;
    if (p.size() < fixed + SignatureSize || static_cast<quint8>(p.at(0)) != kCardVersion)
        return cardError(Tr::tr("The key card is damaged. Ask the sender for it again."));
    KeyCard c;
    c.signingKey = p.mid(1, KeySize);
    c.receivingKey = p.mid(1 + KeySize, KeySize);
    c.createdUs = static_cast<qint64>(qFromBigEndian<quint64>(p.constData() + 1 + 2 * KeySize));
    const quint16 nameLen = qFromBigEndian<quint16>(p.constData() + 1 + 2 * KeySize + 8);
    if (nameLen > kMaxNameBytes || p.size() != fixed + nameLen + SignatureSize)
        return cardError(Tr::tr("The key card is damaged. Ask the sender for it again."));
    c.name = QString::fromUtf8(p.mid(fixed, nameLen));
    c.certification = p.mid(fixed + nameLen, SignatureSize);
    if (!c.isCertified())
        return makeError(ErrorKind::Verification,
                         Tr::tr("The key card's own signature does not check: it was altered. "
                                "Do not use it; ask the sender for it again."));
    return c;
}

QByteArray KeyCard::fingerprintBytes() const
{
    static const unsigned char personal[crypto_generichash_blake2b_PERSONALBYTES] = {
        'S', 'W', 'B', '1', '-', 'f', 'i', 'n', 'g', 'e', 'r', 'p', 'r', 'i', 'n', 't'};
    QByteArray out(16, Qt::Uninitialized);
    crypto_generichash_blake2b_salt_personal(
        reinterpret_cast<unsigned char*>(out.data()), 16,
        reinterpret_cast<const unsigned char*>(signingKey.constData()),
        static_cast<unsigned long long>(signingKey.size()), nullptr, 0, nullptr, personal);
    return out;
}

QString KeyCard::formatFingerprint(QByteArrayView bytes)
{
    const QString plain = Base32::encode(bytes);
    QString grouped;
    for (qsizetype i = 0; i < plain.size(); i += 4) {
        if (i)
            grouped.append(QLatin1Char(' '));
        grouped.append(plain.mid(i, 4));
    }
    return grouped;
}

QString KeyCard::fingerprint() const
{
    return formatFingerprint(fingerprintBytes());
}

Identity Identity::generate(const QString& name)
{
    Identity id;
    id.m_signingSecret = SecureBytes(crypto_sign_SECRETKEYBYTES);
    id.m_receivingSecret = SecureBytes(crypto_box_SECRETKEYBYTES);
    id.m_card.signingKey = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    id.m_card.receivingKey = QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(id.m_card.signingKey.data()),
                        id.m_signingSecret.data());
    crypto_box_keypair(reinterpret_cast<unsigned char*>(id.m_card.receivingKey.data()),
                       id.m_receivingSecret.data());
    id.m_card.name = name.trimmed();
    id.m_card.createdUs = Clock::nowUs();
    id.m_card.certification = id.sign(SignContext::Key, id.m_card.certificationStatement());
    return id;
}

QByteArray Identity::sign(std::string_view context, QByteArrayView message) const
{
    const QByteArray m = signedMessage(context, message);
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(m.constData()),
                         static_cast<unsigned long long>(m.size()), m_signingSecret.data());
    return sig;
}

bool Identity::verify(QByteArrayView publicKey, std::string_view context, QByteArrayView message,
                      QByteArrayView signature)
{
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    const QByteArray m = signedMessage(context, message);
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.data()),
                                       reinterpret_cast<const unsigned char*>(m.constData()),
                                       static_cast<unsigned long long>(m.size()),
                                       reinterpret_cast<const unsigned char*>(publicKey.data())) ==
           0;
}

// secret: version | Ed25519 secret (64) | X25519 secret (32) | card payload
SecureBytes Identity::exportSecret() const
{
    const QByteArray card = cardPayload(m_card);
    SecureBytes out(1 + m_signingSecret.size() + m_receivingSecret.size() +
                    static_cast<std::size_t>(card.size()));
    unsigned char* p = out.data();
    *p++ = kSecretVersion;
    std::memcpy(p, m_signingSecret.data(), m_signingSecret.size());
    p += m_signingSecret.size();
    std::memcpy(p, m_receivingSecret.data(), m_receivingSecret.size());
    p += m_receivingSecret.size();
    std::memcpy(p, card.constData(), static_cast<std::size_t>(card.size()));
    return out;
}

Result<Identity> Identity::importSecret(const SecureBytes& secret)
{
    constexpr std::size_t fixed = 1 + crypto_sign_SECRETKEYBYTES + crypto_box_SECRETKEYBYTES;
    const Error damaged =
        makeError(ErrorKind::BadInput, Tr::tr("The stored identity is damaged and cannot be used. "
                                              "Restore it from its backup file."));
    if (secret.size() <= fixed || secret.data()[0] != kSecretVersion)
        return damaged;
    Identity id;
    id.m_signingSecret = SecureBytes::copyOf(secret.view().sliced(1, crypto_sign_SECRETKEYBYTES));
    id.m_receivingSecret = SecureBytes::copyOf(
        secret.view().sliced(1 + crypto_sign_SECRETKEYBYTES, crypto_box_SECRETKEYBYTES));
    const QByteArrayView card = secret.view().sliced(fixed);
    const QByteArray payload(card.data(), card.size());
    Result<KeyCard> parsed =
        KeyCard::fromText(QString(QLatin1String(kCardPrefix) + Base32::encode(payload) +
                                  QLatin1Char(':') + Base32::encode(checksum(payload))));
    if (!parsed)
        return damaged;
    id.m_card = parsed.value();
    // The secret keys must be the ones the card names.
    // Derive the public key from the seed: the secret key's second half is only a copy.
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    {
        SecureBytes seed(crypto_sign_SEEDBYTES);
        SecureBytes derived(crypto_sign_SECRETKEYBYTES);
        crypto_sign_ed25519_sk_to_seed(seed.data(), id.m_signingSecret.data());
        crypto_sign_seed_keypair(pk, derived.data(), seed.data());
        if (!(derived == id.m_signingSecret))
            return damaged;
    }
    unsigned char xpk[crypto_box_PUBLICKEYBYTES];
    crypto_scalarmult_base(xpk, id.m_receivingSecret.data());
    if (std::memcmp(pk, id.m_card.signingKey.constData(), sizeof pk) != 0 ||
        std::memcmp(xpk, id.m_card.receivingKey.constData(), sizeof xpk) != 0)
        return damaged;
    return id;
}

} // namespace sharewise::crypto
