#include "MainWindow.h"
#include "about/AboutDialog.h"
#include "common/Session.h"
#include "common/Translations.h"
#include "core/shares/SharesFixture.h"
#include "crypto/Sodium.h"
#include "history/HistoryDialog.h"
#include "home/HomePage.h"
#include "identity/IdentityDialog.h"
#include "outputs/OutputsDialog.h"
#include "review/ReviewQueueDialog.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/OwnIdentities.h"
#include "shares/ShareStore.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "support/TestSupport.h"
#include "widgets/Dialogs.h"

#include "share/AgreementPage.h"
#include "share/DatasetPage.h"
#include "share/ShareWizard.h"
#include "sharewise/Version.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace sharewise;
using namespace sharewise::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void homeOffersTheFiveActions();
    void countsComeFromTheHistory();
    void languageSwitchesWithoutRestart();
    void languageEnforcedByPolicyCannotBeSwitched();
    void aboutShowsVersion();
    void historyListsAndVerifies();
    void backupAndRestoreFromTheMenu();
    void unopenableHistoryIsExplained();
    void unreachableSharedRegisterIsExplained();
    void reviewAndOutputsOpenTheirDialogs();
    void shareOpensTheWizard();
    void auditHeadsAreSignedOnceAnIdentityIsHeld();

private:
    QAction* findAction(QWidget* w, const QString& text);
    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(crypto::initialise());
    Dialogs::setRecordMessagesForTesting(true);
}

void TestMainWindow::init()
{
    static int n = 0;
    m_dbPath = m_dir.filePath(QStringLiteral("h%1.sqlite").arg(++n));
    {
        AppSettings s;
        s.setDatabasePath(m_dbPath);
        s.setUsesSharedRegister(false);
        s.setLanguage(QStringLiteral("en"));
        s.sync();
    }
    Translations::apply(QStringLiteral("en"));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    Translations::apply(QStringLiteral("en"));
}

QAction* TestMainWindow::findAction(QWidget* w, const QString& text)
{
    const QList<QAction*> actions = w->findChildren<QAction*>();
    for (QAction* a : actions) {
        if (a->text().remove(QLatin1Char('&')) == text)
            return a;
    }
    return nullptr;
}

void TestMainWindow::homeOffersTheFiveActions()
{
    HomePage* home = m_window->homePage();
    const QList<QCommandLinkButton*> buttons = {home->shareButton(), home->reviewButton(),
                                                home->agreementsButton(), home->historyButton(),
                                                home->openBundleButton()};
    const QStringList names = {QStringLiteral("Share data"),
                               QStringLiteral("Review pending shares"),
                               QStringLiteral("Agreements"), QStringLiteral("History"),
                               QStringLiteral("Open a received bundle")};
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        QVERIFY(buttons[i]->isVisible());
        QVERIFY(buttons[i]->isEnabled());
        QCOMPARE(buttons[i]->accessibleName(), names[i]);
        QVERIFY(!buttons[i]->description().isEmpty());
    }
    QVERIFY(m_window->database());
    QCOMPARE(m_window->database()->path(), QFileInfo(m_dbPath).absoluteFilePath());
    // The menu has Settings, the language choice, Help and About.
    QVERIFY(findAction(m_window.get(), QStringLiteral("Settings…")));
    QVERIFY(findAction(m_window.get(), QStringLiteral("Cymraeg")));
    QVERIFY(findAction(m_window.get(), QStringLiteral("About Sharewise")));
    auto* help = m_window->findChild<QAction*>(QStringLiteral("helpAction"));
    QVERIFY(help);
    QCOMPARE(help->shortcut(), QKeySequence(Qt::Key_F1));
}

void TestMainWindow::countsComeFromTheHistory()
{
    HomePage* home = m_window->homePage();
    QCOMPARE(home->pendingLabel()->text(), QStringLiteral("0 shares waiting for review"));
    // An agreement promising one output 10 days ago (and one in 40 days), and a share
    // submitted under it.
    const crypto::Identity recipient = crypto::Identity::generate(QStringLiteral("Alex Smith"));
    const agreements::Agreement a = testshares::recordAgreement(
        *m_window->database(),
        testshares::agreementFor(QStringLiteral("DSA-HOME-1"), recipient.card().fingerprint()));
    shares::ShareStore store(*m_window->database());
    shares::ShareRecord s;
    s.agreementReference = a.reference;
    s.agreementVersion = a.version;
    s.agreementHash = a.contentHash;
    s.datasetName = QStringLiteral("clients.csv");
    s.recipients = {recipient.card()};
    Result<shares::ShareRecord> draft = store.createDraft(s);
    QVERIFY(draft);
    QVERIFY(store.submit(
        draft->id, draft->rowVersion,
        testshares::bindingFor(a, QStringLiteral("preparer"), {recipient.card().fingerprint()}),
        {}));
    m_window->refreshCounts();
    QCOMPARE(home->pendingLabel()->text(), QStringLiteral("1 share waiting for review"));
    QCOMPARE(home->overdueLabel()->text(), QStringLiteral("1 promised output overdue"));
}

void TestMainWindow::languageSwitchesWithoutRestart()
{
    HomePage* home = m_window->homePage();
    const QString english = home->shareButton()->text();
    QAction* welsh = m_window->languageAction(QStringLiteral("cy"));
    QVERIFY(welsh);
    welsh->trigger();
    QCOMPARE(Translations::current(), QStringLiteral("cy"));
    QVERIFY(welsh->isChecked());
    // The switch is posted to every window: no restart, but one turn of the event loop.
    QTRY_COMPARE(home->shareButton()->accessibleName(), QStringLiteral("Rhannu data"));
    QVERIFY(home->shareButton()->text() != english);
    QCOMPARE(m_window->menuBar()->actions().first()->text().remove(QLatin1Char('&')),
             QStringLiteral("Ffeil"));
    QCOMPARE(AppSettings().language(), QStringLiteral("cy"));

    m_window->languageAction(QStringLiteral("en"))->trigger();
    QTRY_COMPARE(home->shareButton()->text(), english);
    QCOMPARE(AppSettings().language(), QStringLiteral("en"));
}

void TestMainWindow::languageEnforcedByPolicyCannotBeSwitched()
{
    // The machine policy (docs/deployment.md): Sharewise/policy.ini under XDG_CONFIG_DIRS.
    const QString policyDir = m_dir.filePath(QStringLiteral("xdg"));
    QVERIFY(QDir().mkpath(policyDir + QStringLiteral("/Sharewise")));
    QFile policy(policyDir + QStringLiteral("/Sharewise/policy.ini"));
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write("[General]\nLanguage=cy\n");
    policy.close();
    const QByteArray before = qgetenv("XDG_CONFIG_DIRS");
    qputenv("XDG_CONFIG_DIRS", QFile::encodeName(policyDir));
    MainWindow window;
    qputenv("XDG_CONFIG_DIRS", before);
    QAction* english = window.languageAction(QStringLiteral("en"));
    QVERIFY(english);
    QVERIFY(!english->isEnabled());
    QVERIFY(window.languageAction(QStringLiteral("cy"))->isChecked());
    english->trigger(); // a disabled action does nothing; setLanguage refuses too
    QCOMPARE(Translations::current(), QStringLiteral("en"));  // init() applied English
    QCOMPARE(AppSettings().language(), QStringLiteral("en")); // the user's own choice stays
}

void TestMainWindow::aboutShowsVersion()
{
    AboutDialog about(m_window.get());
    QCOMPARE(about.versionLabel()->text(), QStringLiteral("Version " SHAREWISE_VERSION_STRING));
    Translations::apply(QStringLiteral("cy"));
    QTRY_COMPARE(about.versionLabel()->text(), QStringLiteral("Fersiwn " SHAREWISE_VERSION_STRING));
}

void TestMainWindow::historyListsAndVerifies()
{
    HistoryDialog dialog(*m_window->database(), m_window.get());
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, 3)->text(), QStringLiteral("History created"));
    QCOMPARE(dialog.table()->item(0, 2)->text(), HistoryDialog::displayActor(Session::actor()));
    QVERIFY(!dialog.table()->item(0, 2)->text().startsWith(QLatin1String("login:")));
    QTest::mouseClick(dialog.verifyButton(), Qt::LeftButton);
    QVERIFY2(dialog.resultLabel()->text().contains(QLatin1String("intact")),
             qPrintable(dialog.resultLabel()->text()));

    // An edit made with a SQL client behind the program's back is shown as a problem.
    QCOMPARE(
        test::rawSql(m_dbPath, {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                                QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE seq = 1")}),
        QString());
    QTest::mouseClick(dialog.verifyButton(), Qt::LeftButton);
    QVERIFY2(dialog.resultLabel()->text().startsWith(
                 QLatin1String("Problem: the audit trail is broken at entry 1.")),
             qPrintable(dialog.resultLabel()->text()));
}

void TestMainWindow::backupAndRestoreFromTheMenu()
{
    const QString backup = m_dir.filePath(QStringLiteral("menu-backup.sqlite"));
    auto* backupAction = m_window->findChild<QAction*>(QStringLiteral("backupAction"));
    QVERIFY(backupAction);
    Dialogs::setNextFileNameForTesting(backup);
    backupAction->trigger();
    QVERIFY(QFile::exists(backup));
    QVERIFY(Dialogs::lastMessageForTesting().contains(QLatin1String("checked")));

    QSqlQuery(m_window->database()->connection())
        .exec(
            QStringLiteral("INSERT INTO organisations (name, created_at_us) VALUES ('after', 0)"));

    auto* restoreAction = m_window->findChild<QAction*>(QStringLiteral("restoreAction"));
    QVERIFY(restoreAction);
    // Declining the confirmation changes nothing.
    Dialogs::setNextFileNameForTesting(backup);
    Dialogs::setNextConfirmForTesting(false);
    restoreAction->trigger();
    QSqlQuery q(m_window->database()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM organisations")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    q.finish();

    Dialogs::setNextFileNameForTesting(backup);
    Dialogs::setNextConfirmForTesting(true);
    restoreAction->trigger();
    QVERIFY(m_window->database());
    QSqlQuery after(m_window->database()->connection());
    QVERIFY(after.exec(QStringLiteral("SELECT count(*) FROM organisations")) && after.next());
    QCOMPARE(after.value(0).toInt(), 0);
    QVERIFY(Dialogs::lastMessageForTesting().contains(QLatin1String("kept as")));
    QCOMPARE(m_window->database()->audit().entries(1, true).value().first().action,
             QStringLiteral("history.restored"));
}

void TestMainWindow::unopenableHistoryIsExplained()
{
    const QString junk = m_dir.filePath(QStringLiteral("junk.sqlite"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'j'));
    f.close();
    m_window->settings().setDatabasePath(junk);
    m_window->openHistory();
    QVERIFY(!m_window->database());
    HomePage* home = m_window->homePage();
    QVERIFY(!home->shareButton()->isEnabled());
    QVERIFY(home->openBundleButton()->isEnabled()); // needs no history
    auto* problem = home->findChild<QWidget*>(QStringLiteral("historyProblem"));
    QVERIFY(problem && problem->isVisible());
    bool explained = false;
    for (QLabel* l : problem->findChildren<QLabel*>())
        explained |= l->text().contains(QLatin1String("not a Sharewise history"));
    QVERIFY(explained);
}

void TestMainWindow::unreachableSharedRegisterIsExplained()
{
    m_window->setSecretStore(std::make_unique<secrets::MemorySecretStore>());
    ServerConnection nowhere;
    nowhere.host = QStringLiteral("127.0.0.1");
    nowhere.port = 1; // nothing listens there
    nowhere.database = QStringLiteral("sharewise");
    nowhere.user = QStringLiteral("jbloggs");
    m_window->settings().setUsesSharedRegister(true);
    m_window->settings().setRegisterServer(nowhere);
    m_window->openHistory();
    // The window waits for the store and the server without freezing, and says so.
    QVERIFY(m_window->isConnecting());
    QVERIFY(!m_window->database());
    const auto statusSays = [this](const QString& text) {
        for (QLabel* l : m_window->statusBar()->findChildren<QLabel*>()) {
            if (l->text().contains(text))
                return true;
        }
        return false;
    };
    QVERIFY(statusSays(QStringLiteral("Connecting to the shared register")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isConnecting(), 30000);
    QVERIFY(!m_window->database());
    HomePage* home = m_window->homePage();
    auto* problem = home->findChild<QWidget*>(QStringLiteral("historyProblem"));
    QVERIFY(problem && problem->isVisible());
    bool explained = false;
    for (QLabel* l : problem->findChildren<QLabel*>()) {
        if (l->text().contains(QLatin1String("Could not reach the register server"))) {
            explained = true;
            // The server's words come as one sentence, not with their line breaks.
            QVERIFY2(!l->text().contains(u'\t') && !l->text().contains(u'\n'),
                     qPrintable(l->text()));
        }
    }
    QVERIFY(explained);
    QVERIFY(statusSays(QStringLiteral("History: not open")));
    // Backup and restore are for a history file: the register is backed up on its server.
    auto* backup = m_window->findChild<QAction*>(QStringLiteral("backupAction"));
    auto* restore = m_window->findChild<QAction*>(QStringLiteral("restoreAction"));
    QVERIFY(!backup->isEnabled());
    QVERIFY(!restore->isEnabled());

    // Back to the file: opened at once.
    m_window->settings().setUsesSharedRegister(false);
    m_window->openHistory();
    QVERIFY(!m_window->isConnecting());
    QVERIFY(m_window->database());
    QVERIFY(restore->isEnabled());
    QVERIFY(backup->isEnabled());
}

void TestMainWindow::reviewAndOutputsOpenTheirDialogs()
{
    bool queue = false;
    QTimer::singleShot(0, this, [&queue] {
        queue = qobject_cast<ReviewQueueDialog*>(QApplication::activeModalWidget()) != nullptr;
        if (QApplication::activeModalWidget())
            QApplication::activeModalWidget()->close();
    });
    QTest::mouseClick(m_window->homePage()->reviewButton(), Qt::LeftButton);
    QVERIFY(queue);
    bool outputs = false;
    QTimer::singleShot(0, this, [&outputs] {
        outputs = qobject_cast<OutputsDialog*>(QApplication::activeModalWidget()) != nullptr;
        if (QApplication::activeModalWidget())
            QApplication::activeModalWidget()->close();
    });
    QTest::mouseClick(m_window->homePage()->outputsButton(), Qt::LeftButton);
    QVERIFY(outputs);
}

void TestMainWindow::shareOpensTheWizard()
{
    bool seen = false;
    QTimer::singleShot(0, this, [&seen] {
        auto* wizard = qobject_cast<ShareWizard*>(QApplication::activeModalWidget());
        // With the history's register, a share starts with its agreement.
        seen = wizard != nullptr && wizard->agreementPage() != nullptr &&
               wizard->currentPage() == static_cast<QWizardPage*>(wizard->agreementPage());
        if (QApplication::activeModalWidget())
            QApplication::activeModalWidget()->close();
    });
    QTest::mouseClick(m_window->homePage()->shareButton(), Qt::LeftButton);
    QVERIFY(seen);
}

void TestMainWindow::auditHeadsAreSignedOnceAnIdentityIsHeld()
{
    m_window->setSecretStore(std::make_unique<secrets::MemorySecretStore>());
    // Backing up the history appends history.backed_up (the window may be a new one).
    auto backUp = [this](const QString& name) {
        Dialogs::setNextFileNameForTesting(m_dir.filePath(name));
        m_window->findChild<QAction*>(QStringLiteral("backupAction"))->trigger();
    };
    backUp(QStringLiteral("unsigned.sqlite"));
    QCOMPARE(m_window->database()->audit().verify().signedHeads, 0);
    QVERIFY(!m_window->currentIdentity());

    // Create the identity in Settings, My identity, as a user would.
    bool created = false;
    QTimer::singleShot(0, this, [&created] {
        auto* d = qobject_cast<IdentityDialog*>(QApplication::activeModalWidget());
        if (!d)
            return;
        QTest::keyClicks(d->nameEdit(), QStringLiteral("Sian Evans, Gwynedd Council"));
        QTest::mouseClick(d->createButton(), Qt::LeftButton);
        created = QTest::qWaitFor([d] { return d->page() == IdentityDialog::Page::Current; });
        d->reject();
    });
    m_window->showIdentity(); // returns when the dialog closes
    QVERIFY(created);
    const std::shared_ptr<const crypto::Identity> held = m_window->currentIdentity();
    QVERIFY(held);
    QCOMPARE(m_window->database()->signer(), held.get());

    backUp(QStringLiteral("signed.sqlite"));
    AuditVerification v = m_window->database()->audit().verify();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.signedHeads, 1);
    QSqlQuery q(m_window->database()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT entry_count, signer_key FROM audit_heads")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), v.entriesChecked); // the head after the backup
    QCOMPARE(q.value(1).toByteArray(), held->card().signingKey);
    q.finish();

    // Started again, the window loads the identity from the store by itself.
    auto store = std::make_unique<secrets::MemorySecretStore>();
    {
        secrets::OwnIdentities identities(*store);
        std::optional<Status> saved;
        identities.save(*held, nullptr,
                        [&saved](Status s, secrets::SecretProblem) { saved.emplace(s); });
        QTRY_VERIFY(saved.has_value());
        QVERIFY(*saved);
    }
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(!m_window->database()->signer());
    m_window->setSecretStore(std::move(store));
    QTRY_VERIFY(m_window->database()->signer());
    QCOMPARE(m_window->currentIdentity()->card(), held->card());
    backUp(QStringLiteral("signed-again.sqlite"));
    v = m_window->database()->audit().verify();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.signedHeads, 2);

    // Another history, without that identity: nothing held, nothing signed.
    m_window->settings().setDatabasePath(m_dir.filePath(QStringLiteral("other-history.sqlite")));
    m_window->openHistory();
    QVERIFY(m_window->database());
    QVERIFY(!m_window->database()->signer());
    QVERIFY(!m_window->currentIdentity());
    backUp(QStringLiteral("other-unsigned.sqlite"));
    v = m_window->database()->audit().verify();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.signedHeads, 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
