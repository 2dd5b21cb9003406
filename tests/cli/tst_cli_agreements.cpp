// sharewise-cli agreements, driven through the real binary: import, list with its
// filters, show, export and the exit codes of bad files, refusals and usage mistakes.
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

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

bool writeJson(const QString& path, const QJsonObject& o)
{
    QFile f(path);
    const QByteArray bytes = QJsonDocument(o).toJson();
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QJsonObject fullJson()
{
    QFile f(qEnvironmentVariable("SHAREWISE_TEST_DATA") + u"/agreements/full.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

// The full agreement with dates around today (the CLI uses the real date): active,
// its review due next month.
QJsonObject current()
{
    const QDate today = QDate::currentDate();
    QJsonObject o = fullJson();
    o[u"starts_on"_s] = iso(today.addMonths(-1));
    o[u"ends_on"_s] = iso(today.addYears(1));
    o[u"review_due_on"_s] = iso(today.addMonths(1));
    QJsonArray outputs = o[u"outputs"_s].toArray();
    QJsonObject first = outputs[0].toObject();
    first[u"due"_s] = iso(today.addMonths(2));
    outputs[0] = first;
    o[u"outputs"_s] = outputs;
    return o;
}

// Another partner's agreement that ended yesterday, its review next year.
QJsonObject expired()
{
    const QDate today = QDate::currentDate();
    QJsonObject o = current();
    o[u"reference"_s] = u"DSA-OLD"_s;
    o[u"title"_s] = u"Old police sharing"_s;
    o[u"starts_on"_s] = iso(today.addYears(-2));
    o[u"ends_on"_s] = iso(today.addDays(-1));
    o[u"review_due_on"_s] = iso(today.addYears(1));
    QJsonArray parties = o[u"parties"_s].toArray();
    QJsonObject second = parties[1].toObject();
    second[u"organisation"_s] = u"Caerwen Police"_s;
    parties[1] = second;
    parties.removeLast();
    o[u"parties"_s] = parties;
    QJsonArray recipients = o[u"recipients"_s].toArray();
    recipients.removeLast();
    QJsonObject r = recipients[0].toObject();
    r[u"organisation"_s] = u"Caerwen Police"_s;
    recipients[0] = r;
    o[u"recipients"_s] = recipients;
    return o;
}

QStringList listed(const QString& db, const QStringList& filters)
{
    const Run r = run(QStringList{u"agreements"_s, u"list"_s, u"--json"_s} + filters, db);
    QStringList out;
    if (r.exitCode != 0)
        return {u"exit %1: %2"_s.arg(r.exitCode).arg(r.err)};
    const QJsonArray items =
        QJsonDocument::fromJson(r.out.toUtf8()).object()[u"agreements"_s].toArray();
    for (const QJsonValue& v : items)
        out << v[u"reference"_s].toString() + u':' + v[u"status"_s].toString();
    return out;
}

} // namespace

class TestCliAgreements : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(u"history.db"_s);
        QVERIFY(writeJson(path(u"current.json"_s), current()));
        QVERIFY(writeJson(path(u"expired.json"_s), expired()));
    }

    void usageErrors()
    {
        QCOMPARE(run({u"agreements"_s}, m_db).exitCode, 1);
        QCOMPARE(run({u"agreements"_s, u"delete"_s, u"X"_s}, m_db).exitCode, 1);
        QCOMPARE(run({u"agreements"_s, u"show"_s}, m_db).exitCode, 1);
        QCOMPARE(run({u"agreements"_s, u"import"_s}, m_db).exitCode, 1);
        QCOMPARE(run({u"agreements"_s, u"export"_s, u"DSA-1"_s}, m_db).exitCode, 1);
        const Run badStatus = run({u"agreements"_s, u"list"_s, u"--status"_s, u"live"_s}, m_db);
        QCOMPARE(badStatus.exitCode, 1);
        QVERIFY(badStatus.err.contains(u"--status must be"_s));
        QCOMPARE(run({u"agreements"_s, u"show"_s, u"X"_s, u"--version"_s, u"0"_s}, m_db).exitCode,
                 1);
        // pdf is handed to its own command, which says what it needs.
        const Run pdf = run({u"agreements"_s, u"pdf"_s}, m_db);
        QCOMPARE(pdf.exitCode, 1);
        QVERIFY2(pdf.err.contains(u"PDF"_s), qPrintable(pdf.err));
    }

    void importListShowExport()
    {
        const Run first = run({u"agreements"_s, u"import"_s, path(u"current.json"_s)}, m_db);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY(first.out.contains(u"Added DSA-2026-004"_s));
        const Run again = run({u"agreements"_s, u"import"_s, path(u"current.json"_s)}, m_db);
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(u"nothing changed"_s));
        QCOMPARE(run({u"agreements"_s, u"import"_s, path(u"expired.json"_s)}, m_db).exitCode, 0);

        QCOMPARE(listed(m_db, {}), QStringList({u"DSA-2026-004:active"_s, u"DSA-OLD:expired"_s}));
        QCOMPARE(listed(m_db, {u"--status"_s, u"expired"_s}), QStringList({u"DSA-OLD:expired"_s}));
        QCOMPARE(listed(m_db, {u"--status"_s, u"active"_s}),
                 QStringList({u"DSA-2026-004:active"_s}));
        QCOMPARE(listed(m_db, {u"--status"_s, u"draft"_s}), QStringList());
        QCOMPARE(listed(m_db, {u"--partner"_s, u"POLICE"_s}), QStringList({u"DSA-OLD:expired"_s}));
        QCOMPARE(listed(m_db, {u"--partner"_s, u"Secure Hosting"_s}),
                 QStringList({u"DSA-2026-004:active"_s}));
        QCOMPARE(listed(m_db, {u"--review-due"_s}), QStringList({u"DSA-2026-004:active"_s}));

        const Run text = run({u"agreements"_s, u"list"_s}, m_db);
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(u"DSA-OLD  Expired  v1"_s));

        const Run show = run({u"agreements"_s, u"show"_s, u"DSA-2026-004"_s}, m_db);
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.contains(u"Homelessness case-level return"_s));
        QVERIFY(show.out.contains(u"Version: 1"_s));
        QVERIFY(
            show.out.contains(u"Data item: Postcode (at least: Generalise to Postcode sector"_s));
        QVERIFY(show.out.contains(u"Lawful basis: art6_1_e"_s));
        const Run showJson =
            run({u"agreements"_s, u"show"_s, u"DSA-2026-004"_s, u"--json"_s}, m_db);
        QCOMPARE(showJson.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(showJson.out.toUtf8()).object();
        QCOMPARE(shown[u"title"_s], current()[u"title"_s]);
        QCOMPARE(shown[u"register"_s].toObject()[u"version"_s].toInt(), 1);
        QCOMPARE(shown[u"register"_s].toObject()[u"content_hash"_s].toString().size(), 64);

        const Run missing = run({u"agreements"_s, u"show"_s, u"DSA-NONE"_s}, m_db);
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(u"DSA-NONE"_s));
        QCOMPARE(
            run({u"agreements"_s, u"show"_s, u"DSA-OLD"_s, u"--version"_s, u"2"_s}, m_db).exitCode,
            2);

        // Export, refuse to overwrite, then import the export elsewhere unchanged.
        const QString out = path(u"out.json"_s);
        QCOMPARE(
            run({u"agreements"_s, u"export"_s, u"DSA-2026-004"_s, u"-o"_s, out}, m_db).exitCode, 0);
        QVERIFY(QFile::exists(out));
        const Run exists =
            run({u"agreements"_s, u"export"_s, u"DSA-2026-004"_s, u"-o"_s, out}, m_db);
        QCOMPARE(exists.exitCode, 2);
        QVERIFY(exists.err.contains(u"--force"_s));
        QCOMPARE(
            run({u"agreements"_s, u"export"_s, u"DSA-2026-004"_s, u"-o"_s, out, u"--force"_s}, m_db)
                .exitCode,
            0);
        QCOMPARE(
            run({u"agreements"_s, u"export"_s, u"DSA-NONE"_s, u"-o"_s, path(u"n.json"_s)}, m_db)
                .exitCode,
            2);
        const QString other = path(u"other.db"_s);
        const Run moved = run({u"agreements"_s, u"import"_s, out}, other);
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
        const Run otherShow =
            run({u"agreements"_s, u"show"_s, u"DSA-2026-004"_s, u"--json"_s}, other);
        QCOMPARE(QJsonDocument::fromJson(otherShow.out.toUtf8()).object(), shown);

        // A changed file becomes version 2; version 1 stays readable.
        QJsonObject changed = current();
        changed[u"title"_s] = u"Homelessness return, extended"_s;
        QVERIFY(writeJson(path(u"changed.json"_s), changed));
        const Run v2 = run({u"agreements"_s, u"import"_s, path(u"changed.json"_s)}, m_db);
        QCOMPARE(v2.exitCode, 0);
        QVERIFY(v2.out.contains(u"version 2"_s));
        const Run v1 =
            run({u"agreements"_s, u"show"_s, u"DSA-2026-004"_s, u"--version"_s, u"1"_s}, m_db);
        QVERIFY(v1.out.contains(u"Homelessness case-level return"_s));
        QVERIFY(run({u"agreements"_s, u"show"_s, u"DSA-2026-004"_s}, m_db)
                    .out.contains(u"Homelessness return, extended"_s));

        // The audit chain still verifies.
        QCOMPARE(run({u"audit"_s, u"verify"_s}, m_db).exitCode, 0);
    }

    void badFiles()
    {
        // A wrong key: exit 2, the file and the key's path named.
        QJsonObject badKey = current();
        QJsonArray items = badKey[u"data_items"_s].toArray();
        QJsonObject item = items[2].toObject();
        QJsonObject minimum = item[u"minimum"_s].toObject();
        minimum[u"action"_s] = u"blur"_s;
        item[u"minimum"_s] = minimum;
        items[2] = item;
        badKey[u"data_items"_s] = items;
        QVERIFY(writeJson(path(u"bad.json"_s), badKey));
        const Run bad = run({u"agreements"_s, u"import"_s, path(u"bad.json"_s)}, m_db);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"data_items[2].minimum.action"_s), qPrintable(bad.err));
        QVERIFY(bad.err.contains(u"bad.json"_s));

        // Not there, not JSON, a key twice.
        QCOMPARE(run({u"agreements"_s, u"import"_s, path(u"none.json"_s)}, m_db).exitCode, 2);
        QFile f(path(u"dup.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"sharewise_agreement": 1, "reference": "A", "reference": "B"})");
        f.close();
        const Run dup = run({u"agreements"_s, u"import"_s, path(u"dup.json"_s)}, m_db);
        QCOMPARE(dup.exitCode, 2);
        QVERIFY(dup.err.contains(u"appears twice"_s));

        // A newer format: refused by policy, saying to update.
        QJsonObject newer = current();
        newer[u"sharewise_agreement"_s] = 2;
        QVERIFY(writeJson(path(u"newer.json"_s), newer));
        const Run n = run({u"agreements"_s, u"import"_s, path(u"newer.json"_s)}, m_db);
        QCOMPARE(n.exitCode, 4);
        QVERIFY(n.err.contains(u"newer Sharewise"_s));

        // Active without a dated sign-off: refused by policy.
        QJsonObject unsigned_ = current();
        unsigned_[u"sign_offs"_s] = QJsonArray();
        QVERIFY(writeJson(path(u"unsigned.json"_s), unsigned_));
        const Run u = run({u"agreements"_s, u"import"_s, path(u"unsigned.json"_s)}, m_db);
        QCOMPARE(u.exitCode, 4);
        QVERIFY(u.err.contains(u"signed"_s));

        // Changed after export with the hash kept: verification failed.
        QJsonObject tampered = current();
        tampered[u"register"_s] =
            QJsonObject{{u"version"_s, 1}, {u"content_hash"_s, QString(64, u'0')}};
        QVERIFY(writeJson(path(u"tampered.json"_s), tampered));
        QCOMPARE(run({u"agreements"_s, u"import"_s, path(u"tampered.json"_s)}, m_db).exitCode, 3);

        // Nothing of these reached the register.
        QCOMPARE(listed(m_db, {}), QStringList());
    }

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCliAgreements)
#include "tst_cli_agreements.moc"
