#include "secrets/IdentityFile.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <sodium.h>

namespace sharewise::secrets {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(IdentityFile)
};

constexpr char kMagic[] = "SHAREWISE-IDENTITY";
constexpr qsizetype kMagicSize = sizeof(kMagic) - 1;
constexpr quint8 kVersion = 1;
constexpr qsizetype kVersionAt = kMagicSize;
constexpr qsizetype kSaltAt = kVersionAt + 1;
constexpr qsizetype kOpsAt = kSaltAt + crypto_pwhash_SALTBYTES;
constexpr qsizetype kMemAt = kOpsAt + 8;
constexpr qsizetype kNonceAt = kMemAt + 8;
constexpr qsizetype kCipherAt = kNonceAt + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kKeySize = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr qsizetype kTagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;

static_assert(kCipherAt == IdentityFile::HeaderSize);
static_assert(PassphraseLimits::MinOps == crypto_pwhash_OPSLIMIT_INTERACTIVE);
static_assert(PassphraseLimits::MaxOps == 3 * crypto_pwhash_OPSLIMIT_SENSITIVE);
static_assert(PassphraseLimits::MinMem == crypto_pwhash_MEMLIMIT_INTERACTIVE);
static_assert(PassphraseLimits::MaxMem == crypto_pwhash_MEMLIMIT_SENSITIVE);
static_assert(PassphraseLimits::moderate().opsLimit == crypto_pwhash_OPSLIMIT_MODERATE);
static_assert(PassphraseLimits::moderate().memLimit == crypto_pwhash_MEMLIMIT_MODERATE);
static_assert(PassphraseLimits::moderate().isAllowed());

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

void wipeString(QString& text)
{
    if (!text.isEmpty())
        sodium_memzero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

void appendU64(QByteArray& out, quint64 value)
{
    char b[8];
    qToBigEndian(value, b);
    out.append(b, 8);
}

Error damaged()
{
    return makeError(ErrorKind::BadInput,
                     Tr::tr("The identity file is damaged or incomplete and cannot be opened. "
                            "Use another copy of it."));
}

Result<crypto::SecureBytes> deriveKey(const crypto::SecureBytes& passphrase, QByteArrayView salt,
                                      PassphraseLimits limits)
{
    crypto::SecureBytes key(kKeySize);
    if (crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char*>(passphrase.data()),
                      passphrase.size(), reinterpret_cast<const unsigned char*>(salt.data()),
                      static_cast<unsigned long long>(limits.opsLimit),
                      static_cast<std::size_t>(limits.memLimit),
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
        // Within our limits, the only way crypto_pwhash fails is running out of memory.
        return makeError(ErrorKind::Failure,
                         Tr::tr("There was not enough memory to check the passphrase. Close "
                                "other programs and try again."));
    }
    return key;
}

} // namespace

crypto::SecureBytes IdentityFile::passphrase(QStringView text)
{
    QString copy = text.toString();
    QString normalised = copy.normalized(QString::NormalizationForm_C);
    QByteArray utf8 = normalised.toUtf8();
    crypto::SecureBytes out = crypto::SecureBytes::copyOf(utf8);
    crypto::wipe(utf8);
    // `normalised` may share `copy`'s buffer; wiping it first detaches it, so both go.
    wipeString(normalised);
    wipeString(copy);
    return out;
}

Result<QByteArray> IdentityFile::encode(const crypto::Identity& identity,
                                        const crypto::SecureBytes& passphrase,
                                        PassphraseLimits limits)
{
    if (identity.isNull())
        return makeError(ErrorKind::Usage, Tr::tr("There is no identity to save."));
    if (passphrase.isEmpty())
        return makeError(ErrorKind::Usage,
                         Tr::tr("Choose a passphrase to protect the identity file."));
    if (!limits.isAllowed())
        return makeError(ErrorKind::Usage,
                         Tr::tr("The protection settings asked for are outside the range "
                                "Sharewise allows. This is a fault in Sharewise: please "
                                "report it."));

    QByteArray out;
    out.reserve(HeaderSize + 512);
    out.append(kMagic, kMagicSize);
    out.append(static_cast<char>(kVersion));
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), static_cast<std::size_t>(salt.size()));
    out.append(salt);
    appendU64(out, limits.opsLimit);
    appendU64(out, limits.memLimit);
    QByteArray nonce(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), static_cast<std::size_t>(nonce.size()));
    out.append(nonce);
    Q_ASSERT(out.size() == HeaderSize);

    Result<crypto::SecureBytes> key = deriveKey(passphrase, salt, limits);
    if (!key)
        return key.error();
    const crypto::SecureBytes secret = identity.exportSecret();
    const qsizetype cipherSize = static_cast<qsizetype>(secret.size()) + kTagSize;
    out.resize(HeaderSize + cipherSize);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(out.data() + HeaderSize), &written, secret.data(),
        secret.size(), reinterpret_cast<const unsigned char*>(out.constData()), HeaderSize, nullptr,
        reinterpret_cast<const unsigned char*>(nonce.constData()), key->data());
    Q_ASSERT(written == static_cast<unsigned long long>(cipherSize));
    return out;
}

Result<crypto::Identity> IdentityFile::decode(QByteArrayView file,
                                              const crypto::SecureBytes& passphrase)
{
    if (file.size() < kMagicSize || file.first(kMagicSize) != QByteArrayView(kMagic, kMagicSize))
        return makeError(ErrorKind::BadInput,
                         Tr::tr("This is not a Sharewise identity file. Check that you chose "
                                "the right file."));
    if (file.size() <= kVersionAt)
        return damaged();
    const quint8 version = static_cast<quint8>(file.at(kVersionAt));
    if (version > kVersion)
        return makeError(ErrorKind::Policy,
                         Tr::tr("This identity file was made by a newer version of Sharewise. "
                                "Install the newest Sharewise to open it."));
    if (version != kVersion || file.size() <= HeaderSize + kTagSize || file.size() > MaxFileSize)
        return damaged();

    PassphraseLimits limits;
    limits.opsLimit = qFromBigEndian<quint64>(file.data() + kOpsAt);
    limits.memLimit = qFromBigEndian<quint64>(file.data() + kMemAt);
    if (!limits.isAllowed()) {
        qCInfo(lcApp) << "secrets: identity file refused, limits" << limits.opsLimit
                      << limits.memLimit;
        return makeError(ErrorKind::BadInput,
                         Tr::tr("The identity file's protection settings are outside the range "
                                "Sharewise allows, so it was not opened. The file is damaged or "
                                "was not made by Sharewise."));
    }
    if (passphrase.isEmpty())
        return makeError(ErrorKind::Usage,
                         Tr::tr("Type the passphrase that protects the identity file."));

    Result<crypto::SecureBytes> key =
        deriveKey(passphrase, file.sliced(kSaltAt, crypto_pwhash_SALTBYTES), limits);
    if (!key)
        return key.error();
    const QByteArrayView cipher = file.sliced(HeaderSize);
    crypto::SecureBytes secret(static_cast<std::size_t>(cipher.size() - kTagSize));
    unsigned long long plainSize = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            secret.data(), &plainSize, nullptr,
            reinterpret_cast<const unsigned char*>(cipher.data()),
            static_cast<unsigned long long>(cipher.size()),
            reinterpret_cast<const unsigned char*>(file.data()), HeaderSize,
            reinterpret_cast<const unsigned char*>(file.data() + kNonceAt), key->data()) != 0) {
        return makeError(ErrorKind::Verification,
                         Tr::tr("The passphrase is not right for this identity file, or the file "
                                "has been altered. Check the passphrase (capital letters count) "
                                "and try again."));
    }
    return crypto::Identity::importSecret(secret);
}

Status IdentityFile::write(const QString& path, const crypto::Identity& identity,
                           const crypto::SecureBytes& passphrase, PassphraseLimits limits,
                           Existing existing)
{
    if (path.isEmpty())
        return makeError(ErrorKind::Usage, Tr::tr("Say where the identity file should go."));
    const QFileInfo info(path);
    // Checked before the slow key derivation. Another program could still create the
    // file in between; QSaveFile would then replace it, which we accept.
    if (existing == Existing::Refuse && info.exists())
        return makeError(ErrorKind::BadInput,
                         Tr::tr("A file with this name already exists. Choose another name, or "
                                "allow it to be replaced."),
                         native(path));
    if (!info.absoluteDir().exists())
        return makeError(ErrorKind::BadInput,
                         Tr::tr("The folder for the identity file does not exist. Choose "
                                "another folder."),
                         native(path));

    Result<QByteArray> bytes = encode(identity, passphrase, limits);
    if (!bytes)
        return bytes.error();

    QSaveFile file(path);
    file.setDirectWriteFallback(false); // never write in place: that is not atomic
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorKind::Failure,
                         Tr::tr("Could not create the identity file (%1). Check that the folder "
                                "may be written.")
                             .arg(file.errorString()),
                         native(path));
    }
    // The temporary file becomes the final one, so this is the final file's mode.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes.value()) != bytes->size() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return makeError(ErrorKind::Failure,
                         Tr::tr("Could not write the identity file (%1). Check there is room on "
                                "the disk and that the folder may be written.")
                             .arg(reason),
                         native(path));
    }
    return {};
}

Result<crypto::Identity> IdentityFile::read(const QString& path,
                                            const crypto::SecureBytes& passphrase)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorKind::BadInput,
                         Tr::tr("The identity file does not exist. Check the name and folder."),
                         native(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::BadInput,
                         Tr::tr("The identity file cannot be read (%1). Check that you may open "
                                "it.")
                             .arg(file.errorString()),
                         native(path));
    // One byte over the limit is enough to know the file is too big.
    const QByteArray bytes = file.read(MaxFileSize + 1);
    Result<crypto::Identity> identity = decode(bytes, passphrase);
    if (!identity) {
        Error error = identity.error();
        error.where = native(path);
        return error;
    }
    return identity;
}

} // namespace sharewise::secrets
