#include "MainWindow.h"
#include "common/AppSettings.h"
#include "common/Translations.h"
#include "crypto/Sodium.h"
#include "keys/AgreementKeys.h"
#include "keys/AgreementKeysDialog.h"
#include "keys/CreateKeyDialog.h"
#include "keys/KeyActionDialogs.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/OwnIdentities.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/OwnIdentityRecords.h"
#include "store/RecipientsDirectory.h"
#include "support/TestSupport.h"
#include "widgets/Dialogs.h"
#include "widgets/ErrorSummary.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace sharewise;
using namespace sharewise::ui;
using namespace Qt::StringLiterals;

namespace {

const QString kPassphrase = u"correct horse battery staple"_s;
const QString kReference = u"DSA-2026-014"_s;

// Runs `act` on the next modal dialog of type T (which a click is about to open and
// `exec()` waits on), once.
template <typename T>
void onNextModal(QObject* owner, std::function<void(T*)> act)
{
    auto* timer = new QTimer(owner);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, owner, [timer, act] {
        if (auto* d = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(d);
        }
    });
    timer->start();
}

QList<AuditEntry> entriesOf(Database& db, const QString& action)
{
    QList<AuditEntry> out;
    Result<QList<AuditEntry>> all = db.audit().entries();
    if (!all)
        return out;
    for (const AuditEntry& e : all.value()) {
        if (e.action == action)
            out << e;
    }
    return out;
}

QJsonObject detailOf(const AuditEntry& e)
{
    return QJsonDocument::fromJson(e.detail.value_or(QByteArray())).object();
}

} // namespace

class TestAgreementKeysDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void explanationMustBeAcknowledgedBeforeCreating();
    void passphraseMustBeLongAndTypedTwice();
    void createListsTheCreatorAsHolderAndIsAudited();
    void grantToARecipientIsListedAndAudited();
    void revokeWithAReasonIsShownRevoked();
    void exportWritesTheRecoveryCopy();
    void importIntoAFreshHistoryIsListedAndCanBeGiven();
    void handOverMovesEveryKeyOfALeaver();
    void withoutAnIdentitySaysWhatToDo();
    void identityInTheStoreIsLoaded();
    void reachableFromTheSettingsMenu();

private:
    std::shared_ptr<const crypto::Identity> makeCurrentIdentity(Database& db, const QString& name);
    void createKey(AgreementKeysDialog& d, const QString& reference,
                   const QString& saveRecoveryTo = {});
    std::unique_ptr<AgreementKeysDialog> openDialog(Database& db);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<secrets::MemorySecretStore> m_store;
    std::shared_ptr<const crypto::Identity> m_me;
};

void TestAgreementKeysDialog::initTestCase()
{
    QVERIFY(crypto::initialise());
    Dialogs::setRecordMessagesForTesting(true);
}

void TestAgreementKeysDialog::init()
{
    static int n = 0;
    m_db = test::openHistory(m_dir.filePath(u"h%1.sqlite"_s.arg(++n)), u"login:sian"_s);
    QVERIFY(m_db);
    m_store = std::make_unique<secrets::MemorySecretStore>();
    Translations::apply(u"en"_s);
    m_me = makeCurrentIdentity(*m_db, u"Siân Evans, Gwynedd Council"_s);
    QVERIFY(m_me);
    m_db->setSigner(m_me.get()); // as the main window does
}

void TestAgreementKeysDialog::cleanup()
{
    if (m_db)
        m_db->setSigner(nullptr);
    m_db.reset();
    m_store.reset();
    m_me.reset();
}

std::shared_ptr<const crypto::Identity>
TestAgreementKeysDialog::makeCurrentIdentity(Database& db, const QString& name)
{
    secrets::OwnIdentities identities(*m_store);
    std::optional<Result<crypto::Identity>> made;
    identities.create(name, this, [&made](Result<crypto::Identity> id, secrets::SecretProblem) {
        made = std::move(id);
    });
    if (!QTest::qWaitFor([&] { return made.has_value(); }) || !*made)
        return nullptr;
    if (!OwnIdentityRecords(db).addCurrent((*made)->card(), u"keychain"_s, QString()))
        return nullptr;
    return std::make_shared<const crypto::Identity>(std::move(*made).value());
}

std::unique_ptr<AgreementKeysDialog> TestAgreementKeysDialog::openDialog(Database& db)
{
    auto d = std::make_unique<AgreementKeysDialog>(db, *m_store);
    d->setRecoveryLimits(secrets::PassphraseLimits::interactive());
    d->setSessionIdentity(m_me);
    d->show();
    return d;
}

void TestAgreementKeysDialog::createKey(AgreementKeysDialog& d, const QString& reference,
                                        const QString& saveRecoveryTo)
{
    bool ran = false;
    onNextModal<CreateKeyDialog>(this, [&](CreateKeyDialog* c) {
        ran = true;
        QTest::keyClicks(c->referenceEdit(), reference);
        c->understoodBox()->setChecked(true);
        QTest::mouseClick(c->nextButton(), Qt::LeftButton);
        QCOMPARE(c->page(), CreateKeyDialog::Page::Passphrase);
        QTest::keyClicks(c->passphraseEdit(), kPassphrase);
        QTest::keyClicks(c->repeatEdit(), kPassphrase);
        QTest::mouseClick(c->createButton(), Qt::LeftButton);
        // Argon2id runs off the GUI thread: the window is busy, the key not made yet.
        QVERIFY(c->isBusy());
        QVERIFY(c->passphraseEdit()->text().isEmpty());
        QVERIFY(c->repeatEdit()->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!c->isBusy(), 20000);
        QCOMPARE(c->page(), CreateKeyDialog::Page::Done);
        if (!saveRecoveryTo.isEmpty()) {
            Dialogs::setNextFileNameForTesting(saveRecoveryTo);
            QTest::mouseClick(c->saveRecoveryButton(), Qt::LeftButton);
            QVERIFY(c->errorSummary()->problems().isEmpty());
        }
        c->reject();
    });
    QTest::mouseClick(d.createButton(), Qt::LeftButton);
    QVERIFY(ran);
}

void TestAgreementKeysDialog::explanationMustBeAcknowledgedBeforeCreating()
{
    CreateKeyDialog c(*m_db, m_me->card(), m_me);
    c.setRecoveryLimits(secrets::PassphraseLimits::interactive());
    c.show();
    QCOMPARE(c.page(), CreateKeyDialog::Page::Explain);
    // What the key means is said before anything is asked.
    QString shown;
    for (QLabel* l : c.findChildren<QLabel*>())
        shown += l->text() + u'\n';
    QVERIFY(shown.contains(u"Pseudonymised data is still personal data"_s));
    QVERIFY(shown.contains(u"trying every possible NHS number"_s));
    QVERIFY(shown.contains(u"If every copy of the key is lost, new shares can never be linked"_s));
    QVERIFY(shown.contains(u"keeps apart from this computer"_s));
    QVERIFY(!c.understoodBox()->isChecked());

    // No reference: a problem, still on the explanation.
    QTest::mouseClick(c.nextButton(), Qt::LeftButton);
    QCOMPARE(c.page(), CreateKeyDialog::Page::Explain);
    QCOMPARE(c.errorSummary()->problems().size(), 1);

    // A reference, but not acknowledged: refused.
    QTest::keyClicks(c.referenceEdit(), kReference);
    QTest::mouseClick(c.nextButton(), Qt::LeftButton);
    QCOMPARE(c.page(), CreateKeyDialog::Page::Explain);
    QVERIFY(c.errorSummary()->problems().value(0).contains(u"Confirm that you have read"_s));
    c.createKey(); // not reachable from here
    QVERIFY(!c.isBusy());
    QVERIFY(keys::AgreementKeys(*m_db).list()->isEmpty());

    // Acknowledged: on to the passphrase.
    QTest::mouseClick(c.understoodBox(), Qt::LeftButton, {},
                      QPoint(8, c.understoodBox()->height() / 2)); // on the box itself
    QVERIFY(c.understoodBox()->isChecked());
    QTest::mouseClick(c.nextButton(), Qt::LeftButton);
    QCOMPARE(c.page(), CreateKeyDialog::Page::Passphrase);
    QVERIFY(c.errorSummary()->problems().isEmpty());

    // An agreement that has a key already is refused on the first page.
    QVERIFY(keys::AgreementKeys(*m_db).create(u"DSA-OLD"_s, m_me->card(), m_me->card().name,
                                              secrets::IdentityFile::passphrase(kPassphrase),
                                              secrets::PassphraseLimits::interactive()));
    CreateKeyDialog again(*m_db, m_me->card(), m_me);
    again.show();
    again.setReference(u"DSA-OLD"_s);
    again.understoodBox()->setChecked(true);
    again.next();
    QCOMPARE(again.page(), CreateKeyDialog::Page::Explain);
    QVERIFY(again.errorSummary()->problems().value(0).contains(u"already has"_s));
}

void TestAgreementKeysDialog::passphraseMustBeLongAndTypedTwice()
{
    CreateKeyDialog c(*m_db, m_me->card(), m_me);
    c.setRecoveryLimits(secrets::PassphraseLimits::interactive());
    c.show();
    c.setReference(kReference);
    c.understoodBox()->setChecked(true);
    c.next();
    QCOMPARE(c.page(), CreateKeyDialog::Page::Passphrase);
    const QString emptyHint = c.strengthLabel()->text();
    QTest::keyClicks(c.passphraseEdit(), u"short"_s);
    QVERIFY(c.strengthLabel()->text().startsWith(u"Too short"_s));
    QTest::mouseClick(c.createButton(), Qt::LeftButton);
    QVERIFY(!c.isBusy());
    QVERIFY(c.errorSummary()->problems().value(0).contains(u"at least 12"_s));
    c.passphraseEdit()->clear();
    QCOMPARE(c.strengthLabel()->text(), emptyHint);
    QTest::keyClicks(c.passphraseEdit(), kPassphrase);
    QVERIFY(c.strengthLabel()->text().startsWith(u"Strong"_s));
    QTest::keyClicks(c.repeatEdit(), u"correct horse battery stapel"_s);
    QTest::mouseClick(c.createButton(), Qt::LeftButton);
    QVERIFY(!c.isBusy());
    QVERIFY(c.errorSummary()->problems().value(0).contains(u"same passphrase"_s));
    QVERIFY(c.repeatEdit()->text().isEmpty());
    QVERIFY(keys::AgreementKeys(*m_db).list()->isEmpty());
}

void TestAgreementKeysDialog::createListsTheCreatorAsHolderAndIsAudited()
{
    auto d = openDialog(*m_db);
    QCOMPARE(d->keysTable()->rowCount(), 0);
    QVERIFY(!d->grantButton()->isEnabled());
    createKey(*d, kReference);

    QCOMPARE(d->keysTable()->rowCount(), 1);
    QCOMPARE(d->selectedAgreement(), kReference);
    const keys::AgreementKeyRecord record = d->records().first();
    QCOMPARE(d->keysTable()->item(0, AgreementKeysDialog::AgreementColumn)->text(), kReference);
    QCOMPARE(d->keysTable()->item(0, AgreementKeysDialog::KeyIdColumn)->text(), record.keyId());
    QCOMPARE(d->keysTable()->item(0, AgreementKeysDialog::MadeByColumn)->text(), u"login:sian"_s);
    QCOMPARE(d->holdersTable()->rowCount(), 1);
    QVERIFY(d->holdersTable()
                ->item(0, AgreementKeysDialog::HolderNameColumn)
                ->text()
                .startsWith(m_me->card().name));
    QCOMPARE(d->holdersTable()->item(0, AgreementKeysDialog::HolderFingerprintColumn)->text(),
             m_me->card().fingerprint());
    QCOMPARE(d->holdersTable()->item(0, AgreementKeysDialog::HolderStatusColumn)->text(),
             u"Holds it"_s);
    QVERIFY(d->statusLabel()->text().contains(record.keyId()));

    const QList<AuditEntry> created = entriesOf(*m_db, u"agreement_key.created"_s);
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.first().actor, u"login:sian"_s);
    QCOMPARE(detailOf(created.first()).value(u"keyId").toString(), record.keyId());
    const QList<AuditEntry> granted = entriesOf(*m_db, u"agreement_key.granted"_s);
    QCOMPARE(granted.size(), 1);
    QCOMPARE(detailOf(granted.first()).value(u"fingerprint").toString(),
             m_me->card().fingerprint());
    // Written over the window's own connection, signed by the session's identity.
    const AuditVerification v = m_db->audit().verify();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QVERIFY(v.signedHeads > 0);

    // The user's copy opens with their identity.
    QVERIFY(d->checkButton()->isEnabled());
    QTest::mouseClick(d->checkButton(), Qt::LeftButton);
    QVERIFY(d->statusLabel()->text().contains(u"opens with your identity"_s));
}

void TestAgreementKeysDialog::grantToARecipientIsListedAndAudited()
{
    const crypto::Identity partner = crypto::Identity::generate(u"Dafydd Jones"_s);
    QVERIFY(RecipientsDirectory(*m_db).add(partner.card(), u"Denbighshire County Council"_s,
                                           u"Dafydd Jones"_s, false));
    QVERIFY(RecipientsDirectory(*m_db).markVerified(partner.card().fingerprint(), u"phone"_s));
    auto d = openDialog(*m_db);
    createKey(*d, kReference);
    QVERIFY(d->grantButton()->isEnabled());

    bool ran = false;
    onNextModal<GrantKeyDialog>(this, [&](GrantKeyDialog* g) {
        ran = true;
        // The user holds the key and their identity is unlocked: no passphrase asked.
        QVERIFY(!g->passphraseEdit()->isVisible());
        // The one who holds it already is not offered again.
        QCOMPARE(g->personBox()->findData(m_me->card().fingerprint()), -1);
        QVERIFY(g->selectFingerprint(partner.card().fingerprint()));
        QTest::mouseClick(g->grantButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!g->isVisible(), 20000);
    });
    QTest::mouseClick(d->grantButton(), Qt::LeftButton);
    QVERIFY(ran);

    QCOMPARE(d->holdersTable()->rowCount(), 2);
    QVERIFY(d->selectHolder(partner.card().fingerprint()));
    QCOMPARE(d->holders().at(1).holder, u"Dafydd Jones, Denbighshire County Council"_s);
    QCOMPARE(d->holdersTable()->item(1, AgreementKeysDialog::HolderNameColumn)->text(),
             u"Dafydd Jones, Denbighshire County Council"_s);
    QCOMPARE(d->holdersTable()->item(1, AgreementKeysDialog::GivenByColumn)->text(),
             u"login:sian"_s);
    QVERIFY(d->statusLabel()->text().contains(u"holds the key of agreement DSA-2026-014"_s));
    const QList<AuditEntry> granted = entriesOf(*m_db, u"agreement_key.granted"_s);
    QCOMPARE(granted.size(), 2);
    QCOMPARE(detailOf(granted.last()).value(u"fingerprint").toString(),
             partner.card().fingerprint());
    QCOMPARE(detailOf(granted.last()).value(u"via").toString(), u"grant"_s);
    // And the partner's copy really opens with their identity.
    QVERIFY(keys::AgreementKeys(*m_db).unlock(kReference, partner));
}

void TestAgreementKeysDialog::revokeWithAReasonIsShownRevoked()
{
    const crypto::Identity partner = crypto::Identity::generate(u"Alex Morgan"_s);
    QVERIFY(RecipientsDirectory(*m_db).add(partner.card(), u"Office for National Statistics"_s,
                                           u"Alex Morgan"_s, false));
    auto d = openDialog(*m_db);
    createKey(*d, kReference);
    // An unchecked key: the user is asked first, and can still say yes.
    Dialogs::setNextConfirmForTesting(true);
    onNextModal<GrantKeyDialog>(this, [&](GrantKeyDialog* g) {
        QVERIFY(g->selectFingerprint(partner.card().fingerprint()));
        QVERIFY(g->personBox()->currentText().contains(u"not checked by phone"_s));
        g->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!g->isVisible(), 20000);
    });
    QTest::mouseClick(d->grantButton(), Qt::LeftButton);
    QVERIFY(Dialogs::lastMessageForTesting().contains(u"not checked the fingerprint"_s));
    QCOMPARE(d->holdersTable()->rowCount(), 2);

    QVERIFY(d->selectHolder(partner.card().fingerprint()));
    QVERIFY(d->revokeButton()->isEnabled());
    bool asked = false;
    onNextModal<RevokeGrantDialog>(this, [&](RevokeGrantDialog* r) {
        asked = true;
        QTest::mouseClick(r->revokeButton(), Qt::LeftButton); // no reason yet
        QVERIFY(r->isVisible());
        QCOMPARE(r->errorSummary()->problems().size(), 1);
        QTest::keyClicks(r->reasonEdit(), u"Moved to another team"_s);
        QTest::mouseClick(r->revokeButton(), Qt::LeftButton);
    });
    QTest::mouseClick(d->revokeButton(), Qt::LeftButton);
    QVERIFY(asked);

    QCOMPARE(d->holdersTable()->rowCount(), 2);
    // Those who hold it first, then those who held it.
    const int row = 1;
    const keys::AgreementKeyGrant revoked = d->holders().at(row);
    QCOMPARE(revoked.fingerprint, partner.card().fingerprint());
    QVERIFY(!revoked.isActive());
    const QString status =
        d->holdersTable()->item(row, AgreementKeysDialog::HolderStatusColumn)->text();
    QVERIFY2(status.startsWith(u"Taken back: Moved to another team (by login:sian, "_s),
             qPrintable(status));
    QVERIFY(d->selectHolder(partner.card().fingerprint()));
    QVERIFY(!d->revokeButton()->isEnabled());
    const QList<AuditEntry> entries = entriesOf(*m_db, u"agreement_key.revoked"_s);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(detailOf(entries.first()).value(u"reason").toString(), u"Moved to another team"_s);
    QVERIFY(!keys::AgreementKeys(*m_db).unlock(kReference, partner));

    // Cancelled: nothing changes.
    QVERIFY(d->selectHolder(m_me->card().fingerprint()));
    onNextModal<RevokeGrantDialog>(this, [](RevokeGrantDialog* r) { r->reject(); });
    QTest::mouseClick(d->revokeButton(), Qt::LeftButton);
    QCOMPARE(entriesOf(*m_db, u"agreement_key.revoked"_s).size(), 1);
}

void TestAgreementKeysDialog::exportWritesTheRecoveryCopy()
{
    auto d = openDialog(*m_db);
    // Offered straight after the key is made.
    const QString first = m_dir.filePath(u"first.swkey"_s);
    createKey(*d, kReference, first);
    QVERIFY(QFile::exists(first));
    QCOMPARE(QFile(first).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());

    // And from the list.
    const QString file = m_dir.filePath(u"dsa-recovery.swkey"_s);
    QVERIFY(!QFile::exists(file));
    Dialogs::setNextFileNameForTesting(file);
    QTest::mouseClick(d->exportButton(), Qt::LeftButton);
    QVERIFY(QFile::exists(file));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray copy = f.readAll();
    QVERIFY(copy.startsWith("SHAREWISE-AGREEMENT-KEY"));
    // It opens with the passphrase and is the agreement's key.
    QString named;
    Result<crypto::SecureBytes> key = keys::AgreementKeys::unwrapRecovery(
        copy, secrets::IdentityFile::passphrase(kPassphrase), &named);
    QVERIFY(key);
    QCOMPARE(named, kReference);
    QCOMPARE(keys::AgreementKeys::keyCheckOf(key.value()), d->records().first().keyCheck);
    QVERIFY(d->statusLabel()->text().contains(u"Keep it away from this computer"_s));
    QCOMPARE(entriesOf(*m_db, u"agreement_key.recovery_exported"_s).size(), 2);

    // No file chosen: nothing written, nothing recorded.
    Dialogs::setNextFileNameForTesting(QString());
    QTest::mouseClick(d->exportButton(), Qt::LeftButton);
    QCOMPARE(entriesOf(*m_db, u"agreement_key.recovery_exported"_s).size(), 2);
}

void TestAgreementKeysDialog::importIntoAFreshHistoryIsListedAndCanBeGiven()
{
    const QString file = m_dir.filePath(u"import.swkey"_s);
    QString keyId;
    {
        auto d = openDialog(*m_db);
        createKey(*d, kReference, file);
        keyId = d->records().first().keyId();
    }
    // A new computer: a fresh history, and a new identity for the same person.
    m_db->setSigner(nullptr);
    auto fresh = test::openHistory(m_dir.filePath(u"fresh.sqlite"_s), u"login:sian"_s);
    QVERIFY(fresh);
    m_me = makeCurrentIdentity(*fresh, u"Siân Evans, Gwynedd Council"_s);
    QVERIFY(m_me);
    auto d = openDialog(*fresh);
    QCOMPARE(d->keysTable()->rowCount(), 0);

    bool ran = false;
    Dialogs::setNextFileNameForTesting(file);
    onNextModal<ImportRecoveryDialog>(this, [&](ImportRecoveryDialog* r) {
        ran = true;
        QTest::keyClicks(r->passphraseEdit(), u"not the passphrase"_s);
        QTest::mouseClick(r->importButton(), Qt::LeftButton);
        QVERIFY(r->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!r->isBusy(), 20000);
        QVERIFY(r->isVisible());
        QVERIFY(r->errorSummary()->problems().value(0).contains(u"not right"_s));
        QVERIFY(r->passphraseEdit()->text().isEmpty());
        QTest::keyClicks(r->passphraseEdit(), kPassphrase);
        QTest::mouseClick(r->importButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!r->isVisible(), 20000);
    });
    QTest::mouseClick(d->importButton(), Qt::LeftButton);
    QVERIFY(ran);

    QCOMPARE(d->keysTable()->rowCount(), 1);
    QCOMPARE(d->selectedAgreement(), kReference);
    QCOMPARE(d->keysTable()->item(0, AgreementKeysDialog::KeyIdColumn)->text(), keyId);
    QCOMPARE(d->holdersTable()->rowCount(), 0);
    QVERIFY(d->statusLabel()->text().contains(u"Nobody holds it here yet"_s));
    QCOMPARE(entriesOf(*fresh, u"agreement_key.recovered"_s).size(), 1);

    // Given to oneself with the recovery passphrase (nobody holds it to pass it on).
    onNextModal<GrantKeyDialog>(this, [&](GrantKeyDialog* g) {
        QVERIFY(g->passphraseEdit()->isVisible());
        QVERIFY(g->selectFingerprint(m_me->card().fingerprint()));
        g->accept(); // no passphrase yet
        QVERIFY(g->isVisible());
        QCOMPARE(g->errorSummary()->problems().size(), 1);
        QTest::keyClicks(g->passphraseEdit(), kPassphrase);
        g->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!g->isVisible(), 20000);
    });
    QTest::mouseClick(d->grantButton(), Qt::LeftButton);
    QCOMPARE(d->holdersTable()->rowCount(), 1);
    QCOMPARE(d->holders().first().fingerprint, m_me->card().fingerprint());
    const QList<AuditEntry> granted = entriesOf(*fresh, u"agreement_key.granted"_s);
    QCOMPARE(granted.size(), 1);
    QCOMPARE(detailOf(granted.first()).value(u"via").toString(), u"recovery"_s);
    QVERIFY(keys::AgreementKeys(*fresh).unlock(kReference, *m_me));
    d.reset();
    fresh->setSigner(nullptr);
}

void TestAgreementKeysDialog::handOverMovesEveryKeyOfALeaver()
{
    const crypto::Identity leaver = crypto::Identity::generate(u"Jo Price"_s);
    const crypto::Identity successor = crypto::Identity::generate(u"Sam Hughes"_s);
    RecipientsDirectory directory(*m_db);
    for (const crypto::Identity* who : {&leaver, &successor}) {
        QVERIFY(directory.add(who->card(), u"Gwynedd Council"_s, who->card().name, false));
        QVERIFY(directory.markVerified(who->card().fingerprint(), u"phone"_s));
    }
    auto d = openDialog(*m_db);
    createKey(*d, u"DSA-A"_s);
    createKey(*d, u"DSA-B"_s);
    keys::AgreementKeys register_(*m_db);
    for (const QString& ref : {u"DSA-A"_s, u"DSA-B"_s}) {
        QVERIFY(register_.grant(ref, leaver.card(), u"Jo Price"_s, {m_me.get(), nullptr}));
    }
    d->reload();
    QVERIFY(d->handOverButton()->isEnabled());

    bool ran = false;
    onNextModal<HandOverDialog>(this, [&](HandOverDialog* h) {
        ran = true;
        QVERIFY(h->selectLeaver(leaver.card().fingerprint()));
        QVERIFY(h->selectSuccessor(successor.card().fingerprint()));
        // The user holds both keys and is unlocked: no passphrase needed.
        QVERIFY(!h->needsRecovery());
        const QString summary = h->findChild<QLabel*>(u"handOverSummary"_s)->text();
        QVERIFY(summary.contains(u"DSA-A"_s) && summary.contains(u"DSA-B"_s));
        QTest::mouseClick(h->handOverButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!h->isVisible(), 20000);
    });
    QTest::mouseClick(d->handOverButton(), Qt::LeftButton);
    QVERIFY(ran);

    for (const QString& ref : {u"DSA-A"_s, u"DSA-B"_s}) {
        QVERIFY(!register_.unlock(ref, leaver));
        QVERIFY(register_.unlock(ref, successor));
    }
    QVERIFY(d->selectAgreement(u"DSA-B"_s));
    const QList<keys::AgreementKeyGrant> holders = d->holders();
    QCOMPARE(holders.size(), 3);
    QCOMPARE(holders.at(2).fingerprint, leaver.card().fingerprint());
    QVERIFY(!holders.at(2).isActive());
    QVERIFY(holders.at(2).revokeReason.startsWith(u"Handed over to Sam Hughes"_s));
    QCOMPARE(holders.at(1).fingerprint, successor.card().fingerprint());
    QVERIFY(holders.at(1).isActive());
    QCOMPARE(entriesOf(*m_db, u"agreement_key.handed_over"_s).size(), 1);
    QVERIFY(d->statusLabel()->text().contains(u"Sam Hughes"_s));

    // Without an unlocked identity, the recovery passphrase is asked for.
    d->setSessionIdentity(nullptr);
    onNextModal<HandOverDialog>(this, [&](HandOverDialog* h) {
        QVERIFY(h->selectLeaver(successor.card().fingerprint()));
        QVERIFY(h->selectSuccessor(leaver.card().fingerprint()));
        QVERIFY(h->needsRecovery());
        QVERIFY(h->passphraseEdit()->isVisible());
        h->reject();
    });
    QTest::mouseClick(d->handOverButton(), Qt::LeftButton);
}

void TestAgreementKeysDialog::withoutAnIdentitySaysWhatToDo()
{
    m_db->setSigner(nullptr);
    auto empty = test::openHistory(m_dir.filePath(u"noid.sqlite"_s));
    QVERIFY(empty);
    AgreementKeysDialog d(*empty, *m_store);
    d.show();
    QVERIFY(d.identityLabel()->text().contains(u"Choose Settings, then My identity"_s));
    QTest::mouseClick(d.createButton(), Qt::LeftButton); // no dialog: says what to do
    QVERIFY(d.errorSummary()->problems().value(0).contains(u"My identity"_s));
    QVERIFY(keys::AgreementKeys(*empty).list()->isEmpty());

    // An identity kept in a protected file and not unlocked: said plainly.
    const crypto::Identity inFile = crypto::Identity::generate(u"Siân Evans"_s);
    QVERIFY(OwnIdentityRecords(*empty).addCurrent(inFile.card(), u"file"_s,
                                                  m_dir.filePath(u"id.swid"_s)));
    d.setSessionIdentity(nullptr);
    QVERIFY(d.identityLabel()->text().contains(u"protected file and is locked"_s));
    QVERIFY(d.identityLabel()->text().contains(u"unlock it"_s));
}

void TestAgreementKeysDialog::identityInTheStoreIsLoaded()
{
    AgreementKeysDialog d(*m_db, *m_store);
    std::shared_ptr<const crypto::Identity> loaded;
    connect(&d, &AgreementKeysDialog::identityLoaded, this,
            [&loaded](std::shared_ptr<const crypto::Identity> id) { loaded = std::move(id); });
    d.show();
    QTRY_VERIFY(loaded);
    QCOMPARE(loaded->card().fingerprint(), m_me->card().fingerprint());
    QVERIFY(d.identityLabel()->text().contains(u"Your identity opens your copies of keys"_s));
}

void TestAgreementKeysDialog::reachableFromTheSettingsMenu()
{
    {
        AppSettings settings;
        settings.setDatabasePath(m_dir.filePath(u"main.sqlite"_s));
        settings.setLanguage(u"en"_s);
        settings.sync();
    }
    MainWindow window;
    window.setSecretStore(std::make_unique<secrets::MemorySecretStore>());
    window.show();
    auto* action = window.findChild<QAction*>(u"agreementKeysAction"_s);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QCOMPARE(action->text(), u"&Agreement keys…"_s);
    bool seen = false;
    onNextModal<AgreementKeysDialog>(this, [&seen](AgreementKeysDialog* d) {
        seen = true;
        d->reject();
    });
    action->trigger(); // returns when the dialog closes
    QVERIFY(seen);
}

QTEST_MAIN(TestAgreementKeysDialog)
#include "tst_agreementkeysdialog.moc"
