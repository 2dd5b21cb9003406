// The shares in a real history: every state from draft to received, one audit entry
// per change and a chain that verifies; stale row versions and wrong-state changes
// refused with nothing changed; four eyes (by key and by name); rejection and
// resubmission; an edit withdraws an approval; altered or misbound decisions refused;
// decisions unchangeable through SQL; the history's filters and references.
#include "common/CanonicalJson.h"
#include "shares/Approval.h"
#include "shares/ShareStore.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "support/TestSupport.h"

#include "SharesFixture.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <sodium.h>

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

QStringList actions(const QList<AuditEntry>& trail)
{
    QStringList out;
    for (const AuditEntry& e : trail)
        out << e.action;
    return out;
}

QJsonObject detailOf(const AuditEntry& e)
{
    return QJsonDocument::fromJson(e.detail.value_or(QByteArray())).object();
}

int count(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// A decision signed by `who` over the share's true binding, made without decide()'s
// own refusals: what a modified program could hand to recordDecision.
ShareDecision forgedDecision(const ShareRecord& share, const crypto::Identity& who,
                             const QString& name, qint64 nowUs)
{
    const QJsonObject statement{
        {u"sharewise_decision"_s, 1},
        {u"share"_s, share.uid},
        {u"decision"_s, u"approved"_s},
        {u"reason"_s, QString()},
        {u"binding"_s, share.binding->toJson()},
        {u"reviewer"_s, who.card().fingerprint()},
        {u"reviewer_name"_s, name},
        {u"decided_at_us"_s, QString::number(nowUs)},
    };
    ShareDecision d;
    d.shareId = share.id;
    d.approved = true;
    d.reviewer = name;
    d.reviewerCard = who.card();
    d.statement = CanonicalJson::serialise(statement);
    d.signature = who.sign(crypto::SignContext::Approval, d.statement);
    d.decidedUs = nowUs;
    return d;
}

bundle::SealResult fakeSeal(const ShareBinding& b, const crypto::KeyCard& to)
{
    bundle::SealResult s;
    s.file = u"/nowhere/clients-redacted.swb"_s;
    s.bundleId = QByteArray(16, '\0');
    randombytes_buf(s.bundleId.data(), 16);
    s.headerHash = bytesOf('h');
    s.dataHash = b.dataHash;
    s.signature = QByteArray(64, 's');
    s.recipients = {to};
    s.dataLength = b.dataLength;
    s.rowCount = b.rowCount;
    s.bundleSize = 4096;
    return s;
}

} // namespace

class TestShareStore : public QObject
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
        m_nowUs = QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch() * 1000;
        Clock::setSourceForTesting([this] { return m_nowUs; });
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(u"history.db"_s);
        m_db = test::openHistory(m_path, kPreparer);
        QVERIFY(m_db);
        m_reviewerDb = test::openHistory(m_path, kReviewer);
        QVERIFY(m_reviewerDb);
        m_agreement =
            recordAgreement(*m_db, agreementFor(u"DSA-TEST-1"_s, m_recipient.card().fingerprint()));
    }

    void cleanup()
    {
        m_reviewerDb.reset();
        m_db.reset();
        m_dir.reset();
        Clock::setSourceForTesting({});
    }

    void wholeLifeIsAudited();
    void staleVersionIsRefusedAndChangesNothing();
    void wrongStateChangesAreRefused();
    void preparerCannotApprove();
    void rejectionNeedsReasonAndCanBeResubmitted();
    void editingApprovedShareWithdrawsApproval();
    void alteredOrMisboundDecisionIsRefused();
    void unsignedNameOrReasonCannotBeChanged();
    void decisionsCannotBeChangedThroughSql();
    void listFilters();
    void findByRef();

private:
    ShareRecord draftRecord(const agreements::Agreement& a) const
    {
        ShareRecord s;
        s.agreementReference = a.reference;
        s.agreementVersion = a.version;
        s.agreementHash = a.contentHash;
        s.partner = u"Department for Housing"_s;
        s.datasetPath = u"/data/clients.csv"_s;
        s.datasetName = u"clients.csv"_s;
        s.datasetSize = 9000;
        s.profileJson = redactionProfile(a.reference).toBytes();
        s.recipients = {m_recipient.card()};
        s.reviewRequired = true;
        return s;
    }

    ShareBinding binding(char data = 'd') const
    {
        return bindingFor(m_agreement, m_preparer.card().fingerprint(),
                          {m_recipient.card().fingerprint()}, data);
    }

    ShareRecord pending(ShareStore& store, char data = 'd')
    {
        Result<ShareRecord> draft = store.createDraft(draftRecord(m_agreement));
        if (!draft)
            qFatal("createDraft: %s", qPrintable(draft.error().fullMessage()));
        Result<ShareRecord> sent = store.submit(draft->id, draft->rowVersion, binding(data),
                                                QJsonObject{{u"rows"_s, 200}});
        if (!sent)
            qFatal("submit: %s", qPrintable(sent.error().fullMessage()));
        return sent.value();
    }

    Result<ShareRecord> approve(const ShareRecord& s)
    {
        Result<ShareDecision> d = decide(s, m_reviewer, kReviewer, true, {}, Clock::nowUs());
        if (!d)
            return d.error();
        return ShareStore(*m_reviewerDb).recordDecision(s.id, s.rowVersion, d.value());
    }

    void tick(qint64 seconds = 60) { m_nowUs += seconds * 1000 * 1000; }

    crypto::Identity m_preparer;
    crypto::Identity m_reviewer;
    crypto::Identity m_recipient;
    qint64 m_nowUs = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_reviewerDb;
    agreements::Agreement m_agreement;
};

void TestShareStore::wholeLifeIsAudited()
{
    ShareStore store(*m_db);
    Result<ShareRecord> draft = store.createDraft(draftRecord(m_agreement));
    QVERIFY2(draft.ok(), qPrintable(messageOf(draft)));
    QCOMPARE(draft->state, ShareState::Draft);
    QCOMPARE(draft->uid.size(), 32);
    QCOMPARE(draft->preparedBy, kPreparer);
    QVERIFY(!draft->binding);

    tick();
    Result<ShareRecord> submitted =
        store.submit(draft->id, draft->rowVersion, binding(), QJsonObject{{u"rows"_s, 200}});
    QVERIFY2(submitted.ok(), qPrintable(messageOf(submitted)));
    QCOMPARE(submitted->state, ShareState::PendingReview);
    QCOMPARE(submitted->rowVersion, draft->rowVersion + 1);
    QCOMPARE(submitted->submittedUs, m_nowUs);
    QCOMPARE(submitted->preparerFingerprint, m_preparer.card().fingerprint());
    // What the register holds is what was submitted.
    Result<ShareRecord> reread = store.find(draft->id);
    QVERIFY(reread.ok());
    QVERIFY(reread->binding.has_value());
    QVERIFY(reread->binding.value() == binding());
    QCOMPARE(reread->summary, (QJsonObject{{u"rows"_s, 200}}));
    QCOMPARE(reread->recipients, QList<crypto::KeyCard>{m_recipient.card()});
    QCOMPARE(reread->profileJson, redactionProfile(m_agreement.reference).toBytes());

    QVERIFY(store.currentApproval(draft->id)->has_value() == false);
    tick();
    Result<ShareRecord> approved = approve(submitted.value());
    QVERIFY2(approved.ok(), qPrintable(messageOf(approved)));
    QCOMPARE(approved->state, ShareState::Approved);
    Result<std::optional<ShareDecision>> current = store.currentApproval(draft->id);
    QVERIFY(current.ok());
    QVERIFY(current->has_value());
    QCOMPARE(current->value().reviewer, kReviewer);
    QCOMPARE(current->value().reviewerCard, m_reviewer.card());
    QVERIFY(checkDecision(current->value(), store.find(draft->id).value()).ok());

    tick();
    const bundle::SealResult sealed = fakeSeal(binding(), m_recipient.card());
    Result<ShareRecord> s =
        store.markSealed(draft->id, approved->rowVersion, binding(), {}, sealed);
    QVERIFY2(s.ok(), qPrintable(messageOf(s)));
    QCOMPARE(s->state, ShareState::Sealed);
    QCOMPARE(s->bundleUid, QString::fromLatin1(sealed.bundleId.toHex()));
    QVERIFY(store.currentApproval(draft->id)->has_value()); // sealing rests on it

    tick();
    QVERIFY(!store.markSent(draft->id, s->rowVersion, u"  "_s).ok()); // say how
    Result<ShareRecord> sent = store.markSent(draft->id, s->rowVersion, u"DLUHC portal"_s);
    QVERIFY2(sent.ok(), qPrintable(messageOf(sent)));
    QCOMPARE(sent->state, ShareState::Sent);
    QCOMPARE(sent->sentRoute, u"DLUHC portal"_s);
    QCOMPARE(sent->sentUs, m_nowUs);

    tick();
    Result<ShareRecord> received =
        store.markReceivedByBundle(QString::fromLatin1(sealed.bundleId.toHex()));
    QVERIFY2(received.ok(), qPrintable(messageOf(received)));
    QCOMPARE(received->state, ShareState::Received);
    QCOMPARE(store.find(draft->id)->state, ShareState::Received);

    Result<QList<AuditEntry>> trail = store.auditTrail(draft->uid);
    QVERIFY(trail.ok());
    QCOMPARE(actions(trail.value()),
             (QStringList{u"share.drafted"_s, u"share.submitted"_s, u"share.approved"_s,
                          u"share.sealed"_s, u"share.sent"_s, u"share.received"_s}));
    for (const AuditEntry& e : trail.value()) {
        QCOMPARE(e.objectType, u"share"_s);
        QCOMPARE(e.objectId, draft->uid);
        QCOMPARE(detailOf(e).value(u"share"_s).toInteger(), draft->id);
    }
    QCOMPARE(trail->at(2).actor, kReviewer);
    QCOMPARE(detailOf(trail->at(2)).value(u"reviewer"_s).toString(),
             m_reviewer.card().fingerprint());
    QCOMPARE(trail->at(0).actor, kPreparer);
    QCOMPARE(detailOf(trail->at(4)).value(u"route"_s).toString(), u"DLUHC portal"_s);
    // The register keeps no path or value in the audit log beyond the file's name.
    const AuditVerification v = m_db->audit().verify();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QVERIFY(v.entriesChecked >= 6);
}

void TestShareStore::staleVersionIsRefusedAndChangesNothing()
{
    ShareStore store(*m_db);
    const ShareRecord s = pending(store);
    const int trailBefore = int(store.auditTrail(s.uid)->size());

    // Someone else sends it back meanwhile; the preparer's older screen then edits it.
    Result<ShareDecision> back =
        decide(s, m_reviewer, kReviewer, false, u"Wrong quarter."_s, Clock::nowUs());
    QVERIFY(back.ok());
    Result<ShareRecord> rejected =
        ShareStore(*m_reviewerDb).recordDecision(s.id, s.rowVersion, back.value());
    QVERIFY2(rejected.ok(), qPrintable(messageOf(rejected)));
    const ShareRecord before = store.find(s.id).value();

    ShareRecord edited = s;
    edited.datasetName = u"other.csv"_s;
    Result<ShareRecord> r = store.saveDraft(edited, s.rowVersion);
    QCOMPARE(codeOf(r), QString::fromLatin1(StoreError::Stale));
    QCOMPARE(codeOf(store.submit(s.id, s.rowVersion, binding(), {})),
             QString::fromLatin1(StoreError::Stale));
    QCOMPARE(codeOf(store.cancel(s.id, s.rowVersion, u"No longer needed."_s)),
             QString::fromLatin1(StoreError::Stale));
    // And a second decision on the version already decided.
    Result<ShareDecision> again = decide(s, m_reviewer, kReviewer, true, {}, Clock::nowUs());
    QVERIFY(again.ok());
    QCOMPARE(codeOf(ShareStore(*m_reviewerDb).recordDecision(s.id, s.rowVersion, again.value())),
             QString::fromLatin1(StoreError::Stale));

    const ShareRecord after = store.find(s.id).value();
    QCOMPARE(after.state, ShareState::Rejected);
    QCOMPARE(after.rowVersion, before.rowVersion);
    QCOMPARE(after.datasetName, u"clients.csv"_s);
    QCOMPARE(after.updatedUs, before.updatedUs);
    QCOMPARE(int(store.auditTrail(s.uid)->size()), trailBefore + 1); // the rejection only
    QCOMPARE(store.decisions(s.id)->size(), 1);

    // With the current version the edit goes through.
    Result<ShareRecord> ok = store.saveDraft(edited, after.rowVersion);
    QVERIFY2(ok.ok(), qPrintable(messageOf(ok)));
    QCOMPARE(ok->datasetName, u"other.csv"_s);
    QCOMPARE(ok->rowVersion, after.rowVersion + 1);
}

void TestShareStore::wrongStateChangesAreRefused()
{
    ShareStore store(*m_db);
    const QString wrong = QString::fromLatin1(StoreError::WrongState);
    Result<ShareRecord> draft = store.createDraft(draftRecord(m_agreement));
    QVERIFY(draft.ok());
    const int v = draft->rowVersion;
    QCOMPARE(codeOf(store.markSent(draft->id, v, u"portal"_s)), wrong);
    QCOMPARE(codeOf(store.markSealed(draft->id, v, binding(), {},
                                     fakeSeal(binding(), m_recipient.card()))),
             wrong); // its agreement needs a review first
    Result<ShareDecision> onDraft = decide(draft.value(), m_reviewer, kReviewer, true, {}, 1);
    QCOMPARE(codeOf(onDraft), QString::fromLatin1(ApprovalError::NotPending));

    const ShareRecord s = pending(store);
    QCOMPARE(codeOf(store.submit(s.id, s.rowVersion, binding(), {})), wrong);
    QCOMPARE(codeOf(store.markSealed(s.id, s.rowVersion, binding(), {},
                                     fakeSeal(binding(), m_recipient.card()))),
             wrong);
    QCOMPARE(codeOf(store.markSent(s.id, s.rowVersion, u"portal"_s)), wrong);
    QCOMPARE(codeOf(store.markReceivedByBundle(u"00"_s.repeated(16))),
             QString::fromLatin1(StoreError::NotFound));
    QCOMPARE(store.find(s.id)->state, ShareState::PendingReview);
    QCOMPARE(store.find(s.id)->rowVersion, s.rowVersion);

    // Sealed: no cancelling, no second seal, no edit.
    Result<ShareRecord> approved = approve(s);
    QVERIFY(approved.ok());
    Result<ShareRecord> sealed = store.markSealed(s.id, approved->rowVersion, binding(), {},
                                                  fakeSeal(binding(), m_recipient.card()));
    QVERIFY2(sealed.ok(), qPrintable(messageOf(sealed)));
    const int sv = sealed->rowVersion;
    QCOMPARE(codeOf(store.cancel(s.id, sv, u"Changed my mind."_s)), wrong);
    QCOMPARE(
        codeOf(store.markSealed(s.id, sv, binding(), {}, fakeSeal(binding(), m_recipient.card()))),
        wrong);
    QCOMPARE(codeOf(store.saveDraft(sealed.value(), sv)), wrong);
    QCOMPARE(store.find(s.id)->state, ShareState::Sealed);

    // Cancelled is final; a cancel needs a reason.
    const ShareRecord other = pending(store);
    QVERIFY(!store.cancel(other.id, other.rowVersion, u" "_s).ok());
    Result<ShareRecord> cancelled = store.cancel(other.id, other.rowVersion, u"Duplicate."_s);
    QVERIFY2(cancelled.ok(), qPrintable(messageOf(cancelled)));
    QCOMPARE(cancelled->state, ShareState::Cancelled);
    QCOMPARE(codeOf(store.submit(other.id, cancelled->rowVersion, binding(), {})), wrong);
    QCOMPARE(codeOf(store.saveDraft(cancelled.value(), cancelled->rowVersion)), wrong);
    QVERIFY(m_db->audit().verify().intact);
}

void TestShareStore::preparerCannotApprove()
{
    ShareStore store(*m_db);
    const ShareRecord s = pending(store);
    const QString own = QString::fromLatin1(ApprovalError::OwnShare);

    // decide() refuses the preparer's own key.
    QCOMPARE(codeOf(decide(s, m_preparer, u"Someone Else"_s, true, {}, Clock::nowUs())), own);

    // A decision signed by the preparer's key anyway is refused when recorded.
    const ShareDecision forged = forgedDecision(s, m_preparer, u"Someone Else"_s, Clock::nowUs());
    QCOMPARE(codeOf(checkDecision(forged, s)), own);
    QCOMPARE(codeOf(ShareStore(*m_reviewerDb).recordDecision(s.id, s.rowVersion, forged)), own);

    // The same person with a second identity: refused by name.
    const crypto::Identity second = crypto::Identity::generate(kPreparer);
    Result<ShareDecision> byName = decide(s, second, kPreparer, true, {}, Clock::nowUs());
    QVERIFY(byName.ok()); // another key: decide() cannot know
    QCOMPARE(codeOf(store.recordDecision(s.id, s.rowVersion, byName.value())), own);
    QCOMPARE(codeOf(ShareStore(*m_reviewerDb).recordDecision(s.id, s.rowVersion, byName.value())),
             own);

    const ShareRecord after = store.find(s.id).value();
    QCOMPARE(after.state, ShareState::PendingReview);
    QCOMPARE(after.rowVersion, s.rowVersion);
    QVERIFY(store.decisions(s.id)->isEmpty());
    QCOMPARE(actions(store.auditTrail(s.uid).value()),
             (QStringList{u"share.drafted"_s, u"share.submitted"_s}));

    // Another person may.
    QVERIFY(approve(after).ok());
}

void TestShareStore::rejectionNeedsReasonAndCanBeResubmitted()
{
    ShareStore store(*m_db);
    ShareStore reviewer(*m_reviewerDb);
    const ShareRecord s = pending(store);

    QVERIFY(!decide(s, m_reviewer, kReviewer, false, {}, Clock::nowUs()).ok());
    QVERIFY(!decide(s, m_reviewer, kReviewer, false, u"   "_s, Clock::nowUs()).ok());
    Result<ShareDecision> d = decide(s, m_reviewer, kReviewer, false,
                                     u"Postcodes must go to the area."_s, Clock::nowUs());
    QVERIFY2(d.ok(), qPrintable(messageOf(d)));
    QVERIFY(!d->approved);
    Result<ShareRecord> rejected = reviewer.recordDecision(s.id, s.rowVersion, d.value());
    QVERIFY2(rejected.ok(), qPrintable(messageOf(rejected)));
    QCOMPARE(rejected->state, ShareState::Rejected);
    QVERIFY(!store.currentApproval(s.id)->has_value());
    const QList<ShareDecision> decisions = store.decisions(s.id).value();
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(decisions[0].reason, u"Postcodes must go to the area."_s);
    QVERIFY(!decisions[0].approved);
    const AuditEntry last = store.auditTrail(s.uid)->constLast();
    QCOMPARE(last.action, u"share.rejected"_s);
    QCOMPARE(detailOf(last).value(u"reason"_s).toString(), u"Postcodes must go to the area."_s);

    // A rejected share cannot be sealed, but can be changed and submitted again.
    QCOMPARE(codeOf(store.markSealed(s.id, rejected->rowVersion, binding(), {},
                                     fakeSeal(binding(), m_recipient.card()))),
             QString::fromLatin1(StoreError::WrongState));
    ShareRecord edited = rejected.value();
    edited.datasetName = u"clients-v2.csv"_s;
    Result<ShareRecord> saved = store.saveDraft(edited, rejected->rowVersion);
    QVERIFY2(saved.ok(), qPrintable(messageOf(saved)));
    QCOMPARE(saved->state, ShareState::Draft);
    QCOMPARE(saved->datasetName, u"clients-v2.csv"_s);
    tick();
    Result<ShareRecord> again = store.submit(s.id, saved->rowVersion, binding('e'), {});
    QVERIFY2(again.ok(), qPrintable(messageOf(again)));
    QCOMPARE(again->state, ShareState::PendingReview);
    // The old rejection is not a decision on the new submission.
    QVERIFY(checkDecision(decisions[0], again.value()).ok() == false);
    Result<ShareRecord> approved = approve(again.value());
    QVERIFY2(approved.ok(), qPrintable(messageOf(approved)));
    QCOMPARE(approved->state, ShareState::Approved);
    QCOMPARE(store.decisions(s.id)->size(), 2);
}

void TestShareStore::editingApprovedShareWithdrawsApproval()
{
    ShareStore store(*m_db);
    const ShareRecord s = pending(store);
    Result<ShareRecord> approved = approve(s);
    QVERIFY(approved.ok());
    QVERIFY(store.currentApproval(s.id)->has_value());

    ShareRecord edited = approved.value();
    edited.recipients.append(crypto::Identity::generate(u"Extra"_s).card());
    Result<ShareRecord> saved = store.saveDraft(edited, approved->rowVersion);
    QVERIFY2(saved.ok(), qPrintable(messageOf(saved)));
    QCOMPARE(saved->state, ShareState::Draft);
    QVERIFY(!saved->binding);
    QCOMPARE(saved->submittedUs, 0);
    QVERIFY(!store.currentApproval(s.id)->has_value());
    QCOMPARE(detailOf(store.auditTrail(s.uid)->constLast()).value(u"was"_s).toString(),
             u"approved"_s);
    // The decision stays on record, but nothing rests on it.
    QCOMPARE(store.decisions(s.id)->size(), 1);
    QCOMPARE(codeOf(store.markSealed(s.id, saved->rowVersion, binding(), {},
                                     fakeSeal(binding(), m_recipient.card()))),
             QString::fromLatin1(StoreError::WrongState));

    // Submitted again exactly as before: still waits for a new decision.
    Result<ShareRecord> again = store.submit(s.id, saved->rowVersion, binding(), {});
    QVERIFY(again.ok());
    QVERIFY(!store.currentApproval(s.id)->has_value());
    QCOMPARE(codeOf(store.markSealed(s.id, again->rowVersion, binding(), {},
                                     fakeSeal(binding(), m_recipient.card()))),
             QString::fromLatin1(StoreError::WrongState));

    // A pending share edited goes back to draft too.
    ShareRecord pendingEdit = again.value();
    Result<ShareRecord> back = store.saveDraft(pendingEdit, again->rowVersion);
    QVERIFY(back.ok());
    QCOMPARE(back->state, ShareState::Draft);
    QVERIFY(!back->binding);
}

void TestShareStore::alteredOrMisboundDecisionIsRefused()
{
    ShareStore store(*m_db);
    ShareStore reviewer(*m_reviewerDb);
    const ShareRecord s = pending(store);
    Result<ShareDecision> good = decide(s, m_reviewer, kReviewer, true, {}, Clock::nowUs());
    QVERIFY(good.ok());
    QVERIFY(checkDecision(good.value(), s).ok());

    // The statement altered after signing.
    ShareDecision altered = good.value();
    altered.statement.replace("\"approved\"", "\"approvee\"");
    QVERIFY(altered.statement != good->statement);
    QCOMPARE(codeOf(reviewer.recordDecision(s.id, s.rowVersion, altered)),
             QString::fromLatin1(ApprovalError::BadSignature));
    // A rejection dressed as an approval.
    ShareDecision flipped = good.value();
    flipped.approved = false;
    QCOMPARE(codeOf(reviewer.recordDecision(s.id, s.rowVersion, flipped)),
             QString::fromLatin1(ApprovalError::BadSignature));
    // Signed by someone other than the card says.
    ShareDecision otherKey = good.value();
    otherKey.signature = m_recipient.sign(crypto::SignContext::Approval, good->statement);
    QCOMPARE(codeOf(reviewer.recordDecision(s.id, s.rowVersion, otherKey)),
             QString::fromLatin1(ApprovalError::BadSignature));
    // A signature under another context (a bundle's) does not pass for an approval.
    ShareDecision otherContext = good.value();
    otherContext.signature = m_reviewer.sign(crypto::SignContext::Bundle, good->statement);
    QCOMPARE(codeOf(reviewer.recordDecision(s.id, s.rowVersion, otherContext)),
             QString::fromLatin1(ApprovalError::BadSignature));

    // Signed honestly, but over a different binding (other data, other recipients).
    for (const auto& change : QList<std::function<void(ShareBinding&)>>{
             [](ShareBinding& b) { b.dataHash = bytesOf('x'); },
             [](ShareBinding& b) { b.rowCount += 1; },
             [](ShareBinding& b) { b.profileHash = bytesOf('q'); },
             [this](ShareBinding& b) { b.recipients << m_reviewer.card().fingerprint(); },
             [](ShareBinding& b) { b.agreementVersion += 1; },
         }) {
        ShareRecord other = s;
        change(*other.binding);
        Result<ShareDecision> misbound =
            decide(other, m_reviewer, kReviewer, true, {}, Clock::nowUs());
        QVERIFY(misbound.ok());
        QCOMPARE(codeOf(reviewer.recordDecision(s.id, s.rowVersion, misbound.value())),
                 QString::fromLatin1(ApprovalError::Mismatch));
    }
    // About another share.
    const ShareRecord second = pending(store);
    Result<ShareDecision> forSecond =
        decide(second, m_reviewer, kReviewer, true, {}, Clock::nowUs());
    QVERIFY(forSecond.ok());
    QCOMPARE(codeOf(reviewer.recordDecision(s.id, s.rowVersion, forSecond.value())),
             QString::fromLatin1(ApprovalError::Mismatch));

    QCOMPARE(store.find(s.id)->state, ShareState::PendingReview);
    QCOMPARE(store.find(s.id)->rowVersion, s.rowVersion);
    QVERIFY(store.decisions(s.id)->isEmpty());
    QVERIFY(reviewer.recordDecision(s.id, s.rowVersion, good.value()).ok());
}

// The reviewer's name and the reason are in the signed statement; the record's copies
// of them must be the signed ones, or the four-eyes check by name and the reason shown
// to the preparer could be changed without breaking the signature.
void TestShareStore::unsignedNameOrReasonCannotBeChanged()
{
    ShareStore store(*m_db);
    ShareStore reviewer(*m_reviewerDb);
    const ShareRecord s = pending(store);

    // The preparer's second identity, named as themself, then the name changed.
    const crypto::Identity second = crypto::Identity::generate(kPreparer);
    Result<ShareDecision> own = decide(s, second, kPreparer, true, {}, Clock::nowUs());
    QVERIFY(own.ok());
    ShareDecision renamed = own.value();
    renamed.reviewer = u"Someone Else"_s;
    QVERIFY(!checkDecision(renamed, s).ok());
    QVERIFY(!reviewer.recordDecision(s.id, s.rowVersion, renamed).ok());

    Result<ShareDecision> back =
        decide(s, m_reviewer, kReviewer, false, u"Too many columns."_s, Clock::nowUs());
    QVERIFY(back.ok());
    ShareDecision reworded = back.value();
    reworded.reason = u"Fine, but resubmit."_s;
    QVERIFY(!checkDecision(reworded, s).ok());
    QVERIFY(!reviewer.recordDecision(s.id, s.rowVersion, reworded).ok());

    QCOMPARE(store.find(s.id)->state, ShareState::PendingReview);
    QVERIFY(store.decisions(s.id)->isEmpty());
}

void TestShareStore::decisionsCannotBeChangedThroughSql()
{
    ShareStore store(*m_db);
    const ShareRecord s = pending(store);
    QVERIFY(approve(s).ok());
    const ShareDecision before = store.decisions(s.id)->constFirst();

    const QString update =
        test::rawSql(m_path, {u"UPDATE share_decisions SET decision = 'rejected', reason = 'x'"_s});
    QVERIFY2(update.contains(u"cannot be changed"_s), qPrintable(update));
    const QString updateStatement =
        test::rawSql(m_path, {u"UPDATE share_decisions SET statement = X'00'"_s});
    QVERIFY2(!updateStatement.isEmpty(), "the statement was changed");
    const QString del = test::rawSql(m_path, {u"DELETE FROM share_decisions"_s});
    QVERIFY2(del.contains(u"cannot be deleted"_s), qPrintable(del));

    QCOMPARE(count(*m_db, u"SELECT count(*) FROM share_decisions"_s), 1);
    const ShareDecision after = store.decisions(s.id)->constFirst();
    QVERIFY(after.approved);
    QCOMPARE(after.statement, before.statement);
    QCOMPARE(after.signature, before.signature);
    QVERIFY(store.currentApproval(s.id)->has_value());
}

void TestShareStore::listFilters()
{
    ShareStore store(*m_db);
    const agreements::Agreement ons =
        recordAgreement(*m_db, agreementFor(u"DSA-TEST-ONS"_s, m_recipient.card().fingerprint()));
    auto open = test::openHistory(m_path, u"Siân Other"_s);
    QVERIFY(open);
    ShareStore otherPerson(*open);

    auto make = [&](ShareStore& st, const agreements::Agreement& a, const QString& partner,
                    const QString& dataset, const QDate& on) {
        m_nowUs = QDateTime(on, QTime(10, 0), Qt::UTC).toMSecsSinceEpoch() * 1000;
        ShareRecord r = draftRecord(a);
        r.partner = partner;
        r.datasetName = dataset;
        Result<ShareRecord> made = st.createDraft(r);
        if (!made)
            qFatal("createDraft: %s", qPrintable(made.error().fullMessage()));
        return made.value();
    };
    const ShareRecord a = make(store, m_agreement, u"Department for Housing"_s, u"clients-q1.csv"_s,
                               QDate(2026, 1, 10));
    const ShareRecord b = make(store, m_agreement, u"Department for Housing"_s, u"clients-q2.csv"_s,
                               QDate(2026, 4, 10));
    const ShareRecord c = make(otherPerson, ons, u"Office for National Statistics"_s,
                               u"census_extract.csv"_s, QDate(2026, 5, 20));
    const ShareRecord d = make(store, ons, u"Office for National Statistics; DLUHC"_s,
                               u"50%_sample.csv"_s, QDate(2026, 5, 31));

    // Submitted in the other order: d first, then a; c stays a draft.
    m_nowUs = QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch() * 1000;
    QVERIFY(store.submit(d.id, d.rowVersion, binding(), {}).ok());
    tick();
    QVERIFY(store.submit(a.id, a.rowVersion, binding(), {}).ok());
    tick();
    QVERIFY(store.submit(b.id, b.rowVersion, binding(), {}).ok());

    auto ids = [&](const ShareFilter& f) {
        QList<qint64> out;
        Result<QList<ShareListItem>> r = store.list(f);
        if (!r)
            qFatal("list: %s", qPrintable(r.error().fullMessage()));
        for (const ShareListItem& i : r.value())
            out << i.id;
        return out;
    };
    using Ids = QList<qint64>;
    QCOMPARE(ids({}), (Ids{d.id, c.id, b.id, a.id})); // newest first

    ShareFilter f;
    f.states = {ShareState::PendingReview};
    QCOMPARE(ids(f), (Ids{d.id, b.id, a.id}));
    f.oldestFirst = true; // the review queue: by submission
    QCOMPARE(ids(f), (Ids{d.id, a.id, b.id}));
    f = {};
    f.states = {ShareState::Draft, ShareState::Rejected};
    QCOMPARE(ids(f), (Ids{c.id}));

    f = {};
    f.agreement = u"DSA-TEST-ONS"_s;
    QCOMPARE(ids(f), (Ids{d.id, c.id}));
    f.agreement = u"DSA-TEST"_s; // exact, not a prefix
    QCOMPARE(ids(f), Ids{});

    f = {};
    f.partner = u"national STATISTICS"_s;
    QCOMPARE(ids(f), (Ids{d.id, c.id}));
    f.partner = u"dluhc"_s;
    QCOMPARE(ids(f), (Ids{d.id}));

    f = {};
    f.person = u"siân"_s;
    QCOMPARE(ids(f), (Ids{c.id}));
    f.person = u"preparer"_s;
    QCOMPARE(ids(f), (Ids{d.id, b.id, a.id}));

    f = {};
    f.text = u"q2"_s;
    QCOMPARE(ids(f), (Ids{b.id}));
    f.text = u"50%"_s; // wildcards taken literally
    QCOMPARE(ids(f), (Ids{d.id}));
    f.text = u"_"_s;
    QCOMPARE(ids(f), (Ids{d.id, c.id}));
    f.text = c.uid.left(10);
    QCOMPARE(ids(f), (Ids{c.id}));
    f.text = u"ons"_s;
    QCOMPARE(ids(f), (Ids{d.id, c.id}));

    f = {};
    f.from = QDate(2026, 4, 10); // on or after, whole days
    QCOMPARE(ids(f), (Ids{d.id, c.id, b.id}));
    f.to = QDate(2026, 5, 20);
    QCOMPARE(ids(f), (Ids{c.id, b.id}));
    f.from = QDate();
    f.to = QDate(2026, 1, 10);
    QCOMPARE(ids(f), (Ids{a.id}));

    f = {};
    f.limit = 2;
    QCOMPARE(ids(f), (Ids{d.id, c.id}));

    const QList<ShareListItem> all = store.list({}).value();
    QCOMPARE(all.constFirst().datasetName, u"50%_sample.csv"_s);
    QCOMPARE(all.constFirst().rowCount, 200);
    QCOMPARE(all.at(1).rowCount, -1); // a draft has no redacted rows yet
    QCOMPARE(all.at(1).preparedBy, u"Siân Other"_s);
}

void TestShareStore::findByRef()
{
    ShareStore store(*m_db);
    const ShareRecord a = pending(store);
    const ShareRecord b = pending(store);

    QCOMPARE(store.findByRef(QString::number(b.id))->uid, b.uid);
    QCOMPARE(store.findByRef(u" %1 "_s.arg(a.id))->uid, a.uid);
    QCOMPARE(store.findByRef(a.uid)->id, a.id);
    QCOMPARE(store.findByRef(a.uid.toUpper())->id, a.id);
    QCOMPARE(store.findByRef(a.uid.left(8))->id, a.id);
    QCOMPARE(store.findByRef(b.uid.left(12).toUpper())->id, b.id);
    QCOMPARE(store.findByUid(b.uid.toUpper())->id, b.id);

    QCOMPARE(codeOf(store.findByRef(u"9999"_s)), QString::fromLatin1(StoreError::NotFound));
    QCOMPARE(codeOf(store.findByRef(a.uid.left(6))), QString::fromLatin1(StoreError::NotFound));
    QCOMPARE(codeOf(store.findByRef(u"zzzzzzzz"_s)), QString::fromLatin1(StoreError::NotFound));
    QCOMPARE(codeOf(store.findByRef(a.uid + u"0"_s)), QString::fromLatin1(StoreError::NotFound));
    QCOMPARE(codeOf(store.find(0)), QString::fromLatin1(StoreError::NotFound));
}

QTEST_GUILESS_MAIN(TestShareStore)
#include "tst_sharestore.moc"
