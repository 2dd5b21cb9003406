// Outputs returned and incidents over a real history: what came back recorded against
// a promised output and the shares that fed it, the refusals (an output not promised,
// a share of another agreement, a share never sealed), the due list; an incident's
// 72-hour deadline, who decides, its audit entry, and that it cannot be deleted
// or changed.
#include "shares/Incidents.h"
#include "shares/Outputs.h"
#include "shares/ShareStore.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "support/TestSupport.h"

#include "SharesFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <sodium.h>

using namespace Qt::StringLiterals;
using namespace sharewise;
using namespace sharewise::shares;
using namespace sharewise::testshares;

namespace {

const QString kPreparer = u"Owen Preparer"_s;

template <typename T>
QString messageOf(const Result<T>& r)
{
    return r.ok() ? QString() : r.error().fullMessage();
}

int count(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestOutputsIncidents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(crypto::initialise());
        m_preparer = crypto::Identity::generate(kPreparer);
        m_recipient = crypto::Identity::generate(u"Alex Smith"_s);
    }

    void init()
    {
        m_nowUs = QDateTime(QDate(2026, 6, 1), QTime(9, 30), Qt::UTC).toMSecsSinceEpoch() * 1000;
        Clock::setSourceForTesting([this] { return m_nowUs; });
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(u"history.db"_s);
        m_db = test::openHistory(m_path, kPreparer);
        QVERIFY(m_db);
        m_agreement = recordAgreement(
            *m_db, agreementFor(u"DSA-TEST-1"_s, m_recipient.card().fingerprint(), false));
        m_other = recordAgreement(
            *m_db, agreementFor(u"DSA-TEST-2"_s, m_recipient.card().fingerprint(), false));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
        Clock::setSourceForTesting({});
    }

    void recordAgainstPromisedOutput();
    void refusals();
    void dueListsOverdueFirstAndMarksReturned();
    void incidentDeadlineAndDpo();
    void incidentsCannotBeDeleted();

private:
    // A share sealed (without review) under `a`.
    ShareRecord sealedShare(const agreements::Agreement& a)
    {
        ShareStore store(*m_db);
        ShareRecord s;
        s.agreementReference = a.reference;
        s.agreementVersion = a.version;
        s.agreementHash = a.contentHash;
        s.datasetName = u"clients.csv"_s;
        s.recipients = {m_recipient.card()};
        s.reviewRequired = false;
        Result<ShareRecord> draft = store.createDraft(s);
        if (!draft)
            qFatal("createDraft: %s", qPrintable(draft.error().fullMessage()));
        const ShareBinding b =
            bindingFor(a, m_preparer.card().fingerprint(), {m_recipient.card().fingerprint()});
        bundle::SealResult sealed;
        sealed.file = u"/nowhere/b.swb"_s;
        sealed.bundleId = QByteArray(16, '\0');
        randombytes_buf(sealed.bundleId.data(), 16);
        sealed.headerHash = bytesOf('h');
        sealed.dataHash = b.dataHash;
        sealed.signature = QByteArray(64, 's');
        sealed.recipients = {m_recipient.card()};
        Result<ShareRecord> done = store.markSealed(draft->id, draft->rowVersion, b, {}, sealed);
        if (!done)
            qFatal("markSealed: %s", qPrintable(done.error().fullMessage()));
        return done.value();
    }

    ReturnedOutput output(const QString& title, const QList<qint64>& shares) const
    {
        ReturnedOutput o;
        o.agreementReference = m_agreement.reference;
        o.outputTitle = title;
        o.description = u"Tables by local authority, quarter 1."_s;
        o.receivedOn = QDate(2026, 5, 30);
        o.shareIds = shares;
        return o;
    }

    crypto::Identity m_preparer;
    crypto::Identity m_recipient;
    qint64 m_nowUs = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    agreements::Agreement m_agreement;
    agreements::Agreement m_other;
};

void TestOutputsIncidents::recordAgainstPromisedOutput()
{
    const ShareRecord a = sealedShare(m_agreement);
    const ShareRecord b = sealedShare(m_agreement);
    const QString attached = m_dir->filePath(u"q1-tables.pdf"_s);
    QVERIFY(writeFile(attached, "%PDF-1.4 tables"));

    OutputsRegister reg(*m_db);
    Result<ReturnedOutput> r =
        reg.record(output(u"Quarterly statistics release"_s, {a.id, b.id}), attached);
    QVERIFY2(r.ok(), qPrintable(messageOf(r)));
    QVERIFY(r->id > 0);
    QCOMPARE(r->fileName, u"q1-tables.pdf"_s);
    QCOMPARE(r->fileHash, crypto::Blake2b256::hash("%PDF-1.4 tables"));
    QCOMPARE(r->recordedBy, kPreparer);
    QCOMPARE(r->recordedUs, m_nowUs);

    const QList<ReturnedOutput> back = reg.returned(m_agreement.reference).value();
    QCOMPARE(back.size(), 1);
    QCOMPARE(back[0].outputTitle, u"Quarterly statistics release"_s);
    QCOMPARE(back[0].description, u"Tables by local authority, quarter 1."_s);
    QCOMPARE(back[0].receivedOn, QDate(2026, 5, 30));
    QCOMPARE(back[0].shareIds, (QList<qint64>{a.id, b.id}));
    QCOMPARE(back[0].fileHash, r->fileHash);
    QVERIFY(reg.returned(m_other.reference)->isEmpty());
    QCOMPARE(count(*m_db, u"SELECT count(*) FROM returned_outputs WHERE expected_output_id IS "
                          u"NOT NULL"_s),
             1);

    // An audit entry on the agreement, naming the shares; the chain holds.
    const QList<AuditEntry> all = m_db->audit().entries().value();
    const auto it = std::find_if(all.cbegin(), all.cend(), [](const AuditEntry& e) {
        return e.action == u"output.returned"_s;
    });
    QVERIFY(it != all.cend());
    QCOMPARE(it->objectId, m_agreement.reference);
    const QJsonObject detail = QJsonDocument::fromJson(it->detail.value_or(QByteArray())).object();
    QCOMPARE(detail.value(u"shares"_s).toArray().size(), 2);
    QVERIFY(m_db->audit().verify().intact);

    // With a link and no file, and without a promised title: a description will do.
    ReturnedOutput linked = output({}, {a.id});
    linked.link = u"https://example.gov.uk/stats"_s;
    Result<ReturnedOutput> r2 = reg.record(linked);
    QVERIFY2(r2.ok(), qPrintable(messageOf(r2)));
    QCOMPARE(reg.returned(m_agreement.reference)->size(), 2);
}

void TestOutputsIncidents::refusals()
{
    const ShareRecord mine = sealedShare(m_agreement);
    const ShareRecord theirs = sealedShare(m_other);
    OutputsRegister reg(*m_db);

    Result<ReturnedOutput> unknown = reg.record(output(u"Monthly dashboard"_s, {mine.id}));
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.contains(u"Monthly dashboard"_s));

    Result<ReturnedOutput> otherAgreement =
        reg.record(output(u"Quarterly statistics release"_s, {mine.id, theirs.id}));
    QVERIFY(!otherAgreement.ok());
    QVERIFY(otherAgreement.error().message.contains(u"DSA-TEST-2"_s));

    ShareRecord draftOnly;
    draftOnly.agreementReference = m_agreement.reference;
    draftOnly.agreementVersion = 1;
    const ShareRecord draft = ShareStore(*m_db).createDraft(draftOnly).value();
    QVERIFY(!reg.record(output(u"Quarterly statistics release"_s, {draft.id})).ok());
    QVERIFY(!reg.record(output(u"Quarterly statistics release"_s, {99999})).ok());

    ReturnedOutput noDate = output(u"Quarterly statistics release"_s, {mine.id});
    noDate.receivedOn = QDate();
    QVERIFY(!reg.record(noDate).ok());
    ReturnedOutput nothing = output({}, {mine.id});
    nothing.description = u"  "_s;
    QVERIFY(!reg.record(nothing).ok());
    ReturnedOutput noAgreement = output(u"Quarterly statistics release"_s, {});
    noAgreement.agreementReference = u"DSA-NONE"_s;
    QVERIFY(!reg.record(noAgreement).ok());
    QVERIFY(!reg.record(output(u"Quarterly statistics release"_s, {mine.id}),
                        m_dir->filePath(u"missing.pdf"_s))
                 .ok());

    QCOMPARE(count(*m_db, u"SELECT count(*) FROM returned_outputs"_s), 0);
    QCOMPARE(count(*m_db, u"SELECT count(*) FROM returned_output_shares"_s), 0);
}

void TestOutputsIncidents::dueListsOverdueFirstAndMarksReturned()
{
    const QDate today = Clock::today();
    OutputsRegister reg(*m_db);
    Result<QList<OutputDue>> due = reg.due(today);
    QVERIFY(due.ok());
    // Two agreements, each promising an overdue release and a later report.
    QCOMPARE(due->size(), 4);
    QVERIFY(due->at(0).isOverdue(today));
    QVERIFY(due->at(1).isOverdue(today));
    QVERIFY(!due->at(2).isOverdue(today));
    QVERIFY(!due->at(3).isOverdue(today));
    QCOMPARE(due->at(0).title, u"Quarterly statistics release"_s);
    QCOMPARE(due->at(0).due, today.addDays(-10));
    QCOMPARE(due->at(2).title, u"Annual report"_s);
    QVERIFY(due->at(2).isDueSoon(today, 60));
    QVERIFY(!due->at(2).isDueSoon(today, 30));
    for (const OutputDue& d : due.value())
        QVERIFY(!d.returned);

    const ShareRecord s = sealedShare(m_agreement);
    QVERIFY(reg.record(output(u"Quarterly statistics release"_s, {s.id})).ok());
    due = reg.due(today);
    QVERIFY(due.ok());
    QCOMPARE(due->size(), 4);
    // Only the other agreement's release is still overdue; ours is returned.
    QCOMPARE(due->at(0).agreementReference, m_other.reference);
    QVERIFY(due->at(0).isOverdue(today));
    int returned = 0;
    for (const OutputDue& d : due.value()) {
        if (d.returned) {
            ++returned;
            QCOMPARE(d.agreementReference, m_agreement.reference);
            QCOMPARE(d.title, u"Quarterly statistics release"_s);
            QCOMPARE(d.returnedOn, QDate(2026, 5, 30));
            QVERIFY(!d.isOverdue(today));
        }
    }
    QCOMPARE(returned, 1);
    QVERIFY(due->constLast().returned); // returned ones after those still to come

    // An ended agreement's outputs are no longer due.
    QVERIFY(agreements::AgreementRegister(*m_db)
                .setStatus(m_other.reference, agreements::AgreementStatus::Ended, u"Finished."_s)
                .ok());
    QCOMPARE(reg.due(today)->size(), 2);
}

void TestOutputsIncidents::incidentDeadlineAndDpo()
{
    const ShareRecord s = sealedShare(m_agreement);
    IncidentLog log(*m_db);
    QVERIFY(!log.report(s.id, IncidentKind::WrongRecipient, u"  "_s).ok());
    QVERIFY(!log.report(99999, IncidentKind::WrongRecipient, u"Sent to the wrong team."_s).ok());

    Result<Incident> i =
        log.report(s.id, IncidentKind::WrongRecipient, u"Uploaded to the wrong portal."_s);
    QVERIFY2(i.ok(), qPrintable(messageOf(i)));
    QCOMPARE(i->reportedUs, m_nowUs);
    QCOMPARE(i->icoDeadlineUs - i->reportedUs, 72LL * 3600 * 1000 * 1000);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(i->icoDeadlineUs / 1000, Qt::UTC),
             QDateTime(QDate(2026, 6, 4), QTime(9, 30), Qt::UTC));
    QCOMPARE(i->decidedBy, u"Mair Evans"_s); // the DPO in the agreement's sign-offs
    QCOMPARE(i->reportedBy, kPreparer);
    QCOMPARE(i->shareUid, s.uid);
    QCOMPARE(i->kind, IncidentKind::WrongRecipient);

    const QString next = incidentNextSteps(i.value());
    QVERIFY(next.contains(u"Mair Evans"_s));
    QVERIFY(next.contains(u"72 hours"_s));
    QVERIFY(next.contains(u"2026"_s));
    // The deadline in the user's local time, short date and time to the minute: no
    // seconds (not even where the locale's short time has them), no "UTC".
    const QDateTime localDeadline =
        QDateTime::fromMSecsSinceEpoch(i->icoDeadlineUs / 1000).toLocalTime();
    QVERIFY2(next.contains(QLocale().toString(localDeadline.date(), QLocale::ShortFormat)),
             qPrintable(next));
    QVERIFY2(!next.contains(localDeadline.time().toString(u"HH:mm:ss"_s)), qPrintable(next));
    QVERIFY2(!next.contains(u"UTC"_s), qPrintable(next));
    {
        const QLocale was;
        const auto restore = qScopeGuard([&] { QLocale::setDefault(was); });
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const QString uk = incidentNextSteps(i.value());
        QVERIFY2(uk.contains(u"by "_s + localDeadline.toString(u"dd/MM/yyyy HH:mm"_s) + u'.'),
                 qPrintable(uk));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString us = incidentNextSteps(i.value());
        QVERIFY2(us.contains(u"by "_s + localDeadline.toString(u"M/d/yy h:mm AP"_s) + u'.'),
                 qPrintable(us));
    }

    // Read back as recorded.
    const QList<Incident> forShare = log.forShare(s.id).value();
    QCOMPARE(forShare.size(), 1);
    QCOMPARE(forShare[0].icoDeadlineUs, i->icoDeadlineUs);
    QCOMPARE(forShare[0].decidedBy, u"Mair Evans"_s);
    QCOMPARE(forShare[0].description, u"Uploaded to the wrong portal."_s);
    QCOMPARE(log.all()->size(), 1);

    // In the share's audit trail; the chain holds.
    const QList<AuditEntry> trail = ShareStore(*m_db).auditTrail(s.uid).value();
    QCOMPARE(trail.constLast().action, u"share.incident_reported"_s);
    const QJsonObject detail =
        QJsonDocument::fromJson(trail.constLast().detail.value_or(QByteArray())).object();
    QCOMPARE(detail.value(u"kind"_s).toString(), u"wrong_recipient"_s);
    QCOMPARE(detail.value(u"ico_deadline_us"_s).toString(), QString::number(i->icoDeadlineUs));
    QVERIFY(m_db->audit().verify().intact);

    // An agreement without a named DPO: the DPO is still who decides, unnamed.
    agreements::Agreement noDpo =
        agreementFor(u"DSA-TEST-3"_s, m_recipient.card().fingerprint(), false);
    noDpo.status = agreements::AgreementStatus::Draft;
    noDpo.signOffs.removeIf(
        [](const agreements::SignOff& o) { return o.role == agreements::SignOffRole::Dpo; });
    recordAgreement(*m_db, noDpo);
    ShareRecord d;
    d.agreementReference = noDpo.reference;
    d.agreementVersion = 1;
    const ShareRecord draft = ShareStore(*m_db).createDraft(d).value();
    m_nowUs += 3600LL * 1000 * 1000;
    Result<Incident> j = log.report(draft.id, IncidentKind::Other, u"Wrong quarter."_s);
    QVERIFY2(j.ok(), qPrintable(messageOf(j)));
    QVERIFY(j->decidedBy.isEmpty());
    QCOMPARE(j->icoDeadlineUs, m_nowUs + 72LL * 3600 * 1000 * 1000);
    QVERIFY(incidentNextSteps(j.value()).contains(u"Data Protection Officer"_s));
    QCOMPARE(log.all()->constFirst().id, j->id); // newest first
}

void TestOutputsIncidents::incidentsCannotBeDeleted()
{
    const ShareRecord s = sealedShare(m_agreement);
    IncidentLog log(*m_db);
    QVERIFY(log.report(s.id, IncidentKind::TooMuchData, u"Postcodes were full."_s).ok());
    const QString error = test::rawSql(m_path, {u"DELETE FROM incidents"_s});
    QVERIFY2(error.contains(u"cannot be deleted"_s), qPrintable(error));
    const QString changed =
        test::rawSql(m_path, {u"UPDATE incidents SET description = 'Nothing happened.'"_s});
    QVERIFY2(changed.contains(u"cannot be changed"_s), qPrintable(changed));
    QCOMPARE(count(*m_db, u"SELECT count(*) FROM incidents"_s), 1);
    QCOMPARE(log.forShare(s.id)->constFirst().description, u"Postcodes were full."_s);
    QCOMPARE(log.forShare(s.id)->size(), 1);
}

QTEST_GUILESS_MAIN(TestOutputsIncidents)
#include "tst_outputsincidents.moc"
