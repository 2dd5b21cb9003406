// libFuzzer target for BundleReader::open (docs/bundle-format.md).
//
// A bundle's header is MACed and every payload chunk carries a Poly1305 tag, so
// flipping bytes of a real bundle only ever reaches the first checks. This harness
// therefore has two modes, chosen by bit 0 of the first input byte:
//
//   raw (bit 0 = 0)         the rest of the input is the bundle file, as is. Covers the
//                           preamble, header length, mode, stanza count and passphrase
//                           limits: everything checked before the header MAC.
//   structured (bit 0 = 1)  the input describes a bundle (see Description below); the
//                           harness builds it under a fixed file key and fixed
//                           identities: stanzas sealed to the reader, a correct header
//                           MAC, the plaintext stream (manifest length, manifest, data,
//                           trailer) cut into chunks and sealed with correct nonces and
//                           tags, and (unless told otherwise) a correct tree hash and a
//                           correct Ed25519 signature by the sender. The description can
//                           make any field wrong or any chunk out of place, so the
//                           fuzzer reaches the manifest parsing, the length arithmetic,
//                           the trailer checks and the signature and recipient checks.
//
// Oracle, beyond the sanitizers: in structured mode the harness knows whether what it
// built is a genuine bundle. If the reader accepts anything else (a wrong length, a
// wrong hash, a signature not made by the sender over the right statement, a chunk out
// of place), or accepts a genuine bundle but returns other data than was sealed, the
// harness aborts.
//
// Randomness: libsodium's source is replaced by a deterministic stream (as in
// tests/support/TestRandom) and the clock is fixed, so the identities, the stanzas and
// therefore every execution are reproducible from the input alone.
//
// SHAREWISE_FUZZ_WRITE_SEEDS=<folder> ./fuzz_bundle_reader   writes the seed corpus
// (valid raw bundles and valid descriptions) into <folder> and exits.
// SHAREWISE_FUZZ_VERBOSE=1 prints, for each input, what the reader said (to check
// that the seeds reach the checks they should).
// Bundle files are written to <SHAREWISE_FUZZ_TMP or /dev/shm>/sharewise-fuzz-<pid>
// (one folder per process, so -fork and -jobs work), removed at a normal exit; run.sh
// points SHAREWISE_FUZZ_TMP at a folder of its own and removes it afterwards.

#include "bundle/BundleFormat.h"
#include "bundle/BundleReader.h"
#include "bundle/BundleWriter.h"
#include "bundle/TreeHash.h"
#include "common/CanonicalJson.h"
#include "common/Clock.h"
#include "crypto/Identity.h"
#include "crypto/SecureBytes.h"
#include "crypto/Sodium.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <sodium.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace sharewise;
using namespace sharewise::bundle;

namespace {

// ---------------------------------------------------------------------------------
// Deterministic randomness: draw n of the stream seeds randombytes_buf_deterministic.

quint64 g_draw = 0;

void detBuf(void* out, size_t size)
{
    unsigned char seed[randombytes_SEEDBYTES] = {};
    std::memcpy(seed, "sharewise-fuzz", 14);
    qToBigEndian(g_draw++, seed + 16);
    randombytes_buf_deterministic(out, size, seed);
}

uint32_t detRandom()
{
    uint32_t v;
    detBuf(&v, sizeof v);
    return v;
}

const char* detName()
{
    return "sharewise-fuzz";
}

void detStir()
{}

randombytes_implementation g_random = {detName, detRandom, detStir, nullptr, detBuf, nullptr};

constexpr qint64 kFixedNowUs = 1'790'000'000'000'000; // 2026-09-21, fixed for reproducibility
constexpr int kMaxDataChunks = 17;                    // big data: just over one batch of 16 chunks
constexpr int kSmallDataChunks = 3;                   // otherwise

void silent(QtMsgType, const QMessageLogContext&, const QString&)
{}

// ---------------------------------------------------------------------------------
// Fixed state, made once.

struct Fixture
{
    crypto::Identity sender;    // signs
    crypto::Identity recipient; // opens
    crypto::Identity other;     // another recipient, and a signer who is not the sender
    crypto::SecureBytes fileKey{kFileKeySize};
    crypto::SecureBytes macKey{kMacSize};
    crypto::SecureBytes payloadKey{crypto_aead_chacha20poly1305_ietf_KEYBYTES};
    QString dir;
    QString bundlePath;
    QString outPath;
};

Fixture* g = nullptr;
bool g_verbose = false;

template <typename T>
void report(const char* mode, const Result<T>& r)
{
    if (g_verbose)
        std::fprintf(stderr, "%s: %s\n", mode, r ? "accepted" : qPrintable(r.error().message));
}

void removeTmp()
{
    if (g && !g->dir.isEmpty())
        QDir(g->dir).removeRecursively();
}

// ---------------------------------------------------------------------------------
// The structured description. A fixed-size head (so that seeds are easy to write and
// the fuzzer's mutations keep their meaning), then the manifest, then a data pattern.
//
//  0  u8   selector: bit 0 = 1 for this mode
//  1  u8   flags: 0 manifest length field from input, 1 trailer length from input,
//          2 data hash from input, 3 signature from input, 4 bundle id and time from
//          input, 5 open without an identity, 6 sender not known, 7 signed by `other`
//  2  u8   stanza count (1 + v % 32)
//  3  u8   the reader's stanza position (v % count)
//  4  u8   layout: bits 0-2 chunk layout (0 and 7 canonical, 1 no final flag, 2 final flag
//          on every chunk, 3 an extra empty final chunk, 4 chunks k and k+1 swapped,
//          5 chunk k duplicated, 6 chunk k dropped); bit 3 other stanzas are garbage
//          (else sealed to `other`); bit 4 write the data to a file; bits 5-6 raw tweak
//          of the sealed payload (1 append k bytes, 2 cut k bytes); bit 7 big data (up
//          to kMaxDataChunks chunks, more than one batch; else up to 3 chunks, which
//          keeps most executions fast)
//  5  u8   k
//  6  u32  manifest length field (flag 0)
//  10 u64  trailer data length (flag 1)
//  18 u64  row count
//  26 32   data hash (flag 2)
//  58 64   signature (flag 3)
//  122 16  bundle id (flag 4)
//  138 u64 created (flag 4)
//  146 u32 data length L (modulo 3 × 64 KiB + 1, or kMaxDataChunks × 64 KiB + 1 if big)
//  150 u16 manifest size ML
//  152     manifest (ML bytes), then the data pattern, repeated to L bytes.

constexpr int kHeadSize = 152;

struct Description
{
    quint8 flags = 0;
    quint8 count = 0;
    quint8 position = 0;
    quint8 layout = 0;
    quint8 k = 0;
    quint32 manifestLengthField = 0;
    quint64 dataLengthField = 0;
    quint64 rows = 0;
    QByteArray dataHash{kHashSize, '\0'};
    QByteArray signature{kSignatureSize, '\0'};
    QByteArray bundleId{kBundleIdSize, '\0'};
    quint64 created = 0;
    quint32 dataLength = 0;
    QByteArray manifest;
    QByteArray pattern;

    QByteArray serialise() const
    {
        QByteArray b;
        b.append(char(1));
        b.append(char(flags));
        b.append(char(count));
        b.append(char(position));
        b.append(char(layout));
        b.append(char(k));
        appendU32(b, manifestLengthField);
        appendU64(b, dataLengthField);
        appendU64(b, rows);
        b.append(dataHash.leftJustified(kHashSize, '\0', true));
        b.append(signature.leftJustified(kSignatureSize, '\0', true));
        b.append(bundleId.leftJustified(kBundleIdSize, '\0', true));
        appendU64(b, created);
        appendU32(b, dataLength);
        char ml[2];
        qToBigEndian(static_cast<quint16>(manifest.size()), ml);
        b.append(ml, 2);
        b.append(manifest);
        b.append(pattern);
        return b;
    }

    static Description parse(const uint8_t* data, size_t size)
    {
        QByteArray in(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
        const QByteArray head = in.left(kHeadSize).leftJustified(kHeadSize, '\0');
        const char* h = head.constData();
        Description d;
        d.flags = static_cast<quint8>(h[1]);
        d.count = static_cast<quint8>(h[2]);
        d.position = static_cast<quint8>(h[3]);
        d.layout = static_cast<quint8>(h[4]);
        d.k = static_cast<quint8>(h[5]);
        d.manifestLengthField = readU32(h + 6);
        d.dataLengthField = readU64(h + 10);
        d.rows = readU64(h + 18);
        d.dataHash = head.mid(26, kHashSize);
        d.signature = head.mid(58, kSignatureSize);
        d.bundleId = head.mid(122, kBundleIdSize);
        d.created = readU64(h + 138);
        d.dataLength = readU32(h + 146);
        const quint16 ml = qFromBigEndian<quint16>(h + 150);
        const QByteArray rest = in.mid(kHeadSize);
        d.manifest = rest.left(ml);
        d.pattern = rest.mid(ml);
        return d;
    }
};

QByteArray sealChunk(QByteArrayView plain, quint64 index, bool final)
{
    unsigned char nonce[12];
    chunkNonce(nonce, index, final);
    QByteArray out(plain.size() + kTagSize, Qt::Uninitialized);
    unsigned long long len = 0;
    crypto_aead_chacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(out.data()), &len,
                                              reinterpret_cast<const unsigned char*>(plain.data()),
                                              static_cast<unsigned long long>(plain.size()),
                                              nullptr, 0, nullptr, nonce, g->payloadKey.data());
    return out;
}

QByteArray sealedTo(const crypto::KeyCard& card)
{
    QByteArray stanza(kRecipientStanzaSize, Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(stanza.data()), g->fileKey.data(),
                    g->fileKey.size(),
                    reinterpret_cast<const unsigned char*>(card.receivingKey.constData()));
    return stanza;
}

bool writeFile(const QString& path, QByteArrayView bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           f.write(bytes.data(), bytes.size()) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

[[noreturn]] void oracleFailure(const char* what)
{
    std::fprintf(stderr, "\n*** BundleReader oracle: %s\n", what);
    std::fflush(stderr);
    std::abort();
}

OpenParams openParams(bool withIdentity, bool senderKnown, bool writeData)
{
    OpenParams p;
    p.identity = withIdentity ? &g->recipient : nullptr;
    const QByteArray senderKey = g->sender.card().signingKey;
    p.senderKnown = [senderKey, senderKnown](const crypto::KeyCard& c) {
        return senderKnown && c.signingKey == senderKey;
    };
    if (writeData)
        p.dataOutput = g->outPath;
    return p;
}

// ---------------------------------------------------------------------------------

void runRaw(const uint8_t* data, size_t size)
{
    const quint8 selector = data[0];
    if (!writeFile(g->bundlePath, QByteArrayView(reinterpret_cast<const char*>(data + 1),
                                                 static_cast<qsizetype>(size - 1))))
        std::abort();
    // No passphrase is ever given: a header whose limits pass would otherwise run
    // Argon2id (at least 64 MiB) on every such input. The limits are still checked.
    const OpenParams p = openParams(!(selector & 2), true, selector & 4);
    report("raw", BundleReader::open(g->bundlePath, p));
    QFile::remove(g->outPath);
}

// Whether a manifest agrees with the header it travels with, as the reader requires:
// the same bundle id (lower-case hex) and time, "recipients" protection, and every
// recipient's receiving key as 64 lower-case hex digits.
bool describesHeader(const QByteArray& manifest, const QByteArray& header)
{
    const QJsonDocument doc = QJsonDocument::fromJson(manifest);
    if (!doc.isObject())
        return false;
    const QJsonObject m = doc.object();
    const qint64 created = static_cast<qint64>(readU64(header.constData() + kBundleIdSize));
    if (m.value(QStringLiteral("bundleId")).toString() !=
            QString::fromLatin1(header.first(kBundleIdSize).toHex()) ||
        !m.value(QStringLiteral("createdUs")).isDouble() ||
        m.value(QStringLiteral("createdUs")).toInteger(created ^ 1) != created ||
        m.value(QStringLiteral("protection")).toString() != QLatin1String("recipients"))
        return false;
    const QJsonArray rs = m.value(QStringLiteral("recipients")).toArray();
    for (const QJsonValue& r : rs) {
        const QString key = r.toObject().value(QStringLiteral("receivingKey")).toString();
        const bool lowerHex = std::all_of(key.cbegin(), key.cend(), [](QChar c) {
            return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
        });
        if (key.size() != 64 || !lowerHex)
            return false;
    }
    return true;
}

void runStructured(const uint8_t* data, size_t size)
{
    const Description d = Description::parse(data, size);
    const bool mFromInput = d.flags & 1;
    const bool dFromInput = d.flags & 2;
    const bool hashFromInput = d.flags & 4;
    const bool sigFromInput = d.flags & 8;
    const bool idFromInput = d.flags & 16;
    const bool noIdentity = d.flags & 32;
    const bool senderUnknown = d.flags & 64;
    const bool otherSigns = d.flags & 128;
    const int layout = d.layout & 7;
    const bool garbageStanzas = d.layout & 8;
    const bool writeData = d.layout & 16;
    const int tweak = (d.layout >> 5) & 3;
    const bool big = d.layout & 128;

    // Header: count stanzas, the reader's at `position`.
    const int count = 1 + d.count % kMaxStanzas;
    const int position = d.position % count;
    QByteArray header;
    header.append(idFromInput ? d.bundleId : QByteArray(kBundleIdSize, '\x5a'));
    appendU64(header, idFromInput ? d.created : static_cast<quint64>(kFixedNowUs));
    header.append(static_cast<char>(Mode::Recipients));
    header.append(static_cast<char>(count));
    for (int i = 0; i < count; ++i) {
        if (i == position) {
            header.append(sealedTo(g->recipient.card()));
        } else if (garbageStanzas) {
            QByteArray junk(kRecipientStanzaSize, Qt::Uninitialized);
            randombytes_buf(junk.data(), junk.size());
            header.append(junk);
        } else {
            header.append(sealedTo(g->other.card()));
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
                       static_cast<unsigned long long>(headerBlock.size()), g->macKey.data(),
                       g->macKey.size());
    headerBlock.append(mac);
    const QByteArray headerHash = crypto::Blake2b256::hash(headerBlock);

    // Data: the pattern repeated to L bytes.
    const quint32 dataLength =
        d.dataLength % ((big ? kMaxDataChunks : kSmallDataChunks) * kChunkSize + 1);
    QByteArray dataBytes(static_cast<qsizetype>(dataLength), '\0');
    if (!d.pattern.isEmpty() && dataLength > 0) {
        char* out = dataBytes.data();
        const qsizetype first = std::min<qsizetype>(d.pattern.size(), dataBytes.size());
        std::memcpy(out, d.pattern.constData(), static_cast<std::size_t>(first));
        for (qsizetype done = first; done < dataBytes.size();) { // doubling copies
            const qsizetype take = std::min(done, dataBytes.size() - done);
            std::memcpy(out + done, out, static_cast<std::size_t>(take));
            done += take;
        }
    }
    QList<QByteArray> leaves;
    for (qsizetype at = 0, j = 0; at < dataBytes.size(); at += kChunkSize, ++j)
        leaves.append(
            TreeHash::leafHash(QByteArrayView(dataBytes).sliced(
                                   at, std::min<qsizetype>(kChunkSize, dataBytes.size() - at)),
                               static_cast<quint64>(j)));
    const QByteArray trueHash = TreeHash::root(dataLength, d.rows, leaves);
    const quint64 dataLengthField = dFromInput ? d.dataLengthField : dataLength;
    const QByteArray dataHash = hashFromInput ? d.dataHash : trueHash;

    // The signature the sender would make over what the reader will check: the
    // sender key and recipients as the manifest names them.
    QByteArray senderKey = g->sender.card().signingKey;
    QList<QByteArray> recipientKeys;
    const QJsonDocument doc = QJsonDocument::fromJson(d.manifest);
    if (doc.isObject()) {
        const QJsonObject m = doc.object();
        Result<crypto::KeyCard> card = crypto::KeyCard::fromText(
            m.value(QStringLiteral("sender")).toObject().value(QStringLiteral("card")).toString());
        if (card)
            senderKey = card->signingKey;
        const QJsonArray rs = m.value(QStringLiteral("recipients")).toArray();
        for (const QJsonValue& r : rs) {
            recipientKeys.append(QByteArray::fromHex(
                r.toObject().value(QStringLiteral("receivingKey")).toString().toLatin1()));
        }
    }
    const QByteArray statement =
        bundleStatement(headerHash, crypto::Blake2b256::hash(d.manifest), dataLength, d.rows,
                        trueHash, senderKey, recipientKeys);
    const QByteArray trueSignature = g->sender.sign(crypto::SignContext::Bundle, statement);
    const QByteArray signature =
        sigFromInput
            ? d.signature
            : (otherSigns ? g->other.sign(crypto::SignContext::Bundle, statement) : trueSignature);

    // The plaintext stream and its chunks.
    const quint32 manifestLengthField =
        mFromInput ? d.manifestLengthField : static_cast<quint32>(d.manifest.size());
    QByteArray stream;
    appendU32(stream, manifestLengthField);
    stream.append(d.manifest);
    stream.append(dataBytes);
    appendU64(stream, dataLengthField);
    appendU64(stream, d.rows);
    stream.append(dataHash);
    stream.append(signature);

    QList<QByteArrayView> plain;
    for (qsizetype at = 0; at < stream.size(); at += kChunkSize)
        plain.append(
            QByteArrayView(stream).sliced(at, std::min<qsizetype>(kChunkSize, stream.size() - at)));
    const int n = static_cast<int>(plain.size());
    QList<QByteArray> sealed;
    for (int i = 0; i < n; ++i) {
        const bool last = i == n - 1;
        const bool final = layout == 1 ? false : layout == 2 ? true : layout == 3 ? false : last;
        sealed.append(sealChunk(plain.at(i), static_cast<quint64>(i), final));
    }
    bool layoutChanged = false;
    const int k = d.k % n;
    switch (layout) {
    case 1:
    case 3:
        layoutChanged = true;
        break;
    case 2:
        layoutChanged = n > 1;
        break;
    case 4:
        if (n > 1) {
            sealed.swapItemsAt(k, (k + 1) % n);
            layoutChanged = true;
        }
        break;
    case 5:
        sealed.insert(k, QByteArray(sealed.at(k)));
        layoutChanged = true;
        break;
    case 6:
        if (n > 1) {
            sealed.removeAt(k);
            layoutChanged = true;
        }
        break;
    default:
        break;
    }
    if (layout == 3)
        sealed.append(sealChunk({}, static_cast<quint64>(n), true)); // an empty final chunk

    QByteArray file = headerBlock;
    for (const QByteArray& c : std::as_const(sealed))
        file.append(c);
    if (tweak == 1 && d.k > 0) {
        file.append(QByteArray(d.k, '\xa5'));
        layoutChanged = true;
    } else if (tweak == 2 && d.k > 0) {
        file.chop(d.k);
        layoutChanged = true;
    }
    if (!writeFile(g->bundlePath, file))
        std::abort();

    const OpenParams p = openParams(!noIdentity, !senderUnknown, writeData);
    Result<OpenedBundle> r = BundleReader::open(g->bundlePath, p);
    report("structured", r);

    const bool genuine = manifestLengthField == static_cast<quint32>(d.manifest.size()) &&
                         dataLengthField == dataLength && dataHash == trueHash &&
                         signature == trueSignature && !layoutChanged &&
                         describesHeader(d.manifest, header);
    if (r) {
        if (!genuine)
            oracleFailure("a bundle that is not genuine was accepted");
        if (noIdentity || senderUnknown)
            oracleFailure("a bundle was accepted without an identity or from an unknown sender");
        if (r->dataLength != dataLength || r->rowCount != d.rows || r->dataHash != trueHash ||
            r->manifestBytes != d.manifest || r->headerHash != headerHash)
            oracleFailure("an accepted bundle reports other values than were sealed");
        if (writeData && readFile(g->outPath) != dataBytes)
            oracleFailure("an accepted bundle released other data than was sealed");
    } else if (QFile::exists(g->outPath)) {
        oracleFailure("a refused bundle left its data file behind");
    }
    QFile::remove(g->outPath);
}

// ---------------------------------------------------------------------------------
// Seeds: valid raw bundles (made by BundleWriter) and valid descriptions (their
// manifests obtained by opening those bundles).

QByteArray csvLike(int size)
{
    static const char row[] = "C000000042,2024-03-01,422 206 2501,LL86 3AJ,76,F,Castle,Benefits,"
                              "referred,408.55,\"Contact 6 by Queens; follow-up in 88 days\"\n";
    QByteArray out;
    while (out.size() < size)
        out.append(row);
    out.truncate(size);
    return out;
}

QByteArray sealWithWriter(const QByteArray& data, const QList<crypto::KeyCard>& to, bool passphrase,
                          QByteArray* manifest)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    SealParams sp;
    sp.sender = &g->sender;
    sp.recipients = to;
    if (passphrase) {
        sp.passphrase = crypto::SecureBytes::copyOf(QByteArrayView("fuzz"));
        sp.opsLimit = kMinOpsLimit;
        sp.memLimit = kMinMemLimit;
    }
    sp.dataName = QStringLiteral("cases.csv");
    sp.rowCount = 3;
    const QString path = QDir(g->dir).filePath(QStringLiteral("seed.swb"));
    if (!BundleWriter::seal(buffer, path, sp))
        std::abort();
    const QByteArray bytes = readFile(path);
    if (manifest) {
        OpenParams op = openParams(true, true, false);
        Result<OpenedBundle> r = BundleReader::open(path, op);
        if (!r)
            std::abort();
        *manifest = r->manifestBytes;
    }
    QFile::remove(path);
    return bytes;
}

void writeSeeds(const QString& folder)
{
    QDir().mkpath(folder);
    int n = 0;
    auto save = [&](const QByteArray& bytes) {
        writeFile(
            QDir(folder).filePath(QStringLiteral("seed-%1").arg(++n, 2, 10, QLatin1Char('0'))),
            bytes);
    };
    // Raw: whole bundles (one recipient, three recipients, a passphrase).
    QByteArray manifest1;
    QByteArray manifest3;
    save(QByteArray(1, '\0') +
         sealWithWriter(csvLike(300), {g->recipient.card()}, false, &manifest1));
    save(QByteArray(1, '\0') +
         sealWithWriter(csvLike(40), {g->other.card(), g->recipient.card(), g->sender.card()},
                        false, &manifest3));
    save(QByteArray(1, '\0') + sealWithWriter(csvLike(50), {}, true, nullptr));

    // Structured: genuine bundles of several sizes and layouts. Their header has a
    // fixed bundle id and time, which the manifest must repeat (the reader checks).
    auto matchHeader = [](QByteArray& manifest) {
        QJsonObject m = QJsonDocument::fromJson(manifest).object();
        m.insert(QStringLiteral("bundleId"),
                 QString::fromLatin1(QByteArray(kBundleIdSize, '\x5a').toHex()));
        m.insert(QStringLiteral("createdUs"), kFixedNowUs);
        manifest = CanonicalJson::serialise(m);
    };
    matchHeader(manifest1);
    matchHeader(manifest3);
    const QByteArray pattern = csvLike(200);
    auto describe = [&](const QByteArray& manifest, int count, quint32 length) {
        Description d;
        d.manifest = manifest;
        d.count = static_cast<quint8>(count - 1);
        d.position = count > 1 ? 1 : 0;
        d.rows = 3;
        d.dataLength = length;
        d.pattern = pattern;
        return d;
    };
    const quint32 oneChunk = static_cast<quint32>(kChunkSize - 4 - manifest1.size() - kTrailerSize);
    for (quint32 length : {0u, 1u, 300u, oneChunk, oneChunk + 1, 3u * kChunkSize + 17u})
        save(describe(manifest1, 1, length).serialise());
    save(describe(manifest3, 3, 1000).serialise());
    Description big = describe(manifest1, 1, 17u * kChunkSize);
    big.layout = 16 | 128; // big, and writes the data out
    save(big.serialise());
    // One of each chunk layout and tweak, on three chunks.
    for (quint8 layout : {1, 2, 3, 4, 5, 6, 32, 64}) {
        Description d = describe(manifest1, 1, 2u * kChunkSize + 5u);
        d.layout = layout;
        d.k = 1;
        save(d.serialise());
    }
    // Fields from the input: an impossible manifest length, a wrong trailer length, a
    // foreign signature, no identity, an unknown sender.
    Description m = describe(manifest1, 1, 300);
    m.flags = 1;
    m.manifestLengthField = 0xFFFFFFF0u;
    save(m.serialise());
    Description l = describe(manifest1, 1, 300);
    l.flags = 2;
    l.dataLengthField = 299;
    save(l.serialise());
    Description s = describe(manifest1, 1, 300);
    s.flags = 128;
    save(s.serialise());
    Description i = describe(manifest3, 3, 300);
    i.flags = 32;
    save(i.serialise());
    Description u = describe(manifest3, 3, 300);
    u.flags = 64; // genuine, but from a sender the reader does not know
    u.layout = 16;
    save(u.serialise());
    std::fprintf(stderr, "wrote %d seeds into %s\n", n, qPrintable(folder));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    randombytes_set_implementation(&g_random);
    if (!crypto::initialise())
        std::abort();
    qInstallMessageHandler(silent);
    Clock::setSourceForTesting([] { return kFixedNowUs; });
    g = new Fixture;
    g_draw = 0;
    g->sender = crypto::Identity::generate(QStringLiteral("Fuzz sender, Anytown Council"));
    g->recipient = crypto::Identity::generate(QStringLiteral("Fuzz recipient, Statistics"));
    g->other = crypto::Identity::generate(QStringLiteral("Fuzz other, Partner"));
    for (std::size_t i = 0; i < g->fileKey.size(); ++i)
        g->fileKey.data()[i] = static_cast<unsigned char>(0xC0 + i);
    crypto_kdf_derive_from_key(g->macKey.data(), g->macKey.size(), kMacSubkeyId, kKdfContext,
                               g->fileKey.data());
    crypto_kdf_derive_from_key(g->payloadKey.data(), g->payloadKey.size(), kPayloadSubkeyId,
                               kKdfContext, g->fileKey.data());

    const QByteArray tmp = qgetenv("SHAREWISE_FUZZ_TMP");
    g->dir = QStringLiteral("%1/sharewise-fuzz-%2")
                 .arg(tmp.isEmpty() ? QStringLiteral("/dev/shm") : QString::fromLocal8Bit(tmp))
                 .arg(getpid());
    if (!QDir().mkpath(g->dir))
        std::abort();
    std::atexit(removeTmp);
    g->bundlePath = QDir(g->dir).filePath(QStringLiteral("input.swb"));
    g->outPath = QDir(g->dir).filePath(QStringLiteral("output.csv"));

    g_verbose = qEnvironmentVariableIntValue("SHAREWISE_FUZZ_VERBOSE") != 0;
    const QByteArray seeds = qgetenv("SHAREWISE_FUZZ_WRITE_SEEDS");
    if (!seeds.isEmpty()) {
        writeSeeds(QString::fromLocal8Bit(seeds));
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    g_draw = 1000; // every execution draws the same stream: reproducible from the input
    if (data[0] & 1)
        runStructured(data, size);
    else
        runRaw(data, size);
    return 0;
}
