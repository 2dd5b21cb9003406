#include "SecretsTestHelpers.h"
#include "crypto/Identity.h"
#include "crypto/Sodium.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/OwnIdentities.h"

#include <QTest>

using namespace sharewise;
using namespace sharewise::secrets;
using namespace sharewise::secrets::test;

class TestOwnIdentities : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(crypto::initialise()); }

    void keyForNormalisesTheFingerprint();
    void createThenLoadGivesTheSameIdentity();
    void loadingAMissingIdentityNamesIt();
    void anEntryHoldingAnotherIdentityIsRefused();
    void aDamagedEntryIsRefused();
    void removeThenLoadFindsNothing();
    void badFingerprintsAndNamesAreRefused();
    void storeProblemsPassThrough();
};

void TestOwnIdentities::keyForNormalisesTheFingerprint()
{
    const crypto::Identity id = crypto::Identity::generate(QStringLiteral("Ceri"));
    const QString shown = id.card().fingerprint();
    QVERIFY(shown.contains(QLatin1Char(' ')));
    QString plain = shown;
    plain.remove(QLatin1Char(' '));
    const QString key = OwnIdentities::keyFor(shown);
    QCOMPARE(key, QStringLiteral("identity/") + plain);
    QCOMPARE(OwnIdentities::keyFor(plain.toUpper()), key);
    QCOMPARE(OwnIdentities::keyFor(QString(shown).replace(QLatin1Char(' '), QLatin1Char('-'))),
             key);
    QVERIFY(OwnIdentities::keyFor(QStringLiteral("abcd")).isEmpty());
    QVERIFY(OwnIdentities::keyFor(QString()).isEmpty());
}

void TestOwnIdentities::createThenLoadGivesTheSameIdentity()
{
    MemorySecretStore store;
    OwnIdentities own(store);
    IdentityOutcome created;
    own.create(QStringLiteral("  Ceri Jones "), nullptr, created.callback());
    QCOMPARE(created.calls, 0);
    QTRY_COMPARE(created.calls, 1);
    QVERIFY(created.ok());
    const crypto::Identity& made = created.result->value();
    QCOMPARE(made.card().name, QStringLiteral("Ceri Jones"));
    QVERIFY(store.contains(OwnIdentities::keyFor(made.card().fingerprint())));
    QCOMPARE(store.size(), 1);

    IdentityOutcome loaded;
    own.load(made.card().fingerprint(), nullptr, loaded.callback());
    QTRY_COMPARE(loaded.calls, 1);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.result->error().message));
    const crypto::Identity& back = loaded.result->value();
    QCOMPARE(back.card(), made.card());
    QVERIFY(back.card().isCertified());

    // Each signs what the other verifies: the same secret keys came back.
    const QByteArray message("share 42");
    QVERIFY(crypto::Identity::verify(made.card().signingKey, crypto::SignContext::Approval, message,
                                     back.sign(crypto::SignContext::Approval, message)));
    QVERIFY(crypto::Identity::verify(back.card().signingKey, crypto::SignContext::Approval, message,
                                     made.sign(crypto::SignContext::Approval, message)));
    QVERIFY(!crypto::Identity::verify(back.card().signingKey, crypto::SignContext::Bundle, message,
                                      made.sign(crypto::SignContext::Approval, message)));
    QVERIFY(back.receivingSecret() == made.receivingSecret());

    // save() of an identity that exists already (say, opened from a file).
    MemorySecretStore other;
    OwnIdentities elsewhere(other);
    StatusOutcome saved;
    elsewhere.save(back, nullptr, saved.callback());
    QTRY_COMPARE(saved.calls, 1);
    QVERIFY(saved.ok());
    IdentityOutcome again;
    elsewhere.load(made.card().fingerprint(), nullptr, again.callback());
    QTRY_COMPARE(again.calls, 1);
    QVERIFY(again.ok());
    QCOMPARE(again.result->value().card(), made.card());
}

void TestOwnIdentities::loadingAMissingIdentityNamesIt()
{
    MemorySecretStore store;
    OwnIdentities own(store);
    const crypto::Identity id = crypto::Identity::generate(QStringLiteral("Ceri"));
    IdentityOutcome loaded;
    own.load(id.card().fingerprint(), nullptr, loaded.callback());
    QTRY_COMPARE(loaded.calls, 1);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.problem, SecretProblem::EntryNotFound);
    QCOMPARE(loaded.result->error().kind, ErrorKind::BadInput);
    QVERIFY2(loaded.result->error().message.contains(id.card().fingerprint()),
             qPrintable(loaded.result->error().message));
}

void TestOwnIdentities::anEntryHoldingAnotherIdentityIsRefused()
{
    MemorySecretStore store;
    OwnIdentities own(store);
    const crypto::Identity a = crypto::Identity::generate(QStringLiteral("A"));
    const crypto::Identity b = crypto::Identity::generate(QStringLiteral("B"));
    StatusOutcome planted;
    store.write(OwnIdentities::keyFor(a.card().fingerprint()), b.exportSecret(), nullptr,
                planted.callback());
    QTRY_COMPARE(planted.calls, 1);

    IdentityOutcome loaded;
    own.load(a.card().fingerprint(), nullptr, loaded.callback());
    QTRY_COMPARE(loaded.calls, 1);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.result->error().kind, ErrorKind::Verification);
}

void TestOwnIdentities::aDamagedEntryIsRefused()
{
    MemorySecretStore store;
    OwnIdentities own(store);
    const crypto::Identity a = crypto::Identity::generate(QStringLiteral("A"));
    crypto::SecureBytes secret = a.exportSecret();
    secret.data()[5] ^= 0x01; // a different signing secret than the card names
    StatusOutcome planted;
    store.write(OwnIdentities::keyFor(a.card().fingerprint()), secret, nullptr, planted.callback());
    QTRY_COMPARE(planted.calls, 1);

    IdentityOutcome loaded;
    own.load(a.card().fingerprint(), nullptr, loaded.callback());
    QTRY_COMPARE(loaded.calls, 1);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.result->error().kind, ErrorKind::BadInput);
}

void TestOwnIdentities::removeThenLoadFindsNothing()
{
    MemorySecretStore store;
    OwnIdentities own(store);
    IdentityOutcome created;
    own.create(QStringLiteral("Ceri"), nullptr, created.callback());
    QTRY_COMPARE(created.calls, 1);
    const QString fingerprint = created.result->value().card().fingerprint();

    StatusOutcome removed;
    own.remove(fingerprint, nullptr, removed.callback());
    QTRY_COMPARE(removed.calls, 1);
    QVERIFY(removed.ok());
    QCOMPARE(store.size(), 0);

    StatusOutcome removedAgain;
    own.remove(fingerprint, nullptr, removedAgain.callback());
    QTRY_COMPARE(removedAgain.calls, 1);
    QVERIFY(removedAgain.ok());

    IdentityOutcome loaded;
    own.load(fingerprint, nullptr, loaded.callback());
    QTRY_COMPARE(loaded.calls, 1);
    QCOMPARE(loaded.problem, SecretProblem::EntryNotFound);
}

void TestOwnIdentities::badFingerprintsAndNamesAreRefused()
{
    MemorySecretStore store;
    OwnIdentities own(store);

    IdentityOutcome loaded;
    own.load(QStringLiteral("not a fingerprint!"), nullptr, loaded.callback());
    QCOMPARE(loaded.calls, 0);
    QTRY_COMPARE(loaded.calls, 1);
    QCOMPARE(loaded.result->error().kind, ErrorKind::BadInput);

    StatusOutcome removed;
    own.remove(QStringLiteral("abcd efgh"), nullptr, removed.callback());
    QTRY_COMPARE(removed.calls, 1);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.status->error().kind, ErrorKind::BadInput);

    IdentityOutcome unnamed;
    own.create(QStringLiteral("   "), nullptr, unnamed.callback());
    QTRY_COMPARE(unnamed.calls, 1);
    QCOMPARE(unnamed.result->error().kind, ErrorKind::Usage);

    IdentityOutcome tooLong;
    own.create(QString(600, QLatin1Char('x')), nullptr, tooLong.callback());
    QTRY_COMPARE(tooLong.calls, 1);
    QCOMPARE(tooLong.result->error().kind, ErrorKind::Usage);

    StatusOutcome saved;
    own.save(crypto::Identity(), nullptr, saved.callback());
    QTRY_COMPARE(saved.calls, 1);
    QCOMPARE(saved.status->error().kind, ErrorKind::Usage);
    QCOMPARE(store.size(), 0);
}

void TestOwnIdentities::storeProblemsPassThrough()
{
    MemorySecretStore store;
    OwnIdentities own(store);
    store.simulateProblem(SecretProblem::AccessDenied);
    IdentityOutcome created;
    own.create(QStringLiteral("Ceri"), nullptr, created.callback());
    QTRY_COMPARE(created.calls, 1);
    QVERIFY(!created.ok());
    QCOMPARE(created.problem, SecretProblem::AccessDenied);
    QCOMPARE(created.result->error().message,
             SecretStore::errorFor(SecretProblem::AccessDenied).message);

    store.simulateProblem(SecretProblem::NoBackendAvailable);
    IdentityOutcome loaded;
    own.load(crypto::Identity::generate(QStringLiteral("x")).card().fingerprint(), nullptr,
             loaded.callback());
    QTRY_COMPARE(loaded.calls, 1);
    QCOMPARE(loaded.problem, SecretProblem::NoBackendAvailable);
    QCOMPARE(loaded.result->error().kind, ErrorKind::Failure);
}

QTEST_GUILESS_MAIN(TestOwnIdentities)
#include "tst_ownidentities.moc"
