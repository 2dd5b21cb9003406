// The history's Shares tab (ui/history/SharesPanel in HistoryDialog): filters, the
// record of a share, mark as sent, report a problem, cancel, resume a draft, export.
#include "common/Clock.h"
#include "common/Translations.h"
#include "core/shares/SharesFixture.h"
#include "crypto/Identity.h"
#include "crypto/Sodium.h"
#include "history/HistoryDialog.h"
#include "history/IncidentDialog.h"
#include "history/SharesPanel.h"
#include "review/ShareTextDialog.h"
#include "shares/Approval.h"
#include "shares/Incidents.h"
#include "shares/ShareStore.h"
#include "store/Database.h"
#include "support/TestSupport.h"
#include "widgets/Dialogs.h"
#include "widgets/ErrorSummary.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <functional>
#include <sodium.h>

using namespace Qt::StringLiterals;
using namespace sharewise;
using namespace sharewise::shares;
using namespace sharewise::testshares;
using namespace sharewise::ui;

namespace {
const QString kPreparer = u"Mair Preparer"_s;
const QString kOther = u"Owain Other"_s;

// A plural as the program says it (English plural forms come from the translation
// files, so the words are asked for rather than spelt here).
QString plural(const char* context, const char* text, int n)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}

// With SHAREWISE_SHOTS naming a folder, a test leaves a picture of what it looked at
// (rendered at the screen's scale: run again with QT_SCALE_FACTOR=2 for 200%).
void shoot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("SHAREWISE_SHOTS");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    w->grab().save(dir + u'/' + name + u'@' + QString::number(w->devicePixelRatioF()) + u"x.png"_s);
}
} // namespace

class TestHistoryShares : public QObject
{
    Q_OBJECT
private slots:
    // Every action the program records is said in words, never shown as its code.
    void everyRecordedActionHasWords()
    {
        for (const char* action :
             {"history.created",  "history.upgraded",     "history.backed_up",
              "history.restored", "share.drafted",        "share.changed",
              "share.submitted",  "share.approved",       "share.rejected",
              "share.sealed",     "share.seal_cancelled", "share.sent",
              "share.received",   "share.cancelled",      "share.incident_reported",
              "output.returned",  "bundle.sealed",        "bundle.opened",
              "receipt.imported", "identity.created",     "identity.replaced",
              "recipient.added",  "practice.created"}) {
            const QString code = QString::fromLatin1(action);
            QVERIFY2(HistoryDialog::describeAction(code) != code, action);
        }
    }
    void initTestCase();
    void init();
    void cleanup();

    void filtersNarrowTheList();
    void markAsSentRecordsTheRoute();
    void reportingAProblemRecordsAnIncidentWithTheDeadline();
    void cancelNeedsAReason();
    void resumeDraftAsksTheWindow();
    void exportsCsvAndPdf();
    void eventsTabStillVerifies();

private:
    template <typename T>
    void whenShown(std::function<void(T*)> answer);
    ShareRecord draft(Database& db, const agreements::Agreement& a, const QString& dataset,
                      const QString& partner = u"Department for Housing"_s);
    ShareRecord sealed(const agreements::Agreement& a, const QString& dataset);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_otherDb;
    std::unique_ptr<Database> m_reviewerDb;
    crypto::Identity m_preparer;
    crypto::Identity m_reviewer;
    crypto::Identity m_recipient;
    agreements::Agreement m_a;
    agreements::Agreement m_b;
    qint64 m_nowUs = 0;
};

template <typename T>
void TestHistoryShares::whenShown(std::function<void(T*)> answer)
{
    auto* timer = new QTimer(this);
    timer->setInterval(10);
    connect(timer, &QTimer::timeout, this, [timer, answer] {
        if (auto* d = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(d);
        }
    });
    timer->start();
}

void TestHistoryShares::initTestCase()
{
    QVERIFY(crypto::initialise());
    Dialogs::setRecordMessagesForTesting(true);
    Translations::apply(u"en"_s);
    m_preparer = crypto::Identity::generate(kPreparer);
    m_reviewer = crypto::Identity::generate(u"Rhys Reviewer"_s);
    m_recipient = crypto::Identity::generate(u"Alex Smith"_s);
}

void TestHistoryShares::init()
{
    static int n = 0;
    m_nowUs = QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch() * 1000;
    Clock::setSourceForTesting([this] { return m_nowUs; });
    const QString path = m_dir.filePath(u"h%1.sqlite"_s.arg(++n));
    m_db = test::openHistory(path, kPreparer);
    m_otherDb = test::openHistory(path, kOther);
    m_reviewerDb = test::openHistory(path, u"Rhys Reviewer"_s);
    QVERIFY(m_db && m_otherDb && m_reviewerDb);
    m_a = recordAgreement(*m_db, agreementFor(u"DSA-H-A"_s, m_recipient.card().fingerprint()));
    m_b = recordAgreement(*m_db, agreementFor(u"DSA-H-B"_s, m_recipient.card().fingerprint()));
}

void TestHistoryShares::cleanup()
{
    m_reviewerDb.reset();
    m_otherDb.reset();
    m_db.reset();
    Clock::setSourceForTesting({});
}

ShareRecord TestHistoryShares::draft(Database& db, const agreements::Agreement& a,
                                     const QString& dataset, const QString& partner)
{
    ShareRecord s;
    s.agreementReference = a.reference;
    s.agreementVersion = a.version;
    s.agreementHash = a.contentHash;
    s.partner = partner;
    s.datasetName = dataset;
    s.datasetPath = u"/nowhere/"_s + dataset;
    s.profileJson = redactionProfile(a.reference).toBytes();
    s.recipients = {m_recipient.card()};
    Result<ShareRecord> made = ShareStore(db).createDraft(s);
    if (!made)
        qFatal("createDraft: %s", qPrintable(made.error().fullMessage()));
    m_nowUs += 60LL * 1000 * 1000;
    return made.value();
}

ShareRecord TestHistoryShares::sealed(const agreements::Agreement& a, const QString& dataset)
{
    ShareStore store(*m_db);
    const ShareRecord d = draft(*m_db, a, dataset);
    const ShareBinding b =
        bindingFor(a, m_preparer.card().fingerprint(), {m_recipient.card().fingerprint()});
    Result<ShareRecord> p = store.submit(d.id, d.rowVersion, b, {});
    if (!p)
        qFatal("submit: %s", qPrintable(p.error().fullMessage()));
    Result<ShareDecision> dec =
        decide(p.value(), m_reviewer, u"Rhys Reviewer"_s, true, {}, Clock::nowUs());
    Result<ShareRecord> ok =
        ShareStore(*m_reviewerDb).recordDecision(p->id, p->rowVersion, dec.value());
    if (!ok)
        qFatal("approve: %s", qPrintable(ok.error().fullMessage()));
    bundle::SealResult s;
    s.file = m_dir.filePath(dataset + u".swb"_s);
    s.bundleId = QByteArray(16, '\0');
    randombytes_buf(s.bundleId.data(), 16);
    s.headerHash = bytesOf('h');
    s.dataHash = b.dataHash;
    s.signature = QByteArray(64, 's');
    s.recipients = {m_recipient.card()};
    s.dataLength = b.dataLength;
    s.rowCount = b.rowCount;
    s.bundleSize = 4096;
    Result<ShareRecord> done = store.markSealed(p->id, ok->rowVersion, b, {}, s);
    if (!done)
        qFatal("markSealed: %s", qPrintable(done.error().fullMessage()));
    return done.value();
}

void TestHistoryShares::filtersNarrowTheList()
{
    const ShareRecord a1 = draft(*m_db, m_a, u"housing-a.csv"_s);
    const ShareRecord b1 = draft(*m_db, m_b, u"benefits-b.csv"_s, u"Office for Statistics"_s);
    const ShareRecord b2 = draft(*m_otherDb, m_b, u"schools-b.csv"_s);
    Result<ShareRecord> cancelled = ShareStore(*m_db).cancel(b2.id, b2.rowVersion, u"Not needed"_s);
    QVERIFY(cancelled);

    HistoryDialog d(*m_db);
    d.show();
    SharesPanel* p = d.sharesPanel();
    QCOMPARE(d.tabs()->currentWidget(), static_cast<QWidget*>(p));
    QCOMPARE(p->listedIds().size(), 3);

    // State.
    p->stateBox()->setCurrentIndex(p->stateBox()->findData(stateName(ShareState::Cancelled)));
    QCOMPARE(p->listedIds(), QList<qint64>{b2.id});
    p->stateBox()->setCurrentIndex(0);
    QCOMPARE(p->listedIds().size(), 3);

    // Agreement.
    p->agreementBox()->setCurrentIndex(p->agreementBox()->findData(m_b.reference));
    QCOMPARE(p->listedIds().size(), 2);
    QVERIFY(!p->listedIds().contains(a1.id));

    // Text, within the agreement (typing waits a moment, then filters).
    QTest::keyClicks(p->searchEdit(), u"schools"_s);
    QTRY_COMPARE(p->listedIds(), QList<qint64>{b2.id});
    p->searchEdit()->clear();
    p->agreementBox()->setCurrentIndex(0);

    // Partner and person.
    QTest::keyClicks(p->partnerEdit(), u"statistics"_s);
    QTRY_COMPARE(p->listedIds(), QList<qint64>{b1.id});
    p->partnerEdit()->clear();
    QTest::keyClicks(p->personEdit(), u"owain"_s);
    QTRY_COMPARE(p->listedIds(), QList<qint64>{b2.id});
    QCOMPARE(p->countLabel()->text(), plural("sharewise::ui::SharesPanel", "%n share(s) shown", 1));

    // Opening one shows its record, with its audit trail.
    QVERIFY(p->selectShare(b2.id));
    const QString record = p->detailView()->toPlainText();
    QVERIFY2(record.contains(HistoryDialog::describeAction(u"share.cancelled"_s)),
             qPrintable(record));
    QVERIFY(record.contains(HistoryDialog::describeAction(u"share.drafted"_s)));
    d.resize(1000, 720);
    shoot(&d, u"history-shares"_s);
}

void TestHistoryShares::markAsSentRecordsTheRoute()
{
    const ShareRecord s = sealed(m_a, u"clients.csv"_s);
    HistoryDialog d(*m_db);
    d.show();
    SharesPanel* p = d.sharesPanel();
    QVERIFY(p->selectShare(s.id));
    QVERIFY(p->markSentButton()->isEnabled());
    QSignalSpy changed(&d, &HistoryDialog::sharesChanged);
    bool asked = false;
    whenShown<ShareTextDialog>([&](ShareTextDialog* ask) {
        asked = true;
        QCOMPARE(ask->kind(), ShareTextDialog::Kind::Route);
        shoot(ask, u"mark-sent"_s);
        QTest::mouseClick(ask->okButton(), Qt::LeftButton); // empty: refused
        QVERIFY(ask->isVisible());
        QTest::keyClicks(ask->textEdit(), u"DLUHC data portal"_s);
        QTest::mouseClick(ask->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(p->markSentButton(), Qt::LeftButton);
    QVERIFY(asked);
    Result<ShareRecord> after = ShareStore(*m_db).find(s.id);
    QCOMPARE(after->state, ShareState::Sent);
    QCOMPARE(after->sentRoute, u"DLUHC data portal"_s);
    QCOMPARE(changed.count(), 1);
    QVERIFY(p->detailView()->toPlainText().contains(u"DLUHC data portal"_s));
    QVERIFY(!p->markSentButton()->isEnabled()); // sent once
    d.resize(1000, 720);
    shoot(&d, u"history-sent"_s);
}

void TestHistoryShares::reportingAProblemRecordsAnIncidentWithTheDeadline()
{
    const ShareRecord s = sealed(m_a, u"clients.csv"_s);
    HistoryDialog d(*m_db);
    d.show();
    SharesPanel* p = d.sharesPanel();
    QVERIFY(p->selectShare(s.id));
    QVERIFY(p->reportProblemButton()->isEnabled());
    QString shownSteps;
    whenShown<IncidentDialog>([&](IncidentDialog* dialog) {
        dialog->kindBox()->setCurrentIndex(
            dialog->kindBox()->findData(static_cast<int>(IncidentKind::WrongRecipient)));
        QTest::mouseClick(dialog->reportButton(), Qt::LeftButton); // no description
        QCOMPARE(dialog->errorSummary()->problems().size(), 1);
        QVERIFY(!dialog->incident());
        QTest::keyClicks(dialog->descriptionEdit(), u"Uploaded to the wrong council's portal."_s);
        QTest::mouseClick(dialog->reportButton(), Qt::LeftButton);
        QVERIFY(dialog->incident());
        QVERIFY(dialog->nextStepsLabel()->isVisible());
        shownSteps = dialog->nextStepsLabel()->text();
        shoot(dialog, u"incident"_s);
        dialog->reject();
    });
    QTest::mouseClick(p->reportProblemButton(), Qt::LeftButton);

    Result<QList<Incident>> incidents = IncidentLog(*m_db).forShare(s.id);
    QVERIFY(incidents);
    QCOMPARE(incidents->size(), 1);
    const Incident& i = incidents->first();
    QCOMPARE(i.kind, IncidentKind::WrongRecipient);
    QCOMPARE(i.description, u"Uploaded to the wrong council's portal."_s);
    QCOMPARE(i.reportedBy, kPreparer);
    QCOMPARE(i.reportedUs, m_nowUs);
    QCOMPARE(i.icoDeadlineUs - i.reportedUs, 72LL * 3600 * 1000 * 1000);
    // The 72 hours and who decides, as core says them.
    QCOMPARE(shownSteps, incidentNextSteps(i));
    QVERIFY(shownSteps.contains(u"72 hours"_s));
    // The deadline in local time, short date and time, without seconds or "UTC".
    const QDateTime deadline = QDateTime::fromMSecsSinceEpoch(i.icoDeadlineUs / 1000).toLocalTime();
    QVERIFY2(shownSteps.contains(QLocale().toString(deadline, QLocale::ShortFormat)),
             qPrintable(shownSteps));
    QVERIFY2(!shownSteps.contains(deadline.time().toString(u"HH:mm:ss"_s)), qPrintable(shownSteps));
    QVERIFY2(!shownSteps.contains(u"UTC"_s), qPrintable(shownSteps));
    // Kept in the share's record and audit trail.
    const QString record = p->detailView()->toPlainText();
    QVERIFY2(record.contains(u"Uploaded to the wrong council's portal."_s), qPrintable(record));
    QVERIFY(record.contains(HistoryDialog::describeAction(u"share.incident_reported"_s)));
}

void TestHistoryShares::cancelNeedsAReason()
{
    const ShareRecord s = draft(*m_db, m_a, u"clients.csv"_s);
    HistoryDialog d(*m_db);
    d.show();
    SharesPanel* p = d.sharesPanel();
    QVERIFY(p->selectShare(s.id));
    whenShown<ShareTextDialog>([&](ShareTextDialog* ask) {
        QCOMPARE(ask->kind(), ShareTextDialog::Kind::Cancel);
        QTest::mouseClick(ask->okButton(), Qt::LeftButton);
        QVERIFY(ask->isVisible());
        QTest::keyClicks(ask->textEdit(), u"Partner withdrew the request"_s);
        QTest::mouseClick(ask->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(p->cancelShareButton(), Qt::LeftButton);
    QCOMPARE(ShareStore(*m_db).find(s.id)->state, ShareState::Cancelled);
    QVERIFY(!p->cancelShareButton()->isEnabled());
}

void TestHistoryShares::resumeDraftAsksTheWindow()
{
    const ShareRecord s = draft(*m_db, m_a, u"clients.csv"_s);
    const ShareRecord done = sealed(m_a, u"sealed.csv"_s);
    HistoryDialog d(*m_db);
    d.show();
    SharesPanel* p = d.sharesPanel();
    QVERIFY(p->selectShare(done.id));
    QVERIFY(!p->resumeDraftButton()->isEnabled());
    QVERIFY(p->selectShare(s.id));
    QVERIFY(p->resumeDraftButton()->isEnabled());
    QSignalSpy resume(&d, &HistoryDialog::resumeDraft);
    QTest::mouseClick(p->resumeDraftButton(), Qt::LeftButton);
    QCOMPARE(resume.count(), 1);
    QCOMPARE(resume.first().first().toLongLong(), s.id);
}

void TestHistoryShares::exportsCsvAndPdf()
{
    draft(*m_db, m_a, u"=cmd.csv"_s); // a name that would start a formula
    draft(*m_db, m_b, u"benefits.csv"_s);
    HistoryDialog d(*m_db);
    d.show();
    SharesPanel* p = d.sharesPanel();
    const QString csv = m_dir.filePath(u"shares.csv"_s);
    Dialogs::setNextFileNameForTesting(csv);
    QTest::mouseClick(p->exportCsvButton(), Qt::LeftButton);
    QFile f(csv);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(p->outcomeLabel()->text()));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QVERIFY(lines.first().startsWith("Created,State,Agreement,Partner"));
    QCOMPARE(lines.size(), 4); // header, two shares, the final line break
    QVERIFY(lines.at(1).contains("benefits.csv") || lines.at(2).contains("benefits.csv"));
    QVERIFY(!lines.at(1).contains(",=cmd") && !lines.at(2).contains(",=cmd"));

    const QString pdf = m_dir.filePath(u"shares.pdf"_s);
    Dialogs::setNextFileNameForTesting(pdf);
    QTest::mouseClick(p->exportPdfButton(), Qt::LeftButton);
    QFile g(pdf);
    QVERIFY2(g.open(QIODevice::ReadOnly), qPrintable(p->outcomeLabel()->text()));
    QVERIFY(g.read(5) == "%PDF-");
}

void TestHistoryShares::eventsTabStillVerifies()
{
    sealed(m_a, u"clients.csv"_s);
    HistoryDialog d(*m_db);
    d.show();
    QVERIFY(d.table()->rowCount() > 0);
    d.verify();
    QVERIFY2(d.resultLabel()->text().contains(u"intact"_s), qPrintable(d.resultLabel()->text()));
}

QTEST_MAIN(TestHistoryShares)
#include "tst_historydialog_shares.moc"
