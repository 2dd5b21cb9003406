#include "crypto/Sodium.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/HistoryBackup.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sharewise;

class TestHistoryBackup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(crypto::initialise()); }
    void backupWhileOpenIsConsistentAndChecked();
    void backupRefusesToOverwriteUnlessAllowed();
    void backupLeavesNoPartialFileOnFailure();
    void restoreReplacesAndKeepsThePrevious();
    void restoreRefusesBrokenChainAndChangesNothing();
    void restoreRefusesNonBackup();
    void restoreIntoEmptyPlace();

private:
    static void addOrganisation(Database& db, const QString& name);
    static int organisationCount(const QString& path);
};

void TestHistoryBackup::addOrganisation(Database& db, const QString& name)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO organisations (name, created_at_us) VALUES (?, 0)"));
    q.addBindValue(name);
    QVERIFY(q.exec());
}

int TestHistoryBackup::organisationCount(const QString& path)
{
    auto db = test::openHistory(path);
    if (!db)
        return -1;
    QSqlQuery q(db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM organisations")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestHistoryBackup::backupWhileOpenIsConsistentAndChecked()
{
    QTemporaryDir dir;
    auto db = test::openHistory(dir.filePath(QStringLiteral("h.sqlite")));
    addOrganisation(*db, QStringLiteral("Anytown Council"));
    // Another connection (another Sharewise window) has the history open meanwhile.
    auto other = test::openHistory(dir.filePath(QStringLiteral("h.sqlite")));
    QVERIFY(other);
    const QString target = dir.filePath(QStringLiteral("backup.sqlite"));
    Result<HistoryBackup::Summary> r = HistoryBackup::create(*db, target, false);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QCOMPARE(r->auditEntries, 1);
    QVERIFY(QFile::exists(target));
    QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
    QCOMPARE(organisationCount(target), 1);
    // The backup is recorded in the live history.
    QCOMPARE(db->audit().entries(1, true).value().first().action,
             QStringLiteral("history.backed_up"));
    QVERIFY(HistoryBackup::inspect(target));
    // No temporary files left in the folder.
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString& f : left)
        QVERIFY2(!f.contains(QLatin1String("partial")), qPrintable(f));
}

void TestHistoryBackup::backupRefusesToOverwriteUnlessAllowed()
{
    QTemporaryDir dir;
    auto db = test::openHistory(dir.filePath(QStringLiteral("h.sqlite")));
    const QString target = dir.filePath(QStringLiteral("exists.sqlite"));
    QFile f(target);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    Result<HistoryBackup::Summary> r = HistoryBackup::create(*db, target, false);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
    QCOMPARE(QFileInfo(target).size(), 7);
    QVERIFY(HistoryBackup::create(*db, target, true));
    QVERIFY(HistoryBackup::inspect(target));
}

void TestHistoryBackup::backupLeavesNoPartialFileOnFailure()
{
    QTemporaryDir dir;
    auto db = test::openHistory(dir.filePath(QStringLiteral("h.sqlite")));
    Result<HistoryBackup::Summary> r =
        HistoryBackup::create(*db, dir.filePath(QStringLiteral("no/such/folder/b.sqlite")), false);
    QVERIFY(!r);
    QCOMPARE(QDir(dir.path())
                 .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)
                 .filter(QStringLiteral("partial")),
             QStringList());
    // Nothing recorded for a backup that was not made.
    QCOMPARE(db->audit().entries().value().size(), 1);
}

void TestHistoryBackup::restoreReplacesAndKeepsThePrevious()
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("h.sqlite"));
    const QString backup = dir.filePath(QStringLiteral("b.sqlite"));
    {
        auto db = test::openHistory(live);
        addOrganisation(*db, QStringLiteral("Before"));
        QVERIFY(HistoryBackup::create(*db, backup, false));
        addOrganisation(*db, QStringLiteral("After backup"));
    }
    QCOMPARE(organisationCount(live), 2);
    Result<HistoryBackup::Summary> r =
        HistoryBackup::restore(live, backup, QStringLiteral("restorer"));
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QCOMPARE(organisationCount(live), 1);
    QVERIFY(QFile::exists(r->previousHistoryKeptAs));
    QCOMPARE(organisationCount(r->previousHistoryKeptAs), 2);
    auto db = test::openHistory(live);
    const QList<AuditEntry> entries = db->audit().entries().value();
    QCOMPARE(entries.last().action, QStringLiteral("history.restored"));
    QCOMPARE(entries.last().actor, QStringLiteral("restorer"));
    QVERIFY(db->audit().verify().intact);
}

void TestHistoryBackup::restoreRefusesBrokenChainAndChangesNothing()
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("h.sqlite"));
    const QString backup = dir.filePath(QStringLiteral("b.sqlite"));
    {
        auto db = test::openHistory(live);
        QVERIFY(HistoryBackup::create(*db, backup, false));
        addOrganisation(*db, QStringLiteral("Live"));
    }
    QCOMPARE(test::rawSql(backup,
                          {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                           QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1")}),
             QString());
    const QByteArray liveBefore = [&] {
        QFile f(live);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    Result<HistoryBackup::Summary> r = HistoryBackup::restore(live, backup, QStringLiteral("x"));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::Verification);
    QVERIFY(r.error().message.contains(QLatin1String("entry 1")));
    QFile f(live);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), liveBefore);
    QCOMPARE(organisationCount(live), 1);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*before-restore*")}, QDir::Files),
             QStringList());
}

void TestHistoryBackup::restoreRefusesNonBackup()
{
    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(1000, 'j'));
    f.close();
    Result<HistoryBackup::Summary> r =
        HistoryBackup::restore(dir.filePath(QStringLiteral("h.sqlite")), junk, QStringLiteral("x"));
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
    r = HistoryBackup::restore(dir.filePath(QStringLiteral("h.sqlite")),
                               dir.filePath(QStringLiteral("missing.sqlite")), QStringLiteral("x"));
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QLatin1String("does not exist")));
}

void TestHistoryBackup::restoreIntoEmptyPlace()
{
    QTemporaryDir dir;
    const QString backup = dir.filePath(QStringLiteral("b.sqlite"));
    {
        auto db = test::openHistory(dir.filePath(QStringLiteral("h.sqlite")));
        addOrganisation(*db, QStringLiteral("X"));
        QVERIFY(HistoryBackup::create(*db, backup, false));
    }
    const QString fresh = dir.filePath(QStringLiteral("new/place/h.sqlite"));
    Result<HistoryBackup::Summary> r = HistoryBackup::restore(fresh, backup, QStringLiteral("x"));
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QVERIFY(r->previousHistoryKeptAs.isEmpty());
    QCOMPARE(organisationCount(fresh), 1);
}

QTEST_GUILESS_MAIN(TestHistoryBackup)
#include "tst_historybackup.moc"
