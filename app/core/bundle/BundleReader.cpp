#include "bundle/BundleReader.h"

#include "bundle/Batches.h"
#include "bundle/BundleFormat.h"
#include "bundle/BundleKeys.h"
#include "bundle/Parallel.h"
#include "bundle/TreeHash.h"
#include "common/CanonicalJson.h"
#include "common/Logging.h"
#include "crypto/Sodium.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <sodium.h>

#include <algorithm>
#include <atomic>
#include <optional>

namespace sharewise::bundle {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(BundleReader)
};

Error damaged(const QString& message, const QString& where)
{
    return makeError(ErrorKind::Verification, message, where);
}

QString cutShortMessage()
{
    return Tr::tr("The bundle was cut short or has bytes added at its end. Ask the sender to "
                  "send it again.");
}

// Opens the bundle file (unbuffered: the payload is read a whole batch at a time).
std::optional<Error> openFile(QFile& file, const QString& where)
{
    if (!file.exists())
        return makeError(ErrorKind::BadInput, Tr::tr("The bundle file does not exist."), where);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return makeError(ErrorKind::BadInput,
                         Tr::tr("The bundle file cannot be read (%1).").arg(file.errorString()),
                         where);
    }
    return std::nullopt;
}

// Step 1 of reading (docs/bundle-format.md): magic, version, suite and header length,
// from the first kPreambleSize + kHeaderLengthSize bytes.
std::optional<Error> checkPreamble(QByteArrayView start, const QString& where)
{
    if (start.size() < kPreambleSize + kHeaderLengthSize ||
        start.first(sizeof kMagic) != QByteArrayView(kMagic, sizeof kMagic)) {
        return damaged(Tr::tr("This is not a Sharewise bundle, or its beginning was damaged."),
                       where);
    }
    const quint8 version = static_cast<quint8>(start.at(6));
    const quint8 suite = static_cast<quint8>(start.at(7));
    if (version != kVersion || suite != kSuite) {
        return damaged(Tr::tr("This bundle uses format %1.%2, which this version of Sharewise does "
                              "not read (it reads %3.%4). If the sender uses a newer version of "
                              "Sharewise, install that version; otherwise the bundle was "
                              "damaged.")
                           .arg(version)
                           .arg(suite)
                           .arg(kVersion)
                           .arg(kSuite),
                       where);
    }
    const quint32 headerSize = readU32(start.data() + kPreambleSize);
    if (headerSize < static_cast<quint32>(kHeaderFixedSize) ||
        headerSize > static_cast<quint32>(kMaxHeaderSize)) {
        return damaged(
            Tr::tr("The bundle's header has an impossible size: the bundle was damaged."), where);
    }
    return std::nullopt;
}

bool isLowerHex(const QString& text, qsizetype length)
{
    if (text.size() != length)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

// The payload's layout, from the file's size: every chunk but the last is full.
struct Layout
{
    qint64 chunkCount = 0;
    qint64 lastSealed = 0; // bytes of the last sealed chunk
    qint64 plainSize = 0;  // bytes of the plaintext stream
    qint64 batches = 0;

    qint64 sealedBytesOf(qint64 batch) const
    {
        if (batch < batches - 1)
            return kSealedBatchBytes;
        return (chunkCount - batch * kBatchChunks - 1) * kSealedChunkSize + lastSealed;
    }
};

// Decrypts and checks the payload stream, writes its data to `out` (a temporary file,
// committed by the caller only once every check passed) and hashes its leaves. Step k
// is one fork-join: the calling thread reads sealed batch k + 1 and writes the data
// decrypted in step k - 1, while the pool decrypts the chunks of batch k and hashes
// the data leaves that ended in batch k - 1; then the calling thread joins in. The
// manifest and the trailer (small) are copied out between steps. Every buffer is
// allocated once.
class PayloadOpener
{
public:
    PayloadOpener(QFile& file, QSaveFile* out, const crypto::SecureBytes& key, const Layout& layout,
                  const OpenParams& params, const QString& where)
        : m_file(file)
        , m_out(out)
        , m_key(key)
        , m_layout(layout)
        , m_params(params)
        , m_where(where)
    {}

    Status run()
    {
        if (!readSealed(0))
            return damaged(cutShortMessage(), m_where);
        for (qint64 k = 0; k <= m_layout.batches; ++k) {
            if (m_params.cancel && m_params.cancel->load()) {
                return makeError(ErrorKind::Failure,
                                 Tr::tr("Opening was cancelled; nothing was written."));
            }
            const bool decrypting = k < m_layout.batches;
            const int chunks = decrypting
                                   ? static_cast<int>(std::min<qint64>(
                                         kBatchChunks, m_layout.chunkCount - k * kBatchChunks))
                                   : 0;
            const bool known = m_manifestSize >= 0;
            const qint64 leafEnd =
                !known ? 0
                : m_decrypted >= m_dataEnd
                    ? leafCount(m_dataEnd - m_dataStart)
                    : std::max<qint64>(0, m_decrypted - m_dataStart) / kChunkSize;
            const int leaves = static_cast<int>(leafEnd - m_leavesDone);
            m_leafHashes.resize(leafEnd * TreeHash::kLeafHashSize);
            // Taken here, once: the tasks write their own slots through it.
            unsigned char* const leafHashes = reinterpret_cast<unsigned char*>(m_leafHashes.data());
            const qint64 writeFrom = m_written;
            const qint64 writeTo =
                known ? std::max(writeFrom, std::min(m_decrypted, m_dataEnd)) : writeFrom;
            std::atomic<qint64> bad{-1};
            bool readOk = true;
            bool writeOk = true;
            // Leaves first: they are the longer items, so the step ends on short ones.
            parallelFor(
                leaves + chunks,
                [&](int t) {
                    if (t < leaves) {
                        const quint64 j = static_cast<quint64>(m_leavesDone + t);
                        m_plain.hashLeaf(j, m_dataStart, m_dataEnd,
                                         leafHashes + j * TreeHash::kLeafHashSize);
                    } else if (!decryptChunk(k, t - leaves)) {
                        // Keep the lowest failing part, whichever thread finds it, so
                        // that the message is the same every time.
                        const qint64 index = k * kBatchChunks + (t - leaves);
                        qint64 seen = bad.load();
                        while ((seen < 0 || index < seen) &&
                               !bad.compare_exchange_weak(seen, index)) {
                        }
                    }
                },
                [&] {
                    if (k + 1 < m_layout.batches)
                        readOk = readSealed(k + 1);
                    writeOk = writeData(writeFrom, writeTo);
                });
            if (bad.load() >= 0) {
                return damaged(Tr::tr("The bundle's contents were altered, reordered or cut "
                                      "short (part %1 does not check). Ask the sender to send "
                                      "it again.")
                                   .arg(bad.load() + 1),
                               m_where);
            }
            if (!readOk)
                return damaged(cutShortMessage(), m_where);
            if (!writeOk) {
                return makeError(ErrorKind::Failure,
                                 Tr::tr("Could not write the data (%1). Check there is room on "
                                        "the disk.")
                                     .arg(m_out->errorString()),
                                 QDir::toNativeSeparators(m_params.dataOutput));
            }
            m_leavesDone = leafEnd;
            m_written = writeTo;
            if (!decrypting)
                break;
            if (Status s = takeManifestAndTrailer(k, chunks); !s)
                return s;
            if (m_params.progress)
                m_params.progress(m_decrypted, m_layout.plainSize);
        }
        if (m_trailer.size() != kTrailerSize)
            return damaged(cutShortMessage(), m_where);
        return {};
    }

    // Valid after run() succeeded.
    qint64 dataLength() const { return m_dataEnd - m_dataStart; }
    QByteArray manifestBytes() const { return m_prefix.mid(4); }
    const QByteArray& trailer() const { return m_trailer; }
    QByteArray dataHash(quint64 dataLength, quint64 rowCount) const
    {
        return TreeHash::root(dataLength, rowCount, m_leafHashes);
    }

private:
    bool readSealed(qint64 batch)
    {
        const qint64 want = m_layout.sealedBytesOf(batch);
        char* dst = reinterpret_cast<char*>(m_sealed.of(batch));
        for (qint64 at = 0; at < want;) {
            const qint64 n = m_file.read(dst + at, want - at);
            if (n <= 0)
                return false;
            at += n;
        }
        return true;
    }

    bool decryptChunk(qint64 batch, int i)
    {
        const qint64 index = batch * kBatchChunks + i;
        const bool last = index == m_layout.chunkCount - 1;
        const qint64 size = (last ? m_layout.lastSealed : kSealedChunkSize) - kTagSize;
        const unsigned char* sealed = m_sealed.of(batch) + qint64(i) * kSealedChunkSize;
        unsigned char nonce[12];
        chunkNonce(nonce, static_cast<quint64>(index), last);
        return crypto_aead_chacha20poly1305_ietf_decrypt_detached(
                   m_plain.of(batch) + qint64(i) * kChunkSize, nullptr, sealed,
                   static_cast<unsigned long long>(size), sealed + size, nullptr, 0, nonce,
                   m_key.data()) == 0;
    }

    // Stream bytes [from, to) of the data, from the batches that hold them.
    bool writeData(qint64 from, qint64 to)
    {
        while (m_out && from < to) {
            const qint64 batch = from / kBatchBytes;
            const qint64 end = std::min(to, (batch + 1) * kBatchBytes);
            const char* bytes =
                reinterpret_cast<const char*>(m_plain.of(batch)) + (from - batch * kBatchBytes);
            if (m_out->write(bytes, end - from) != end - from)
                return false;
            from = end;
        }
        return true;
    }

    // The manifest length and manifest, and the trailer, from decrypted batch k.
    Status takeManifestAndTrailer(qint64 k, int chunks)
    {
        const qint64 from = k * kBatchBytes;
        const qint64 to = std::min(m_layout.plainSize, from + qint64(chunks) * kChunkSize);
        const char* p = reinterpret_cast<const char*>(m_plain.of(k));
        for (qint64 at = from; at < to && (m_manifestSize < 0 || at < 4 + m_manifestSize);) {
            const qint64 want = m_manifestSize < 0 ? 4 : 4 + m_manifestSize;
            const qint64 take = std::min(want, to) - at;
            m_prefix.append(p + (at - from), take);
            at += take;
            if (m_manifestSize < 0 && at == 4) {
                m_manifestSize = readU32(m_prefix.constData());
                if (m_manifestSize > kMaxManifestSize ||
                    4 + m_manifestSize + kTrailerSize > m_layout.plainSize) {
                    return damaged(Tr::tr("The bundle's description has an impossible size: "
                                          "the bundle was damaged."),
                                   m_where);
                }
                m_dataStart = 4 + m_manifestSize;
                m_dataEnd = m_layout.plainSize - kTrailerSize;
                m_written = m_dataStart;
            }
        }
        const qint64 trailerStart = m_layout.plainSize - kTrailerSize;
        if (to > trailerStart) {
            const qint64 at = std::max(from, trailerStart);
            m_trailer.append(p + (at - from), to - at);
        }
        m_decrypted = to;
        return {};
    }

    QFile& m_file;
    QSaveFile* m_out;
    const crypto::SecureBytes& m_key;
    const Layout m_layout;
    const OpenParams& m_params;
    const QString m_where;
    PlainBatches m_plain;
    SealedBatches m_sealed;
    QByteArray m_prefix; // manifest length and manifest
    QByteArray m_trailer;
    QByteArray m_leafHashes; // kLeafHashSize bytes per data leaf, in order
    qint64 m_manifestSize = -1;
    qint64 m_dataStart = 0; // stream offsets of the data, once the manifest length is known
    qint64 m_dataEnd = 0;
    qint64 m_decrypted = 0; // stream bytes decrypted in earlier steps
    qint64 m_written = 0;   // stream offset up to which the data was written
    qint64 m_leavesDone = 0;
};

} // namespace

Result<Mode> BundleReader::peekMode(const QString& bundlePath)
{
    const QString where = QDir::toNativeSeparators(bundlePath);
    QFile file(bundlePath);
    if (std::optional<Error> e = openFile(file, where))
        return *e;
    const QByteArray start = file.read(kPreambleSize + kHeaderLengthSize + kHeaderFixedSize);
    if (std::optional<Error> e = checkPreamble(start, where))
        return *e;
    if (start.size() < kPreambleSize + kHeaderLengthSize + kHeaderFixedSize)
        return damaged(cutShortMessage(), where);
    const quint8 mode =
        static_cast<quint8>(start.at(kPreambleSize + kHeaderLengthSize + kBundleIdSize + 8));
    if (mode == static_cast<quint8>(Mode::Recipients))
        return Mode::Recipients;
    if (mode == static_cast<quint8>(Mode::Passphrase))
        return Mode::Passphrase;
    return damaged(Tr::tr("The bundle's header is damaged."), where);
}

Result<OpenedBundle> BundleReader::open(const QString& bundlePath, const OpenParams& p)
{
    const QString where = QDir::toNativeSeparators(bundlePath);
    QFile file(bundlePath);
    if (std::optional<Error> e = openFile(file, where))
        return *e;
    const qint64 fileSize = file.size();

    // Preamble and header: sizes and counts are checked before any key work.
    QByteArray headerBlock = file.read(kPreambleSize + kHeaderLengthSize);
    if (std::optional<Error> e = checkPreamble(headerBlock, where))
        return *e;
    const quint32 headerSize = readU32(headerBlock.constData() + kPreambleSize);
    const QByteArray header = file.read(headerSize);
    if (header.size() != static_cast<qsizetype>(headerSize))
        return damaged(cutShortMessage(), where);
    headerBlock.append(header);
    const QByteArray mac = file.read(kMacSize);
    if (mac.size() != kMacSize)
        return damaged(cutShortMessage(), where);

    OpenedBundle opened;
    opened.bundleId = header.first(kBundleIdSize);
    opened.createdUs = static_cast<qint64>(readU64(header.constData() + kBundleIdSize));
    const quint8 mode = static_cast<quint8>(header.at(kBundleIdSize + 8));
    const int count = static_cast<quint8>(header.at(kBundleIdSize + 9));
    const char* stanzas = header.constData() + kHeaderFixedSize;

    crypto::SecureBytes fileKey(kFileKeySize);
    if (mode == static_cast<quint8>(Mode::Recipients)) {
        if (count < 1 || count > kMaxStanzas ||
            headerSize != static_cast<quint32>(kHeaderFixedSize + count * kRecipientStanzaSize)) {
            return damaged(Tr::tr("The bundle's list of recipients is damaged."), where);
        }
        if (!p.identity || p.identity->isNull()) {
            return withCode(makeError(ErrorKind::Usage,
                                      Tr::tr("This bundle is encrypted for named people: open it "
                                             "with your identity."),
                                      where),
                            OpenError::NeedsIdentity);
        }
        bool found = false;
        for (int i = 0; i < count && !found; ++i) {
            found = crypto_box_seal_open(
                        fileKey.data(),
                        reinterpret_cast<const unsigned char*>(stanzas + i * kRecipientStanzaSize),
                        kRecipientStanzaSize,
                        reinterpret_cast<const unsigned char*>(
                            p.identity->card().receivingKey.constData()),
                        p.identity->receivingSecret().data()) == 0;
        }
        if (!found) {
            return withCode(damaged(Tr::tr("This bundle is not addressed to you: it cannot be "
                                           "opened with your identity (%1).")
                                        .arg(p.identity->card().fingerprint()),
                                    where),
                            OpenError::NotAddressed);
        }
    } else if (mode == static_cast<quint8>(Mode::Passphrase)) {
        if (count != 1 ||
            headerSize != static_cast<quint32>(kHeaderFixedSize + kPassphraseStanzaSize))
            return damaged(Tr::tr("The bundle's passphrase section is damaged."), where);
        const char* salt = stanzas;
        const quint64 ops = readU64(stanzas + kSaltSize);
        const quint64 mem = readU64(stanzas + kSaltSize + 8);
        const char* nonce = stanzas + kSaltSize + 16;
        const char* wrapped = nonce + kWrapNonceSize;
        if (ops < kMinOpsLimit || ops > kMaxOpsLimit || mem < kMinMemLimit || mem > kMaxMemLimit) {
            return damaged(Tr::tr("The bundle asks for passphrase settings outside the safe range, "
                                  "so it was not opened: it was damaged, or made to tie up this "
                                  "computer's memory for a long time."),
                           where);
        }
        if (!p.passphrase || p.passphrase->isEmpty()) {
            return withCode(makeError(ErrorKind::Usage,
                                      Tr::tr("This bundle is protected by a passphrase: give the "
                                             "passphrase the sender sent you separately."),
                                      where),
                            OpenError::NeedsPassphrase);
        }
        crypto::SecureBytes wrapKey(kFileKeySize);
        if (crypto_pwhash(wrapKey.data(), wrapKey.size(),
                          reinterpret_cast<const char*>(p.passphrase->data()), p.passphrase->size(),
                          reinterpret_cast<const unsigned char*>(salt), ops,
                          static_cast<std::size_t>(mem), crypto_pwhash_ALG_ARGON2ID13) != 0) {
            return makeError(ErrorKind::Failure,
                             Tr::tr("There is not enough memory to check the passphrase. Close "
                                    "other programs and try again."),
                             where);
        }
        unsigned long long len = 0;
        if (crypto_aead_chacha20poly1305_ietf_decrypt(
                fileKey.data(), &len, nullptr, reinterpret_cast<const unsigned char*>(wrapped),
                kWrappedKeySize, reinterpret_cast<const unsigned char*>(kPassphraseWrapAd),
                sizeof kPassphraseWrapAd - 1, reinterpret_cast<const unsigned char*>(nonce),
                wrapKey.data()) != 0) {
            return withCode(damaged(Tr::tr("The passphrase is not right for this bundle, or the "
                                           "bundle was damaged. Check the passphrase with the "
                                           "sender."),
                                    where),
                            OpenError::WrongPassphrase);
        }
    } else {
        return damaged(Tr::tr("The bundle's header is damaged."), where);
    }

    // The header MAC, before any payload is decrypted.
    const BundleKeys keys = BundleKeys::derive(fileKey);
    const crypto::SecureBytes& macKey = keys.mac;
    const crypto::SecureBytes& payloadKey = keys.payload;
    unsigned char expectedMac[kMacSize];
    crypto_generichash(
        expectedMac, kMacSize, reinterpret_cast<const unsigned char*>(headerBlock.constData()),
        static_cast<unsigned long long>(headerBlock.size()), macKey.data(), macKey.size());
    if (crypto_verify_32(expectedMac, reinterpret_cast<const unsigned char*>(mac.constData())) != 0)
        return damaged(Tr::tr("The bundle's header was altered after it was sealed."), where);
    headerBlock.append(mac);
    opened.headerHash = crypto::Blake2b256::hash(headerBlock);

    // Payload layout, from the file's size.
    Layout layout;
    const qint64 payloadSize = fileSize - headerBlock.size();
    if (payloadSize < kTagSize + 1)
        return damaged(cutShortMessage(), where);
    layout.chunkCount = (payloadSize + kSealedChunkSize - 1) / kSealedChunkSize;
    layout.lastSealed = payloadSize - (layout.chunkCount - 1) * kSealedChunkSize;
    if (layout.lastSealed < kTagSize + 1)
        return damaged(cutShortMessage(), where);
    layout.plainSize = payloadSize - layout.chunkCount * kTagSize;
    if (layout.plainSize < 4 + kTrailerSize)
        return damaged(cutShortMessage(), where);
    layout.batches = (layout.chunkCount + kBatchChunks - 1) / kBatchChunks;

    std::optional<QSaveFile> out;
    if (!p.dataOutput.isEmpty()) {
        out.emplace(p.dataOutput);
        if (!out->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            return makeError(
                ErrorKind::Failure,
                Tr::tr("Could not create the output file (%1).").arg(out->errorString()),
                QDir::toNativeSeparators(p.dataOutput));
        }
    }
    auto fail = [&](const Error& e) {
        if (out)
            out->cancelWriting();
        return e;
    };

    PayloadOpener payload(file, out ? &*out : nullptr, payloadKey, layout, p, where);
    if (Status s = payload.run(); !s)
        return fail(s.error());

    // The trailer and the signature.
    const QByteArray& trailer = payload.trailer();
    opened.dataLength = readU64(trailer.constData());
    opened.rowCount = readU64(trailer.constData() + 8);
    const QByteArray trailerHash = trailer.mid(16, kHashSize);
    opened.signature = trailer.mid(16 + kHashSize, kSignatureSize);
    if (opened.dataLength != static_cast<quint64>(payload.dataLength()))
        return fail(damaged(Tr::tr("The bundle's recorded length does not match its data: it was "
                                   "altered."),
                            where));
    opened.dataHash = payload.dataHash(opened.dataLength, opened.rowCount);
    if (sodium_memcmp(opened.dataHash.constData(), trailerHash.constData(), kHashSize) != 0)
        return fail(damaged(Tr::tr("The bundle's data does not match its recorded hash: it was "
                                   "altered."),
                            where));

    opened.manifestBytes = payload.manifestBytes();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(opened.manifestBytes, &parseError);
    // Canonical form only: this also refuses duplicate keys, which would not round-trip.
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() ||
        CanonicalJson::serialise(doc.object()) != opened.manifestBytes) {
        return fail(damaged(Tr::tr("The bundle's description is not in the required form: it was "
                                   "altered or made by a faulty program."),
                            where));
    }
    opened.manifest = doc.object();
    // The manifest must describe the header it travels with.
    const bool passphraseMode = mode == static_cast<quint8>(Mode::Passphrase);
    const QJsonValue createdUs = opened.manifest.value(QStringLiteral("createdUs"));
    if (opened.manifest.value(QStringLiteral("bundleId")) !=
            QJsonValue(QString::fromLatin1(opened.bundleId.toHex())) ||
        !createdUs.isDouble() || createdUs.toInteger(opened.createdUs ^ 1) != opened.createdUs ||
        opened.manifest.value(QStringLiteral("protection")) !=
            QJsonValue(passphraseMode ? QStringLiteral("passphrase")
                                      : QStringLiteral("recipients"))) {
        return fail(damaged(Tr::tr("The bundle's description does not match its header: it was "
                                   "altered or made by a faulty program."),
                            where));
    }
    Result<crypto::KeyCard> sender =
        crypto::KeyCard::fromText(opened.manifest.value(QStringLiteral("sender"))
                                      .toObject()
                                      .value(QStringLiteral("card"))
                                      .toString());
    if (!sender)
        return fail(damaged(Tr::tr("The sender's key in the bundle does not check: the bundle "
                                   "cannot be trusted."),
                            where));
    opened.sender = sender.value();
    QList<QByteArray> recipientKeys;
    const QJsonArray recipients = opened.manifest.value(QStringLiteral("recipients")).toArray();
    for (const QJsonValue& r : recipients) {
        const QString key = r.toObject().value(QStringLiteral("receivingKey")).toString();
        if (!isLowerHex(key, 2 * crypto_box_PUBLICKEYBYTES)) {
            return fail(damaged(Tr::tr("The bundle's list of recipients is damaged."), where));
        }
        recipientKeys.append(QByteArray::fromHex(key.toLatin1()));
    }
    const QByteArray statement = bundleStatement(
        opened.headerHash, crypto::Blake2b256::hash(opened.manifestBytes), opened.dataLength,
        opened.rowCount, opened.dataHash, opened.sender.signingKey, recipientKeys);
    if (!crypto::Identity::verify(opened.sender.signingKey, crypto::SignContext::Bundle, statement,
                                  opened.signature)) {
        return fail(damaged(Tr::tr("The sender's signature does not check: the bundle was altered, "
                                   "re-addressed, or not made by the sender it names."),
                            where));
    }
    if (passphraseMode ? !recipientKeys.isEmpty()
                       : (recipientKeys.size() != count ||
                          !recipientKeys.contains(p.identity->card().receivingKey))) {
        return fail(damaged(Tr::tr("You are not among the recipients the sender signed for: the "
                                   "bundle was re-addressed."),
                            where));
    }
    if (!p.senderKnown || !p.senderKnown(opened.sender)) {
        return fail(withCode(makeError(ErrorKind::Verification,
                                       Tr::tr("The bundle is intact, but its sender is not in "
                                              "your recipients directory. Check the sender's "
                                              "fingerprint with them by phone: %1")
                                           .arg(opened.sender.fingerprint()),
                                       where),
                             OpenError::UnknownSender));
    }
    if (out) {
        if (!out->commit()) {
            return makeError(
                ErrorKind::Failure,
                Tr::tr("Could not finish writing the data (%1).").arg(out->errorString()),
                QDir::toNativeSeparators(p.dataOutput));
        }
        opened.dataFile = QFileInfo(p.dataOutput).absoluteFilePath();
    }
    qCInfo(lcApp) << "bundle opened and verified," << opened.dataLength << "bytes of data";
    return opened;
}

} // namespace sharewise::bundle
