// Outputs returned (ui/outputs/OutputsDialog, RecordOutputDialog) and the home
// screen's outputs figures and button.
#include "common/Clock.h"
#include "common/Translations.h"
#include "core/shares/SharesFixture.h"
#include "crypto/Identity.h"
#include "crypto/Sodium.h"
#include "home/HomePage.h"
#include "outputs/OutputsDialog.h"
#include "outputs/RecordOutputDialog.h"
#include "shares/Approval.h"
#include "shares/Outputs.h"
#include "shares/ShareStore.h"
#include "store/Database.h"
#include "support/TestSupport.h"
#include "widgets/Dialogs.h"
#include "widgets/ErrorSummary.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDateEdit>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <functional>
#include <sodium.h>

using namespace Qt::StringLiterals;
using namespace sharewise;
using namespace sharewise::shares;
using namespace sharewise::testshares;
using namespace sharewise::ui;

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

class TestOutputs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void overdueAndDueSoonAreMarked();
    void dueDateHeadingIsNotTheDueState();
    void recordWhatCameBack();
    void recordingNeedsWhatCameBack();
    void sharesOutAndOutputsBackSideBySide();
    void homeShowsOutputsAndOpensThem();

private:
    template <typename T>
    void whenShown(std::function<void(T*)> answer);
    ShareRecord sealed(const QString& dataset);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_reviewerDb;
    crypto::Identity m_preparer;
    crypto::Identity m_reviewer;
    crypto::Identity m_recipient;
    agreements::Agreement m_a;
    qint64 m_nowUs = 0;
};

template <typename T>
void TestOutputs::whenShown(std::function<void(T*)> answer)
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

void TestOutputs::initTestCase()
{
    QVERIFY(crypto::initialise());
    Dialogs::setRecordMessagesForTesting(true);
    Translations::apply(u"en"_s);
    m_preparer = crypto::Identity::generate(u"Mair Preparer"_s);
    m_reviewer = crypto::Identity::generate(u"Rhys Reviewer"_s);
    m_recipient = crypto::Identity::generate(u"Alex Smith"_s);
}

void TestOutputs::init()
{
    static int n = 0;
    m_nowUs = QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch() * 1000;
    Clock::setSourceForTesting([this] { return m_nowUs; });
    const QString path = m_dir.filePath(u"h%1.sqlite"_s.arg(++n));
    m_db = test::openHistory(path, u"Mair Preparer"_s);
    m_reviewerDb = test::openHistory(path, u"Rhys Reviewer"_s);
    QVERIFY(m_db && m_reviewerDb);
    // Promises "Quarterly statistics release" 10 days ago and "Annual report" in 40 days;
    // a third, due in 12 days, is due soon.
    agreements::Agreement a = agreementFor(u"DSA-O-1"_s, m_recipient.card().fingerprint());
    a.outputs.append(
        agreements::ExpectedOutput{u"Monthly figures"_s, u"Counts."_s, Clock::today().addDays(12)});
    m_a = recordAgreement(*m_db, a);
}

void TestOutputs::cleanup()
{
    m_reviewerDb.reset();
    m_db.reset();
    Clock::setSourceForTesting({});
}

ShareRecord TestOutputs::sealed(const QString& dataset)
{
    ShareStore store(*m_db);
    ShareRecord s;
    s.agreementReference = m_a.reference;
    s.agreementVersion = m_a.version;
    s.agreementHash = m_a.contentHash;
    s.partner = u"Department for Housing"_s;
    s.datasetName = dataset;
    s.datasetPath = u"/nowhere/"_s + dataset;
    s.profileJson = redactionProfile(m_a.reference).toBytes();
    s.recipients = {m_recipient.card()};
    Result<ShareRecord> d = store.createDraft(s);
    const ShareBinding b =
        bindingFor(m_a, m_preparer.card().fingerprint(), {m_recipient.card().fingerprint()});
    Result<ShareRecord> p = store.submit(d->id, d->rowVersion, b, {});
    Result<ShareDecision> dec =
        decide(p.value(), m_reviewer, u"Rhys Reviewer"_s, true, {}, Clock::nowUs());
    Result<ShareRecord> ok =
        ShareStore(*m_reviewerDb).recordDecision(p->id, p->rowVersion, dec.value());
    bundle::SealResult r;
    r.file = m_dir.filePath(dataset + u".swb"_s);
    r.bundleId = QByteArray(16, '\0');
    randombytes_buf(r.bundleId.data(), 16);
    r.headerHash = bytesOf('h');
    r.dataHash = b.dataHash;
    r.signature = QByteArray(64, 's');
    r.recipients = {m_recipient.card()};
    r.dataLength = b.dataLength;
    r.rowCount = b.rowCount;
    r.bundleSize = 4096;
    Result<ShareRecord> done = store.markSealed(p->id, ok->rowVersion, b, {}, r);
    if (!done)
        qFatal("markSealed: %s", qPrintable(done.error().fullMessage()));
    return done.value();
}

void TestOutputs::overdueAndDueSoonAreMarked()
{
    OutputsDialog d(*m_db);
    d.show();
    QTableWidget* t = d.dueTable();
    QCOMPARE(t->rowCount(), 3);
    const QDate today = Clock::today();
    // Overdue first, then by due date.
    QCOMPARE(t->item(0, OutputsDialog::DueOutputColumn)->text(), u"Quarterly statistics release"_s);
    QCOMPARE(t->item(0, OutputsDialog::DueStatusColumn)->text(),
             plural("sharewise::ui::OutputsDialog", "Overdue by %n day(s)", 10));
    QVERIFY(!t->item(0, OutputsDialog::DueStatusColumn)->icon().isNull());
    QCOMPARE(t->item(1, OutputsDialog::DueOutputColumn)->text(), u"Monthly figures"_s);
    QCOMPARE(t->item(1, OutputsDialog::DueStatusColumn)->text(),
             plural("sharewise::ui::OutputsDialog", "Due soon: in %n day(s)", 12));
    QVERIFY(!t->item(1, OutputsDialog::DueStatusColumn)->icon().isNull());
    QCOMPARE(t->item(2, OutputsDialog::DueStatusColumn)->text(), u"Due"_s);
    QVERIFY(t->item(2, OutputsDialog::DueStatusColumn)->icon().isNull());
    const QString one = plural("sharewise::ui::OutputsDialog", "%n output(s)", 1);
    QCOMPARE(d.summaryLabel()->text(), u"%1 overdue, %2 due in the next 30 days."_s.arg(one, one));
    Q_UNUSED(today);
    shoot(&d, u"outputs-due"_s);
}

void TestOutputs::dueDateHeadingIsNotTheDueState()
{
    // "Due" over the dates and "Due" as an output's state are two messages for
    // translators (in Welsh: "Erbyn" and "Yn ddyledus"): the heading is asked for with
    // its disambiguation.
    struct Recording : QTranslator
    {
        mutable QList<QPair<QByteArray, QByteArray>> asked; // source, disambiguation
        bool isEmpty() const override { return false; }
        QString translate(const char* context, const char* source, const char* disambiguation,
                          int) const override
        {
            if (qstrcmp(context, "sharewise::ui::OutputsDialog") == 0)
                asked.append({QByteArray(source), QByteArray(disambiguation)});
            return {};
        }
    } recording;
    QVERIFY(QCoreApplication::installTranslator(&recording));
    const auto remove = qScopeGuard([&] { QCoreApplication::removeTranslator(&recording); });
    OutputsDialog d(*m_db);
    QVERIFY(recording.asked.contains(
        QPair<QByteArray, QByteArray>("Due", "date an output is due back")));
    QCOMPARE(d.dueTable()->horizontalHeaderItem(OutputsDialog::DueDateColumn)->text(), u"Due"_s);
}

void TestOutputs::recordWhatCameBack()
{
    const ShareRecord s = sealed(u"clients.csv"_s);
    OutputsDialog d(*m_db);
    d.show();
    d.dueTable()->selectRow(0); // the overdue one
    QSignalSpy changed(&d, &OutputsDialog::outputsChanged);
    bool shown = false;
    whenShown<RecordOutputDialog>([&](RecordOutputDialog* r) {
        shown = true;
        // Opened on the chosen promise, with the agreement's sealed share to tick.
        QCOMPARE(r->outputBox()->currentData().toString(), u"Quarterly statistics release"_s);
        QCOMPARE(r->sharesList()->count(), 1);
        QVERIFY(r->checkShare(s.id));
        r->dateEdit()->setDate(Clock::today().addDays(-1));
        QTest::keyClicks(r->descriptionEdit(), u"Q1 tables"_s);
        r->linkChoice()->setChecked(true);
        QTest::keyClicks(r->linkEdit(), u"https://www.example.gov.uk/q1"_s);
        shoot(r, u"record-output"_s);
        QTest::mouseClick(r->recordButton(), Qt::LeftButton);
        if (r->isVisible()) {
            const QStringList problems = r->errorSummary()->problems();
            r->reject();
            QFAIL(qPrintable(problems.join(u'\n')));
        }
    });
    QTest::mouseClick(d.recordButton(), Qt::LeftButton);
    QVERIFY(shown);
    QCOMPARE(changed.count(), 1);

    Result<QList<ReturnedOutput>> back = OutputsRegister(*m_db).returned(m_a.reference);
    QVERIFY(back);
    QCOMPARE(back->size(), 1);
    const ReturnedOutput& o = back->first();
    QCOMPARE(o.outputTitle, u"Quarterly statistics release"_s);
    QCOMPARE(o.description, u"Q1 tables"_s);
    QCOMPARE(o.link, u"https://www.example.gov.uk/q1"_s);
    QCOMPARE(o.receivedOn, Clock::today().addDays(-1));
    QCOMPARE(o.shareIds, QList<qint64>{s.id});
    // No longer overdue: returned.
    bool returnedShown = false;
    for (int row = 0; row < d.dueTable()->rowCount(); ++row) {
        if (d.dueTable()->item(row, OutputsDialog::DueOutputColumn)->text() ==
            u"Quarterly statistics release"_s)
            returnedShown = d.dueTable()
                                ->item(row, OutputsDialog::DueStatusColumn)
                                ->text()
                                .startsWith(u"Returned"_s);
    }
    QVERIFY(returnedShown);
    QVERIFY(d.summaryLabel()->text().startsWith(
        plural("sharewise::ui::OutputsDialog", "%n output(s)", 0) + u" overdue"_s));
}

void TestOutputs::recordingNeedsWhatCameBack()
{
    RecordOutputDialog r(*m_db, m_a.reference);
    r.show();
    r.outputBox()->setCurrentIndex(0); // something else: then words are needed
    r.linkChoice()->setChecked(true);
    QTest::mouseClick(r.recordButton(), Qt::LeftButton);
    QCOMPARE(r.errorSummary()->problems().size(), 2); // what came back, the link
    QVERIFY(!r.recorded());
    QVERIFY(OutputsRegister(*m_db).returned(m_a.reference)->isEmpty());
}

void TestOutputs::sharesOutAndOutputsBackSideBySide()
{
    const ShareRecord s = sealed(u"clients.csv"_s);
    ReturnedOutput o;
    o.agreementReference = m_a.reference;
    o.outputTitle = u"Annual report"_s;
    o.description = u"The report"_s;
    o.receivedOn = Clock::today();
    o.shareIds = {s.id};
    QVERIFY(OutputsRegister(*m_db).record(o));

    OutputsDialog d(*m_db);
    d.show();
    d.showAgreement(m_a.reference);
    QCOMPARE(d.sharesOutTable()->rowCount(), 1);
    QCOMPARE(d.sharesOutTable()->item(0, 2)->text(), u"clients.csv"_s);
    QCOMPARE(d.outputsBackTable()->rowCount(), 1);
    QCOMPARE(d.outputsBackTable()->item(0, 1)->text(), u"Annual report"_s);
    QCOMPARE(d.outputsBackTable()->item(0, 3)->text(),
             plural("sharewise::ui::OutputsDialog", "%n share(s)", 1));
    shoot(&d, u"outputs-side-by-side"_s);
}

void TestOutputs::homeShowsOutputsAndOpensThem()
{
    HomePage home;
    home.show();
    home.setOutputCounts(2, 1);
    home.resize(860, 640);
    shoot(&home, u"home"_s);
    QCOMPARE(home.overdueLabel()->text(),
             plural("sharewise::ui::HomePage", "%n promised output(s) overdue", 1));
    QCOMPARE(home.outputsDueLabel()->text(),
             plural("sharewise::ui::HomePage", "%n promised output(s) due in the next 30 days", 2));
    QSignalSpy outputs(&home, &HomePage::outputsRequested);
    QSignalSpy review(&home, &HomePage::reviewRequested);
    QTest::mouseClick(home.outputsButton(), Qt::LeftButton);
    QTest::mouseClick(home.reviewButton(), Qt::LeftButton);
    QCOMPARE(outputs.count(), 1);
    QCOMPARE(review.count(), 1);
}

QTEST_MAIN(TestOutputs)
#include "tst_outputs.moc"
