#include "bundle/BundleWriter.h"

#include "bundle/BundleFormat.h"
#include "bundle/BundleKeys.h"
#include "bundle/Parallel.h"
#include "bundle/TreeHash.h"
#include "common/CanonicalJson.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "crypto/Sodium.h"

#include "sharewise/Version.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QSaveFile>

#include <sodium.h>

namespace sharewise::bundle {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(BundleWriter)
};

constexpr int kBatchChunks = 16; // 1 MiB of chunks sealed at once

QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    randombytes_buf(b.data(), static_cast<std::size_t>(n));
    return b;
}

QByteArray blake2b(QByteArrayView data)
{
    return crypto::Blake2b256::hash(data);
}

// Seals the payload stream chunk by chunk. Complete chunks met while data still flows
// are never final (the trailer always follows), so they are sealed in parallel
// batches; finish() seals what remains with the final flag on the last chunk.
class PayloadSealer
{
public:
    PayloadSealer(QSaveFile& out, const crypto::SecureBytes& key)
        : m_out(out)
        , m_key(key)
    {}

    void addPlaintext(QByteArrayView bytes)
    {
        while (!bytes.isEmpty()) {
            const qsizetype take = std::min<qsizetype>(kChunkSize - m_current.size(), bytes.size());
            m_current.append(bytes.data(), take);
            bytes = bytes.sliced(take);
            if (m_current.size() == kChunkSize && !bytes.isEmpty()) {
                m_ready.append(m_current);
                m_current.clear();
            }
        }
    }

    // Seals and writes full batches; `leaves` are hashed alongside.
    bool flushBatch(QList<QByteArray>& leaves, QList<QByteArray>& leafHashes, quint64& leafIndex,
                    bool everything)
    {
        if (!everything && m_ready.size() < kBatchChunks && leaves.size() < kBatchChunks)
            return true;
        const int chunks = static_cast<int>(m_ready.size());
        const int hashes = static_cast<int>(leaves.size());
        QList<QByteArray> sealed(chunks);
        QList<QByteArray> hashed(hashes);
        const quint64 firstChunk = m_nextIndex;
        const quint64 firstLeaf = leafIndex;
        parallelFor(chunks + hashes, [&](int i) {
            if (i < chunks)
                sealed[i] = seal(m_ready.at(i), firstChunk + static_cast<quint64>(i), false);
            else
                hashed[i - chunks] = TreeHash::leafHash(
                    leaves.at(i - chunks), firstLeaf + static_cast<quint64>(i - chunks));
        });
        for (const QByteArray& c : std::as_const(sealed)) {
            if (m_out.write(c) != c.size())
                return false;
        }
        m_nextIndex += static_cast<quint64>(chunks);
        leafIndex += static_cast<quint64>(hashes);
        leafHashes.append(hashed);
        m_ready.clear();
        leaves.clear();
        return true;
    }

    // The last chunk: what is left, sealed with the final flag.
    bool finish()
    {
        const QByteArray last = seal(m_current, m_nextIndex, true);
        m_current.clear();
        return m_out.write(last) == last.size();
    }

private:
    QByteArray seal(const QByteArray& plain, quint64 index, bool final) const
    {
        unsigned char nonce[12];
        chunkNonce(nonce, index, final);
        QByteArray out(plain.size() + kTagSize, Qt::Uninitialized);
        unsigned long long len = 0;
        crypto_aead_chacha20poly1305_ietf_encrypt(
            reinterpret_cast<unsigned char*>(out.data()), &len,
            reinterpret_cast<const unsigned char*>(plain.constData()),
            static_cast<unsigned long long>(plain.size()), nullptr, 0, nullptr, nonce,
            m_key.data());
        return out;
    }

    QSaveFile& m_out;
    const crypto::SecureBytes& m_key;
    QByteArray m_current;
    QList<QByteArray> m_ready;
    quint64 m_nextIndex = 0;
};

} // namespace

Result<SealResult> BundleWriter::seal(QIODevice& data, const QString& outputPath,
                                      const SealParams& p)
{
    const QString where = QDir::toNativeSeparators(outputPath);
    if (!p.sender || p.sender->isNull())
        return makeError(ErrorKind::Usage,
                         Tr::tr("A bundle must be signed: no identity was given."));
    const bool passphraseMode = p.passphrase.has_value();
    if (passphraseMode == !p.recipients.isEmpty()) {
        return makeError(ErrorKind::Usage,
                         Tr::tr("Choose who can open the bundle: either the recipients' keys or a "
                                "passphrase, but not both."));
    }
    if (p.recipients.size() > kMaxStanzas) {
        return makeError(ErrorKind::Usage,
                         Tr::tr("A bundle can be sent to at most %1 people.").arg(kMaxStanzas));
    }
    QList<QByteArray> recipientKeys;
    for (const crypto::KeyCard& card : p.recipients) {
        if (!card.isCertified()) {
            return makeError(
                ErrorKind::Verification,
                Tr::tr("The key of %1 does not check and cannot be used.").arg(card.name));
        }
        if (recipientKeys.contains(card.receivingKey)) {
            return makeError(
                ErrorKind::Usage,
                Tr::tr("%1 is named twice as a recipient. Name each person once.").arg(card.name));
        }
        recipientKeys.append(card.receivingKey);
    }
    if (passphraseMode) {
        if (p.passphrase->isEmpty())
            return makeError(ErrorKind::Usage, Tr::tr("The passphrase is empty."));
        if (p.opsLimit < kMinOpsLimit || p.opsLimit > kMaxOpsLimit || p.memLimit < kMinMemLimit ||
            p.memLimit > kMaxMemLimit) {
            return makeError(ErrorKind::Usage,
                             Tr::tr("The passphrase protection settings are outside the range "
                                    "Sharewise accepts when opening a bundle."));
        }
    }
    if (!data.isOpen() || !data.isReadable())
        return makeError(ErrorKind::BadInput, Tr::tr("The data to seal cannot be read."));

    // Keys: a fresh file key for every seal, and its two subkeys.
    crypto::SecureBytes fileKey(kFileKeySize);
    randombytes_buf(fileKey.data(), fileKey.size());
    const BundleKeys keys = BundleKeys::derive(fileKey);
    const crypto::SecureBytes& macKey = keys.mac;
    const crypto::SecureBytes& payloadKey = keys.payload;

    // Header.
    SealResult result;
    result.bundleId = randomBytes(kBundleIdSize);
    const qint64 createdUs = Clock::nowUs();
    QByteArray header;
    header.append(result.bundleId);
    appendU64(header, static_cast<quint64>(createdUs));
    if (passphraseMode) {
        header.append(static_cast<char>(Mode::Passphrase));
        header.append(static_cast<char>(1));
        const QByteArray salt = randomBytes(kSaltSize);
        crypto::SecureBytes wrapKey(kFileKeySize);
        if (crypto_pwhash(wrapKey.data(), wrapKey.size(),
                          reinterpret_cast<const char*>(p.passphrase->data()), p.passphrase->size(),
                          reinterpret_cast<const unsigned char*>(salt.constData()), p.opsLimit,
                          static_cast<std::size_t>(p.memLimit),
                          crypto_pwhash_ALG_ARGON2ID13) != 0) {
            return makeError(ErrorKind::Failure,
                             Tr::tr("There is not enough memory to protect the bundle with a "
                                    "passphrase. Close other programs and try again."));
        }
        const QByteArray nonce = randomBytes(kWrapNonceSize);
        QByteArray wrapped(kWrappedKeySize, Qt::Uninitialized);
        unsigned long long len = 0;
        crypto_aead_chacha20poly1305_ietf_encrypt(
            reinterpret_cast<unsigned char*>(wrapped.data()), &len, fileKey.data(), fileKey.size(),
            reinterpret_cast<const unsigned char*>(kPassphraseWrapAd), sizeof kPassphraseWrapAd - 1,
            nullptr, reinterpret_cast<const unsigned char*>(nonce.constData()), wrapKey.data());
        header.append(salt);
        appendU64(header, p.opsLimit);
        appendU64(header, p.memLimit);
        header.append(nonce);
        header.append(wrapped);
    } else {
        header.append(static_cast<char>(Mode::Recipients));
        header.append(static_cast<char>(p.recipients.size()));
        for (const QByteArray& key : std::as_const(recipientKeys)) {
            QByteArray stanza(kRecipientStanzaSize, Qt::Uninitialized);
            crypto_box_seal(reinterpret_cast<unsigned char*>(stanza.data()), fileKey.data(),
                            fileKey.size(),
                            reinterpret_cast<const unsigned char*>(key.constData()));
            header.append(stanza);
        }
    }
    QByteArray headerBlock(kMagic, sizeof kMagic);
    headerBlock.append(static_cast<char>(kVersion));
    headerBlock.append(static_cast<char>(kSuite));
    appendU32(headerBlock, static_cast<quint32>(header.size()));
    headerBlock.append(header);
    QByteArray mac(kMacSize, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(mac.data()), kMacSize,
                       reinterpret_cast<const unsigned char*>(headerBlock.constData()),
                       static_cast<unsigned long long>(headerBlock.size()), macKey.data(),
                       macKey.size());
    headerBlock.append(mac);
    result.headerHash = blake2b(headerBlock);

    // Manifest: everything known before the data.
    QJsonObject manifest = p.manifest;
    const crypto::KeyCard& sender = p.sender->card();
    manifest.insert(QStringLiteral("format"), 1);
    manifest.insert(QStringLiteral("bundleId"), QString::fromLatin1(result.bundleId.toHex()));
    manifest.insert(QStringLiteral("createdUs"), createdUs);
    manifest.insert(
        QStringLiteral("created"),
        QDateTime::fromMSecsSinceEpoch(createdUs / 1000, Qt::UTC).toString(Qt::ISODate));
    manifest.insert(
        QStringLiteral("app"),
        QJsonObject{{QStringLiteral("name"), QStringLiteral("Sharewise")},
                    {QStringLiteral("version"), QStringLiteral(SHAREWISE_VERSION_STRING)}});
    manifest.insert(QStringLiteral("sender"),
                    QJsonObject{{QStringLiteral("card"), sender.toText()},
                                {QStringLiteral("fingerprint"), sender.fingerprint()},
                                {QStringLiteral("name"), sender.name}});
    QJsonArray recipients;
    QList<crypto::KeyCard> sorted = p.recipients;
    std::sort(sorted.begin(), sorted.end(), [](const crypto::KeyCard& a, const crypto::KeyCard& b) {
        return a.receivingKey < b.receivingKey;
    });
    for (const crypto::KeyCard& c : std::as_const(sorted)) {
        recipients.append(QJsonObject{
            {QStringLiteral("receivingKey"), QString::fromLatin1(c.receivingKey.toHex())},
            {QStringLiteral("fingerprint"), c.fingerprint()},
            {QStringLiteral("name"), c.name}});
    }
    manifest.insert(QStringLiteral("recipients"), recipients);
    manifest.insert(QStringLiteral("protection"),
                    passphraseMode ? QStringLiteral("passphrase") : QStringLiteral("recipients"));
    manifest.insert(QStringLiteral("data"),
                    QJsonObject{{QStringLiteral("name"), p.dataName},
                                {QStringLiteral("format"), QStringLiteral("csv")}});
    const QByteArray manifestBytes = CanonicalJson::serialise(manifest);
    if (manifestBytes.size() > kMaxManifestSize)
        return makeError(ErrorKind::Usage, Tr::tr("The bundle's description is too large."));

    // Write: temporary file, renamed into place by commit().
    QSaveFile out(outputPath);
    if (!out.open(QIODevice::WriteOnly)) {
        return makeError(ErrorKind::Failure,
                         Tr::tr("Could not create the bundle file (%1). Check that the folder "
                                "exists and may be written.")
                             .arg(out.errorString()),
                         where);
    }
    auto writeFailed = [&] {
        out.cancelWriting();
        return makeError(ErrorKind::Failure,
                         Tr::tr("Could not write the bundle (%1). Check there is room on the disk.")
                             .arg(out.errorString()),
                         where);
    };
    if (out.write(headerBlock) != headerBlock.size())
        return writeFailed();

    PayloadSealer sealer(out, payloadKey);
    QByteArray prefix;
    appendU32(prefix, static_cast<quint32>(manifestBytes.size()));
    sealer.addPlaintext(prefix);
    sealer.addPlaintext(manifestBytes);

    QList<QByteArray> leaves;
    QList<QByteArray> leafHashes;
    quint64 leafIndex = 0;
    QByteArray leaf;
    const qint64 total = data.isSequential() ? -1 : data.size() - data.pos();
    QByteArray buffer(kChunkSize * 4, Qt::Uninitialized);
    for (;;) {
        if (p.cancel && p.cancel->load()) {
            out.cancelWriting();
            return makeError(ErrorKind::Failure,
                             Tr::tr("Sealing was cancelled; no bundle was written."));
        }
        const qint64 n = data.read(buffer.data(), buffer.size());
        if (n < 0) {
            out.cancelWriting();
            return makeError(ErrorKind::BadInput,
                             Tr::tr("The data could not be read (%1).").arg(data.errorString()));
        }
        if (n == 0)
            break;
        const QByteArrayView got(buffer.constData(), n);
        sealer.addPlaintext(got);
        result.dataLength += static_cast<quint64>(n);
        QByteArrayView rest = got;
        while (!rest.isEmpty()) {
            const qsizetype take = std::min<qsizetype>(kChunkSize - leaf.size(), rest.size());
            leaf.append(rest.data(), take);
            rest = rest.sliced(take);
            if (leaf.size() == kChunkSize) {
                leaves.append(leaf);
                leaf.clear();
            }
        }
        if (!sealer.flushBatch(leaves, leafHashes, leafIndex, false))
            return writeFailed();
        if (p.progress)
            p.progress(static_cast<qint64>(result.dataLength), total);
    }
    if (!leaf.isEmpty())
        leaves.append(leaf);
    if (!sealer.flushBatch(leaves, leafHashes, leafIndex, true))
        return writeFailed();

    // Trailer: length, rows, tree hash, and the signature over all of it.
    result.rowCount = p.rowCount;
    result.dataHash = TreeHash::root(result.dataLength, p.rowCount, leafHashes);
    const QByteArray statement =
        bundleStatement(result.headerHash, blake2b(manifestBytes), result.dataLength, p.rowCount,
                        result.dataHash, sender.signingKey, recipientKeys);
    QByteArray trailer;
    appendU64(trailer, result.dataLength);
    appendU64(trailer, p.rowCount);
    trailer.append(result.dataHash);
    result.signature = p.sender->sign(crypto::SignContext::Bundle, statement);
    result.recipients = p.recipients;
    trailer.append(result.signature);
    sealer.addPlaintext(trailer);
    if (!sealer.flushBatch(leaves, leafHashes, leafIndex, true) || !sealer.finish())
        return writeFailed();
    if (!out.commit()) {
        return makeError(ErrorKind::Failure,
                         Tr::tr("Could not finish writing the bundle (%1).").arg(out.errorString()),
                         where);
    }
    result.file = QFileInfo(outputPath).absoluteFilePath();
    result.bundleSize = QFileInfo(outputPath).size();
    qCInfo(lcApp) << "bundle sealed," << result.dataLength << "bytes of data";
    return result;
}

} // namespace sharewise::bundle
