#include "bundle/BundleReader.h"

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

namespace sharewise::bundle {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(BundleReader)
};

constexpr int kBatchChunks = 16;

Error damaged(const QString& message, const QString& where)
{
    return makeError(ErrorKind::Verification, message, where);
}

} // namespace

Result<OpenedBundle> BundleReader::open(const QString& bundlePath, const OpenParams& p)
{
    const QString where = QDir::toNativeSeparators(bundlePath);
    QFile file(bundlePath);
    if (!file.exists())
        return makeError(ErrorKind::BadInput, Tr::tr("The bundle file does not exist."), where);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorKind::BadInput,
                         Tr::tr("The bundle file cannot be read (%1).").arg(file.errorString()),
                         where);
    }
    const qint64 fileSize = file.size();
    const QString cutShort = Tr::tr("The bundle was cut short or has bytes added at its end. Ask "
                                    "the sender to send it again.");

    // Preamble and header: sizes and counts are checked before any key work.
    QByteArray headerBlock = file.read(kPreambleSize + kHeaderLengthSize);
    if (headerBlock.size() < kPreambleSize + kHeaderLengthSize ||
        QByteArrayView(headerBlock).first(sizeof kMagic) != QByteArrayView(kMagic, sizeof kMagic)) {
        return damaged(Tr::tr("This is not a Sharewise bundle, or its beginning was damaged."),
                       where);
    }
    if (static_cast<quint8>(headerBlock.at(6)) != kVersion ||
        static_cast<quint8>(headerBlock.at(7)) != kSuite) {
        return damaged(Tr::tr("This bundle uses format %1.%2, which this version of Sharewise does "
                              "not read (it reads %3.%4). If the sender uses a newer version of "
                              "Sharewise, install that version; otherwise the bundle was "
                              "damaged.")
                           .arg(static_cast<quint8>(headerBlock.at(6)))
                           .arg(static_cast<quint8>(headerBlock.at(7)))
                           .arg(kVersion)
                           .arg(kSuite),
                       where);
    }
    const quint32 headerSize = readU32(headerBlock.constData() + kPreambleSize);
    if (headerSize < static_cast<quint32>(kHeaderFixedSize) ||
        headerSize > static_cast<quint32>(kMaxHeaderSize)) {
        return damaged(
            Tr::tr("The bundle's header has an impossible size: the bundle was damaged."), where);
    }
    const QByteArray header = file.read(headerSize);
    if (header.size() != static_cast<qsizetype>(headerSize))
        return damaged(cutShort, where);
    headerBlock.append(header);
    const QByteArray mac = file.read(kMacSize);
    if (mac.size() != kMacSize)
        return damaged(cutShort, where);

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
    const qint64 payloadSize = fileSize - headerBlock.size();
    if (payloadSize < kTagSize + 1)
        return damaged(cutShort, where);
    const qint64 chunkCount = (payloadSize + kSealedChunkSize - 1) / kSealedChunkSize;
    const qint64 lastSealed = payloadSize - (chunkCount - 1) * kSealedChunkSize;
    if (lastSealed < kTagSize + 1)
        return damaged(cutShort, where);
    const qint64 plainSize = payloadSize - chunkCount * kTagSize;
    if (plainSize < 4 + kTrailerSize)
        return damaged(cutShort, where);

    std::optional<QSaveFile> out;
    if (!p.dataOutput.isEmpty()) {
        out.emplace(p.dataOutput);
        if (!out->open(QIODevice::WriteOnly)) {
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

    qint64 manifestSize = -1;
    qint64 dataSize = 0;
    qint64 pos = 0; // position in the plaintext stream
    QByteArray prefixAndManifest;
    QByteArray trailer;
    QByteArray leaf;
    QList<QByteArray> leaves;
    QList<QByteArray> leafHashes;
    quint64 leafIndex = 0;
    const QString altered = Tr::tr("The bundle's contents were altered, reordered or cut short "
                                   "(part %1 does not check). Ask the sender to send it again.");

    for (qint64 first = 0; first < chunkCount; first += kBatchChunks) {
        if (p.cancel && p.cancel->load())
            return fail(makeError(ErrorKind::Failure,
                                  Tr::tr("Opening was cancelled; nothing was written.")));
        const int n = static_cast<int>(std::min<qint64>(kBatchChunks, chunkCount - first));
        QList<QByteArray> sealed(n);
        for (int i = 0; i < n; ++i) {
            const bool last = first + i == chunkCount - 1;
            sealed[i] = file.read(last ? lastSealed : kSealedChunkSize);
            if (sealed[i].size() != (last ? lastSealed : kSealedChunkSize))
                return fail(damaged(cutShort, where));
        }
        QList<QByteArray> plain(n);
        std::atomic<qint64> bad{-1};
        parallelFor(n, [&](int i) {
            const quint64 index = static_cast<quint64>(first + i);
            unsigned char nonce[12];
            chunkNonce(nonce, index, first + i == chunkCount - 1);
            QByteArray& chunkPlain = plain[i];
            chunkPlain.resize(sealed[i].size() - kTagSize);
            unsigned long long len = 0;
            if (crypto_aead_chacha20poly1305_ietf_decrypt(
                    reinterpret_cast<unsigned char*>(chunkPlain.data()), &len, nullptr,
                    reinterpret_cast<const unsigned char*>(sealed[i].constData()),
                    static_cast<unsigned long long>(sealed[i].size()), nullptr, 0, nonce,
                    payloadKey.data()) != 0) {
                // Report the first failing part, whichever thread finds it.
                qint64 seen = bad.load();
                while ((seen < 0 || static_cast<qint64>(index) < seen) &&
                       !bad.compare_exchange_weak(seen, static_cast<qint64>(index))) {
                }
            }
        });
        if (bad.load() >= 0)
            return fail(damaged(altered.arg(bad.load() + 1), where));

        for (const QByteArray& chunk : std::as_const(plain)) {
            QByteArrayView rest(chunk);
            while (!rest.isEmpty()) {
                if (manifestSize < 0 || pos < 4 + manifestSize) {
                    const qint64 want = manifestSize < 0 ? 4 - pos : 4 + manifestSize - pos;
                    const qsizetype take =
                        static_cast<qsizetype>(std::min<qint64>(want, rest.size()));
                    prefixAndManifest.append(rest.data(), take);
                    rest = rest.sliced(take);
                    pos += take;
                    if (manifestSize < 0 && pos == 4) {
                        manifestSize = readU32(prefixAndManifest.constData());
                        if (manifestSize > kMaxManifestSize ||
                            4 + manifestSize + kTrailerSize > plainSize)
                            return fail(
                                damaged(Tr::tr("The bundle's description has an impossible size: "
                                               "the bundle was damaged."),
                                        where));
                        dataSize = plainSize - 4 - manifestSize - kTrailerSize;
                    }
                } else if (pos < 4 + manifestSize + dataSize) {
                    const qsizetype take = static_cast<qsizetype>(
                        std::min<qint64>(4 + manifestSize + dataSize - pos, rest.size()));
                    const QByteArrayView bytes = rest.first(take);
                    if (out && out->write(bytes.data(), bytes.size()) != bytes.size()) {
                        return fail(
                            makeError(ErrorKind::Failure,
                                      Tr::tr("Could not write the data (%1). Check there is "
                                             "room on the disk.")
                                          .arg(out->errorString()),
                                      QDir::toNativeSeparators(p.dataOutput)));
                    }
                    QByteArrayView data = bytes;
                    while (!data.isEmpty()) {
                        const qsizetype t =
                            std::min<qsizetype>(kChunkSize - leaf.size(), data.size());
                        leaf.append(data.data(), t);
                        data = data.sliced(t);
                        if (leaf.size() == kChunkSize) {
                            leaves.append(leaf);
                            leaf.clear();
                        }
                    }
                    rest = rest.sliced(take);
                    pos += take;
                } else {
                    trailer.append(rest.data(), rest.size());
                    pos += rest.size();
                    rest = {};
                }
            }
        }
        // Hash the complete leaves of this batch in parallel.
        QList<QByteArray> hashed(leaves.size());
        parallelFor(static_cast<int>(leaves.size()), [&](int i) {
            hashed[i] = TreeHash::leafHash(leaves.at(i), leafIndex + static_cast<quint64>(i));
        });
        leafIndex += static_cast<quint64>(leaves.size());
        leafHashes.append(hashed);
        leaves.clear();
        if (p.progress)
            p.progress(std::min(pos, plainSize), plainSize);
    }
    if (!leaf.isEmpty())
        leafHashes.append(TreeHash::leafHash(leaf, leafIndex));

    // The trailer and the signature.
    if (trailer.size() != kTrailerSize)
        return fail(damaged(cutShort, where));
    opened.dataLength = readU64(trailer.constData());
    opened.rowCount = readU64(trailer.constData() + 8);
    const QByteArray trailerHash = trailer.mid(16, kHashSize);
    opened.signature = trailer.mid(16 + kHashSize, kSignatureSize);
    if (opened.dataLength != static_cast<quint64>(dataSize))
        return fail(damaged(Tr::tr("The bundle's recorded length does not match its data: it was "
                                   "altered."),
                            where));
    opened.dataHash = TreeHash::root(opened.dataLength, opened.rowCount, leafHashes);
    if (sodium_memcmp(opened.dataHash.constData(), trailerHash.constData(), kHashSize) != 0)
        return fail(damaged(Tr::tr("The bundle's data does not match its recorded hash: it was "
                                   "altered."),
                            where));

    opened.manifestBytes = prefixAndManifest.mid(4);
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
        recipientKeys.append(QByteArray::fromHex(
            r.toObject().value(QStringLiteral("receivingKey")).toString().toLatin1()));
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
    const bool passphraseMode = mode == static_cast<quint8>(Mode::Passphrase);
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
