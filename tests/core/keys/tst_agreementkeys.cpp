#include "crypto/Identity.h"
#include "crypto/Sodium.h"
#include "keys/AgreementKeys.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace sharewise;
using namespace sharewise::keys;
using crypto::Identity;
using crypto::SecureBytes;

namespace {

const secrets::PassphraseLimits kFast = secrets::PassphraseLimits::interactive();

SecureBytes pass(const char* text)
{
    return SecureBytes::copyOf(QByteArrayView(text));
}

QByteArray bytes(const SecureBytes& s)
{
    return s.view().toByteArray();
}

} // namespace

class TestAgreementKeys : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup() { m_db.reset(); }

    void createGrantUnlockRoundTrip();
    void createRefusesASecondKey();
    void grantNeedsAGrantOrTheRecoveryPassphrase();
    void wrongRecoveryPassphraseIsRefused();
    void revokedPersonCanNoLongerUnlock();
    void handoverMovesEveryGrantAndIsAudited();
    void handoverIsAllOrNothing();
    void recoveryCopyExportAndImport();
    void recoveryCopyIsBoundToItsAgreement();
    void recoveryLimitsAreCheckedBeforeArgon2();
    void swappedSealedCopyIsRefused();
    void nothingSecretInTheDatabase();
    void referencesAreChecked();

private:
    QString createKey(const QString& agreement, const Identity& holder);
    int countAudit(const QString& action) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_path;
    Identity m_lead;  // the IG lead, who creates keys
    Identity m_alice; // officers
    Identity m_bob;
    Identity m_carol;
    int m_n = 0;
};

void TestAgreementKeys::initTestCase()
{
    QVERIFY(crypto::initialise());
    m_lead = Identity::generate(QStringLiteral("Lead, Information Governance"));
    m_alice = Identity::generate(QStringLiteral("Alice, Housing"));
    m_bob = Identity::generate(QStringLiteral("Bob, Housing"));
    m_carol = Identity::generate(QStringLiteral("Carol, Revenues"));
}

void TestAgreementKeys::init()
{
    m_path = m_dir.filePath(QStringLiteral("ak%1.sqlite").arg(++m_n));
    m_db = test::openHistory(m_path);
    QVERIFY(m_db);
}

QString TestAgreementKeys::createKey(const QString& agreement, const Identity& holder)
{
    AgreementKeys keys(*m_db);
    Result<AgreementKeyRecord> r =
        keys.create(agreement, holder.card(), QString(), pass("recovery words"), kFast);
    if (!r) {
        qWarning("create failed: %s", qPrintable(r.error().message));
        return {};
    }
    return r->keyId();
}

int TestAgreementKeys::countAudit(const QString& action) const
{
    int n = 0;
    const QList<AuditEntry> entries = m_db->audit().entries().value();
    for (const AuditEntry& e : entries)
        n += e.action == action ? 1 : 0;
    return n;
}

void TestAgreementKeys::createGrantUnlockRoundTrip()
{
    AgreementKeys keys(*m_db);
    QVERIFY(!createKey(QStringLiteral("DSA-2026-014"), m_lead).isEmpty());
    Result<SecureBytes> leadKey = keys.unlock(QStringLiteral("DSA-2026-014"), m_lead);
    QVERIFY2(leadKey, leadKey ? "" : qPrintable(leadKey.error().message));
    QCOMPARE(leadKey->size(), 32u);

    // The lead grants Alice with their own grant; Alice grants Bob with hers.
    KeyAccess asLead{&m_lead, nullptr};
    Result<AgreementKeyGrant> g = keys.grant(QStringLiteral("DSA-2026-014"), m_alice.card(),
                                             QStringLiteral("Alice Evans"), asLead);
    QVERIFY2(g, g ? "" : qPrintable(g.error().message));
    QCOMPARE(g->holder, QStringLiteral("Alice Evans"));
    QCOMPARE(g->fingerprint, m_alice.card().fingerprint());
    KeyAccess asAlice{&m_alice, nullptr};
    QVERIFY(keys.grant(QStringLiteral("DSA-2026-014"), m_bob.card(), QString(), asAlice));

    for (const Identity* who : {&m_lead, &m_alice, &m_bob}) {
        Result<SecureBytes> k = keys.unlock(QStringLiteral("DSA-2026-014"), *who);
        QVERIFY2(k, k ? "" : qPrintable(k.error().message));
        QCOMPARE(bytes(k.value()), bytes(leadKey.value())); // the same key for everyone
    }
    // Carol holds no grant.
    Result<SecureBytes> carol = keys.unlock(QStringLiteral("DSA-2026-014"), m_carol);
    QVERIFY(!carol);
    QCOMPARE(carol.error().code, QLatin1String(KeyError::NoGrant));
    QVERIFY(carol.error().message.contains(QLatin1String("DSA-2026-014")));
    // The recovery passphrase opens it too.
    Result<SecureBytes> recovered =
        keys.unlockWithRecovery(QStringLiteral("DSA-2026-014"), pass("recovery words"));
    QVERIFY(recovered);
    QCOMPARE(bytes(recovered.value()), bytes(leadKey.value()));

    // Another agreement has another key.
    QVERIFY(!createKey(QStringLiteral("DSA-2026-015"), m_lead).isEmpty());
    QVERIFY(bytes(keys.unlock(QStringLiteral("DSA-2026-015"), m_lead).value()) !=
            bytes(leadKey.value()));

    // Granting someone who holds it already changes nothing.
    const int granted = countAudit(QStringLiteral("agreement_key.granted"));
    QVERIFY(keys.grant(QStringLiteral("DSA-2026-014"), m_bob.card(), QString(), asAlice));
    QCOMPARE(countAudit(QStringLiteral("agreement_key.granted")), granted);

    QCOMPARE(keys.grants(QStringLiteral("DSA-2026-014"))->size(), 3);
    QCOMPARE(keys.list()->size(), 2);
    QCOMPARE(countAudit(QStringLiteral("agreement_key.created")), 2);
    QCOMPARE(granted, 2 + 2); // two first grants, Alice, Bob
    const AuditEntry last = m_db->audit().entries(1, true)->first();
    QCOMPARE(last.action, QStringLiteral("agreement_key.granted"));
    QCOMPARE(last.actor, QStringLiteral("tester"));
    QVERIFY(m_db->audit().verify().intact);
}

void TestAgreementKeys::createRefusesASecondKey()
{
    const QString id = createKey(QStringLiteral("DSA-1"), m_lead);
    QVERIFY(!id.isEmpty());
    AgreementKeys keys(*m_db);
    Result<SecureBytes> before = keys.unlock(QStringLiteral("DSA-1"), m_lead);
    Result<AgreementKeyRecord> again =
        keys.create(QStringLiteral(" DSA-1 "), m_alice.card(), QString(), pass("other"), kFast);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, ErrorKind::Policy);
    QCOMPARE(again.error().code, QLatin1String(KeyError::Exists));
    QVERIFY(again.error().message.contains(id));
    QCOMPARE(bytes(keys.unlock(QStringLiteral("DSA-1"), m_lead).value()), bytes(before.value()));
    QVERIFY(!keys.unlock(QStringLiteral("DSA-1"), m_alice));
    QCOMPARE(keys.list()->size(), 1);
}

void TestAgreementKeys::grantNeedsAGrantOrTheRecoveryPassphrase()
{
    QVERIFY(!createKey(QStringLiteral("DSA-2"), m_lead).isEmpty());
    AgreementKeys keys(*m_db);
    // Alice holds nothing and knows no passphrase: she cannot give the key to Bob.
    Result<AgreementKeyGrant> refused =
        keys.grant(QStringLiteral("DSA-2"), m_bob.card(), QString(), KeyAccess{&m_alice, nullptr});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QLatin1String(KeyError::NoGrant));
    QVERIFY(!keys.grant(QStringLiteral("DSA-2"), m_bob.card(), QString(), KeyAccess{}));
    QVERIFY(!keys.unlock(QStringLiteral("DSA-2"), m_bob));
    // With the recovery passphrase she can (her own identity tried first, then it).
    const SecureBytes recovery = pass("recovery words");
    Result<AgreementKeyGrant> g = keys.grant(QStringLiteral("DSA-2"), m_bob.card(), QString(),
                                             KeyAccess{&m_alice, &recovery});
    QVERIFY2(g, g ? "" : qPrintable(g.error().message));
    QVERIFY(keys.unlock(QStringLiteral("DSA-2"), m_bob));
    const AuditEntry last = m_db->audit().entries(1, true)->first();
    QCOMPARE(QJsonDocument::fromJson(*last.detail)[QStringLiteral("via")].toString(),
             QStringLiteral("recovery"));
    // A key that does not exist cannot be granted.
    Result<AgreementKeyGrant> none =
        keys.grant(QStringLiteral("DSA-404"), m_bob.card(), QString(), KeyAccess{&m_lead, nullptr});
    QVERIFY(!none);
    QCOMPARE(none.error().code, QLatin1String(KeyError::NotFound));
}

void TestAgreementKeys::wrongRecoveryPassphraseIsRefused()
{
    QVERIFY(!createKey(QStringLiteral("DSA-3"), m_lead).isEmpty());
    AgreementKeys keys(*m_db);
    Result<SecureBytes> r =
        keys.unlockWithRecovery(QStringLiteral("DSA-3"), pass("Recovery words"));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::Verification);
    QCOMPARE(r.error().code, QLatin1String(KeyError::WrongPassphrase));
    const SecureBytes wrong = pass("guess");
    Result<AgreementKeyGrant> g =
        keys.grant(QStringLiteral("DSA-3"), m_bob.card(), QString(), KeyAccess{nullptr, &wrong});
    QVERIFY(!g);
    QCOMPARE(g.error().code, QLatin1String(KeyError::WrongPassphrase));
    QCOMPARE(keys.grants(QStringLiteral("DSA-3"))->size(), 1);
}

void TestAgreementKeys::revokedPersonCanNoLongerUnlock()
{
    QVERIFY(!createKey(QStringLiteral("DSA-4"), m_lead).isEmpty());
    AgreementKeys keys(*m_db);
    QVERIFY(keys.grant(QStringLiteral("DSA-4"), m_alice.card(), QString(),
                       KeyAccess{&m_lead, nullptr}));
    QVERIFY(keys.unlock(QStringLiteral("DSA-4"), m_alice));
    QVERIFY(!keys.revoke(QStringLiteral("DSA-4"), m_alice.card().fingerprint(), QString()));
    QVERIFY(!keys.revoke(QStringLiteral("DSA-4"), m_carol.card().fingerprint(),
                         QStringLiteral("never had it")));
    // Fingerprints compare without spaces or case.
    QString fp = m_alice.card().fingerprint().toUpper();
    fp.remove(QLatin1Char(' '));
    Status s = keys.revoke(QStringLiteral("DSA-4"), fp, QStringLiteral("moved to another team"));
    QVERIFY2(s, s ? "" : qPrintable(s.error().message));

    Result<SecureBytes> r = keys.unlock(QStringLiteral("DSA-4"), m_alice);
    QVERIFY(!r);
    QCOMPARE(r.error().code, QLatin1String(KeyError::NoGrant));
    // Her sealed copy is gone from the register, not just marked: with the history file
    // and her identity she still cannot unwrap it.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT sealed_key IS NULL, revoke_reason FROM "
                                  "agreement_key_grants WHERE fingerprint = '%1'")
                       .arg(m_alice.card().fingerprint())));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toString(), QStringLiteral("moved to another team"));
    q.finish();
    // A revoked grant stays revoked, even by hand.
    QVERIFY(!test::rawSql(m_path, {QStringLiteral("UPDATE agreement_key_grants SET "
                                                  "revoked_at_us = NULL WHERE revoked_at_us IS "
                                                  "NOT NULL")})
                 .isEmpty());
    // Others still can; the history says who took it back, when and why.
    QVERIFY(keys.unlock(QStringLiteral("DSA-4"), m_lead));
    QCOMPARE(keys.grants(QStringLiteral("DSA-4"))->size(), 1);
    QCOMPARE(keys.grants(QStringLiteral("DSA-4"), true)->size(), 2);
    const AgreementKeyGrant revoked = keys.grants(QStringLiteral("DSA-4"), true)->last();
    QVERIFY(!revoked.isActive());
    QCOMPARE(revoked.revokedBy, QStringLiteral("tester"));
    const AuditEntry last = m_db->audit().entries(1, true)->first();
    QCOMPARE(last.action, QStringLiteral("agreement_key.revoked"));
    QCOMPARE(QJsonDocument::fromJson(*last.detail)[QStringLiteral("fingerprint")].toString(),
             m_alice.card().fingerprint());
    // She can be given it again (a new grant).
    QVERIFY(keys.grant(QStringLiteral("DSA-4"), m_alice.card(), QString(),
                       KeyAccess{&m_lead, nullptr}));
    QVERIFY(keys.unlock(QStringLiteral("DSA-4"), m_alice));
}

void TestAgreementKeys::handoverMovesEveryGrantAndIsAudited()
{
    AgreementKeys keys(*m_db);
    for (const char* ref : {"DSA-A", "DSA-B", "DSA-C"})
        QVERIFY(!createKey(QString::fromLatin1(ref), m_lead).isEmpty());
    const KeyAccess asLead{&m_lead, nullptr};
    QVERIFY(keys.grant(QStringLiteral("DSA-A"), m_alice.card(), QString(), asLead));
    QVERIFY(keys.grant(QStringLiteral("DSA-B"), m_alice.card(), QString(), asLead));
    QVERIFY(keys.grant(QStringLiteral("DSA-C"), m_bob.card(), QString(), asLead));
    // Bob already holds B too: his grant there stays as it is.
    QVERIFY(keys.grant(QStringLiteral("DSA-B"), m_bob.card(), QString(), asLead));
    const qint64 before = m_db->audit().entries()->size();

    // Alice leaves; she hands over herself, with her own identity.
    Result<Handover> h = keys.handOver(m_alice.card().fingerprint(), m_bob.card(),
                                       QStringLiteral("Bob Jones"), KeyAccess{&m_alice, nullptr});
    QVERIFY2(h, h ? "" : qPrintable(h.error().message));
    QCOMPARE(h->agreements, QStringList({QStringLiteral("DSA-A"), QStringLiteral("DSA-B")}));
    for (const char* ref : {"DSA-A", "DSA-B", "DSA-C"}) {
        QVERIFY2(keys.unlock(QString::fromLatin1(ref), m_bob), ref);
        QVERIFY2(!keys.unlock(QString::fromLatin1(ref), m_alice), ref);
    }
    QCOMPARE(keys.grants(QStringLiteral("DSA-B"))->size(), 2); // lead and Bob, once
    // Audited: a grant for A, two revocations, and the handover itself naming both.
    const QList<AuditEntry> all = m_db->audit().entries().value();
    QCOMPARE(all.size() - before, 4);
    const AuditEntry last = all.last();
    QCOMPARE(last.action, QStringLiteral("agreement_key.handed_over"));
    const QJsonObject detail = QJsonDocument::fromJson(*last.detail).object();
    QCOMPARE(detail[QStringLiteral("from")].toString(), m_alice.card().fingerprint());
    QCOMPARE(detail[QStringLiteral("to")].toString(), m_bob.card().fingerprint());
    QCOMPARE(detail[QStringLiteral("toHolder")].toString(), QStringLiteral("Bob Jones"));
    QCOMPARE(detail[QStringLiteral("agreements")].toArray().size(), 2);
    const AgreementKeyGrant revoked = keys.grants(QStringLiteral("DSA-A"), true)->at(1);
    QCOMPARE(revoked.fingerprint, m_alice.card().fingerprint());
    QVERIFY(revoked.revokeReason.contains(QLatin1String("Bob Jones")));
    QVERIFY(m_db->audit().verify().intact);

    // Nothing left to hand over.
    Result<Handover> again = keys.handOver(m_alice.card().fingerprint(), m_carol.card(), QString(),
                                           KeyAccess{&m_lead, nullptr});
    QVERIFY(!again);
    QCOMPARE(again.error().code, QLatin1String(KeyError::NoGrant));
}

void TestAgreementKeys::handoverIsAllOrNothing()
{
    AgreementKeys keys(*m_db);
    QVERIFY(!createKey(QStringLiteral("DSA-X"), m_lead).isEmpty());
    QVERIFY(!createKey(QStringLiteral("DSA-Y"), m_alice).isEmpty()); // the lead has no grant
    QVERIFY(keys.grant(QStringLiteral("DSA-X"), m_alice.card(), QString(),
                       KeyAccess{&m_lead, nullptr}));
    const qint64 before = m_db->audit().entries()->size();
    // The lead hands Alice's keys to Carol, but can unlock only X: nothing moves.
    Result<Handover> h = keys.handOver(m_alice.card().fingerprint(), m_carol.card(), QString(),
                                       KeyAccess{&m_lead, nullptr});
    QVERIFY(!h);
    QVERIFY2(h.error().message.contains(QLatin1String("DSA-Y")), qPrintable(h.error().message));
    QVERIFY(!keys.unlock(QStringLiteral("DSA-X"), m_carol));
    QVERIFY(keys.unlock(QStringLiteral("DSA-X"), m_alice));
    QVERIFY(keys.unlock(QStringLiteral("DSA-Y"), m_alice));
    QCOMPARE(m_db->audit().entries()->size(), before);
    // With the recovery passphrase as well, it goes through.
    const SecureBytes recovery = pass("recovery words");
    h = keys.handOver(m_alice.card().fingerprint(), m_carol.card(), QString(),
                      KeyAccess{&m_lead, &recovery});
    QVERIFY2(h, h ? "" : qPrintable(h.error().message));
    QVERIFY(keys.unlock(QStringLiteral("DSA-X"), m_carol));
    QVERIFY(keys.unlock(QStringLiteral("DSA-Y"), m_carol));
    QVERIFY(!keys.unlock(QStringLiteral("DSA-Y"), m_alice));
    // Leaver and successor must differ.
    QVERIFY(!keys.handOver(m_carol.card().fingerprint(), m_carol.card(), QString(),
                           KeyAccess{&m_carol, nullptr}));
}

void TestAgreementKeys::recoveryCopyExportAndImport()
{
    QVERIFY(!createKey(QStringLiteral("DSA-R"), m_lead).isEmpty());
    AgreementKeys keys(*m_db);
    const QByteArray original = bytes(keys.unlock(QStringLiteral("DSA-R"), m_lead).value());
    Result<QByteArray> copy = keys.exportRecovery(QStringLiteral("DSA-R"));
    QVERIFY(copy);
    QVERIFY(copy->startsWith("SHAREWISE-AGREEMENT-KEY"));
    QVERIFY(!copy->contains(original));
    QCOMPARE(m_db->audit().entries(1, true)->first().action,
             QStringLiteral("agreement_key.recovery_exported"));

    // A new register (the old one lost): the recovery copy puts the key back.
    std::unique_ptr<Database> other =
        test::openHistory(m_dir.filePath(QStringLiteral("new.sqlite")));
    AgreementKeys restored(*other);
    QVERIFY(!restored.importRecovery(copy.value(), pass("wrong")));
    Result<AgreementKeyRecord> r = restored.importRecovery(copy.value(), pass("recovery words"));
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QCOMPARE(r->agreement, QStringLiteral("DSA-R"));
    QCOMPARE(r->keyCheck, keys.find(QStringLiteral("DSA-R"))->keyCheck);
    QCOMPARE(other->audit().entries(1, true)->first().action,
             QStringLiteral("agreement_key.recovered"));
    // Nobody holds it there yet; the passphrase grants it.
    QVERIFY(!restored.unlock(QStringLiteral("DSA-R"), m_lead));
    const SecureBytes recovery = pass("recovery words");
    QVERIFY(restored.grant(QStringLiteral("DSA-R"), m_alice.card(), QString(),
                           KeyAccess{nullptr, &recovery}));
    QCOMPARE(bytes(restored.unlock(QStringLiteral("DSA-R"), m_alice).value()), original);
    // Importing again is harmless; another key for the same agreement is refused.
    QVERIFY(restored.importRecovery(copy.value(), pass("recovery words")));
    std::unique_ptr<Database> third = test::openHistory(m_dir.filePath(QStringLiteral("3.sqlite")));
    AgreementKeys thirdKeys(*third);
    QVERIFY(thirdKeys.create(QStringLiteral("DSA-R"), m_bob.card(), QString(),
                             pass("recovery words"), kFast));
    Result<AgreementKeyRecord> clash =
        thirdKeys.importRecovery(copy.value(), pass("recovery words"));
    QVERIFY(!clash);
    QCOMPARE(clash.error().code, QLatin1String(KeyError::WrongKey));
}

void TestAgreementKeys::recoveryCopyIsBoundToItsAgreement()
{
    const SecureBytes key = pass("0123456789abcdef0123456789abcdef");
    Result<QByteArray> copy =
        AgreementKeys::wrapForRecovery(QStringLiteral("DSA-7"), key, pass("pw"), kFast);
    QVERIFY(copy);
    QString named;
    Result<SecureBytes> back = AgreementKeys::unwrapRecovery(copy.value(), pass("pw"), &named);
    QVERIFY(back);
    QCOMPARE(named, QStringLiteral("DSA-7"));
    QCOMPARE(bytes(back.value()), bytes(key));
    // The reference is authenticated: renamed to another agreement, it no longer opens.
    QByteArray renamed = copy.value();
    renamed.replace("DSA-7", "DSA-8");
    QVERIFY(!AgreementKeys::unwrapRecovery(renamed, pass("pw")));
    // Every byte counts (sampled: the header and the tag).
    for (qsizetype i : {qsizetype(0), qsizetype(23), qsizetype(30), copy->size() - 1}) {
        QByteArray bad = copy.value();
        bad[i] = static_cast<char>(bad[i] ^ 1);
        QVERIFY2(!AgreementKeys::unwrapRecovery(bad, pass("pw")), qPrintable(QString::number(i)));
    }
    QVERIFY(!AgreementKeys::unwrapRecovery(copy->left(copy->size() - 1), pass("pw")));
}

void TestAgreementKeys::recoveryLimitsAreCheckedBeforeArgon2()
{
    Result<QByteArray> copy = AgreementKeys::wrapForRecovery(
        QStringLiteral("DSA-L"), pass("0123456789abcdef0123456789abcdef"), pass("pw"), kFast);
    QVERIFY(copy);
    const qsizetype memAt = 23 + 1 + 2 + 5 + 16 + 8;
    QByteArray huge = copy.value();
    qToBigEndian(quint64(64) << 30, huge.data() + memAt); // 64 GiB
    Result<SecureBytes> r = AgreementKeys::unwrapRecovery(huge, pass("pw"));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
    QVERIFY(r.error().message.contains(QLatin1String("outside the range")));
    // Writing refuses such limits too.
    QVERIFY(!AgreementKeys::wrapForRecovery(QStringLiteral("DSA-L"),
                                            pass("0123456789abcdef0123456789abcdef"), pass("pw"),
                                            {1, quint64(1) << 20}));
}

// Someone with write access to the history moves Alice's sealed copy of agreement A's
// key into her grant for B: she must not end up using A's key for B.
void TestAgreementKeys::swappedSealedCopyIsRefused()
{
    AgreementKeys keys(*m_db);
    QVERIFY(!createKey(QStringLiteral("DSA-A"), m_alice).isEmpty());
    QVERIFY(!createKey(QStringLiteral("DSA-B"), m_alice).isEmpty());
    const QString sql = QStringLiteral(
        "UPDATE agreement_key_grants SET sealed_key = (SELECT g.sealed_key FROM "
        "agreement_key_grants g JOIN agreement_keys k ON k.id = g.agreement_key_id WHERE "
        "k.agreement_ref = 'DSA-A') WHERE agreement_key_id = (SELECT id FROM agreement_keys "
        "WHERE agreement_ref = 'DSA-B')");
    QCOMPARE(test::rawSql(m_path, {sql}), QString());
    Result<SecureBytes> r = keys.unlock(QStringLiteral("DSA-B"), m_alice);
    QVERIFY(!r);
    QCOMPARE(r.error().code, QLatin1String(KeyError::WrongKey));
    QVERIFY(keys.unlock(QStringLiteral("DSA-A"), m_alice));
}

// The key never reaches the database, the WAL or the audit log in the clear: scan the
// files' bytes for it, and for its hex and base64 forms.
void TestAgreementKeys::nothingSecretInTheDatabase()
{
    AgreementKeys keys(*m_db);
    QVERIFY(!createKey(QStringLiteral("DSA-S"), m_lead).isEmpty());
    const KeyAccess asLead{&m_lead, nullptr};
    QVERIFY(keys.grant(QStringLiteral("DSA-S"), m_alice.card(), QString(), asLead));
    QVERIFY(keys.handOver(m_alice.card().fingerprint(), m_bob.card(), QString(), asLead));
    QVERIFY(
        keys.revoke(QStringLiteral("DSA-S"), m_bob.card().fingerprint(), QStringLiteral("test")));
    QVERIFY(keys.exportRecovery(QStringLiteral("DSA-S")));
    const QByteArray key = bytes(keys.unlock(QStringLiteral("DSA-S"), m_lead).value());
    QCOMPARE(key.size(), 32);
    QByteArray files = test::storedBytes(m_path);
    m_db.reset(); // checkpoints the WAL into the main file
    files += test::storedBytes(m_path);
    QVERIFY(files.size() > 4096);
    for (const QByteArray& form : {key, key.toHex(), key.toBase64(), key.left(16), key.mid(16)})
        QVERIFY2(!files.contains(form), form.toHex().constData());
    // The check: the same scan finds a value that is there (the key check, in hex in the
    // audit detail and raw in its table).
    m_db = test::openHistory(m_path);
    const QByteArray check = AgreementKeys(*m_db).find(QStringLiteral("DSA-S"))->keyCheck;
    QVERIFY(files.contains(check));
    QVERIFY(files.contains(check.toHex()));
}

void TestAgreementKeys::referencesAreChecked()
{
    AgreementKeys keys(*m_db);
    for (const QString& bad :
         {QString(), QStringLiteral("   "), QStringLiteral("two\nlines"), QString(201, u'x')}) {
        Result<AgreementKeyRecord> r =
            keys.create(bad, m_lead.card(), QString(), pass("pw"), kFast);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Usage);
    }
    // A tampered card is refused.
    crypto::KeyCard forged = m_alice.card();
    forged.receivingKey = m_bob.card().receivingKey;
    QVERIFY(!keys.create(QStringLiteral("DSA-F"), forged, QString(), pass("pw"), kFast));
    QVERIFY(!keys.create(QStringLiteral("DSA-F"), m_alice.card(), QString(), pass(""), kFast));
    QCOMPARE(keys.list()->size(), 0);
    QCOMPARE(countAudit(QStringLiteral("agreement_key.created")), 0);
}

QTEST_GUILESS_MAIN(TestAgreementKeys)
#include "tst_agreementkeys.moc"
