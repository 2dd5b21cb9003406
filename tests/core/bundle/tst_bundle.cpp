#include "bundle/BundleFormat.h"
#include "bundle/BundleReader.h"
#include "bundle/BundleWriter.h"
#include "bundle/TreeHash.h"
#include "common/CanonicalJson.h"
#include "crypto/Identity.h"
#include "crypto/Sodium.h"
#include "support/TestRandom.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace sharewise;
using namespace sharewise::bundle;
using crypto::Identity;

namespace {

QByteArray sampleData(int size, quint32 seed = 1)
{
    QByteArray d(size, Qt::Uninitialized);
    QRandomGenerator g(seed);
    for (int i = 0; i < size; ++i)
        d[i] = static_cast<char>('a' + g.bounded(26));
    return d;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

crypto::SecureBytes passphrase(const char* text)
{
    return crypto::SecureBytes::copyOf(QByteArrayView(text));
}

} // namespace

class TestBundle : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void everyRecipientCanOpen();
    void nonRecipientIsRefused();
    void unknownSenderIsRefused();
    void wrongPassphraseIsRefused();
    void everySingleByteChangeIsRefused();
    void truncationIsRefused();
    void chunksSwappedDuplicatedDroppedAreRefused();
    void trailingBytesAreRefused();
    void versionOrSuiteChangeIsRefused();
    void stanzaCountsOutOfRangeAreRefused();
    void impossibleLengthsAreRefused();
    void passphraseLimitsOverCapAreRefusedBeforeArgon2();
    void reAddressedHeaderIsRefused();
    void finalFlagMidStreamIsRefused();
    void foreignSignatureInTrailerIsRefused();
    void cancelledSealLeavesNothing();
    void unexpectedDataHashLeavesNothing();
    void duplicateRecipientIsRefused();
    void resealedUnchangedManifestOpens();
    void manifestNotMatchingHeaderIsRefused_data();
    void manifestNotMatchingHeaderIsRefused();
    void malformedReceivingKeyIsRefused_data();
    void malformedReceivingKeyIsRefused();
    void peekModeReadsTheHeaderOnly();
    void peekModeRefusesWhatIsNotABundle();
    void sizesAroundBatchBoundariesRoundTrip();
    void largeManifestRoundTrips();
    void failingPartIsTheFirstOne();

private:
    QString seal(const QByteArray& data, const QList<crypto::KeyCard>& to, const QString& name,
                 std::optional<crypto::SecureBytes> pass = std::nullopt, quint64 rows = 7);
    Result<OpenedBundle> open(const QString& path, const Identity* as, const QString& out = {},
                              std::optional<crypto::SecureBytes> pass = std::nullopt);
    void expectRefused(const QByteArray& bundleBytes, const Identity* as, const char* what);
    // Forging helpers: the payload key of a bundle sealed with deterministic randomness.
    crypto::SecureBytes payloadKeyForSeed(quint64 seed) const;
    // A key-mode bundle sealed to Alice with seed 200, its manifest edited and the whole
    // payload sealed and signed again by the real sender: only what edit() changed
    // differs from a genuine bundle.
    QByteArray resealedWithManifest(const std::function<void(QJsonObject&)>& edit);

    QTemporaryDir m_dir;
    Identity m_sender;
    Identity m_alice;
    Identity m_bob;
    Identity m_carol;
    int m_counter = 0;
};

void TestBundle::initTestCase()
{
    test::installSwitchableRandom();
    QVERIFY(crypto::initialise());
    m_sender = Identity::generate(QStringLiteral("Sender, Anytown Council"));
    m_alice = Identity::generate(QStringLiteral("Alice, Department"));
    m_bob = Identity::generate(QStringLiteral("Bob, Statistics"));
    m_carol = Identity::generate(QStringLiteral("Carol, Partner"));
}

QString TestBundle::seal(const QByteArray& data, const QList<crypto::KeyCard>& to,
                         const QString& name, std::optional<crypto::SecureBytes> pass, quint64 rows)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    SealParams p;
    p.sender = &m_sender;
    p.recipients = to;
    if (pass) {
        p.passphrase = std::move(pass);
        p.opsLimit = kMinOpsLimit;
        p.memLimit = kMinMemLimit;
    }
    p.dataName = QStringLiteral("cases.csv");
    p.rowCount = rows;
    const QString path = m_dir.filePath(name);
    Result<SealResult> r = BundleWriter::seal(buffer, path, p);
    if (!r) {
        qWarning("seal failed: %s", qPrintable(r.error().message));
        return {};
    }
    return path;
}

Result<OpenedBundle> TestBundle::open(const QString& path, const Identity* as, const QString& out,
                                      std::optional<crypto::SecureBytes> pass)
{
    OpenParams p;
    p.identity = as;
    p.passphrase = std::move(pass);
    p.senderKnown = [this](const crypto::KeyCard& c) {
        return c == m_sender.card();
    };
    p.dataOutput = out;
    return BundleReader::open(path, p);
}

void TestBundle::expectRefused(const QByteArray& bytes, const Identity* as, const char* what)
{
    const QString path = m_dir.filePath(QStringLiteral("evil-%1.swb").arg(++m_counter));
    writeAll(path, bytes);
    const QString out = m_dir.filePath(QStringLiteral("evil-out-%1.csv").arg(m_counter));
    Result<OpenedBundle> r = open(path, as, out);
    QVERIFY2(!r, what);
    QVERIFY2(r.error().kind == ErrorKind::Verification, qPrintable(r.error().message));
    QVERIFY2(!QFile::exists(out), what);
    QFile::remove(path);
}

crypto::SecureBytes TestBundle::payloadKeyForSeed(quint64 seed) const
{
    const QByteArray fileKey = test::deterministicDraw(seed, 0, kFileKeySize); // first draw
    crypto::SecureBytes key(32);
    crypto_kdf_derive_from_key(key.data(), 32, kPayloadSubkeyId, kKdfContext,
                               reinterpret_cast<const unsigned char*>(fileKey.constData()));
    return key;
}

void TestBundle::roundTrip_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("mode"); // 0 one recipient, 1 three recipients, 2 passphrase
    for (int size : {0, 1, 65535, 65536, 65537, 131072, 300000}) {
        for (int mode : {0, 1, 2}) {
            if (mode == 2 && size != 0 && size != 65537)
                continue; // Argon2id is slow on purpose: two passphrase sizes suffice
            QTest::addRow("%d bytes, mode %d", size, mode) << size << mode;
        }
    }
}

void TestBundle::roundTrip()
{
    QFETCH(int, size);
    QFETCH(int, mode);
    const QByteArray data = sampleData(size, static_cast<quint32>(size + mode));
    QList<crypto::KeyCard> to;
    if (mode == 0)
        to = {m_alice.card()};
    if (mode == 1)
        to = {m_carol.card(), m_alice.card(), m_bob.card()};
    const QString path = seal(
        data, to, QStringLiteral("rt-%1-%2.swb").arg(size).arg(mode),
        mode == 2 ? std::optional(passphrase("correct horse battery staple")) : std::nullopt, 42);
    QVERIFY(!path.isEmpty());
    const QString out = m_dir.filePath(QStringLiteral("rt-%1-%2.csv").arg(size).arg(mode));
    Result<OpenedBundle> r =
        open(path, &m_alice, out,
             mode == 2 ? std::optional(passphrase("correct horse battery staple")) : std::nullopt);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QCOMPARE(readAll(out), data);
    QCOMPARE(r->dataLength, static_cast<quint64>(size));
    QCOMPARE(r->rowCount, 42u);
    QCOMPARE(r->sender, m_sender.card());
    QCOMPARE(r->manifest.value(QStringLiteral("recipients")).toArray().size(), to.size());
    QCOMPARE(r->manifest.value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("cases.csv"));
    // Verifying alone writes nothing.
    QVERIFY(
        open(path, &m_alice, {},
             mode == 2 ? std::optional(passphrase("correct horse battery staple")) : std::nullopt));
}

void TestBundle::everyRecipientCanOpen()
{
    const QByteArray data = sampleData(1000);
    const QString path =
        seal(data, {m_alice.card(), m_bob.card(), m_carol.card()}, QStringLiteral("three.swb"));
    for (const Identity* who : {&m_alice, &m_bob, &m_carol}) {
        const QString out = m_dir.filePath(QStringLiteral("three-%1.csv").arg(++m_counter));
        Result<OpenedBundle> r = open(path, who, out);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(readAll(out), data);
    }
}

void TestBundle::nonRecipientIsRefused()
{
    const QString path = seal(sampleData(100), {m_alice.card()}, QStringLiteral("to-alice.swb"));
    Result<OpenedBundle> r = open(path, &m_bob, m_dir.filePath(QStringLiteral("bob.csv")));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::Verification);
    QVERIFY(r.error().message.contains(QLatin1String("not addressed to you")));
    QCOMPARE(r.error().code, QLatin1String(OpenError::NotAddressed));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bob.csv"))));
}

void TestBundle::unknownSenderIsRefused()
{
    const QString path = seal(sampleData(100), {m_alice.card()}, QStringLiteral("unknown.swb"));
    OpenParams p;
    p.identity = &m_alice;
    p.senderKnown = [](const crypto::KeyCard&) {
        return false;
    };
    p.dataOutput = m_dir.filePath(QStringLiteral("unknown.csv"));
    Result<OpenedBundle> r = BundleReader::open(path, p);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::Verification);
    QVERIFY(r.error().message.contains(m_sender.card().fingerprint()));
    QCOMPARE(r.error().code, QLatin1String(OpenError::UnknownSender));
    QVERIFY(!QFile::exists(p.dataOutput));
}

void TestBundle::wrongPassphraseIsRefused()
{
    const QString path =
        seal(sampleData(100), {}, QStringLiteral("pass.swb"), passphrase("right one"));
    Result<OpenedBundle> r =
        open(path, nullptr, m_dir.filePath(QStringLiteral("p.csv")), passphrase("wrong one"));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::Verification);
    QVERIFY(r.error().message.contains(QLatin1String("passphrase")));
    QCOMPARE(r.error().code, QLatin1String(OpenError::WrongPassphrase));
}

void TestBundle::everySingleByteChangeIsRefused()
{
    const QString path = seal(sampleData(300), {m_alice.card()}, QStringLiteral("small.swb"));
    const QByteArray good = readAll(path);
    QVERIFY(open(path, &m_alice));
    for (qsizetype i = 0; i < good.size(); ++i) {
        QByteArray bad = good;
        bad[i] = static_cast<char>(bad[i] ^ 0x01);
        expectRefused(bad, &m_alice,
                      qPrintable(QStringLiteral("byte %1 of %2").arg(i).arg(good.size())));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestBundle::truncationIsRefused()
{
    const QString small = seal(sampleData(300), {m_alice.card()}, QStringLiteral("t-small.swb"));
    const QByteArray s = readAll(small);
    for (qsizetype len = 0; len < s.size(); ++len) {
        expectRefused(s.left(len), &m_alice, "small truncated");
        if (QTest::currentTestFailed())
            return;
    }
    const QString large = seal(sampleData(300000), {m_alice.card()}, QStringLiteral("t-large.swb"));
    const QByteArray l = readAll(large);
    const qsizetype payloadStart =
        kPreambleSize + kHeaderLengthSize + kHeaderFixedSize + kRecipientStanzaSize + kMacSize;
    for (int chunk = 1; chunk <= 4; ++chunk) {
        const qsizetype boundary = payloadStart + chunk * kSealedChunkSize;
        expectRefused(l.left(boundary), &m_alice, "cut at a chunk boundary");
        expectRefused(l.left(boundary - 1000), &m_alice, "cut mid-chunk");
        expectRefused(l.left(boundary + 1), &m_alice, "cut one byte into a chunk");
    }
}

void TestBundle::chunksSwappedDuplicatedDroppedAreRefused()
{
    const QString path = seal(sampleData(300000), {m_alice.card()}, QStringLiteral("chunks.swb"));
    const QByteArray b = readAll(path);
    const qsizetype start =
        kPreambleSize + kHeaderLengthSize + kHeaderFixedSize + kRecipientStanzaSize + kMacSize;
    auto chunk = [&](int i) {
        return b.mid(start + i * kSealedChunkSize, kSealedChunkSize);
    };
    const QByteArray head = b.left(start);
    const QByteArray tail = b.mid(start + 3 * kSealedChunkSize);
    expectRefused(head + chunk(0) + chunk(2) + chunk(1) + tail, &m_alice, "swapped");
    expectRefused(head + chunk(0) + chunk(1) + chunk(1) + chunk(2) + tail, &m_alice, "duplicated");
    expectRefused(head + chunk(0) + chunk(2) + tail, &m_alice, "dropped");
    expectRefused(head + chunk(1) + chunk(0) + chunk(2) + tail, &m_alice, "first two swapped");
}

void TestBundle::trailingBytesAreRefused()
{
    const QByteArray b =
        readAll(seal(sampleData(500), {m_alice.card()}, QStringLiteral("trail.swb")));
    expectRefused(b + QByteArray(1, '\0'), &m_alice, "one extra byte");
    expectRefused(b + QByteArray(100, 'x'), &m_alice, "extra bytes");
    expectRefused(b + b, &m_alice, "bundle twice");
}

void TestBundle::versionOrSuiteChangeIsRefused()
{
    const QByteArray b = readAll(seal(sampleData(50), {m_alice.card()}, QStringLiteral("ver.swb")));
    QByteArray v = b;
    v[6] = 2;
    expectRefused(v, &m_alice, "version 2");
    QByteArray s = b;
    s[7] = 9;
    expectRefused(s, &m_alice, "suite 9");
}

void TestBundle::stanzaCountsOutOfRangeAreRefused()
{
    const QByteArray b =
        readAll(seal(sampleData(50), {m_alice.card()}, QStringLiteral("count.swb")));
    const int countAt = kPreambleSize + kHeaderLengthSize + kBundleIdSize + 9;
    for (int count : {0, 2, 33, 255}) {
        QByteArray c = b;
        c[countAt] = static_cast<char>(count);
        expectRefused(c, &m_alice, "stanza count");
    }
    // A passphrase stanza claimed in a recipients header (mode byte changed).
    QByteArray m = b;
    m[countAt - 1] = static_cast<char>(Mode::Passphrase);
    expectRefused(m, &m_alice, "mode changed");
}

void TestBundle::impossibleLengthsAreRefused()
{
    const QByteArray b = readAll(seal(sampleData(50), {m_alice.card()}, QStringLiteral("len.swb")));
    QByteArray h = b;
    h[8] = h[9] = h[10] = h[11] = static_cast<char>(0xFF);
    expectRefused(h, &m_alice, "header length 0xFFFFFFFF");
    QByteArray z = b;
    z[8] = z[9] = z[10] = z[11] = 0;
    expectRefused(z, &m_alice, "header length 0");
}

void TestBundle::passphraseLimitsOverCapAreRefusedBeforeArgon2()
{
    const QByteArray b =
        readAll(seal(sampleData(50), {}, QStringLiteral("limits.swb"), passphrase("pw")));
    const int memAt = kPreambleSize + kHeaderLengthSize + kHeaderFixedSize + kSaltSize + 8;
    QByteArray m = b;
    const quint64 huge = 64ull * 1024 * 1024 * 1024;
    qToBigEndian(huge, m.data() + memAt);
    const QString path = m_dir.filePath(QStringLiteral("limits-evil.swb"));
    writeAll(path, m);
    Result<OpenedBundle> r = open(path, nullptr, {}, passphrase("pw"));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::Verification);
    QVERIFY2(r.error().message.contains(QLatin1String("safe range")),
             qPrintable(r.error().message));
    QByteArray o = b;
    qToBigEndian(quint64(1000), o.data() + memAt - 8);
    writeAll(path, o);
    r = open(path, nullptr, {}, passphrase("pw"));
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QLatin1String("safe range")));
}

// A recipient (who knows the file key) re-addresses the bundle to a third party with a
// new, correctly MACed header and the original payload: the signature catches it.
void TestBundle::reAddressedHeaderIsRefused()
{
    const QByteArray data = sampleData(1000);
    test::setDeterministicRandom(true, 77);
    const QByteArray original = readAll(seal(data, {m_alice.card()}, QStringLiteral("orig.swb")));
    test::setDeterministicRandom(true, 77); // same file key, same bundle id
    const QByteArray readdressed =
        readAll(seal(data, {m_carol.card()}, QStringLiteral("carol.swb")));
    test::setDeterministicRandom(false);
    const qsizetype start =
        kPreambleSize + kHeaderLengthSize + kHeaderFixedSize + kRecipientStanzaSize + kMacSize;
    QVERIFY(original.left(start) != readdressed.left(start));
    const QByteArray spliced = readdressed.left(start) + original.mid(start);
    expectRefused(spliced, &m_carol, "header re-addressed, payload and trailer copied");
}

void TestBundle::finalFlagMidStreamIsRefused()
{
    test::setDeterministicRandom(true, 91);
    const QByteArray b =
        readAll(seal(sampleData(200000), {m_alice.card()}, QStringLiteral("final.swb")));
    test::setDeterministicRandom(false);
    const crypto::SecureBytes key = payloadKeyForSeed(91);
    const qsizetype start =
        kPreambleSize + kHeaderLengthSize + kHeaderFixedSize + kRecipientStanzaSize + kMacSize;
    // Open chunk 0 (not final), seal it again as final, and end the bundle there.
    const QByteArray sealed0 = b.mid(start, kSealedChunkSize);
    unsigned char nonce[12];
    chunkNonce(nonce, 0, false);
    QByteArray plain(kChunkSize, Qt::Uninitialized);
    unsigned long long len = 0;
    QCOMPARE(crypto_aead_chacha20poly1305_ietf_decrypt(
                 reinterpret_cast<unsigned char*>(plain.data()), &len, nullptr,
                 reinterpret_cast<const unsigned char*>(sealed0.constData()), sealed0.size(),
                 nullptr, 0, nonce, key.data()),
             0);
    chunkNonce(nonce, 0, true);
    QByteArray resealed(kSealedChunkSize, Qt::Uninitialized);
    crypto_aead_chacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(resealed.data()), &len,
        reinterpret_cast<const unsigned char*>(plain.constData()), plain.size(), nullptr, 0,
        nullptr, nonce, key.data());
    expectRefused(b.left(start) + resealed, &m_alice, "final flag on chunk 0");
    expectRefused(b.left(start) + resealed + b.mid(start + kSealedChunkSize), &m_alice,
                  "final flag on chunk 0, rest kept");
}

// The sender's signature over the same statement but in another context (as on an
// approval or a receipt) must not pass for a bundle signature.
void TestBundle::foreignSignatureInTrailerIsRefused()
{
    test::setDeterministicRandom(true, 123);
    const QString path = seal(sampleData(500), {m_alice.card()}, QStringLiteral("sig.swb"));
    test::setDeterministicRandom(false);
    Result<OpenedBundle> good = open(path, &m_alice);
    QVERIFY(good);
    const QByteArray b = readAll(path);
    const crypto::SecureBytes key = payloadKeyForSeed(123);
    const qsizetype start =
        kPreambleSize + kHeaderLengthSize + kHeaderFixedSize + kRecipientStanzaSize + kMacSize;
    const QByteArray sealed = b.mid(start); // one final chunk
    unsigned char nonce[12];
    chunkNonce(nonce, 0, true);
    QByteArray plain(sealed.size() - kTagSize, Qt::Uninitialized);
    unsigned long long len = 0;
    QCOMPARE(crypto_aead_chacha20poly1305_ietf_decrypt(
                 reinterpret_cast<unsigned char*>(plain.data()), &len, nullptr,
                 reinterpret_cast<const unsigned char*>(sealed.constData()), sealed.size(), nullptr,
                 0, nonce, key.data()),
             0);
    QCOMPARE(plain.right(kSignatureSize), good->signature);
    QList<QByteArray> recipients{m_alice.card().receivingKey};
    const QByteArray statement = bundleStatement(
        good->headerHash, crypto::Blake2b256::hash(good->manifestBytes), good->dataLength,
        good->rowCount, good->dataHash, m_sender.card().signingKey, recipients);
    for (std::string_view context : {crypto::SignContext::Approval, crypto::SignContext::Receipt}) {
        QByteArray forged = plain;
        forged.replace(forged.size() - kSignatureSize, kSignatureSize,
                       m_sender.sign(context, statement));
        QByteArray resealed(forged.size() + kTagSize, Qt::Uninitialized);
        crypto_aead_chacha20poly1305_ietf_encrypt(
            reinterpret_cast<unsigned char*>(resealed.data()), &len,
            reinterpret_cast<const unsigned char*>(forged.constData()), forged.size(), nullptr, 0,
            nullptr, nonce, key.data());
        expectRefused(b.left(start) + resealed, &m_alice, "signature from another context");
    }
    // And the same statement signed as a bundle passes: the forging path itself is right.
    QByteArray same = plain;
    same.replace(same.size() - kSignatureSize, kSignatureSize,
                 m_sender.sign(crypto::SignContext::Bundle, statement));
    QByteArray resealed(same.size() + kTagSize, Qt::Uninitialized);
    crypto_aead_chacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(resealed.data()), &len,
        reinterpret_cast<const unsigned char*>(same.constData()), same.size(), nullptr, 0, nullptr,
        nonce, key.data());
    const QString rewritten = m_dir.filePath(QStringLiteral("resigned.swb"));
    writeAll(rewritten, b.left(start) + resealed);
    QVERIFY(open(rewritten, &m_alice));
}

void TestBundle::cancelledSealLeavesNothing()
{
    QBuffer buffer;
    buffer.setData(sampleData(500000));
    buffer.open(QIODevice::ReadOnly);
    std::atomic_bool cancel{true};
    SealParams p;
    p.sender = &m_sender;
    p.recipients = {m_alice.card()};
    p.cancel = &cancel;
    QTemporaryDir dir;
    Result<SealResult> r = BundleWriter::seal(buffer, dir.filePath(QStringLiteral("c.swb")), p);
    QVERIFY(!r);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

// An approval binds the data's hash: a seal told to expect one hash that finds another
// writes nothing, and the same data with the right hash seals.
void TestBundle::unexpectedDataHashLeavesNothing()
{
    const QByteArray data = sampleData(300000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.swb"));
    SealParams p;
    p.sender = &m_sender;
    p.recipients = {m_alice.card()};
    p.rowCount = 7;
    QBuffer first(const_cast<QByteArray*>(&data));
    first.open(QIODevice::ReadOnly);
    Result<SealResult> right = BundleWriter::seal(first, path, p);
    QVERIFY2(right.ok(), qPrintable(right.ok() ? QString() : right.error().message));
    QVERIFY(QFile::remove(path));

    QByteArray changed = data;
    changed[150000] = char(changed[150000] ^ 1);
    QBuffer second(&changed);
    second.open(QIODevice::ReadOnly);
    p.expectedDataHash = right->dataHash;
    Result<SealResult> r = BundleWriter::seal(second, path, p);
    QVERIFY(!r);
    QCOMPARE(r.error().code, QString::fromLatin1(SealError::DataChanged));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());

    QBuffer third(const_cast<QByteArray*>(&data));
    third.open(QIODevice::ReadOnly);
    Result<SealResult> again = BundleWriter::seal(third, path, p);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QCOMPARE(again->dataHash, right->dataHash);
}

void TestBundle::duplicateRecipientIsRefused()
{
    QBuffer buffer;
    buffer.setData("x");
    buffer.open(QIODevice::ReadOnly);
    SealParams p;
    p.sender = &m_sender;
    p.recipients = {m_alice.card(), m_alice.card()};
    Result<SealResult> r = BundleWriter::seal(buffer, m_dir.filePath(QStringLiteral("dup.swb")), p);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::Usage);
}

QByteArray TestBundle::resealedWithManifest(const std::function<void(QJsonObject&)>& edit)
{
    constexpr quint64 seed = 200;
    const QByteArray data = sampleData(70000, 5); // two chunks of payload
    test::setDeterministicRandom(true, seed);
    const QString path =
        seal(data, {m_alice.card()}, QStringLiteral("reseal-%1.swb").arg(++m_counter));
    test::setDeterministicRandom(false);
    Result<OpenedBundle> genuine = open(path, &m_alice);
    if (!genuine)
        return {};
    const QByteArray b = readAll(path);
    const qsizetype start =
        kPreambleSize + kHeaderLengthSize + kHeaderFixedSize + kRecipientStanzaSize + kMacSize;
    QJsonObject manifest = genuine->manifest;
    edit(manifest);
    const QByteArray manifestBytes = CanonicalJson::serialise(manifest);
    QList<QByteArray> recipientKeys;
    for (const QJsonValue& r : manifest.value(QStringLiteral("recipients")).toArray()) {
        recipientKeys.append(QByteArray::fromHex(
            r.toObject().value(QStringLiteral("receivingKey")).toString().toLatin1()));
    }
    const QByteArray statement = bundleStatement(
        genuine->headerHash, crypto::Blake2b256::hash(manifestBytes), genuine->dataLength,
        genuine->rowCount, genuine->dataHash, m_sender.card().signingKey, recipientKeys);
    QByteArray stream;
    appendU32(stream, static_cast<quint32>(manifestBytes.size()));
    stream.append(manifestBytes);
    stream.append(data);
    appendU64(stream, genuine->dataLength);
    appendU64(stream, genuine->rowCount);
    stream.append(genuine->dataHash);
    stream.append(m_sender.sign(crypto::SignContext::Bundle, statement));
    const crypto::SecureBytes key = payloadKeyForSeed(seed);
    QByteArray out = b.left(start);
    quint64 index = 0;
    for (qsizetype at = 0; at < stream.size(); at += kChunkSize, ++index) {
        const qsizetype n = std::min<qsizetype>(kChunkSize, stream.size() - at);
        unsigned char nonce[12];
        chunkNonce(nonce, index, at + n == stream.size());
        QByteArray sealed(n + kTagSize, Qt::Uninitialized);
        unsigned long long len = 0;
        crypto_aead_chacha20poly1305_ietf_encrypt(
            reinterpret_cast<unsigned char*>(sealed.data()), &len,
            reinterpret_cast<const unsigned char*>(stream.constData()) + at,
            static_cast<unsigned long long>(n), nullptr, 0, nullptr, nonce, key.data());
        out.append(sealed);
    }
    return out;
}

// The control for the two tests below: the forging path itself makes a bundle that
// opens, so what they change is what gets it refused.
void TestBundle::resealedUnchangedManifestOpens()
{
    const QByteArray b = resealedWithManifest([](QJsonObject&) {});
    QVERIFY(!b.isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("resealed.swb"));
    writeAll(path, b);
    Result<OpenedBundle> r = open(path, &m_alice);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
}

void TestBundle::manifestNotMatchingHeaderIsRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addRow("another bundle id")
        << QStringLiteral("bundleId")
        << QJsonValue(QStringLiteral("00112233445566778899aabbccddeeff"));
    QTest::addRow("bundle id in upper case") << QStringLiteral("bundleId") << QJsonValue();
    QTest::addRow("bundle id missing")
        << QStringLiteral("bundleId") << QJsonValue(QJsonValue::Undefined);
    QTest::addRow("another time") << QStringLiteral("createdUs") << QJsonValue(1);
    QTest::addRow("time as text") << QStringLiteral("createdUs") << QJsonValue(QStringLiteral("0"));
    QTest::addRow("protection passphrase")
        << QStringLiteral("protection") << QJsonValue(QStringLiteral("passphrase"));
    QTest::addRow("protection missing")
        << QStringLiteral("protection") << QJsonValue(QJsonValue::Undefined);
}

// A sender (or a faulty program) signs a manifest that describes another bundle: the
// signature checks, but the manifest is refused for not matching the header.
void TestBundle::manifestNotMatchingHeaderIsRefused()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    const QByteArray b = resealedWithManifest([&](QJsonObject& m) {
        if (value.isUndefined())
            m.remove(key);
        else if (value.isNull()) // upper case of the same id
            m.insert(key, m.value(key).toString().toUpper());
        else if (key == QLatin1String("createdUs") && value.isDouble())
            m.insert(key, m.value(key).toInteger() + value.toInteger());
        else
            m.insert(key, value);
    });
    QVERIFY(!b.isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("mismatch-%1.swb").arg(++m_counter));
    writeAll(path, b);
    const QString out = m_dir.filePath(QStringLiteral("mismatch-%1.csv").arg(m_counter));
    Result<OpenedBundle> r = open(path, &m_alice, out);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::Verification);
    QVERIFY2(r.error().message.contains(QLatin1String("does not match its header")),
             qPrintable(r.error().message));
    QVERIFY(!QFile::exists(out));
}

void TestBundle::malformedReceivingKeyIsRefused_data()
{
    QTest::addColumn<int>("how");
    QTest::addRow("upper case") << 0;
    QTest::addRow("62 digits") << 1;
    QTest::addRow("66 digits") << 2;
    QTest::addRow("not hex") << 3;
    QTest::addRow("a number") << 4;
    QTest::addRow("missing") << 5;
}

void TestBundle::malformedReceivingKeyIsRefused()
{
    QFETCH(int, how);
    const QByteArray b = resealedWithManifest([&](QJsonObject& m) {
        QJsonArray rs = m.value(QStringLiteral("recipients")).toArray();
        QJsonObject r = rs.at(0).toObject();
        const QString hex = r.value(QStringLiteral("receivingKey")).toString();
        QJsonValue v;
        switch (how) {
        case 0:
            v = hex.toUpper();
            break;
        case 1:
            v = hex.left(62);
            break;
        case 2:
            v = QString(hex + QStringLiteral("00"));
            break;
        case 3:
            v = QString(hex.left(62) + QStringLiteral("zz"));
            break;
        case 4:
            v = 12345;
            break;
        default:
            break;
        }
        if (how == 5)
            r.remove(QStringLiteral("receivingKey"));
        else
            r.insert(QStringLiteral("receivingKey"), v);
        rs.replace(0, r);
        m.insert(QStringLiteral("recipients"), rs);
    });
    QVERIFY(!b.isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("rkey-%1.swb").arg(++m_counter));
    writeAll(path, b);
    const QString out = m_dir.filePath(QStringLiteral("rkey-%1.csv").arg(m_counter));
    Result<OpenedBundle> r = open(path, &m_alice, out);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::Verification);
    QVERIFY2(r.error().message.contains(QLatin1String("list of recipients is damaged")),
             qPrintable(r.error().message));
    QVERIFY(!QFile::exists(out));
}

void TestBundle::peekModeReadsTheHeaderOnly()
{
    const QString keyed = seal(sampleData(10), {m_bob.card()}, QStringLiteral("peek-key.swb"));
    Result<Mode> mode = BundleReader::peekMode(keyed);
    QVERIFY2(mode, mode ? "" : qPrintable(mode.error().message));
    QCOMPARE(mode.value(), Mode::Recipients);
    const QString pass =
        seal(sampleData(10), {}, QStringLiteral("peek-pass.swb"), passphrase("peek"));
    mode = BundleReader::peekMode(pass);
    QVERIFY(mode);
    QCOMPARE(mode.value(), Mode::Passphrase);
    // Only the header is read: a damaged payload does not change the answer.
    QByteArray b = readAll(keyed);
    b.chop(200);
    const QString cut = m_dir.filePath(QStringLiteral("peek-cut.swb"));
    writeAll(cut, b);
    mode = BundleReader::peekMode(cut);
    QVERIFY(mode);
    QCOMPARE(mode.value(), Mode::Recipients);
}

void TestBundle::peekModeRefusesWhatIsNotABundle()
{
    Result<Mode> missing = BundleReader::peekMode(m_dir.filePath(QStringLiteral("nothing.swb")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ErrorKind::BadInput);

    const QString other = m_dir.filePath(QStringLiteral("peek-other.swb"));
    writeAll(other, "case_id,name\n1,Jo\n");
    Result<Mode> notBundle = BundleReader::peekMode(other);
    QVERIFY(!notBundle);
    QCOMPARE(notBundle.error().kind, ErrorKind::Verification);

    const QByteArray good =
        readAll(seal(sampleData(10), {m_bob.card()}, QStringLiteral("peek-m.swb")));
    const int modeAt = kPreambleSize + kHeaderLengthSize + kBundleIdSize + 8;
    for (int bad : {0, 3, 255}) {
        QByteArray b = good;
        b[modeAt] = static_cast<char>(bad);
        writeAll(other, b);
        Result<Mode> m = BundleReader::peekMode(other);
        QVERIFY2(!m, qPrintable(QStringLiteral("mode byte %1").arg(bad)));
        QCOMPARE(m.error().kind, ErrorKind::Verification);
    }
    QByteArray v = good;
    v[6] = 2;
    writeAll(other, v);
    QVERIFY(!BundleReader::peekMode(other));
    writeAll(other, good.left(kPreambleSize + kHeaderLengthSize + kBundleIdSize + 8));
    QVERIFY(!BundleReader::peekMode(other));
}

// The writer and reader work a batch (16 chunks) at a time, and the data starts after
// the manifest, so leaves cross batches: sizes that end the data or the stream on
// either side of a batch boundary, and on the chunk boundaries around it.
void TestBundle::sizesAroundBatchBoundariesRoundTrip()
{
    constexpr int batch = 16 * kChunkSize;
    // The manifest of these bundles has one length (same names, same key sizes); find
    // it, so that the stream's own boundaries can be hit.
    const QString probe = seal(sampleData(1), {m_alice.card()}, QStringLiteral("probe.swb"));
    Result<OpenedBundle> p = open(probe, &m_alice);
    QVERIFY(p);
    const int prefix = 4 + static_cast<int>(p->manifestBytes.size());
    QList<int> sizes;
    for (int end : {batch, 2 * batch, batch + kChunkSize}) {
        for (int d : {-1, 0, 1})
            sizes << end + d << end - prefix + d << end - prefix - kTrailerSize + d;
    }
    for (int size : std::as_const(sizes)) {
        const QByteArray data = sampleData(size, static_cast<quint32>(size));
        const QString path = seal(data, {m_alice.card()}, QStringLiteral("batch-%1.swb").arg(size));
        QVERIFY(!path.isEmpty());
        const QString out = m_dir.filePath(QStringLiteral("batch-%1.csv").arg(size));
        Result<OpenedBundle> r = open(path, &m_alice, out);
        QVERIFY2(
            r,
            qPrintable(
                QStringLiteral("%1 bytes: %2").arg(size).arg(r ? QString() : r.error().message)));
        QCOMPARE(r->manifestBytes.size() + 4, prefix);
        QVERIFY2(readAll(out) == data, qPrintable(QString::number(size)));
        // The data hash is the format's tree hash of the data.
        QList<QByteArray> leaves;
        for (qsizetype at = 0, j = 0; at < data.size(); at += kChunkSize, ++j)
            leaves << TreeHash::leafHash(
                QByteArrayView(data).sliced(at, std::min<qsizetype>(kChunkSize, data.size() - at)),
                static_cast<quint64>(j));
        QCOMPARE(r->dataHash, TreeHash::root(static_cast<quint64>(size), 7, leaves));
        QFile::remove(path);
        QFile::remove(out);
    }
}

// A manifest larger than a batch (the writer copies it into several batches, the
// reader collects it from several).
void TestBundle::largeManifestRoundTrips()
{
    QBuffer buffer;
    const QByteArray data = sampleData(200000, 9);
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    SealParams sp;
    sp.sender = &m_sender;
    sp.recipients = {m_alice.card()};
    sp.dataName = QStringLiteral("cases.csv");
    sp.manifest.insert(QStringLiteral("purpose"), QString(3 * 1024 * 1024 + 123, u'p'));
    const QString path = m_dir.filePath(QStringLiteral("big-manifest.swb"));
    Result<SealResult> s = BundleWriter::seal(buffer, path, sp);
    QVERIFY2(s, s ? "" : qPrintable(s.error().message));
    const QString out = m_dir.filePath(QStringLiteral("big-manifest.csv"));
    Result<OpenedBundle> r = open(path, &m_alice, out);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QCOMPARE(r->manifest.value(QStringLiteral("purpose")).toString().size(), 3 * 1024 * 1024 + 123);
    QCOMPARE(readAll(out), data);
    QCOMPARE(r->dataHash, s->dataHash);
}

// When several parts of one batch fail, the message names the first, every time.
void TestBundle::failingPartIsTheFirstOne()
{
    const QByteArray b =
        readAll(seal(sampleData(20 * kChunkSize), {m_alice.card()}, QStringLiteral("parts.swb")));
    const qsizetype start =
        kPreambleSize + kHeaderLengthSize + kHeaderFixedSize + kRecipientStanzaSize + kMacSize;
    QByteArray bad = b;
    for (int chunk : {3, 5, 9, 14, 18})
        bad[start + chunk * kSealedChunkSize + 100] ^= 0x40;
    const QString path = m_dir.filePath(QStringLiteral("parts-bad.swb"));
    writeAll(path, bad);
    for (int i = 0; i < 5; ++i) {
        Result<OpenedBundle> r = open(path, &m_alice, m_dir.filePath(QStringLiteral("parts.csv")));
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("part 4 does not check")),
                 qPrintable(r.error().message));
    }
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("parts.csv"))));
}

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
