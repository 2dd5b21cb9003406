// Moving a history between engines (store/HistoryTransfer): a desktop's SQLite history
// into an empty register (PostgreSQL in the _pg twin, another SQLite file otherwise),
// and back out to a file, carrying every record and the audit chain hash for hash.
#include "shares/Approval.h"
#include "shares/ShareStore.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/HistoryTransfer.h"
#include "store/OwnIdentityRecords.h"
#include "support/TestSupport.h"

#include "core/shares/SharesFixture.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sharewise;
using namespace sharewise::shares;
using namespace sharewise::testshares;

namespace {

const QString kPreparer = u"Owen Preparer"_s;
const QString kReviewer = u"Rhian Reviewer"_s;

// A local history file, always SQLite, whatever engine the suite runs on.
std::unique_ptr<Database> openFile(const QString& path, const QString& actor,
                                   bool recordCreation = true)
{
    Database::Options o;
    o.path = path;
    o.actor = actor;
    o.recordCreation = recordCreation;
    Result<std::unique_ptr<Database>> db = Database::open(o);
    if (!db)
        qFatal("open %s: %s", qPrintable(path), qPrintable(db.error().fullMessage()));
    return std::move(db).value();
}

qint64 count(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    return q.exec(u"SELECT count(*) FROM %1"_s.arg(table)) && q.next() ? q.value(0).toLongLong()
                                                                       : -1;
}

QList<QByteArray> hashes(Database& db)
{
    QList<QByteArray> out;
    const QList<AuditEntry> entries = db.audit().entries().value();
    for (const AuditEntry& e : entries)
        out << e.entryHash;
    return out;
}

} // namespace

class TestHistoryTransfer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(crypto::initialise());
        m_preparer = crypto::Identity::generate(kPreparer);
        m_reviewer = crypto::Identity::generate(kReviewer);
        m_recipient = crypto::Identity::generate(u"Alex Smith"_s);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_sourcePath = m_dir->filePath(u"desktop.sqlite"_s);
        m_source = openFile(m_sourcePath, kPreparer);
        // The desktop's own identity signs its audit heads, as the program's does.
        QVERIFY(OwnIdentityRecords(*m_source).addCurrent(m_preparer.card(), u"keychain"_s, {}));
        m_source->setSigner(&m_preparer);
        fillSource();
    }

    void cleanup()
    {
        m_source.reset();
        m_dir.reset();
    }

    void carriesEverythingWithTheSameChain();
    void copiedRegisterKeepsWorking();
    void refusesATargetThatIsNotEmpty();
    void refusesASourceThatFailsItsCheck();
    void roundTripBackToAFile();

private:
    void fillSource()
    {
        const agreements::Agreement a = recordAgreement(
            *m_source, agreementFor(u"DSA-MOVE-1"_s, m_recipient.card().fingerprint()));
        ShareStore store(*m_source);
        for (int i = 0; i < 3; ++i) {
            ShareRecord s;
            s.agreementReference = a.reference;
            s.agreementVersion = a.version;
            s.agreementHash = a.contentHash;
            s.partner = u"Department for Housing"_s;
            s.datasetName = u"clients-%1.csv"_s.arg(i);
            s.profileJson = redactionProfile(a.reference).toBytes();
            s.recipients = {m_recipient.card()};
            s.reviewRequired = true;
            Result<ShareRecord> draft = store.createDraft(s);
            QVERIFY(draft);
            if (i == 0)
                continue; // one stays a draft
            ShareBinding b = bindingFor(a, m_preparer.card().fingerprint(),
                                        {m_recipient.card().fingerprint()}, char('a' + i));
            Result<ShareRecord> sent =
                store.submit(draft->id, draft->rowVersion, b, QJsonObject{{u"rows"_s, 200}});
            QVERIFY(sent);
            if (i == 2) {
                auto reviewerDb = openFile(m_sourcePath, kReviewer);
                Result<ShareDecision> d =
                    decide(sent.value(), m_reviewer, kReviewer, true, {}, Clock::nowUs());
                QVERIFY(d);
                QVERIFY(
                    ShareStore(*reviewerDb).recordDecision(sent->id, sent->rowVersion, d.value()));
            }
        }
        m_agreement = a;
    }

    // The empty target: the engine the suite runs on.
    std::unique_ptr<Database> openTarget(const QString& name)
    {
        Database::Options o = test::historyOptions(m_dir->filePath(name), u"IT Migrator"_s);
        o.recordCreation = false;
        Result<std::unique_ptr<Database>> db = Database::open(o);
        if (!db)
            qFatal("target: %s", qPrintable(db.error().fullMessage()));
        return std::move(db).value();
    }

    crypto::Identity m_preparer;
    crypto::Identity m_reviewer;
    crypto::Identity m_recipient;
    agreements::Agreement m_agreement;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_sourcePath;
    std::unique_ptr<Database> m_source;
};

void TestHistoryTransfer::carriesEverythingWithTheSameChain()
{
    auto target = openTarget(u"register"_s);
    QCOMPARE(count(*target, u"audit_log"_s), 0);
    const QList<QByteArray> before = hashes(*m_source);
    QVERIFY(before.size() >= 8);

    Result<TransferReport> r = copyHistory(*m_source, *target);
    QVERIFY2(r, r ? "" : qPrintable(r.error().fullMessage()));
    QCOMPARE(r->auditEntries, qint64(before.size()));
    QVERIFY(r->signedHeads > 0);
    for (const QString& table : transferredTables()) {
        if (table == u"audit_log"_s)
            continue;
        QCOMPARE(count(*target, table), count(*m_source, table));
    }
    // The chain is the source's, entry for entry, then the import's own entry.
    const QList<QByteArray> after = hashes(*target);
    QCOMPARE(after.size(), before.size() + 1);
    QCOMPARE(after.mid(0, before.size()), before);
    const AuditVerification v = target->audit().verify();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.entriesChecked, qint64(before.size() + 1));
    QCOMPARE(target->audit().entries().value().last().action, u"history.imported"_s);

    // Shares, decisions and the agreement read back the same.
    QCOMPARE(ShareStore(*target).list({}).value().size(), 3);
    QCOMPARE(count(*target, u"share_decisions"_s), 1);
    Result<agreements::Agreement> a =
        agreements::AgreementRegister(*target).find(m_agreement.reference);
    QVERIFY(a);
    QCOMPARE(a->contentHash, m_agreement.contentHash);
}

// New records after the copy take fresh ids (PostgreSQL's identities moved past the
// copied ones) and extend the same chain.
void TestHistoryTransfer::copiedRegisterKeepsWorking()
{
    auto target = openTarget(u"register"_s);
    QVERIFY(copyHistory(*m_source, *target));
    const qint64 maxId = [&] {
        QSqlQuery q(target->connection());
        return q.exec(u"SELECT max(id) FROM shares"_s) && q.next() ? q.value(0).toLongLong() : 0;
    }();
    ShareRecord s;
    s.agreementReference = m_agreement.reference;
    s.agreementVersion = m_agreement.version;
    s.agreementHash = m_agreement.contentHash;
    s.datasetName = u"after.csv"_s;
    s.profileJson = redactionProfile(m_agreement.reference).toBytes();
    s.recipients = {m_recipient.card()};
    Result<ShareRecord> made = ShareStore(*target).createDraft(s);
    QVERIFY2(made, made ? "" : qPrintable(made.error().fullMessage()));
    QVERIFY(made->id > maxId);
    QVERIFY(target->audit().verify().intact);
}

void TestHistoryTransfer::refusesATargetThatIsNotEmpty()
{
    // A register that recorded its own creation already has a chain of its own.
    const QString path = m_dir->filePath(u"used"_s);
    auto used = test::openHistory(path);
    QVERIFY(used);
    const qint64 entries = count(*used, u"audit_log"_s);
    Result<TransferReport> r = copyHistory(*m_source, *used);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::Usage);
    QVERIFY(r.error().message.contains(u"not empty"_s));
    QCOMPARE(count(*used, u"audit_log"_s), entries);
    QCOMPARE(count(*used, u"shares"_s), 0);
}

void TestHistoryTransfer::refusesASourceThatFailsItsCheck()
{
    m_source.reset();
    {
        // Tamper as someone with a SQL client would, on the file itself.
        QSqlDatabase c = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        c.setDatabaseName(m_sourcePath);
        QVERIFY(c.open());
        QSqlQuery q(c);
        QVERIFY(q.exec(u"DROP TRIGGER audit_log_no_update"_s));
        QVERIFY(q.exec(u"UPDATE audit_log SET actor = 'Mallory' WHERE seq = 2"_s));
        q.finish();
        c.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
    m_source = openFile(m_sourcePath, kPreparer);
    auto target = openTarget(u"register"_s);
    Result<TransferReport> r = copyHistory(*m_source, *target);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::Verification);
    QCOMPARE(count(*target, u"shares"_s), 0);
    QCOMPARE(count(*target, u"audit_log"_s), 0);
}

// Out of the register again into a new file: the same records and chain.
void TestHistoryTransfer::roundTripBackToAFile()
{
    auto target = openTarget(u"register"_s);
    QVERIFY(copyHistory(*m_source, *target));
    auto back = openFile(m_dir->filePath(u"back.sqlite"_s), u"IT Migrator"_s, false);
    Result<TransferReport> r = copyHistory(*target, *back);
    QVERIFY2(r, r ? "" : qPrintable(r.error().fullMessage()));
    const QList<QByteArray> there = hashes(*target);
    const QList<QByteArray> here = hashes(*back);
    QCOMPARE(here.mid(0, there.size()), there);
    QVERIFY(back->audit().verify().intact);
    for (const QString& table : transferredTables()) {
        if (table != u"audit_log"_s)
            QCOMPARE(count(*back, table), count(*target, table));
    }
}

QTEST_GUILESS_MAIN(TestHistoryTransfer)
#include "tst_historytransfer.moc"
