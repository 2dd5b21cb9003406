// sharewise-cli redact, driven through the real binary: profiles, exit codes, keyed
// actions with the agreement's key (by identity and by recovery copy), the risk check.
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

bool writeText(const QString& path, const QByteArray& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Sex, age band and district: two records are alone in their groups.
const QByteArray kData = "NHS Number,Name,Date of Birth,Sex,Postcode,Diagnosis\n"
                         "943 476 5919,Ann Jones,01/04/1990,F,CF10 1EP,asthma\n"
                         "9434765919,Ann Jones,01/04/1990,F,CF10 1EP,asthma\n"
                         "4010232137,Bob Smith,12/12/1988,M,CF10 2AA,diabetes\n"
                         "4010232137,Bob Smith,12/12/1988,M,CF10 2AA,diabetes\n"
                         "4010232137,Bob Smith,12/12/1988,M,CF10 2AA,asthma\n"
                         ",Cy Evans,05/05/1950,M,SA1 1AA,=HYPERLINK(\"x\")\n";

const QByteArray kProfile = R"({
  "format": "sharewise-redaction-profile", "version": 1, "name": "test",
  "agreement": "DSA-9",
  "columns": [
    {"column": "NHS Number", "action": "pseudonymise", "identifier": "nhs_number"},
    {"column": "Name", "action": "drop"},
    {"column": "Date of Birth", "action": "generalise", "to": "age_band",
     "reference_date": "2026-03-31", "quasi_identifier": true},
    {"column": "Sex", "action": "keep", "quasi_identifier": true},
    {"column": "Postcode", "action": "generalise", "to": "postcode_sector",
     "quasi_identifier": true},
    {"column": "Diagnosis", "action": "keep"}
  ]
})";

} // namespace

class TestCliRedact : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void usageErrors();
    void profileNamingAMissingColumn();
    void withIdentity();
    void withRecoveryCopy();
    void riskJson();
    void raggedRows();
    void unkeyedProfileNeedsNoKey();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QStringList asMe(QStringList args) const
    {
        return args << u"--identity-file"_s << path(u"me.id"_s) << u"--identity-passphrase-file"_s
                    << path(u"pass"_s);
    }

    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliRedact::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = path(u"history.db"_s);
    QVERIFY(writeText(path(u"pass"_s), "correct horse battery staple\n"));
    QVERIFY(writeText(path(u"data.csv"_s), kData));
    QVERIFY(writeText(path(u"profile.json"_s), kProfile));
    Run r = run({u"keygen"_s, u"--name"_s, u"Test Officer"_s, u"--identity-file"_s,
                 path(u"me.id"_s), u"--identity-passphrase-file"_s, path(u"pass"_s)},
                m_db);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run(asMe({u"agreement-key"_s, u"create"_s, u"DSA-9"_s, u"--recovery-passphrase-file"_s,
                  path(u"pass"_s)}),
            m_db);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run(
        asMe({u"agreement-key"_s, u"export-recovery"_s, u"DSA-9"_s, u"-o"_s, path(u"dsa9.key"_s)}),
        m_db);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(path(u"dsa9.key"_s)));
}

void TestCliRedact::usageErrors()
{
    Run r = run({u"redact"_s, path(u"data.csv"_s)}, m_db);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"--profile"_s));
    r = run({u"redact"_s, path(u"data.csv"_s), u"--profile"_s, path(u"profile.json"_s), u"-o"_s,
             path(u"x.csv"_s), u"--ragged"_s, u"sometimes"_s},
            m_db);
    QCOMPARE(r.exitCode, 1);
    // A keyed profile without a way to the key.
    QVERIFY(writeText(path(u"nokey.json"_s), QByteArray(kProfile).replace("\"DSA-9\"", "\"\"")));
    r = run({u"redact"_s, path(u"data.csv"_s), u"--profile"_s, path(u"nokey.json"_s), u"-o"_s,
             path(u"x.csv"_s)},
            m_db);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"--agreement"_s), qPrintable(r.err));
    // A profile that is not valid JSON: bad input, with where.
    QVERIFY(writeText(path(u"broken.json"_s), "{\"format\": \n"));
    r = run({u"redact"_s, path(u"data.csv"_s), u"--profile"_s, path(u"broken.json"_s), u"-o"_s,
             path(u"x.csv"_s)},
            m_db);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"line 2"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(path(u"x.csv"_s)));
}

void TestCliRedact::profileNamingAMissingColumn()
{
    QByteArray profile = kProfile;
    profile.replace("\"Diagnosis\"", "\"Condition\"");
    QVERIFY(writeText(path(u"missing.json"_s), profile));
    const Run r = run(asMe({u"redact"_s, path(u"data.csv"_s), u"--profile"_s,
                            path(u"missing.json"_s), u"-o"_s, path(u"m.csv"_s)}),
                      m_db);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"\"Condition\""_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(path(u"m.csv"_s)));
}

void TestCliRedact::withIdentity()
{
    const Run r = run(asMe({u"redact"_s, path(u"data.csv"_s), u"--profile"_s,
                            path(u"profile.json"_s), u"-o"_s, path(u"out.csv"_s)}),
                      m_db);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"6 rows"_s) || r.out.contains(u"6 row(s)"_s));
    const QByteArray out = readAll(path(u"out.csv"_s));
    const QList<QByteArray> lines = out.split('\n');
    QCOMPARE(lines[0], "NHS Number,Date of Birth,Sex,Postcode,Diagnosis\r"_ba);
    QVERIFY(!out.contains("Jones"));
    QVERIFY(!out.contains("9434765919"));
    QVERIFY(!out.contains("CF10 1EP"));
    // The same person written two ways gets one token; a blank stays blank.
    const QByteArray first = lines[1].split(',')[0];
    QCOMPARE(first.size(), 27);
    QVERIFY(first.startsWith('p'));
    QCOMPARE(lines[2].split(',')[0], first);
    QVERIFY(lines[6].startsWith(",75-79,M,SA1 1,"));
    // The formula is neutralised.
    QVERIFY2(lines[6].contains("\"'=HYPERLINK(\"\"x\"\")\""), lines[6].constData());
}

void TestCliRedact::withRecoveryCopy()
{
    // Another history, no identity: the recovery copy and its passphrase give the
    // same key, so the same tokens.
    const QString other = path(u"other.db"_s);
    const Run r = run({u"redact"_s, path(u"data.csv"_s), u"--profile"_s, path(u"profile.json"_s),
                       u"-o"_s, path(u"out2.csv"_s), u"--key-file"_s, path(u"dsa9.key"_s),
                       u"--key-passphrase-file"_s, path(u"pass"_s)},
                      other);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(readAll(path(u"out2.csv"_s)), readAll(path(u"out.csv"_s)));

    // A wrong passphrase opens nothing and writes nothing.
    QVERIFY(writeText(path(u"wrong"_s), "not the passphrase\n"));
    const Run bad = run({u"redact"_s, path(u"data.csv"_s), u"--profile"_s, path(u"profile.json"_s),
                         u"-o"_s, path(u"out3.csv"_s), u"--key-file"_s, path(u"dsa9.key"_s),
                         u"--key-passphrase-file"_s, path(u"wrong"_s)},
                        other);
    QVERIFY(bad.exitCode != 0);
    QVERIFY(!QFile::exists(path(u"out3.csv"_s)));
}

void TestCliRedact::riskJson()
{
    const Run r = run(
        asMe({u"redact"_s, path(u"data.csv"_s), u"--profile"_s, path(u"profile.json"_s), u"-o"_s,
              path(u"risk.csv"_s), u"--risk"_s, u"--sensitive"_s, u"Diagnosis"_s, u"--json"_s}),
        m_db);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o[u"rows"_s].toInt(), 6);
    const QJsonObject risk = o[u"risk"_s].toObject();
    // Groups by (age band, sex, sector): Ann x2, Bob x3, Cy x1.
    QCOMPARE(risk[u"groups"_s].toInt(), 3);
    QCOMPARE(risk[u"k"_s].toInt(), 1);
    QCOMPARE(risk[u"unique_records"_s].toInt(), 1);
    QCOMPARE(risk[u"records_below_threshold"_s].toInt(), 6);
    QCOMPARE(risk[u"l"_s].toInt(), 1);
    QVERIFY(!risk[u"explanation"_s].toString().isEmpty());

    // --quasi overrides the profile: by sex alone, F x2 and M x4.
    const Run q = run(
        asMe({u"redact"_s, path(u"data.csv"_s), u"--profile"_s, path(u"profile.json"_s), u"-o"_s,
              path(u"risk.csv"_s), u"--quasi"_s, u"Sex"_s, u"--threshold"_s, u"3"_s, u"--json"_s}),
        m_db);
    QVERIFY2(q.exitCode == 0, qPrintable(q.err));
    const QJsonObject qr = QJsonDocument::fromJson(q.out.toUtf8()).object()[u"risk"_s].toObject();
    QCOMPARE(qr[u"k"_s].toInt(), 2);
    QCOMPARE(qr[u"records_below_threshold"_s].toInt(), 2);

    // A quasi-identifier the profile drops is refused.
    const Run d =
        run(asMe({u"redact"_s, path(u"data.csv"_s), u"--profile"_s, path(u"profile.json"_s),
                  u"-o"_s, path(u"risk2.csv"_s), u"--quasi"_s, u"Name"_s}),
            m_db);
    QCOMPARE(d.exitCode, 1);
    QVERIFY(!QFile::exists(path(u"risk2.csv"_s)));
}

void TestCliRedact::raggedRows()
{
    QVERIFY(writeText(path(u"ragged.csv"_s), "A,B\n1,2\n3\n4,5\n"));
    QVERIFY(writeText(path(u"keep.json"_s),
                      R"({"format": "sharewise-redaction-profile", "version": 1,
                          "other_columns": "keep", "columns": []})"));
    Run r = run({u"redact"_s, path(u"ragged.csv"_s), u"--profile"_s, path(u"keep.json"_s), u"-o"_s,
                 path(u"r.csv"_s)},
                m_db);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"line 3"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(path(u"r.csv"_s)));
    r = run({u"redact"_s, path(u"ragged.csv"_s), u"--profile"_s, path(u"keep.json"_s), u"-o"_s,
             path(u"r.csv"_s), u"--ragged"_s, u"skip"_s},
            m_db);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(readAll(path(u"r.csv"_s)), "A,B\r\n1,2\r\n4,5\r\n"_ba);
    QVERIFY(r.err.contains(u"left out"_s));
}

void TestCliRedact::unkeyedProfileNeedsNoKey()
{
    QVERIFY(writeText(path(u"plain.json"_s),
                      R"({"format": "sharewise-redaction-profile", "version": 1,
                          "other_columns": "drop",
                          "columns": [{"column": "Postcode", "action": "generalise",
                                       "to": "postcode_area"}]})"));
    const Run r = run({u"redact"_s, path(u"data.csv"_s), u"--profile"_s, path(u"plain.json"_s),
                       u"-o"_s, path(u"p.csv"_s)},
                      path(u"fresh.db"_s));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(readAll(path(u"p.csv"_s)), "Postcode\r\nCF\r\nCF\r\nCF\r\nCF\r\nCF\r\nSA\r\n"_ba);
    QVERIFY(r.err.contains(u"left out"_s));
}

QTEST_GUILESS_MAIN(TestCliRedact)
#include "tst_cli_redact.moc"
