// The main window and the Share wizard driven by the keyboard alone: Tab, Enter,
// mnemonics and Escape, as someone who cannot use a mouse would. The keys are the ones
// docs/accessibility.md lists.
#include "MainWindow.h"
#include "common/AppSettings.h"
#include "common/Translations.h"
#include "crypto/Sodium.h"
#include "home/HomePage.h"
#include "recipients/AddRecipientDialog.h"
#include "share/AgreementPage.h"
#include "share/DatasetPage.h"
#include "share/PurposePage.h"
#include "share/ShareWizard.h"
#include "shares/Practice.h"
#include "store/Database.h"
#include "support/AccessibilityAudit.h"
#include "support/TestSupport.h"
#include "widgets/Dialogs.h"
#include "widgets/ErrorSummary.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLinkButton>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace sharewise;
using namespace sharewise::ui;

namespace {

constexpr int kWait = 20'000;

// Sends one key to whatever has the focus in the active window, as the keyboard does.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* to =
        QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
    QTest::keyClick(to, Qt::Key(key), modifiers);
}

// Presses Tab `count` times and returns where the focus went each time.
QList<QWidget*> tabChain(int count)
{
    QList<QWidget*> seen;
    for (int i = 0; i < count; ++i) {
        press(Qt::Key_Tab);
        seen << QApplication::focusWidget();
    }
    return seen;
}

QString names(const QList<QWidget*>& widgets)
{
    QStringList out;
    for (QWidget* w : widgets)
        out << (w ? (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                               : w->objectName())
                  : u"(none)"_s);
    return out.join(u", "_s);
}

// Runs `trigger`, which opens a modal window, and `inside` on that window once it is
// shown and active; `inside` must close it. Returns what went wrong, or empty.
QString withModal(const std::function<void()>& trigger,
                  const std::function<QString(QWidget*)>& inside)
{
    QString problem = u"no window opened"_s;
    bool done = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || done)
            return;
        poll.stop();
        modal->activateWindow();
        if (!QTest::qWaitForWindowActive(modal) ||
            !QTest::qWaitFor([modal] { return QApplication::activeWindow() == modal; }, kWait)) {
            problem = u"the window did not become active"_s;
            modal->close();
        } else {
            problem = inside(modal);
            if (modal->isVisible())
                modal->close();
        }
        done = true;
    });
    poll.start();
    trigger();
    if (!QTest::qWaitFor([&] { return done; }, kWait))
        return u"timed out: "_s + problem;
    return problem;
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(crypto::initialise());
        Dialogs::setRecordMessagesForTesting(true);
    }

    void init()
    {
        static int n = 0;
        AppSettings s;
        s.setDatabasePath(m_dir.filePath(u"history-%1.sqlite"_s.arg(++n)));
        s.setLanguage(u"en"_s);
        s.sync();
        Translations::apply(u"en"_s);
        m_window = std::make_unique<MainWindow>();
        m_window->setPracticePathForTesting(m_dir.filePath(u"practice-%1.sqlite"_s.arg(n)));
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    // Tab from Share data visits every action of the home screen, most important first.
    void homeActionsInTabOrder()
    {
        HomePage* home = m_window->homePage();
        home->shareButton()->setFocus(Qt::TabFocusReason);
        QCOMPARE(QApplication::focusWidget(), home->shareButton());
        const QList<QWidget*> expected = {home->reviewButton(),     home->agreementsButton(),
                                          home->outputsButton(),    home->historyButton(),
                                          home->openBundleButton(), home->practiceButton()};
        const QList<QWidget*> seen = tabChain(int(expected.size()));
        QVERIFY2(seen == expected, qPrintable(names(seen)));
        // And back again with Shift+Tab.
        press(Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), home->openBundleButton());
    }

    // Every action of the home screen answers its own Alt+letter.
    void homeActionsHaveTheirOwnMnemonics()
    {
        HomePage* home = m_window->homePage();
        QSet<QString> keys;
        for (QCommandLinkButton* b :
             {home->shareButton(), home->reviewButton(), home->agreementsButton(),
              home->outputsButton(), home->historyButton(), home->openBundleButton(),
              home->practiceButton()}) {
            QVERIFY2(!b->shortcut().isEmpty(), qPrintable(b->text()));
            keys.insert(b->shortcut().toString());
        }
        QCOMPARE(keys.size(), 7);
        const QList<test::AccessibilityProblem> problems = test::auditAccessibility(m_window.get());
        QStringList lines;
        for (const test::AccessibilityProblem& p : problems)
            lines << test::describe(p);
        QVERIFY2(problems.isEmpty(), qPrintable(lines.join(u'\n')));
    }

    // Alt+S opens the Share wizard on its first page, with the focus in the page; Escape
    // closes it.
    void shareDataByMnemonic()
    {
        const QString problem = withModal([] { press(Qt::Key_S, Qt::AltModifier); },
                                          [](QWidget* modal) -> QString {
                                              auto* wizard = qobject_cast<ShareWizard*>(modal);
                                              if (!wizard || !wizard->agreementPage())
                                                  return u"not the Share wizard"_s;
                                              if (wizard->currentPage() != wizard->agreementPage())
                                                  return u"not on the agreement page"_s;
                                              press(Qt::Key_Escape);
                                              if (wizard->isVisible())
                                                  return u"Escape did not close it"_s;
                                              return QString();
                                          });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Tab to Share data and Enter: a command link acts on Enter as on Space.
    void shareDataByTabAndEnter()
    {
        QWidget* share = m_window->homePage()->shareButton();
        for (int i = 0; i < 30 && QApplication::focusWidget() != share; ++i)
            press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), share);
        const QString problem = withModal([] { press(Qt::Key_Return); },
                                          [](QWidget* modal) -> QString {
                                              return qobject_cast<ShareWizard*>(modal)
                                                         ? QString()
                                                         : u"not the Share wizard"_s;
                                          });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The focused action looks different from the others: the focus can be seen.
    void focusIsVisible()
    {
        // Moved by the keyboard (the style draws the focus once the keyboard has moved it).
        HomePage* home = m_window->homePage();
        home->shareButton()->setFocus(Qt::TabFocusReason);
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), home->reviewButton());
        const QImage unfocused = home->shareButton()->grab().toImage();
        press(Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), home->shareButton());
        const QImage focused = home->shareButton()->grab().toImage();
        QVERIFY(!unfocused.isNull());
        QVERIFY(focused != unfocused);
    }

    // The practice, by keyboard alone: Alt+D opens it; Tab walks the agreement page in
    // its order (why we ask, the list, then the wizard's buttons); the arrow keys choose
    // the agreement; Alt+N moves on to the dataset and then to the purpose.
    void practiceWizardByKeyboard()
    {
        const QString problem = withModal(
            [] { press(Qt::Key_D, Qt::AltModifier); },
            [](QWidget* modal) -> QString {
                auto* wizard = qobject_cast<ShareWizard*>(modal);
                if (!wizard || !wizard->agreementPage())
                    return u"not the practice wizard"_s;
                AgreementPage* page = wizard->agreementPage();
                QWidget* list = page->list();
                QWidget* why = page->findChild<QWidget*>(u"agreementWhyToggle"_s);
                QWidget* next = wizard->button(QWizard::NextButton);
                QWidget* cancel = wizard->button(QWizard::CancelButton);
                if (!why)
                    return u"no \"Why we ask\" button"_s;
                why->setFocus(Qt::TabFocusReason);
                // The list comes straight after "Why am I asked this?"; the arrow keys
                // and Space choose in it.
                press(Qt::Key_Tab);
                if (QApplication::focusWidget() != list)
                    return u"Tab from \"Why am I asked this?\" went to "_s +
                           names({QApplication::focusWidget()});
                // (Down moves to the next agreement and chooses it; on the first, or with
                // one alone, Space chooses the one with the focus.)
                press(Qt::Key_Down);
                if (!wizard->currentPage()->isComplete())
                    press(Qt::Key_Space);
                if (!wizard->currentPage()->isComplete())
                    return u"the arrow keys did not choose an agreement"_s;
                // Then the wizard's buttons, Next before Cancel, and round to the top.
                const QList<QWidget*> chain = tabChain(4);
                const QList<QWidget*> expected = {wizard->button(QWizard::CustomButton1), next,
                                                  cancel, why};
                if (chain != expected)
                    return u"the agreement page's tab order is "_s + names(chain);
                press(Qt::Key_N, Qt::AltModifier);
                if (!QTest::qWaitFor([&] { return wizard->currentPage() == wizard->datasetPage(); },
                                     kWait))
                    return u"Alt+N did not go on to the dataset"_s;
                if (!QTest::qWaitFor([&] { return wizard->datasetPage()->isComplete(); }, kWait))
                    return u"the sample file was not read"_s;
                if (!wizard->datasetPage()->isAncestorOf(QApplication::focusWidget()) &&
                    !wizard->isAncestorOf(QApplication::focusWidget()))
                    return u"the focus left the wizard"_s;
                press(Qt::Key_N, Qt::AltModifier);
                if (!QTest::qWaitFor([&] { return wizard->currentPage() == wizard->purposePage(); },
                                     kWait))
                    return u"Alt+N did not go on to the purpose"_s;
                wizard->reject();
                return QString();
            });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Add a partner's key reads from the top: the problems' links first (the summary
    // has the focus when it shows them), then Load from a file, which stands above the
    // key card, the card, the organisation and the person.
    void addRecipientInReadingOrder()
    {
        std::unique_ptr<Database> db = test::openHistory(m_dir.filePath(u"add-recipient.sqlite"_s));
        QVERIFY(db);
        AddRecipientDialog add(*db);
        add.show();
        add.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&add));
        add.addButton()->click(); // nothing filled in: three problems
        QTest::qWait(0);          // the layout shows the new links
        auto* summary = add.findChild<ErrorSummary*>(u"errorSummary"_s);
        QVERIFY(summary);
        const QStringList problems = summary->problems();
        QCOMPARE(problems.size(), 3);
        QCOMPARE(QApplication::focusWidget(), summary);
        // Tab from the summary to the key card (a label's link can hold the focus for two
        // presses: the label, then its link).
        QList<QWidget*> seen;
        for (int i = 0; i < 12 && QApplication::focusWidget() != add.organisationEdit(); ++i) {
            press(Qt::Key_Tab);
            if (seen.isEmpty() || seen.constLast() != QApplication::focusWidget())
                seen << QApplication::focusWidget();
        }
        QCOMPARE(seen.size(), 6);
        for (int i = 0; i < 3; ++i) {
            auto* link = qobject_cast<QLabel*>(seen.at(i));
            QVERIFY2(link && link->parentWidget() == summary &&
                         link->accessibleName() == problems.at(i),
                     qPrintable(names(seen)));
        }
        const QList<QWidget*> form = seen.mid(3);
        const QList<QWidget*> expected = {add.loadButton(), add.cardEdit(), add.organisationEdit()};
        QVERIFY2(form == expected, qPrintable(names(seen)));
        press(Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), add.cardEdit());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
