// EXPERIMENT, not product code: the bundle format's seal and open (docs/bundle-format.md,
// key mode only) restructured as a software pipeline, to measure what the proposed
// change to BundleWriter/BundleReader would gain (see bench/RESULTS.md, 2026-11-25).
// Same format, same primitives, same thread pool (bundle::parallelFor): bundles it
// seals are opened by the real BundleReader (--verify), and it opens bundles made by
// the real BundleWriter.
//
//   bench_bundle_pipeline <input> --work DIR --phase seal [--verify]   -> DIR/pipeline.swb
//   bench_bundle_pipeline [<input>] --work DIR --phase open [--check]  (opens DIR/bench.swb
//                                                 made by bench_bundle, -> DIR/pipeline.out)
//   --serial-io: read and write between the parallel steps, as the product code does,
//   keeping only change 1 below (to measure the two changes apart).
// DIR holds the identities bench_bundle made (bench_bundle --phase keys).
//
// What differs from the product code, and nothing else:
//  1. No per-chunk QByteArrays: one read() fills a whole batch (16 chunks) of plaintext
//     into a reused buffer, chunks are sealed from it into a reused output buffer
//     (encrypt_detached, tag after each chunk), and one write() writes the batch. The
//     data leaves are hashed straight from the same buffer (a leaf that crosses two
//     batches is hashed incrementally from both), so the data is never copied in user
//     space. Opening likewise: one read per batch, chunks decrypted into one contiguous
//     plaintext buffer, leaves hashed and data written from it.
//  2. Reading the next batch and writing the previous one are tasks of the same
//     parallelFor as the sealing and hashing of the current one (triple buffers), so the
//     second core never waits while the first does I/O, and there is one fork-join per
//     batch instead of the reader's two.
#include "bundle/BundleFormat.h"
#include "bundle/BundleReader.h"
#include "bundle/Parallel.h"
#include "bundle/TreeHash.h"
#include "common/CanonicalJson.h"
#include "crypto/Identity.h"
#include "crypto/SecureBytes.h"
#include "crypto/Sodium.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTextStream>

#include <sodium.h>

#include <array>
#include <cstring>
#include <functional>
#include <optional>
#include <vector>

using namespace sharewise;
using namespace sharewise::bundle;

namespace {

constexpr int kBatch = 16; // chunks per batch, as in the product code
constexpr qint64 kBatchBytes = qint64(kBatch) * kChunkSize;
constexpr qint64 kSealedBatchBytes = qint64(kBatch) * kSealedChunkSize;

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

qint64 peakKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

std::optional<crypto::Identity> loadIdentity(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray bytes = f.readAll();
    const crypto::SecureBytes secret = crypto::SecureBytes::copyOf(bytes);
    crypto::wipe(bytes);
    Result<crypto::Identity> id = crypto::Identity::importSecret(secret);
    if (!id)
        return std::nullopt;
    return std::move(id.value());
}

void personal(unsigned char out[16], const char* text)
{
    std::memset(out, 0, 16);
    std::memcpy(out, text, std::strlen(text));
}

// Leaf j's hash state (TreeHash::leafHash, incrementally).
void leafInit(crypto_generichash_blake2b_state* s, quint64 j)
{
    unsigned char salt[16] = {};
    qToBigEndian(j, salt + 8);
    unsigned char pers[16];
    personal(pers, "SWB1-leaf");
    crypto_generichash_blake2b_init_salt_personal(s, nullptr, 0, kHashSize, salt, pers);
}

// A byte range of the plaintext stream, held in up to three batch buffers: batch b
// holds stream bytes [b × kBatchBytes, (b + 1) × kBatchBytes).
struct Batches
{
    std::array<std::vector<unsigned char>, 3> buf;
    Batches()
    {
        for (auto& b : buf)
            b.resize(static_cast<std::size_t>(kBatchBytes));
    }
    unsigned char* of(qint64 batch) { return buf[static_cast<std::size_t>(batch % 3)].data(); }
    // Feeds stream bytes [from, to) to a hash state; they must be in live batches.
    void hash(crypto_generichash_blake2b_state* s, qint64 from, qint64 to)
    {
        while (from < to) {
            const qint64 b = from / kBatchBytes;
            const qint64 end = std::min(to, (b + 1) * kBatchBytes);
            crypto_generichash_blake2b_update(s, of(b) + (from - b * kBatchBytes),
                                              static_cast<unsigned long long>(end - from));
            from = end;
        }
    }
};

// Runs tasks [0, count) of one pipeline step. Tasks 0 and 1 are the I/O; with
// g_serialIo they run on this thread before the others start (as in the product code
// today), to separate the effect of overlapping I/O from that of the buffers.
bool g_serialIo = false;

void runStep(int count, const std::function<void(int)>& task)
{
    if (!g_serialIo) {
        parallelFor(count, task);
        return;
    }
    task(0);
    task(1);
    parallelFor(count - 2, [&](int t) { task(t + 2); });
}

QByteArray rootOf(quint64 length, quint64 rows, const std::vector<QByteArray>& leafHashes)
{
    return TreeHash::root(length, rows, QList<QByteArray>(leafHashes.begin(), leafHashes.end()));
}

// ---------------------------------------------------------------------------------
// Seal, key mode, one recipient.

bool seal(const QString& input, const QString& output, const crypto::Identity& sender,
          const crypto::KeyCard& recipient, quint64 rows)
{
    QFile in(input);
    if (!in.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return false;
    const qint64 dataLength = in.size();

    crypto::SecureBytes fileKey(kFileKeySize);
    randombytes_buf(fileKey.data(), fileKey.size());
    crypto::SecureBytes macKey(kMacSize);
    crypto::SecureBytes payloadKey(crypto_aead_chacha20poly1305_ietf_KEYBYTES);
    crypto_kdf_derive_from_key(macKey.data(), macKey.size(), kMacSubkeyId, kKdfContext,
                               fileKey.data());
    crypto_kdf_derive_from_key(payloadKey.data(), payloadKey.size(), kPayloadSubkeyId, kKdfContext,
                               fileKey.data());
    QByteArray bundleId(kBundleIdSize, Qt::Uninitialized);
    randombytes_buf(bundleId.data(), kBundleIdSize);
    const qint64 createdUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    QByteArray header = bundleId;
    appendU64(header, static_cast<quint64>(createdUs));
    header.append(static_cast<char>(Mode::Recipients));
    header.append(char(1));
    QByteArray stanza(kRecipientStanzaSize, Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(stanza.data()), fileKey.data(), fileKey.size(),
                    reinterpret_cast<const unsigned char*>(recipient.receivingKey.constData()));
    header.append(stanza);
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
    const QByteArray headerHash = crypto::Blake2b256::hash(headerBlock);

    const crypto::KeyCard& card = sender.card();
    QJsonObject manifest{
        {QStringLiteral("format"), 1},
        {QStringLiteral("bundleId"), QString::fromLatin1(bundleId.toHex())},
        {QStringLiteral("createdUs"), createdUs},
        {QStringLiteral("created"),
         QDateTime::fromMSecsSinceEpoch(createdUs / 1000, Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("app"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Sharewise")},
                                            {QStringLiteral("version"), QStringLiteral("proto")}}},
        {QStringLiteral("sender"), QJsonObject{{QStringLiteral("card"), card.toText()},
                                               {QStringLiteral("fingerprint"), card.fingerprint()},
                                               {QStringLiteral("name"), card.name}}},
        {QStringLiteral("recipients"),
         QJsonArray{QJsonObject{
             {QStringLiteral("receivingKey"), QString::fromLatin1(recipient.receivingKey.toHex())},
             {QStringLiteral("fingerprint"), recipient.fingerprint()},
             {QStringLiteral("name"), recipient.name}}}},
        {QStringLiteral("protection"), QStringLiteral("recipients")},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("name"), QFileInfo(input).fileName()},
                                             {QStringLiteral("format"), QStringLiteral("csv")}}}};
    const QByteArray manifestBytes = CanonicalJson::serialise(manifest);
    QByteArray prefix;
    appendU32(prefix, static_cast<quint32>(manifestBytes.size()));
    prefix.append(manifestBytes);
    const qint64 dataStart = prefix.size();
    const qint64 dataEnd = dataStart + dataLength; // the trailer follows

    QSaveFile outFile(output);
    if (!outFile.open(QIODevice::WriteOnly | QIODevice::Unbuffered) ||
        outFile.write(headerBlock) != headerBlock.size())
        return false;

    Batches plain;
    std::array<std::vector<unsigned char>, 2> sealed;
    for (auto& s : sealed)
        s.resize(static_cast<std::size_t>(kSealedBatchBytes));
    std::vector<QByteArray> leafHashes;
    // Fills batch b with stream bytes up to dataEnd; returns how many.
    auto fill = [&](qint64 b) -> qint64 {
        const qint64 from = b * kBatchBytes;
        const qint64 to = std::min((b + 1) * kBatchBytes, dataEnd);
        unsigned char* dst = plain.of(b);
        qint64 at = from;
        if (at < dataStart) {
            const qint64 n = std::min(dataStart, to) - at;
            std::memcpy(dst, prefix.constData() + at, static_cast<std::size_t>(n));
            at += n;
        }
        while (at < to) {
            const qint64 n = in.read(reinterpret_cast<char*>(dst + (at - from)), to - at);
            if (n <= 0)
                return -1;
            at += n;
        }
        return std::max<qint64>(0, to - from);
    };
    auto sealChunk = [&](const unsigned char* p, qint64 len, quint64 index, bool final,
                         unsigned char* dst) {
        unsigned char nonce[12];
        chunkNonce(nonce, index, final);
        unsigned long long tagLen = 0;
        crypto_aead_chacha20poly1305_ietf_encrypt_detached(
            dst, dst + len, &tagLen, p, static_cast<unsigned long long>(len), nullptr, 0, nullptr,
            nonce, payloadKey.data());
    };

    // Iteration k: read batch k + 1, write the sealed batch k - 1, seal the complete
    // chunks of batch k, hash the leaves that end in batch k.
    qint64 filled = fill(0); // bytes in batch 0
    if (filled < 0)
        return false;
    qint64 leavesDone = 0;
    qint64 pendingWrite = 0; // bytes of sealed[(k - 1) % 2] to write
    bool ok = true;
    qint64 k = 0;
    for (;; ++k) {
        const bool lastBatch = (k + 1) * kBatchBytes >= dataEnd;
        // Chunks of batch k sealed now: every complete one (the trailer follows, so none
        // is final); the partial tail waits for the trailer.
        const int chunks = static_cast<int>(filled / kChunkSize);
        const qint64 available = k * kBatchBytes + filled;
        const qint64 leafEnd = available >= dataEnd
                                   ? (dataLength + kChunkSize - 1) / kChunkSize
                                   : std::max<qint64>(0, available - dataStart) / kChunkSize;
        const qint64 leafCount = std::max<qint64>(0, leafEnd - leavesDone);
        if (static_cast<qint64>(leafHashes.size()) < leafEnd)
            leafHashes.resize(static_cast<std::size_t>(leafEnd));
        qint64 nextFilled = 0;
        unsigned char* sealedNow = sealed[static_cast<std::size_t>(k % 2)].data();
        const unsigned char* sealedPrev = sealed[static_cast<std::size_t>((k + 1) % 2)].data();
        const int io = 2; // task 0 reads, task 1 writes
        runStep(io + chunks + static_cast<int>(leafCount), [&](int t) {
            if (t == 0) {
                if (!lastBatch)
                    nextFilled = fill(k + 1);
            } else if (t == 1) {
                if (pendingWrite > 0 && outFile.write(reinterpret_cast<const char*>(sealedPrev),
                                                      pendingWrite) != pendingWrite)
                    ok = false;
            } else if (t < io + chunks) {
                const int i = t - io;
                sealChunk(plain.of(k) + qint64(i) * kChunkSize, kChunkSize,
                          static_cast<quint64>(k * kBatch + i), false,
                          sealedNow + qint64(i) * kSealedChunkSize);
            } else {
                const qint64 j = leavesDone + (t - io - chunks);
                crypto_generichash_blake2b_state s;
                leafInit(&s, static_cast<quint64>(j));
                const qint64 from = dataStart + j * kChunkSize;
                plain.hash(&s, from, std::min(from + kChunkSize, dataEnd));
                QByteArray h(kHashSize, Qt::Uninitialized);
                crypto_generichash_blake2b_final(&s, reinterpret_cast<unsigned char*>(h.data()),
                                                 kHashSize);
                leafHashes[static_cast<std::size_t>(j)] = h;
            }
        });
        if (!ok || nextFilled < 0)
            return false;
        leavesDone = leafEnd;
        pendingWrite = qint64(chunks) * kSealedChunkSize;
        if (lastBatch)
            break;
        filled = nextFilled;
    }
    // The sealed complete chunks of the last batch, then the tail, the trailer and the
    // final chunk(s), sealed here.
    const int chunks = static_cast<int>(filled / kChunkSize);
    if (outFile.write(reinterpret_cast<const char*>(sealed[static_cast<std::size_t>(k % 2)].data()),
                      pendingWrite) != pendingWrite)
        return false;
    const QByteArray dataHash = rootOf(static_cast<quint64>(dataLength), rows, leafHashes);
    const QByteArray statement = bundleStatement(
        headerHash, crypto::Blake2b256::hash(manifestBytes), static_cast<quint64>(dataLength), rows,
        dataHash, card.signingKey, {recipient.receivingKey});
    QByteArray tail(reinterpret_cast<const char*>(plain.of(k)) + qint64(chunks) * kChunkSize,
                    filled - qint64(chunks) * kChunkSize);
    appendU64(tail, static_cast<quint64>(dataLength));
    appendU64(tail, rows);
    tail.append(dataHash);
    tail.append(sender.sign(crypto::SignContext::Bundle, statement));
    quint64 index = static_cast<quint64>(k * kBatch + chunks);
    for (qsizetype at = 0; at < tail.size(); at += kChunkSize, ++index) {
        const qint64 len = std::min<qint64>(kChunkSize, tail.size() - at);
        const bool final = at + len == tail.size();
        QByteArray c(len + kTagSize, Qt::Uninitialized);
        sealChunk(reinterpret_cast<const unsigned char*>(tail.constData()) + at, len, index, final,
                  reinterpret_cast<unsigned char*>(c.data()));
        if (outFile.write(c) != c.size())
            return false;
    }
    return outFile.commit();
}

// ---------------------------------------------------------------------------------
// Open, key mode, with every check the reader makes (steps 1-9 of the format document).

bool open(const QString& path, const QString& output, const crypto::Identity& me,
          const crypto::KeyCard& knownSender, qint64* dataLengthOut)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return false;
    const qint64 fileSize = file.size();
    QByteArray headerBlock = file.read(kPreambleSize + kHeaderLengthSize);
    if (headerBlock.size() != kPreambleSize + kHeaderLengthSize ||
        std::memcmp(headerBlock.constData(), kMagic, sizeof kMagic) != 0 ||
        quint8(headerBlock.at(6)) != kVersion || quint8(headerBlock.at(7)) != kSuite)
        return false;
    const quint32 headerSize = readU32(headerBlock.constData() + kPreambleSize);
    if (headerSize < quint32(kHeaderFixedSize) || headerSize > quint32(kMaxHeaderSize))
        return false;
    const QByteArray header = file.read(headerSize);
    const QByteArray mac = file.read(kMacSize);
    if (header.size() != qsizetype(headerSize) || mac.size() != kMacSize)
        return false;
    headerBlock.append(header);
    const int count = quint8(header.at(kBundleIdSize + 9));
    if (quint8(header.at(kBundleIdSize + 8)) != quint8(Mode::Recipients) || count < 1 ||
        count > kMaxStanzas ||
        headerSize != quint32(kHeaderFixedSize + count * kRecipientStanzaSize))
        return false;
    crypto::SecureBytes fileKey(kFileKeySize);
    bool found = false;
    for (int i = 0; i < count && !found; ++i) {
        found = crypto_box_seal_open(
                    fileKey.data(),
                    reinterpret_cast<const unsigned char*>(header.constData() + kHeaderFixedSize +
                                                           i * kRecipientStanzaSize),
                    kRecipientStanzaSize,
                    reinterpret_cast<const unsigned char*>(me.card().receivingKey.constData()),
                    me.receivingSecret().data()) == 0;
    }
    if (!found)
        return false;
    crypto::SecureBytes macKey(kMacSize);
    crypto::SecureBytes payloadKey(crypto_aead_chacha20poly1305_ietf_KEYBYTES);
    crypto_kdf_derive_from_key(macKey.data(), macKey.size(), kMacSubkeyId, kKdfContext,
                               fileKey.data());
    crypto_kdf_derive_from_key(payloadKey.data(), payloadKey.size(), kPayloadSubkeyId, kKdfContext,
                               fileKey.data());
    unsigned char expected[kMacSize];
    crypto_generichash(
        expected, kMacSize, reinterpret_cast<const unsigned char*>(headerBlock.constData()),
        static_cast<unsigned long long>(headerBlock.size()), macKey.data(), macKey.size());
    if (crypto_verify_32(expected, reinterpret_cast<const unsigned char*>(mac.constData())) != 0)
        return false;
    headerBlock.append(mac);
    const QByteArray headerHash = crypto::Blake2b256::hash(headerBlock);

    const qint64 payloadSize = fileSize - headerBlock.size();
    if (payloadSize < kTagSize + 1)
        return false;
    const qint64 chunkCount = (payloadSize + kSealedChunkSize - 1) / kSealedChunkSize;
    const qint64 lastSealed = payloadSize - (chunkCount - 1) * kSealedChunkSize;
    const qint64 plainSize = payloadSize - chunkCount * kTagSize;
    if (lastSealed < kTagSize + 1 || plainSize < 4 + kTrailerSize)
        return false;
    const qint64 batches = (chunkCount + kBatch - 1) / kBatch;

    std::optional<QSaveFile> outFile;
    if (!output.isEmpty()) {
        outFile.emplace(output);
        if (!outFile->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return false;
    }
    auto fail = [&] {
        if (outFile)
            outFile->cancelWriting();
        return false;
    };

    Batches plain;
    std::array<std::vector<unsigned char>, 2> sealed;
    for (auto& s : sealed)
        s.resize(static_cast<std::size_t>(kSealedBatchBytes));
    auto sealedBytesOf = [&](qint64 b) {
        return b == batches - 1 ? (chunkCount - b * kBatch - 1) * kSealedChunkSize + lastSealed
                                : kSealedBatchBytes;
    };
    auto readBatch = [&](qint64 b) {
        const qint64 want = sealedBytesOf(b);
        char* dst = reinterpret_cast<char*>(sealed[static_cast<std::size_t>(b % 2)].data());
        for (qint64 at = 0; at < want;) {
            const qint64 n = file.read(dst + at, want - at);
            if (n <= 0)
                return false;
            at += n;
        }
        return true;
    };
    if (!readBatch(0))
        return fail();

    qint64 manifestSize = -1;
    qint64 dataStart = 0;
    qint64 dataLength = 0;
    QByteArray prefixAndManifest;
    QByteArray trailer;
    std::vector<QByteArray> leafHashes;
    qint64 leavesDone = 0;
    qint64 written = 0;   // data bytes written
    qint64 decrypted = 0; // stream bytes decrypted (batches < k)
    std::atomic<qint64> bad{-1};
    bool ok = true;
    // Iteration k: read sealed batch k + 1, decrypt batch k, hash the leaves and write
    // the data that end in batch k - 1 (decrypted in the previous iteration). Batches
    // k - 2 .. k stay live for leaves that cross a batch.
    for (qint64 k = 0; k <= batches; ++k) {
        const bool decrypting = k < batches;
        const int n =
            decrypting ? static_cast<int>(std::min<qint64>(kBatch, chunkCount - k * kBatch)) : 0;
        const qint64 leafEnd = manifestSize < 0 ? 0
                               : decrypted >= dataStart + dataLength
                                   ? (dataLength + kChunkSize - 1) / kChunkSize
                                   : std::max<qint64>(0, (decrypted - dataStart) / kChunkSize);
        const qint64 leafCount = std::max<qint64>(0, leafEnd - leavesDone);
        if (static_cast<qint64>(leafHashes.size()) < leafEnd)
            leafHashes.resize(static_cast<std::size_t>(leafEnd));
        // Data in [written, min(decrypted, data end)) goes out now.
        const qint64 writeFrom = dataStart + written;
        const qint64 writeTo =
            manifestSize < 0 ? writeFrom
                             : std::max(writeFrom, std::min(decrypted, dataStart + dataLength));
        bool readOk = true;
        const unsigned char* sealedNow = sealed[static_cast<std::size_t>(k % 2)].data();
        runStep(2 + n + static_cast<int>(leafCount), [&](int t) {
            if (t == 0) {
                if (k + 1 < batches)
                    readOk = readBatch(k + 1);
            } else if (t == 1) {
                for (qint64 at = writeFrom; outFile && at < writeTo;) {
                    const qint64 b = at / kBatchBytes;
                    const qint64 end = std::min(writeTo, (b + 1) * kBatchBytes);
                    if (outFile->write(reinterpret_cast<const char*>(plain.of(b)) +
                                           (at - b * kBatchBytes),
                                       end - at) != end - at)
                        ok = false;
                    at = end;
                }
            } else if (t < 2 + n) {
                const int i = t - 2;
                const qint64 index = k * kBatch + i;
                const bool last = index == chunkCount - 1;
                const qint64 len = (last ? lastSealed : kSealedChunkSize) - kTagSize;
                const unsigned char* c = sealedNow + qint64(i) * kSealedChunkSize;
                unsigned char nonce[12];
                chunkNonce(nonce, static_cast<quint64>(index), last);
                if (crypto_aead_chacha20poly1305_ietf_decrypt_detached(
                        plain.of(k) + qint64(i) * kChunkSize, nullptr, c,
                        static_cast<unsigned long long>(len), c + len, nullptr, 0, nonce,
                        payloadKey.data()) != 0) {
                    qint64 none = -1;
                    bad.compare_exchange_strong(none, index);
                }
            } else {
                const qint64 j = leavesDone + (t - 2 - n);
                crypto_generichash_blake2b_state s;
                leafInit(&s, static_cast<quint64>(j));
                const qint64 from = dataStart + j * kChunkSize;
                plain.hash(&s, from, std::min(from + kChunkSize, dataStart + dataLength));
                QByteArray h(kHashSize, Qt::Uninitialized);
                crypto_generichash_blake2b_final(&s, reinterpret_cast<unsigned char*>(h.data()),
                                                 kHashSize);
                leafHashes[static_cast<std::size_t>(j)] = h;
            }
        });
        if (bad.load() >= 0 || !readOk || !ok)
            return fail();
        leavesDone = leafEnd;
        written = writeTo - dataStart;
        if (!decrypting)
            break;
        // Manifest and trailer bytes of batch k (serial: small).
        const qint64 from = k * kBatchBytes;
        const qint64 to = std::min(plainSize, from + qint64(n) * kChunkSize);
        const unsigned char* p = plain.of(k);
        if (manifestSize < 0 || from < 4 + manifestSize) {
            for (qint64 at = from; at < to && (manifestSize < 0 || at < 4 + manifestSize);) {
                const qint64 want = manifestSize < 0 ? 4 : 4 + manifestSize;
                const qint64 take = std::min(want, to) - at;
                prefixAndManifest.append(reinterpret_cast<const char*>(p + (at - from)), take);
                at += take;
                if (manifestSize < 0 && at == 4) {
                    manifestSize = readU32(prefixAndManifest.constData());
                    if (manifestSize > kMaxManifestSize ||
                        4 + manifestSize + kTrailerSize > plainSize)
                        return fail();
                    dataStart = 4 + manifestSize;
                    dataLength = plainSize - dataStart - kTrailerSize;
                }
            }
        }
        const qint64 trailerStart = plainSize - kTrailerSize;
        if (to > trailerStart) {
            const qint64 at = std::max(from, trailerStart);
            trailer.append(reinterpret_cast<const char*>(p + (at - from)), to - at);
        }
        decrypted = to;
    }
    if (trailer.size() != kTrailerSize)
        return fail();
    const quint64 length = readU64(trailer.constData());
    const quint64 rows = readU64(trailer.constData() + 8);
    if (length != static_cast<quint64>(dataLength))
        return fail();
    const QByteArray dataHash = rootOf(length, rows, leafHashes);
    if (sodium_memcmp(dataHash.constData(), trailer.constData() + 16, kHashSize) != 0)
        return fail();
    const QByteArray manifestBytes = prefixAndManifest.mid(4);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(manifestBytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() ||
        CanonicalJson::serialise(doc.object()) != manifestBytes)
        return fail();
    const QJsonObject manifest = doc.object();
    Result<crypto::KeyCard> sender =
        crypto::KeyCard::fromText(manifest.value(QStringLiteral("sender"))
                                      .toObject()
                                      .value(QStringLiteral("card"))
                                      .toString());
    if (!sender)
        return fail();
    QList<QByteArray> recipientKeys;
    for (const QJsonValue& r : manifest.value(QStringLiteral("recipients")).toArray())
        recipientKeys.append(QByteArray::fromHex(
            r.toObject().value(QStringLiteral("receivingKey")).toString().toLatin1()));
    const QByteArray statement =
        bundleStatement(headerHash, crypto::Blake2b256::hash(manifestBytes), length, rows, dataHash,
                        sender->signingKey, recipientKeys);
    if (!crypto::Identity::verify(sender->signingKey, crypto::SignContext::Bundle, statement,
                                  QByteArrayView(trailer).sliced(16 + kHashSize)) ||
        recipientKeys.size() != count || !recipientKeys.contains(me.card().receivingKey) ||
        !(sender.value() == knownSender))
        return fail();
    if (outFile && !outFile->commit())
        return false;
    *dataLengthOut = dataLength;
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sharewise.*.info=false"));
    if (!crypto::initialise())
        return 2;
    QString input;
    QString work = QDir::tempPath() + QStringLiteral("/sharewise-bench");
    QString phase;
    bool verify = false;
    bool check = false;
    bool noOutput = false;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--work") && i + 1 < args.size())
            work = args[++i];
        else if (args[i] == QLatin1String("--phase") && i + 1 < args.size())
            phase = args[++i];
        else if (args[i] == QLatin1String("--verify"))
            verify = true;
        else if (args[i] == QLatin1String("--check"))
            check = true;
        else if (args[i] == QLatin1String("--no-output"))
            noOutput = true;
        else if (args[i] == QLatin1String("--serial-io"))
            g_serialIo = true;
        else
            input = args[i];
    }
    const QDir dir(work);
    std::optional<crypto::Identity> sender =
        loadIdentity(dir.filePath(QStringLiteral("sender.secret")));
    std::optional<crypto::Identity> recipient =
        loadIdentity(dir.filePath(QStringLiteral("recipient.secret")));
    if (!sender || !recipient) {
        out() << "no identities in " << work << " (run bench_bundle --phase keys)\n";
        return 2;
    }
    QElapsedTimer t;
    if (phase == QLatin1String("seal") && !input.isEmpty()) {
        const QString bundlePath = dir.filePath(QStringLiteral("pipeline.swb"));
        t.start();
        if (!seal(input, bundlePath, *sender, recipient->card(), 0)) {
            out() << "pipeline seal failed\n";
            return 1;
        }
        const double s = t.nsecsElapsed() / 1e9;
        const qint64 bytes = QFileInfo(input).size();
        out() << "pipeline seal: " << bytes << " bytes in " << QString::number(s, 'f', 3) << " s, "
              << QString::number(bytes / 1048576.0 / s, 'f', 1) << " MiB/s; peak RSS "
              << QString::number(peakKiB() / 1024.0, 'f', 1) << " MiB\n";
        if (verify) {
            bundle::OpenParams p;
            p.identity = &*recipient;
            const crypto::KeyCard card = sender->card();
            p.senderKnown = [card](const crypto::KeyCard& c) {
                return c == card;
            };
            Result<OpenedBundle> r = BundleReader::open(bundlePath, p);
            out() << "verify with BundleReader: "
                  << (r ? QStringLiteral("accepted") : r.error().message) << '\n';
            if (!r)
                return 1;
        }
        return 0;
    }
    if (phase == QLatin1String("open")) {
        const QString output = noOutput ? QString() : dir.filePath(QStringLiteral("pipeline.out"));
        qint64 length = 0;
        t.start();
        if (!open(dir.filePath(QStringLiteral("bench.swb")), output, *recipient, sender->card(),
                  &length)) {
            out() << "pipeline open refused the bundle\n";
            return 1;
        }
        const double s = t.nsecsElapsed() / 1e9;
        out() << "pipeline open: " << length << " bytes in " << QString::number(s, 'f', 3) << " s, "
              << QString::number(length / 1048576.0 / s, 'f', 1) << " MiB/s; peak RSS "
              << QString::number(peakKiB() / 1024.0, 'f', 1) << " MiB\n";
        if (check && !input.isEmpty() && !output.isEmpty()) {
            QFile a(input);
            QFile b(output);
            bool same =
                a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly) && a.size() == b.size();
            while (same && !a.atEnd())
                same = a.read(1 << 20) == b.read(1 << 20);
            out() << "check: " << (same ? "same as the input" : "DIFFERS") << '\n';
            if (!same)
                return 1;
        }
        return 0;
    }
    out() << "usage: bench_bundle_pipeline <input> --work DIR --phase seal [--verify]\n"
             "       bench_bundle_pipeline [<input>] --work DIR --phase open [--check] "
             "[--no-output]\n";
    return 2;
}
