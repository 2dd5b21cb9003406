// The shared register's database roles (store/RegisterRoles, docs/shared-register.md),
// applied to a real register on the test server: an officer's own login does the
// officer's work through Sharewise, but with a SQL client cannot change or remove audit
// rows, record a decision, approve a share or drop the triggers; a reviewer's login
// records a decision and keeps the agreements register; only the administrator's login
// keeps the register's members. Every refusal is matched by the same statement
// succeeding for a login allowed to run it. On SQLite only the SQL's own text is checked.
#include "agreements/AgreementRegister.h"
#include "shares/Approval.h"
#include "shares/ShareStore.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/OwnIdentityRecords.h"
#include "store/RegisterMembers.h"
#include "store/RegisterRoles.h"
#include "support/TestSupport.h"

#include "core/shares/SharesFixture.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sharewise;
using namespace sharewise::shares;
using namespace sharewise::testshares;

namespace {

const QString kOfficerName = u"Owen Officer"_s;
const QString kLeadName = u"Rhian Lead"_s;

template <typename T>
QString messageOf(const Result<T>& r)
{
    return r.ok() ? u"(accepted)"_s : r.error().fullMessage();
}

} // namespace

class TestRegisterRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void sqlNamesTheSchemaAndGrantsNoAuditChange();
    void applyingTwiceChangesNothing();
    void groupRolesCannotLogIn();
    void officerWorkflowWorks();
    void officerCannotChangeOrRemoveAuditRows();
    void officerCannotRecordDecisions();
    void officerCannotApproveThroughSql();
    void officerCannotDropTriggersOrBorrowRoles();
    void reviewerRecordsDecisionsThroughSharewise();
    void onlyAdministratorKeepsMembers();

private:
    // Raw SQL on the register as `user` (a SQL client with that login). The error text,
    // empty on success.
    QString sqlAs(const QString& user, const QStringList& statements) const;
    // The first value a query gives as `user` (invalid on error).
    QVariant valueAs(const QString& user, const QString& sql) const;
    // The same inside a transaction that is rolled back: whether it would succeed.
    QString trialAs(const QString& user, const QStringList& statements) const
    {
        return sqlAs(user, QStringList{u"BEGIN"_s} + statements + QStringList{u"ROLLBACK"_s});
    }
    std::unique_ptr<Database> openAs(const QString& user, const QString& actor) const;
    ShareRecord pendingShare(Database& officerDb);
    QString superuser() const { return test::testServer().user; }

    bool m_onServer = false;
    QTemporaryDir m_dir;
    QString m_path;
    QString m_officer; // LOGIN roles made for this run (unique per process)
    QString m_lead;
    QString m_admin;
    crypto::Identity m_officerId;
    crypto::Identity m_leadId;
    crypto::Identity m_recipient;
    agreements::Agreement m_agreement;
};

void TestRegisterRoles::initTestCase()
{
    QVERIFY(crypto::initialise());
    m_officerId = crypto::Identity::generate(kOfficerName);
    m_leadId = crypto::Identity::generate(kLeadName);
    m_recipient = crypto::Identity::generate(u"Alex Smith"_s);
    m_onServer = test::onPostgres();
    if (!m_onServer)
        return;
    m_path = m_dir.filePath(u"register.db"_s);
    // The owner (here the test server's superuser) makes the register, then applies the
    // roles SQL to it.
    {
        std::unique_ptr<Database> owner = test::openHistory(m_path, u"IT"_s);
        QVERIFY(owner);
    }
    Result<QStringList> roles = RegisterRoles::statements();
    QVERIFY(roles);
    const QString database = test::databaseFor(m_path);
    QCOMPARE(test::serverSql(roles.value(), database), QString());

    // Role names are the whole server's: one set per test process.
    const qint64 pid = QCoreApplication::applicationPid();
    m_officer = u"officer_a_%1"_s.arg(pid);
    m_lead = u"lead_b_%1"_s.arg(pid);
    m_admin = u"admin_c_%1"_s.arg(pid);
    QCOMPARE(test::serverSql({u"DROP ROLE IF EXISTS %1"_s.arg(m_officer),
                              u"DROP ROLE IF EXISTS %1"_s.arg(m_lead),
                              u"DROP ROLE IF EXISTS %1"_s.arg(m_admin),
                              u"CREATE ROLE %1 LOGIN IN ROLE sharewise_officer"_s.arg(m_officer),
                              u"CREATE ROLE %1 LOGIN IN ROLE sharewise_reviewer"_s.arg(m_lead),
                              u"CREATE ROLE %1 LOGIN IN ROLE sharewise_admin"_s.arg(m_admin)}),
             QString());

    // Each records their identity, whose key signs the audit heads they write (the
    // officer's own identities are theirs to record).
    std::unique_ptr<Database> officer = openAs(m_officer, kOfficerName);
    QVERIFY(officer);
    QVERIFY(OwnIdentityRecords(*officer).addCurrent(m_officerId.card(), u"keychain"_s, {}).ok());
    // The IG lead keeps the agreements register: their login records the agreement.
    std::unique_ptr<Database> lead = openAs(m_lead, kLeadName);
    QVERIFY(lead);
    QVERIFY(OwnIdentityRecords(*lead).addCurrent(m_leadId.card(), u"keychain"_s, {}).ok());
    Result<agreements::Agreement> made = agreements::AgreementRegister(*lead).create(
        agreementFor(u"DSA-ROLES-1"_s, m_recipient.card().fingerprint()));
    QVERIFY2(made, qPrintable(messageOf(made)));
    m_agreement = made.value();
}

void TestRegisterRoles::cleanupTestCase()
{
    if (!m_onServer)
        return;
    QCOMPARE(test::serverSql({u"DROP ROLE IF EXISTS %1"_s.arg(m_officer),
                              u"DROP ROLE IF EXISTS %1"_s.arg(m_lead),
                              u"DROP ROLE IF EXISTS %1"_s.arg(m_admin)}),
             QString());
}

QString TestRegisterRoles::sqlAs(const QString& user, const QStringList& statements) const
{
    const ServerConnection server = test::testServer();
    const QString name = u"roles-sql-as"_s;
    QString error;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        c.setHostName(server.host);
        c.setPort(server.port);
        c.setUserName(user);
        c.setDatabaseName(test::databaseFor(m_path));
        if (!c.open()) {
            error = c.lastError().text();
        } else {
            QSqlQuery q(c);
            for (const QString& sql : statements) {
                if (!q.exec(sql)) {
                    error = q.lastError().databaseText();
                    break;
                }
            }
            q.finish();
            c.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QVariant TestRegisterRoles::valueAs(const QString& user, const QString& sql) const
{
    const ServerConnection server = test::testServer();
    const QString name = u"roles-value-as"_s;
    QVariant value;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        c.setHostName(server.host);
        c.setPort(server.port);
        c.setUserName(user);
        c.setDatabaseName(test::databaseFor(m_path));
        if (c.open()) {
            QSqlQuery q(c);
            if (q.exec(sql) && q.next())
                value = q.value(0);
            q.finish();
            c.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

std::unique_ptr<Database> TestRegisterRoles::openAs(const QString& user, const QString& actor) const
{
    Database::Options o = test::historyOptions(m_path, actor);
    o.server->user = user;
    Result<std::unique_ptr<Database>> db = Database::open(o);
    if (!db) {
        qWarning("opening the register as %s failed: %s", qPrintable(user),
                 qPrintable(db.error().fullMessage()));
        return nullptr;
    }
    return std::move(db).value();
}

ShareRecord TestRegisterRoles::pendingShare(Database& officerDb)
{
    ShareStore store(officerDb);
    ShareRecord s;
    s.agreementReference = m_agreement.reference;
    s.agreementVersion = m_agreement.version;
    s.agreementHash = m_agreement.contentHash;
    s.datasetName = u"clients.csv"_s;
    s.profileJson = redactionProfile(m_agreement.reference).toBytes();
    s.recipients = {m_recipient.card()};
    Result<ShareRecord> draft = store.createDraft(s);
    if (!draft)
        qFatal("createDraft: %s", qPrintable(draft.error().fullMessage()));
    Result<ShareRecord> sent =
        store.submit(draft->id, draft->rowVersion,
                     bindingFor(m_agreement, m_officerId.card().fingerprint(),
                                {m_recipient.card().fingerprint()}),
                     QJsonObject{{u"rows"_s, 200}});
    if (!sent)
        qFatal("submit: %s", qPrintable(sent.error().fullMessage()));
    return sent.value();
}

// The SQL itself (both engines): the schema named throughout, a bad name refused, and
// no group role ever given UPDATE, DELETE or TRUNCATE on the audit tables.
void TestRegisterRoles::sqlNamesTheSchemaAndGrantsNoAuditChange()
{
    Result<QStringList> inSchema = RegisterRoles::statements(u"council_register"_s);
    QVERIFY(inSchema);
    const QString all = inSchema->join(u'\n');
    QVERIFY(all.contains(u"GRANT USAGE ON SCHEMA council_register TO sharewise_officer"_s));
    QVERIFY(all.contains(u"ON council_register.shares"_s));
    QVERIFY(!all.contains(u"public."_s));
    for (const QString& s : inSchema.value()) {
        if (!s.startsWith(u"GRANT"_s))
            continue;
        for (const char* table : {".audit_log ", ".audit_heads ", ".share_decisions "}) {
            if (s.contains(QLatin1String(table))) {
                QVERIFY2(!s.contains(u"UPDATE"_s) && !s.contains(u"DELETE"_s) &&
                             !s.contains(u"TRUNCATE"_s),
                         qPrintable(s));
            }
        }
        // Only the reviewer records decisions; only the administrator keeps members.
        if (s.contains(u".share_decisions "_s))
            QVERIFY2(s.endsWith(u"TO sharewise_reviewer"_s), qPrintable(s));
        if (s.contains(u".register_members "_s))
            QVERIFY2(s.endsWith(u"TO sharewise_admin"_s), qPrintable(s));
    }
    Result<QStringList> bad = RegisterRoles::statements(u"x; DROP TABLE shares"_s);
    QVERIFY(!bad);
    QCOMPARE(bad.error().kind, ErrorKind::Usage);
    Result<QString> script = RegisterRoles::script();
    QVERIFY(script);
    QVERIFY(script->startsWith(u"-- Sharewise "_s));
    QVERIFY(script->contains(u"\nBEGIN;\n"_s));
    QVERIFY(script->endsWith(u"COMMIT;\n"_s));
}

void TestRegisterRoles::applyingTwiceChangesNothing()
{
    if (!m_onServer)
        QSKIP("needs the PostgreSQL test server: database roles");
    Result<QString> script = RegisterRoles::script();
    QVERIFY(script);
    // As psql would run the file: one transaction, applied again over the first.
    QCOMPARE(test::serverSql({script.value()}, test::databaseFor(m_path)), QString());
    QCOMPARE(valueAs(superuser(), u"SELECT count(*) FROM pg_trigger WHERE tgname = "
                                  "'shares_review_by_reviewer'"_s)
                 .toInt(),
             1);
    QCOMPARE(valueAs(superuser(), u"SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON "
                                  "r.oid = m.roleid JOIN pg_roles g ON g.oid = m.member WHERE "
                                  "r.rolname = 'sharewise_officer' AND g.rolname = "
                                  "'sharewise_reviewer'"_s)
                 .toInt(),
             1);
    // An officer reads every table, and still may not change the audit log.
    QCOMPARE(valueAs(m_officer, u"SELECT count(*) FROM information_schema.tables WHERE "
                                "table_schema = 'public'"_s)
                 .toInt(),
             valueAs(superuser(), u"SELECT count(*) FROM information_schema.tables WHERE "
                                  "table_schema = 'public'"_s)
                 .toInt());
    QVERIFY(!valueAs(m_officer, u"SELECT has_table_privilege('audit_log', 'UPDATE')"_s).toBool());
    QVERIFY(valueAs(m_officer, u"SELECT has_table_privilege('audit_log', 'INSERT')"_s).toBool());
    // A register that does not exist yet is refused in plain words.
    const QString empty = m_dir.filePath(u"empty.db"_s);
    test::historyOptions(empty); // an empty database, no register in it
    const QString error =
        test::serverSql(RegisterRoles::statements().value(), test::databaseFor(empty));
    QVERIFY2(error.contains(u"no Sharewise register"_s), qPrintable(error));
}

void TestRegisterRoles::groupRolesCannotLogIn()
{
    if (!m_onServer)
        QSKIP("needs the PostgreSQL test server: database roles");
    for (const char* role :
         {RegisterRoles::kOfficer, RegisterRoles::kReviewer, RegisterRoles::kAdmin}) {
        const QString error = sqlAs(QLatin1String(role), {u"SELECT 1"_s});
        QVERIFY2(error.contains(u"not permitted to log in"_s), qPrintable(error));
    }
    // The reviewer is an officer; the administrator is not a reviewer.
    QCOMPARE(sqlAs(m_lead, {u"DO $$ BEGIN IF NOT pg_has_role('sharewise_officer', 'MEMBER') "
                            "THEN RAISE EXCEPTION 'not an officer'; END IF; END $$"_s}),
             QString());
    QVERIFY(sqlAs(m_admin, {u"DO $$ BEGIN IF NOT pg_has_role('sharewise_reviewer', 'MEMBER') "
                            "THEN RAISE EXCEPTION 'not a reviewer'; END IF; END $$"_s})
                .contains(u"not a reviewer"_s));
}

// The officer's own login: open the register, make a draft, submit it; every change
// audited and the chain intact.
void TestRegisterRoles::officerWorkflowWorks()
{
    if (!m_onServer)
        QSKIP("needs the PostgreSQL test server: database roles");
    std::unique_ptr<Database> db = openAs(m_officer, kOfficerName);
    QVERIFY(db);
    db->setSigner(&m_officerId);
    const qint64 before = db->audit().verify().entriesChecked;
    const ShareRecord s = pendingShare(*db);
    QCOMPARE(s.state, ShareState::PendingReview);
    QCOMPARE(s.preparedBy, kOfficerName);
    Result<ShareRecord> cancelled = ShareStore(*db).cancel(s.id, s.rowVersion, u"wrong file"_s);
    QVERIFY2(cancelled, qPrintable(messageOf(cancelled)));
    const AuditVerification v = db->audit().verify();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.entriesChecked, before + 3); // drafted, submitted, cancelled
    QVERIFY(v.signedHeads >= 3);
    // But the agreements register is the IG lead's.
    Result<agreements::Agreement> made = agreements::AgreementRegister(*db).create(
        agreementFor(u"DSA-ROLES-2"_s, m_recipient.card().fingerprint()));
    QVERIFY(!made);
    QVERIFY2(made.error().message.contains(u"permission denied"_s), qPrintable(messageOf(made)));
}

void TestRegisterRoles::officerCannotChangeOrRemoveAuditRows()
{
    if (!m_onServer)
        QSKIP("needs the PostgreSQL test server: database roles");
    // Purging a detail is the one change the audit trigger lets through: the owner may,
    // the officer may not.
    const QString purge = u"UPDATE audit_log SET detail = NULL WHERE seq = 1"_s;
    QVERIFY(sqlAs(m_officer, {purge}).contains(u"permission denied for table audit_log"_s));
    QVERIFY(sqlAs(m_admin, {purge}).contains(u"permission denied for table audit_log"_s));
    QCOMPARE(trialAs(superuser(), {purge}), QString());
    const QString rewrite = u"UPDATE audit_log SET actor = 'someone else' WHERE seq = 1"_s;
    QVERIFY(sqlAs(m_officer, {rewrite}).contains(u"permission denied for table audit_log"_s));
    QVERIFY(sqlAs(m_lead, {rewrite}).contains(u"permission denied for table audit_log"_s));
    // Deleting and emptying: refused by the grants for the officer, by the trigger even
    // for the owner.
    for (const QString& sql : {u"DELETE FROM audit_log WHERE seq = 1"_s, u"TRUNCATE audit_log"_s,
                               u"DELETE FROM audit_heads"_s, u"TRUNCATE audit_heads"_s}) {
        const QString officer = sqlAs(m_officer, {sql});
        QVERIFY2(officer.contains(u"permission denied"_s), qPrintable(sql + u": "_s + officer));
        const QString owner = trialAs(superuser(), {sql});
        QVERIFY2(!owner.isEmpty() && !owner.contains(u"permission denied"_s),
                 qPrintable(sql + u": "_s + owner));
    }
    QVERIFY(sqlAs(m_officer, {u"UPDATE audit_heads SET signed_at_us = 0"_s})
                .contains(u"permission denied for table audit_heads"_s));
    // Appending is how Sharewise records the officer's actions: allowed.
    QCOMPARE(sqlAs(m_officer, {u"SELECT count(*) FROM audit_log"_s}), QString());
}

void TestRegisterRoles::officerCannotRecordDecisions()
{
    if (!m_onServer)
        QSKIP("needs the PostgreSQL test server: database roles");
    std::unique_ptr<Database> db = openAs(m_officer, kOfficerName);
    QVERIFY(db);
    const ShareRecord s = pendingShare(*db);
    const QString insert =
        u"INSERT INTO share_decisions (share_id, decision, reviewer, reviewer_card, "
        "reviewer_fingerprint, statement, signature, decided_at_us) VALUES (%1, 'approved', "
        "'Rhian Lead', 'card', 'fp', '\\x00'::bytea, '\\x00'::bytea, 1)"_s.arg(s.id);
    QVERIFY(sqlAs(m_officer, {insert}).contains(u"permission denied for table share_decisions"_s));
    QCOMPARE(trialAs(m_lead, {insert}), QString());

    // Through Sharewise, with a genuine reviewer's signature, the officer's login is
    // still refused: the database, not the program, decides.
    Result<ShareDecision> d = decide(s, m_leadId, kLeadName, true, {}, Clock::nowUs());
    QVERIFY2(d, qPrintable(messageOf(d)));
    Result<ShareRecord> recorded = ShareStore(*db).recordDecision(s.id, s.rowVersion, d.value());
    QVERIFY(!recorded);
    QVERIFY2(recorded.error().message.contains(u"permission denied"_s),
             qPrintable(messageOf(recorded)));
    QCOMPARE(ShareStore(*db).find(s.id)->state, ShareState::PendingReview);
}

void TestRegisterRoles::officerCannotApproveThroughSql()
{
    if (!m_onServer)
        QSKIP("needs the PostgreSQL test server: database roles");
    std::unique_ptr<Database> db = openAs(m_officer, kOfficerName);
    QVERIFY(db);
    const ShareRecord s = pendingShare(*db);
    for (const char* status : {"approved", "rejected"}) {
        const QString sql = u"UPDATE shares SET status = '%1', row_version = row_version + 1 "
                            "WHERE id = %2"_s.arg(QLatin1String(status))
                                .arg(s.id);
        const QString officer = sqlAs(m_officer, {sql});
        QVERIFY2(officer.contains(u"Only an IG reviewer's login"_s), qPrintable(officer));
        QVERIFY2(officer.contains(m_officer), qPrintable(officer));
        QCOMPARE(trialAs(m_lead, {sql}), QString());
    }
    // Nor as a new row already approved.
    const QString insert =
        u"INSERT INTO shares (uid, status, agreement_reference, agreement_version, prepared_by, "
        "created_at_us, updated_at_us) VALUES ('%1', 'approved', 'DSA-ROLES-1', 1, 'x', 1, 1)"_s;
    QVERIFY(sqlAs(m_officer, {insert.arg(u"00ff"_s)}).contains(u"Only an IG reviewer's login"_s));
    QCOMPARE(trialAs(m_lead, {insert.arg(u"00fe"_s)}), QString());
    // Other moves of the officer's own work stay open to them; what identifies a share
    // does not.
    QCOMPARE(
        trialAs(m_officer, {u"UPDATE shares SET status = 'cancelled' WHERE id = %1"_s.arg(s.id)}),
        QString());
    QVERIFY(
        sqlAs(m_officer, {u"UPDATE shares SET prepared_by = 'someone' WHERE id = %1"_s.arg(s.id)})
            .contains(u"permission denied for table shares"_s));
    QVERIFY(sqlAs(m_officer, {u"DELETE FROM shares WHERE id = %1"_s.arg(s.id)})
                .contains(u"permission denied for table shares"_s));
    QCOMPARE(ShareStore(*db).find(s.id)->state, ShareState::PendingReview);
}

void TestRegisterRoles::officerCannotDropTriggersOrBorrowRoles()
{
    if (!m_onServer)
        QSKIP("needs the PostgreSQL test server: database roles");
    const QStringList attempts = {
        u"DROP TRIGGER shares_review_by_reviewer ON shares"_s,
        u"DROP TRIGGER audit_log_no_update ON audit_log"_s,
        u"DROP TRIGGER audit_log_no_delete ON audit_log"_s,
        u"ALTER TABLE shares DISABLE TRIGGER shares_review_by_reviewer"_s,
        u"ALTER TABLE audit_log DISABLE TRIGGER ALL"_s,
        u"DROP FUNCTION sharewise_review_by_reviewer() CASCADE"_s,
    };
    for (const QString& sql : attempts) {
        for (const QString& who : {m_officer, m_lead, m_admin}) {
            const QString error = sqlAs(who, {sql});
            QVERIFY2(error.contains(u"must be owner"_s), qPrintable(who + u": "_s + error));
        }
        QCOMPARE(trialAs(superuser(), {sql}), QString());
    }
    // A login cannot take a role it was not given, nor make tables in the register.
    QVERIFY(sqlAs(m_officer, {u"SET ROLE sharewise_reviewer"_s})
                .contains(u"permission denied to set role"_s));
    QCOMPARE(trialAs(m_lead, {u"SET ROLE sharewise_officer"_s}), QString());
    QVERIFY(sqlAs(m_officer, {u"CREATE TABLE shares_copy (id bigint)"_s})
                .contains(u"permission denied for schema public"_s));
    QCOMPARE(trialAs(superuser(), {u"CREATE TABLE shares_copy (id bigint)"_s}), QString());
    // The trigger is still there and enabled after all those attempts.
    QCOMPARE(valueAs(superuser(), u"SELECT count(*) FROM pg_trigger WHERE tgname = "
                                  "'shares_review_by_reviewer' AND tgenabled = 'O'"_s)
                 .toInt(),
             1);
}

void TestRegisterRoles::reviewerRecordsDecisionsThroughSharewise()
{
    if (!m_onServer)
        QSKIP("needs the PostgreSQL test server: database roles");
    std::unique_ptr<Database> officer = openAs(m_officer, kOfficerName);
    QVERIFY(officer);
    const ShareRecord s = pendingShare(*officer);
    std::unique_ptr<Database> lead = openAs(m_lead, kLeadName);
    QVERIFY(lead);
    lead->setSigner(&m_leadId);
    Result<ShareDecision> d = decide(s, m_leadId, kLeadName, true, {}, Clock::nowUs());
    QVERIFY2(d, qPrintable(messageOf(d)));
    Result<ShareRecord> approved = ShareStore(*lead).recordDecision(s.id, s.rowVersion, d.value());
    QVERIFY2(approved, qPrintable(messageOf(approved)));
    QCOMPARE(approved->state, ShareState::Approved);
    QCOMPARE(ShareStore(*officer).decisions(s.id)->size(), 1);
    // The officer goes on from there: the approved share is theirs to cancel or seal.
    Result<ShareRecord> cancelled =
        ShareStore(*officer).cancel(s.id, approved->rowVersion, u"no longer needed"_s);
    QVERIFY2(cancelled, qPrintable(messageOf(cancelled)));
    const AuditVerification v = officer->audit().verify();
    QVERIFY2(v.intact, qPrintable(v.problem));
}

void TestRegisterRoles::onlyAdministratorKeepsMembers()
{
    if (!m_onServer)
        QSKIP("needs the PostgreSQL test server: database roles");
    RegisterMember m;
    m.displayName = u"Siân Reviewer"_s;
    m.role = MemberRole::Reviewer;
    for (const QString& who : {m_officer, m_lead}) {
        std::unique_ptr<Database> db = openAs(who, who);
        QVERIFY(db);
        Result<RegisterMember> added = RegisterMembers(*db).add(m);
        QVERIFY(!added);
        QCOMPARE(added.error().kind, ErrorKind::Policy);
        QVERIFY2(added.error().message.contains(u"may not change its members"_s),
                 qPrintable(messageOf(added)));
    }
    std::unique_ptr<Database> admin = openAs(m_admin, u"IT admin"_s);
    QVERIFY(admin);
    Result<RegisterMember> added = RegisterMembers(*admin).add(m);
    QVERIFY2(added, qPrintable(messageOf(added)));
    Result<RegisterMember> removed = RegisterMembers(*admin).remove(m.displayName, m.role);
    QVERIFY2(removed, qPrintable(messageOf(removed)));
    // Removed, never deleted: not even by the administrator.
    QVERIFY(sqlAs(m_admin, {u"DELETE FROM register_members"_s}).contains(u"permission denied"_s));
    QVERIFY(sqlAs(m_admin, {u"UPDATE register_members SET role = 'reviewer'"_s})
                .contains(u"permission denied"_s));
    QCOMPARE(RegisterMembers(*admin).list(true)->size(), 1);
    QCOMPARE(RegisterMembers(*admin).list()->size(), 0);
    const AuditVerification v = admin->audit().verify();
    QVERIFY2(v.intact, qPrintable(v.problem));
}

QTEST_GUILESS_MAIN(TestRegisterRoles)
#include "tst_registerroles.moc"
