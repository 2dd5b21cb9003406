#include "crypto/Identity.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/OwnIdentityRecords.h"
#include "support/TestSupport.h"

#include "sharewise/Version.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sharewise;
using namespace Qt::StringLiterals;

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void createsSchemaAndRecordsCreation();
    void pragmas();
    void reopenIsIdempotent();
    void refusesNewerSchemaNamingTheVersion();
    void failedMigrationChangesNothing();
    void upgradesInOneStepAndRecordsIt();
    void upgradesFromEveryEarlierVersion();
    void refusesFileThatIsNotADatabase();
    void refusesForeignDatabase();
    void refusesFolder();
    void refusesNetworkPath();
    void writeTransactionRollsBackWhenNotCommitted();
    void failedInnerScopeStopsOuterCommit();
    void compatibleNewerSchemaStillOpens();
    void schemaTranslatesForPostgres();
    void serverSettingsAreChecked();
    void serverConnectionProblemsArePlain();
    void appendOnlyTablesRefuseTruncate();
    void eachPersonHasTheirOwnIdentityOnASharedRegister();

private:
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
};

void TestDatabase::createsSchemaAndRecordsCreation()
{
    auto db = test::openHistory(path("new.sqlite"));
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
    QSqlQuery q(db->connection());
    for (const char* table :
         {"organisations", "people", "person_roles", "agreements", "agreement_versions", "shares",
          "share_decisions", "incidents", "bundles", "receipts", "expected_outputs",
          "returned_outputs", "audit_log"}) {
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
    }
    QVERIFY(q.exec(QStringLiteral("SELECT version, program_version FROM schema_migrations")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toString(), QStringLiteral(SHAREWISE_VERSION_STRING));
    q.finish();
    Result<QList<AuditEntry>> entries = db->audit().entries();
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().action, QStringLiteral("history.created"));
    QCOMPARE(entries->first().actor, QStringLiteral("tester"));
}

void TestDatabase::pragmas()
{
    if (test::onPostgres())
        QSKIP("SQLite's settings");
    auto db = test::openHistory(path("pragmas.sqlite"));
    QVERIFY(db);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
    QCOMPARE(q.value(0).toInt(), 5000);
    // Foreign keys are enforced.
    QVERIFY(
        !q.exec(QStringLiteral("INSERT INTO people (organisation_id, display_name, created_at_us) "
                               "VALUES (999, 'x', 0)")));
}

void TestDatabase::reopenIsIdempotent()
{
    const QString p = path("reopen.sqlite");
    {
        QVERIFY(test::openHistory(p));
    }
    auto db = test::openHistory(p);
    QVERIFY(db);
    QCOMPARE(db->audit().entries()->size(), 1); // no second "created" entry
}

void TestDatabase::refusesNewerSchemaNamingTheVersion()
{
    const QString p = path("newer.sqlite");
    {
        QVERIFY(test::openHistory(p));
    }
    const int future = Migrations::latestVersion() + 1;
    QCOMPARE(
        test::rawSql(
            p, {u"INSERT INTO schema_migrations (version, name, program_version, "
                "applied_at_us, usable_from) VALUES (%1, 'future', '3.2.0', 0, %1)"_s.arg(future)}),
        QString());
    Result<std::unique_ptr<Database>> db = Database::open(test::historyOptions(p));
    QVERIFY(!db);
    QCOMPARE(db.error().kind, ErrorKind::Policy);
    QVERIFY2(db.error().message.contains(QLatin1String("3.2.0")), qPrintable(db.error().message));
    QVERIFY(db.error().message.contains(u"version %1"_s.arg(future)));
    QVERIFY(db.error().message.contains(QStringLiteral(SHAREWISE_VERSION_STRING)));
}

void TestDatabase::failedMigrationChangesNothing()
{
    const QString p = path("failing.sqlite");
    Database::Options o = test::historyOptions(p);
    o.migrations = Migrations::builtIn();
    const int next = Migrations::latestVersion() + 1;
    Migration failing;
    failing.version = next;
    failing.name = QStringLiteral("adds then fails");
    failing.statements = {QStringLiteral("CREATE TABLE extra (x INTEGER)"),
                          QStringLiteral("THIS IS NOT SQL")};
    o.migrations.append(failing);
    Result<std::unique_ptr<Database>> db = Database::open(o);
    QVERIFY(!db);
    QVERIFY(db.error().message.contains(QStringLiteral("version %1").arg(next)));
    // Neither the earlier steps nor the first half of the failing one are left behind.
    QCOMPARE(test::rawSql(p, {QStringLiteral("SELECT * FROM audit_log")}).isEmpty(), false);
    QCOMPARE(test::rawSql(p, {QStringLiteral("SELECT * FROM extra")}).isEmpty(), false);
    auto fresh = test::openHistory(p);
    QVERIFY(fresh);
    QCOMPARE(fresh->schemaVersion(), Migrations::latestVersion());
}

void TestDatabase::upgradesInOneStepAndRecordsIt()
{
    const QString p = path("upgrade.sqlite");
    {
        QVERIFY(test::openHistory(p));
    }
    Database::Options o = test::historyOptions(p, QStringLiteral("upgrader"));
    const int latest = Migrations::latestVersion();
    o.migrations = Migrations::builtIn();
    Migration extra;
    extra.version = latest + 1;
    extra.name = QStringLiteral("extra");
    extra.statements = {QStringLiteral("CREATE TABLE extra (x INTEGER)")};
    o.migrations.append(extra);
    Result<std::unique_ptr<Database>> db = Database::open(o);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    QCOMPARE(db.value()->schemaVersion(), latest + 1);
    const QList<AuditEntry> entries = db.value()->audit().entries().value();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.last().action, QStringLiteral("history.upgraded"));
    QVERIFY(entries.last().detail->contains(QStringLiteral("\"from\":%1").arg(latest).toUtf8()));
    QVERIFY(db.value()->audit().verify().intact);
}

// A history made by the first release opens, upgraded step by step to today's schema.
void TestDatabase::upgradesFromEveryEarlierVersion()
{
    for (int from = 1; from < Migrations::latestVersion(); ++from) {
        const QString p = path("from-%1.sqlite").arg(from);
        {
            Database::Options o = test::historyOptions(p);
            o.migrations = Migrations::builtIn().mid(0, from);
            Result<std::unique_ptr<Database>> old = Database::open(o);
            QVERIFY(old);
            QCOMPARE(old.value()->schemaVersion(), from);
        }
        auto db = test::openHistory(p);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
        QVERIFY(db->audit().verify().intact);
    }
}

void TestDatabase::refusesFileThatIsNotADatabase()
{
    if (test::onPostgres())
        QSKIP("a file");
    const QString p = path("notes.txt");
    QFile f(p);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    Database::Options o;
    o.path = p;
    Result<std::unique_ptr<Database>> db = Database::open(o);
    QVERIFY(!db);
    QCOMPARE(db.error().kind, ErrorKind::BadInput);
    QVERIFY(db.error().message.contains(QLatin1String("not a Sharewise history")));
    QVERIFY(db.error().where.endsWith(QLatin1String("notes.txt")));
    QCOMPARE(f.size(), 4096); // untouched
}

void TestDatabase::refusesForeignDatabase()
{
    const QString p = path("other.sqlite");
    QCOMPARE(test::rawSql(p, {QStringLiteral("CREATE TABLE customers (name TEXT)")}), QString());
    Result<std::unique_ptr<Database>> db = Database::open(test::historyOptions(p));
    QVERIFY(!db);
    QCOMPARE(db.error().kind, ErrorKind::BadInput);
    QVERIFY2(db.error().message.contains(test::onPostgres()
                                             ? QLatin1String("not a Sharewise register")
                                             : QLatin1String("not a Sharewise history")),
             qPrintable(db.error().message));
    // Nothing was added to it.
    QCOMPARE(test::rawSql(p, {QStringLiteral("SELECT * FROM audit_log")}).isEmpty(), false);
}

void TestDatabase::refusesFolder()
{
    if (test::onPostgres())
        QSKIP("a file");
    Database::Options o;
    o.path = m_dir.path();
    Result<std::unique_ptr<Database>> db = Database::open(o);
    QVERIFY(!db);
    QVERIFY(db.error().message.contains(QLatin1String("folder")));
}

void TestDatabase::refusesNetworkPath()
{
    if (test::onPostgres())
        QSKIP("a file");
    Database::Options o;
    o.path = QStringLiteral("//fileserver/homes/alice/history.sqlite");
    Result<std::unique_ptr<Database>> db = Database::open(o);
    QVERIFY(!db);
    QCOMPARE(db.error().kind, ErrorKind::Policy);
    QVERIFY(db.error().message.contains(QLatin1String("network drive")));
}

void TestDatabase::writeTransactionRollsBackWhenNotCommitted()
{
    auto db = test::openHistory(path("tx.sqlite"));
    QVERIFY(db);
    {
        Database::WriteTransaction tx(*db);
        QVERIFY(tx.begun());
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO organisations (name, created_at_us) VALUES ('A', 0)")));
    }
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM organisations")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestDatabase::failedInnerScopeStopsOuterCommit()
{
    auto db = test::openHistory(path("nested.sqlite"));
    QVERIFY(db);
    {
        Database::WriteTransaction outer(*db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO organisations (name, created_at_us) VALUES ('A', 0)")));
        {
            Database::WriteTransaction inner(*db);
            QVERIFY(inner.begun());
            // inner fails: no commit
        }
        QVERIFY(!outer.commit());
    }
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM organisations")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

// A newer program's step that says older programs may still use the register (it
// only adds) lets this one open it, without migrating; one that does not, refuses.
void TestDatabase::compatibleNewerSchemaStillOpens()
{
    const QString p = path("compatible.sqlite");
    const int latest = Migrations::latestVersion();
    {
        Database::Options o = test::historyOptions(p);
        Migration additive;
        additive.version = latest + 1;
        additive.name = QStringLiteral("adds a table");
        additive.usableFrom = latest;
        additive.statements = {QStringLiteral("CREATE TABLE later_notes (x INTEGER)")};
        o.migrations.append(additive);
        Result<std::unique_ptr<Database>> newer = Database::open(o);
        QVERIFY2(newer, newer ? "" : qPrintable(newer.error().message));
        QCOMPARE(newer.value()->schemaVersion(), latest + 1);
    }
    {
        Result<std::unique_ptr<Database>> older = Database::open(test::historyOptions(p));
        QVERIFY2(older, older ? "" : qPrintable(older.error().message));
        QCOMPARE(older.value()->schemaVersion(), latest + 1);
        // It wrote no step of its own and recorded no upgrade.
        QCOMPARE(older.value()->audit().entries()->size(), 1);
        QSqlQuery q(older.value()->connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM schema_migrations"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), latest + 1);
    }
    {
        Database::Options o = test::historyOptions(p);
        Migration additive;
        additive.version = latest + 1;
        additive.name = QStringLiteral("adds a table");
        additive.usableFrom = latest;
        additive.statements = {QStringLiteral("CREATE TABLE later_notes (x INTEGER)")};
        Migration breaking;
        breaking.version = latest + 2;
        breaking.name = QStringLiteral("changes what older programs write");
        breaking.statements = {QStringLiteral("CREATE TABLE later_rules (x INTEGER)")};
        o.migrations << additive << breaking;
        QVERIFY(Database::open(o));
    }
    Result<std::unique_ptr<Database>> refused = Database::open(test::historyOptions(p));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Policy);
    QVERIFY(refused.error().message.contains(QStringLiteral(SHAREWISE_VERSION_STRING)));
}

void TestDatabase::schemaTranslatesForPostgres()
{
    using sql::Engine;
    const QString table = u"CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER NOT NULL, b BLOB)"_s;
    QCOMPARE(sql::translateSchema(Engine::Sqlite, table), QStringList{table});
    QCOMPARE(sql::translateSchema(Engine::Postgres, table),
             QStringList{u"CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                         "n BIGINT NOT NULL, b BYTEA)"_s});
    const QStringList trigger =
        sql::translateSchema(Engine::Postgres, uR"(CREATE TRIGGER t_no_update BEFORE UPDATE ON t
            WHEN NEW.detail IS NOT NULL OR NEW.n IS NOT OLD.n
            BEGIN SELECT RAISE(ABORT, 'No changes'); END)"_s);
    QCOMPARE(trigger,
             QStringList{u"CREATE TRIGGER t_no_update BEFORE UPDATE ON t FOR EACH ROW WHEN "
                         "(NEW.detail IS NOT NULL OR NEW.n IS DISTINCT FROM OLD.n) EXECUTE "
                         "FUNCTION sharewise_refuse('No changes')"_s});
    const QStringList noDelete = sql::translateSchema(
        Engine::Postgres,
        u"CREATE TRIGGER t_no_delete BEFORE DELETE ON t BEGIN SELECT RAISE(ABORT, 'Kept'); END"_s);
    QCOMPARE(noDelete.size(), 2);
    QVERIFY(noDelete[1].contains(u"BEFORE TRUNCATE ON t FOR EACH STATEMENT"_s));
    QCOMPARE(sql::translateSchema(Engine::Postgres, u"DROP TABLE shares"_s),
             QStringList{u"DROP TABLE shares CASCADE"_s});
}

void TestDatabase::serverSettingsAreChecked()
{
    ServerConnection s;
    s.host = u"register.council.example"_s;
    s.database = u"sharewise"_s;
    s.user = u"officer1"_s;
    QCOMPARE(s.effectiveSslMode(), u"verify-full"_s);
    QVERIFY(s.problem().isEmpty());
    s.sslMode = u"require"_s; // encrypted, but the certificate is not checked
    QVERIFY(s.problem().contains(u"verify-full"_s));
    s.sslMode = u"disable"_s;
    QVERIFY(!s.problem().isEmpty());
    s.host = u"127.0.0.1"_s;
    QVERIFY(s.isLocal());
    QVERIFY(s.problem().isEmpty());
    s.sslMode.clear();
    QCOMPARE(s.effectiveSslMode(), u"prefer"_s);
    s.host = u"/run/postgresql"_s;
    QVERIFY(s.isLocal());
    s.schema = u"1bad"_s;
    QVERIFY(!s.problem().isEmpty());
    s.schema = u"sharewise"_s;
    s.port = 0;
    QVERIFY(s.problem().contains(u"5432"_s));
    s.port = 5432;
    s.user.clear();
    QVERIFY(!s.problem().isEmpty());
    s.user = u"a;b"_s;
    QVERIFY(!s.problem().isEmpty());

    // A remote register with an unchecked TLS mode is refused before any connection.
    Database::Options o;
    ServerConnection remote;
    remote.host = u"register.council.example"_s;
    remote.database = u"sharewise"_s;
    remote.user = u"officer1"_s;
    remote.sslMode = u"prefer"_s;
    o.server = remote;
    Result<std::unique_ptr<Database>> db = Database::open(o);
    QVERIFY(!db);
    QCOMPARE(db.error().kind, ErrorKind::Usage);
    QVERIFY(db.error().message.contains(u"verify-full"_s));
}

void TestDatabase::serverConnectionProblemsArePlain()
{
    if (!test::onPostgres())
        QSKIP("needs the test server");
    Database::Options o = test::historyOptions(path("conn.sqlite"));
    o.server->database = u"no_such_register"_s;
    Result<std::unique_ptr<Database>> db = Database::open(o);
    QVERIFY(!db);
    QVERIFY2(db.error().message.contains(u"no database named \"no_such_register\""_s),
             qPrintable(db.error().message));
    QVERIFY(db.error().where.contains(u"no_such_register"_s));

    o = test::historyOptions(path("conn.sqlite"));
    o.server->port = 1; // no server listens there
    o.connectTimeoutSeconds = 2;
    db = Database::open(o);
    QVERIFY(!db);
    QCOMPARE(db.error().kind, ErrorKind::Failure);
    QVERIFY2(db.error().message.contains(u"Could not reach the register server"_s),
             qPrintable(db.error().message));
    // libpq's own words come with a line break and a tab: said as one sentence here.
    QVERIFY2(!db.error().message.contains(u'\n') && !db.error().message.contains(u'\t'),
             qPrintable(db.error().message));

    o = test::historyOptions(path("conn.sqlite"));
    o.server->user = u"nobody_here"_s;
    db = Database::open(o);
    QVERIFY(!db);
    QCOMPARE(db.error().kind, ErrorKind::Usage);
    QVERIFY2(db.error().message.contains(u"user name or password"_s),
             qPrintable(db.error().message));
}

// On PostgreSQL, TRUNCATE skips row triggers: the append-only tables refuse it too.
void TestDatabase::appendOnlyTablesRefuseTruncate()
{
    const QString p = path("truncate.sqlite");
    QVERIFY(test::openHistory(p));
    if (!test::onPostgres()) {
        // SQLite has no TRUNCATE; its DELETE without WHERE meets the row trigger.
        QVERIFY(test::rawSql(p, {u"DELETE FROM audit_log"_s}).contains(u"append-only"_s));
        return;
    }
    for (const char* table : {"audit_log", "audit_heads", "share_decisions", "agreement_versions",
                              "agreement_keys", "agreement_key_grants", "incidents"}) {
        const QString error = test::rawSql(p, {u"TRUNCATE %1 CASCADE"_s.arg(QLatin1String(table))});
        QVERIFY2(!error.isEmpty(), table);
    }
    QVERIFY(test::rawSql(p, {u"TRUNCATE audit_log"_s}).contains(u"append-only"_s));
    QVERIFY(test::rawSql(p, {u"DELETE FROM audit_log"_s}).contains(u"append-only"_s));
    QVERIFY(test::rawSql(p, {u"UPDATE audit_log SET actor = 'x'"_s}).contains(u"append-only"_s));
}

// Two officers on one register each keep their own current identity, and the audit
// check takes heads signed by either; a local history keeps one current identity.
void TestDatabase::eachPersonHasTheirOwnIdentityOnASharedRegister()
{
    const QString p = path("identities.sqlite");
    const crypto::Identity ann = crypto::Identity::generate(u"Ann Officer"_s);
    const crypto::Identity ben = crypto::Identity::generate(u"Ben Officer"_s);
    auto asAnn = test::openHistory(p, u"login:ann"_s);
    auto asBen = test::openHistory(p, u"login:ben"_s);
    QVERIFY(asAnn && asBen);
    QVERIFY(OwnIdentityRecords(*asAnn).addCurrent(ann.card(), u"keychain"_s, {}));
    asAnn->setSigner(&ann);
    QVERIFY(OwnIdentityRecords(*asBen).addCurrent(ben.card(), u"keychain"_s, {}));
    asBen->setSigner(&ben);
    QSqlQuery q(asAnn->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM own_identities WHERE status = 'current'"_s) && q.next());
    if (test::onPostgres()) {
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(OwnIdentityRecords(*asAnn).current()->fingerprint, ann.card().fingerprint());
        QCOMPARE(OwnIdentityRecords(*asBen).current()->fingerprint, ben.card().fingerprint());
        QCOMPARE(OwnIdentityRecords(*asAnn).list()->size(), 1);
    } else {
        // One desktop, one current identity: Ben's replaced Ann's.
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(OwnIdentityRecords(*asAnn).current()->fingerprint, ben.card().fingerprint());
    }
    q.finish();
    // Both sign heads of the one chain.
    AuditEvent e;
    e.actor = u"login:ann"_s;
    e.action = u"test.one"_s;
    e.objectType = u"test"_s;
    e.objectId = u"1"_s;
    {
        Database::WriteTransaction tx(*asAnn);
        QVERIFY(asAnn->audit().append(e));
        QVERIFY(tx.commit());
    }
    e.actor = u"login:ben"_s;
    {
        Database::WriteTransaction tx(*asBen);
        QVERIFY(asBen->audit().append(e));
        QVERIFY(tx.commit());
    }
    const AuditVerification v = asAnn->audit().verify();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QVERIFY(v.signedHeads >= 2);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
