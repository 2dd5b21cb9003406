#include "agreements/AgreementHelperWizard.h"
#include "agreements/AgreementRegister.h"
#include "agreements/QuestionList.h"
#include "common/AppSettings.h"
#include "common/Translations.h"
#include "crypto/Sodium.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "support/TestSupport.h"
#include "widgets/ErrorSummary.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace sharewise;
using namespace sharewise::agreements;
using namespace sharewise::ui;
using namespace Qt::StringLiterals;

class TestAgreementHelper : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void nextIsRefusedUntilTheBasicsAreGiven();
    void aReferenceAlreadyInTheRegisterIsRefused();
    void answersBecomeAProposedDraftInTheRegister();
    void dpiaOutcomeFollowsTheAnswers();
    void noAnswersProposeNothingAndSaySo();
    void languageChangeKeepsTheAnswers();

private:
    void fillAbout(AgreementHelperWizard& w, const QString& reference);
    static void answer(QuestionList* list, const QString& id, Answer a);
    static void answerAll(QuestionList* list, Answer a);
    static QLabel* dpiaOutcome(AgreementHelperWizard& w);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestAgreementHelper::initTestCase()
{
    QVERIFY(crypto::initialise());
    QVERIFY(m_dir.isValid());
}

void TestAgreementHelper::init()
{
    static int n = 0;
    m_db = test::openHistory(m_dir.filePath(u"h%1.sqlite"_s.arg(++n)), u"login:sian"_s);
    QVERIFY(m_db);
    Translations::apply(u"en"_s);
}

void TestAgreementHelper::cleanup()
{
    m_db.reset();
}

void TestAgreementHelper::fillAbout(AgreementHelperWizard& w, const QString& reference)
{
    QTest::keyClicks(w.referenceEdit(), reference);
    QTest::keyClicks(w.titleEdit(), u"Homelessness case-level return"_s);
    QTest::keyClicks(w.partnerEdit(), u"Ministry of Housing"_s);
    QTest::keyClicks(w.purposeEdit(), u"To count and understand homelessness."_s);
}

void TestAgreementHelper::answer(QuestionList* list, const QString& id, Answer a)
{
    QRadioButton* b = list->button(id, a);
    QVERIFY2(b, qPrintable(u"no question "_s + id));
    QTest::mouseClick(b, Qt::LeftButton);
    QCOMPARE(list->answer(id), a);
}

void TestAgreementHelper::answerAll(QuestionList* list, Answer a)
{
    for (const QString& id : list->answers().keys())
        answer(list, id, a);
}

QLabel* TestAgreementHelper::dpiaOutcome(AgreementHelperWizard& w)
{
    return w.findChild<QLabel*>(u"dpiaOutcome"_s);
}

void TestAgreementHelper::nextIsRefusedUntilTheBasicsAreGiven()
{
    AgreementHelperWizard w(*m_db);
    w.show();
    QCOMPARE(w.currentId(), int(AgreementHelperWizard::AboutPageId));
    w.next();
    QCOMPARE(w.currentId(), int(AgreementHelperWizard::AboutPageId));
    auto* errors = w.currentPage()->findChild<ErrorSummary*>();
    QVERIFY(errors);
    QCOMPARE(errors->problems().size(), 4); // reference, title, partner, purpose

    fillAbout(w, u"DSA-2026-001"_s);
    w.next();
    QCOMPARE(w.currentId(), int(AgreementHelperWizard::LegalPageId));
}

void TestAgreementHelper::aReferenceAlreadyInTheRegisterIsRefused()
{
    Agreement existing;
    existing.reference = u"DSA-2026-002"_s;
    existing.title = u"Already here"_s;
    QVERIFY(AgreementRegister(*m_db).create(existing));

    AgreementHelperWizard w(*m_db);
    w.show();
    fillAbout(w, u"DSA-2026-002"_s);
    w.next();
    QCOMPARE(w.currentId(), int(AgreementHelperWizard::AboutPageId));
    auto* errors = w.currentPage()->findChild<ErrorSummary*>();
    QCOMPARE(errors->problems().size(), 1);
    QVERIFY(errors->problems().first().contains(u"DSA-2026-002"_s));
}

void TestAgreementHelper::answersBecomeAProposedDraftInTheRegister()
{
    AgreementHelperWizard w(*m_db);
    w.show();
    fillAbout(w, u"DSA-2026-003"_s);
    w.next();
    answer(w.legalQuestions(), u"public_duty"_s, Answer::Yes);
    answer(w.legalQuestions(), u"health"_s, Answer::Yes);
    w.next();
    QCOMPARE(w.currentId(), int(AgreementHelperWizard::DpiaPageId));
    answerAll(w.dpiaQuestions(), Answer::No);
    w.next();
    QCOMPARE(w.currentId(), int(AgreementHelperWizard::ProposalsPageId));

    // Shown as proposals, with the catalogue's name for each.
    const QString shown = w.proposalsView()->toPlainText();
    QVERIFY2(shown.contains(u"Proposed:"_s), qPrintable(shown));
    QVERIFY2(shown.contains(LegalCatalogue::instance().describe(u"art6_1_e"_s)), qPrintable(shown));
    QVERIFY2(shown.contains(screenDpia(w.dpiaQuestions()->answers()).headline()),
             qPrintable(shown));

    QVERIFY(w.createdReference().isEmpty());
    w.button(QWizard::FinishButton)->click();
    QCOMPARE(w.createdReference(), u"DSA-2026-003"_s);
    QVERIFY(!w.isVisible());

    Result<Agreement> made = AgreementRegister(*m_db).find(u"DSA-2026-003"_s);
    QVERIFY(made);
    QCOMPARE(made->status, AgreementStatus::Draft);
    QCOMPARE(made->version, 1);
    QCOMPARE(made->title, u"Homelessness case-level return"_s);
    QCOMPARE(made->lawfulBasis.code, u"art6_1_e"_s);
    QVERIFY(!made->lawfulBasis.reason.isEmpty());
    QVERIFY(made->isProposed(Field::LawfulBasis));
    QVERIFY(!made->specialCategoryConditions.isEmpty());
    QVERIFY(made->isProposed(Field::SpecialCategory));
    QCOMPARE(made->dpia.status, DpiaStatus::NotRequired);
    // The proposals stop it becoming active until confirmed.
    QVERIFY(!made->problemsForActivation().isEmpty());
    const auto partner =
        std::find_if(made->parties.cbegin(), made->parties.cend(),
                     [](const Party& p) { return p.organisation == u"Ministry of Housing"_s; });
    QVERIFY(partner != made->parties.cend());
    QCOMPARE(partner->role, PartyRole::Controller);

    bool audited = false;
    const Result<QList<AuditEntry>> entries = m_db->audit().entries();
    QVERIFY(entries);
    for (const AuditEntry& e : entries.value())
        audited |= e.action == u"agreement.created"_s && e.objectId == u"DSA-2026-003"_s;
    QVERIFY(audited);
}

void TestAgreementHelper::dpiaOutcomeFollowsTheAnswers()
{
    AgreementHelperWizard w(*m_db);
    w.show();
    fillAbout(w, u"DSA-2026-004"_s);
    w.next();
    w.next();
    QuestionList* dpia = w.dpiaQuestions();
    QVERIFY(dpia->answers().size() >= 5);
    QLabel* outcome = dpiaOutcome(w);
    QVERIFY(outcome);

    answerAll(dpia, Answer::No);
    QHash<QString, Answer> answers = dpia->answers();
    QCOMPARE(screenDpia(answers).outcome, DpiaOutcome::NotRequired);
    QVERIFY(outcome->text().contains(screenDpia(answers).headline()));

    const QString first = answers.keys().first();
    answer(dpia, first, Answer::NotSure);
    QCOMPARE(screenDpia(dpia->answers()).outcome, DpiaOutcome::LikelyNeeded);
    QVERIFY(outcome->text().contains(screenDpia(dpia->answers()).headline()));

    answer(dpia, first, Answer::Yes);
    QCOMPARE(screenDpia(dpia->answers()).outcome, DpiaOutcome::Required);
    QVERIFY(outcome->text().contains(screenDpia(dpia->answers()).headline()));

    w.next();
    w.button(QWizard::FinishButton)->click();
    Result<Agreement> made = AgreementRegister(*m_db).find(u"DSA-2026-004"_s);
    QVERIFY(made);
    QCOMPARE(made->dpia.status, DpiaStatus::Required);
    QVERIFY(made->dpia.triggers.contains(first));
}

void TestAgreementHelper::noAnswersProposeNothingAndSaySo()
{
    AgreementHelperWizard w(*m_db);
    w.show();
    fillAbout(w, u"DSA-2026-005"_s);
    w.next();
    w.next();
    w.next();
    QCOMPARE(w.currentId(), int(AgreementHelperWizard::ProposalsPageId));
    QVERIFY(!w.proposalsView()->toPlainText().contains(u"Proposed:"_s));
    QVERIFY(w.proposalsView()->toPlainText().contains(u"do not suggest a legal basis"_s));
    w.button(QWizard::FinishButton)->click();
    Result<Agreement> made = AgreementRegister(*m_db).find(u"DSA-2026-005"_s);
    QVERIFY(made);
    QVERIFY(made->lawfulBasis.code.isEmpty());
    QVERIFY(made->proposed.isEmpty());
}

void TestAgreementHelper::languageChangeKeepsTheAnswers()
{
    AgreementHelperWizard w(*m_db);
    w.show();
    fillAbout(w, u"DSA-2026-006"_s);
    w.next();
    answer(w.legalQuestions(), u"public_duty"_s, Answer::Yes);
    const QString english = w.windowTitle();
    Translations::apply(u"cy"_s); // the language change arrives as a posted event
    QTRY_VERIFY(w.windowTitle() != english);
    QCOMPARE(w.legalQuestions()->answer(u"public_duty"_s), Answer::Yes);
    QCOMPARE(w.referenceEdit()->text(), u"DSA-2026-006"_s);
    Translations::apply(u"en"_s);
    QTRY_COMPARE(w.windowTitle(), english);
}

QTEST_MAIN(TestAgreementHelper)
#include "tst_agreementhelper.moc"
