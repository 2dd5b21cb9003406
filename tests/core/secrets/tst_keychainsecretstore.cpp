#include "SecretsTestHelpers.h"
#include "crypto/Sodium.h"
#include "secrets/KeychainSecretStore.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <sodium.h>

using namespace sharewise;
using namespace sharewise::secrets;
using namespace sharewise::secrets::test;
using namespace std::chrono_literals;

// Integration test against a real Secret Service (GNOME Keyring). CTest runs it through
// run_with_keyring.sh, which gives it a private session bus and a fresh unlocked keyring;
// every run uses its own service name as well.
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void writeReadOverwriteRemove();
    void servicesAreSeparate();
    void withoutAStoreTheUserIsTold();

private:
    // Reads through a new store object each time, so nothing can come from a cache.
    ReadOutcome readFresh(const QString& service, const QString& key);
    QString m_service;
    bool m_withoutKeyring = false;
};

void TestKeychainSecretStore::initTestCase()
{
    QVERIFY(crypto::initialise());
    m_withoutKeyring = qEnvironmentVariableIsSet("SHAREWISE_TEST_NO_KEYRING");
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run this test through tests/core/secrets/run_with_keyring.sh (ctest does)");
    m_service = QStringLiteral("sharewise-test-") + QUuid::createUuid().toString(QUuid::Id128);
}

ReadOutcome TestKeychainSecretStore::readFresh(const QString& service, const QString& key)
{
    KeychainSecretStore store(service);
    store.setTimeout(20s);
    ReadOutcome read;
    store.read(key, nullptr, read.callback());
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(read.calls, 1, 25000);
    }();
    return read;
}

void TestKeychainSecretStore::writeReadOverwriteRemove()
{
    if (m_withoutKeyring)
        QSKIP("run without a keyring");
    KeychainSecretStore store(m_service);
    QCOMPARE(store.service(), m_service);
    QCOMPARE(KeychainSecretStore().service(), QStringLiteral("Sharewise"));
    store.setTimeout(20s);
    const QString key = QStringLiteral("identity/test");

    // Binary, with zero bytes and every byte value, as an exported identity is.
    QByteArray first(300, Qt::Uninitialized);
    randombytes_buf(first.data(), static_cast<size_t>(first.size()));
    first[0] = '\0';
    first[10] = '\0';

    StatusOutcome written;
    store.write(key, secretOf(first), nullptr, written.callback());
    QTRY_COMPARE_WITH_TIMEOUT(written.calls, 1, 25000);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.status->error().message));

    ReadOutcome read = readFresh(m_service, key);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.result->error().message));
    QCOMPARE(read.bytes(), first);

    // It is really in the keyring: ask it with another program when there is one.
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (!secretTool.isEmpty()) {
        QProcess lookup;
        lookup.start(secretTool, {QStringLiteral("lookup"), QStringLiteral("server"), m_service,
                                  QStringLiteral("user"), key});
        QVERIFY(lookup.waitForFinished(20000));
        QCOMPARE(lookup.exitCode(), 0);
        // QtKeychain keeps binary data in the Secret Service as base64 text.
        QCOMPARE(QByteArray::fromBase64(lookup.readAllStandardOutput().trimmed()), first);
    } else {
        qInfo("secret-tool not installed; the keyring was not asked directly");
    }

    StatusOutcome overwritten;
    store.write(key, secretOf("second secret"), nullptr, overwritten.callback());
    QTRY_COMPARE_WITH_TIMEOUT(overwritten.calls, 1, 25000);
    QVERIFY(overwritten.ok());
    ReadOutcome reread = readFresh(m_service, key);
    QVERIFY(reread.ok());
    QCOMPARE(reread.bytes(), QByteArray("second secret"));

    StatusOutcome removed;
    store.remove(key, nullptr, removed.callback());
    QTRY_COMPARE_WITH_TIMEOUT(removed.calls, 1, 25000);
    QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : removed.status->error().message));

    ReadOutcome missing = readFresh(m_service, key);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.problem, SecretProblem::EntryNotFound);
    QCOMPARE(missing.result->error().kind, ErrorKind::BadInput);
    QCOMPARE(missing.result->error().message,
             SecretStore::errorFor(SecretProblem::EntryNotFound).message);

    StatusOutcome removedAgain;
    store.remove(key, nullptr, removedAgain.callback());
    QTRY_COMPARE_WITH_TIMEOUT(removedAgain.calls, 1, 25000);
    QVERIFY(removedAgain.ok());
}

void TestKeychainSecretStore::servicesAreSeparate()
{
    if (m_withoutKeyring)
        QSKIP("run without a keyring");
    KeychainSecretStore store(m_service);
    store.setTimeout(20s);
    const QString key = QStringLiteral("identity/separate");
    StatusOutcome written;
    store.write(key, secretOf("mine"), nullptr, written.callback());
    QTRY_COMPARE_WITH_TIMEOUT(written.calls, 1, 25000);
    QVERIFY(written.ok());

    ReadOutcome elsewhere = readFresh(m_service + QStringLiteral("-other"), key);
    QCOMPARE(elsewhere.problem, SecretProblem::EntryNotFound);
    QCOMPARE(readFresh(m_service, key).bytes(), QByteArray("mine"));

    StatusOutcome removed;
    store.remove(key, nullptr, removed.callback());
    QTRY_COMPARE_WITH_TIMEOUT(removed.calls, 1, 25000);
    QVERIFY(removed.ok());
}

// On a session with no Secret Service the user is told there is no password store (and
// can be offered an identity file), not shown a D-Bus error.
void TestKeychainSecretStore::withoutAStoreTheUserIsTold()
{
    if (!m_withoutKeyring)
        QSKIP("needs run_with_keyring.sh --without-keyring (a separate CTest entry)");
    KeychainSecretStore store(m_service);
    store.setTimeout(20s);
    StatusOutcome written;
    store.write(QStringLiteral("identity/none"), secretOf("x"), nullptr, written.callback());
    QTRY_COMPARE_WITH_TIMEOUT(written.calls, 1, 25000);
    QVERIFY(!written.ok());
    QCOMPARE(written.problem, SecretProblem::NoBackendAvailable);
    QCOMPARE(written.status->error().message,
             SecretStore::errorFor(SecretProblem::NoBackendAvailable).message);

    ReadOutcome read = readFresh(m_service, QStringLiteral("identity/none"));
    QCOMPARE(read.problem, SecretProblem::NoBackendAvailable);
    QCOMPARE(read.result->error().kind, ErrorKind::Failure);
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
