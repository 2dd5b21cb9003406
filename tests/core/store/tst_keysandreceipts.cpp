#include "bundle/BundleReader.h"
#include "bundle/BundleWriter.h"
#include "bundle/Receipt.h"
#include "crypto/Identity.h"
#include "crypto/Sodium.h"
#include "store/AuditLog.h"
#include "store/BundleLedger.h"
#include "store/Database.h"
#include "store/OwnIdentityRecords.h"
#include "store/RecipientsDirectory.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace sharewise;
using crypto::Identity;

class TestKeysAndReceipts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(crypto::initialise()); }
    void init();
    void cleanup() { m_db.reset(); }

    void directoryAddsFindsAndAudits();
    void differentKeyUnderAKnownNameIsFlagged();
    void verifyAndRevoke();
    void ownIdentityReplacementKeepsTheOld();
    void receiptRoundTrip();
    void receiptRefusals();

private:
    bundle::SealResult sealTo(const Identity& sender, const QList<crypto::KeyCard>& to,
                              const QString& name);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_n = 0;
};

void TestKeysAndReceipts::init()
{
    m_db = test::openHistory(m_dir.filePath(QStringLiteral("k%1.sqlite").arg(++m_n)));
    QVERIFY(m_db);
}

void TestKeysAndReceipts::directoryAddsFindsAndAudits()
{
    RecipientsDirectory dir(*m_db);
    const Identity ons = Identity::generate(QStringLiteral("Priya, ONS"));
    Result<RecipientKey> added =
        dir.add(ons.card(), QStringLiteral("Office for National Statistics"),
                QStringLiteral("Priya Shah"), false);
    QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    QCOMPARE(added->fingerprint, ons.card().fingerprint());
    QVERIFY(!added->isVerified());
    QCOMPARE(dir.find(QStringLiteral("priya shah"))->card, ons.card());
    QString spaced = ons.card().fingerprint().toUpper();
    QCOMPARE(dir.find(spaced)->contact, QStringLiteral("Priya Shah"));
    QVERIFY(dir.bySigningKey(ons.card().signingKey).has_value());
    QVERIFY(!dir.find(QStringLiteral("Nobody")));
    // Adding the same key again changes nothing.
    QVERIFY(dir.add(ons.card(), QStringLiteral("ONS"), QStringLiteral("P"), false));
    QCOMPARE(dir.list()->size(), 1);
    QCOMPARE(m_db->audit().entries(1, true)->first().action, QStringLiteral("recipient.added"));
}

void TestKeysAndReceipts::differentKeyUnderAKnownNameIsFlagged()
{
    RecipientsDirectory dir(*m_db);
    const Identity first = Identity::generate(QStringLiteral("Dai"));
    const Identity second = Identity::generate(QStringLiteral("Dai"));
    QVERIFY(dir.add(first.card(), QStringLiteral("DWP"), QStringLiteral("Dai Jones"), false));
    Result<RecipientKey> refused =
        dir.add(second.card(), QStringLiteral("dwp"), QStringLiteral("DAI JONES"), false);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Policy);
    QVERIFY(refused.error().message.startsWith(QLatin1String("WARNING")));
    QVERIFY(refused.error().message.contains(first.card().fingerprint()));
    QVERIFY(refused.error().message.contains(second.card().fingerprint()));
    QCOMPARE(dir.list()->size(), 1);
    QVERIFY(dir.add(second.card(), QStringLiteral("DWP"), QStringLiteral("Dai Jones"), true));
    QCOMPARE(dir.list()->size(), 2);
    QCOMPARE(m_db->audit().entries(1, true)->first().action,
             QStringLiteral("recipient.key_changed"));
    // Two keys now answer to the name: it is ambiguous, the fingerprint decides.
    QVERIFY(!dir.find(QStringLiteral("Dai Jones")));
}

void TestKeysAndReceipts::verifyAndRevoke()
{
    RecipientsDirectory dir(*m_db);
    const Identity k = Identity::generate(QStringLiteral("K"));
    QVERIFY(dir.add(k.card(), QStringLiteral("Partner"), QStringLiteral("Kim"), false));
    QVERIFY(dir.markVerified(k.card().fingerprint(), QStringLiteral("phone")));
    QVERIFY(dir.find(k.card().fingerprint())->isVerified());
    QCOMPARE(dir.find(k.card().fingerprint())->verifiedBy, QStringLiteral("tester"));
    QVERIFY(dir.revoke(k.card().fingerprint(), QStringLiteral("left the organisation")));
    QVERIFY(dir.find(k.card().fingerprint())->isRevoked());
    QVERIFY(!dir.find(QStringLiteral("Kim"))); // revoked keys are not found by name
    QCOMPARE(m_db->audit().entries(1, true)->first().action, QStringLiteral("recipient.revoked"));
    QVERIFY(m_db->audit().verify().intact);
}

void TestKeysAndReceipts::ownIdentityReplacementKeepsTheOld()
{
    OwnIdentityRecords own(*m_db);
    QVERIFY(!own.current());
    const Identity a = Identity::generate(QStringLiteral("Me"));
    const Identity b = Identity::generate(QStringLiteral("Me, new key"));
    QVERIFY(own.addCurrent(a.card(), QStringLiteral("keychain"), {}));
    QVERIFY(own.addCurrent(b.card(), QStringLiteral("file"), QStringLiteral("/secure/me.swid")));
    QCOMPARE(own.current()->card, b.card());
    const QList<OwnIdentityRecord> all = own.list().value();
    QCOMPARE(all.size(), 2);
    QVERIFY(all[0].current);
    QVERIFY(!all[1].current);
    QCOMPARE(all[1].card, a.card());
    QCOMPARE(m_db->audit().entries(1, true)->first().action, QStringLiteral("identity.replaced"));
}

bundle::SealResult TestKeysAndReceipts::sealTo(const Identity& sender,
                                               const QList<crypto::KeyCard>& to,
                                               const QString& name)
{
    QBuffer data;
    data.setData("a,b\n1,2\n");
    data.open(QIODevice::ReadOnly);
    bundle::SealParams p;
    p.sender = &sender;
    p.recipients = to;
    p.rowCount = 1;
    Result<bundle::SealResult> r = bundle::BundleWriter::seal(data, m_dir.filePath(name), p);
    return r ? r.value() : bundle::SealResult{};
}

void TestKeysAndReceipts::receiptRoundTrip()
{
    const Identity sender = Identity::generate(QStringLiteral("Sender"));
    const Identity alice = Identity::generate(QStringLiteral("Alice"));
    const bundle::SealResult sealed = sealTo(sender, {alice.card()}, QStringLiteral("r.swb"));
    QVERIFY(!sealed.file.isEmpty());
    BundleLedger ledger(*m_db);
    QVERIFY(ledger.recordSent(sealed));

    bundle::OpenParams o;
    o.identity = &alice;
    o.senderKnown = [](const crypto::KeyCard&) {
        return true;
    };
    Result<bundle::OpenedBundle> opened = bundle::BundleReader::open(sealed.file, o);
    QVERIFY(opened);
    const bundle::Receipt receipt = bundle::Receipt::issue(opened.value(), alice);
    Result<bundle::Receipt> parsed = bundle::Receipt::fromJson(receipt.toJson());
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    Result<BundleLedger::ImportedReceipt> imported = ledger.importReceipt(parsed.value());
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    QVERIFY(!imported->alreadyImported);
    QCOMPARE(m_db->audit().entries(1, true)->first().action, QStringLiteral("receipt.imported"));
    QVERIFY(ledger.importReceipt(parsed.value())->alreadyImported);
}

void TestKeysAndReceipts::receiptRefusals()
{
    const Identity sender = Identity::generate(QStringLiteral("Sender"));
    const Identity alice = Identity::generate(QStringLiteral("Alice"));
    const Identity mallory = Identity::generate(QStringLiteral("Mallory"));
    const bundle::SealResult sealed = sealTo(sender, {alice.card()}, QStringLiteral("r2.swb"));
    BundleLedger ledger(*m_db);
    QVERIFY(ledger.recordSent(sealed));
    bundle::OpenParams o;
    o.identity = &alice;
    o.senderKnown = [](const crypto::KeyCard&) {
        return true;
    };
    const bundle::OpenedBundle opened = bundle::BundleReader::open(sealed.file, o).value();

    // Signed by someone the bundle was not sent to.
    Result<BundleLedger::ImportedReceipt> r =
        ledger.importReceipt(bundle::Receipt::issue(opened, mallory));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::Verification);
    // An edited receipt no longer checks.
    bundle::Receipt edited = bundle::Receipt::issue(opened, alice);
    edited.dataHash[0] = static_cast<char>(edited.dataHash[0] ^ 1);
    QVERIFY(!edited.signatureChecks());
    QVERIFY(!bundle::Receipt::fromJson(edited.toJson()));
    // A receipt signed as something else (a bundle signature) does not pass.
    bundle::Receipt wrongContext = bundle::Receipt::issue(opened, alice);
    wrongContext.signature = alice.sign(crypto::SignContext::Bundle, wrongContext.statement());
    QVERIFY(!wrongContext.signatureChecks());
    // A receipt for a bundle this history never sent.
    const bundle::SealResult other = sealTo(sender, {alice.card()}, QStringLiteral("r3.swb"));
    const bundle::OpenedBundle otherOpened = bundle::BundleReader::open(other.file, o).value();
    r = ledger.importReceipt(bundle::Receipt::issue(otherOpened, alice));
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QLatin1String("no record")));
    QVERIFY(!bundle::Receipt::fromJson("{\"format\":\"something\"}"));
}

QTEST_GUILESS_MAIN(TestKeysAndReceipts)
#include "tst_keysandreceipts.moc"
