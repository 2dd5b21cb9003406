// sharewise-cli register, through the real binary: roles-sql prints the roles SQL for IT
// (the schema named, a bad one refused, no history needed), and register members adds,
// lists and removes members of a history, each change audited, with the usage errors and
// refusals and their exit codes.
#include "store/RegisterRoles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sharewise;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList& args, const QString& db)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SHAREWISE_DB"_s, db);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SHAREWISE_CLI_PATH), args);
    p.closeWriteChannel();
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

class TestCliRegister : public QObject
{
    Q_OBJECT

private slots:
    void rolesSqlIsPrinted();
    void membersAreKept();
};

void TestCliRegister::rolesSqlIsPrinted()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"history.sqlite"_s);
    Run r = run({u"register"_s, u"roles-sql"_s}, db);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, RegisterRoles::script().value());
    QVERIFY(r.out.contains(u"GRANT INSERT ON public.share_decisions TO sharewise_reviewer"_s));
    // Printing opens no history.
    QVERIFY(!QFile::exists(db));

    r = run({u"register"_s, u"roles-sql"_s, u"--schema"_s, u"Register"_s}, db);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"GRANT INSERT ON register.share_decisions"_s));
    QVERIFY(!r.out.contains(u"public."_s));

    r = run({u"register"_s, u"roles-sql"_s, u"--schema"_s, u"a;b"_s}, db);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"only letters, digits and underscores"_s));
    QVERIFY(r.out.isEmpty());
    r = run({u"register"_s, u"roles-sql"_s, u"extra"_s}, db);
    QCOMPARE(r.exitCode, 1);
    r = run({u"register"_s}, db);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"register roles-sql"_s));
}

void TestCliRegister::membersAreKept()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"history.sqlite"_s);
    Run r = run({u"register"_s, u"members"_s}, db);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"No members are recorded"_s));

    r = run({u"register"_s, u"members"_s, u"add"_s, u"Rhian Jones"_s, u"--role"_s, u"reviewer"_s,
             u"--login"_s, u"rjones"_s, u"--fingerprint"_s, u"K7QM2XNDR4VBTJ6WHP3CYZ5ELQ"_s},
            db);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Rhian Jones is now recorded as IG reviewer"_s), qPrintable(r.out));
    r = run({u"register"_s, u"members"_s, u"add"_s, u"Owen Officer"_s, u"--role"_s, u"officer"_s},
            db);
    QCOMPARE(r.exitCode, 0);

    // Refusals: the same role twice (4), a bad fingerprint or role, no name or role (1).
    r = run({u"register"_s, u"members"_s, u"add"_s, u"rhian jones"_s, u"--role"_s, u"reviewer"_s},
            db);
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.err.contains(u"already recorded"_s));
    r = run({u"register"_s, u"members"_s, u"add"_s, u"Siân"_s, u"--role"_s, u"reviewer"_s,
             u"--fingerprint"_s, u"abc"_s},
            db);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"not a key fingerprint"_s));
    r = run({u"register"_s, u"members"_s, u"add"_s, u"Siân"_s, u"--role"_s, u"boss"_s}, db);
    QCOMPARE(r.exitCode, 1);
    r = run({u"register"_s, u"members"_s, u"add"_s, u"--role"_s, u"officer"_s}, db);
    QCOMPARE(r.exitCode, 1);
    r = run({u"register"_s, u"members"_s, u"add"_s, u"Siân"_s}, db);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"--role"_s));

    r = run(
        {u"register"_s, u"members"_s, u"remove"_s, u"Owen Officer"_s, u"--role"_s, u"officer"_s},
        db);
    QCOMPARE(r.exitCode, 0);
    r = run(
        {u"register"_s, u"members"_s, u"remove"_s, u"Owen Officer"_s, u"--role"_s, u"officer"_s},
        db);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"is not recorded as officer"_s));

    r = run({u"register"_s, u"members"_s, u"list"_s}, db);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"Rhian Jones  IG reviewer  login rjones  key k7qm 2xnd"_s));
    QVERIFY(!r.out.contains(u"Owen"_s));

    r = run({u"register"_s, u"members"_s, u"list"_s, u"--all"_s, u"--json"_s}, db);
    QCOMPARE(r.exitCode, 0);
    const QJsonArray members =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"members"_s).toArray();
    QCOMPARE(members.size(), 2);
    QStringList removed;
    for (const QJsonValue& m : members) {
        if (m.toObject().contains(u"removed_at"_s))
            removed << m.toObject().value(u"name"_s).toString();
    }
    QCOMPARE(removed, QStringList{u"Owen Officer"_s});

    // Three changes, three audit entries, and the trail intact.
    r = run({u"history"_s, u"--json"_s}, db);
    QCOMPARE(r.exitCode, 0);
    int changes = 0;
    for (const QJsonValue& e : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        if (e.toObject().value(u"action"_s).toString().startsWith(u"register.member_"_s))
            ++changes;
    }
    QCOMPARE(changes, 3);
    r = run({u"audit"_s, u"verify"_s}, db);
    QCOMPARE(r.exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliRegister)
#include "tst_cli_register.moc"
