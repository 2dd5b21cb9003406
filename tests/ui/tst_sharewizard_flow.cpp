// The Share wizard end to end, through its real widgets over a temporary history: an
// officer's identity recorded as the history's own, a verified recipient in the
// directory and active agreements in the register. The whole wizard is driven to a
// sealed bundle that then opens and verifies; a blocking finding stops it until its
// fix button is used; a cancelled seal leaves no file and the share's history records
// it; a share under an agreement that needs review is recorded as pending; a saved
// draft comes back with its file and rules; passphrase mode makes a passphrase.
#include "agreements/AgreementRegister.h"
#include "bundle/BundleReader.h"
#include "common/CanonicalJson.h"
#include "common/Clock.h"
#include "common/Translations.h"
#include "crypto/Sodium.h"
#include "share/AgreementPage.h"
#include "share/DatasetPage.h"
#include "share/DonePage.h"
#include "share/PurposePage.h"
#include "share/RecipientsPage.h"
#include "share/RedactPage.h"
#include "share/ReviewPage.h"
#include "share/ShareJobs.h"
#include "share/ShareWizard.h"
#include "shares/Passphrase.h"
#include "shares/ShareStore.h"
#include "store/OwnIdentityRecords.h"
#include "store/RecipientsDirectory.h"
#include "support/TestSupport.h"
#include "widgets/Dialogs.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace sharewise;
using namespace sharewise::ui;
using namespace Qt::StringLiterals;
using agreements::Agreement;
using redact::Action;

namespace {

constexpr int kWait = 30000;

// Households helped by ward and postcode: nothing in it names anyone.
QByteArray householdsCsv(int rows)
{
    static const char* const wards[] = {"Butetown", "Cathays", "Grangetown", "Riverside"};
    QByteArray out = "Postcode,Ward,Households\n";
    out.reserve(rows * 28 + 32);
    for (int i = 0; i < rows; ++i)
        out += "CF1" + QByteArray::number(i % 10) + ' ' + QByteArray::number(1 + i % 9) + "AB," +
               wards[i % 4] + ',' + QByteArray::number(1 + i % 7) + '\n';
    return out;
}

// With SHAREWISE_WIZARD_SHOTS set, each screen is saved there as a PNG (for looking at;
// run with QT_SCALE_FACTOR=2 for 200%).
void shot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("SHAREWISE_WIZARD_SHOTS");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", u"1"_s);
    w->grab().save(dir + u'/' + name + u"@"_s + scale + u"x.png"_s);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    f.write(bytes);
    return path;
}

} // namespace

class TestShareWizardFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sealsABundleThatOpens();
    void blockingFindingStopsUntilFixed();
    void cancelledSealLeavesNoFile();
    void reviewNeededRecordsAPendingShare();
    void withoutIdentityPointsToMyIdentity();
    void savedDraftResumes();
    void passphraseModeForARecipientWithoutAKey();
    void uniqueRecordsAreWarnedOfWithoutBlocking();

private:
    Agreement agreement(const QString& reference, bool review) const;
    void record(const Agreement& a);
    // Without `identity` the session has none (nothing unlocked).
    std::unique_ptr<ShareWizard> startWizard(bool identity = true);
    // Agreement → Dataset → Purpose; null when a step did not come.
    PurposePage* toPurpose(ShareWizard& w, const QString& reference, const QString& file);
    // Purpose → Redact → Recipients (partner chosen) → Review, prepared.
    ReviewPage* toReview(ShareWizard& w);
    bool clickNext(ShareWizard& w);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::shared_ptr<const crypto::Identity> m_me;
    std::optional<crypto::Identity> m_partner;
    QString m_csv;
};

void TestShareWizardFlow::initTestCase()
{
    QVERIFY(crypto::initialise());
    QVERIFY(m_dir.isValid());
    m_csv = writeFile(m_dir, u"households.csv"_s, householdsCsv(200));
}

void TestShareWizardFlow::init()
{
    Translations::apply(u"en"_s);
    Dialogs::setRecordMessagesForTesting(true);
    static int n = 0;
    m_db = test::openHistory(m_dir.filePath(u"history-%1.sqlite"_s.arg(++n)), u"Olwen Pritchard"_s);
    QVERIFY(m_db);
    m_me =
        std::make_shared<const crypto::Identity>(crypto::Identity::generate(u"Olwen Pritchard"_s));
    QVERIFY(OwnIdentityRecords(*m_db).addCurrent(m_me->card(), u"file"_s,
                                                 m_dir.filePath(u"me.swid"_s)));
    m_db->setSigner(m_me.get());
    m_partner = crypto::Identity::generate(u"Alex Morgan"_s);
    RecipientsDirectory directory(*m_db);
    QVERIFY(directory.add(m_partner->card(), u"Office for National Statistics"_s, u"Alex Morgan"_s,
                          false));
    QVERIFY(directory.markVerified(m_partner->card().fingerprint(), u"phone"_s));
    record(agreement(u"DSA-SEAL"_s, false));
    record(agreement(u"DSA-REVIEW"_s, true));
}

void TestShareWizardFlow::cleanup()
{
    m_db.reset();
}

Agreement TestShareWizardFlow::agreement(const QString& reference, bool review) const
{
    Agreement a;
    a.reference = reference;
    a.title = u"Households helped, by ward"_s;
    a.parties = {
        {u"Cardiff Council"_s, agreements::PartyRole::Controller, {u"Siân Evans"_s, {}, {}, {}}},
        {u"Office for National Statistics"_s,
         agreements::PartyRole::Controller,
         {u"Alex Morgan"_s, {}, {}, {}}}};
    a.purpose = u"To count households helped in each ward."_s;
    a.lawfulBasis = {u"art6_1_e"_s, {}, u"The council's housing duties."_s};
    agreements::DataItem postcode;
    postcode.name = u"Postcode"_s;
    postcode.minimum.action = Action::Generalise;
    postcode.minimum.to = redact::Generalisation::PostcodeDistrict;
    agreements::DataItem ward;
    ward.name = u"Ward"_s;
    a.dataItems = {postcode, ward}; // not Households
    a.retention = u"Two years, then deleted."_s;
    a.transferMethod = u"The ONS secure upload portal."_s;
    a.startsOn = Clock::today().addMonths(-1);
    a.reviewDueOn = Clock::today().addYears(1);
    a.signOffs = {{u"Siân Evans"_s,
                   agreements::SignOffRole::Siro,
                   {},
                   u"Cardiff Council"_s,
                   Clock::today().addMonths(-1)}};
    a.recipients = {
        {u"Office for National Statistics"_s, u"Alex Morgan"_s, m_partner->card().fingerprint()}};
    a.dpia.status = agreements::DpiaStatus::NotRequired;
    a.requiresReview = review;
    return a;
}

void TestShareWizardFlow::record(const Agreement& a)
{
    agreements::AgreementRegister reg(*m_db);
    Result<Agreement> made = reg.create(a);
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
    Result<Agreement> active =
        reg.setStatus(a.reference, agreements::AgreementStatus::Active, u"Signed"_s);
    QVERIFY2(active, active ? "" : qPrintable(active.error().message));
}

std::unique_ptr<ShareWizard> TestShareWizardFlow::startWizard(bool identity)
{
    auto w = std::make_unique<ShareWizard>();
    AgreementKeySource source;
    source.agreements = []() -> Result<QList<AgreementKeySource::Agreement>> {
        return QList<AgreementKeySource::Agreement>();
    };
    source.unlock = [](const QString&) -> Result<crypto::SecureBytes> {
        return withCode(makeError(ErrorKind::Policy, u"No key."_s), AgreementKeySource::NoIdentity);
    };
    source.findAgreement = [this](const QString& ref) -> std::optional<Agreement> {
        Result<Agreement> a = agreements::AgreementRegister(*m_db).find(ref);
        return a ? std::optional<Agreement>(a.value()) : std::nullopt;
    };
    source.listAgreements = [this] {
        return agreements::AgreementRegister(*m_db).list();
    };
    w->setAgreementKeySource(source);
    ShareContext context;
    context.db = m_db.get();
    if (identity)
        context.identity = m_me;
    w->setShareContext(context);
    w->show();
    return w;
}

bool TestShareWizardFlow::clickNext(ShareWizard& w)
{
    QAbstractButton* next = w.button(QWizard::NextButton);
    if (!next->isEnabled() || !next->isVisible())
        return false;
    const int was = w.currentId();
    QTest::mouseClick(next, Qt::LeftButton);
    return w.currentId() != was;
}

PurposePage* TestShareWizardFlow::toPurpose(ShareWizard& w, const QString& reference,
                                            const QString& file)
{
    if (w.currentPage() != w.agreementPage() || !w.agreementPage()->choose(reference) ||
        !clickNext(w))
        return nullptr;
    if (!file.isEmpty())
        w.datasetPage()->openFile(file);
    if (!QTest::qWaitFor([&] { return w.datasetPage()->isComplete(); }, kWait))
        return nullptr;
    if (!clickNext(w) || w.currentPage() != w.purposePage())
        return nullptr;
    return w.purposePage();
}

ReviewPage* TestShareWizardFlow::toReview(ShareWizard& w)
{
    if (!clickNext(w) || w.currentPage() != w.redactPage())
        return nullptr;
    if (!QTest::qWaitFor([&] { return w.redactPage()->isComplete(); }, kWait) || !clickNext(w))
        return nullptr;
    RecipientsPage* recipients = w.recipientsPage();
    if (w.currentPage() != recipients || w.button(QWizard::NextButton)->isEnabled())
        return nullptr; // nobody is chosen for the officer
    if (!recipients->choose(m_partner->card().fingerprint()))
        return nullptr;
    shot(&w, u"5-recipients"_s);
    if (!clickNext(w))
        return nullptr;
    ReviewPage* review = w.reviewPage();
    if (w.currentPage() != review)
        return nullptr;
    if (!QTest::qWaitFor([&] { return review->state() != ReviewPage::State::Preparing; }, kWait))
        return nullptr;
    return review;
}

void TestShareWizardFlow::sealsABundleThatOpens()
{
    std::unique_ptr<ShareWizard> w = startWizard();
    PurposePage* purpose = toPurpose(*w, u"DSA-SEAL"_s, m_csv);
    QVERIFY(purpose);
    QVERIFY(purpose->summaryLabel()->text().contains(u"Office for National Statistics"_s));
    QVERIFY(purpose->basisLabel()->text().contains(u"Public task"_s));
    QVERIFY2(!agreements::anyBlocks(purpose->findings()),
             qPrintable(purpose->resultLabel()->text()));
    shot(w.get(), u"3-purpose"_s);
    // The suggestions follow the agreement: Households is not an allowed item.
    QCOMPARE(w->draft().profile.rule(u"Households"_s)->action, Action::Drop);

    ReviewPage* review = toReview(*w);
    QVERIFY(review);
    QCOMPARE(review->state(), ReviewPage::State::Prepared);
    QVERIFY(!review->submitButton()->isVisible());
    QVERIFY(review->sealButton()->isVisible() && review->sealButton()->isEnabled());
    const QString summary = review->summaryLabel()->text();
    QVERIFY2(summary.contains(u"households.csv"_s) && summary.contains(u"200"_s),
             qPrintable(summary));
    QVERIFY(summary.contains(u"DSA-SEAL"_s));
    // The recipient as the directory names them, not by their key card's own name.
    QVERIFY2(summary.contains(u"Alex Morgan, Office for National Statistics"_s),
             qPrintable(summary));
    // Nobody could be singled out: no risk warning.
    QVERIFY(review->prepared()->risk.has_value());
    QCOMPARE(review->prepared()->risk->uniqueRecords, 0);
    QVERIFY(!review->riskWarning()->isVisible());
    QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
    shot(w.get(), u"6-review-seal"_s);

    const QString out = m_dir.filePath(u"sealed.swb"_s);
    Dialogs::setNextFileNameForTesting(out);
    QTest::mouseClick(review->sealButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w->currentPage(), static_cast<QWizardPage*>(w->donePage()), kWait);
    QVERIFY(QFile::exists(out));
    QVERIFY(w->draft().record && w->draft().sealed);
    QCOMPARE(w->draft().record->state, shares::ShareState::Sealed);
    QVERIFY(w->donePage()->whereLabel()->text().contains(u"sealed.swb"_s));
    QVERIFY(w->donePage()->fingerprintLabel()->text().contains(
        DonePage::grouped(w->draft().sealed->dataHash)));
    QVERIFY(w->donePage()->nextLabel()->text().contains(u"ONS secure upload portal"_s));
    QVERIFY(w->button(QWizard::FinishButton)->isVisible());
    QVERIFY(!w->button(QWizard::BackButton)->isEnabled());
    shot(w.get(), u"7-done-sealed"_s);

    // The recipient opens it: every check passes, and it is the share's data.
    bundle::OpenParams open;
    open.identity = &*m_partner;
    open.senderKnown = [this](const crypto::KeyCard& sender) {
        return sender == m_me->card();
    };
    Result<bundle::OpenedBundle> opened = bundle::BundleReader::open(out, open);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    QCOMPARE(opened->dataHash, w->draft().sealed->dataHash);
    QCOMPARE(opened->rowCount, quint64(200));
    QCOMPARE(opened->manifest.value(u"share"_s).toString(), w->draft().record->uid);
    QVERIFY(opened->manifest.contains(u"agreement"_s));
}

void TestShareWizardFlow::blockingFindingStopsUntilFixed()
{
    // The last share under the agreement kept every column as it was: its rules fill
    // the Redact page, and the checks find a column the agreement does not allow and a
    // postcode sent whole.
    redact::RedactionProfile kept;
    kept.agreement = u"DSA-SEAL"_s;
    for (const QString& c : {u"Postcode"_s, u"Ward"_s, u"Households"_s}) {
        redact::ColumnRule r;
        r.column = c;
        r.action = Action::Keep;
        kept.rules.append(r);
    }
    shares::ShareRecord earlier;
    earlier.agreementReference = u"DSA-SEAL"_s;
    earlier.datasetName = u"last-month.csv"_s;
    earlier.profileJson = CanonicalJson::serialise(kept.toJson());
    QVERIFY(shares::ShareStore(*m_db).createDraft(earlier));

    std::unique_ptr<ShareWizard> w = startWizard();
    PurposePage* purpose = toPurpose(*w, u"DSA-SEAL"_s, m_csv);
    QVERIFY(purpose);
    QVERIFY(agreements::anyBlocks(purpose->findings()));
    QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
    QVERIFY(w->draft().profileNote.contains(u"last share"_s));
    auto hasFinding = [&](const char* code, const QString& column) {
        return std::any_of(purpose->findings().cbegin(), purpose->findings().cend(),
                           [&](const agreements::Finding& f) {
                               return f.code == QLatin1String(code) && f.column == column;
                           });
    };
    QVERIFY(hasFinding(agreements::CheckCode::ColumnNotAllowed, u"Households"_s));
    QVERIFY(hasFinding(agreements::CheckCode::ColumnTooWeak, u"Postcode"_s));
    // Each finding is shown with its next step.
    QVERIFY(!purpose->findChildren<QLabel*>(u"findingNextStep"_s).isEmpty());
    shot(w.get(), u"3-purpose-blocked"_s);

    QVERIFY(purpose->dropButton()->isVisible());
    QTest::mouseClick(purpose->dropButton(), Qt::LeftButton);
    QVERIFY(!hasFinding(agreements::CheckCode::ColumnNotAllowed, u"Households"_s));
    QVERIFY(!purpose->dropButton()->isVisible());
    QVERIFY(!w->button(QWizard::NextButton)->isEnabled()); // the postcode still blocks
    QVERIFY(purpose->minimumButton()->isVisible());
    QTest::mouseClick(purpose->minimumButton(), Qt::LeftButton);
    QVERIFY(!agreements::anyBlocks(purpose->findings()));
    QVERIFY(w->button(QWizard::NextButton)->isEnabled());

    // The Redact page shows the fixes, and where its rules came from.
    QVERIFY(clickNext(*w));
    RedactPage* redact = w->redactPage();
    QCOMPARE(w->currentPage(), static_cast<QWizardPage*>(redact));
    QCOMPARE(redact->actionBox(u"Households"_s)->currentData().toInt(), int(Action::Drop));
    QCOMPARE(redact->actionBox(u"Postcode"_s)->currentData().toInt(), int(Action::Generalise));
    QCOMPARE(redact->actionBox(u"Ward"_s)->currentData().toInt(), int(Action::Keep));
    QVERIFY(redact->profileNoteLabel()->isVisible());
    QVERIFY(redact->profileNoteLabel()->text().contains(u"last share"_s));
    shot(w.get(), u"4-redact-from-last-share"_s);
}

void TestShareWizardFlow::cancelledSealLeavesNoFile()
{
    std::unique_ptr<ShareWizard> w = startWizard();
    QVERIFY(toPurpose(*w, u"DSA-SEAL"_s, m_csv));
    ReviewPage* review = toReview(*w);
    QVERIFY(review);
    QCOMPARE(review->state(), ReviewPage::State::Prepared);

    // The seal is held at its first report of sealing progress (the bundle's temporary
    // file is open) until Cancel has been clicked.
    QSemaphore reached;
    QSemaphore clicked;
    bool held = false;
    ShareJobs::setProgressHookForTesting([&](const QString& step, qint64, qint64) {
        if (!held && step == u"Sealing"_s) {
            held = true;
            reached.release();
            clicked.tryAcquire(1, kWait);
        }
    });
    const QString out = m_dir.filePath(u"cancelled.swb"_s);
    Dialogs::setNextFileNameForTesting(out);
    QTest::mouseClick(review->sealButton(), Qt::LeftButton);
    QCOMPARE(review->state(), ReviewPage::State::Sealing);
    QVERIFY(reached.tryAcquire(1, kWait));
    QVERIFY(!w->button(QWizard::CancelButton)->isEnabled());
    QVERIFY(!w->button(QWizard::BackButton)->isEnabled());
    review->layout()->activate();
    QVERIFY(review->cancelButton()->isVisible());
    QTest::mouseClick(review->cancelButton(), Qt::LeftButton);
    QCOMPARE(review->statusLabel()->text(), u"Stopping…"_s);
    clicked.release();
    QTRY_VERIFY_WITH_TIMEOUT(review->state() != ReviewPage::State::Sealing, kWait);
    QCOMPARE(review->state(), ReviewPage::State::Prepared);
    QVERIFY(review->statusLabel()->text().contains(u"cancelled"_s));
    shot(w.get(), u"6-review-cancelled"_s);
    QVERIFY(!QFile::exists(out));
    QCOMPARE(w->currentPage(), static_cast<QWizardPage*>(review));
    ShareJobs::setProgressHookForTesting({});

    // The share stays a draft, and its history says the seal was cancelled.
    QVERIFY(w->draft().record);
    Result<shares::ShareRecord> share = shares::ShareStore(*m_db).find(w->draft().record->id);
    QVERIFY(share);
    QCOMPARE(share->state, shares::ShareState::Draft);
    Result<QList<AuditEntry>> trail = shares::ShareStore(*m_db).auditTrail(share->uid);
    QVERIFY(trail);
    QVERIFY(std::any_of(trail->cbegin(), trail->cend(),
                        [](const AuditEntry& e) { return e.action == u"share.seal_cancelled"_s; }));
}

void TestShareWizardFlow::reviewNeededRecordsAPendingShare()
{
    std::unique_ptr<ShareWizard> w = startWizard();
    QVERIFY(toPurpose(*w, u"DSA-REVIEW"_s, m_csv));
    ReviewPage* review = toReview(*w);
    QVERIFY(review);
    QCOMPARE(review->state(), ReviewPage::State::Prepared);
    QVERIFY(review->submitButton()->isVisible());
    QVERIFY(!review->sealButton()->isVisible());
    shot(w.get(), u"6-review-submit"_s);
    QTest::mouseClick(review->submitButton(), Qt::LeftButton);
    QCOMPARE(w->currentPage(), static_cast<QWizardPage*>(w->donePage()));
    QCOMPARE(w->donePage()->title(), u"Submitted for review"_s);
    // The reviewer approves it or sends it back, in the product's words.
    const QString next = w->donePage()->nextLabel()->text();
    QVERIFY2(next.contains(u"approves it or sends it back"_s), qPrintable(next));
    QVERIFY2(next.contains(u"If it is sent back"_s), qPrintable(next));
    QVERIFY2(!next.contains(u"reject"_s), qPrintable(next));
    shot(w.get(), u"7-done-submitted"_s);

    shares::ShareFilter pending;
    pending.states = {shares::ShareState::PendingReview};
    Result<QList<shares::ShareListItem>> listed = shares::ShareStore(*m_db).list(pending);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    Result<shares::ShareRecord> share = shares::ShareStore(*m_db).find(listed->first().id);
    QVERIFY(share);
    QCOMPARE(share->agreementReference, u"DSA-REVIEW"_s);
    QVERIFY(share->binding.has_value());
    QCOMPARE(share->binding->rowCount, quint64(200));
    QCOMPARE(share->binding->preparer, m_me->card().fingerprint());
    QCOMPARE(share->recipients, QList<crypto::KeyCard>{m_partner->card()});
    QCOMPARE(share->datasetPath, m_csv);
}

void TestShareWizardFlow::withoutIdentityPointsToMyIdentity()
{
    // No identity in the session: sealing and submitting say where to set it up, in the
    // words of the menu (Settings, My identity).
    for (const QString& reference : {u"DSA-SEAL"_s, u"DSA-REVIEW"_s}) {
        std::unique_ptr<ShareWizard> w = startWizard(false);
        QVERIFY(toPurpose(*w, reference, m_csv));
        ReviewPage* review = toReview(*w);
        QVERIFY(review);
        QCOMPARE(review->state(), ReviewPage::State::Prepared);
        QPushButton* button =
            reference == u"DSA-SEAL"_s ? review->sealButton() : review->submitButton();
        QVERIFY(button->isVisible() && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        const QString message = Dialogs::lastMessageForTesting();
        QVERIFY2(message.contains(u"Settings, My identity"_s), qPrintable(message));
        QCOMPARE(review->state(), ReviewPage::State::Prepared);
    }
}

void TestShareWizardFlow::savedDraftResumes()
{
    std::unique_ptr<ShareWizard> w = startWizard();
    QVERIFY(toPurpose(*w, u"DSA-SEAL"_s, m_csv));
    QVERIFY(clickNext(*w));
    RedactPage* redact = w->redactPage();
    QTRY_VERIFY_WITH_TIMEOUT(redact->isComplete(), kWait);
    // The officer leaves the ward out, and saves the draft to finish tomorrow.
    QComboBox* ward = redact->actionBox(u"Ward"_s);
    ward->setCurrentIndex(ward->findData(int(Action::Drop)));
    emit ward->activated(ward->currentIndex());
    QCOMPARE(w->draft().profile.rule(u"Ward"_s)->action, Action::Drop);
    QAbstractButton* save = w->button(QWizard::CustomButton1);
    QVERIFY(save->isVisible());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(Dialogs::lastMessageForTesting().contains(u"saved"_s));
    w.reset();

    shares::ShareFilter drafts;
    drafts.states = {shares::ShareState::Draft};
    Result<QList<shares::ShareListItem>> listed = shares::ShareStore(*m_db).list(drafts);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    Result<shares::ShareRecord> saved = shares::ShareStore(*m_db).find(listed->first().id);
    QVERIFY(saved);
    QCOMPARE(saved->datasetPath, m_csv);

    std::unique_ptr<ShareWizard> again = startWizard();
    again->resumeDraft(saved.value());
    QVERIFY(again->agreementPage()->isComplete()); // the agreement is chosen
    QVERIFY(clickNext(*again));
    QTRY_VERIFY_WITH_TIMEOUT(again->datasetPage()->isComplete(), kWait);
    QCOMPARE(again->draft().datasetPath, m_csv);
    QVERIFY(clickNext(*again)); // purpose
    QVERIFY(clickNext(*again)); // redact
    RedactPage* resumed = again->redactPage();
    QCOMPARE(again->currentPage(), static_cast<QWizardPage*>(resumed));
    QCOMPARE(resumed->actionBox(u"Ward"_s)->currentData().toInt(), int(Action::Drop));
    QVERIFY(resumed->profileNoteLabel()->isVisible());
    // Saving again changes the same share, not a new one.
    QTest::mouseClick(again->button(QWizard::CustomButton1), Qt::LeftButton);
    listed = shares::ShareStore(*m_db).list(drafts);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
}

void TestShareWizardFlow::passphraseModeForARecipientWithoutAKey()
{
    // An agreement naming, beside a partner with a key, one who receives by passphrase.
    Agreement a = agreement(u"DSA-PASS"_s, false);
    a.recipients.append({u"Cardiff University"_s, u"Dr Rhian Lloyd"_s, QString(), true});
    record(a);
    std::unique_ptr<ShareWizard> w = startWizard();
    QVERIFY(toPurpose(*w, u"DSA-PASS"_s, m_csv));
    QVERIFY(clickNext(*w) && w->currentPage() == w->redactPage());
    QVERIFY(QTest::qWaitFor([&] { return w->redactPage()->isComplete(); }, kWait));
    QVERIFY(clickNext(*w));
    RecipientsPage* page = w->recipientsPage();
    QCOMPARE(w->currentPage(), page);
    QCOMPARE(page->list()->topLevelItemCount(), 2);
    QVERIFY(page->list()->topLevelItem(1)->text(2).contains(u"Receives by passphrase"_s));
    QVERIFY(page->passphraseMode()->isVisible());
    QVERIFY(page->keysMode()->isChecked());
    // On the button's circle (a click past the end of its words is not on the button).
    QTest::mouseClick(page->passphraseMode(), Qt::LeftButton, {},
                      QPoint(8, page->passphraseMode()->height() / 2));
    QVERIFY(page->passphraseMode()->isChecked());
    QVERIFY(!page->isComplete());
    QVERIFY(page->makePassphraseButton()->isVisible());
    QVERIFY(!page->copyButton()->isEnabled());
    QTest::mouseClick(page->makePassphraseButton(), Qt::LeftButton);
    QVERIFY(page->isComplete());
    const QString passphrase = page->passphraseField()->text();
    const QStringList words = passphrase.split(u'-');
    QCOMPARE(words.size(), 6);
    for (const QString& word : words)
        QVERIFY(shares::passphraseWords().contains(word.toUtf8()));
    QVERIFY(page->copyButton()->isEnabled());
    shot(w.get(), u"5-recipients-passphrase"_s);

    QVERIFY(clickNext(*w));
    ReviewPage* review = w->reviewPage();
    QCOMPARE(w->currentPage(), review);
    QVERIFY(
        QTest::qWaitFor([&] { return review->state() != ReviewPage::State::Preparing; }, kWait));
    QCOMPARE(review->state(), ReviewPage::State::Prepared);
    QVERIFY(w->draft().recipients.isEmpty()); // sealed under the passphrase alone
    const QString summary = review->summaryLabel()->text();
    QVERIFY2(summary.contains(u"passphrase"_s), qPrintable(summary));
    const QString out = m_dir.filePath(u"passphrase.swb"_s);
    Dialogs::setNextFileNameForTesting(out);
    QTest::mouseClick(review->sealButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w->currentPage(), static_cast<QWizardPage*>(w->donePage()), kWait);
    QVERIFY(QFile::exists(out));
    QVERIFY(w->donePage()->nextLabel()->text().contains(u"passphrase"_s));
    QCOMPARE(w->draft().record->summary.value(u"passphrase_for"_s).toArray(),
             QJsonArray{u"Cardiff University"_s});

    // The partner with a key cannot open it; the passphrase does.
    bundle::OpenParams byKey;
    byKey.identity = &*m_partner;
    QVERIFY(!bundle::BundleReader::open(out, byKey));
    bundle::OpenParams open;
    open.passphrase = crypto::SecureBytes::copyOf(passphrase.toUtf8());
    open.senderKnown = [this](const crypto::KeyCard& sender) {
        return sender == m_me->card();
    };
    Result<bundle::OpenedBundle> opened = bundle::BundleReader::open(out, open);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    QCOMPARE(opened->rowCount, quint64(200));

    QVERIFY(shares::passphraseWords().size() >= 2048);
    QVERIFY(shares::passphraseBits(6) > 64.0);
    QVERIFY(!(shares::generatePassphrase() == shares::generatePassphrase()));
}

void TestShareWizardFlow::uniqueRecordsAreWarnedOfWithoutBlocking()
{
    // One household in a postcode district of its own: alone in its group once the
    // postcode is cut to its district.
    const QString csv = writeFile(m_dir, u"households-one-apart.csv"_s,
                                  householdsCsv(200) + "CF99 1AB,Llandaff,3\n");
    std::unique_ptr<ShareWizard> w = startWizard();
    QVERIFY(toPurpose(*w, u"DSA-SEAL"_s, csv));
    ReviewPage* review = toReview(*w);
    QVERIFY(review);
    QCOMPARE(review->state(), ReviewPage::State::Prepared);
    QVERIFY(review->prepared()->risk.has_value());
    QCOMPARE(review->prepared()->risk->uniqueRecords, 1);

    QStringList quasi;
    for (const QJsonValue& v :
         review->prepared()->summary[u"risk"_s][u"quasi_identifiers"_s].toArray())
        quasi << v.toString();
    QVERIFY2(quasi.contains(u"Postcode"_s), qPrintable(quasi.join(u", "_s)));

    // An icon and words, with what to do next; plural-correct.
    QVERIFY(review->riskWarning()->isVisible());
    const QString warning = review->riskWarningLabel()->text();
    QVERIFY2(warning.startsWith(agreements::severityLabel(agreements::Severity::Warn)),
             qPrintable(warning));
    QVERIFY2(warning.contains(QCoreApplication::translate(
                                  "sharewise::ui::ReviewPage",
                                  "%Ln record(s) could be singled out: no other record has the "
                                  "same %1.",
                                  nullptr, 1)
                                  .arg(QLocale().createSeparatedList(quasi))),
             qPrintable(warning));
    QVERIFY2(!warning.contains(u"1 records"_s), qPrintable(warning));
    const QString next = review->riskNextStepLabel()->text();
    QVERIFY2(next.contains(u"Decide what happens to each column"_s), qPrintable(next));
    QVERIFY2(next.contains(u"generalise a quasi-identifier further"_s), qPrintable(next));
    const QList<QLabel*> labels = review->riskWarning()->findChildren<QLabel*>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                        [](const QLabel* l) { return !l->pixmap().isNull(); }));
    shot(w.get(), u"6-review-unique-records"_s);

    // It does not block: the bundle seals.
    QVERIFY(review->sealButton()->isVisible() && review->sealButton()->isEnabled());
    const QString out = m_dir.filePath(u"one-apart.swb"_s);
    Dialogs::setNextFileNameForTesting(out);
    QTest::mouseClick(review->sealButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w->currentPage(), static_cast<QWizardPage*>(w->donePage()), kWait);
    QVERIFY(QFile::exists(out));
}

QTEST_MAIN(TestShareWizardFlow)
#include "tst_sharewizard_flow.moc"
