// Who belongs to the register (store/RegisterMembers): members added and removed, each
// change audited, never deleted; and on a shared register that lists its members, a
// review decision recorded only from a current reviewer (by key, by name, by login). On
// the local SQLite history the same decisions are recorded as before (four eyes only).
#include "shares/Approval.h"
#include "shares/ShareStore.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/RegisterMembers.h"
#include "support/TestSupport.h"

#include "core/shares/SharesFixture.h"

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
QString codeOf(const Result<T>& r)
{
    return r.ok() ? u"(accepted)"_s : r.error().code;
}

template <typename T>
QString messageOf(const Result<T>& r)
{
    return r.ok() ? u"(accepted)"_s : r.error().fullMessage();
}

RegisterMember member(const QString& name, MemberRole role, const QString& fingerprint = {},
                      const QString& login = {})
{
    RegisterMember m;
    m.displayName = name;
    m.role = role;
    m.fingerprint = fingerprint;
    m.loginName = login;
    return m;
}

} // namespace

class TestRegisterMembers : public QObject
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
        m_path = m_dir->filePath(u"history.db"_s);
        m_db = test::openHistory(m_path, kPreparer);
        QVERIFY(m_db);
        m_reviewerDb = test::openHistory(m_path, kReviewer);
        QVERIFY(m_reviewerDb);
    }

    void cleanup()
    {
        m_reviewerDb.reset();
        m_db.reset();
        m_dir.reset();
    }

    void membersAreAddedAndRemovedWithAudit();
    void badMembersAreRefused();
    void decisionsComeFromCurrentReviewers();

private:
    ShareRecord pending(const agreements::Agreement& a)
    {
        ShareStore store(*m_db);
        ShareRecord s;
        s.agreementReference = a.reference;
        s.agreementVersion = a.version;
        s.agreementHash = a.contentHash;
        s.datasetName = u"clients.csv"_s;
        s.recipients = {m_recipient.card()};
        Result<ShareRecord> draft = store.createDraft(s);
        if (!draft)
            qFatal("createDraft: %s", qPrintable(draft.error().fullMessage()));
        Result<ShareRecord> sent = store.submit(
            draft->id, draft->rowVersion,
            bindingFor(a, m_preparer.card().fingerprint(), {m_recipient.card().fingerprint()}),
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

    crypto::Identity m_preparer;
    crypto::Identity m_reviewer;
    crypto::Identity m_recipient;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_reviewerDb;
};

void TestRegisterMembers::membersAreAddedAndRemovedWithAudit()
{
    RegisterMembers members(*m_db);
    const qint64 before = m_db->audit().verify().entriesChecked;
    const QString spaced = m_reviewer.card().fingerprint().toUpper().remove(u' ');
    Result<RegisterMember> added =
        members.add(member(u"  Rhian   Reviewer "_s, MemberRole::Reviewer, spaced, u"rreviewer"_s));
    QVERIFY2(added, qPrintable(messageOf(added)));
    QCOMPARE(added->displayName, kReviewer);
    QCOMPARE(added->fingerprint, m_reviewer.card().fingerprint());
    QCOMPARE(added->loginName, u"rreviewer"_s);
    QCOMPARE(added->addedBy, kPreparer);
    QVERIFY(added->current());
    QVERIFY(members.add(member(kPreparer, MemberRole::Officer)).ok());
    // The same person may hold a second role, but not the same one twice (any case).
    QCOMPARE(codeOf(members.add(member(u"rhian reviewer"_s, MemberRole::Reviewer))),
             QLatin1String(MemberError::AlreadyMember));
    QVERIFY(members.add(member(kReviewer, MemberRole::Administrator)).ok());

    Result<QList<RegisterMember>> listed = members.list();
    QVERIFY(listed);
    QCOMPARE(listed->size(), 3);

    Result<RegisterMember> removed = members.remove(u"RHIAN REVIEWER"_s, MemberRole::Reviewer);
    QVERIFY2(removed, qPrintable(messageOf(removed)));
    QCOMPARE(removed->removedBy, kPreparer);
    QVERIFY(!removed->current());
    QCOMPARE(codeOf(members.remove(kReviewer, MemberRole::Reviewer)),
             QLatin1String(MemberError::NotMember));
    QCOMPARE(members.list()->size(), 2);
    QCOMPARE(members.list(true)->size(), 3);
    // Added again after removal: a new membership, the old one kept.
    QVERIFY(members.add(member(kReviewer, MemberRole::Reviewer)).ok());
    QCOMPARE(members.list(true)->size(), 4);

    Result<QList<AuditEntry>> entries = m_db->audit().entries();
    QVERIFY(entries);
    QStringList actions;
    for (const AuditEntry& e : entries.value()) {
        if (e.objectType == u"register_member"_s)
            actions << e.action;
    }
    QCOMPARE(actions, QStringList({u"register.member_added"_s, u"register.member_added"_s,
                                   u"register.member_added"_s, u"register.member_removed"_s,
                                   u"register.member_added"_s}));
    const AuditVerification v = m_db->audit().verify();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.entriesChecked, before + 5);
    // Removed, never deleted.
    QVERIFY(!test::rawSql(m_path, {u"DELETE FROM register_members"_s}).isEmpty());
    QCOMPARE(members.list(true)->size(), 4);
}

void TestRegisterMembers::badMembersAreRefused()
{
    RegisterMembers members(*m_db);
    const qint64 before = m_db->audit().verify().entriesChecked;
    Result<RegisterMember> noName = members.add(member(u"   "_s, MemberRole::Officer));
    QVERIFY(!noName);
    QCOMPARE(noName.error().kind, ErrorKind::Usage);
    Result<RegisterMember> badKey =
        members.add(member(kReviewer, MemberRole::Reviewer, u"not a fingerprint"_s));
    QVERIFY(!badKey);
    QVERIFY(badKey.error().message.contains(u"not a key fingerprint"_s));
    QVERIFY(members.list(true)->isEmpty());
    QCOMPARE(m_db->audit().verify().entriesChecked, before);
    QCOMPARE(memberRoleFromName(u"reviewer"_s), MemberRole::Reviewer);
    QVERIFY(!memberRoleFromName(u"Reviewer"_s));
}

void TestRegisterMembers::decisionsComeFromCurrentReviewers()
{
    const agreements::Agreement a =
        recordAgreement(*m_db, agreementFor(u"DSA-MEMBERS-1"_s, m_recipient.card().fingerprint()));
    const bool shared = test::onPostgres();
    const QString notReviewer = shared ? QLatin1String(MemberError::NotReviewer) : u"(accepted)"_s;
    RegisterMembers members(*m_db);

    // No one listed yet: the database's roles alone decide.
    QCOMPARE(codeOf(approve(pending(a))), u"(accepted)"_s);

    // Once the register lists anyone, only a current reviewer's decision is recorded.
    QVERIFY(members.add(member(kPreparer, MemberRole::Officer)).ok());
    const ShareRecord s = pending(a);
    Result<ShareRecord> refused = approve(s);
    QCOMPARE(codeOf(refused), notReviewer);
    if (shared) {
        QCOMPARE(refused.error().kind, ErrorKind::Policy);
        QVERIFY2(refused.error().message.contains(kReviewer) &&
                     refused.error().message.contains(u"administrator"_s),
                 qPrintable(refused.error().message));
        // Nothing changed: still pending, no decision, no audit entry.
        QCOMPARE(ShareStore(*m_db).find(s.id)->state, ShareState::PendingReview);
        QCOMPARE(ShareStore(*m_db).decisions(s.id)->size(), 0);
    }

    // Listed as an administrator, not a reviewer: still refused.
    QVERIFY(members.add(member(kReviewer, MemberRole::Administrator)).ok());
    QCOMPARE(codeOf(approve(pending(a))), notReviewer);

    // A reviewer recorded with another key: the name alone does not do.
    const crypto::Identity other = crypto::Identity::generate(kReviewer);
    QVERIFY(members.add(member(kReviewer, MemberRole::Reviewer, other.card().fingerprint())).ok());
    QCOMPARE(codeOf(approve(pending(a))), notReviewer);
    QVERIFY(members.remove(kReviewer, MemberRole::Reviewer).ok());

    // With their own key but another login to the server: refused; with this login: taken.
    if (shared) {
        QVERIFY(members
                    .add(member(kReviewer, MemberRole::Reviewer, m_reviewer.card().fingerprint(),
                                u"someone_else"_s))
                    .ok());
        QCOMPARE(codeOf(approve(pending(a))), notReviewer);
        QVERIFY(members.remove(kReviewer, MemberRole::Reviewer).ok());
        QVERIFY(members
                    .add(member(kReviewer, MemberRole::Reviewer, m_reviewer.card().fingerprint(),
                                test::testServer().user))
                    .ok());
        QCOMPARE(codeOf(approve(pending(a))), u"(accepted)"_s);
        QVERIFY(members.remove(kReviewer, MemberRole::Reviewer).ok());
    }

    // Recorded by name (no key): the pending share refused above is now taken.
    QVERIFY(members.add(member(u"rhian reviewer"_s, MemberRole::Reviewer)).ok());
    // (On SQLite it was taken at once, so a new one stands in.)
    Result<ShareRecord> approved =
        approve(shared ? ShareStore(*m_db).find(s.id).value() : pending(a));
    QVERIFY2(approved, qPrintable(messageOf(approved)));
    QCOMPARE(approved->state, ShareState::Approved);

    // Removed again: refused again.
    QVERIFY(members.remove(kReviewer, MemberRole::Reviewer).ok());
    QCOMPARE(codeOf(approve(pending(a))), notReviewer);

    const AuditVerification v = m_db->audit().verify();
    QVERIFY2(v.intact, qPrintable(v.problem));
}

QTEST_GUILESS_MAIN(TestRegisterMembers)
#include "tst_registermembers.moc"
