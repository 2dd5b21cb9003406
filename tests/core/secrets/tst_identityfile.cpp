#include "crypto/Identity.h"
#include "crypto/Sodium.h"
#include "secrets/IdentityFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace sharewise;
using namespace sharewise::secrets;

namespace {

constexpr PassphraseLimits kFast = PassphraseLimits::interactive();
constexpr qsizetype kOpsAt = 35;
constexpr qsizetype kMemAt = 43;

crypto::SecureBytes pass(const char* text)
{
    return IdentityFile::passphrase(QString::fromUtf8(text));
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray withU64(QByteArray bytes, qsizetype at, quint64 value)
{
    qToBigEndian(value, bytes.data() + at);
    return bytes;
}

QStringList entriesOf(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                               QDir::NoDotAndDotDot);
}

} // namespace

class TestIdentityFile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void roundTrip();
    void wrongPassphraseIsRefused();
    void everySingleByteChangeIsRefused();
    void truncatedOrExtendedFileIsRefused();
    void limitsOutsideTheRangeAreRefusedBeforeArgon2();
    void otherFilesAndNewerVersionsAreNamed();
    void composedAndDecomposedPassphrasesOpenTheSameFile();
    void failedWriteLeavesNothing();
    void existingFileIsKeptUnlessReplacing();
    void writerRefusesBadRequests();

private:
    crypto::Identity m_identity;
    QByteArray m_file; // m_identity under "correct horse" with fast limits
};

void TestIdentityFile::initTestCase()
{
    QVERIFY(crypto::initialise());
    m_identity = crypto::Identity::generate(QStringLiteral("Ceri"));
    Result<QByteArray> encoded = IdentityFile::encode(m_identity, pass("correct horse"), kFast);
    QVERIFY(encoded.ok());
    m_file = encoded.value();
}

void TestIdentityFile::roundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ceri.swid"));
    const Status written = IdentityFile::write(path, m_identity, pass("correct horse"), kFast);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    QCOMPARE(entriesOf(dir.path()), QStringList{QStringLiteral("ceri.swid")});
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup |
                                              QFileDevice::WriteOther | QFileDevice::WriteGroup),
             QFileDevice::Permissions());

    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("SHAREWISE-IDENTITY\x01"));
    QCOMPARE(qFromBigEndian<quint64>(bytes.constData() + kOpsAt), kFast.opsLimit);
    QCOMPARE(qFromBigEndian<quint64>(bytes.constData() + kMemAt), kFast.memLimit);
    QVERIFY(bytes != m_file); // fresh salt and nonce every time

    Result<crypto::Identity> read = IdentityFile::read(path, pass("correct horse"));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QCOMPARE(read->card(), m_identity.card());
    QVERIFY(read->exportSecret() == m_identity.exportSecret());
    const QByteArray sig = read->sign(crypto::SignContext::Bundle, "payload");
    QVERIFY(crypto::Identity::verify(m_identity.card().signingKey, crypto::SignContext::Bundle,
                                     "payload", sig));
}

void TestIdentityFile::wrongPassphraseIsRefused()
{
    for (const char* wrong : {"correct horsE", "correct horse ", "x"}) {
        Result<crypto::Identity> read = IdentityFile::decode(m_file, pass(wrong));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, ErrorKind::Verification);
        QVERIFY2(read.error().message.startsWith(
                     QLatin1String("The passphrase is not right for this identity file")),
                 qPrintable(read.error().message));
    }
    Result<crypto::Identity> empty = IdentityFile::decode(m_file, crypto::SecureBytes());
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().kind, ErrorKind::Usage);
}

// Every header byte, the tag, and every fifth ciphertext byte is changed once (a
// different bit in turn), and each change must be refused: the header is associated
// data and the rest is under the authentication tag. (Each attempt runs Argon2id, so
// the ciphertext is sampled; the tag covers all of it alike.)
void TestIdentityFile::everySingleByteChangeIsRefused()
{
    const crypto::SecureBytes passphrase = pass("correct horse");
    for (qsizetype i = 0; i < m_file.size(); ++i) {
        const bool inCiphertextBody = i >= IdentityFile::HeaderSize && i < m_file.size() - 16;
        if (inCiphertextBody && (i - IdentityFile::HeaderSize) % 5 != 0)
            continue;
        QByteArray changed = m_file;
        changed[i] = static_cast<char>(changed[i] ^ (1 << (i % 8)));
        Result<crypto::Identity> read = IdentityFile::decode(changed, passphrase);
        QVERIFY2(!read.ok(), qPrintable(QStringLiteral("byte %1 changed, yet accepted").arg(i)));
    }
}

void TestIdentityFile::truncatedOrExtendedFileIsRefused()
{
    const crypto::SecureBytes passphrase = pass("correct horse");
    const qsizetype size = m_file.size();
    for (qsizetype length :
         {qsizetype(0), qsizetype(10), qsizetype(18), qsizetype(19), qsizetype(50),
          qsizetype(IdentityFile::HeaderSize), qsizetype(IdentityFile::HeaderSize + 16),
          qsizetype(IdentityFile::HeaderSize + 17), size / 2, size - 16, size - 1}) {
        Result<crypto::Identity> read = IdentityFile::decode(m_file.left(length), passphrase);
        QVERIFY2(!read.ok(),
                 qPrintable(QStringLiteral("cut to %1 bytes, yet accepted").arg(length)));
        QVERIFY(read.error().kind == ErrorKind::BadInput ||
                read.error().kind == ErrorKind::Verification);
    }
    Result<crypto::Identity> longer =
        IdentityFile::decode(QByteArray(m_file).append('\0'), passphrase);
    QVERIFY(!longer.ok());

    // Through the file system too, naming the file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.swid"));
    QVERIFY(writeAll(path, m_file.left(IdentityFile::HeaderSize + 3)));
    Result<crypto::Identity> read = IdentityFile::read(path, passphrase);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, ErrorKind::BadInput);
    QCOMPARE(read.error().where, QDir::toNativeSeparators(path));
}

// Argon2id with 64 GiB would fail to allocate or swap the machine to a halt; the reader
// must refuse such a header before it starts. The check is on the message, which only
// the range check produces; the time is printed, not asserted.
void TestIdentityFile::limitsOutsideTheRangeAreRefusedBeforeArgon2()
{
    const crypto::SecureBytes passphrase = pass("correct horse");
    const QString outOfRange = QStringLiteral("protection settings are outside the range");
    struct Case
    {
        qsizetype at;
        quint64 value;
    };
    for (const Case c :
         {Case{kMemAt, quint64(64) << 30}, Case{kMemAt, (quint64(1) << 30) + 1},
          Case{kMemAt, quint64(1) << 20}, Case{kMemAt, ~quint64(0)}, Case{kOpsAt, 13},
          Case{kOpsAt, 1}, Case{kOpsAt, 0}, Case{kOpsAt, ~quint64(0)}}) {
        QElapsedTimer timer;
        timer.start();
        Result<crypto::Identity> read =
            IdentityFile::decode(withU64(m_file, c.at, c.value), passphrase);
        qInfo("refused in %lld ms", static_cast<long long>(timer.elapsed()));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, ErrorKind::BadInput);
        QVERIFY2(read.error().message.contains(outOfRange), qPrintable(read.error().message));
    }
    // The edges of the range are allowed (the opslimit edge at 64 MiB stays quick), so
    // they fail only on the tag, since the header changed.
    Result<crypto::Identity> edge =
        IdentityFile::decode(withU64(m_file, kOpsAt, PassphraseLimits::MaxOps), passphrase);
    QVERIFY(!edge.ok());
    QCOMPARE(edge.error().kind, ErrorKind::Verification);
}

void TestIdentityFile::otherFilesAndNewerVersionsAreNamed()
{
    const crypto::SecureBytes passphrase = pass("correct horse");
    QByteArray other = m_file;
    other[0] = 'X';
    Result<crypto::Identity> notOurs = IdentityFile::decode(other, passphrase);
    QCOMPARE(notOurs.error().kind, ErrorKind::BadInput);
    QVERIFY(
        notOurs.error().message.startsWith(QLatin1String("This is not a Sharewise identity file")));
    Result<crypto::Identity> text = IdentityFile::decode("sharewise-key-1:abc", passphrase);
    QVERIFY(
        text.error().message.startsWith(QLatin1String("This is not a Sharewise identity file")));

    QByteArray newer = m_file;
    newer[18] = 2;
    Result<crypto::Identity> future = IdentityFile::decode(newer, passphrase);
    QCOMPARE(future.error().kind, ErrorKind::Policy);
    QVERIFY(future.error().message.contains(QLatin1String("newer version of Sharewise")));

    QByteArray zero = m_file;
    zero[18] = 0;
    QCOMPARE(IdentityFile::decode(zero, passphrase).error().kind, ErrorKind::BadInput);

    Result<crypto::Identity> missing =
        IdentityFile::read(QStringLiteral("/nonexistent/sharewise/none.swid"), passphrase);
    QCOMPARE(missing.error().kind, ErrorKind::BadInput);
    QVERIFY(missing.error().message.contains(QLatin1String("does not exist")));
}

void TestIdentityFile::composedAndDecomposedPassphrasesOpenTheSameFile()
{
    // "Caerdydd â": â as one code point (U+00E2), and as a + combining circumflex.
    const QString composed = QStringLiteral("Caerdydd ") + QChar(0x00E2);
    const QString decomposed = QStringLiteral("Caerdydd a") + QChar(0x0302);
    QVERIFY(composed != decomposed);
    QVERIFY(IdentityFile::passphrase(composed) == IdentityFile::passphrase(decomposed));
    QCOMPARE(IdentityFile::passphrase(decomposed).view().toByteArray(),
             QByteArray("Caerdydd \xc3\xa2"));

    for (const QString& writtenWith : {composed, decomposed}) {
        Result<QByteArray> file =
            IdentityFile::encode(m_identity, IdentityFile::passphrase(writtenWith), kFast);
        QVERIFY(file.ok());
        for (const QString& readWith : {composed, decomposed}) {
            Result<crypto::Identity> read =
                IdentityFile::decode(file.value(), IdentityFile::passphrase(readWith));
            QVERIFY(read.ok());
            QCOMPARE(read->card(), m_identity.card());
        }
    }
}

void TestIdentityFile::failedWriteLeavesNothing()
{
    QTemporaryDir dir;
    const crypto::SecureBytes passphrase = pass("correct horse");

    // A folder that does not exist.
    const QString missing = dir.filePath(QStringLiteral("no-such-folder/ceri.swid"));
    Status s = IdentityFile::write(missing, m_identity, passphrase, kFast);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().where, QDir::toNativeSeparators(missing));
    QCOMPARE(entriesOf(dir.path()), QStringList());

    // A path that is a folder, even when replacing is allowed.
    const QString folder = dir.filePath(QStringLiteral("a-folder"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("a-folder")));
    s = IdentityFile::write(folder, m_identity, passphrase, kFast, IdentityFile::Existing::Replace);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, ErrorKind::Failure);
    QCOMPARE(entriesOf(dir.path()), QStringList{QStringLiteral("a-folder")});
    QCOMPARE(entriesOf(folder), QStringList());

    // A folder that may not be written (meaningless for root, who may write anywhere).
    const QString locked = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("locked")));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QFile probe(locked + QStringLiteral("/probe"));
    if (probe.open(QIODevice::WriteOnly)) {
        probe.close();
        probe.remove();
        qInfo("running as a user who may write anywhere; read-only folder case not checked");
    } else {
        s = IdentityFile::write(locked + QStringLiteral("/ceri.swid"), m_identity, passphrase,
                                kFast);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Failure);
        QCOMPARE(entriesOf(locked), QStringList());
    }
    QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner));
}

void TestIdentityFile::existingFileIsKeptUnlessReplacing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ceri.swid"));
    QVERIFY(writeAll(path, "precious"));
    const crypto::SecureBytes passphrase = pass("correct horse");

    Status s = IdentityFile::write(path, m_identity, passphrase, kFast);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, ErrorKind::BadInput);
    QCOMPARE(readAll(path), QByteArray("precious"));

    s = IdentityFile::write(path, m_identity, passphrase, kFast, IdentityFile::Existing::Replace);
    QVERIFY(s.ok());
    QCOMPARE(entriesOf(dir.path()), QStringList{QStringLiteral("ceri.swid")});
    Result<crypto::Identity> read = IdentityFile::read(path, passphrase);
    QVERIFY(read.ok());
    QCOMPARE(read->card(), m_identity.card());
}

void TestIdentityFile::writerRefusesBadRequests()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ceri.swid"));
    const crypto::SecureBytes passphrase = pass("correct horse");

    Status s = IdentityFile::write(path, m_identity, crypto::SecureBytes(), kFast);
    QCOMPARE(s.error().kind, ErrorKind::Usage);
    s = IdentityFile::write(path, crypto::Identity(), passphrase, kFast);
    QCOMPARE(s.error().kind, ErrorKind::Usage);
    s = IdentityFile::write(path, m_identity, passphrase, PassphraseLimits{1, kFast.memLimit});
    QCOMPARE(s.error().kind, ErrorKind::Usage);
    s = IdentityFile::write(path, m_identity, passphrase,
                            PassphraseLimits{2, PassphraseLimits::MaxMem + 1});
    QCOMPARE(s.error().kind, ErrorKind::Usage);
    QCOMPARE(entriesOf(dir.path()), QStringList());
}

QTEST_GUILESS_MAIN(TestIdentityFile)
#include "tst_identityfile.moc"
