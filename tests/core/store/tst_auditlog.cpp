#include "common/CanonicalJson.h"
#include "crypto/Identity.h"
#include "crypto/Sodium.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sharewise;

namespace {

AuditEvent makeEvent(const QString& action, const QJsonObject& detail = {})
{
    AuditEvent e;
    e.actor = QStringLiteral("login:alice");
    e.action = action;
    e.objectType = QStringLiteral("share");
    e.objectId = QStringLiteral("42");
    e.detail = detail;
    return e;
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(crypto::initialise()); }
    void init();
    void cleanup() { m_db.reset(); }

    void knownAnswerEncoding();
    void appendsAChain();
    void intactChainVerifies();
    void triggersRefuseUpdateAndDelete();
    void purgingADetailKeepsTheChain();
    void catchesEditedColumn_data();
    void catchesEditedColumn();
    void catchesEditedDetail();
    void catchesDeletedEntry();
    void catchesEmptiedLog();
    void catchesRecomputedEntryButNotItsSuccessor();
    void appendsFromTwoConnectionsStayOneChain();
    void signedHeadsCatchACutOffTail();
    void signedHeadsCatchARebuiltChain();
    void signedHeadsFromStrangersAreRefused();

private:
    void fill(int n);
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

void TestAuditLog::init()
{
    static int n = 0;
    m_path = m_dir.filePath(QStringLiteral("audit-%1.sqlite").arg(++n));
    m_db = test::openHistory(m_path);
    QVERIFY(m_db);
}

void TestAuditLog::fill(int n)
{
    for (int i = 0; i < n; ++i) {
        QVERIFY(m_db->audit().append(makeEvent(
            QStringLiteral("share.submitted"),
            {{QStringLiteral("rows"), i}, {QStringLiteral("name"), QStringLiteral("Ceri")}})));
    }
}

// Vectors computed independently (Python hashlib.blake2b, digest_size=32) from the
// encoding in docs/audit.md. If these change, every existing history breaks.
void TestAuditLog::knownAnswerEncoding()
{
    const QJsonObject detail{{QStringLiteral("z"), QJsonArray{true, QJsonValue::Null}},
                             {QStringLiteral("b"), QStringLiteral("Caerdydd â")},
                             {QStringLiteral("a"), 1}};
    const QByteArray json = CanonicalJson::serialise(detail);
    QCOMPARE(json, QByteArray("{\"a\":1,\"b\":\"Caerdydd \xc3\xa2\",\"z\":[true,null]}"));
    AuditEntry e;
    e.seq = 1;
    e.timeUs = 1764072000000000;
    e.actor = QStringLiteral("login:alice");
    e.action = QStringLiteral("history.created");
    e.objectType = QStringLiteral("history");
    e.objectId = QStringLiteral("local");
    e.detailHash = crypto::Blake2b256::hash(json);
    QCOMPARE(e.detailHash.toHex(),
             QByteArray("556f2eb55c8412a77260950288a0c32a24af71e28c4af02fae02f3ebe60cbabc"));
    e.prevHash = QByteArray(32, '\0');
    const QByteArray h1 = AuditLog::computeEntryHash(e);
    QCOMPARE(h1.toHex(),
             QByteArray("53458927dd63c045cf50b5c055c90d62124f2989a88d2364a04c085b6ce4675a"));

    AuditEntry e2;
    e2.seq = 2;
    e2.timeUs = 1764072000000001;
    e2.actor = QStringLiteral("login:bob");
    e2.action = QStringLiteral("history.backed_up");
    e2.objectType = QStringLiteral("history");
    e2.objectId = QStringLiteral("local");
    e2.detailHash = crypto::Blake2b256::hash(CanonicalJson::serialise(QJsonObject{}));
    e2.prevHash = h1;
    QCOMPARE(AuditLog::computeEntryHash(e2).toHex(),
             QByteArray("04aa381118f52209c9f1a3ccd1fa001a5e780fc53d46387faa20fdd5d8a3eb3b"));
}

void TestAuditLog::appendsAChain()
{
    fill(3);
    const QList<AuditEntry> entries = m_db->audit().entries().value();
    QCOMPARE(entries.size(), 4); // creation + 3
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QCOMPARE(entries[i].seq, i + 1);
        QCOMPARE(entries[i].entryHash, AuditLog::computeEntryHash(entries[i]));
        QCOMPARE(entries[i].prevHash, i == 0 ? QByteArray(32, '\0') : entries[i - 1].entryHash);
    }
    QVERIFY(entries[2].detail->contains("\"rows\":1"));
    // Only the last N, in order.
    const QList<AuditEntry> last2 = m_db->audit().entries(2, true).value();
    QCOMPARE(last2.size(), 2);
    QCOMPARE(last2[0].seq, 3);
    QCOMPARE(last2[1].seq, 4);
}

void TestAuditLog::intactChainVerifies()
{
    fill(10);
    const AuditVerification v = m_db->audit().verify();
    QVERIFY(v.intact);
    QCOMPARE(v.entriesChecked, 11);
    QCOMPARE(v.firstBadSeq, 0);
    QCOMPARE(v.headHash, m_db->audit().entries(1, true).value().first().entryHash);
}

void TestAuditLog::triggersRefuseUpdateAndDelete()
{
    fill(2);
    QSqlQuery q(m_db->connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2")));
    QVERIFY(q.lastError().text().contains(QLatin1String("append-only")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 3")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET detail = '{}' WHERE seq = 2")));
    QVERIFY(m_db->audit().verify().intact);
}

void TestAuditLog::purgingADetailKeepsTheChain()
{
    fill(3);
    QSqlQuery q(m_db->connection());
    QVERIFY2(q.exec(QStringLiteral("UPDATE audit_log SET detail = NULL WHERE seq = 2")),
             qPrintable(q.lastError().text()));
    const QList<AuditEntry> entries = m_db->audit().entries().value();
    QVERIFY(!entries[1].detail.has_value());
    QVERIFY(m_db->audit().verify().intact);
}

void TestAuditLog::catchesEditedColumn_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::newRow("actor") << QStringLiteral("actor = 'login:mallory'");
    QTest::newRow("action") << QStringLiteral("action = 'share.cancelled'");
    QTest::newRow("object") << QStringLiteral("object_id = '43'");
    QTest::newRow("time") << QStringLiteral("time_us = time_us + 1");
    QTest::newRow("detail hash") << QStringLiteral(
        "detail_hash = X'0000000000000000000000000000000000000000000000000000000000000000', detail "
        "= NULL");
}

// Someone with a SQL client drops the trigger and edits an entry: verification names it.
void TestAuditLog::catchesEditedColumn()
{
    QFETCH(QString, assignment);
    fill(5);
    m_db.reset();
    QCOMPARE(test::rawSql(
                 m_path, {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                          QStringLiteral("UPDATE audit_log SET %1 WHERE seq = 4").arg(assignment)}),
             QString());
    m_db = test::openHistory(m_path);
    const AuditVerification v = m_db->audit().verify();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBadSeq, 4);
    QCOMPARE(v.entriesChecked, 3);
    QVERIFY(!v.problem.isEmpty());
}

void TestAuditLog::catchesEditedDetail()
{
    fill(3);
    m_db.reset();
    QCOMPARE(
        test::rawSql(
            m_path,
            {QStringLiteral("DROP TRIGGER audit_log_no_update"),
             QStringLiteral(
                 "UPDATE audit_log SET detail = replace(detail, 'Ceri', 'Cerys') WHERE seq = 3")}),
        QString());
    m_db = test::openHistory(m_path);
    const AuditVerification v = m_db->audit().verify();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBadSeq, 3);
    QVERIFY(v.problem.contains(QLatin1String("details")));
}

void TestAuditLog::catchesDeletedEntry()
{
    fill(5);
    m_db.reset();
    QCOMPARE(test::rawSql(m_path, {QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                                   QStringLiteral("DELETE FROM audit_log WHERE seq = 3")}),
             QString());
    m_db = test::openHistory(m_path);
    const AuditVerification v = m_db->audit().verify();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBadSeq, 3);
    QVERIFY(v.problem.contains(QLatin1String("missing")));
}

void TestAuditLog::catchesEmptiedLog()
{
    fill(2);
    m_db.reset();
    QCOMPARE(test::rawSql(m_path, {QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                                   QStringLiteral("DELETE FROM audit_log")}),
             QString());
    m_db = test::openHistory(m_path);
    const AuditVerification v = m_db->audit().verify();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBadSeq, 1);
    QVERIFY(v.problem.contains(QLatin1String("empty")));
}

// An attacker who rewrites an entry and recomputes its own hash still breaks the link
// to the next entry.
void TestAuditLog::catchesRecomputedEntryButNotItsSuccessor()
{
    fill(4);
    QList<AuditEntry> entries = m_db->audit().entries().value();
    AuditEntry forged = entries[2];
    forged.actor = QStringLiteral("login:mallory");
    const QByteArray newHash = AuditLog::computeEntryHash(forged);
    m_db.reset();
    QCOMPARE(
        test::rawSql(
            m_path,
            {QStringLiteral("DROP TRIGGER audit_log_no_update"),
             QStringLiteral(
                 "UPDATE audit_log SET actor = 'login:mallory', entry_hash = X'%1' WHERE seq = 3")
                 .arg(QString::fromLatin1(newHash.toHex()))}),
        QString());
    m_db = test::openHistory(m_path);
    const AuditVerification v = m_db->audit().verify();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBadSeq, 4);
    QVERIFY(v.problem.contains(QLatin1String("does not follow")));
}

void TestAuditLog::appendsFromTwoConnectionsStayOneChain()
{
    auto second = test::openHistory(m_path, QStringLiteral("bob"));
    QVERIFY(second);
    for (int i = 0; i < 20; ++i) {
        QVERIFY(m_db->audit().append(makeEvent(QStringLiteral("a"))));
        QVERIFY(second->audit().append(makeEvent(QStringLiteral("b"))));
    }
    const AuditVerification v = m_db->audit().verify();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.entriesChecked, 41);
}

namespace {

void recordOwnIdentity(Database& db, const crypto::Identity& id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO own_identities (fingerprint, card, storage, status, "
                             "created_at_us) VALUES (?, ?, 'keychain', 'current', 0)"));
    q.addBindValue(id.card().fingerprint());
    q.addBindValue(id.card().toText());
    QVERIFY(q.exec());
}

} // namespace

void TestAuditLog::signedHeadsCatchACutOffTail()
{
    const crypto::Identity me = crypto::Identity::generate(QStringLiteral("Me"));
    recordOwnIdentity(*m_db, me);
    m_db->setSigner(&me);
    fill(5);
    AuditVerification v = m_db->audit().verify();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.signedHeads, 5);
    m_db.reset();
    // Cutting off the tail leaves a perfectly chained log: only the signature knows.
    QCOMPARE(test::rawSql(m_path, {QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                                   QStringLiteral("DELETE FROM audit_log WHERE seq > 4")}),
             QString());
    m_db = test::openHistory(m_path);
    v = m_db->audit().verify();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBadSeq, 5);
    QVERIFY2(v.problem.contains(QLatin1String("cut off")), qPrintable(v.problem));
}

void TestAuditLog::signedHeadsCatchARebuiltChain()
{
    const crypto::Identity me = crypto::Identity::generate(QStringLiteral("Me"));
    recordOwnIdentity(*m_db, me);
    m_db->setSigner(&me);
    fill(4);
    QList<AuditEntry> entries = m_db->audit().entries().value();
    m_db.reset();
    // Rewrite entry 3 and recompute every hash after it, as someone without the key would.
    QStringList sql{QStringLiteral("DROP TRIGGER audit_log_no_update")};
    QByteArray prev = entries[1].entryHash;
    for (qsizetype i = 2; i < entries.size(); ++i) {
        AuditEntry e = entries[i];
        if (i == 2)
            e.actor = QStringLiteral("login:mallory");
        e.prevHash = prev;
        e.entryHash = AuditLog::computeEntryHash(e);
        prev = e.entryHash;
        sql << QStringLiteral("UPDATE audit_log SET actor = '%1', prev_hash = X'%2', entry_hash = "
                              "X'%3' WHERE seq = %4")
                   .arg(e.actor, QString::fromLatin1(e.prevHash.toHex()),
                        QString::fromLatin1(e.entryHash.toHex()))
                   .arg(e.seq);
    }
    QCOMPARE(test::rawSql(m_path, sql), QString());
    m_db = test::openHistory(m_path);
    const AuditVerification v = m_db->audit().verify();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBadSeq, 3);
    QVERIFY2(v.problem.contains(QLatin1String("rebuilt")), qPrintable(v.problem));
}

void TestAuditLog::signedHeadsFromStrangersAreRefused()
{
    const crypto::Identity stranger = crypto::Identity::generate(QStringLiteral("Stranger"));
    m_db->setSigner(&stranger); // not one of this history's identities
    fill(1);
    const AuditVerification v = m_db->audit().verify();
    QVERIFY(!v.intact);
    QVERIFY(v.problem.contains(QLatin1String("not one of this history's identities")));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
