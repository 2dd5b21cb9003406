// "Try it with sample data": from the home screen, the whole Share wizard over the
// practice history — the sample agreement, file and recipient, the practice banner
// beside every page — to a sealed bundle, recorded in the practice history and not in
// the real one; every page it asks on says why.
#include "MainWindow.h"
#include "agreements/AgreementRegister.h"
#include "common/AppSettings.h"
#include "common/Translations.h"
#include "crypto/Sodium.h"
#include "home/HomePage.h"
#include "share/AgreementPage.h"
#include "share/DatasetPage.h"
#include "share/DonePage.h"
#include "share/PurposePage.h"
#include "share/RecipientsPage.h"
#include "share/RedactPage.h"
#include "share/ReviewPage.h"
#include "share/ShareWizard.h"
#include "shares/Practice.h"
#include "shares/ShareStore.h"
#include "store/Database.h"
#include "store/RecipientsDirectory.h"
#include "support/TestSupport.h"
#include "widgets/Dialogs.h"
#include "widgets/PracticeBanner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLinkButton>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace sharewise;
using namespace sharewise::ui;

namespace {

constexpr int kWait = 60000;

// Every page that asks something says why when asked: a "Why am I asked this?" toggle
// that shows its explanation.
bool explainsWhy(QWizardPage* page)
{
    QToolButton* toggle = nullptr;
    for (QToolButton* b : page->findChildren<QToolButton*>()) {
        if (b->objectName().endsWith(u"WhyToggle"_s) && b->isVisible())
            toggle = b;
    }
    auto* text =
        toggle
            ? page->findChild<QLabel*>(toggle->objectName().replace(u"WhyToggle"_s, u"WhyText"_s))
            : nullptr;
    if (!toggle || !text || text->isVisible() || toggle->text() != u"Why am I asked this?"_s)
        return false;
    QTest::mouseClick(toggle, Qt::LeftButton);
    const bool shown = text->isVisible() && !text->text().isEmpty();
    QTest::mouseClick(toggle, Qt::LeftButton);
    return shown && !text->isVisible();
}

bool clickNext(ShareWizard& w)
{
    QAbstractButton* next = w.button(QWizard::NextButton);
    if (w.currentPage() != w.donePage() && !explainsWhy(w.currentPage()))
        return false;
    if (!next->isEnabled() || !next->isVisible())
        return false;
    const int was = w.currentId();
    QTest::mouseClick(next, Qt::LeftButton);
    return w.currentId() != was;
}

// Takes the practice wizard from its first page to a sealed bundle at `out`; an empty
// string when all went well, else what did not.
QString sealPractice(ShareWizard& w, const QString& out)
{
    if (!qobject_cast<PracticeBanner*>(w.sideWidget()) || !w.sideWidget()->isVisible())
        return u"no practice banner"_s;
    if (!w.windowTitle().contains(u"Practice"_s))
        return u"the title does not say practice"_s;
    const QString reference = QString::fromLatin1(shares::practice::AgreementReference);
    if (!w.agreementPage() || !w.agreementPage()->choose(reference) || !clickNext(w))
        return u"the practice agreement could not be chosen"_s;
    if (!QTest::qWaitFor([&] { return w.datasetPage()->isComplete(); }, kWait))
        return u"the sample file was not read"_s;
    if (!w.sideWidget()->isVisible())
        return u"no banner on the Dataset page"_s;
    if (!clickNext(w) || w.currentPage() != w.purposePage())
        return u"no Purpose page"_s;
    if (agreements::anyBlocks(w.purposePage()->findings()))
        return u"the sample file is blocked: "_s + w.purposePage()->resultLabel()->text();
    if (!clickNext(w) || w.currentPage() != w.redactPage())
        return u"no Redact page"_s;
    if (!QTest::qWaitFor([&] { return w.redactPage()->isComplete(); }, kWait) || !clickNext(w))
        return u"the Redact page did not complete"_s;
    if (w.currentPage() != w.recipientsPage())
        return u"no Recipients page"_s;
    const QString fingerprint = w.draft().agreementRecord
                                    ? w.draft().agreementRecord->recipients.value(0).fingerprint
                                    : QString();
    if (fingerprint.isEmpty() || !w.recipientsPage()->choose(fingerprint) || !clickNext(w))
        return u"the sample recipient could not be chosen"_s;
    ReviewPage* review = w.reviewPage();
    if (w.currentPage() != review ||
        !QTest::qWaitFor([&] { return review->state() != ReviewPage::State::Preparing; }, kWait))
        return u"the review did not finish"_s;
    if (!review->sealButton()->isVisible() || !review->sealButton()->isEnabled())
        return u"Seal now is not offered: "_s + review->summaryLabel()->text();
    Dialogs::setNextFileNameForTesting(out);
    QTest::mouseClick(review->sealButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return w.currentPage() == w.donePage(); }, kWait))
        return u"not sealed"_s;
    if (!w.sideWidget()->isVisible())
        return u"no banner on the Done page"_s;
    return {};
}

} // namespace

class TestPracticeUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(crypto::initialise());
        QVERIFY(m_dir.isValid());
        Dialogs::setRecordMessagesForTesting(true);
    }

    void practiceSealsInItsOwnHistory()
    {
        const QString real = m_dir.filePath(u"history.sqlite"_s);
        {
            AppSettings s;
            s.setDatabasePath(real);
            s.setLanguage(u"en"_s);
            s.sync();
        }
        Translations::apply(u"en"_s);
        MainWindow window;
        const QString practice = m_dir.filePath(u"practice/practice.sqlite"_s);
        window.setPracticePathForTesting(practice);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCommandLinkButton* button = window.homePage()->practiceButton();
        QVERIFY(button->isVisible() && button->isEnabled());
        QVERIFY(!button->accessibleName().isEmpty());

        const QString out = m_dir.filePath(u"practice.swb"_s);
        QString problem = u"the wizard did not open"_s;
        QTimer::singleShot(0, this, [&] {
            auto* wizard = qobject_cast<ShareWizard*>(QApplication::activeModalWidget());
            if (wizard) {
                problem = sealPractice(*wizard, out);
                wizard->close();
            }
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(QFile::exists(out));

        // Recorded in the practice history, sealed; the real history never saw it.
        Result<std::unique_ptr<Database>> db = shares::practice::open(practice, u"login:t"_s);
        QVERIFY(db.ok());
        Result<QList<shares::ShareListItem>> inPractice = shares::ShareStore(*db.value()).list();
        QCOMPARE(inPractice->size(), 1);
        QCOMPARE(inPractice->first().state, shares::ShareState::Sealed);
        std::unique_ptr<Database> realDb = test::openHistory(real);
        QVERIFY(realDb);
        QCOMPARE(shares::ShareStore(*realDb).list()->size(), 0);
        QCOMPARE(agreements::AgreementRegister(*realDb).list()->size(), 0);
        QVERIFY(!shares::practice::isPractice(*realDb));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPracticeUi)
#include "tst_practice.moc"
