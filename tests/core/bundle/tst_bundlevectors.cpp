// The format's own test vectors (docs/bundle-format.md): bundles made from fixed
// identities, fixed randomness and a fixed clock must come out byte for byte the same,
// and the stored bundles must open. Run with SHAREWISE_WRITE_VECTORS=1 to (re)write
// tests/data/bundle-vectors/ — only ever for a new format version.
#include "bundle/BundleFormat.h"
#include "bundle/BundleReader.h"
#include "bundle/BundleWriter.h"
#include "common/Clock.h"
#include "crypto/Identity.h"
#include "crypto/Sodium.h"
#include "support/TestRandom.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace sharewise;
using namespace sharewise::bundle;

namespace {

constexpr qint64 kFixedTimeUs = 1764072000000000; // 2025-11-25T12:00:00Z

QByteArray patternData(int size)
{
    QByteArray d(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        d[i] = static_cast<char>((i * 31 + 7) % 251);
    return d;
}

struct Case
{
    QString name;
    int size;
    int recipients; // 0 = passphrase
};

QList<Case> cases()
{
    QList<Case> out;
    for (int size : {0, 1, 65535, 65536, 65537, 131072}) {
        out.append({QStringLiteral("r1-%1").arg(size), size, 1});
        out.append({QStringLiteral("r3-%1").arg(size), size, 3});
    }
    out.append({QStringLiteral("pass-0"), 0, 0});
    out.append({QStringLiteral("pass-65537"), 65537, 0});
    return out;
}

const char kPassphrase[] = "correct horse battery staple";

} // namespace

class TestBundleVectors : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void vectors();

private:
    QString m_folder;
    crypto::Identity m_sender;
    std::vector<crypto::Identity> m_recipients;
};

void TestBundleVectors::initTestCase()
{
    test::installSwitchableRandom();
    QVERIFY(crypto::initialise());
    Clock::setSourceForTesting([] { return kFixedTimeUs; });
    m_folder = qEnvironmentVariable("SHAREWISE_TEST_DATA") + QStringLiteral("/bundle-vectors");
    test::setDeterministicRandom(true, 1000);
    m_sender = crypto::Identity::generate(QStringLiteral("Vector sender"));
    for (const char* name : {"Vector recipient 1", "Vector recipient 2", "Vector recipient 3"})
        m_recipients.push_back(crypto::Identity::generate(QString::fromLatin1(name)));
    test::setDeterministicRandom(false);
}

void TestBundleVectors::cleanupTestCase()
{
    Clock::setSourceForTesting({});
}

void TestBundleVectors::vectors()
{
    const bool write = qEnvironmentVariableIntValue("SHAREWISE_WRITE_VECTORS") == 1;
    QJsonObject expected;
    if (!write) {
        QFile f(m_folder + QStringLiteral("/vectors.json"));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        expected = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(expected.value(QStringLiteral("sender"))
                     .toObject()
                     .value(QStringLiteral("card"))
                     .toString(),
                 m_sender.card().toText());
    }
    QTemporaryDir tmp;
    QJsonArray written;
    quint64 seed = 1;
    for (const Case& c : cases()) {
        QBuffer data;
        data.setData(patternData(c.size));
        data.open(QIODevice::ReadOnly);
        SealParams p;
        p.sender = &m_sender;
        for (int i = 0; i < c.recipients; ++i)
            p.recipients.append(m_recipients.at(i).card());
        if (c.recipients == 0) {
            p.passphrase = crypto::SecureBytes::copyOf(QByteArrayView(kPassphrase));
            p.opsLimit = kMinOpsLimit;
            p.memLimit = kMinMemLimit;
        }
        p.dataName = QStringLiteral("data.csv");
        p.rowCount = static_cast<quint64>(c.size / 100);
        const QString path =
            (write ? m_folder : tmp.path()) + QLatin1Char('/') + c.name + QStringLiteral(".swb");
        test::setDeterministicRandom(true, seed++);
        Result<SealResult> r = BundleWriter::seal(data, path, p);
        test::setDeterministicRandom(false);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString hash = QString::fromLatin1(crypto::Blake2b256::hash(f.readAll()).toHex());
        if (write) {
            written.append(QJsonObject{{QStringLiteral("name"), c.name},
                                       {QStringLiteral("dataLength"), c.size},
                                       {QStringLiteral("recipients"), c.recipients},
                                       {QStringLiteral("rows"), c.size / 100},
                                       {QStringLiteral("seed"), static_cast<qint64>(seed - 1)},
                                       {QStringLiteral("bundleBlake2b256"), hash}});
            continue;
        }
        QString want;
        for (const QJsonValue& v : expected.value(QStringLiteral("bundles")).toArray()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == c.name)
                want = v.toObject().value(QStringLiteral("bundleBlake2b256")).toString();
        }
        QVERIFY2(hash == want,
                 qPrintable(c.name + QStringLiteral(": the format's output changed")));
        // The stored vector opens, and gives the pattern back.
        OpenParams o;
        o.identity = c.recipients ? &m_recipients.back() : nullptr;
        if (c.recipients == 1)
            o.identity = &m_recipients.front();
        if (c.recipients == 0)
            o.passphrase = crypto::SecureBytes::copyOf(QByteArrayView(kPassphrase));
        o.senderKnown = [this](const crypto::KeyCard& k) {
            return k == m_sender.card();
        };
        o.dataOutput = tmp.filePath(c.name + QStringLiteral(".csv"));
        Result<OpenedBundle> opened =
            BundleReader::open(m_folder + QLatin1Char('/') + c.name + QStringLiteral(".swb"), o);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QFile out(o.dataOutput);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), patternData(c.size));
    }
    if (write) {
        QJsonObject doc{
            {QStringLiteral("format"), 1},
            {QStringLiteral("createdUs"), kFixedTimeUs},
            {QStringLiteral("passphrase"), QString::fromLatin1(kPassphrase)},
            {QStringLiteral("data"), QStringLiteral("byte i = (31 i + 7) mod 251")},
            {QStringLiteral("sender"),
             QJsonObject{{QStringLiteral("card"), m_sender.card().toText()},
                         {QStringLiteral("secretHex"),
                          QString::fromLatin1(
                              QByteArray(m_sender.exportSecret().view().toByteArray()).toHex())}}},
            {QStringLiteral("bundles"), written}};
        QJsonArray recipients;
        for (const crypto::Identity& r : std::as_const(m_recipients)) {
            recipients.append(QJsonObject{
                {QStringLiteral("card"), r.card().toText()},
                {QStringLiteral("secretHex"),
                 QString::fromLatin1(QByteArray(r.exportSecret().view().toByteArray()).toHex())}});
        }
        doc.insert(QStringLiteral("recipients"), recipients);
        QFile f(m_folder + QStringLiteral("/vectors.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        qInfo("wrote %lld vectors to %s", static_cast<long long>(written.size()),
              qPrintable(m_folder));
    }
}

QTEST_GUILESS_MAIN(TestBundleVectors)
#include "tst_bundlevectors.moc"
