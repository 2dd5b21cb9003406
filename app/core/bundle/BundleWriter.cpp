#include "bundle/BundleWriter.h"

#include "bundle/Batches.h"
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

#include <cstring>

namespace sharewise::bundle {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(BundleWriter)
};

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

// Seals the payload stream (docs/bundle-format.md): the prefix (manifest length and
// manifest), the data read once from the device, then the trailer. Batch k holds
// stream bytes [k, k + 1) × kBatchBytes. Step k is one fork-join: the calling thread
// reads batch k + 1 and writes sealed batch k - 1 while the pool seals the complete
// chunks of batch k and hashes the data leaves that end in it; then the calling thread
// joins in. Complete chunks are never final (the trailer always follows), so only the
// tail and the trailer wait for finish(). Every buffer is allocated once.
class PayloadSealer
{
public:
    enum class Outcome
    {
        Done,
        ReadFailed,
        WriteFailed,
        Cancelled
    };

    PayloadSealer(QIODevice& data, QSaveFile& out, const crypto::SecureBytes& key,
                  QByteArray prefix, const SealParams& params)
        : m_data(data)
        , m_out(out)
        , m_key(key)
        , m_prefix(std::move(prefix))
        , m_params(params)
        , m_total(data.isSequential() ? -1 : data.size() - data.pos())
    {}

    // Reads and seals all of the data, and hashes its leaves.
    Outcome sealData()
    {
        qint64 filled = 0; // stream bytes in batch k
        if (!fill(0, filled))
            return Outcome::ReadFailed;
        for (qint64 k = 0;; ++k) {
            if (m_params.cancel && m_params.cancel->load())
                return Outcome::Cancelled;
            const bool readNext = !m_eof;
            const int chunks = static_cast<int>(filled / kChunkSize);
            const qint64 available = k * kBatchBytes + filled;
            const qint64 dataStart = m_prefix.size();
            const qint64 dataEnd = m_eof ? m_dataEnd : available;
            const qint64 leafEnd = m_eof ? leafCount(m_dataEnd - dataStart)
                                         : std::max<qint64>(0, available - dataStart) / kChunkSize;
            const int leaves = static_cast<int>(leafEnd - m_leavesDone);
            m_leafHashes.resize(leafEnd * TreeHash::kLeafHashSize);
            // Taken here, once: the tasks write their own slots through it.
            unsigned char* const leafHashes = leafHashAt(0);
            unsigned char* sealed = m_sealed.of(k);
            const unsigned char* previous = m_sealed.of(k + 1); // batch k - 1's buffer
            qint64 nextFilled = 0;
            bool readOk = true;
            bool writeOk = true;
            // Leaves first: they are the longer items, so the step ends on short ones.
            parallelFor(
                leaves + chunks,
                [&](int t) {
                    if (t < leaves) {
                        const quint64 j = static_cast<quint64>(m_leavesDone + t);
                        m_plain.hashLeaf(j, dataStart, dataEnd,
                                         leafHashes + j * TreeHash::kLeafHashSize);
                    } else {
                        const int i = t - leaves;
                        sealChunk(m_plain.of(k) + qint64(i) * kChunkSize, kChunkSize,
                                  static_cast<quint64>(k * kBatchChunks + i), false,
                                  sealed + qint64(i) * kSealedChunkSize);
                    }
                },
                [&] {
                    if (readNext)
                        readOk = fill(k + 1, nextFilled);
                    writeOk = write(previous, m_pendingWrite);
                });
            if (!writeOk)
                return Outcome::WriteFailed;
            if (!readOk)
                return Outcome::ReadFailed;
            m_leavesDone = leafEnd;
            m_pendingWrite = qint64(chunks) * kSealedChunkSize;
            m_lastBatch = k;
            m_lastFilled = filled;
            if (m_params.progress)
                m_params.progress(std::max<qint64>(0, available - dataStart), m_total);
            if (!readNext || nextFilled == 0)
                break;
            filled = nextFilled;
        }
        // The data ended on a batch boundary: its last, partial leaf is still to hash.
        const qint64 dataLength = m_dataEnd - m_prefix.size();
        const qint64 leafEnd = leafCount(dataLength);
        m_leafHashes.resize(leafEnd * TreeHash::kLeafHashSize);
        for (qint64 j = m_leavesDone; j < leafEnd; ++j)
            m_plain.hashLeaf(static_cast<quint64>(j), m_prefix.size(), m_dataEnd,
                             leafHashAt(static_cast<quint64>(j)));
        m_leavesDone = leafEnd;
        return Outcome::Done;
    }

    quint64 dataLength() const { return static_cast<quint64>(m_dataEnd - m_prefix.size()); }

    QByteArray dataHash(quint64 rowCount) const
    {
        return TreeHash::root(dataLength(), rowCount, m_leafHashes);
    }

    // Writes the last sealed batch, then seals the tail of the data and the trailer,
    // the last chunk with the final flag.
    bool finish(const QByteArray& trailer)
    {
        if (!write(m_sealed.of(m_lastBatch), m_pendingWrite))
            return false;
        const qint64 chunks = m_lastFilled / kChunkSize;
        QByteArray rest(reinterpret_cast<const char*>(m_plain.of(m_lastBatch)) +
                            chunks * kChunkSize,
                        m_lastFilled - chunks * kChunkSize);
        rest.append(trailer);
        quint64 index = static_cast<quint64>(m_lastBatch * kBatchChunks + chunks);
        QByteArray sealed(kSealedChunkSize, Qt::Uninitialized);
        for (qsizetype at = 0; at < rest.size(); at += kChunkSize, ++index) {
            const qint64 length = std::min<qint64>(kChunkSize, rest.size() - at);
            sealChunk(reinterpret_cast<const unsigned char*>(rest.constData()) + at, length, index,
                      at + length == rest.size(), reinterpret_cast<unsigned char*>(sealed.data()));
            if (!write(reinterpret_cast<const unsigned char*>(sealed.constData()),
                       length + kTagSize))
                return false;
        }
        return true;
    }

private:
    // Fills batch b's buffer with the stream from b × kBatchBytes: prefix bytes, then
    // data until the buffer is full or the data ends. Calling thread only.
    bool fill(qint64 b, qint64& filled)
    {
        unsigned char* dst = m_plain.of(b);
        const qint64 from = b * kBatchBytes;
        const qint64 to = from + kBatchBytes;
        qint64 at = from;
        if (at < m_prefix.size()) {
            const qint64 n = std::min<qint64>(m_prefix.size(), to) - at;
            std::memcpy(dst, m_prefix.constData() + at, static_cast<std::size_t>(n));
            at += n;
        }
        while (at < to) {
            const qint64 n = m_data.read(reinterpret_cast<char*>(dst + (at - from)), to - at);
            if (n < 0)
                return false;
            if (n == 0) {
                m_eof = true;
                m_dataEnd = at;
                break;
            }
            at += n;
        }
        filled = at - from;
        return true;
    }

    bool write(const unsigned char* bytes, qint64 size)
    {
        return size == 0 || m_out.write(reinterpret_cast<const char*>(bytes), size) == size;
    }

    void sealChunk(const unsigned char* plain, qint64 size, quint64 index, bool final,
                   unsigned char* out) const
    {
        unsigned char nonce[12];
        chunkNonce(nonce, index, final);
        // Detached: the ciphertext, then its tag, the same bytes as the combined form.
        crypto_aead_chacha20poly1305_ietf_encrypt_detached(
            out, out + size, nullptr, plain, static_cast<unsigned long long>(size), nullptr, 0,
            nullptr, nonce, m_key.data());
    }

    unsigned char* leafHashAt(quint64 j)
    {
        return reinterpret_cast<unsigned char*>(m_leafHashes.data()) + j * TreeHash::kLeafHashSize;
    }

    QIODevice& m_data;
    QSaveFile& m_out;
    const crypto::SecureBytes& m_key;
    const QByteArray m_prefix;
    const SealParams& m_params;
    const qint64 m_total;
    PlainBatches m_plain;
    SealedBatches m_sealed;
    QByteArray m_leafHashes; // kLeafHashSize bytes per data leaf, in order
    qint64 m_leavesDone = 0;
    qint64 m_pendingWrite = 0; // sealed bytes of the previous batch not yet written
    qint64 m_lastBatch = 0;
    qint64 m_lastFilled = 0;
    bool m_eof = false;
    qint64 m_dataEnd = 0; // stream offset where the data ends, once m_eof
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
    if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
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

    QByteArray prefix;
    appendU32(prefix, static_cast<quint32>(manifestBytes.size()));
    prefix.append(manifestBytes);
    PayloadSealer sealer(data, out, payloadKey, std::move(prefix), p);
    switch (sealer.sealData()) {
    case PayloadSealer::Outcome::Done:
        break;
    case PayloadSealer::Outcome::Cancelled:
        out.cancelWriting();
        return makeError(ErrorKind::Failure,
                         Tr::tr("Sealing was cancelled; no bundle was written."));
    case PayloadSealer::Outcome::ReadFailed:
        out.cancelWriting();
        return makeError(ErrorKind::BadInput,
                         Tr::tr("The data could not be read (%1).").arg(data.errorString()));
    case PayloadSealer::Outcome::WriteFailed:
        return writeFailed();
    }
    result.dataLength = sealer.dataLength();

    // Trailer: length, rows, tree hash, and the signature over all of it.
    result.rowCount = p.rowCount;
    result.dataHash = sealer.dataHash(p.rowCount);
    if (!p.expectedDataHash.isEmpty() && result.dataHash != p.expectedDataHash) {
        out.cancelWriting();
        return withCode(makeError(ErrorKind::Policy,
                                  Tr::tr("The data differs from what it was meant to be (its "
                                         "hash is not the expected one); no bundle was written.")),
                        SealError::DataChanged);
    }
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
    if (!sealer.finish(trailer))
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
