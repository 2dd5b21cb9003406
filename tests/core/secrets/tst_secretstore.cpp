#include "SecretsTestHelpers.h"
#include "crypto/Sodium.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretStore.h"

#include <QSet>
#include <QTest>

#include <memory>

using namespace sharewise;
using namespace sharewise::secrets;
using namespace sharewise::secrets::test;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(sharewise::secrets::SecretProblem)
Q_DECLARE_METATYPE(sharewise::ErrorKind)

namespace {

// A backend that keeps each request unanswered until the test answers it, to check
// what the base class does with late and repeated answers.
class HeldStore : public SecretStore
{
public:
    CallHandle held;

protected:
    void startRead(const QString&, CallHandle call) override { held = std::move(call); }
    void startWrite(const QString&, const crypto::SecureBytes&, CallHandle call) override
    {
        held = std::move(call);
    }
    void startRemove(const QString&, CallHandle call) override { held = std::move(call); }
};

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(crypto::initialise()); }

    void roundTrip();
    void answersOnlyLater();
    void simulatedProblems_data();
    void simulatedProblems();
    void removingWhatIsNotThereSucceeds();
    void timeoutEndsAHungCall();
    void lateAndRepeatedAnswersAreIgnored();
    void destroyedContextIsNotCalledBack();
    void malformedRequestsAreRefused();
    void messagesArePlainAndDistinct();
};

void TestSecretStore::roundTrip()
{
    MemorySecretStore store;
    const QByteArray first("first\0secret", 12);
    StatusOutcome written;
    store.write(QStringLiteral("identity/abc"), secretOf(first), nullptr, written.callback());
    QTRY_COMPARE(written.calls, 1);
    QVERIFY(written.ok());
    QCOMPARE(written.problem, SecretProblem::None);

    ReadOutcome read;
    store.read(QStringLiteral("identity/abc"), nullptr, read.callback());
    QTRY_COMPARE(read.calls, 1);
    QVERIFY(read.ok());
    QCOMPARE(read.bytes(), first);

    StatusOutcome overwritten;
    store.write(QStringLiteral("identity/abc"), secretOf("second"), nullptr,
                overwritten.callback());
    QTRY_COMPARE(overwritten.calls, 1);
    QVERIFY(overwritten.ok());
    ReadOutcome reread;
    store.read(QStringLiteral("identity/abc"), nullptr, reread.callback());
    QTRY_COMPARE(reread.calls, 1);
    QCOMPARE(reread.bytes(), QByteArray("second"));
    QCOMPARE(store.size(), 1);

    StatusOutcome removed;
    store.remove(QStringLiteral("identity/abc"), nullptr, removed.callback());
    QTRY_COMPARE(removed.calls, 1);
    QVERIFY(removed.ok());
    QVERIFY(!store.contains(QStringLiteral("identity/abc")));

    ReadOutcome missing;
    store.read(QStringLiteral("identity/abc"), nullptr, missing.callback());
    QTRY_COMPARE(missing.calls, 1);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.problem, SecretProblem::EntryNotFound);
    QCOMPARE(missing.result->error().kind, ErrorKind::BadInput);
    QCOMPARE(missing.result->error().message,
             SecretStore::errorFor(SecretProblem::EntryNotFound).message);
}

void TestSecretStore::answersOnlyLater()
{
    MemorySecretStore store;
    StatusOutcome written;
    store.write(QStringLiteral("k"), secretOf("v"), nullptr, written.callback());
    QCOMPARE(written.calls, 0); // never from inside the call
    QTRY_COMPARE(written.calls, 1);
    QTest::qWait(20);
    QCOMPARE(written.calls, 1);
}

void TestSecretStore::simulatedProblems_data()
{
    QTest::addColumn<SecretProblem>("problem");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("no store") << SecretProblem::NoBackendAvailable << ErrorKind::Failure;
    QTest::newRow("access denied") << SecretProblem::AccessDenied << ErrorKind::Policy;
    QTest::newRow("not found") << SecretProblem::EntryNotFound << ErrorKind::BadInput;
    QTest::newRow("timeout") << SecretProblem::Timeout << ErrorKind::Failure;
    QTest::newRow("other") << SecretProblem::Other << ErrorKind::Failure;
}

void TestSecretStore::simulatedProblems()
{
    QFETCH(SecretProblem, problem);
    QFETCH(ErrorKind, kind);
    MemorySecretStore store;
    store.setTimeout(50ms); // a simulated timeout is a store that never answers
    StatusOutcome seeded;
    store.write(QStringLiteral("k"), secretOf("v"), nullptr, seeded.callback());
    QTRY_COMPARE(seeded.calls, 1);
    store.simulateProblem(problem);

    const Error expected = SecretStore::errorFor(problem, QStringLiteral("simulated"));
    QCOMPARE(expected.kind, kind);

    ReadOutcome read;
    store.read(QStringLiteral("k"), nullptr, read.callback());
    QTRY_COMPARE(read.calls, 1);
    QVERIFY(!read.ok());
    QCOMPARE(read.problem, problem);
    QCOMPARE(read.result->error().kind, kind);
    QCOMPARE(read.result->error().message, expected.message);

    StatusOutcome written;
    store.write(QStringLiteral("k"), secretOf("w"), nullptr, written.callback());
    QTRY_COMPARE(written.calls, 1);
    QVERIFY(!written.ok());
    QCOMPARE(written.problem, problem);
    QCOMPARE(written.status->error().message, expected.message);

    StatusOutcome removed;
    store.remove(QStringLiteral("k"), nullptr, removed.callback());
    QTRY_COMPARE(removed.calls, 1);
    if (problem == SecretProblem::EntryNotFound) {
        QVERIFY(removed.ok()); // gone is what remove() wants
    } else {
        QVERIFY(!removed.ok());
        QCOMPARE(removed.problem, problem);
        QCOMPARE(removed.status->error().message, expected.message);
    }

    // Nothing changed underneath, and the store works again once the problem is gone.
    store.simulateProblem(SecretProblem::None);
    ReadOutcome after;
    store.read(QStringLiteral("k"), nullptr, after.callback());
    QTRY_COMPARE(after.calls, 1);
    QCOMPARE(after.bytes(), QByteArray("v"));
}

void TestSecretStore::removingWhatIsNotThereSucceeds()
{
    MemorySecretStore store;
    StatusOutcome removed;
    store.remove(QStringLiteral("never-written"), nullptr, removed.callback());
    QTRY_COMPARE(removed.calls, 1);
    QVERIFY(removed.ok());
    QCOMPARE(removed.problem, SecretProblem::None);
}

void TestSecretStore::timeoutEndsAHungCall()
{
    MemorySecretStore store;
    QCOMPARE(store.timeout(), SecretStore::DefaultTimeout);
    QCOMPARE(SecretStore::DefaultTimeout, 30s);
    store.setTimeout(30ms);
    store.simulateProblem(SecretProblem::Timeout);
    ReadOutcome read;
    store.read(QStringLiteral("k"), nullptr, read.callback());
    QTest::qWait(5);
    QCOMPARE(read.calls, 0);
    QTRY_COMPARE(read.calls, 1);
    QCOMPARE(read.problem, SecretProblem::Timeout);
    QCOMPARE(read.result->error().message, SecretStore::errorFor(SecretProblem::Timeout).message);
}

void TestSecretStore::lateAndRepeatedAnswersAreIgnored()
{
    HeldStore store;
    store.setTimeout(30ms);
    ReadOutcome read;
    store.read(QStringLiteral("k"), nullptr, read.callback());
    QVERIFY(store.held);
    QTRY_COMPARE(read.calls, 1);
    QCOMPARE(read.problem, SecretProblem::Timeout);
    QVERIFY(store.held->isAnswered());
    store.held->answerSecret(secretOf("late"));
    QTest::qWait(20);
    QCOMPARE(read.calls, 1);
    QCOMPARE(read.problem, SecretProblem::Timeout);

    // Answered in time: the first answer wins and the timer no longer fires.
    ReadOutcome prompt;
    store.read(QStringLiteral("k"), nullptr, prompt.callback());
    store.held->answerSecret(secretOf("first"));
    store.held->answerProblem(SecretProblem::Other);
    QTRY_COMPARE(prompt.calls, 1);
    QTest::qWait(60);
    QCOMPARE(prompt.calls, 1);
    QCOMPARE(prompt.bytes(), QByteArray("first"));
}

void TestSecretStore::destroyedContextIsNotCalledBack()
{
    MemorySecretStore store;
    auto context = std::make_unique<QObject>();
    StatusOutcome written;
    store.write(QStringLiteral("k"), secretOf("v"), context.get(), written.callback());
    context.reset();
    QTest::qWait(30);
    QCOMPARE(written.calls, 0);
    QVERIFY(store.contains(QStringLiteral("k"))); // the write itself still happened

    // A living context is called back as usual.
    QObject alive;
    ReadOutcome read;
    store.read(QStringLiteral("k"), &alive, read.callback());
    QTRY_COMPARE(read.calls, 1);
    QCOMPARE(read.bytes(), QByteArray("v"));
}

void TestSecretStore::malformedRequestsAreRefused()
{
    MemorySecretStore store;
    StatusOutcome noKey;
    store.write(QString(), secretOf("v"), nullptr, noKey.callback());
    QTRY_COMPARE(noKey.calls, 1);
    QVERIFY(!noKey.ok());
    QCOMPARE(noKey.status->error().kind, ErrorKind::Usage);

    StatusOutcome noValue;
    store.write(QStringLiteral("k"), crypto::SecureBytes(), nullptr, noValue.callback());
    QTRY_COMPARE(noValue.calls, 1);
    QVERIFY(!noValue.ok());
    QCOMPARE(noValue.status->error().kind, ErrorKind::Usage);
    QCOMPARE(store.size(), 0);

    ReadOutcome read;
    store.read(QString(), nullptr, read.callback());
    QTRY_COMPARE(read.calls, 1);
    QCOMPARE(read.result->error().kind, ErrorKind::Usage);
}

void TestSecretStore::messagesArePlainAndDistinct()
{
    QSet<QString> seen;
    for (SecretProblem p :
         {SecretProblem::NoBackendAvailable, SecretProblem::AccessDenied,
          SecretProblem::EntryNotFound, SecretProblem::Timeout, SecretProblem::Other}) {
        const QString message = SecretStore::errorFor(p).message;
        QVERIFY(!message.isEmpty());
        QVERIFY2(message.endsWith(QLatin1Char('.')), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("QKeychain")), qPrintable(message));
        seen.insert(message);
    }
    QCOMPARE(seen.size(), 5);
    // The store's own words are kept only where they help support staff.
    QVERIFY(SecretStore::errorFor(SecretProblem::Other, QStringLiteral("D-Bus said no"))
                .message.contains(QLatin1String("D-Bus said no")));
    QVERIFY(!SecretStore::errorFor(SecretProblem::AccessDenied, QStringLiteral("D-Bus said no"))
                 .message.contains(QLatin1String("D-Bus")));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
