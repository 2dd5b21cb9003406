// Review by file between two local histories: the preparer's signed request read back
// as written, any changed byte refused, the reviewer's own history taking the request
// and deciding, and the signed decision file taking the preparer's share to approved;
// a decision about another share refused.
#include "agreements/AgreementRegister.h"
#include "shares/Approval.h"
#include "shares/ReviewFiles.h"
#include "shares/ShareStore.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "support/TestSupport.h"

#include "SharesFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sharewise;
using namespace sharewise::shares;
using namespace sharewise::testshares;

namespace {

const QString kPreparer = u"Owen Preparer"_s;
const QString kReviewer = u"Rhian Reviewer"_s;

template <typename T>
QString messageOf(const Result<T>& r)
{
    return r.ok() ? QString() : r.error().fullMessage();
}

template <typename T>
QString codeOf(const Result<T>& r)
{
    return r.ok() ? u"(accepted)"_s : r.error().code;
}

} // namespace

class TestReviewFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(crypto::initialise());
        m_preparer = crypto::Identity::generate(kPreparer);
        m_reviewer = crypto::Identity::generate(kReviewer);
        m_recipient = crypto::Identity::generate(u"Alex Smith"_s);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = test::openHistory(m_dir->filePath(u"preparer.db"_s), kPreparer);
        QVERIFY(m_db);
        m_reviewerDb = test::openHistory(m_dir->filePath(u"reviewer.db"_s), kReviewer);
        QVERIFY(m_reviewerDb);
        m_agreement =
            recordAgreement(*m_db, agreementFor(u"DSA-TEST-1"_s, m_recipient.card().fingerprint()));
        Result<QByteArray> json =
            agreements::AgreementRegister(*m_db).exportJson(m_agreement.reference);
        QVERIFY(json.ok());
        m_agreementJson = json.value();
    }

    void cleanup()
    {
        m_reviewerDb.reset();
        m_db.reset();
        m_dir.reset();
    }

    void requestReadsBackAsWritten();
    void requestOnlyForPendingShare();
    void changedRequestIsRefused();
    void requestSignedByAnotherIsRefused();
    void requestWithAnotherAgreementIsRefused();
    void decisionByFileApprovesInPreparersHistory();
    void rejectionByFileCarriesTheReason();
    void changedDecisionFileIsRefused();
    void decisionForAnotherShareIsRefused();

private:
    ShareRecord pending(char data = 'd')
    {
        ShareStore store(*m_db);
        ShareRecord s;
        s.agreementReference = m_agreement.reference;
        s.agreementVersion = m_agreement.version;
        s.agreementHash = m_agreement.contentHash;
        s.partner = u"Department for Housing"_s;
        s.datasetPath = u"/home/owen/private/clients.csv"_s;
        s.datasetName = u"clients.csv"_s;
        s.datasetSize = 9000;
        s.profileJson = redactionProfile(m_agreement.reference).toBytes();
        s.recipients = {m_recipient.card()};
        Result<ShareRecord> draft = store.createDraft(s);
        if (!draft)
            qFatal("createDraft: %s", qPrintable(draft.error().fullMessage()));
        const QJsonObject summary{
            {u"dataset"_s, u"clients.csv"_s},
            {u"rows"_s, 200},
            {u"columns"_s,
             QJsonArray{QJsonObject{{u"column"_s, u"Sex"_s}, {u"action"_s, u"keep"_s}}}}};
        Result<ShareRecord> sent =
            store.submit(draft->id, draft->rowVersion,
                         bindingFor(m_agreement, m_preparer.card().fingerprint(),
                                    {m_recipient.card().fingerprint()}, data),
                         summary);
        if (!sent)
            qFatal("submit: %s", qPrintable(sent.error().fullMessage()));
        return sent.value();
    }

    QByteArray request(const ShareRecord& s)
    {
        Result<QByteArray> file = writeReviewRequest(s, m_agreementJson, m_preparer);
        if (!file)
            qFatal("writeReviewRequest: %s", qPrintable(file.error().fullMessage()));
        return file.value();
    }

    // The reviewer's side: import, decide, record there, write the decision file.
    QByteArray reviewByFile(const QByteArray& requestFile, bool approve, const QString& reason)
    {
        Result<ReviewRequest> req = readReviewRequest(requestFile, u"request.swreview"_s);
        if (!req)
            qFatal("readReviewRequest: %s", qPrintable(req.error().fullMessage()));
        ShareStore theirs(*m_reviewerDb);
        Result<ShareRecord> imported = theirs.importForReview(req->share, u"request.swreview"_s);
        if (!imported)
            qFatal("importForReview: %s", qPrintable(imported.error().fullMessage()));
        Result<ShareDecision> d =
            decide(imported.value(), m_reviewer, kReviewer, approve, reason, Clock::nowUs());
        if (!d)
            qFatal("decide: %s", qPrintable(d.error().fullMessage()));
        Result<ShareRecord> recorded =
            theirs.recordDecision(imported->id, imported->rowVersion, d.value());
        if (!recorded)
            qFatal("recordDecision (reviewer): %s", qPrintable(recorded.error().fullMessage()));
        return writeDecision(d.value(), imported->uid);
    }

    crypto::Identity m_preparer;
    crypto::Identity m_reviewer;
    crypto::Identity m_recipient;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_reviewerDb;
    agreements::Agreement m_agreement;
    QByteArray m_agreementJson;
};

void TestReviewFiles::requestReadsBackAsWritten()
{
    const ShareRecord s = pending();
    const QByteArray file = request(s);
    QVERIFY(!file.contains("/home/owen/private")); // the path stays on the preparer's desktop

    Result<ReviewRequest> r = readReviewRequest(file, u"request.swreview"_s);
    QVERIFY2(r.ok(), qPrintable(messageOf(r)));
    QCOMPARE(r->preparer, m_preparer.card());
    QCOMPARE(r->agreementJson, m_agreementJson);
    const ShareRecord& got = r->share;
    QCOMPARE(got.id, 0);
    QVERIFY(got.datasetPath.isEmpty());
    QCOMPARE(got.uid, s.uid);
    QCOMPARE(got.state, ShareState::PendingReview);
    QVERIFY(got.binding.has_value());
    QVERIFY(got.binding.value() == s.binding.value());
    QCOMPARE(got.summary, s.summary);
    QCOMPARE(got.recipients, s.recipients);
    QCOMPARE(got.agreementReference, s.agreementReference);
    QCOMPARE(got.agreementVersion, s.agreementVersion);
    QCOMPARE(got.agreementHash, s.agreementHash);
    QCOMPARE(got.partner, s.partner);
    QCOMPARE(got.preparedBy, kPreparer);
    QCOMPARE(got.preparerFingerprint, m_preparer.card().fingerprint());
    QCOMPARE(got.datasetName, s.datasetName);
    QCOMPARE(got.datasetSize, s.datasetSize);
    QCOMPARE(got.profileJson, s.profileJson);
    QCOMPARE(got.reviewRequired, true);
    QCOMPARE(got.createdUs, s.createdUs);
    QCOMPARE(got.submittedUs, s.submittedUs);
    // The agreement travels as the register exported it: the reviewer's register takes
    // it as the same version, with the hash the share is bound to.
    Result<agreements::Agreement> a =
        agreements::AgreementRegister(*m_reviewerDb).importJson(r->agreementJson, u"request"_s);
    QVERIFY2(a.ok(), qPrintable(messageOf(a)));
    QCOMPARE(a->reference, m_agreement.reference);
    QCOMPARE(a->contentHash, got.binding->agreementHash);
}

void TestReviewFiles::requestOnlyForPendingShare()
{
    ShareRecord s = pending();
    s.state = ShareState::Draft;
    QVERIFY(!writeReviewRequest(s, m_agreementJson, m_preparer).ok());
    s.state = ShareState::PendingReview;
    s.binding.reset();
    QVERIFY(!writeReviewRequest(s, m_agreementJson, m_preparer).ok());
}

void TestReviewFiles::changedRequestIsRefused()
{
    const QByteArray file = request(pending());
    QVERIFY(readReviewRequest(file, u"r"_s).ok());
    const QStringList allowed{QString::fromLatin1(ReviewFileError::BadFile),
                              QString::fromLatin1(ReviewFileError::BadSignature)};
    QStringList accepted;
    for (qsizetype i = 0; i < file.size(); ++i) {
        QByteArray changed = file;
        changed[i] = char(changed[i] ^ 0x01);
        Result<ReviewRequest> r = readReviewRequest(changed, u"r"_s);
        if (r.ok() || !allowed.contains(r.error().code))
            accepted << u"byte %1 ('%2'): %3"_s.arg(i).arg(QLatin1Char(file[i])).arg(codeOf(r));
    }
    QVERIFY2(accepted.isEmpty(), qPrintable(accepted.join(u"; "_s)));
    QCOMPARE(codeOf(readReviewRequest(file.left(file.size() / 2), u"r"_s)),
             QString::fromLatin1(ReviewFileError::BadFile));
    QCOMPARE(codeOf(readReviewRequest("", u"r"_s)), QString::fromLatin1(ReviewFileError::BadFile));
}

void TestReviewFiles::requestSignedByAnotherIsRefused()
{
    // The reviewer's key signs the preparer's request: the binding names another preparer.
    const ShareRecord s = pending();
    Result<QByteArray> file = writeReviewRequest(s, m_agreementJson, m_reviewer);
    QVERIFY(file.ok());
    QCOMPARE(codeOf(readReviewRequest(file.value(), u"r"_s)),
             QString::fromLatin1(ReviewFileError::BadFile));
    // A valid signature by one card, presented with another card.
    QJsonObject o = QJsonDocument::fromJson(request(s)).object();
    o.insert(u"preparer_card"_s, m_reviewer.card().toText());
    QCOMPARE(codeOf(readReviewRequest(QJsonDocument(o).toJson(), u"r"_s)),
             QString::fromLatin1(ReviewFileError::BadSignature));
}

// The agreement the reviewer reads must be the version the share is bound to: a request
// carrying another version's (or another agreement's) text is refused, or the reviewer
// would approve against terms other than those the approval names.
void TestReviewFiles::requestWithAnotherAgreementIsRefused()
{
    const ShareRecord s = pending();
    agreements::AgreementRegister reg(*m_db);
    agreements::Agreement edited = m_agreement;
    edited.dataItems.append(item(u"Name"_s, rule({}, redact::Action::Keep)));
    QVERIFY(reg.update(edited, 1, u"Names allowed"_s).ok());
    Result<QByteArray> v2 = reg.exportJson(m_agreement.reference);
    QVERIFY(v2.ok());
    Result<QByteArray> file = writeReviewRequest(s, v2.value(), m_preparer);
    QVERIFY(file.ok());
    QCOMPARE(codeOf(readReviewRequest(file.value(), u"r"_s)),
             QString::fromLatin1(ReviewFileError::BadFile));

    const agreements::Agreement other =
        recordAgreement(*m_db, agreementFor(u"DSA-TEST-2"_s, m_recipient.card().fingerprint()));
    Result<QByteArray> otherJson = reg.exportJson(other.reference);
    QVERIFY(otherJson.ok());
    Result<QByteArray> file2 = writeReviewRequest(s, otherJson.value(), m_preparer);
    QVERIFY(file2.ok());
    QCOMPARE(codeOf(readReviewRequest(file2.value(), u"r"_s)),
             QString::fromLatin1(ReviewFileError::BadFile));
    Result<QByteArray> file3 = writeReviewRequest(s, "not an agreement", m_preparer);
    QVERIFY(file3.ok());
    QCOMPARE(codeOf(readReviewRequest(file3.value(), u"r"_s)),
             QString::fromLatin1(ReviewFileError::BadFile));

    // The version it is bound to still reads.
    QVERIFY(readReviewRequest(request(s), u"r"_s).ok());
}

void TestReviewFiles::decisionByFileApprovesInPreparersHistory()
{
    const ShareRecord s = pending();
    const QByteArray decisionFile = reviewByFile(request(s), true, {});

    // The reviewer's history holds the same share, approved, with its own audit trail.
    ShareStore theirs(*m_reviewerDb);
    Result<ShareRecord> there = theirs.findByUid(s.uid);
    QVERIFY(there.ok());
    QCOMPARE(there->state, ShareState::Approved);
    QCOMPARE(there->preparedBy, kPreparer);
    QVERIFY(there->binding.value() == s.binding.value());
    QVERIFY(theirs.currentApproval(there->id)->has_value());
    QVERIFY(m_reviewerDb->audit().verify().intact);
    QStringList theirActions;
    const QList<AuditEntry> theirTrail = theirs.auditTrail(s.uid).value();
    for (const AuditEntry& e : theirTrail)
        theirActions << e.action;
    QCOMPARE(theirActions, (QStringList{u"share.imported_for_review"_s, u"share.approved"_s}));
    // Importing the same request twice is refused.
    QVERIFY(!theirs.importForReview(readReviewRequest(request(s), u"r"_s)->share, u"r"_s).ok());

    // Back on the preparer's desktop.
    Result<DecisionFile> d = readDecision(decisionFile, u"decision.swdecision"_s);
    QVERIFY2(d.ok(), qPrintable(messageOf(d)));
    QCOMPARE(d->shareUid, s.uid);
    QVERIFY(d->decision.approved);
    QCOMPARE(d->decision.reviewer, kReviewer);
    QCOMPARE(d->decision.reviewerCard, m_reviewer.card());
    ShareStore ours(*m_db);
    Result<ShareRecord> found = ours.findByUid(d->shareUid);
    QVERIFY(found.ok());
    Result<ShareRecord> approved = ours.recordDecision(found->id, found->rowVersion, d->decision);
    QVERIFY2(approved.ok(), qPrintable(messageOf(approved)));
    QCOMPARE(approved->state, ShareState::Approved);

    // The same signed statement in both histories.
    const ShareDecision mine = ours.currentApproval(s.id)->value();
    const ShareDecision yours = theirs.currentApproval(there->id)->value();
    QCOMPARE(mine.statement, yours.statement);
    QCOMPARE(mine.signature, yours.signature);
    QCOMPARE(mine.reviewer, yours.reviewer);
    QCOMPARE(mine.decidedUs, yours.decidedUs);
    QVERIFY(m_db->audit().verify().intact);

    // Imported twice: the share has moved on.
    QCOMPARE(codeOf(ours.recordDecision(found->id, approved->rowVersion, d->decision)),
             QString::fromLatin1(StoreError::WrongState));
}

void TestReviewFiles::rejectionByFileCarriesTheReason()
{
    const ShareRecord s = pending();
    const QByteArray decisionFile = reviewByFile(request(s), false, u"Drop the service code."_s);
    Result<DecisionFile> d = readDecision(decisionFile, u"d"_s);
    QVERIFY(d.ok());
    QVERIFY(!d->decision.approved);
    QCOMPARE(d->decision.reason, u"Drop the service code."_s);
    ShareStore ours(*m_db);
    Result<ShareRecord> rejected = ours.recordDecision(s.id, s.rowVersion, d->decision);
    QVERIFY2(rejected.ok(), qPrintable(messageOf(rejected)));
    QCOMPARE(rejected->state, ShareState::Rejected);
    QCOMPARE(ours.decisions(s.id)->constFirst().reason, u"Drop the service code."_s);
}

// A decision file changed anywhere either does not read, or reads as exactly the
// decision that was signed (a byte outside what is used), or is refused when recorded.
void TestReviewFiles::changedDecisionFileIsRefused()
{
    const ShareRecord s = pending();
    const QByteArray file = reviewByFile(request(s), true, {});
    const DecisionFile original = readDecision(file, u"d"_s).value();
    auto same = [&](const DecisionFile& d) {
        return d.shareUid == original.shareUid &&
               d.decision.statement == original.decision.statement &&
               d.decision.signature == original.decision.signature &&
               d.decision.reviewerCard == original.decision.reviewerCard &&
               d.decision.reviewer == original.decision.reviewer &&
               d.decision.reason == original.decision.reason &&
               d.decision.approved == original.decision.approved &&
               d.decision.decidedUs == original.decision.decidedUs;
    };
    QStringList accepted;
    ShareStore ours(*m_db);
    for (qsizetype i = 0; i < file.size(); ++i) {
        QByteArray changed = file;
        changed[i] = char(changed[i] ^ 0x01);
        Result<DecisionFile> d = readDecision(changed, u"d"_s);
        if (!d || same(d.value()))
            continue;
        if (ours.recordDecision(s.id, s.rowVersion, d->decision).ok()) {
            accepted << u"byte %1 ('%2')"_s.arg(i).arg(QLatin1Char(file[i]));
            break;
        }
    }
    QVERIFY2(accepted.isEmpty(), qPrintable(accepted.join(u"; "_s)));
    QCOMPARE(ours.find(s.id)->state, ShareState::PendingReview);
}

void TestReviewFiles::decisionForAnotherShareIsRefused()
{
    const ShareRecord first = pending('d');
    const ShareRecord second = pending('e');
    const QByteArray decisionFile = reviewByFile(request(first), true, {});
    Result<DecisionFile> d = readDecision(decisionFile, u"d"_s);
    QVERIFY(d.ok());
    ShareStore ours(*m_db);
    QCOMPARE(codeOf(ours.recordDecision(second.id, second.rowVersion, d->decision)),
             QString::fromLatin1(ApprovalError::Mismatch));
    QCOMPARE(ours.find(second.id)->state, ShareState::PendingReview);
    QVERIFY(ours.decisions(second.id)->isEmpty());

    // A file naming the other share over the first share's statement.
    QJsonObject o = QJsonDocument::fromJson(decisionFile).object();
    o.insert(u"share"_s, second.uid);
    QCOMPARE(codeOf(readDecision(QJsonDocument(o).toJson(), u"d"_s)),
             QString::fromLatin1(ReviewFileError::BadFile));
    QCOMPARE(codeOf(readDecision("{}", u"d"_s)), QString::fromLatin1(ReviewFileError::BadFile));
}

QTEST_GUILESS_MAIN(TestReviewFiles)
#include "tst_reviewfiles.moc"
