// sharewise-cli check and agreements pdf, driven through the real binary over a history
// holding an agreement recorded through the register: the blocking finding and exit 4,
// exit 0 once the redaction profile is put right, the JSON, usage and input errors, and
// the agreement's PDF.
#include "agreements/AgreementRegister.h"
#include "crypto/Sodium.h"
#include "store/Database.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
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

Run run(const QStringList& args, const QString& db, bool withPlatform = true)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SHAREWISE_DB"_s, db);
    if (!withPlatform)
        env.remove(u"QT_QPA_PLATFORM"_s);
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

const QString kReference = u"DSA-2026-004"_s;
const QString kRecipient = u"AAAQ EAYE AUDA OCAJ BIFQ YDIO B4"_s;

const QByteArray kData = "Case reference,DOB,Postcode,Support needs,Notes\n"
                         "C-1001,01/04/1990,CF10 1EP,None,Called twice\n"
                         "C-1002,12/12/1988,CF10 2AA,Physical,Moved in May\n"
                         "C-1003,05/05/1950,SA1 1AA,None,\n";

// Notes is not among the agreement's data items, and this profile keeps it.
QByteArray profileJson(const char* notesAction)
{
    return QByteArray(R"({
  "format": "sharewise-redaction-profile", "version": 1, "name": "H-CLIC",
  "agreement": "DSA-2026-004",
  "columns": [
    {"column": "Case reference", "action": "pseudonymise"},
    {"column": "DOB", "action": "generalise", "to": "month"},
    {"column": "Postcode", "action": "generalise", "to": "postcode_district"},
    {"column": "Support needs", "action": "keep"},
    {"column": "Notes", "action": ")") +
           notesAction + R"("}
  ]
})";
}

} // namespace

class TestCliCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(crypto::initialise());
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"history.db"_s);

        // The agreement, recorded through the register, current today.
        QFile f(qEnvironmentVariable("SHAREWISE_TEST_DATA") + u"/agreements/full.json"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        Result<agreements::Agreement> a =
            agreements::Agreement::fromBytes(f.readAll(), u"full.json"_s);
        QVERIFY(a.ok());
        agreements::Agreement agreement = a.value();
        const QDate today = QDate::currentDate();
        agreement.startsOn = today.addDays(-30);
        agreement.endsOn = today.addDays(300);
        agreement.reviewDueOn = today.addDays(100);
        {
            std::unique_ptr<Database> db = test::openHistory(m_db);
            QVERIFY(db);
            Result<agreements::Agreement> made =
                agreements::AgreementRegister(*db).create(agreement, u"For the test"_s);
            QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
        }

        m_data = m_dir.filePath(u"hclic.csv"_s);
        QVERIFY(writeText(m_data, kData));
        m_keeps = m_dir.filePath(u"keeps-notes.json"_s);
        QVERIFY(writeText(m_keeps, profileJson("keep")));
        m_drops = m_dir.filePath(u"drops-notes.json"_s);
        QVERIFY(writeText(m_drops, profileJson("drop")));
    }

    void blockingFindingExits4()
    {
        const Run r = run({u"check"_s, u"--agreement"_s, kReference, u"--profile"_s, m_keeps,
                           u"--recipient"_s, kRecipient, m_data},
                          m_db);
        QVERIFY2(r.exitCode == 4, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u"\"Notes\""_s));
        QVERIFY(r.out.contains(u"Next step:"_s));
        QVERIFY(r.out.contains(u"BLOCKS"_s));
        QVERIFY(r.out.contains(u"this share under agreement DSA-2026-004."_s));
    }

    void fixedProfileExits0()
    {
        const Run r = run({u"check"_s, u"--agreement"_s, kReference, u"--profile"_s, m_drops,
                           u"--recipient"_s, kRecipient, m_data},
                          m_db);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u"No problems found"_s));
    }

    void jsonIsStable()
    {
        Run r = run({u"check"_s, u"--agreement"_s, kReference, u"--profile"_s, m_keeps,
                     u"--recipient"_s, u"ZZZZ ZZZZ"_s, u"--json"_s, m_data},
                    m_db);
        QCOMPARE(r.exitCode, 4);
        QJsonParseError error{};
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(u"agreement"_s).toString(), kReference);
        QCOMPARE(o.value(u"version"_s).toInt(), 1);
        QCOMPARE(o.value(u"blocked"_s).toBool(), true);
        QCOMPARE(o.value(u"file"_s).toString(), QDir::toNativeSeparators(m_data));
        const QJsonArray findings = o.value(u"findings"_s).toArray();
        QStringList codes;
        for (const QJsonValue& v : findings) {
            const QJsonObject f = v.toObject();
            QCOMPARE(QStringList(f.keys()), (QStringList{u"code"_s, u"column"_s, u"message"_s,
                                                         u"next_step"_s, u"severity"_s}));
            QCOMPARE(f.value(u"severity"_s).toString(), u"block"_s);
            codes << f.value(u"code"_s).toString();
        }
        QCOMPARE(codes, (QStringList{u"recipient.not_named"_s, u"column.not_allowed"_s}));
        QVERIFY(findings[0].toObject().value(u"column"_s).isNull());
        QCOMPARE(findings[1].toObject().value(u"column"_s).toString(), u"Notes"_s);

        r = run({u"check"_s, u"--agreement"_s, kReference, u"--profile"_s, m_drops, u"--json"_s,
                 m_data},
                m_db);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject clean = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(clean.value(u"blocked"_s).toBool(), false);
        QVERIFY(clean.value(u"findings"_s).toArray().isEmpty());
    }

    void usageAndInputErrors()
    {
        // Usage: no profile, no file.
        QCOMPARE(run({u"check"_s, u"--agreement"_s, kReference, m_data}, m_db).exitCode, 1);
        QCOMPARE(
            run({u"check"_s, u"--agreement"_s, kReference, u"--profile"_s, m_drops}, m_db).exitCode,
            1);
        QCOMPARE(run({u"check"_s, u"--agreement"_s, kReference, u"--profile"_s, m_drops,
                      u"--delimiter"_s, u"ab"_s, m_data},
                     m_db)
                     .exitCode,
                 1);
        // Bad input: a missing file, a broken profile, an agreement the register lacks.
        Run r = run({u"check"_s, u"--agreement"_s, kReference, u"--profile"_s, m_drops,
                     m_dir.filePath(u"missing.csv"_s)},
                    m_db);
        QCOMPARE(r.exitCode, 2);
        const QString broken = m_dir.filePath(u"broken.json"_s);
        QVERIFY(writeText(broken, "{\"format\": "));
        QCOMPARE(
            run({u"check"_s, u"--agreement"_s, kReference, u"--profile"_s, broken, m_data}, m_db)
                .exitCode,
            2);
        r = run({u"check"_s, u"--agreement"_s, u"DSA-NONE"_s, u"--profile"_s, m_drops, m_data},
                m_db);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"DSA-NONE"_s));
    }

    void agreementPdf()
    {
        const QString pdf = m_dir.filePath(u"agreement.pdf"_s);
        // No platform set: the command chooses the offscreen one itself.
        Run r = run({u"agreements"_s, u"pdf"_s, kReference, u"-o"_s, pdf}, m_db, false);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(readAll(pdf).startsWith("%PDF-"));
        QVERIFY(r.out.contains(kReference));

        // An existing file is kept unless --force.
        r = run({u"--db"_s, m_db, u"agreements"_s, u"pdf"_s, kReference, u"-o"_s, pdf}, m_db);
        QCOMPARE(r.exitCode, 2);
        r = run({u"agreements"_s, u"pdf"_s, kReference, u"-o"_s, pdf, u"--force"_s, u"--version"_s,
                 u"1"_s},
                m_db);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(run({u"agreements"_s, u"pdf"_s, kReference, u"-o"_s, pdf, u"--force"_s,
                      u"--version"_s, u"9"_s},
                     m_db)
                     .exitCode,
                 2);
        QCOMPARE(run({u"agreements"_s, u"pdf"_s, kReference}, m_db).exitCode, 1);

        const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (tool.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess p;
        p.start(tool, {pdf, u"-"_s});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(kReference), qPrintable(text.left(300)));
        QVERIFY(text.contains(u"Gareth Jones"_s));
        QVERIFY(text.contains(u"Support needs"_s));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_data;
    QString m_keeps;
    QString m_drops;
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
