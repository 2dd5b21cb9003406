#include "support/TestSupport.h"

#include "sharewise/Version.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

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
    void databaseFromPolicy();
    void registerOptionIsReadStrictly();
    void auditVerifyIntactAndBroken();
    void backupAndRestore();
    void restoreRefusesBrokenBackup();
    void badInputExitCodes();
    void newerDatabaseIsRefusedByPolicy();
    void welshMessages();
    void keysSealVerifyOpenReceipt();
    void tamperedBundleExitsThree();
    void unknownSenderNeedsAcceptance();
    void changedKeyIsRefusedLoudly();
    void passphraseBundle();
    void sealUnderAnAgreement();

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
    // Every command's description starts in the same column.
    {
        const QString commands =
            r.out.section(QLatin1String("Commands:\n"), 1).section(QLatin1String("\n\n"), 0, 0);
        const QRegularExpression description(QStringLiteral("^(.*\\S)?( {2,})(\\S)"));
        QSet<qsizetype> columns;
        for (const QString& line : commands.split(u'\n')) {
            const QRegularExpressionMatch m = description.match(line);
            if (m.hasMatch() && m.capturedStart(1) >= 0)
                columns.insert(m.capturedStart(3));
            else if (m.hasMatch() && line.trimmed().size() > 0 && m.capturedStart(3) > 16)
                columns.insert(m.capturedStart(3)); // a description on a line of its own
        }
        QVERIFY2(columns.size() == 1, qPrintable(commands));
    }
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
    QCOMPARE(test::rawSql(db, {QStringLiteral(
                                  "INSERT INTO schema_migrations (version, name, program_version, "
                                  "applied_at_us) VALUES (9, 'f', '4.0.0', 0)")}),
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

namespace {

struct Party
{
    QString db;
    QString identity;
    QString pass;
    QString card;
};

QStringList with(const Party& who, const QStringList& args)
{
    return QStringList{QStringLiteral("--db"), who.db} + args;
}

QStringList withId(const Party& who, const QStringList& args)
{
    return with(who, args + QStringList{QStringLiteral("--identity-file"), who.identity,
                                        QStringLiteral("--identity-passphrase-file"), who.pass});
}

void writeText(const QString& path, const QByteArray& text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

// Two councils' officers, each with an identity file: the whole exchange by CLI.
static Party makeParty(const QString& folder, const QString& name)
{
    Party p;
    p.db = folder + QLatin1Char('/') + name + QStringLiteral(".sqlite");
    p.identity = folder + QLatin1Char('/') + name + QStringLiteral(".swid");
    p.pass = folder + QLatin1Char('/') + name + QStringLiteral(".pass");
    writeText(p.pass, "a long passphrase for " + name.toUtf8() + "\n");
    const Run r = run(withId(p, {QStringLiteral("keygen"), QStringLiteral("--name"), name}));
    if (r.exitCode != 0)
        qWarning("keygen failed: %s", qPrintable(r.err));
    p.card = r.out.trimmed();
    return p;
}

void TestCli::keysSealVerifyOpenReceipt()
{
    const QString dir = path(QStringLiteral("exchange"));
    QDir().mkpath(dir);
    const Party alice = makeParty(dir, QStringLiteral("alice"));
    const Party bob = makeParty(dir, QStringLiteral("bob"));
    QVERIFY(alice.card.startsWith(QLatin1String("sharewise-key-1:")));
    // A second keygen without --replace is refused.
    QCOMPARE(run(withId(alice, {QStringLiteral("keygen")})).exitCode, 1);

    QCOMPARE(run(with(alice, {QStringLiteral("recipients"), QStringLiteral("add"), bob.card,
                              QStringLiteral("--organisation"), QStringLiteral("ONS"),
                              QStringLiteral("--contact"), QStringLiteral("Bob"),
                              QStringLiteral("--verified")}))
                 .exitCode,
             0);
    QCOMPARE(run(with(bob, {QStringLiteral("recipients"), QStringLiteral("add"), alice.card,
                            QStringLiteral("--organisation"), QStringLiteral("Anytown"),
                            QStringLiteral("--contact"), QStringLiteral("Alice")}))
                 .exitCode,
             0);
    const QString csv = dir + QStringLiteral("/cases.csv");
    writeText(csv, "name,notes\n\"Evans, Siân\",\"two\nlines\"\nJones,x\n");
    const QString bundle = dir + QStringLiteral("/cases.swb");
    Run r = run(withId(alice, {QStringLiteral("seal"), csv, QStringLiteral("-o"), bundle,
                               QStringLiteral("--to"), QStringLiteral("Bob")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("Rows: 2")));

    r = run(withId(bob, {QStringLiteral("verify"), bundle}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("From: Alice, Anytown")));

    const QString outDir = dir + QStringLiteral("/received");
    const QString receipt = dir + QStringLiteral("/cases.receipt.json");
    r = run(withId(bob, {QStringLiteral("open"), bundle, QStringLiteral("-o"), outDir,
                         QStringLiteral("--receipt"), receipt}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile got(outDir + QStringLiteral("/cases.csv"));
    QVERIFY(got.open(QIODevice::ReadOnly));
    QFile sent(csv);
    QVERIFY(sent.open(QIODevice::ReadOnly));
    QCOMPARE(got.readAll(), sent.readAll());
    QVERIFY(QFile::exists(outDir + QStringLiteral("/cases.manifest.json")));
    // Opening again into the same folder does not overwrite without --force.
    QCOMPARE(
        run(withId(bob, {QStringLiteral("open"), bundle, QStringLiteral("-o"), outDir})).exitCode,
        2);

    r = run(with(alice, {QStringLiteral("receipt"), QStringLiteral("import"), receipt}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("Bob, ONS")));
    // The receipt cannot be imported into Bob's history: Bob sent no such bundle.
    QCOMPARE(
        run(with(bob, {QStringLiteral("receipt"), QStringLiteral("import"), receipt})).exitCode, 3);
    // Alice's history records it all, signed.
    r = run(with(alice, {QStringLiteral("audit"), QStringLiteral("verify")}));
    QCOMPARE(r.exitCode, 0);
    r = run(with(alice, {QStringLiteral("history"), QStringLiteral("--json")}));
    QVERIFY(r.out.contains(QLatin1String("bundle.sealed")));
    QVERIFY(r.out.contains(QLatin1String("receipt.imported")));
}

void TestCli::tamperedBundleExitsThree()
{
    const QString dir = path(QStringLiteral("tamper"));
    QDir().mkpath(dir);
    const Party alice = makeParty(dir, QStringLiteral("alice"));
    const Party bob = makeParty(dir, QStringLiteral("bob"));
    QCOMPARE(run(with(bob, {QStringLiteral("recipients"), QStringLiteral("add"), alice.card,
                            QStringLiteral("--organisation"), QStringLiteral("A"),
                            QStringLiteral("--contact"), QStringLiteral("Alice")}))
                 .exitCode,
             0);
    const QString csv = dir + QStringLiteral("/d.csv");
    writeText(csv, QByteArray("a,b\n") + QByteArray(100000, 'x') + "\n");
    const QString bundle = dir + QStringLiteral("/d.swb");
    QCOMPARE(run(withId(alice, {QStringLiteral("seal"), csv, QStringLiteral("-o"), bundle,
                                QStringLiteral("--to"), bob.card}))
                 .exitCode,
             0);
    QFile f(bundle);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x20);
    f.seek(0);
    f.write(bytes);
    f.close();
    const QString outDir = dir + QStringLiteral("/out");
    const Run r = run(withId(bob, {QStringLiteral("open"), bundle, QStringLiteral("-o"), outDir}));
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains(QLatin1String("altered")));
    QVERIFY(QDir(outDir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    // Alice cannot open a bundle she sealed for Bob.
    QFile copy(bundle);
    QCOMPARE(run(withId(alice, {QStringLiteral("verify"), bundle})).exitCode, 3);
}

void TestCli::unknownSenderNeedsAcceptance()
{
    const QString dir = path(QStringLiteral("unknown"));
    QDir().mkpath(dir);
    const Party alice = makeParty(dir, QStringLiteral("alice"));
    const Party bob = makeParty(dir, QStringLiteral("bob"));
    const QString csv = dir + QStringLiteral("/d.csv");
    writeText(csv, "a\n1\n");
    const QString bundle = dir + QStringLiteral("/d.swb");
    QCOMPARE(run(withId(alice, {QStringLiteral("seal"), csv, QStringLiteral("-o"), bundle,
                                QStringLiteral("--to"), bob.card}))
                 .exitCode,
             0);
    Run r = run(withId(bob, {QStringLiteral("verify"), bundle}));
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains(QLatin1String("not in your recipients directory")));
    const QString fingerprint =
        r.err.section(QStringLiteral("phone: "), 1).section(QLatin1Char('\n'), 0, 0).trimmed();
    QCOMPARE(fingerprint.size(), 32);
    r = run(withId(
        bob, {QStringLiteral("verify"), bundle, QStringLiteral("--accept-sender"), fingerprint}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run(withId(bob, {QStringLiteral("verify"), bundle, QStringLiteral("--accept-sender"),
                         QStringLiteral("aaaa aaaa aaaa aaaa aaaa aaaa aa")}));
    QCOMPARE(r.exitCode, 3);
}

void TestCli::changedKeyIsRefusedLoudly()
{
    const QString dir = path(QStringLiteral("changed"));
    QDir().mkpath(dir);
    const Party alice = makeParty(dir, QStringLiteral("alice"));
    const Party bob1 = makeParty(dir, QStringLiteral("bob1"));
    const Party bob2 = makeParty(dir, QStringLiteral("bob2"));
    const QStringList common{QStringLiteral("--organisation"), QStringLiteral("ONS"),
                             QStringLiteral("--contact"), QStringLiteral("Bob")};
    QCOMPARE(run(with(alice,
                      QStringList{QStringLiteral("recipients"), QStringLiteral("add"), bob1.card} +
                          common))
                 .exitCode,
             0);
    Run r = run(
        with(alice,
             QStringList{QStringLiteral("recipients"), QStringLiteral("add"), bob2.card} + common));
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.err.startsWith(QLatin1String("WARNING")));
    r = run(with(alice, QStringList{QStringLiteral("recipients"), QStringLiteral("add"), bob2.card,
                                    QStringLiteral("--accept-new-key")} +
                            common));
    QCOMPARE(r.exitCode, 0);
    // Revoke the old key: sealing to it is refused by policy.
    r = run(with(alice,
                 {QStringLiteral("recipients"), QStringLiteral("list"), QStringLiteral("--json")}));
    const QJsonArray keys = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(keys.size(), 2);
    const QString oldFingerprint = keys[0].toObject()[QStringLiteral("fingerprint")].toString();
    QCOMPARE(
        run(with(alice, {QStringLiteral("recipients"), QStringLiteral("revoke"), oldFingerprint,
                         QStringLiteral("--reason"), QStringLiteral("replaced")}))
            .exitCode,
        0);
    const QString csv = dir + QStringLiteral("/d.csv");
    writeText(csv, "a\n1\n");
    r = run(
        withId(alice, {QStringLiteral("seal"), csv, QStringLiteral("-o"),
                       dir + QStringLiteral("/x.swb"), QStringLiteral("--to"), oldFingerprint}));
    QCOMPARE(r.exitCode, 4);
    QVERIFY(!QFile::exists(dir + QStringLiteral("/x.swb")));
}

void TestCli::passphraseBundle()
{
    const QString dir = path(QStringLiteral("pass"));
    QDir().mkpath(dir);
    const Party alice = makeParty(dir, QStringLiteral("alice"));
    const QString csv = dir + QStringLiteral("/d.csv");
    writeText(csv, "a\n1\n2\n3\n");
    const QString passphrase = dir + QStringLiteral("/bundle.pass");
    writeText(passphrase, "seven random words for the bundle only\n");
    const QString bundle = dir + QStringLiteral("/d.swb");
    Run r = run(withId(alice, {QStringLiteral("seal"), csv, QStringLiteral("-o"), bundle,
                               QStringLiteral("--passphrase-file"), passphrase}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("different route")));
    // The sender's own history can check it (the sender is one of its identities).
    r = run(with(alice, {QStringLiteral("verify"), bundle, QStringLiteral("--passphrase-file"),
                         passphrase}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString wrong = dir + QStringLiteral("/wrong.pass");
    writeText(wrong, "not it\n");
    r = run(with(alice,
                 {QStringLiteral("verify"), bundle, QStringLiteral("--passphrase-file"), wrong}));
    QCOMPARE(r.exitCode, 3);
    // Missing input file: bad input.
    QCOMPARE(run(withId(alice, {QStringLiteral("seal"), dir + QStringLiteral("/nope.csv"),
                                QStringLiteral("-o"), dir + QStringLiteral("/n.swb"),
                                QStringLiteral("--passphrase-file"), passphrase}))
                 .exitCode,
             2);
}

// A share sealed under an agreement: only an active one, only to its recipients, and
// the recipient sees its terms.
void TestCli::sealUnderAnAgreement()
{
    const QString dir = path(QStringLiteral("agreement"));
    QDir().mkpath(dir);
    const Party alice = makeParty(dir, QStringLiteral("alice"));
    const Party bob = makeParty(dir, QStringLiteral("bob"));
    const Party carol = makeParty(dir, QStringLiteral("carol"));
    for (const auto& [who, org, contact] :
         {std::tuple{&alice, QStringLiteral("ONS"), QStringLiteral("Bob")},
          std::tuple{&alice, QStringLiteral("DWP"), QStringLiteral("Carol")},
          std::tuple{&bob, QStringLiteral("Anytown"), QStringLiteral("Alice")}}) {
        const QString card = contact == QLatin1String("Bob")     ? bob.card
                             : contact == QLatin1String("Carol") ? carol.card
                                                                 : alice.card;
        QCOMPARE(run(with(*who, {QStringLiteral("recipients"), QStringLiteral("add"), card,
                                 QStringLiteral("--organisation"), org, QStringLiteral("--contact"),
                                 contact, QStringLiteral("--verified")}))
                     .exitCode,
                 0);
    }
    QString bobFingerprint;
    const QJsonArray listed =
        QJsonDocument::fromJson(run(with(alice, {QStringLiteral("recipients"),
                                                 QStringLiteral("list"), QStringLiteral("--json")}))
                                    .out.toUtf8())
            .array();
    for (const QJsonValue& v : listed) {
        if (v[QStringLiteral("contact")].toString() == QLatin1String("Bob"))
            bobFingerprint = v[QStringLiteral("fingerprint")].toString();
    }
    QVERIFY(!bobFingerprint.isEmpty());

    auto agreementJson = [&](const QString& status) {
        const QJsonObject o{
            {QStringLiteral("sharewise_agreement"), 1},
            {QStringLiteral("reference"), QStringLiteral("DSA-2026-020")},
            {QStringLiteral("title"), QStringLiteral("Rough sleeping health needs")},
            {QStringLiteral("status"), status},
            {QStringLiteral("parties"),
             QJsonArray{QJsonObject{{QStringLiteral("organisation"), QStringLiteral("Anytown")},
                                    {QStringLiteral("role"), QStringLiteral("controller")}}}},
            {QStringLiteral("purpose"), QStringLiteral("To plan health services.")},
            {QStringLiteral("lawful_basis"),
             QJsonObject{{QStringLiteral("code"), QStringLiteral("art6_1_e")},
                         {QStringLiteral("reason"), QStringLiteral("A public task.")}}},
            {QStringLiteral("retention"), QStringLiteral("Two years, then deleted.")},
            {QStringLiteral("dpia"),
             QJsonObject{{QStringLiteral("status"), QStringLiteral("not_required")}}},
            {QStringLiteral("starts_on"), QStringLiteral("2020-01-01")},
            {QStringLiteral("sign_offs"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Gareth Jones")},
                                    {QStringLiteral("role"), QStringLiteral("siro")},
                                    {QStringLiteral("date"), QStringLiteral("2020-01-01")}}}},
            {QStringLiteral("recipients"),
             QJsonArray{QJsonObject{{QStringLiteral("organisation"), QStringLiteral("ONS")},
                                    {QStringLiteral("contact"), QStringLiteral("Bob")},
                                    {QStringLiteral("fingerprint"), bobFingerprint}}}},
        };
        const QString file = dir + QStringLiteral("/agreement-") + status + QStringLiteral(".json");
        writeText(file, QJsonDocument(o).toJson());
        return file;
    };
    const QString csv = dir + QStringLiteral("/d.csv");
    writeText(csv, "a\n1\n2\n");
    const QString bundle = dir + QStringLiteral("/d.swb");
    auto seal = [&](const QString& to) {
        return run(withId(alice, {QStringLiteral("seal"), csv, QStringLiteral("-o"), bundle,
                                  QStringLiteral("--to"), to, QStringLiteral("--agreement"),
                                  QStringLiteral("DSA-2026-020")}));
    };

    // Not in the register: bad input; a draft: refused by policy, nothing written.
    QCOMPARE(seal(QStringLiteral("Bob")).exitCode, 2);
    Run r = run(with(alice, {QStringLiteral("agreements"), QStringLiteral("import"),
                             agreementJson(QStringLiteral("draft"))}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = seal(QStringLiteral("Bob"));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QLatin1String("still a draft")), qPrintable(r.err));
    QVERIFY(!QFile::exists(bundle));

    // Active: a recipient it does not name is refused; one it names is sealed to.
    r = run(with(alice, {QStringLiteral("agreements"), QStringLiteral("import"),
                         agreementJson(QStringLiteral("active"))}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = seal(QStringLiteral("Carol"));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QLatin1String("is not one of the recipients")), qPrintable(r.err));
    QVERIFY(!QFile::exists(bundle));
    // A passphrase cannot stand in for the agreement's recipients.
    const QString passphrase = dir + QStringLiteral("/bundle.pass");
    writeText(passphrase, "seven random words for the bundle only\n");
    QCOMPARE(run(withId(alice, {QStringLiteral("seal"), csv, QStringLiteral("-o"), bundle,
                                QStringLiteral("--passphrase-file"), passphrase,
                                QStringLiteral("--agreement"), QStringLiteral("DSA-2026-020")}))
                 .exitCode,
             1);
    r = seal(QStringLiteral("Bob"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    // Bob sees what it was shared under, from the signed manifest.
    r = run(withId(bob, {QStringLiteral("verify"), bundle}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("Shared under agreement DSA-2026-020, version 2")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("To plan health services.")));
    const QString outDir = dir + QStringLiteral("/received");
    QCOMPARE(
        run(withId(bob, {QStringLiteral("open"), bundle, QStringLiteral("-o"), outDir})).exitCode,
        0);
    QFile manifest(outDir + QStringLiteral("/d.manifest.json"));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QJsonObject terms = QJsonDocument::fromJson(manifest.readAll())
                                  .object()[QStringLiteral("agreement")]
                                  .toObject();
    QCOMPARE(terms[QStringLiteral("reference")].toString(), QStringLiteral("DSA-2026-020"));
    QCOMPARE(terms[QStringLiteral("version")].toInt(), 2);
    QCOMPARE(terms[QStringLiteral("contentHash")].toString().size(), 64);
}

// The machine policy (docs/deployment.md) applies to the CLI too: --db, then
// SHAREWISE_DB, then the enforced policy, the user's setting, the policy's default.
void TestCli::databaseFromPolicy()
{
#ifdef Q_OS_WIN
    QSKIP("On Windows the policy is in the registry (HKLM), which a test may not write");
#else
    const QString root = path(QStringLiteral("policy"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/etc/Sharewise")));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/config/Sharewise")));
    const QString policyFile = root + QStringLiteral("/etc/Sharewise/policy.ini");
    const QString userFile = root + QStringLiteral("/config/Sharewise/Sharewise.conf");
    const QString enforced = root + QStringLiteral("/enforced.sqlite");
    const QString mine = root + QStringLiteral("/mine.sqlite");
    const QString byDefault = root + QStringLiteral("/default.sqlite");
    writeText(policyFile, "DatabasePath=" + enforced.toUtf8() + '\n');
    writeText(userFile, "[database]\npath=" + mine.toUtf8() + '\n');

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SHAREWISE_DB"));
    env.insert(QStringLiteral("XDG_CONFIG_DIRS"), root + QStringLiteral("/etc"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));

    // The enforced path wins over the user's setting.
    QCOMPARE(run({QStringLiteral("history")}, env).exitCode, 0);
    QVERIFY(QFile::exists(enforced));
    QVERIFY(!QFile::exists(mine));
    // SHAREWISE_DB and --db still win, for scripts.
    QProcessEnvironment withDb = env;
    withDb.insert(QStringLiteral("SHAREWISE_DB"), root + QStringLiteral("/env.sqlite"));
    QCOMPARE(run({QStringLiteral("history")}, withDb).exitCode, 0);
    QVERIFY(QFile::exists(root + QStringLiteral("/env.sqlite")));
    QCOMPARE(run({QStringLiteral("--db"), root + QStringLiteral("/flag.sqlite"),
                  QStringLiteral("history")},
                 withDb)
                 .exitCode,
             0);
    QVERIFY(QFile::exists(root + QStringLiteral("/flag.sqlite")));

    // A policy default gives way to the user's setting, and applies when there is none.
    writeText(policyFile, "[Defaults]\nDatabasePath=" + byDefault.toUtf8() + '\n');
    QCOMPARE(run({QStringLiteral("history")}, env).exitCode, 0);
    QVERIFY(QFile::exists(mine));
    QVERIFY(!QFile::exists(byDefault));
    QVERIFY(QFile::remove(userFile));
    QCOMPARE(run({QStringLiteral("history")}, env).exitCode, 0);
    QVERIFY(QFile::exists(byDefault));
#endif
}

void TestCli::registerOptionIsReadStrictly()
{
    const QString ok = QStringLiteral("host=register.council.local port=5432 dbname=sharewise "
                                      "user=jbloggs");
    const auto registerRun = [](const QString& connection) {
        return run({QStringLiteral("--register"), connection, QStringLiteral("history")});
    };
    // An unknown key is refused, named, before any connection is tried.
    Run r = registerRun(ok + QStringLiteral(" sslcompression=1"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(QLatin1String("--register does not take \"sslcompression\"")),
             qPrintable(r.err));
    // A password never goes on the command line, where other users can see it.
    r = registerRun(ok + QStringLiteral(" password=hunter2"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("--register-password-file")));
    QVERIFY(!r.err.contains(QLatin1String("hunter2")));
    // Repeated keys, a bad port, a missing field, not key=value, an unclosed quote.
    for (const QString& bad : QStringList{
             ok + QStringLiteral(" user=other"), QStringLiteral("host=h port=x dbname=d user=u"),
             QStringLiteral("host=h port=5432 user=u"), QStringLiteral("register.council.local"),
             QStringLiteral("host='h port=5432 dbname=d user=u"), QString()}) {
        r = registerRun(bad);
        QVERIFY2(r.exitCode == 1, qPrintable(bad + QLatin1String(": ") + r.err));
        QVERIFY(!r.err.isEmpty());
    }
    // A remote register is reached with its certificate checked, or not at all.
    r = registerRun(ok + QStringLiteral(" sslmode=require"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("verify-full")), qPrintable(r.err));
    // --db and --register together, and a password file without a register.
    r = run({QStringLiteral("--db"), path(QStringLiteral("both.sqlite")),
             QStringLiteral("--register"), ok, QStringLiteral("history")});
    QCOMPARE(r.exitCode, 1);
    r = run({QStringLiteral("--db"), path(QStringLiteral("both.sqlite")),
             QStringLiteral("--register-password-file"), path(QStringLiteral("pw")),
             QStringLiteral("history")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QFile::exists(path(QStringLiteral("both.sqlite"))));
    // A server nobody answers on: the system failed (5), said plainly.
    const QString empty = path(QStringLiteral("empty-password"));
    writeText(empty, "\n"); // no password: not even the credential store is asked
    r = run({QStringLiteral("--register"),
             QStringLiteral("host=127.0.0.1 port=1 dbname=sharewise user=jbloggs"),
             QStringLiteral("--register-password-file"), empty, QStringLiteral("history")});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.startsWith(QLatin1String("Could not reach the register server")),
             qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("Where: jbloggs@127.0.0.1:1/sharewise")));
    // A missing password file is bad input (2).
    r = run({QStringLiteral("--register"),
             QStringLiteral("host=127.0.0.1 port=1 dbname=sharewise user=jbloggs"),
             QStringLiteral("--register-password-file"), path(QStringLiteral("no-such-file")),
             QStringLiteral("history")});
    QCOMPARE(r.exitCode, 2);
    // Backup and restore copy a history file; the register is IT's to back up.
    r = run({QStringLiteral("--register"), ok, QStringLiteral("backup"),
             path(QStringLiteral("b.sqlite"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("backed up on its server")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
