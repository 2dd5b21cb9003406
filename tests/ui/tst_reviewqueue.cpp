// The IG review queue (ui/review/ReviewQueueDialog): real widgets over a temporary
// history, shares made through shares::ShareStore, identities made for the test.
#include "common/Clock.h"
#include "common/Translations.h"
#include "core/shares/SharesFixture.h"
#include "crypto/Identity.h"
#include "crypto/Sodium.h"
#include "review/RedactedPreview.h"
#include "review/ReviewQueueDialog.h"
#include "review/ShareTextDialog.h"
#include "shares/Approval.h"
#include "shares/ShareStore.h"
#include "store/Database.h"
#include "support/TestSupport.h"
#include "widgets/Dialogs.h"
#include "widgets/ErrorSummary.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace sharewise;
using namespace sharewise::shares;
using namespace sharewise::testshares;
using namespace sharewise::ui;

namespace {
const QString kPreparer = u"Mair Preparer"_s;
const QString kReviewer = u"Rhys Reviewer"_s;

// A plural as the program says it (English plural forms come from the translation
// files, so the words are asked for rather than spelt here).
QString plural(const char* context, const char* text, int n)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}

// With SHAREWISE_SHOTS naming a folder, a test leaves a picture of what it looked at
// (rendered at the screen's scale: run again with QT_SCALE_FACTOR=2 for 200%).
void shoot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("SHAREWISE_SHOTS");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    w->grab().save(dir + u'/' + name + u'@' + QString::number(w->devicePixelRatioF()) + u"x.png"_s);
}
} // namespace

class TestReviewQueue : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsPendingOldestFirst();
    void approvingAsASecondIdentityRecordsASignedDecision();
    void preparersOwnApprovalIsRefused();
    void sendingBackNeedsAReason();
    void redactedRowsComeFromTheFileOnDemand();
    void missingOrChangedFileSaidPlainly();
    void reviewByFileRoundTrip();
    void refreshesWhileOpen();

private:
    template <typename T>
    void whenShown(std::function<void(T*)> answer);
    ShareRecord pending(const QString& datasetName, const QString& path = {},
                        const QJsonObject& summary = {});

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;         // the preparer's session
    std::unique_ptr<Database> m_reviewerDb; // the reviewer's, on the same history
    std::shared_ptr<const crypto::Identity> m_preparer;
    std::shared_ptr<const crypto::Identity> m_reviewer;
    crypto::Identity m_recipient;
    agreements::Agreement m_agreement;
    qint64 m_nowUs = 0;
};

template <typename T>
void TestReviewQueue::whenShown(std::function<void(T*)> answer)
{
    auto* timer = new QTimer(this);
    timer->setInterval(10);
    connect(timer, &QTimer::timeout, this, [timer, answer] {
        if (auto* d = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(d);
        }
    });
    timer->start();
}

void TestReviewQueue::initTestCase()
{
    QVERIFY(crypto::initialise());
    Dialogs::setRecordMessagesForTesting(true);
    Translations::apply(u"en"_s);
    m_preparer = std::make_shared<const crypto::Identity>(crypto::Identity::generate(kPreparer));
    m_reviewer = std::make_shared<const crypto::Identity>(crypto::Identity::generate(kReviewer));
    m_recipient = crypto::Identity::generate(u"Alex Smith"_s);
}

void TestReviewQueue::init()
{
    static int n = 0;
    m_nowUs = QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch() * 1000;
    Clock::setSourceForTesting([this] { return m_nowUs; });
    m_path = m_dir.filePath(u"h%1.sqlite"_s.arg(++n));
    m_db = test::openHistory(m_path, kPreparer);
    QVERIFY(m_db);
    m_reviewerDb = test::openHistory(m_path, kReviewer);
    QVERIFY(m_reviewerDb);
    m_agreement =
        recordAgreement(*m_db, agreementFor(u"DSA-Q-1"_s, m_recipient.card().fingerprint()));
}

void TestReviewQueue::cleanup()
{
    m_reviewerDb.reset();
    m_db.reset();
    Clock::setSourceForTesting({});
}

ShareRecord TestReviewQueue::pending(const QString& datasetName, const QString& path,
                                     const QJsonObject& summary)
{
    ShareStore store(*m_db);
    ShareRecord s;
    s.agreementReference = m_agreement.reference;
    s.agreementVersion = m_agreement.version;
    s.agreementHash = m_agreement.contentHash;
    s.partner = u"Department for Housing"_s;
    s.datasetName = datasetName;
    s.datasetPath = path.isEmpty() ? u"/nowhere/"_s + datasetName : path;
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        s.datasetSize = info.size();
        s.datasetModifiedUs = info.lastModified().toMSecsSinceEpoch() * 1000;
    }
    s.profileJson = redactionProfile(m_agreement.reference).toBytes();
    s.recipients = {m_recipient.card()};
    Result<ShareRecord> draft = store.createDraft(s);
    if (!draft)
        qFatal("createDraft: %s", qPrintable(draft.error().fullMessage()));
    const ShareBinding binding = bindingFor(m_agreement, m_preparer->card().fingerprint(),
                                            {m_recipient.card().fingerprint()});
    Result<ShareRecord> sent = store.submit(draft->id, draft->rowVersion, binding, summary);
    if (!sent)
        qFatal("submit: %s", qPrintable(sent.error().fullMessage()));
    m_nowUs += 60LL * 1000 * 1000;
    return sent.value();
}

void TestReviewQueue::listsPendingOldestFirst()
{
    const QJsonObject withWarning{
        {u"rows"_s, 200},
        {u"findings"_s, QJsonArray{QJsonObject{{u"code"_s, u"x.warn"_s},
                                               {u"severity"_s, u"warn"_s},
                                               {u"column"_s, u"Sex"_s},
                                               {u"message"_s, u"A plain warning."_s},
                                               {u"next_step"_s, u"Look at it."_s}}}}};
    const ShareRecord first = pending(u"first.csv"_s, {}, withWarning);
    const ShareRecord second = pending(u"second.csv"_s);
    // A draft is not waiting for anyone.
    ShareRecord draft;
    draft.agreementReference = m_agreement.reference;
    draft.agreementVersion = m_agreement.version;
    draft.agreementHash = m_agreement.contentHash;
    draft.datasetName = u"draft.csv"_s;
    QVERIFY(ShareStore(*m_db).createDraft(draft));
    const ShareRecord third = pending(u"third.csv"_s);

    ReviewQueueDialog d(*m_reviewerDb);
    d.show();
    QCOMPARE(d.listedIds(), (QList<qint64>{first.id, second.id, third.id}));
    QCOMPARE(d.table()->item(0, ReviewQueueDialog::DatasetColumn)->text(), u"first.csv"_s);
    QCOMPARE(d.table()->item(0, ReviewQueueDialog::AgreementColumn)->text(), u"DSA-Q-1"_s);
    QCOMPARE(d.table()->item(0, ReviewQueueDialog::PreparedByColumn)->text(), kPreparer);
    QCOMPARE(d.table()->item(0, ReviewQueueDialog::PartnerColumn)->text(),
             u"Department for Housing"_s);
    QCOMPARE(d.table()->item(0, ReviewQueueDialog::FindingsColumn)->text(),
             plural("ShareDetail", "%n warning(s)", 1));
    QCOMPARE(d.table()->item(1, ReviewQueueDialog::FindingsColumn)->text(), u"None"_s);
    // The oldest is opened, with its findings and the agreement.
    QCOMPARE(d.selectedId(), first.id);
    const QString detail = d.detailView()->toPlainText();
    QVERIFY2(detail.contains(u"A plain warning."_s), qPrintable(detail));
    QVERIFY(detail.contains(u"Look at it."_s));
    QVERIFY(detail.contains(m_agreement.title));
    QVERIFY(d.approveButton()->isEnabled());
    d.resize(1000, 720);
    shoot(&d, u"queue"_s);
}

void TestReviewQueue::approvingAsASecondIdentityRecordsASignedDecision()
{
    const ShareRecord share = pending(u"clients.csv"_s);
    ReviewQueueDialog d(*m_reviewerDb);
    d.setSessionIdentity(m_reviewer);
    d.show();
    QVERIFY(d.selectShare(share.id));
    QSignalSpy changed(&d, &ReviewQueueDialog::sharesChanged);
    QTest::mouseClick(d.approveButton(), Qt::LeftButton);

    ShareStore store(*m_db);
    Result<ShareRecord> after = store.find(share.id);
    QVERIFY(after);
    QCOMPARE(after->state, ShareState::Approved);
    Result<QList<ShareDecision>> decisions = store.decisions(share.id);
    QVERIFY(decisions);
    QCOMPARE(decisions->size(), 1);
    const ShareDecision& dec = decisions->first();
    QVERIFY(dec.approved);
    QCOMPARE(dec.reviewer, kReviewer);
    QCOMPARE(dec.reviewerCard, m_reviewer->card());
    // Signed by the reviewer over exactly this share.
    QVERIFY(crypto::Identity::verify(m_reviewer->card().signingKey, crypto::SignContext::Approval,
                                     dec.statement, dec.signature));
    QVERIFY(checkDecision(dec, after.value()));
    QCOMPARE(changed.count(), 1);
    QVERIFY(d.outcomeLabel()->text().contains(u"approved"_s));
    // It has left the queue.
    QVERIFY(!d.listedIds().contains(share.id));
}

void TestReviewQueue::preparersOwnApprovalIsRefused()
{
    const ShareRecord share = pending(u"clients.csv"_s);
    ReviewQueueDialog d(*m_db);
    d.setSessionIdentity(m_preparer);
    d.show();
    QVERIFY(d.selectShare(share.id));
    QTest::mouseClick(d.approveButton(), Qt::LeftButton);

    // Core's four-eyes refusal, shown as it is.
    Result<ShareDecision> refused = decide(share, *m_preparer, kPreparer, true, {}, Clock::nowUs());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QString::fromLatin1(ApprovalError::OwnShare));
    QCOMPARE(d.outcomeLabel()->text(), refused.error().fullMessage());
    d.resize(1000, 720);
    shoot(&d, u"queue-own-share"_s);
    Result<ShareRecord> after = ShareStore(*m_db).find(share.id);
    QCOMPARE(after->state, ShareState::PendingReview);
    QVERIFY(ShareStore(*m_db).decisions(share.id)->isEmpty());
    QVERIFY(d.listedIds().contains(share.id));
}

void TestReviewQueue::sendingBackNeedsAReason()
{
    const ShareRecord share = pending(u"clients.csv"_s);
    ReviewQueueDialog d(*m_reviewerDb);
    d.setSessionIdentity(m_reviewer);
    d.show();
    QVERIFY(d.selectShare(share.id));

    bool asked = false;
    whenShown<ShareTextDialog>([&](ShareTextDialog* ask) {
        asked = true;
        QCOMPARE(ask->kind(), ShareTextDialog::Kind::SendBack);
        QTest::mouseClick(ask->okButton(), Qt::LeftButton);
        // No reason: the dialog stays, saying what to do.
        QVERIFY(ask->isVisible());
        QCOMPARE(ask->errorSummary()->problems().size(), 1);
        shoot(ask, u"send-back"_s);
        QTest::keyClicks(ask->textEdit(), u"Leave out the postcode"_s);
        QTest::mouseClick(ask->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(d.sendBackButton(), Qt::LeftButton);
    QVERIFY(asked);

    Result<ShareRecord> after = ShareStore(*m_db).find(share.id);
    QCOMPARE(after->state, ShareState::Rejected);
    Result<QList<ShareDecision>> decisions = ShareStore(*m_db).decisions(share.id);
    QCOMPARE(decisions->size(), 1);
    QVERIFY(!decisions->first().approved);
    QCOMPARE(decisions->first().reason, u"Leave out the postcode"_s);

    // Cancelled: nothing is recorded.
    const ShareRecord other = pending(u"other.csv"_s);
    d.reload();
    QVERIFY(d.selectShare(other.id));
    whenShown<ShareTextDialog>([](ShareTextDialog* ask) { ask->reject(); });
    QTest::mouseClick(d.sendBackButton(), Qt::LeftButton);
    QCOMPARE(ShareStore(*m_db).find(other.id)->state, ShareState::PendingReview);
}

void TestReviewQueue::redactedRowsComeFromTheFileOnDemand()
{
    const QString csv = m_dir.filePath(u"clients-preview.csv"_s);
    QVERIFY(writeFile(csv, csvBytes(120)));
    const ShareRecord share = pending(u"clients-preview.csv"_s, csv);
    ReviewQueueDialog d(*m_reviewerDb);
    d.setSessionIdentity(m_reviewer);
    d.show();
    QVERIFY(d.selectShare(share.id));
    QCOMPARE(d.rowsTable()->rowCount(), 0); // not read until asked
    QTest::mouseClick(d.showRowsButton(), Qt::LeftButton);
    QTRY_COMPARE(d.rowsTable()->rowCount(), 50);
    QStringList headers;
    for (int c = 0; c < d.rowsTable()->columnCount(); ++c)
        headers << d.rowsTable()->horizontalHeaderItem(c)->text();
    QCOMPARE(headers,
             (QStringList{u"Date of birth"_s, u"Postcode"_s, u"Sex"_s, u"Service code"_s}));
    // Redacted as the profile says: the year of birth only, the postcode's district.
    const QString year = d.rowsTable()->item(0, 0)->text();
    QCOMPARE(year.size(), 4);
    QVERIFY(year.toInt() >= 1950);
    QCOMPARE(d.rowsTable()->item(0, 1)->text(), u"CF10"_s);
    d.resize(1000, 720);
    shoot(&d, u"queue-rows"_s);
}

void TestReviewQueue::missingOrChangedFileSaidPlainly()
{
    const ShareRecord gone = pending(u"gone.csv"_s); // a path that does not exist
    const QString csv = m_dir.filePath(u"clients-changed.csv"_s);
    QVERIFY(writeFile(csv, csvBytes(20)));
    const ShareRecord changed = pending(u"clients-changed.csv"_s, csv);
    QVERIFY(writeFile(csv, csvBytes(21))); // another size now

    ReviewQueueDialog d(*m_reviewerDb);
    d.show();
    QVERIFY(d.selectShare(gone.id));
    QTest::mouseClick(d.showRowsButton(), Qt::LeftButton);
    QCOMPARE(d.rowsStatus()->text(), previewProblemText(RedactedRows::Problem::NoFile));
    QCOMPARE(d.rowsTable()->rowCount(), 0);

    QVERIFY(d.selectShare(changed.id));
    QTest::mouseClick(d.showRowsButton(), Qt::LeftButton);
    QCOMPARE(d.rowsStatus()->text(), previewProblemText(RedactedRows::Problem::Changed));
    QCOMPARE(d.rowsTable()->rowCount(), 0);
}

void TestReviewQueue::reviewByFileRoundTrip()
{
    const ShareRecord share = pending(u"clients.csv"_s);
    // The preparer exports a signed review request.
    ReviewQueueDialog preparerQueue(*m_db);
    preparerQueue.setSessionIdentity(m_preparer);
    preparerQueue.show();
    QVERIFY(preparerQueue.selectShare(share.id));
    const QString requestFile = m_dir.filePath(u"request.swreview"_s);
    Dialogs::setNextFileNameForTesting(requestFile);
    QTest::mouseClick(preparerQueue.exportRequestButton(), Qt::LeftButton);
    QVERIFY2(QFileInfo::exists(requestFile), qPrintable(preparerQueue.outcomeLabel()->text()));

    // The reviewer, on another desktop with a history of their own, imports and approves.
    std::unique_ptr<Database> elsewhere =
        test::openHistory(m_dir.filePath(u"reviewer-desktop.sqlite"_s), kReviewer);
    QVERIFY(elsewhere);
    ReviewQueueDialog reviewerQueue(*elsewhere);
    reviewerQueue.setSessionIdentity(m_reviewer);
    reviewerQueue.show();
    QCOMPARE(reviewerQueue.listedIds().size(), 0);
    Dialogs::setNextFileNameForTesting(requestFile);
    QTest::mouseClick(reviewerQueue.importRequestButton(), Qt::LeftButton);
    QCOMPARE(reviewerQueue.listedIds().size(), 1);
    QTest::mouseClick(reviewerQueue.approveButton(), Qt::LeftButton);
    QCOMPARE(reviewerQueue.listedIds().size(), 0);
    reviewerQueue.includeDecidedBox()->setChecked(true);
    QCOMPARE(reviewerQueue.listedIds().size(), 1);
    QVERIFY(reviewerQueue.exportDecisionButton()->isEnabled());
    const QString decisionFile = m_dir.filePath(u"decision.swdecision"_s);
    Dialogs::setNextFileNameForTesting(decisionFile);
    QTest::mouseClick(reviewerQueue.exportDecisionButton(), Qt::LeftButton);
    QVERIFY2(QFileInfo::exists(decisionFile), qPrintable(reviewerQueue.outcomeLabel()->text()));

    // The preparer imports the decision: the share is approved, with the reviewer's
    // signature, as if decided in the same register.
    Dialogs::setNextFileNameForTesting(decisionFile);
    QTest::mouseClick(preparerQueue.importDecisionButton(), Qt::LeftButton);
    Result<ShareRecord> after = ShareStore(*m_db).find(share.id);
    QVERIFY2(after->state == ShareState::Approved,
             qPrintable(preparerQueue.outcomeLabel()->text()));
    Result<QList<ShareDecision>> decisions = ShareStore(*m_db).decisions(share.id);
    QCOMPARE(decisions->size(), 1);
    QCOMPARE(decisions->first().reviewerCard, m_reviewer->card());
    QVERIFY(checkDecision(decisions->first(), after.value()));
}

void TestReviewQueue::refreshesWhileOpen()
{
    ReviewQueueDialog d(*m_reviewerDb);
    d.show();
    QVERIFY(d.refreshTimer()->isActive());
    QCOMPARE(d.refreshTimer()->interval(), 30 * 1000);
    QCOMPARE(d.listedIds().size(), 0);
    const ShareRecord share = pending(u"late.csv"_s);
    // What the timer does every 30 s, and the Refresh button at once.
    QTest::mouseClick(d.refreshButton(), Qt::LeftButton);
    QCOMPARE(d.listedIds(), QList<qint64>{share.id});
}

QTEST_MAIN(TestReviewQueue)
#include "tst_reviewqueue.moc"
