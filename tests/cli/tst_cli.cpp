#include "support/TestSupport.h"

#include "sharewise/Version.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sharewise;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList& args,
        const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
        const QString& program = QStringLiteral(SHAREWISE_CLI_PATH))
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        return {};
    }
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void version();
    void guiVersion();
    void helpAndUsageErrors();
    void historyOnNewDatabase();
    void historyJson();
    void databaseFromEnvironment();
    void auditVerifyIntactAndBroken();
    void backupAndRestore();
    void restoreRefusesBrokenBackup();
    void badInputExitCodes();
    void newerDatabaseIsRefusedByPolicy();
    void welshMessages();

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }
};

void TestCli::version()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("sharewise-cli " SHAREWISE_VERSION_STRING));
}

void TestCli::guiVersion()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // works without any display
    env.remove(QStringLiteral("DISPLAY"));
    const Run r = run({QStringLiteral("--version")}, env, QStringLiteral(SHAREWISE_GUI_PATH));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("sharewise " SHAREWISE_VERSION_STRING));
}

void TestCli::helpAndUsageErrors()
{
    Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("audit verify")));
    r = run({});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());
    r = run(
        {QStringLiteral("--db"), path(QStringLiteral("u.sqlite")), QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.startsWith(QLatin1String("Unknown command \"frobnicate\".")));
    r = run({QStringLiteral("--db"), path(QStringLiteral("u.sqlite")), QStringLiteral("audit")});
    QCOMPARE(r.exitCode, 1);
    r = run({QStringLiteral("--db"), path(QStringLiteral("u.sqlite")), QStringLiteral("history"),
             QStringLiteral("--limit"), QStringLiteral("x")});
    QCOMPARE(r.exitCode, 1);
    r = run({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("history")});
    QCOMPARE(r.exitCode, 1);
    r = run({QStringLiteral("--bogus"), QStringLiteral("history")});
    QCOMPARE(r.exitCode, 1);
}

void TestCli::historyOnNewDatabase()
{
    const QString db = path(QStringLiteral("h1.sqlite"));
    const Run r = run({QStringLiteral("--db"), db, QStringLiteral("history")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("history.created")), qPrintable(r.out));
    QVERIFY(QFile::exists(db));
}

void TestCli::historyJson()
{
    const QString db = path(QStringLiteral("h2.sqlite"));
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("backup"),
                  path(QStringLiteral("h2-b.sqlite"))})
                 .exitCode,
             0);
    const Run r =
        run({QStringLiteral("--db"), db, QStringLiteral("history"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray a = doc.array();
    QCOMPARE(a.size(), 2);
    QCOMPARE(a[0].toObject()[QStringLiteral("action")].toString(),
             QStringLiteral("history.created"));
    QCOMPARE(a[1].toObject()[QStringLiteral("action")].toString(),
             QStringLiteral("history.backed_up"));
    QCOMPARE(a[1].toObject()[QStringLiteral("seq")].toInt(), 2);
    QCOMPARE(
        a[1].toObject()[QStringLiteral("detail")].toObject()[QStringLiteral("file")].toString(),
        QStringLiteral("h2-b.sqlite"));
    QCOMPARE(a[1].toObject()[QStringLiteral("entryHash")].toString().size(), 64);
    const Run limited =
        run({QStringLiteral("--db"), db, QStringLiteral("history"), QStringLiteral("--json"),
             QStringLiteral("--limit"), QStringLiteral("1")});
    QCOMPARE(QJsonDocument::fromJson(limited.out.toUtf8()).array().size(), 1);
}

void TestCli::databaseFromEnvironment()
{
    const QString db = path(QStringLiteral("env.sqlite"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SHAREWISE_DB"), db);
    const Run r = run({QStringLiteral("history")}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFile::exists(db));
    // --db wins over the environment.
    const QString other = path(QStringLiteral("flag.sqlite"));
    QCOMPARE(run({QStringLiteral("--db"), other, QStringLiteral("history")}, env).exitCode, 0);
    QVERIFY(QFile::exists(other));
}

void TestCli::auditVerifyIntactAndBroken()
{
    const QString db = path(QStringLiteral("audit.sqlite"));
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("backup"),
                  path(QStringLiteral("a1.sqlite"))})
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("backup"),
                  path(QStringLiteral("a2.sqlite"))})
                 .exitCode,
             0);
    Run r = run({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("intact")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("3 entries")));

    QCOMPARE(
        test::rawSql(db, {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                          QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2")}),
        QString());
    r = run({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.startsWith(QLatin1String("The audit trail is broken at entry 2.")),
             qPrintable(r.err));
}

void TestCli::backupAndRestore()
{
    const QString db = path(QStringLiteral("br.sqlite"));
    const QString backup = path(QStringLiteral("br-backup.sqlite"));
    Run r = run({QStringLiteral("--db"), db, QStringLiteral("backup"), backup});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("Backup written")));
    // Refuses to overwrite without --force.
    r = run({QStringLiteral("--db"), db, QStringLiteral("backup"), backup});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("already exists")));
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("backup"), backup,
                  QStringLiteral("--force")})
                 .exitCode,
             0);

    r = run({QStringLiteral("--db"), db, QStringLiteral("restore"), backup});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("kept as")));
    r = run({QStringLiteral("--db"), db, QStringLiteral("history"), QStringLiteral("--json")});
    const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(a.last().toObject()[QStringLiteral("action")].toString(),
             QStringLiteral("history.restored"));
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("verify")})
                 .exitCode,
             0);
}

void TestCli::restoreRefusesBrokenBackup()
{
    const QString db = path(QStringLiteral("rb.sqlite"));
    const QString backup = path(QStringLiteral("rb-backup.sqlite"));
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("backup"), backup}).exitCode, 0);
    QCOMPARE(test::rawSql(backup, {QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                                   QStringLiteral("DELETE FROM audit_log WHERE seq = 1")}),
             QString());
    const Run r = run({QStringLiteral("--db"), db, QStringLiteral("restore"), backup});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains(QLatin1String("audit trail is broken")));
}

void TestCli::badInputExitCodes()
{
    const QString notDb = path(QStringLiteral("not-a-db.sqlite"));
    QFile f(notDb);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(2048, 'z'));
    f.close();
    Run r = run({QStringLiteral("--db"), notDb, QStringLiteral("history")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QLatin1String("This file is not a Sharewise history")),
             qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("not-a-db.sqlite")));
    r = run({QStringLiteral("--db"), path(QStringLiteral("ok.sqlite")), QStringLiteral("restore"),
             path(QStringLiteral("missing.sqlite"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("does not exist")));
}

void TestCli::newerDatabaseIsRefusedByPolicy()
{
    const QString db = path(QStringLiteral("newer.sqlite"));
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("history")}).exitCode, 0);
    QCOMPARE(test::rawSql(
                 db, {QStringLiteral("INSERT INTO schema_migrations VALUES (9, 'f', '4.0.0', 0)")}),
             QString());
    const Run r = run({QStringLiteral("--db"), db, QStringLiteral("history")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.err.contains(QLatin1String("4.0.0")));
}

void TestCli::welshMessages()
{
    const Run r = run({QStringLiteral("--lang"), QStringLiteral("cy"), QStringLiteral("--db"),
                       path(QStringLiteral("cy.sqlite")), QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(QLatin1String("Gorchymyn anhysbys")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
