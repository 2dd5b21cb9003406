// Several desktops on one register at once (issue 9): officers drafting and submitting,
// a reviewer approving and sending back what is pending, a writer of plain audit entries,
// and pairs of stale screens changing the same share from the same row version — each
// thread with its own connection, all at the same time. Afterwards nothing is lost: every
// share is there with the changes it went through (its row version and its audit entries
// agree), every decided share has exactly one decision, each race had exactly one winner,
// and the audit chain is one chain of consecutive entries that verifies with every signed
// head. Run on SQLite (one file, several connections) and on the PostgreSQL server.
#include "shares/Approval.h"
#include "shares/ShareStore.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/OwnIdentityRecords.h"
#include "support/TestSupport.h"

#include "core/shares/SharesFixture.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <barrier>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace sharewise;
using namespace sharewise::shares;
using namespace sharewise::testshares;

namespace {

constexpr int kOfficers = 4;
constexpr int kSharesEach = 25;
constexpr int kRaces = 12;
constexpr int kNotes = 40;
const QString kReviewerName = u"Rhian Reviewer"_s;

// What the threads report back, under a lock.
class Outcomes
{
public:
    void fail(const QString& what)
    {
        QMutexLocker lock(&m_mutex);
        m_failures << what;
    }
    [[nodiscard]] QStringList failures() const
    {
        QMutexLocker lock(&m_mutex);
        return m_failures;
    }

private:
    mutable QMutex m_mutex;
    QStringList m_failures;
};

int scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestConcurrentRegister : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void severalDesktopsAtOnce();

private:
    // Opens this thread's own connection, acting as `actor` and signing as `signer`.
    std::unique_ptr<Database> connect(const QString& actor, const crypto::Identity* signer)
    {
        Database::Options o = m_options;
        o.actor = actor;
        Result<std::unique_ptr<Database>> db = Database::open(o);
        if (!db) {
            m_outcomes.fail(actor + u": could not open: "_s + db.error().fullMessage());
            return nullptr;
        }
        db.value()->setSigner(signer);
        return std::move(db).value();
    }

    ShareRecord draftRecord() const
    {
        ShareRecord s;
        s.agreementReference = m_agreement.reference;
        s.agreementVersion = m_agreement.version;
        s.agreementHash = m_agreement.contentHash;
        s.partner = u"Department for Housing"_s;
        s.datasetName = u"clients.csv"_s;
        s.recipients = {m_recipient.card()};
        return s;
    }

    void officer(int index);
    void reviewer();
    void noteWriter();
    void racer(int index, std::barrier<>& sync);

    QTemporaryDir m_dir;
    Database::Options m_options;
    std::vector<crypto::Identity> m_officers;
    crypto::Identity m_reviewer;
    crypto::Identity m_noteSigner;
    std::vector<crypto::Identity> m_racers;
    crypto::Identity m_recipient;
    agreements::Agreement m_agreement;
    QList<ShareRecord> m_raced; // drafts made before the race, at row version 2
    Outcomes m_outcomes;
    std::atomic<int> m_officersRunning{0};
    std::atomic<int> m_approved{0};
    std::atomic<int> m_rejected{0};
    std::atomic<int> m_raceWins[kRaces] = {};
    std::atomic<int> m_raceStale[kRaces] = {};
};

void TestConcurrentRegister::initTestCase()
{
    QVERIFY(crypto::initialise());
    for (int i = 0; i < kOfficers; ++i)
        m_officers.push_back(crypto::Identity::generate(u"Officer %1"_s.arg(i + 1)));
    m_reviewer = crypto::Identity::generate(kReviewerName);
    m_noteSigner = crypto::Identity::generate(u"Records clerk"_s);
    m_racers.push_back(crypto::Identity::generate(u"Screen A"_s));
    m_racers.push_back(crypto::Identity::generate(u"Screen B"_s));
    m_recipient = crypto::Identity::generate(u"Alex Smith"_s);
}

void TestConcurrentRegister::officer(int index)
{
    const QString name = u"Officer %1"_s.arg(index + 1);
    {
        std::unique_ptr<Database> db = connect(name, &m_officers.at(index));
        if (db) {
            ShareStore store(*db);
            for (int i = 0; i < kSharesEach; ++i) {
                ShareRecord s = draftRecord();
                s.datasetName = u"officer%1-%2.csv"_s.arg(index + 1).arg(i);
                Result<ShareRecord> draft = store.createDraft(s);
                if (!draft) {
                    m_outcomes.fail(name + u": draft: "_s + draft.error().fullMessage());
                    continue;
                }
                Result<ShareRecord> sent =
                    store.submit(draft->id, draft->rowVersion,
                                 bindingFor(m_agreement, m_officers.at(index).card().fingerprint(),
                                            {m_recipient.card().fingerprint()}, char('a' + i % 26)),
                                 QJsonObject{{u"rows"_s, 200}});
                if (!sent)
                    m_outcomes.fail(name + u": submit: "_s + sent.error().fullMessage());
                // A person between two shares: others get their turn (SQLite's waiting
                // writers sleep, so a writer in a tight loop would keep the lock).
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
        }
    }
    --m_officersRunning;
}

void TestConcurrentRegister::reviewer()
{
    std::unique_ptr<Database> db = connect(kReviewerName, &m_reviewer);
    if (!db)
        return;
    ShareStore store(*db);
    QElapsedTimer timer;
    timer.start();
    ShareFilter pendingOnly;
    pendingOnly.states = {ShareState::PendingReview};
    pendingOnly.oldestFirst = true;
    for (;;) {
        // Read before the list: if no officer was running then, an empty list is final.
        const bool officersDone = m_officersRunning.load() == 0;
        Result<QList<ShareListItem>> pending = store.list(pendingOnly);
        if (!pending) {
            m_outcomes.fail(u"reviewer: list: "_s + pending.error().fullMessage());
            return;
        }
        if (pending->isEmpty()) {
            if (officersDone)
                return;
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        for (const ShareListItem& item : pending.value()) {
            Result<ShareRecord> share = store.find(item.id);
            if (!share) {
                m_outcomes.fail(u"reviewer: find: "_s + share.error().fullMessage());
                continue;
            }
            // Every fifth share is sent back.
            const bool approve = item.id % 5 != 0;
            Result<ShareDecision> d =
                decide(share.value(), m_reviewer, kReviewerName, approve,
                       approve ? QString() : u"Drop the postcode column."_s, Clock::nowUs());
            if (!d) {
                m_outcomes.fail(u"reviewer: decide: "_s + d.error().fullMessage());
                continue;
            }
            Result<ShareRecord> done =
                store.recordDecision(share->id, share->rowVersion, d.value());
            if (!done) {
                m_outcomes.fail(u"reviewer: record: "_s + done.error().fullMessage());
                continue;
            }
            ++(approve ? m_approved : m_rejected);
        }
        if (timer.elapsed() > 90'000) {
            m_outcomes.fail(u"reviewer: still reviewing after 90 s"_s);
            return;
        }
    }
}

void TestConcurrentRegister::noteWriter()
{
    std::unique_ptr<Database> db = connect(u"Records clerk"_s, &m_noteSigner);
    if (!db)
        return;
    for (int i = 0; i < kNotes; ++i) {
        AuditEvent e;
        e.actor = u"Records clerk"_s;
        e.action = u"test.note"_s;
        e.objectType = u"test"_s;
        e.objectId = QString::number(i);
        e.detail = QJsonObject{{u"n"_s, i}};
        if (Result<AuditEntry> r = db->audit().append(e); !r)
            m_outcomes.fail(u"notes: "_s + r.error().fullMessage());
    }
}

// Two screens opened on the same drafts; each saves its edit of every draft, from the
// row version it read, at the same moment as the other screen.
void TestConcurrentRegister::racer(int index, std::barrier<>& sync)
{
    const QString name = index == 0 ? u"Screen A"_s : u"Screen B"_s;
    std::unique_ptr<Database> db = connect(name, &m_racers.at(index));
    for (int k = 0; k < kRaces; ++k) {
        sync.arrive_and_wait();
        if (!db)
            continue;
        ShareRecord edited = m_raced.at(k);
        edited.datasetName = u"edited-by-%1.csv"_s.arg(index == 0 ? u"a"_s : u"b"_s);
        Result<ShareRecord> saved = ShareStore(*db).saveDraft(edited, m_raced.at(k).rowVersion);
        if (saved)
            ++m_raceWins[k];
        else if (saved.error().code == QLatin1String(StoreError::Stale))
            ++m_raceStale[k];
        else
            m_outcomes.fail(name + u": save: "_s + saved.error().fullMessage());
    }
}

void TestConcurrentRegister::severalDesktopsAtOnce()
{
    const QString path = m_dir.filePath(u"register.db"_s);
    m_options = test::historyOptions(path, u"IT"_s);
    std::unique_ptr<Database> setup = test::openHistory(path, u"IT"_s);
    QVERIFY(setup);
    m_agreement =
        recordAgreement(*setup, agreementFor(u"DSA-CONC-1"_s, m_recipient.card().fingerprint()));
    // The keys that sign the audit heads are identities recorded in the register.
    std::vector<const crypto::Identity*> signers = {&m_reviewer, &m_noteSigner};
    for (const crypto::Identity& id : m_officers)
        signers.push_back(&id);
    for (const crypto::Identity& id : m_racers)
        signers.push_back(&id);
    for (const crypto::Identity* id : signers)
        QVERIFY(OwnIdentityRecords(*setup).addCurrent(id->card(), u"keychain"_s, {}).ok());
    for (int k = 0; k < kRaces; ++k) {
        Result<ShareRecord> d = ShareStore(*setup).createDraft(draftRecord());
        QVERIFY2(d, qPrintable(d.ok() ? QString() : d.error().fullMessage()));
        m_raced.append(d.value());
    }
    const int baseline = scalar(*setup, u"SELECT count(*) FROM audit_log"_s);
    QVERIFY(baseline > 0);

    QElapsedTimer timer;
    timer.start();
    m_officersRunning = kOfficers;
    std::barrier<> sync(2);
    std::vector<std::thread> threads;
    for (int i = 0; i < kOfficers; ++i)
        threads.emplace_back([this, i] { officer(i); });
    threads.emplace_back([this] { reviewer(); });
    threads.emplace_back([this] { noteWriter(); });
    threads.emplace_back([this, &sync] { racer(0, sync); });
    threads.emplace_back([this, &sync] { racer(1, sync); });
    for (std::thread& t : threads)
        t.join();
    qInfo("%d writers on %s: %lld ms", int(threads.size()),
          test::onPostgres() ? "PostgreSQL" : "SQLite", static_cast<long long>(timer.elapsed()));

    const QStringList failures = m_outcomes.failures();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));

    // Every share is there; every submitted one was decided once.
    const int submitted = kOfficers * kSharesEach;
    QCOMPARE(scalar(*setup, u"SELECT count(*) FROM shares"_s), submitted + kRaces);
    QCOMPARE(m_approved.load() + m_rejected.load(), submitted);
    QVERIFY(m_rejected.load() > 0);
    QCOMPARE(scalar(*setup, u"SELECT count(*) FROM shares WHERE status = 'approved'"_s),
             m_approved.load());
    QCOMPARE(scalar(*setup, u"SELECT count(*) FROM shares WHERE status = 'rejected'"_s),
             m_rejected.load());
    QCOMPARE(scalar(*setup, u"SELECT count(*) FROM share_decisions"_s), submitted);
    QCOMPARE(scalar(*setup, u"SELECT count(*) FROM shares s WHERE status IN ('approved', "
                            "'rejected') AND (SELECT count(*) FROM share_decisions d WHERE "
                            "d.share_id = s.id) <> 1"_s),
             0);
    QCOMPARE(scalar(*setup, u"SELECT count(*) FROM share_decisions d JOIN shares s ON s.id = "
                            "d.share_id WHERE d.decision <> s.status"_s),
             0);

    // Each race: one winner, one stale screen refused.
    for (int k = 0; k < kRaces; ++k) {
        QCOMPARE(m_raceWins[k].load(), 1);
        QCOMPARE(m_raceStale[k].load(), 1);
    }
    QCOMPARE(scalar(*setup, u"SELECT count(*) FROM shares WHERE dataset_name LIKE 'edited-by-%'"_s),
             kRaces);

    // No update lost: a share's row version counts its changes (made at 1, its first
    // write 2, then one per change), and each change has its audit entry.
    QCOMPARE(scalar(*setup, u"SELECT count(*) FROM shares WHERE status IN ('approved', "
                            "'rejected') AND row_version <> 4"_s),
             0);
    QCOMPARE(scalar(*setup, u"SELECT count(*) FROM shares WHERE status = 'draft' AND "
                            "row_version <> 3"_s),
             0);
    QCOMPARE(scalar(*setup, u"SELECT count(*) FROM shares s WHERE s.row_version - 1 <> (SELECT "
                            "count(*) FROM audit_log a WHERE a.object_type = 'share' AND "
                            "a.object_id = s.uid)"_s),
             0);

    // The officers took turns rather than one after another.
    {
        QSqlQuery q(setup->connection());
        q.setForwardOnly(true);
        QVERIFY(q.exec(u"SELECT actor FROM audit_log WHERE seq > %1 AND actor LIKE 'Officer %' "
                       "ORDER BY seq"_s.arg(baseline)));
        QString last;
        int turns = 0;
        while (q.next()) {
            if (q.value(0).toString() != last)
                ++turns;
            last = q.value(0).toString();
        }
        qInfo("%d turns between the officers", turns);
        QVERIFY(turns > kOfficers); // one after another would be kOfficers
    }

    // One chain: consecutive entries, all verified, every signed head on it.
    const int added = submitted * 3 + kRaces + kNotes;
    const int total = baseline + added;
    QCOMPARE(scalar(*setup, u"SELECT count(*) FROM audit_log"_s), total);
    QCOMPARE(scalar(*setup, u"SELECT min(seq) FROM audit_log"_s), 1);
    QCOMPARE(scalar(*setup, u"SELECT max(seq) FROM audit_log"_s), total);
    const AuditVerification v = setup->audit().verify();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.entriesChecked, qint64(total));
    QCOMPARE(v.signedHeads, qint64(added));
}

QTEST_GUILESS_MAIN(TestConcurrentRegister)
#include "tst_concurrentregister.moc"
