// sharewise-cli share, review, outputs and incident, end to end through the real binary
// on a generated 100,000-row case file (fewer under the sanitizers): a share that needs review is
// refused a direct seal (exit 4), submitted, refused to its own preparer (four eyes), approved by
// an IG lead, sealed, opened and verified by the recipient with the approval verified; a file
// changed after approval is refused at sealing with no bundle left; a blocking finding
// records nothing; the review-by-file route between two histories; sent, receipt,
// outputs and an incident.
#include "agreements/AgreementRegister.h"
#include "crypto/Identity.h"
#include "crypto/Sodium.h"
#include "store/Database.h"
#include "support/TestSupport.h"
#include "tools/gen_casefile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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

// One person at their desktop: their login, their history and their identity file.
struct Person
{
    QString login;
    QString db;
    QString identity;
    QString pass;
    QString card;
    QString fingerprint;
};

Run run(const Person& who, QStringList args, bool withIdentity = true)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SHAREWISE_DB"_s, who.db);
    env.insert(u"USER"_s, who.login);
    env.insert(u"USERNAME"_s, who.login);
    p.setProcessEnvironment(env);
    if (withIdentity)
        args << u"--identity-file"_s << who.identity << u"--identity-passphrase-file"_s << who.pass;
    p.start(QStringLiteral(SHAREWISE_CLI_PATH), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(240000)) {
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

const QString kReference = u"DSA-2026-HCLIC"_s;
const QString kDirect = u"DSA-2026-DIRECT"_s; // the same, without an IG review
const QString kParish = u"DSA-2026-PARISH"_s; // the same, with a partner by passphrase

// Sends six columns; the rest are left out. `extra` adds a kept column the agreement
// does not allow.
QByteArray profileJson(const char* extra = "")
{
    return QByteArray(R"({
  "format": "sharewise-redaction-profile", "version": 1, "name": "H-CLIC return",
  "agreement": "DSA-2026-HCLIC", "other_columns": "drop",
  "columns": [)") +
           extra + R"(
    {"column": "Date of Birth", "action": "generalise", "to": "age_band",
     "reference_date": "2026-03-31", "width": 5, "top": 90, "quasi_identifier": true},
    {"column": "Sex", "action": "keep", "quasi_identifier": true},
    {"column": "Postcode", "action": "generalise", "to": "postcode_district",
     "quasi_identifier": true},
    {"column": "Referral Date", "action": "generalise", "to": "month"},
    {"column": "Duty Type", "action": "keep"},
    {"column": "Outcome", "action": "keep"}
  ],
  "risk": {"threshold": 5}
})";
}

qint64 shareIdFrom(const QString& out)
{
    const QRegularExpressionMatch m = QRegularExpression(u"Share (\\d+)"_s).match(out);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

qsizetype csvRecords(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    qsizetype lines = 0;
    while (!f.atEnd()) {
        f.readLine();
        ++lines;
    }
    return lines - 1; // the header
}

} // namespace

class TestCliShares : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void needsReviewRefusesDirectSeal();
    void noReviewSealsAtOnce();
    void passphraseShareForAPartnerWithoutAKey();
    void blockingFindingRecordsNothing();
    void submitReviewSealOpen();
    void changedFileRefusedAtSealing();
    void reviewByFileBetweenHistories();
    void sentReceiptOutputsIncident();

private:
    Person makePerson(const QString& login);
    QStringList shareArgs(const QString& profile, const QString& data) const
    {
        return {u"share"_s, u"--agreement"_s, kReference,        u"--profile"_s,
                profile,    u"--to"_s,        m_bob.fingerprint, data};
    }

    QTemporaryDir m_dir;
    Person m_alice; // the officer who prepares shares
    Person m_carol; // the IG lead, on the same shared history
    Person m_bob;   // the recipient, at the department
    // 100,000 rows; the sanitizer run (dev.sh test --asan) asks for fewer, since the
    // sanitizers make the many whole-file passes slow and its point is memory errors.
    const qint64 m_rows = qEnvironmentVariableIntValue("SHAREWISE_E2E_ROWS") > 0
                              ? qEnvironmentVariableIntValue("SHAREWISE_E2E_ROWS")
                              : 100000;
    QString m_data;
    QString m_profile;
    QString m_tooMuch;
    qint64 m_sealedShare = -1;
    QString m_bundle;
};

Person TestCliShares::makePerson(const QString& login)
{
    Person p;
    p.login = login;
    p.db = m_dir.filePath(login + u".sqlite"_s);
    p.identity = m_dir.filePath(login + u".swid"_s);
    p.pass = m_dir.filePath(login + u".pass"_s);
    writeText(p.pass, "a long passphrase for " + login.toUtf8() + "\n");
    const Run r = run(p, {u"keygen"_s, u"--name"_s, login});
    if (r.exitCode != 0)
        qWarning("keygen failed: %s", qPrintable(r.err));
    p.card = r.out.trimmed();
    Result<crypto::KeyCard> card = crypto::KeyCard::fromText(p.card);
    if (card)
        p.fingerprint = card->fingerprint();
    return p;
}

void TestCliShares::initTestCase()
{
    QVERIFY(crypto::initialise());
    QVERIFY(m_dir.isValid());
    m_alice = makePerson(u"alice"_s);
    m_bob = makePerson(u"bob"_s);
    m_carol = makePerson(u"carol"_s);
    QVERIFY(!m_alice.fingerprint.isEmpty() && !m_bob.fingerprint.isEmpty() &&
            !m_carol.fingerprint.isEmpty());

    // Alice's desktop knows Bob's key; Bob's knows Alice's and Carol's (so the approval
    // in the bundle is verified there).
    QCOMPARE(run(m_alice,
                 {u"recipients"_s, u"add"_s, m_bob.card, u"--organisation"_s,
                  u"Department for Housing"_s, u"--contact"_s, u"Bob"_s, u"--verified"_s},
                 false)
                 .exitCode,
             0);
    for (const Person* p : {&m_alice, &m_carol}) {
        QCOMPARE(run(m_bob,
                     {u"recipients"_s, u"add"_s, p->card, u"--organisation"_s,
                      u"Caerwen County Council"_s, u"--contact"_s, p->login, u"--verified"_s},
                     false)
                     .exitCode,
                 0);
    }

    // The agreement on Alice's history: the six columns sent, Bob the recipient, review
    // required, one output promised (already overdue).
    QFile f(qEnvironmentVariable("SHAREWISE_TEST_DATA") + u"/agreements/full.json"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
    json[u"reference"_s] = kReference;
    QJsonArray items;
    for (const auto& [name, minimum] :
         {std::pair{u"Date of Birth"_s, QJsonObject{{u"action"_s, u"generalise"_s},
                                                    {u"to"_s, u"age_band"_s},
                                                    {u"reference_date"_s, u"2026-03-31"_s}}},
          std::pair{u"Sex"_s, QJsonObject{{u"action"_s, u"keep"_s}}},
          std::pair{u"Postcode"_s,
                    QJsonObject{{u"action"_s, u"generalise"_s}, {u"to"_s, u"postcode_district"_s}}},
          std::pair{u"Referral Date"_s,
                    QJsonObject{{u"action"_s, u"generalise"_s}, {u"to"_s, u"month"_s}}},
          std::pair{u"Duty Type"_s, QJsonObject{{u"action"_s, u"keep"_s}}},
          std::pair{u"Outcome"_s, QJsonObject{{u"action"_s, u"keep"_s}}}}) {
        items.append(QJsonObject{{u"name"_s, name},
                                 {u"aliases"_s, QJsonArray()},
                                 {u"description"_s, QString()},
                                 {u"minimum"_s, minimum}});
    }
    json[u"data_items"_s] = items;
    json[u"recipients"_s] = QJsonArray{QJsonObject{{u"organisation"_s, u"Department for Housing"_s},
                                                   {u"contact"_s, u"Bob"_s},
                                                   {u"fingerprint"_s, m_bob.fingerprint}}};
    json[u"requires_review"_s] = true;
    const QDate today = QDate::currentDate();
    json[u"starts_on"_s] = today.addDays(-30).toString(Qt::ISODate);
    json[u"ends_on"_s] = today.addDays(300).toString(Qt::ISODate);
    json[u"review_due_on"_s] = today.addDays(100).toString(Qt::ISODate);
    json[u"outputs"_s] =
        QJsonArray{QJsonObject{{u"title"_s, u"Quarterly statistics release"_s},
                               {u"description"_s, u"Tables by area."_s},
                               {u"due"_s, today.addDays(-1).toString(Qt::ISODate)}}};
    std::unique_ptr<Database> db = test::openHistory(m_alice.db);
    QVERIFY(db);
    for (const bool review : {true, false}) {
        json[u"reference"_s] = review ? kReference : kDirect;
        json[u"requires_review"_s] = review;
        if (!review)
            json[u"outputs"_s] = QJsonArray();
        Result<agreements::Agreement> a = agreements::Agreement::fromJson(json, u"agreement"_s);
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().message));
        Result<agreements::Agreement> made =
            agreements::AgreementRegister(*db).create(a.value(), u"For the test"_s);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
    }
    {
        // A partner with no key, who receives by passphrase.
        json[u"reference"_s] = kParish;
        QJsonArray recipients = json[u"recipients"_s].toArray();
        recipients.append(QJsonObject{{u"organisation"_s, u"Llanfair Community Council"_s},
                                      {u"contact"_s, u"The Clerk"_s},
                                      {u"fingerprint"_s, QString()},
                                      {u"by_passphrase"_s, true}});
        json[u"recipients"_s] = recipients;
        Result<agreements::Agreement> a = agreements::Agreement::fromJson(json, u"agreement"_s);
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().message));
        Result<agreements::Agreement> made =
            agreements::AgreementRegister(*db).create(a.value(), u"For the test"_s);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
    }
    db.reset();

    m_data = m_dir.filePath(u"cases.csv"_s);
    casegen::Options options;
    options.seed = 7;
    options.rows = m_rows;
    QVERIFY(casegen::writeFile(m_data, options));
    m_profile = m_dir.filePath(u"profile.json"_s);
    QVERIFY(writeText(m_profile, profileJson()));
    m_tooMuch = m_dir.filePath(u"too-much.json"_s);
    QVERIFY(writeText(m_tooMuch, profileJson(R"({"column": "Forename", "action": "keep"},)")));
}

void TestCliShares::needsReviewRefusesDirectSeal()
{
    const QString out = m_dir.filePath(u"direct.swb"_s);
    const Run r = run(m_alice, shareArgs(m_profile, m_data) << u"-o"_s << out);
    QVERIFY2(r.exitCode == 4, qPrintable(r.out + r.err));
    QVERIFY(r.err.contains(u"needs an IG review"_s));
    QVERIFY(!QFile::exists(out));
}

// An agreement without an IG review: checked, redacted once, recorded and sealed in one
// command; the recipient opens it and sees no approval claimed.
void TestCliShares::noReviewSealsAtOnce()
{
    const QString out = m_dir.filePath(u"direct.swb"_s);
    const QString profile = m_dir.filePath(u"direct.json"_s);
    QVERIFY(writeText(profile, profileJson().replace("DSA-2026-HCLIC", "DSA-2026-DIRECT")));
    QStringList args = shareArgs(profile, m_data) << u"-o"_s << out;
    args[2] = kDirect;
    Run r = run(m_alice, args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(QFile::exists(out));
    const qint64 id = shareIdFrom(r.out);
    r = run(m_alice, {u"share"_s, u"show"_s, QString::number(id), u"--json"_s}, false);
    const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(shown[u"state"_s].toString(), u"sealed"_s);
    QCOMPARE(shown[u"decisions"_s].toArray().size(), 0);
    r = run(m_bob, {u"verify"_s, out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(!r.out.contains(u"Approv"_s));
    QVERIFY(r.out.contains(u"DSA-2026-DIRECT"_s));
}

// Sealed under a passphrase only where the agreement names a partner who receives that
// way; it opens with the passphrase; keys and a passphrase together are a usage error.
void TestCliShares::passphraseShareForAPartnerWithoutAKey()
{
    const QString pass = m_dir.filePath(u"parish.pass"_s);
    QVERIFY(writeText(pass, "otter-lantern-meadow-copper-violin-harbour\n"));
    const QString direct = m_dir.filePath(u"direct-pass.json"_s);
    QVERIFY(writeText(direct, profileJson().replace("DSA-2026-HCLIC", "DSA-2026-DIRECT")));
    const QString parish = m_dir.filePath(u"parish.json"_s);
    QVERIFY(writeText(parish, profileJson().replace("DSA-2026-HCLIC", "DSA-2026-PARISH")));
    auto args = [&](const QString& reference, const QString& profile, const QString& out) {
        return QStringList{u"share"_s, u"--agreement"_s, reference, u"--profile"_s,         profile,
                           m_data,     u"-o"_s,          out,       u"--passphrase-file"_s, pass};
    };

    // An agreement naming no such partner: blocked, nothing written or recorded.
    const QString refused = m_dir.filePath(u"refused-pass.swb"_s);
    Run r = run(m_alice, args(kDirect, direct, refused));
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(u"receives by passphrase"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(refused));

    // Keys and a passphrase at once: a usage error (exit 1).
    QStringList both = args(kParish, parish, refused);
    both << u"--to"_s << m_bob.fingerprint;
    QCOMPARE(run(m_alice, both).exitCode, 1);

    const QString out = m_dir.filePath(u"parish.swb"_s);
    r = run(m_alice, args(kParish, parish, out));
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(u"passphrase"_s));
    const qint64 id = shareIdFrom(r.out);
    r = run(m_alice, {u"share"_s, u"show"_s, QString::number(id), u"--json"_s}, false);
    const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(shown[u"state"_s].toString(), u"sealed"_s);

    // Bob's key does not open it; the passphrase does, with every row.
    const QString folder = m_dir.filePath(u"parish-opened"_s);
    r = run(m_bob, {u"open"_s, out, u"-o"_s, folder});
    QVERIFY(r.exitCode != 0);
    r = run(m_bob, {u"open"_s, out, u"-o"_s, folder, u"--passphrase-file"_s, pass});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QStringList written = QDir(folder).entryList({u"*.csv"_s}, QDir::Files);
    QCOMPARE(written.size(), 1);
    QCOMPARE(csvRecords(QDir(folder).filePath(written.first())), qsizetype(m_rows));
}

void TestCliShares::blockingFindingRecordsNothing()
{
    const Run r = run(m_alice, shareArgs(m_tooMuch, m_data) << u"--submit"_s);
    QVERIFY2(r.exitCode == 4, qPrintable(r.out + r.err));
    QVERIFY(r.err.contains(u"[Forename]"_s));
    QVERIFY(r.err.contains(u"nothing was recorded"_s));
    const Run list =
        run(m_alice, {u"share"_s, u"list"_s, u"--agreement"_s, kReference, u"--json"_s}, false);
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
}

void TestCliShares::submitReviewSealOpen()
{
    Run r = run(m_alice, shareArgs(m_profile, m_data) << u"--submit"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const qint64 id = shareIdFrom(r.out);
    QVERIFY(id > 0);
    const QString ref = QString::number(id);

    // Not approved yet: sealing is refused.
    const QString early = m_dir.filePath(u"early.swb"_s);
    r = run(m_alice, {u"share"_s, u"seal"_s, ref, u"-o"_s, early});
    QVERIFY2(r.exitCode == 4, qPrintable(r.out + r.err));
    QVERIFY(!QFile::exists(early));

    // The queue; the preparer cannot approve their own share.
    Person carolHere = m_carol;
    carolHere.db = m_alice.db;
    r = run(carolHere, {u"review"_s, u"list"_s, u"--json"_s}, false);
    QCOMPARE(r.exitCode, 0);
    const QJsonArray queue = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(queue.size(), 1);
    QCOMPARE(queue.at(0)[u"state"_s].toString(), u"pending_review"_s);
    QCOMPARE(qint64(queue.at(0)[u"rows"_s].toDouble()), m_rows);
    r = run(m_alice, {u"review"_s, u"approve"_s, ref});
    QVERIFY2(r.exitCode == 4, qPrintable(r.out + r.err));
    QVERIFY(r.err.contains(u"four eyes"_s));
    r = run(carolHere, {u"review"_s, u"reject"_s, ref});
    QCOMPARE(r.exitCode, 1); // a rejection needs a reason
    r = run(carolHere, {u"review"_s, u"approve"_s, ref});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

    // Sealed by the preparer; opened and verified by the recipient.
    m_bundle = m_dir.filePath(u"hclic.swb"_s);
    r = run(m_alice, {u"share"_s, u"seal"_s, ref, u"-o"_s, m_bundle});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(QFile::exists(m_bundle));
    m_sealedShare = id;
    const QString opened = m_dir.filePath(u"opened"_s);
    QVERIFY(QDir().mkpath(opened));
    r = run(m_bob, {u"open"_s, m_bundle, u"-o"_s, opened, u"--receipt"_s,
                    m_dir.filePath(u"receipt.json"_s)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"Approved, verified"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"DSA-2026-HCLIC"_s));
    const QStringList files = QDir(opened).entryList({u"*.csv"_s}, QDir::Files);
    QCOMPARE(files.size(), 1);
    QCOMPARE(csvRecords(QDir(opened).filePath(files.first())), m_rows);

    // The share's record: sealed, with its approval and every step in the audit trail.
    r = run(m_alice, {u"share"_s, u"show"_s, ref, u"--json"_s}, false);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(shown[u"state"_s].toString(), u"sealed"_s);
    QCOMPARE(shown[u"decisions"_s].toArray().size(), 1);
    QStringList actions;
    for (const QJsonValue& e : shown[u"audit"_s].toArray())
        actions << e[u"action"_s].toString();
    QCOMPARE(actions, (QStringList{u"share.drafted"_s, u"share.submitted"_s, u"share.approved"_s,
                                   u"share.sealed"_s}));
    r = run(m_alice, {u"audit"_s, u"verify"_s}, false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
}

void TestCliShares::changedFileRefusedAtSealing()
{
    const QString data = m_dir.filePath(u"changing.csv"_s);
    QVERIFY(QFile::copy(m_data, data));
    Run r = run(m_alice, shareArgs(m_profile, data) << u"--submit"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QString ref = QString::number(shareIdFrom(r.out));
    Person carolHere = m_carol;
    carolHere.db = m_alice.db;
    QCOMPARE(run(carolHere, {u"review"_s, u"approve"_s, ref}).exitCode, 0);

    // One more row after the approval.
    {
        QFile f(data);
        QVERIFY(f.open(QIODevice::Append));
        QFile src(m_data);
        QVERIFY(src.open(QIODevice::ReadOnly));
        src.readLine();
        f.write(src.readLine());
    }
    const QString out = m_dir.filePath(u"changed.swb"_s);
    r = run(m_alice, {u"share"_s, u"seal"_s, ref, u"-o"_s, out});
    QVERIFY2(r.exitCode == 4, qPrintable(r.out + r.err));
    QVERIFY2(r.err.contains(u"the redacted data"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
    QVERIFY(QDir(m_dir.path())
                .entryList({u"*.swb.*"_s, u".*swb*"_s}, QDir::Files | QDir::Hidden)
                .isEmpty());
}

void TestCliShares::reviewByFileBetweenHistories()
{
    Run r = run(m_alice, shareArgs(m_profile, m_data) << u"--submit"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const QString ref = QString::number(shareIdFrom(r.out));
    const QString request = m_dir.filePath(u"request.json"_s);
    QCOMPARE(run(m_alice, {u"share"_s, u"export-request"_s, ref, u"-o"_s, request}).exitCode, 0);

    // Carol, on her own desktop and history.
    r = run(m_carol, {u"review"_s, u"import"_s, request}, false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const qint64 there =
        QRegularExpression(u"share (\\d+)\\)"_s).match(r.out).captured(1).toLongLong();
    QVERIFY(there > 0);
    QCOMPARE(run(m_carol, {u"review"_s, u"approve"_s, QString::number(there)}).exitCode, 0);
    const QString decision = m_dir.filePath(u"decision.json"_s);
    QCOMPARE(run(m_carol,
                 {u"review"_s, u"export-decision"_s, QString::number(there), u"-o"_s, decision},
                 false)
                 .exitCode,
             0);

    // A tampered decision is refused; the real one approves the share at Alice's.
    QFile f(decision);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    const QString tampered = m_dir.filePath(u"tampered.json"_s);
    // The reviewer's name outside the signed statement is not believed; a changed
    // statement is refused.
    QJsonObject file = QJsonDocument::fromJson(bytes).object();
    const QByteArray statement = QByteArray::fromBase64(file[u"statement"_s].toString().toLatin1());
    QVERIFY(statement.contains("\"reason\":\"\""));
    file[u"statement"_s] = QString::fromLatin1(
        QByteArray(statement).replace("\"reason\":\"\"", "\"reason\":\"x\"").toBase64());
    file[u"reviewer"_s] = u"someone else"_s;
    QVERIFY(writeText(tampered, QJsonDocument(file).toJson()));
    r = run(m_alice, {u"share"_s, u"import-decision"_s, tampered}, false);
    QVERIFY2(r.exitCode == 2 || r.exitCode == 3, qPrintable(r.out + r.err));
    r = run(m_alice, {u"share"_s, u"import-decision"_s, decision}, false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"approved by login:carol"_s), qPrintable(r.out));
    r = run(m_alice, {u"share"_s, u"show"_s, ref, u"--json"_s}, false);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[u"state"_s].toString(),
             u"approved"_s);
}

void TestCliShares::sentReceiptOutputsIncident()
{
    QVERIFY(m_sealedShare > 0);
    const QString ref = QString::number(m_sealedShare);
    Run r = run(m_alice, {u"share"_s, u"sent"_s, ref, u"--route"_s, u"DLUHC portal"_s}, false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    r = run(m_alice, {u"receipt"_s, u"import"_s, m_dir.filePath(u"receipt.json"_s)}, false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    r = run(m_alice, {u"share"_s, u"list"_s, u"--state"_s, u"received"_s, u"--json"_s}, false);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);

    r = run(m_alice, {u"outputs"_s, u"list"_s, u"--json"_s}, false);
    QCOMPARE(r.exitCode, 0);
    QJsonArray due = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(due.size(), 1);
    QVERIFY(due.at(0)[u"overdue"_s].toBool());
    const QString tables = m_dir.filePath(u"tables.xlsx"_s);
    QVERIFY(writeText(tables, "statistics"));
    r = run(m_alice,
            {u"outputs"_s, u"record"_s, u"--agreement"_s, kReference, u"--output"_s,
             u"Quarterly statistics release"_s, u"--received"_s,
             QDate::currentDate().toString(Qt::ISODate), u"--file"_s, tables, u"--share"_s, ref},
            false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    due = QJsonDocument::fromJson(
              run(m_alice, {u"outputs"_s, u"list"_s, u"--json"_s}, false).out.toUtf8())
              .array();
    QVERIFY(due.at(0)[u"returned"_s].toBool());
    QVERIFY(!due.at(0)[u"overdue"_s].toBool());

    r = run(m_alice,
            {u"incident"_s, u"report"_s, ref, u"--kind"_s, u"too_much_data"_s, u"--description"_s,
             u"The bundle held a column we did not agree."_s},
            false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(u"72 hours"_s));
    QVERIFY(r.out.contains(u"Mair Evans"_s)); // the agreement's DPO
    r = run(m_alice,
            {u"incident"_s, u"report"_s, ref, u"--kind"_s, u"bogus"_s, u"--description"_s, u"x"_s},
            false);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(run(m_alice, {u"audit"_s, u"verify"_s}, false).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliShares)
#include "tst_cli_shares.moc"
