// The Share wizard's Redact page with a real register of agreement keys: the page lists
// the agreements that have a key (marking the ones the identity holds), "Use this key"
// unlocks the chosen one through the key source the main window gives (here, over a real
// SQLite history with core's AgreementKeys::unlock and a generated identity), and
// Pseudonymise then makes the same pseudonyms as RedactionKeys over that key. Without a
// grant, or without an identity, the page says so plainly and the keyed actions stay
// unavailable.
#include "MainWindow.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "common/Translations.h"
#include "crypto/Identity.h"
#include "crypto/SecureBytes.h"
#include "crypto/Sodium.h"
#include "keys/AgreementKeys.h"
#include "redact/Pseudonym.h"
#include "redact/Rules.h"
#include "secrets/IdentityFile.h"
#include "secrets/MemorySecretStore.h"
#include "share/DatasetPage.h"
#include "share/RedactPage.h"
#include "share/RedactPreviewModel.h"
#include "share/ShareWizard.h"
#include "store/Database.h"
#include "store/OwnIdentityRecords.h"
#include "support/TestSupport.h"
#include "widgets/Dialogs.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace sharewise;
using namespace sharewise::ui;
using namespace Qt::StringLiterals;
using redact::Action;

namespace {

const QString kNhs = u"NHS number"_s;

// A valid NHS number (mod 11 check digit).
QString nhsNumber(int seed)
{
    for (int base = seed;; ++base) {
        QString digits = QString::number(400000000 + base * 7919 % 99999999).left(9);
        int sum = 0;
        for (int i = 0; i < 9; ++i)
            sum += digits[i].digitValue() * (10 - i);
        const int check = 11 - sum % 11;
        if (check == 10)
            continue;
        digits += QString::number(check == 11 ? 0 : check);
        return digits.left(3) + u' ' + digits.mid(3, 3) + u' ' + digits.mid(6);
    }
}

QByteArray casesCsv()
{
    static const char* const names[] = {"Siân Jones", "Dafydd Evans", "Mary Smith", "Rhys Williams",
                                        "Megan Roberts"};
    QByteArray out = "NHS number,Name,Sex,Postcode\n";
    for (int i = 0; i < 20; ++i)
        out += nhsNumber(i + 1).toUtf8() + ',' + names[i % 5] + ',' + (i % 2 ? "F" : "M") + ",CF1" +
               QByteArray::number(i % 10) + " 1AB\n";
    return out;
}

bool isOffered(QComboBox* box, Action action)
{
    const int i = box->findData(int(action));
    auto* model = qobject_cast<QStandardItemModel*>(box->model());
    return i >= 0 && model && model->item(i)->isEnabled();
}

bool chooseByKeyboard(QComboBox* box, const QVariant& data)
{
    const int target = box->findData(data);
    if (target < 0)
        return false;
    box->setFocus();
    for (int guard = 0; guard < 20 && box->currentIndex() != target; ++guard)
        QTest::keyClick(box, box->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    return box->currentIndex() == target;
}

} // namespace

class TestShareWizardKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void heldKeysAreListedAndMarked();
    void usingTheKeyOffersPseudonymise();
    void usingTheKeyKeepsTheUsersChoices();
    void withoutAGrantThePageSaysSo();
    void withoutAnIdentityThePageSaysSo();
    void savedProfilePreselectsItsAgreement();
    void noKeysGivesTheHint();
    void mainWindowSourceUsesTheSessionIdentity();

private:
    AgreementKeySource source();
    RedactPage* openRedactPage();
    QString nhsColumnAfter(RedactPage* page, int row) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<crypto::Identity> m_me;
    std::unique_ptr<ShareWizard> m_wizard;
    int m_histories = 0;
};

void TestShareWizardKeys::initTestCase()
{
    QVERIFY(crypto::initialise());
    Clock::setSourceForTesting([] {
        return QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch() * 1000;
    });
}

void TestShareWizardKeys::init()
{
    Translations::apply(u"en"_s);
    Dialogs::setRecordMessagesForTesting(true);
    m_db = test::openHistory(m_dir.filePath(u"h%1.sqlite"_s.arg(++m_histories)), u"login:sian"_s);
    m_me = crypto::Identity::generate(u"Siân Evans"_s);
    const crypto::Identity other = crypto::Identity::generate(u"Dafydd Jones"_s);
    keys::AgreementKeys agreementKeys(*m_db);
    // DSA-1 is held by this identity; DSA-2 only by someone else.
    QVERIFY(agreementKeys.create(u"DSA-1"_s, m_me->card(), m_me->card().name,
                                 secrets::IdentityFile::passphrase(u"recovery one two three"_s),
                                 secrets::PassphraseLimits::interactive()));
    QVERIFY(agreementKeys.create(u"DSA-2"_s, other.card(), other.card().name,
                                 secrets::IdentityFile::passphrase(u"recovery four five six"_s),
                                 secrets::PassphraseLimits::interactive()));
    m_wizard = std::make_unique<ShareWizard>();
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
}

void TestShareWizardKeys::cleanup()
{
    m_wizard.reset();
    m_db.reset();
    m_me.reset();
}

// As the main window's: the register's agreements, those with an active grant for this
// identity marked, and unlocking with this identity.
AgreementKeySource TestShareWizardKeys::source()
{
    AgreementKeySource s;
    s.agreements = [this]() -> Result<QList<AgreementKeySource::Agreement>> {
        keys::AgreementKeys agreementKeys(*m_db);
        auto records = agreementKeys.list();
        auto grants = agreementKeys.grants();
        if (!records || !grants)
            return makeError(ErrorKind::Failure, u"cannot list"_s);
        QList<AgreementKeySource::Agreement> out;
        for (const keys::AgreementKeyRecord& r : records.value()) {
            AgreementKeySource::Agreement a{r.agreement, false};
            for (const keys::AgreementKeyGrant& g : grants.value())
                a.held = a.held || (g.agreement == r.agreement && g.isActive() &&
                                    g.fingerprint == m_me->card().fingerprint());
            out << a;
        }
        return out;
    };
    s.unlock = [this](const QString& agreement) {
        return keys::AgreementKeys(*m_db).unlock(agreement, *m_me);
    };
    return s;
}

RedactPage* TestShareWizardKeys::openRedactPage()
{
    QFile f(m_dir.filePath(u"cases.csv"_s));
    if (!f.open(QIODevice::WriteOnly) || f.write(casesCsv()) < 0)
        return nullptr;
    f.close();
    DatasetPage* dataset = m_wizard->datasetPage();
    dataset->openFile(f.fileName());
    if (!QTest::qWaitFor([&] { return dataset->isComplete(); }, 20000))
        return nullptr;
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    auto* page = m_wizard->redactPage();
    if (m_wizard->currentPage() != page)
        return nullptr;
    if (!QTest::qWaitFor([&] { return page->previewModel()->rowCount() == 20; }, 20000))
        return nullptr;
    return page;
}

QString TestShareWizardKeys::nhsColumnAfter(RedactPage* page, int row) const
{
    return page->previewModel()->after(row, int(page->columns().indexOf(kNhs)));
}

void TestShareWizardKeys::heldKeysAreListedAndMarked()
{
    m_wizard->setAgreementKeySource(source());
    RedactPage* page = openRedactPage();
    QVERIFY(page);
    QComboBox* box = page->keyAgreementBox();
    QVERIFY(box->isVisible());
    QVERIFY(page->useKeyButton()->isVisible());
    QCOMPARE(box->count(), 2);
    QCOMPARE(box->itemData(0).toString(), u"DSA-1"_s);
    QVERIFY2(box->itemText(0).contains(u"you hold"_s), qPrintable(box->itemText(0)));
    QCOMPARE(box->itemData(1).toString(), u"DSA-2"_s);
    QVERIFY2(box->itemText(1).contains(u"not given to you"_s), qPrintable(box->itemText(1)));
    // The one the user holds is chosen first.
    QCOMPARE(box->currentData().toString(), u"DSA-1"_s);
    QVERIFY(page->useKeyButton()->isEnabled());
}

void TestShareWizardKeys::usingTheKeyOffersPseudonymise()
{
    m_wizard->setAgreementKeySource(source());
    RedactPage* page = openRedactPage();
    QVERIFY(page);
    QComboBox* nhs = page->actionBox(kNhs);
    // Before: no key, so Pseudonymise is not offered and the NHS number is left out.
    QVERIFY(!isOffered(nhs, Action::Pseudonymise));
    QVERIFY(!isOffered(nhs, Action::ShiftDate));
    QCOMPARE(nhs->currentData().toInt(), int(Action::Drop));
    QVERIFY(!m_wizard->draft().keys);

    QVERIFY(chooseByKeyboard(page->keyAgreementBox(), u"DSA-1"_s));
    QTest::mouseClick(page->useKeyButton(), Qt::LeftButton);

    QVERIFY(isOffered(nhs, Action::Pseudonymise));
    QVERIFY(isOffered(nhs, Action::ShiftDate));
    QCOMPARE(m_wizard->draft().agreement, u"DSA-1"_s);
    QVERIFY(m_wizard->draft().keys && m_wizard->draft().keys->isValid());
    QCOMPARE(page->profile().agreement, u"DSA-1"_s);
    QCOMPARE(m_wizard->draft().profile.agreement, u"DSA-1"_s);
    QVERIFY(page->keyInUseLabel()->isVisible());
    QCOMPARE(page->keyInUseLabel()->text(), u"In use."_s);
    QVERIFY(!page->keyStatusLabel()->isVisible());
    // The key in use: the button waits for another choice.
    QVERIFY(!page->useKeyButton()->isEnabled());

    // Nothing had been changed, so the suggestions are made again with the key: the
    // NHS number is pseudonymised rather than left out.
    QCOMPARE(nhs->currentData().toInt(), int(Action::Pseudonymise));
    QCOMPARE(page->profile().rule(kNhs)->kind.identifier, profile::IdentifierKind::NhsNumber);

    // The pseudonyms in the "as sent" preview are RedactionKeys' over DSA-1's key.
    Result<crypto::SecureBytes> key = keys::AgreementKeys(*m_db).unlock(u"DSA-1"_s, *m_me);
    QVERIFY(key);
    const redact::RedactionKeys expected(key.value());
    redact::PseudonymKind kind;
    kind.identifier = profile::IdentifierKind::NhsNumber;
    for (int row : {0, 1, 19}) {
        const QString token = nhsColumnAfter(page, row);
        QCOMPARE(token.size(), redact::kPseudonymLength);
        QVERIFY(token.startsWith(u'p'));
        const std::optional<QByteArray> normalised =
            redact::normaliseForPseudonym(kind, nhsNumber(row + 1).toUtf8());
        QVERIFY(normalised);
        QCOMPARE(token, QString::fromLatin1(expected.pseudonym(kind, *normalised)));
    }
    QVERIFY(nhsColumnAfter(page, 0) != nhsColumnAfter(page, 1));
    QVERIFY(page->isComplete());
}

void TestShareWizardKeys::usingTheKeyKeepsTheUsersChoices()
{
    m_wizard->setAgreementKeySource(source());
    RedactPage* page = openRedactPage();
    QVERIFY(page);
    // The user changes something first: Sex left out.
    QVERIFY(chooseByKeyboard(page->actionBox(u"Sex"_s), int(Action::Drop)));
    QCOMPARE(page->profile().rule(u"Sex"_s)->action, Action::Drop);

    QTest::mouseClick(page->useKeyButton(), Qt::LeftButton);
    // Their choices stay; Pseudonymise is offered now.
    QCOMPARE(page->profile().rule(u"Sex"_s)->action, Action::Drop);
    QComboBox* nhs = page->actionBox(kNhs);
    QCOMPARE(nhs->currentData().toInt(), int(Action::Drop));
    QVERIFY(isOffered(nhs, Action::Pseudonymise));
    QCOMPARE(page->profile().agreement, u"DSA-1"_s);

    // Choosing it for the NHS number shows 27-character pseudonyms as sent.
    QVERIFY(chooseByKeyboard(nhs, int(Action::Pseudonymise)));
    QCOMPARE(page->profile().rule(kNhs)->action, Action::Pseudonymise);
    const QString token = nhsColumnAfter(page, 0);
    QCOMPARE(token.size(), redact::kPseudonymLength);
    QVERIFY(token.startsWith(u'p'));
    Result<crypto::SecureBytes> key = keys::AgreementKeys(*m_db).unlock(u"DSA-1"_s, *m_me);
    QVERIFY(key);
    redact::PseudonymKind kind;
    kind.identifier = profile::IdentifierKind::NhsNumber;
    QCOMPARE(token, QString::fromLatin1(redact::RedactionKeys(key.value())
                                            .pseudonym(kind, *redact::normaliseForPseudonym(
                                                                 kind, nhsNumber(1).toUtf8()))));
}

void TestShareWizardKeys::withoutAGrantThePageSaysSo()
{
    m_wizard->setAgreementKeySource(source());
    RedactPage* page = openRedactPage();
    QVERIFY(page);
    // DSA-2's key was given to someone else: core refuses with NoGrant.
    QVERIFY(chooseByKeyboard(page->keyAgreementBox(), u"DSA-2"_s));
    QTest::mouseClick(page->useKeyButton(), Qt::LeftButton);
    const QString message = page->keyStatusLabel()->text();
    QVERIFY(page->keyStatusLabel()->isVisible());
    QVERIFY2(message.startsWith(u"You have not been given the key of agreement DSA-2"_s),
             qPrintable(message));
    QVERIFY2(message.contains(u"information governance lead"_s), qPrintable(message));
    QVERIFY(!isOffered(page->actionBox(kNhs), Action::Pseudonymise));
    QVERIFY(!page->keyInUseLabel()->isVisible());
    QVERIFY(!m_wizard->draft().keys);
    QVERIFY(m_wizard->draft().agreement.isEmpty());
    QVERIFY(page->profile().agreement.isEmpty());

    // Choosing another agreement clears the message.
    QVERIFY(chooseByKeyboard(page->keyAgreementBox(), u"DSA-1"_s));
    QVERIFY(!page->keyStatusLabel()->isVisible());
}

void TestShareWizardKeys::withoutAnIdentityThePageSaysSo()
{
    AgreementKeySource s = source();
    QString code = QString::fromLatin1(AgreementKeySource::NoIdentity);
    s.unlock = [&code](const QString&) -> Result<crypto::SecureBytes> {
        Error e = makeError(ErrorKind::Usage, QString());
        e.code = code;
        return e;
    };
    m_wizard->setAgreementKeySource(s);
    RedactPage* page = openRedactPage();
    QVERIFY(page);
    QTest::mouseClick(page->useKeyButton(), Qt::LeftButton);
    QString message = page->keyStatusLabel()->text();
    QVERIFY2(message.contains(u"No identity is loaded"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Settings › My identity"_s), qPrintable(message));
    QVERIFY(!isOffered(page->actionBox(kNhs), Action::Pseudonymise));

    // A locked identity file is named as such.
    code = QString::fromLatin1(AgreementKeySource::IdentityLocked);
    QTest::mouseClick(page->useKeyButton(), Qt::LeftButton);
    message = page->keyStatusLabel()->text();
    QVERIFY2(message.contains(u"protected file and is locked"_s), qPrintable(message));
    QVERIFY(!m_wizard->draft().keys);
}

void TestShareWizardKeys::savedProfilePreselectsItsAgreement()
{
    m_wizard->setAgreementKeySource(source());
    RedactPage* page = openRedactPage();
    QVERIFY(page);
    QTest::mouseClick(page->useKeyButton(), Qt::LeftButton); // DSA-1
    QCOMPARE(page->actionBox(kNhs)->currentData().toInt(), int(Action::Pseudonymise));
    QVERIFY(page->isComplete());

    // A profile made for DSA-2: its agreement is chosen, and using it with DSA-1's key
    // is a problem (its pseudonyms would not match DSA-2's earlier shares).
    redact::RedactionProfile forOther = page->profile();
    forOther.agreement = u"DSA-2"_s;
    const QString path = m_dir.filePath(u"dsa2-profile.json"_s);
    QVERIFY(forOther.save(path));
    page->loadProfile(path);
    QCOMPARE(page->profile().agreement, u"DSA-2"_s);
    QCOMPARE(page->keyAgreementBox()->currentData().toString(), u"DSA-2"_s);
    QVERIFY(page->useKeyButton()->isEnabled());
    QVERIFY(!page->isComplete());
    QVERIFY2(page->problems().value(0).contains(u"for agreement DSA-2"_s),
             qPrintable(page->problems().join(u'\n')));

    // Back to DSA-1's profile: complete again.
    forOther.agreement = u"DSA-1"_s;
    QVERIFY(forOther.save(path));
    page->loadProfile(path);
    QCOMPARE(page->keyAgreementBox()->currentData().toString(), u"DSA-1"_s);
    QVERIFY2(page->isComplete(), qPrintable(page->problems().join(u'\n')));
}

void TestShareWizardKeys::noKeysGivesTheHint()
{
    AgreementKeySource s = source();
    s.agreements = [] {
        return Result<QList<AgreementKeySource::Agreement>>(QList<AgreementKeySource::Agreement>());
    };
    m_wizard->setAgreementKeySource(s);
    RedactPage* page = openRedactPage();
    QVERIFY(page);
    QVERIFY(!page->keyAgreementBox()->isVisible());
    QVERIFY(!page->useKeyButton()->isVisible());
    QVERIFY2(page->keyStatusLabel()->text().contains(u"Agreement keys"_s),
             qPrintable(page->keyStatusLabel()->text()));
    QVERIFY(!isOffered(page->actionBox(kNhs), Action::Pseudonymise));
}

// The main window's key source: its history's agreements, held ones marked by the current
// identity's grants; unlocking needs that identity held for the session.
void TestShareWizardKeys::mainWindowSourceUsesTheSessionIdentity()
{
    {
        AppSettings settings;
        settings.setDatabasePath(m_dir.filePath(u"main%1.sqlite"_s.arg(m_histories)));
        settings.setLanguage(u"en"_s);
        settings.sync();
    }
    MainWindow window;
    window.setSecretStore(std::make_unique<secrets::MemorySecretStore>());
    QVERIFY(window.database());
    Database& db = *window.database();
    const auto me =
        std::make_shared<const crypto::Identity>(crypto::Identity::generate(u"Siân Evans"_s));
    QVERIFY(keys::AgreementKeys(db).create(
        u"DSA-9"_s, me->card(), me->card().name,
        secrets::IdentityFile::passphrase(u"recovery seven eight nine"_s),
        secrets::PassphraseLimits::interactive()));
    const AgreementKeySource source = window.agreementKeySource();
    QVERIFY(source.isSet());

    // No identity yet: listed, not held, and unlocking says there is no identity.
    auto listed = source.agreements();
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().reference, u"DSA-9"_s);
    QVERIFY(!listed->first().held);
    Result<crypto::SecureBytes> key = source.unlock(u"DSA-9"_s);
    QVERIFY(!key);
    QCOMPARE(key.error().code, QString::fromLatin1(AgreementKeySource::NoIdentity));

    // The identity kept in a file and not unlocked: held, but locked.
    QVERIFY(OwnIdentityRecords(db).addCurrent(me->card(), u"file"_s, m_dir.filePath(u"me.swid"_s)));
    listed = source.agreements();
    QVERIFY(listed && listed->first().held);
    key = source.unlock(u"DSA-9"_s);
    QVERIFY(!key);
    QCOMPARE(key.error().code, QString::fromLatin1(AgreementKeySource::IdentityLocked));

    // Held for the session: the key opens, and it is the agreement's.
    window.adoptIdentity(me);
    QCOMPARE(window.currentIdentity(), me);
    key = source.unlock(u"DSA-9"_s);
    QVERIFY2(key, qPrintable(key ? QString() : key.error().message));
    QCOMPARE(keys::AgreementKeys::keyCheckOf(key.value()),
             keys::AgreementKeys(db).find(u"DSA-9"_s)->keyCheck);
    // An agreement the identity was not given: core's NoGrant.
    const crypto::Identity other = crypto::Identity::generate(u"Dafydd Jones"_s);
    QVERIFY(keys::AgreementKeys(db).create(
        u"DSA-10"_s, other.card(), other.card().name,
        secrets::IdentityFile::passphrase(u"recovery ten eleven twelve"_s),
        secrets::PassphraseLimits::interactive()));
    key = source.unlock(u"DSA-10"_s);
    QVERIFY(!key);
    QCOMPARE(key.error().code, QString::fromLatin1(keys::KeyError::NoGrant));
}

QTEST_MAIN(TestShareWizardKeys)
#include "tst_sharewizard_keys.moc"
