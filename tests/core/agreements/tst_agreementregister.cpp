// The agreements register over a real history: versions kept and never changed,
// refusals (duplicate, stale, unchanged, invalid), status rules, list filters, export
// and import, and the audit entries of every change.
#include "agreements/AgreementRegister.h"
#include "crypto/Sodium.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sharewise;
using namespace sharewise::agreements;

namespace {

// As in tst_agreement: the content hash of tests/data/agreements/full.json, by Python.
constexpr char kFullHash[] = "bc9d681b2b8b1b9481c8ddae2281d091c490bcabe167121c790bd0d840673b55";

template <typename T>
QString messageOf(const Result<T>& r)
{
    return r.ok() ? QString() : r.error().fullMessage();
}

QByteArray fullBytes()
{
    QFile f(qEnvironmentVariable("SHAREWISE_TEST_DATA") + u"/agreements/full.json"_s);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Agreement full()
{
    Result<Agreement> a = Agreement::fromBytes(fullBytes(), u"full.json"_s);
    if (!a)
        qFatal("full.json does not load");
    return a.value();
}

// A complete draft under another reference.
Agreement draft(const QString& reference)
{
    Agreement a = full();
    a.reference = reference;
    a.status = AgreementStatus::Draft;
    return a;
}

QList<AuditEntry> entriesFor(Database& db, const QString& action)
{
    QList<AuditEntry> out;
    const QList<AuditEntry> all = db.audit().entries().value();
    for (const AuditEntry& e : all) {
        if (e.action == action)
            out.append(e);
    }
    return out;
}

QJsonObject detailOf(const AuditEntry& e)
{
    return QJsonDocument::fromJson(e.detail.value_or(QByteArray())).object();
}

int count(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestAgreementRegister : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(crypto::initialise()); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(u"history.db"_s);
        m_db = test::openHistory(m_path);
        QVERIFY(m_db);
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void createAndFind()
    {
        AgreementRegister reg(*m_db);
        Result<Agreement> made = reg.create(full(), u"First version"_s);
        QVERIFY2(made.ok(), qPrintable(messageOf(made)));
        QCOMPARE(made->version, 1);
        QCOMPARE(made->contentHash.toHex(), QByteArray(kFullHash));

        Result<Agreement> found = reg.find(u"DSA-2026-004"_s);
        QVERIFY2(found.ok(), qPrintable(messageOf(found)));
        QVERIFY(found.value() == full());
        QCOMPARE(found->version, 1);
        QCOMPARE(found->contentHash.toHex(), QByteArray(kFullHash));

        Result<QList<AgreementVersionInfo>> versions = reg.versions(u"DSA-2026-004"_s);
        QVERIFY(versions.ok());
        QCOMPARE(versions->size(), 1);
        QCOMPARE(versions->at(0).version, 1);
        QCOMPARE(versions->at(0).createdBy, u"tester"_s);
        QCOMPARE(versions->at(0).note, u"First version"_s);
        QCOMPARE(versions->at(0).contentHash.toHex(), QByteArray(kFullHash));
        QVERIFY(versions->at(0).createdAtUs > 0);

        const QList<AuditEntry> created = entriesFor(*m_db, u"agreement.created"_s);
        QCOMPARE(created.size(), 1);
        QCOMPARE(created[0].actor, u"tester"_s);
        QCOMPARE(created[0].objectType, u"agreement"_s);
        QCOMPARE(created[0].objectId, u"DSA-2026-004"_s);
        const QJsonObject d = detailOf(created[0]);
        QCOMPARE(d[u"reference"_s].toString(), u"DSA-2026-004"_s);
        QCOMPARE(d[u"version"_s].toInt(), 1);
        QCOMPARE(d[u"content_hash"_s].toString(), QString::fromLatin1(kFullHash));
        QCOMPARE(d[u"note"_s].toString(), u"First version"_s);

        // The listing columns and the side tables follow the content.
        QCOMPARE(count(*m_db, u"SELECT count(*) FROM agreements WHERE status = 'active' AND "
                              u"ends_on = '2027-03-31' AND review_due_on = '2026-10-01'"_s),
                 1);
        QCOMPARE(count(*m_db, u"SELECT count(*) FROM agreement_parties"_s), 5);
        QCOMPARE(count(*m_db, u"SELECT count(*) FROM agreement_parties WHERE role = 'recipient'"_s),
                 2);
        QCOMPARE(count(*m_db, u"SELECT count(*) FROM expected_outputs WHERE due_on = "
                              u"'2026-07-31'"_s),
                 1);

        Result<Agreement> missing = reg.find(u"DSA-0"_s);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QString::fromLatin1(RegisterError::NotFound));
        Result<Agreement> noVersion = reg.find(u"DSA-2026-004"_s, 2);
        QVERIFY(!noVersion.ok());
        QCOMPARE(noVersion.error().code, QString::fromLatin1(RegisterError::NotFound));
    }

    void duplicateAndInvalidAreRefused()
    {
        AgreementRegister reg(*m_db);
        QVERIFY(reg.create(full()).ok());
        Result<Agreement> again = reg.create(full());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QString::fromLatin1(RegisterError::Exists));

        Agreement noTitle = draft(u"DSA-X"_s);
        noTitle.title.clear();
        Result<Agreement> r1 = reg.create(noTitle);
        QVERIFY(!r1.ok());
        QCOMPARE(r1.error().kind, ErrorKind::BadInput);
        QCOMPARE(r1.error().code, QString::fromLatin1(RegisterError::Invalid));

        Agreement unsigned_ = draft(u"DSA-Y"_s);
        unsigned_.signOffs.clear();
        unsigned_.status = AgreementStatus::Active;
        Result<Agreement> r2 = reg.create(unsigned_);
        QVERIFY(!r2.ok());
        QCOMPARE(r2.error().kind, ErrorKind::Policy);
        QVERIFY(r2.error().message.contains(u"signed"_s));
        // As a draft it may be recorded.
        unsigned_.status = AgreementStatus::Draft;
        QVERIFY(reg.create(unsigned_).ok());
        QCOMPARE(count(*m_db, u"SELECT count(*) FROM agreements"_s), 2);
    }

    void updateKeepsEveryVersion()
    {
        AgreementRegister reg(*m_db);
        QVERIFY(reg.create(full()).ok());
        Agreement edited = reg.find(u"DSA-2026-004"_s).value();
        edited.endsOn = QDate(2028, 3, 31);
        edited.outputs.append({u"Annual report"_s, {}, QDate(2027, 5, 1)});
        Result<Agreement> v2 = reg.update(edited, 1, u"Extended to March 2028"_s);
        QVERIFY2(v2.ok(), qPrintable(messageOf(v2)));
        QCOMPARE(v2->version, 2);
        QVERIFY(v2->contentHash.toHex() != QByteArray(kFullHash));

        Result<Agreement> v1 = reg.find(u"DSA-2026-004"_s, 1);
        QVERIFY(v1.ok());
        QVERIFY(v1.value() == full());
        QCOMPARE(v1->contentHash.toHex(), QByteArray(kFullHash));
        QCOMPARE(reg.find(u"DSA-2026-004"_s)->endsOn, QDate(2028, 3, 31));
        QCOMPARE(reg.versions(u"DSA-2026-004"_s)->size(), 2);
        QCOMPARE(reg.versions(u"DSA-2026-004"_s)->at(1).note, u"Extended to March 2028"_s);
        QCOMPARE(count(*m_db, u"SELECT count(*) FROM agreements WHERE ends_on = '2028-03-31' "
                              u"AND current_version = 2"_s),
                 1);
        QCOMPARE(count(*m_db, u"SELECT count(*) FROM expected_outputs"_s), 2);

        // Someone else's version 2 meanwhile: an edit of version 1 is refused.
        Agreement stale = full();
        stale.title = u"Another title"_s;
        Result<Agreement> refused = reg.update(stale, 1, u"x"_s);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QString::fromLatin1(RegisterError::Changed));

        // Nothing changed: nothing recorded.
        Result<Agreement> same = reg.update(v2.value(), 2, u"x"_s);
        QVERIFY(!same.ok());
        QVERIFY(same.error().message.contains(u"Nothing has changed"_s));
        QCOMPARE(reg.versions(u"DSA-2026-004"_s)->size(), 2);

        // Unknown agreements cannot be updated.
        Result<Agreement> unknown = reg.update(draft(u"DSA-9"_s), 1, u"x"_s);
        QCOMPARE(unknown.error().code, QString::fromLatin1(RegisterError::NotFound));

        const QList<AuditEntry> updated = entriesFor(*m_db, u"agreement.updated"_s);
        QCOMPARE(updated.size(), 1);
        QCOMPARE(detailOf(updated[0])[u"version"_s].toInt(), 2);
        QCOMPARE(detailOf(updated[0])[u"content_hash"_s].toString(),
                 QString::fromLatin1(v2->contentHash.toHex()));
        QCOMPARE(detailOf(updated[0])[u"note"_s].toString(), u"Extended to March 2028"_s);
    }

    void versionsCannotBeChangedOrDeleted()
    {
        AgreementRegister reg(*m_db);
        QVERIFY(reg.create(full()).ok());
        QVERIFY(!test::rawSql(m_path, {u"UPDATE agreement_versions SET note = 'x'"_s}).isEmpty());
        QVERIFY(!test::rawSql(m_path, {u"DELETE FROM agreement_versions"_s}).isEmpty());
        // Altered anyway, behind the triggers' back: the hash says so.
        QCOMPARE(test::rawSql(m_path, {u"DROP TRIGGER agreement_versions_no_update"_s,
                                       u"UPDATE agreement_versions SET content_json = "
                                       u"replace(content_json, '2027-03-31', '2029-03-31')"_s}),
                 QString());
        Result<Agreement> found = reg.find(u"DSA-2026-004"_s);
        QVERIFY(!found.ok());
        QCOMPARE(found.error().kind, ErrorKind::Verification);
    }

    void statusRules()
    {
        AgreementRegister reg(*m_db);
        Agreement d = draft(u"DSA-S"_s);
        d.signOffs[0].date = {};
        QVERIFY(reg.create(d).ok());
        const QString ref = u"DSA-S"_s;

        QVERIFY(!reg.setStatus(ref, AgreementStatus::Suspended, u"why"_s).ok()); // not active
        QVERIFY(!reg.setStatus(ref, AgreementStatus::Draft, u"why"_s).ok());     // already
        Result<Agreement> notReady = reg.setStatus(ref, AgreementStatus::Active, {});
        QVERIFY(!notReady.ok());
        QCOMPARE(notReady.error().kind, ErrorKind::Policy);
        QVERIFY(notReady.error().message.contains(u"signed"_s));

        d.signOffs[0].date = QDate(2026, 3, 20);
        QVERIFY(reg.update(d, 1, u"Signed"_s).ok());
        Result<Agreement> active = reg.setStatus(ref, AgreementStatus::Active, {});
        QVERIFY2(active.ok(), qPrintable(messageOf(active)));
        QCOMPARE(active->version, 3);
        QCOMPARE(active->status, AgreementStatus::Active);
        QVERIFY(!reg.setStatus(ref, AgreementStatus::Draft, u"back"_s).ok());

        QVERIFY(!reg.setStatus(ref, AgreementStatus::Suspended, u"  "_s).ok()); // no reason
        Result<Agreement> suspended =
            reg.setStatus(ref, AgreementStatus::Suspended, u"Breach under review"_s);
        QVERIFY(suspended.ok());
        QCOMPARE(suspended->status, AgreementStatus::Suspended);
        QCOMPARE(reg.versions(ref)->constLast().note, u"Breach under review"_s);
        QVERIFY(reg.setStatus(ref, AgreementStatus::Active, u"Resolved"_s).ok());
        QVERIFY(!reg.setStatus(ref, AgreementStatus::Ended, {}).ok()); // no reason
        Result<Agreement> ended = reg.setStatus(ref, AgreementStatus::Ended, u"Project over"_s);
        QVERIFY(ended.ok());
        QCOMPARE(ended->version, 6);

        // Ending is final: no status change and no edit after it.
        Result<Agreement> reopen = reg.setStatus(ref, AgreementStatus::Active, u"again"_s);
        QVERIFY(!reopen.ok());
        QVERIFY(reopen.error().message.contains(u"final"_s));
        Agreement late = ended.value();
        late.title += u" (late)"_s;
        QVERIFY(!reg.update(late, 6, u"x"_s).ok());
        QCOMPARE(reg.versions(ref)->size(), 6);
        // Every earlier version still reads back with its own status.
        QCOMPARE(reg.find(ref, 4)->status, AgreementStatus::Suspended);
        QCOMPARE(reg.find(ref, 1)->status, AgreementStatus::Draft);

        const QList<AuditEntry> changes = entriesFor(*m_db, u"agreement.status_changed"_s);
        QCOMPARE(changes.size(), 4);
        QCOMPARE(detailOf(changes[1])[u"status"_s].toString(), u"suspended"_s);
        QCOMPARE(detailOf(changes[1])[u"previous_status"_s].toString(), u"active"_s);
        QCOMPARE(detailOf(changes[1])[u"note"_s].toString(), u"Breach under review"_s);
        QCOMPARE(detailOf(changes[3])[u"version"_s].toInt(), 6);
    }

    void listFilters()
    {
        AgreementRegister reg(*m_db);
        Agreement current = full(); // active to 2027-03-31, review 2026-10-01
        QVERIFY(reg.create(current).ok());
        Agreement expired = full();
        expired.reference = u"DSA-OLD"_s;
        expired.startsOn = QDate(2024, 1, 1);
        expired.endsOn = QDate(2025, 12, 31);
        expired.reviewDueOn = QDate(2025, 6, 1);
        QVERIFY(reg.create(expired).ok());
        Agreement police = draft(u"DSA-POL"_s);
        police.parties[1].organisation = u"Caerwen Police"_s;
        police.recipients = {{u"Caerwen Police"_s, {}, {}}};
        police.reviewDueOn = QDate(2027, 6, 1);
        QVERIFY(reg.create(police).ok());
        Agreement nfi = draft(u"DSA-NFI"_s);
        nfi.parties.removeLast();
        nfi.parties.removeLast();
        nfi.recipients = {{u"Cabinet Office"_s, {}, current.recipients[0].fingerprint}};
        QVERIFY(reg.create(nfi).ok());
        QVERIFY(reg.setStatus(u"DSA-NFI"_s, AgreementStatus::Active, {}).ok());
        QVERIFY(reg.setStatus(u"DSA-NFI"_s, AgreementStatus::Suspended, u"Paused"_s).ok());

        auto refs = [&](const AgreementFilter& f) {
            QStringList out;
            const QList<Agreement> listed = reg.list(f).value();
            for (const Agreement& a : listed)
                out << a.reference;
            return out;
        };
        AgreementFilter f;
        f.today = QDate(2026, 6, 1);
        QCOMPARE(refs(f),
                 QStringList({u"DSA-2026-004"_s, u"DSA-NFI"_s, u"DSA-OLD"_s, u"DSA-POL"_s}));
        f.status = DisplayStatus::Expired;
        QCOMPARE(refs(f), QStringList({u"DSA-OLD"_s}));
        f.status = DisplayStatus::Active;
        QCOMPARE(refs(f), QStringList({u"DSA-2026-004"_s}));
        f.status = DisplayStatus::Draft;
        QCOMPARE(refs(f), QStringList({u"DSA-POL"_s}));
        f.status = DisplayStatus::Suspended;
        QCOMPARE(refs(f), QStringList({u"DSA-NFI"_s}));
        f.status = DisplayStatus::Ended;
        QCOMPARE(refs(f), QStringList());
        // Past its end on another day: the same agreement is active before, expired after.
        f.status = DisplayStatus::Active;
        f.today = QDate(2027, 4, 1);
        QCOMPARE(refs(f), QStringList());
        f.status = DisplayStatus::Expired;
        QCOMPARE(refs(f), QStringList({u"DSA-2026-004"_s, u"DSA-OLD"_s}));

        f = {};
        f.today = QDate(2026, 6, 1);
        f.partner = u"police"_s; // a party, any case
        QCOMPARE(refs(f), QStringList({u"DSA-POL"_s}));
        f.partner = u"cabinet"_s; // a recipient only
        QCOMPARE(refs(f), QStringList({u"DSA-NFI"_s}));
        f.partner = u"Secure Hosting"_s;
        QCOMPARE(refs(f), QStringList({u"DSA-2026-004"_s, u"DSA-OLD"_s, u"DSA-POL"_s}));
        f.partner = u"Nobody"_s;
        QCOMPARE(refs(f), QStringList());

        f = {};
        f.today = QDate(2026, 6, 1);
        f.reviewDueSoon = true; // by 2026-09-01: only the overdue one
        QCOMPARE(refs(f), QStringList({u"DSA-OLD"_s}));
        f.today = QDate(2026, 7, 2); // by 2026-10-02: 2026-10-01 is due too
        QCOMPARE(refs(f), QStringList({u"DSA-2026-004"_s, u"DSA-NFI"_s, u"DSA-OLD"_s}));
        f.status = DisplayStatus::Active;
        QCOMPARE(refs(f), QStringList({u"DSA-2026-004"_s}));
    }

    void exportAndImport()
    {
        AgreementRegister reg(*m_db);
        QVERIFY(reg.create(full()).ok());
        Result<QByteArray> exported = reg.exportJson(u"DSA-2026-004"_s);
        QVERIFY(exported.ok());
        const QJsonObject o = QJsonDocument::fromJson(exported.value()).object();
        QCOMPARE(o[u"register"_s].toObject()[u"version"_s].toInt(), 1);
        QCOMPARE(o[u"register"_s].toObject()[u"content_hash"_s].toString(),
                 QString::fromLatin1(kFullHash));
        QVERIFY(!reg.exportJson(u"DSA-0"_s).ok());

        // Into another history: created as version 1 with the same content and hash.
        QTemporaryDir other;
        auto db2 = test::openHistory(other.filePath(u"h.db"_s), u"importer"_s);
        QVERIFY(db2);
        AgreementRegister reg2(*db2);
        Result<Agreement> imported = reg2.importJson(exported.value(), u"/home/jsmith/dsa.json"_s);
        QVERIFY2(imported.ok(), qPrintable(messageOf(imported)));
        QCOMPARE(imported->version, 1);
        QCOMPARE(imported->contentHash.toHex(), QByteArray(kFullHash));
        QVERIFY(reg2.find(u"DSA-2026-004"_s).value() == full());
        const QList<AuditEntry> entries = entriesFor(*db2, u"agreement.imported"_s);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].actor, u"importer"_s);
        QCOMPARE(detailOf(entries[0])[u"exported_version"_s].toInt(), 1);
        // The note names the file, not its folder (which may name a person).
        QCOMPARE(reg2.versions(u"DSA-2026-004"_s)->at(0).note, u"Imported from dsa.json"_s);
        QVERIFY(!entries[0].detail->contains("jsmith"));

        // The same file again changes nothing.
        Result<Agreement> again = reg2.importJson(exported.value(), u"dsa.json"_s);
        QVERIFY(again.ok());
        QCOMPARE(again->version, 1);
        QCOMPARE(reg2.versions(u"DSA-2026-004"_s)->size(), 1);
        QCOMPARE(entriesFor(*db2, u"agreement.imported"_s).size(), 1);

        // Changed after export with its hash left in: refused.
        QJsonObject tampered = o;
        tampered[u"title"_s] = u"Changed"_s;
        Result<Agreement> bad = reg2.importJson(QJsonDocument(tampered).toJson(), u"t.json"_s);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, ErrorKind::Verification);
        QCOMPARE(bad.error().where, u"t.json"_s);

        // Without the register block the change is imported as a new version.
        tampered.remove(u"register"_s);
        Result<Agreement> v2 = reg2.importJson(QJsonDocument(tampered).toJson(), u"t.json"_s);
        QVERIFY2(v2.ok(), qPrintable(messageOf(v2)));
        QCOMPARE(v2->version, 2);
        QCOMPARE(reg2.find(u"DSA-2026-004"_s)->title, u"Changed"_s);
        QCOMPARE(reg2.find(u"DSA-2026-004"_s, 1)->contentHash.toHex(), QByteArray(kFullHash));
        QCOMPARE(entriesFor(*db2, u"agreement.imported"_s).size(), 2);

        // A bad register block, a bad key and an invalid agreement name their place.
        QJsonObject badBlock = o;
        badBlock[u"register"_s] = QJsonObject{{u"version"_s, 1}, {u"hash"_s, u"x"_s}};
        Result<Agreement> b1 = reg2.importJson(QJsonDocument(badBlock).toJson(), u"b.json"_s);
        QVERIFY(!b1.ok());
        QVERIFY(b1.error().message.contains(u"\"register.hash\""_s));
        QJsonObject badKey = tampered;
        badKey[u"sign_offs"_s] = QJsonArray{QJsonObject{{u"name"_s, u"A"_s}, {u"when"_s, 1}}};
        Result<Agreement> b2 = reg2.importJson(QJsonDocument(badKey).toJson(), u"b.json"_s);
        QVERIFY(!b2.ok());
        QVERIFY(b2.error().message.contains(u"\"sign_offs[0].when\""_s));
        QCOMPARE(b2.error().where, u"b.json"_s);
        QJsonObject noRef = tampered;
        noRef[u"reference"_s] = QString();
        Result<Agreement> b3 = reg2.importJson(QJsonDocument(noRef).toJson(), u"b.json"_s);
        QVERIFY(!b3.ok());
        QCOMPARE(b3.error().code, QString::fromLatin1(RegisterError::Invalid));
        QCOMPARE(reg2.versions(u"DSA-2026-004"_s)->size(), 2);
    }

    void auditChainVerifies()
    {
        AgreementRegister reg(*m_db);
        QVERIFY(reg.create(draft(u"DSA-A"_s)).ok());
        QVERIFY(reg.setStatus(u"DSA-A"_s, AgreementStatus::Active, {}).ok());
        Agreement a = reg.find(u"DSA-A"_s).value();
        a.purpose += u" Also for planning."_s;
        QVERIFY(reg.update(a, 2, u"Purpose widened"_s).ok());
        QVERIFY(reg.importJson(reg.exportJson(u"DSA-A"_s).value(), u"same.json"_s).ok());
        const AuditVerification v = m_db->audit().verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(entriesFor(*m_db, u"agreement.created"_s).size(), 1);
        QCOMPARE(entriesFor(*m_db, u"agreement.status_changed"_s).size(), 1);
        QCOMPARE(entriesFor(*m_db, u"agreement.updated"_s).size(), 1);
        QCOMPARE(entriesFor(*m_db, u"agreement.imported"_s).size(), 0); // nothing new
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestAgreementRegister)
#include "tst_agreementregister.moc"
