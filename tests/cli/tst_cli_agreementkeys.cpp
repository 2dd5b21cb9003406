// sharewise-cli agreement-key, driven through the real binary: one shared register,
// three people each acting with their own identity file.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList& args)
{
    QProcess p;
    p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    p.start(QStringLiteral(SHAREWISE_CLI_PATH), args);
    p.closeWriteChannel(); // no terminal: passphrases must come from files
    if (!p.waitForFinished(120000)) {
        p.kill();
        return {};
    }
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void writeText(const QString& path, const QByteArray& text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

struct Person
{
    QString identity;
    QString pass;
    QString card;
    QString fingerprint;
};

} // namespace

class TestCliAgreementKeys : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void usageErrors();
    void createGrantHandoverRevoke();
    void recoveryCopy();
    void ownHistorySignsTheAuditHead();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    // Global options, the command, then the acting person's identity file.
    QStringList as(const Person& who, const QString& db, const QStringList& args) const;
    Person makePerson(const QString& name);
    QJsonArray list(const QString& db, bool all);

    QTemporaryDir m_dir;
    Person m_lead;
    Person m_alice;
    Person m_bob;
    QString m_recoveryPass;
};

QStringList TestCliAgreementKeys::as(const Person& who, const QString& db,
                                     const QStringList& args) const
{
    return QStringList{QStringLiteral("--db"), db, QStringLiteral("agreement-key")} + args +
           QStringList{QStringLiteral("--identity-file"), who.identity,
                       QStringLiteral("--identity-passphrase-file"), who.pass};
}

Person TestCliAgreementKeys::makePerson(const QString& name)
{
    Person p;
    p.identity = path(name + QStringLiteral(".swid"));
    p.pass = path(name + QStringLiteral(".pass"));
    writeText(p.pass, "passphrase of " + name.toUtf8() + "\n");
    // Each makes their identity on a history of their own; the register is shared.
    const Run r = run({QStringLiteral("--db"), path(name + QStringLiteral(".sqlite")),
                       QStringLiteral("keygen"), QStringLiteral("--name"), name,
                       QStringLiteral("--identity-file"), p.identity,
                       QStringLiteral("--identity-passphrase-file"), p.pass});
    if (r.exitCode != 0)
        qWarning("keygen failed: %s", qPrintable(r.err));
    p.card = r.out.trimmed();
    const qsizetype at = r.err.indexOf(QLatin1String("Fingerprint: "));
    p.fingerprint = at < 0 ? QString() : r.err.mid(at + 13, 26 + 6);
    return p;
}

QJsonArray TestCliAgreementKeys::list(const QString& db, bool all)
{
    QStringList args{QStringLiteral("--db"), db, QStringLiteral("agreement-key"),
                     QStringLiteral("list"), QStringLiteral("--json")};
    if (all)
        args << QStringLiteral("--all");
    const Run r = run(args);
    if (r.exitCode != 0)
        qWarning("list failed: %s", qPrintable(r.err));
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

void TestCliAgreementKeys::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_lead = makePerson(QStringLiteral("Lead"));
    m_alice = makePerson(QStringLiteral("Alice"));
    m_bob = makePerson(QStringLiteral("Bob"));
    for (const Person* p : {&m_lead, &m_alice, &m_bob}) {
        QVERIFY(p->card.startsWith(QLatin1String("sharewise-key-1:")));
        QCOMPARE(p->fingerprint.size(), 32);
    }
    m_recoveryPass = path(QStringLiteral("recovery.pass"));
    writeText(m_recoveryPass, "the IG lead's recovery passphrase\n");
}

void TestCliAgreementKeys::usageErrors()
{
    const QString db = path(QStringLiteral("usage.sqlite"));
    auto cli = [&](const QStringList& args) {
        return run(QStringList{QStringLiteral("--db"), db, QStringLiteral("agreement-key")} + args)
            .exitCode;
    };
    QCOMPARE(cli({}), 1);
    QCOMPARE(cli({QStringLiteral("frobnicate")}), 1);
    QCOMPARE(cli({QStringLiteral("create")}), 1);
    QCOMPARE(cli({QStringLiteral("grant"), QStringLiteral("DSA-1")}), 1); // no --to
    QCOMPARE(cli({QStringLiteral("revoke"), QStringLiteral("DSA-1"), QStringLiteral("--holder"),
                  m_alice.fingerprint}),
             1); // no reason
    QCOMPARE(cli({QStringLiteral("handover"), QStringLiteral("--from"), m_alice.fingerprint}), 1);
    QCOMPARE(cli({QStringLiteral("export-recovery"), QStringLiteral("DSA-1")}), 1); // no -o
    // No key for that agreement: bad input.
    QCOMPARE(cli({QStringLiteral("revoke"), QStringLiteral("DSA-1"), QStringLiteral("--holder"),
                  m_alice.fingerprint, QStringLiteral("--reason"), QStringLiteral("x")}),
             2);
    const Run empty =
        run({QStringLiteral("--db"), db, QStringLiteral("agreement-key"), QStringLiteral("list")});
    QCOMPARE(empty.exitCode, 0);
    QVERIFY(empty.out.contains(QLatin1String("No agreement has a pseudonymisation key yet.")));
    // create without a recovery passphrase file and no terminal: a usage error.
    QCOMPARE(run(as(m_lead, db, {QStringLiteral("create"), QStringLiteral("DSA-1")})).exitCode, 1);
}

void TestCliAgreementKeys::createGrantHandoverRevoke()
{
    const QString db = path(QStringLiteral("register.sqlite"));
    Run r = run(as(m_lead, db,
                   {QStringLiteral("create"), QStringLiteral("DSA-2026-014"),
                    QStringLiteral("--recovery-passphrase-file"), m_recoveryPass}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("Key made for agreement DSA-2026-014")));
    QVERIFY(r.out.contains(m_lead.fingerprint));
    // The user is told what the key means before relying on it.
    QVERIFY(r.err.contains(QLatin1String("still personal data")));
    // A second key for the same agreement is refused by policy.
    r = run(as(m_lead, db,
               {QStringLiteral("create"), QStringLiteral("DSA-2026-014"),
                QStringLiteral("--recovery-passphrase-file"), m_recoveryPass}));
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.err.startsWith(QLatin1String("Agreement DSA-2026-014 already has")));

    // The lead gives it to Alice (her card as text) and to Bob (his card in a file).
    r = run(as(m_lead, db,
               {QStringLiteral("grant"), QStringLiteral("DSA-2026-014"), QStringLiteral("--to"),
                m_alice.card, QStringLiteral("--name"), QStringLiteral("Alice Evans")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("Alice Evans")));
    // Bob, who holds nothing, cannot give it to anyone.
    const QString bobCard = path(QStringLiteral("bob.card"));
    writeText(bobCard, m_bob.card.toUtf8() + "\n");
    r = run(as(m_bob, db,
               {QStringLiteral("grant"), QStringLiteral("DSA-2026-014"), QStringLiteral("--to"),
                bobCard}));
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.err.contains(QLatin1String("You have not been given the key")));
    // Alice, who holds it, can.
    r = run(as(m_alice, db,
               {QStringLiteral("grant"), QStringLiteral("DSA-2026-014"), QStringLiteral("--to"),
                bobCard, QStringLiteral("--name"), QStringLiteral("Bob Jones")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    QJsonArray keys = list(db, false);
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys[0][QStringLiteral("agreement")].toString(), QStringLiteral("DSA-2026-014"));
    QCOMPARE(keys[0][QStringLiteral("holders")].toArray().size(), 3);

    // Alice leaves: her grants move to Bob... who holds this one already, so hers is
    // only taken back. A second agreement shows the move itself.
    r = run(as(m_lead, db,
               {QStringLiteral("create"), QStringLiteral("DSA-2026-020"),
                QStringLiteral("--recovery-passphrase-file"), m_recoveryPass}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(run(as(m_lead, db,
                   {QStringLiteral("grant"), QStringLiteral("DSA-2026-020"), QStringLiteral("--to"),
                    m_alice.fingerprint}))
                .exitCode == 0); // by fingerprint: she holds another grant
    r = run(as(m_alice, db,
               {QStringLiteral("handover"), QStringLiteral("--from"), QStringLiteral("Alice Evans"),
                QStringLiteral("--to"), m_bob.fingerprint}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("DSA-2026-014, DSA-2026-020")), qPrintable(r.out));
    keys = list(db, true);
    QCOMPARE(keys.size(), 2);
    int aliceActive = 0;
    int bobActive = 0;
    for (const QJsonValue& k : std::as_const(keys)) {
        for (const QJsonValue& h : k[QStringLiteral("holders")].toArray()) {
            const bool active = h[QStringLiteral("active")].toBool();
            if (h[QStringLiteral("fingerprint")].toString() == m_alice.fingerprint) {
                aliceActive += active ? 1 : 0;
                QVERIFY(active ||
                        h[QStringLiteral("revokeReason")].toString().contains(m_bob.fingerprint));
            }
            if (h[QStringLiteral("fingerprint")].toString() == m_bob.fingerprint)
                bobActive += active ? 1 : 0;
        }
    }
    QCOMPARE(aliceActive, 0);
    QCOMPARE(bobActive, 2);
    // Alice can no longer pass the key on.
    QCOMPARE(run(as(m_alice, db,
                    {QStringLiteral("grant"), QStringLiteral("DSA-2026-020"),
                     QStringLiteral("--to"), m_alice.card}))
                 .exitCode,
             4);

    // Bob's key for one agreement is taken back; he can no longer pass it on.
    r = run({QStringLiteral("--db"), db, QStringLiteral("agreement-key"), QStringLiteral("revoke"),
             QStringLiteral("DSA-2026-020"), QStringLiteral("--holder"), m_bob.card,
             QStringLiteral("--reason"), QStringLiteral("no longer on the project")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(run(as(m_bob, db,
                    {QStringLiteral("grant"), QStringLiteral("DSA-2026-020"),
                     QStringLiteral("--to"), m_alice.card}))
                 .exitCode,
             4);

    // All of it is in the history, and the chain checks.
    r = run({QStringLiteral("--db"), db, QStringLiteral("history"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    for (const char* action : {"agreement_key.created", "agreement_key.granted",
                               "agreement_key.revoked", "agreement_key.handed_over"})
        QVERIFY2(r.out.contains(QLatin1String(action)), action);
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("verify")})
                 .exitCode,
             0);
}

void TestCliAgreementKeys::recoveryCopy()
{
    const QString db = path(QStringLiteral("recovery.sqlite"));
    QVERIFY(run(as(m_lead, db,
                   {QStringLiteral("create"), QStringLiteral("DSA-R"),
                    QStringLiteral("--recovery-passphrase-file"), m_recoveryPass}))
                .exitCode == 0);
    const QString copy = path(QStringLiteral("DSA-R.recovery"));
    Run r = run({QStringLiteral("--db"), db, QStringLiteral("agreement-key"),
                 QStringLiteral("export-recovery"), QStringLiteral("DSA-R"), QStringLiteral("-o"),
                 copy});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(copy);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("SHAREWISE-AGREEMENT-KEY"));
    QCOMPARE(f.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    // Not over an existing file without --force.
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("agreement-key"),
                  QStringLiteral("export-recovery"), QStringLiteral("DSA-R"), QStringLiteral("-o"),
                  copy})
                 .exitCode,
             2);

    // A new register: the copy and its passphrase put the key back; a wrong
    // passphrase fails verification.
    const QString fresh = path(QStringLiteral("fresh.sqlite"));
    const QString wrong = path(QStringLiteral("wrong.pass"));
    writeText(wrong, "not the passphrase\n");
    r = run({QStringLiteral("--db"), fresh, QStringLiteral("agreement-key"),
             QStringLiteral("import-recovery"), copy, QStringLiteral("--recovery-passphrase-file"),
             wrong});
    QCOMPARE(r.exitCode, 3);
    r = run({QStringLiteral("--db"), fresh, QStringLiteral("agreement-key"),
             QStringLiteral("import-recovery"), copy, QStringLiteral("--recovery-passphrase-file"),
             m_recoveryPass});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("DSA-R")));
    // With the recovery passphrase alone (no identity), the key is granted.
    r = run({QStringLiteral("--db"), fresh, QStringLiteral("agreement-key"),
             QStringLiteral("grant"), QStringLiteral("DSA-R"), QStringLiteral("--to"), m_bob.card,
             QStringLiteral("--recovery-passphrase-file"), m_recoveryPass});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray keys = list(fresh, false);
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys[0][QStringLiteral("holders")][0][QStringLiteral("fingerprint")].toString(),
             m_bob.fingerprint);
    // Both registers name the same key.
    QCOMPARE(keys[0][QStringLiteral("keyId")], list(db, false)[0][QStringLiteral("keyId")]);
}

// On a history whose own identity acts, the audit head is signed by it (and checks);
// on a shared register (above) another person's identity signs nothing there.
void TestCliAgreementKeys::ownHistorySignsTheAuditHead()
{
    const QString db = path(QStringLiteral("Lead.sqlite")); // where the lead ran keygen
    const Run r = run(as(m_lead, db,
                         {QStringLiteral("create"), QStringLiteral("DSA-OWN"),
                          QStringLiteral("--recovery-passphrase-file"), m_recoveryPass}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("verify")})
                 .exitCode,
             0);
    qint64 heads = -1;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("h"));
        c.setDatabaseName(db);
        QVERIFY(c.open());
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_heads h JOIN audit_log a ON "
                                      "a.seq = h.entry_count WHERE a.action LIKE "
                                      "'agreement_key.%'")));
        QVERIFY(q.next());
        heads = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("h"));
    QVERIFY(heads >= 1);
}

QTEST_GUILESS_MAIN(TestCliAgreementKeys)
#include "tst_cli_agreementkeys.moc"
