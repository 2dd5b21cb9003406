// sharewise-cli on the shared register: --register, the settings and the machine policy
// choosing it, and --db still choosing a file. Runs the real binary; the cases that need
// a server run in the _pg twin, against the private test server.
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sharewise;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList& args, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SHAREWISE_CLI_PATH), args);
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

bool writeText(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

// The server as --register takes it.
QString connectionString(const ServerConnection& s)
{
    return u"host='%1' port=%2 dbname=%3 user=%4"_s.arg(s.host).arg(s.port).arg(s.database, s.user);
}

} // namespace

class TestCliSharedRegister : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void settingsWithAnIncompleteServer();
    void historyOnTheSharedRegister();
    void settingsAndPolicyChooseTheRegister();
    void importAndExportThroughTheCli();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    // The environment of one run: its own settings and policy folders, no SHAREWISE_DB.
    QProcessEnvironment environment() const;
    ServerConnection server(const QString& name) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_emptyPassword;
};

void TestCliSharedRegister::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // An empty first line: no password, and the credential store is not asked.
    m_emptyPassword = path(u"no-password"_s);
    QVERIFY(writeText(m_emptyPassword, "\n"));
}

QProcessEnvironment TestCliSharedRegister::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"SHAREWISE_DB"_s);
    env.insert(u"XDG_CONFIG_DIRS"_s, path(u"etc"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, path(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, path(u"data"_s));
    return env;
}

ServerConnection TestCliSharedRegister::server(const QString& name) const
{
    return *test::historyOptions(path(name)).server;
}

void TestCliSharedRegister::settingsWithAnIncompleteServer()
{
    // Chosen in the settings without a database or user: said before connecting.
    QVERIFY(writeText(path(u"config/Sharewise/Sharewise.conf"_s),
                      "[register]\nshared=true\nhost=register.council.local\n"));
    const Run r = run({u"history"_s}, environment());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(u"The shared register in Settings is not complete"_s),
             qPrintable(r.err));
    // A file named on the command line still wins.
    const QString file = path(u"mine.sqlite"_s);
    QCOMPARE(run({u"--db"_s, file, u"history"_s}, environment()).exitCode, 0);
    QVERIFY(QFile::exists(file));
}

void TestCliSharedRegister::historyOnTheSharedRegister()
{
    if (!test::onPostgres())
        QSKIP("Needs the private PostgreSQL server: runs in tst_cli_sharedregister_pg");
    const ServerConnection s = server(u"cli-register"_s);
    const QString connection = connectionString(s);
    Run r = run(
        {u"--register"_s, connection, u"--register-password-file"_s, m_emptyPassword, u"history"_s},
        environment());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"history.created"_s), qPrintable(r.out));
    r = run({u"--register"_s, connection, u"--register-password-file"_s, m_emptyPassword,
             u"audit"_s, u"verify"_s},
            environment());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.startsWith(u"The audit trail is intact"_s));
    // A database the server does not have: named, and the user's mistake (1).
    ServerConnection missing = s;
    missing.database = u"no_such_register"_s;
    r = run({u"--register"_s, connectionString(missing), u"--register-password-file"_s,
             m_emptyPassword, u"history"_s},
            environment());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(u"The server has no database named \"no_such_register\""_s),
             qPrintable(r.err));
    // The global options may come in any order before the command, and a schema IT made
    // holds the register.
    QCOMPARE(test::serverSql({u"CREATE SCHEMA council_a"_s}, s.database), QString());
    r = run({u"--register-password-file"_s, m_emptyPassword, u"--register"_s,
             connection + u" schema=council_a"_s, u"history"_s, u"--json"_s},
            environment());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"history.created"_s));
    QVERIFY(test::serverSql({u"SELECT 1 FROM council_a.audit_log"_s}, s.database).isEmpty());
}

void TestCliSharedRegister::settingsAndPolicyChooseTheRegister()
{
    if (!test::onPostgres())
        QSKIP("Needs the private PostgreSQL server: runs in tst_cli_sharedregister_pg");
    const ServerConnection s = server(u"cli-settings"_s);
    // The user's settings choose the register (no password saved: none is sent; the
    // test server trusts its socket).
    const QByteArray userSettings = "[register]\nshared=true\nhost=" + s.host.toUtf8() +
                                    "\nport=" + QByteArray::number(s.port) +
                                    "\ndatabase=" + s.database.toUtf8() +
                                    "\nuser=" + s.user.toUtf8() + '\n';
    QVERIFY(writeText(path(u"config/Sharewise/Sharewise.conf"_s), userSettings));
    Run r = run({u"--register-password-file"_s, m_emptyPassword, u"history"_s}, environment());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"history.created"_s));
    // --db and SHAREWISE_DB still choose a file, for scripts.
    const QString file = path(u"script.sqlite"_s);
    QCOMPARE(run({u"--db"_s, file, u"history"_s}, environment()).exitCode, 0);
    QVERIFY(QFile::exists(file));
    QProcessEnvironment withDb = environment();
    withDb.insert(u"SHAREWISE_DB"_s, path(u"env.sqlite"_s));
    QCOMPARE(run({u"history"_s}, withDb).exitCode, 0);
    QVERIFY(QFile::exists(path(u"env.sqlite"_s)));

    // IT enforces the register over a user who chose a file.
    QVERIFY(writeText(path(u"config/Sharewise/Sharewise.conf"_s),
                      "[register]\nshared=false\n[database]\npath=" +
                          path(u"user-file.sqlite"_s).toUtf8() + '\n'));
    QVERIFY(writeText(path(u"etc/Sharewise/policy.ini"_s),
                      "SharedRegister=1\nSharedRegisterHost=" + s.host.toUtf8() +
                          "\nSharedRegisterPort=" + QByteArray::number(s.port) +
                          "\nSharedRegisterDatabase=" + s.database.toUtf8() +
                          "\n[Defaults]\nSharedRegisterUser=" + s.user.toUtf8() + '\n'));
    r = run({u"--register-password-file"_s, m_emptyPassword, u"audit"_s, u"verify"_s},
            environment());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!QFile::exists(path(u"user-file.sqlite"_s)));
}

// A desktop's history into an empty register, and the register out to a new file.
void TestCliSharedRegister::importAndExportThroughTheCli()
{
    const QString file = path(u"desktop.sqlite"_s);
    // Without a register, import says what it needs (and writes nothing).
    Run r = run({u"--db"_s, file, u"register"_s, u"import"_s, file}, environment());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"--register"_s), qPrintable(r.err));
    if (!test::onPostgres())
        QSKIP("Needs the private PostgreSQL server: runs in tst_cli_sharedregister_pg");
    const QString agreement =
        qEnvironmentVariable("SHAREWISE_TEST_DATA") + u"/agreements/full.json"_s;
    r = run({u"--db"_s, file, u"agreements"_s, u"import"_s, agreement}, environment());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // The register's database exists and is empty: its tables are made by the import.
    const ServerConnection s = server(u"cli-import"_s);
    const QStringList reg = {u"--register"_s, connectionString(s), u"--register-password-file"_s,
                             m_emptyPassword};
    r = run(reg + QStringList{u"register"_s, u"import"_s, file}, environment());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Copied into the shared register"_s), qPrintable(r.out));
    r = run(reg + QStringList{u"agreements"_s, u"list"_s}, environment());
    QVERIFY2(r.out.contains(u"DSA-2026-004"_s), qPrintable(r.out));
    r = run(reg + QStringList{u"audit"_s, u"verify"_s}, environment());
    QCOMPARE(r.exitCode, 0);
    // Twice: the register is not empty any more; nothing changes.
    r = run(reg + QStringList{u"register"_s, u"import"_s, file}, environment());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"not empty"_s), qPrintable(r.err));
    // Out again into a new file, never over one.
    const QString back = path(u"back.sqlite"_s);
    r = run(reg + QStringList{u"register"_s, u"export"_s, back}, environment());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({u"--db"_s, back, u"audit"_s, u"verify"_s}, environment());
    QCOMPARE(r.exitCode, 0);
    const qint64 size = QFileInfo(back).size();
    r = run(reg + QStringList{u"register"_s, u"export"_s, back}, environment());
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(QFileInfo(back).size(), size);
}

QTEST_GUILESS_MAIN(TestCliSharedRegister)
#include "tst_cli_sharedregister.moc"
