#include "store/AuditLog.h"
#include "store/Database.h"
#include "support/TestSupport.h"

#include "sharewise/Version.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sharewise;

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
    QCOMPARE(test::rawSql(p, {QStringLiteral("INSERT INTO schema_migrations VALUES "
                                             "(7, 'future', '3.2.0', 0)")}),
             QString());
    Database::Options o;
    o.path = p;
    Result<std::unique_ptr<Database>> db = Database::open(o);
    QVERIFY(!db);
    QCOMPARE(db.error().kind, ErrorKind::Policy);
    QVERIFY2(db.error().message.contains(QLatin1String("3.2.0")), qPrintable(db.error().message));
    QVERIFY(db.error().message.contains(QLatin1String("version 7")));
    QVERIFY(db.error().message.contains(QStringLiteral(SHAREWISE_VERSION_STRING)));
}

void TestDatabase::failedMigrationChangesNothing()
{
    const QString p = path("failing.sqlite");
    Database::Options o;
    o.path = p;
    o.migrations = Migrations::builtIn();
    const int next = Migrations::latestVersion() + 1;
    o.migrations.append(Migration{
        next,
        QStringLiteral("adds then fails"),
        {QStringLiteral("CREATE TABLE extra (x INTEGER)"), QStringLiteral("THIS IS NOT SQL")}});
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
    Database::Options o;
    o.path = p;
    o.actor = QStringLiteral("upgrader");
    const int latest = Migrations::latestVersion();
    o.migrations = Migrations::builtIn();
    o.migrations.append(Migration{
        latest + 1, QStringLiteral("extra"), {QStringLiteral("CREATE TABLE extra (x INTEGER)")}});
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
            Database::Options o;
            o.path = p;
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
    Database::Options o;
    o.path = p;
    Result<std::unique_ptr<Database>> db = Database::open(o);
    QVERIFY(!db);
    QCOMPARE(db.error().kind, ErrorKind::BadInput);
    QVERIFY(db.error().message.contains(QLatin1String("not a Sharewise history")));
}

void TestDatabase::refusesFolder()
{
    Database::Options o;
    o.path = m_dir.path();
    Result<std::unique_ptr<Database>> db = Database::open(o);
    QVERIFY(!db);
    QVERIFY(db.error().message.contains(QLatin1String("folder")));
}

void TestDatabase::refusesNetworkPath()
{
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

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
