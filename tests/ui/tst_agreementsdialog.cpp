#include "MainWindow.h"
#include "agreements/AgreementEditorDialog.h"
#include "agreements/AgreementHelperWizard.h"
#include "agreements/AgreementRegister.h"
#include "agreements/AgreementsDialog.h"
#include "agreements/NewAgreementDialog.h"
#include "agreements/QuestionList.h"
#include "agreements/ReasonDialog.h"
#include "agreements/Templates.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "common/Translations.h"
#include "crypto/Sodium.h"
#include "home/HomePage.h"
#include "store/Database.h"
#include "store/RecipientsDirectory.h"
#include "support/TestSupport.h"
#include "widgets/Dialogs.h"
#include "widgets/ErrorSummary.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDateEdit>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace sharewise;
using namespace sharewise::agreements;
using namespace sharewise::ui;

class TestAgreementsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void newFromATemplateAppearsAsDraft();
    void newWithTheHelperAppearsInTheRegister();
    void proposalsAreMarkedUntilConfirmed();
    void problemsListedAndNothingSaved();
    void editRecordsANewVersion();
    void pseudonymKindIsChosenInTheEditor();
    void staleVersionSaidPlainly();
    void recipientsComeFromTheDirectory();
    void partnerWithoutAKeyReceivesByPassphrase();
    void filtersBothWays();
    void expiredShownAndFiltered();
    void activateSuspendEnd();
    void activationProblemsListedFirst();
    void savesAPdf();
    void exportAndImportJson();
    void welshSwitchRetranslates();
    void reachableFromHome();

private:
    template <typename T>
    void whenShown(std::function<void(T*)> answer);
    // A complete agreement that can be active.
    Agreement complete(const QString& reference, const QString& partner) const;
    Agreement record(const Agreement& a);
    int rowOf(const AgreementsDialog& d, const QString& reference) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    crypto::Identity m_partnerKey;
};

template <typename T>
void TestAgreementsDialog::whenShown(std::function<void(T*)> answer)
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

void TestAgreementsDialog::initTestCase()
{
    QVERIFY(crypto::initialise());
    Dialogs::setRecordMessagesForTesting(true);
    m_partnerKey = crypto::Identity::generate(u"Alex Morgan, ONS"_s);
}

void TestAgreementsDialog::init()
{
    static int n = 0;
    m_db = test::openHistory(m_dir.filePath(u"h%1.sqlite"_s.arg(++n)));
    QVERIFY(m_db);
    Translations::apply(u"en"_s);
}

void TestAgreementsDialog::cleanup()
{
    Clock::setSourceForTesting({});
    m_db.reset();
}

Agreement TestAgreementsDialog::complete(const QString& reference, const QString& partner) const
{
    Agreement a;
    a.reference = reference;
    a.title = u"Case-level return to "_s + partner;
    a.parties = {
        {u"Denbighshire County Council"_s, PartyRole::Controller, {u"Siân Evans"_s, {}, {}, {}}},
        {partner, PartyRole::Controller, {u"Alex Morgan"_s, {}, {}, {}}}};
    a.purpose = u"To count households helped."_s;
    a.lawfulBasis = {u"art6_1_e"_s, {}, u"The council's housing duties."_s};
    DataItem item;
    item.name = u"Postcode"_s;
    item.minimum.action = redact::Action::Generalise;
    item.minimum.to = redact::Generalisation::PostcodeSector;
    a.dataItems = {item};
    a.retention = u"Two years, then deleted."_s;
    a.startsOn = Clock::today().addMonths(-1);
    a.reviewDueOn = Clock::today().addYears(1);
    a.signOffs = {{u"Siân Evans"_s,
                   SignOffRole::Siro,
                   {},
                   u"Denbighshire County Council"_s,
                   Clock::today().addMonths(-1)}};
    a.recipients = {{partner, u"Alex Morgan"_s, m_partnerKey.card().fingerprint()}};
    a.dpia.status = DpiaStatus::NotRequired;
    return a;
}

Agreement TestAgreementsDialog::record(const Agreement& a)
{
    Result<Agreement> made = AgreementRegister(*m_db).create(a);
    if (!made)
        qWarning("%s", qPrintable(made.error().message));
    return made ? made.value() : Agreement{};
}

int TestAgreementsDialog::rowOf(const AgreementsDialog& d, const QString& reference) const
{
    for (int row = 0; row < d.table()->rowCount(); ++row) {
        if (d.table()->item(row, AgreementsDialog::ReferenceColumn)->text() == reference)
            return row;
    }
    return -1;
}

void TestAgreementsDialog::newFromATemplateAppearsAsDraft()
{
    const QList<AgreementTemplate> templates = agreementTemplates();
    QVERIFY(!templates.isEmpty());
    const QString id = templates.first().id;
    AgreementsDialog d(*m_db);
    d.show();
    QCOMPARE(d.table()->rowCount(), 0);

    bool choserSeen = false;
    bool editorSeen = false;
    whenShown<NewAgreementDialog>([&](NewAgreementDialog* chooser) {
        choserSeen = true;
        QVERIFY(chooser->templateButton(id));
        chooser->templateButton(id)->click();
        QTest::mouseClick(chooser->continueButton(), Qt::LeftButton);
    });
    whenShown<AgreementEditorDialog>([&](AgreementEditorDialog* editor) {
        editorSeen = true;
        QVERIFY(editor->isNew());
        // The template filled in the title and purpose; the user gives reference and dates.
        QVERIFY(!editor->titleEdit()->text().isEmpty());
        QVERIFY(!editor->purposeEdit()->toPlainText().isEmpty());
        QVERIFY(editor->referenceEdit()->text().isEmpty());
        QTest::keyClicks(editor->referenceEdit(), u"DSA-2026-031"_s);
        AgreementEditorDialog::setDate(editor->startsOnEdit(), QDate(2026, 4, 1));
        AgreementEditorDialog::setDate(editor->endsOnEdit(), QDate(2027, 3, 31));
        AgreementEditorDialog::setDate(editor->reviewDueEdit(), QDate(2026, 12, 1));
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        if (editor->isVisible()) { // a problem: say which, and leave
            const QStringList problems = editor->errorSummary()->problems();
            editor->reject();
            QFAIL(qPrintable(problems.join(u'\n')));
        }
    });
    QTest::mouseClick(d.newButton(), Qt::LeftButton);
    QVERIFY(choserSeen);
    QVERIFY(editorSeen);

    QCOMPARE(d.table()->rowCount(), 1);
    QCOMPARE(d.table()->item(0, AgreementsDialog::ReferenceColumn)->text(), u"DSA-2026-031"_s);
    QCOMPARE(d.table()->item(0, AgreementsDialog::StatusColumn)->text(),
             displayStatusLabel(DisplayStatus::Draft));
    QCOMPARE(d.table()->item(0, AgreementsDialog::VersionColumn)->text(), u"1"_s);
    QCOMPARE(d.selectedReference(), u"DSA-2026-031"_s);
    QVERIFY(d.statusLabel()->isVisible());

    Result<Agreement> saved = AgreementRegister(*m_db).find(u"DSA-2026-031"_s);
    QVERIFY(saved);
    QCOMPARE(saved->templateId, id);
    QCOMPARE(saved->startsOn, QDate(2026, 4, 1));
    QCOMPARE(saved->endsOn, QDate(2027, 3, 31));
    QCOMPARE(saved->reviewDueOn, QDate(2026, 12, 1));
    QCOMPARE(saved->status, AgreementStatus::Draft);
    // Everything the template held went through the form unchanged.
    Result<Agreement> fromTemplate = agreementFromTemplate(id);
    QVERIFY(fromTemplate);
    QCOMPARE(saved->dataItems, fromTemplate->dataItems);
    QCOMPARE(saved->lawfulBasis, fromTemplate->lawfulBasis);
    QCOMPARE(saved->specialCategoryConditions, fromTemplate->specialCategoryConditions);
    QCOMPARE(saved->statutoryPowers, fromTemplate->statutoryPowers);
    QCOMPARE(saved->proposed, fromTemplate->proposed);
    QCOMPARE(saved->purpose, fromTemplate->purpose);

    // The summary and the whole agreement are shown for it, and its one version.
    QVERIFY(d.summaryView()->toPlainText().contains(saved->title) ||
            !d.summaryView()->toPlainText().isEmpty());
    QVERIFY(d.detailsView()->toPlainText().contains(u"DSA-2026-031"_s));
    QCOMPARE(d.versionsTable()->rowCount(), 1);
}

void TestAgreementsDialog::newWithTheHelperAppearsInTheRegister()
{
    AgreementsDialog d(*m_db);
    d.show();
    QCOMPARE(d.table()->rowCount(), 0);

    bool helperSeen = false;
    whenShown<NewAgreementDialog>([&](NewAgreementDialog* chooser) {
        QVERIFY(chooser->helperButton()->isEnabled());
        chooser->helperButton()->click();
        QTest::mouseClick(chooser->continueButton(), Qt::LeftButton);
    });
    whenShown<AgreementHelperWizard>([&](AgreementHelperWizard* w) {
        helperSeen = true;
        QTest::keyClicks(w->referenceEdit(), u"DSA-2026-040"_s);
        QTest::keyClicks(w->titleEdit(), u"Rough sleeping health needs"_s);
        QTest::keyClicks(w->partnerEdit(), u"Health Board"_s);
        QTest::keyClicks(w->purposeEdit(), u"To plan outreach health services."_s);
        w->next();
        QTest::mouseClick(w->legalQuestions()->button(u"public_duty"_s, Answer::Yes),
                          Qt::LeftButton);
        w->next();
        for (const QString& id : w->dpiaQuestions()->answers().keys())
            QTest::mouseClick(w->dpiaQuestions()->button(id, Answer::No), Qt::LeftButton);
        w->next();
        QCOMPARE(w->currentId(), int(AgreementHelperWizard::ProposalsPageId));
        QTest::mouseClick(w->button(QWizard::FinishButton), Qt::LeftButton);
        if (w->isVisible()) {
            const QStringList problems = w->finishErrors()->problems();
            w->reject();
            QFAIL(qPrintable(problems.join(u'\n')));
        }
    });
    QTest::mouseClick(d.newButton(), Qt::LeftButton);
    QVERIFY(helperSeen);

    // In the register: a draft, selected, its lawful basis a proposal to confirm.
    QCOMPARE(d.table()->rowCount(), 1);
    QCOMPARE(d.table()->item(0, AgreementsDialog::ReferenceColumn)->text(), u"DSA-2026-040"_s);
    QCOMPARE(d.table()->item(0, AgreementsDialog::StatusColumn)->text(),
             displayStatusLabel(DisplayStatus::Draft));
    QCOMPARE(d.selectedReference(), u"DSA-2026-040"_s);
    QVERIFY(d.detailsView()->toPlainText().contains(u"Rough sleeping health needs"_s));
    Result<Agreement> saved = AgreementRegister(*m_db).find(u"DSA-2026-040"_s);
    QVERIFY(saved);
    QCOMPARE(saved->lawfulBasis.code, u"art6_1_e"_s);
    QVERIFY(saved->isProposed(Field::LawfulBasis));
    QCOMPARE(saved->dpia.status, DpiaStatus::NotRequired);
}

void TestAgreementsDialog::proposalsAreMarkedUntilConfirmed()
{
    Result<Agreement> fromTemplate = agreementFromTemplate(agreementTemplates().first().id);
    QVERIFY(fromTemplate);
    QVERIFY(fromTemplate->isProposed(Field::LawfulBasis));
    AgreementEditorDialog editor(*m_db, fromTemplate.value());
    editor.show();
    editor.setSection(AgreementEditorDialog::LegalSection);
    QWidget* marker = editor.proposedMarker(Field::LawfulBasis);
    QVERIFY(marker);
    QVERIFY(marker->isVisible());
    QVERIFY(editor.sectionList()
                ->item(AgreementEditorDialog::LegalSection)
                ->text()
                .contains(u"to confirm"_s));
    // The lawful basis from the catalogue, with its explanation under it.
    QCOMPARE(editor.lawfulBasisBox()->currentData().toString(), fromTemplate->lawfulBasis.code);
    QVERIFY(!editor.lawfulBasisExplanation()->text().isEmpty());

    QTest::mouseClick(editor.confirmButton(Field::LawfulBasis), Qt::LeftButton);
    QVERIFY(!marker->isVisible());
    QVERIFY(!editor.agreement().isProposed(Field::LawfulBasis));
    // The others stay proposals.
    for (const QString& f : fromTemplate->proposed) {
        if (f != QLatin1String(Field::LawfulBasis))
            QVERIFY(editor.agreement().proposed.contains(f));
    }
    // A blank agreement proposes nothing.
    AgreementEditorDialog blank(*m_db, Agreement{});
    blank.show();
    blank.setSection(AgreementEditorDialog::LegalSection);
    QVERIFY(!blank.proposedMarker(Field::LawfulBasis)->isVisible());
}

void TestAgreementsDialog::problemsListedAndNothingSaved()
{
    AgreementEditorDialog editor(*m_db, Agreement{});
    editor.show();
    editor.setSection(AgreementEditorDialog::DatesSection);
    AgreementEditorDialog::setDate(editor.startsOnEdit(), QDate(2026, 4, 1));
    AgreementEditorDialog::setDate(editor.endsOnEdit(), QDate(2026, 1, 1));
    QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
    QVERIFY(editor.isVisible());
    // No reference, no title, the end before the start: all at once, in the summary.
    const QStringList problems = editor.errorSummary()->problems();
    QCOMPARE(problems, editor.agreement().problems());
    QCOMPARE(problems.size(), 3);
    QVERIFY(editor.errorSummary()->isVisible());
    QVERIFY(AgreementRegister(*m_db).list()->isEmpty());

    // Each problem's link takes the user to its section.
    editor.setSection(AgreementEditorDialog::OverviewSection);
    const QList<QLabel*> links =
        editor.errorSummary()->findChildren<QLabel*>(Qt::FindDirectChildrenOnly);
    QCOMPARE(links.size(), 4); // the title and three problems
    emit links.last()->linkActivated(u"#2"_s);
    QCOMPARE(editor.section(), AgreementEditorDialog::DatesSection);
    emit links.at(1)->linkActivated(u"#0"_s);
    QCOMPARE(editor.section(), AgreementEditorDialog::OverviewSection);

    // Put right, it saves.
    editor.referenceEdit()->setText(u"DSA-2026-040"_s);
    editor.titleEdit()->setText(u"Test"_s);
    AgreementEditorDialog::setDate(editor.endsOnEdit(), QDate());
    QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
    QVERIFY(!editor.isVisible());
    QCOMPARE(editor.saved().version, 1);
    QVERIFY(!editor.saved().endsOn.isValid());
}

void TestAgreementsDialog::editRecordsANewVersion()
{
    QVERIFY(!record(complete(u"DSA-2026-001"_s, u"Office for National Statistics"_s))
                 .reference.isEmpty());
    AgreementsDialog d(*m_db);
    d.show();
    QVERIFY(d.selectReference(u"DSA-2026-001"_s));
    bool noteAsked = false;
    whenShown<AgreementEditorDialog>([&](AgreementEditorDialog* editor) {
        QVERIFY(!editor->isNew());
        QCOMPARE(editor->referenceEdit()->text(), u"DSA-2026-001"_s);
        // Unchanged: nothing to record, said in the summary.
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->errorSummary()->problems().size(), 1);
        whenShown<ReasonDialog>([&](ReasonDialog* note) {
            noteAsked = true;
            QCOMPARE(note->kind(), ReasonDialog::Kind::ChangeNote);
            QTest::keyClicks(note->reasonEdit(), u"Extended to March 2028"_s);
            QTest::mouseClick(note->okButton(), Qt::LeftButton);
        });
        editor->titleEdit()->setText(u"Homelessness case-level return"_s);
        AgreementEditorDialog::setDate(editor->endsOnEdit(), QDate(2028, 3, 31));
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    });
    QTest::mouseClick(d.editButton(), Qt::LeftButton);
    QVERIFY(noteAsked);
    QCOMPARE(d.table()->item(0, AgreementsDialog::VersionColumn)->text(), u"2"_s);
    QCOMPARE(d.table()->item(0, AgreementsDialog::TitleColumn)->text(),
             u"Homelessness case-level return"_s);
    QCOMPARE(d.versionsTable()->rowCount(), 2);
    // The newest first, with its note, who and the start of its hash.
    QCOMPARE(d.versionsTable()->item(0, AgreementsDialog::VersionNumberColumn)->text(), u"2"_s);
    QCOMPARE(d.versionsTable()->item(0, AgreementsDialog::VersionNoteColumn)->text(),
             u"Extended to March 2028"_s);
    QCOMPARE(d.versionsTable()->item(0, AgreementsDialog::VersionByColumn)->text(), u"tester"_s);
    Result<Agreement> now = AgreementRegister(*m_db).find(u"DSA-2026-001"_s);
    QVERIFY(now && now->version == 2);
    QVERIFY(
        QString::fromLatin1(now->contentHash.toHex())
            .startsWith(d.versionsTable()->item(0, AgreementsDialog::VersionHashColumn)->text()));
    QCOMPARE(now->endsOn, QDate(2028, 3, 31));
    // The rest of the agreement went through the form unchanged.
    Agreement expected = complete(u"DSA-2026-001"_s, u"Office for National Statistics"_s);
    expected.title = u"Homelessness case-level return"_s;
    expected.endsOn = QDate(2028, 3, 31);
    QCOMPARE(now->parties, expected.parties);
    QCOMPARE(now->dataItems, expected.dataItems);
    QCOMPARE(now->signOffs, expected.signOffs);
    QCOMPARE(now->recipients, expected.recipients);
    QVERIFY(now.value() == expected);
}

void TestAgreementsDialog::pseudonymKindIsChosenInTheEditor()
{
    Agreement a = complete(u"DSA-2026-060"_s, u"Office for National Statistics"_s);
    DataItem item;
    item.name = u"Patient identifier"_s;
    item.minimum.action = redact::Action::Pseudonymise;
    item.minimum.kind = redact::PseudonymKind{profile::IdentifierKind::NiNumber};
    a.dataItems = {item};
    AgreementEditorDialog editor(*m_db, a);
    editor.show();
    auto* level = qobject_cast<QComboBox*>(
        editor.dataItemsTable()->cellWidget(0, AgreementEditorDialog::ItemLevelColumn));
    auto* action = qobject_cast<QComboBox*>(
        editor.dataItemsTable()->cellWidget(0, AgreementEditorDialog::ItemActionColumn));
    QVERIFY(level && action);
    // The kind the pseudonym is keyed as is shown and can be chosen.
    QVERIFY(level->isEnabled());
    QCOMPARE(level->currentData().toString(), u"ni_number"_s);
    QCOMPARE(editor.agreement().dataItems.first().minimum.kind, item.minimum.kind);
    level->setCurrentIndex(level->findData(u"nhs_number"_s));
    QCOMPARE(editor.agreement().dataItems.first().minimum.kind,
             redact::PseudonymKind{profile::IdentifierKind::NhsNumber});
    // Generalising offers levels instead; keeping offers nothing.
    action->setCurrentIndex(action->findData(int(redact::Action::Generalise)));
    QVERIFY(level->findData(int(redact::Generalisation::PostcodeSector)) >= 0);
    QCOMPARE(level->findData(u"nhs_number"_s), -1);
    action->setCurrentIndex(action->findData(int(redact::Action::Keep)));
    QVERIFY(!level->isEnabled());
}

void TestAgreementsDialog::staleVersionSaidPlainly()
{
    const Agreement v1 = record(complete(u"DSA-2026-002"_s, u"ONS"_s));
    QCOMPARE(v1.version, 1);
    AgreementEditorDialog editor(*m_db, v1);
    editor.show();
    // Someone else saves version 2 meanwhile.
    Agreement other = v1;
    other.purpose = u"Changed by someone else."_s;
    QVERIFY(AgreementRegister(*m_db).update(other, 1, u"Their change"_s));

    editor.titleEdit()->setText(u"My title"_s);
    whenShown<ReasonDialog>([](ReasonDialog* note) {
        note->reasonEdit()->setText(u"My change"_s);
        QTest::mouseClick(note->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
    QVERIFY(editor.isVisible());
    QCOMPARE(editor.errorSummary()->problems().size(), 1);
    QVERIFY(!editor.errorSummary()->problems().first().isEmpty());
    QCOMPARE(AgreementRegister(*m_db).find(u"DSA-2026-002"_s)->version, 2);
    QCOMPARE(AgreementRegister(*m_db).find(u"DSA-2026-002"_s)->title, other.title);
}

void TestAgreementsDialog::recipientsComeFromTheDirectory()
{
    QVERIFY(RecipientsDirectory(*m_db).add(m_partnerKey.card(), u"Office for National Statistics"_s,
                                           u"Alex Morgan"_s, false));
    crypto::Identity second = crypto::Identity::generate(u"Dafydd Jones"_s);
    QVERIFY(RecipientsDirectory(*m_db).add(second.card(), u"Gwynedd Council"_s, u"Dafydd Jones"_s,
                                           false));
    Agreement a = complete(u"DSA-2026-003"_s, u"Office for National Statistics"_s);
    AgreementEditorDialog editor(*m_db, a);
    editor.show();
    editor.setSection(AgreementEditorDialog::RecipientsSection);
    QTableWidget* t = editor.recipientsTable();
    QCOMPARE(t->rowCount(), 2);
    int ons = -1;
    int gwynedd = -1;
    for (int row = 0; row < t->rowCount(); ++row) {
        const QString org = t->item(row, AgreementEditorDialog::RecipientAllowedColumn)->text();
        (org == u"Gwynedd Council"_s ? gwynedd : ons) = row;
    }
    QVERIFY(ons >= 0 && gwynedd >= 0);
    QCOMPARE(t->item(ons, AgreementEditorDialog::RecipientAllowedColumn)->checkState(),
             Qt::Checked);
    QCOMPARE(t->item(gwynedd, AgreementEditorDialog::RecipientAllowedColumn)->checkState(),
             Qt::Unchecked);
    t->item(gwynedd, AgreementEditorDialog::RecipientAllowedColumn)->setCheckState(Qt::Checked);
    t->item(ons, AgreementEditorDialog::RecipientAllowedColumn)->setCheckState(Qt::Unchecked);
    const QList<Recipient> chosen = editor.agreement().recipients;
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().organisation, u"Gwynedd Council"_s);
    QCOMPARE(chosen.first().contact, u"Dafydd Jones"_s);
    QCOMPARE(chosen.first().fingerprint, second.card().fingerprint());
    // Review before sealing is on by default and can be turned off.
    QVERIFY(editor.requiresReviewBox()->isChecked());
    editor.requiresReviewBox()->setChecked(false);
    QVERIFY(!editor.agreement().requiresReview);
}

// A partner with no key is named by typing them in: ticked, shown as receiving by
// passphrase, saved so, and the agreement can then be activated without their key.
void TestAgreementsDialog::partnerWithoutAKeyReceivesByPassphrase()
{
    Agreement a = complete(u"DSA-2026-004"_s, u"Office for National Statistics"_s);
    AgreementEditorDialog editor(*m_db, a);
    editor.show();
    editor.setSection(AgreementEditorDialog::RecipientsSection);
    QTableWidget* t = editor.recipientsTable();
    const int before = t->rowCount();
    QVERIFY(!editor.addPassphraseRecipientButton()->isEnabled());
    QTest::keyClicks(editor.passphraseOrganisationField(), u"Llanfair Community Council"_s);
    QTest::keyClicks(editor.passphraseContactField(), u"The Clerk"_s);
    QVERIFY(editor.addPassphraseRecipientButton()->isEnabled());
    QTest::mouseClick(editor.addPassphraseRecipientButton(), Qt::LeftButton);
    QCOMPARE(t->rowCount(), before + 1);
    const int row = t->rowCount() - 1;
    QCOMPARE(t->item(row, AgreementEditorDialog::RecipientAllowedColumn)->checkState(),
             Qt::Checked);
    QCOMPARE(t->item(row, AgreementEditorDialog::RecipientFingerprintColumn)->text(), u"No key"_s);
    QVERIFY(t->item(row, AgreementEditorDialog::RecipientStatusColumn)
                ->text()
                .contains(u"passphrase"_s));
    QVERIFY(editor.passphraseOrganisationField()->text().isEmpty());

    Agreement edited = editor.agreement();
    QCOMPARE(edited.byPassphraseOrganisations(), QStringList{u"Llanfair Community Council"_s});
    QCOMPARE(edited.recipients.last().contact, u"The Clerk"_s);
    QVERIFY2(edited.problemsForActivation().isEmpty(),
             qPrintable(edited.problemsForActivation().join(u'\n')));

    // Opened again, the recipient is listed the same way and saved unchanged; unticked,
    // it is gone.
    AgreementEditorDialog again(*m_db, edited);
    QTableWidget* t2 = again.recipientsTable();
    QCOMPARE(t2->rowCount(), before + 1);
    QCOMPARE(again.agreement().recipients, edited.recipients);
    t2->item(t2->rowCount() - 1, AgreementEditorDialog::RecipientAllowedColumn)
        ->setCheckState(Qt::Unchecked);
    QVERIFY(again.agreement().byPassphraseOrganisations().isEmpty());
}

void TestAgreementsDialog::filtersBothWays()
{
    Agreement ons = complete(u"DSA-A"_s, u"Office for National Statistics"_s);
    ons.reviewDueOn = Clock::today().addMonths(2); // due soon
    QVERIFY(!record(ons).reference.isEmpty());
    Agreement dluhc = complete(u"DSA-B"_s, u"Ministry of Housing"_s);
    dluhc.reviewDueOn = Clock::today().addMonths(9);
    QVERIFY(!record(dluhc).reference.isEmpty());
    QVERIFY(AgreementRegister(*m_db).setStatus(u"DSA-B"_s, AgreementStatus::Active, u"Signed"_s));

    AgreementsDialog d(*m_db);
    d.show();
    QCOMPARE(d.table()->rowCount(), 2);
    QVERIFY(d.table()
                ->item(rowOf(d, u"DSA-A"_s), AgreementsDialog::PartnerColumn)
                ->text()
                .contains(u"Office for National Statistics"_s));

    // Status: Active shows B only; Draft shows A only.
    d.statusFilter()->setCurrentIndex(d.statusFilter()->findData(int(DisplayStatus::Active)));
    QCOMPARE(d.table()->rowCount(), 1);
    QCOMPARE(d.table()->item(0, AgreementsDialog::ReferenceColumn)->text(), u"DSA-B"_s);
    QCOMPARE(d.table()->item(0, AgreementsDialog::StatusColumn)->text(),
             displayStatusLabel(DisplayStatus::Active));
    d.statusFilter()->setCurrentIndex(d.statusFilter()->findData(int(DisplayStatus::Draft)));
    QCOMPARE(d.table()->rowCount(), 1);
    QCOMPARE(d.table()->item(0, AgreementsDialog::ReferenceColumn)->text(), u"DSA-A"_s);
    d.statusFilter()->setCurrentIndex(d.statusFilter()->findData(int(DisplayStatus::Ended)));
    QCOMPARE(d.table()->rowCount(), 0);
    d.statusFilter()->setCurrentIndex(0);
    QCOMPARE(d.table()->rowCount(), 2);

    // Partner: part of a name, any case.
    QTest::keyClicks(d.partnerFilter(), u"national stat"_s);
    QCOMPARE(d.table()->rowCount(), 1);
    QCOMPARE(d.table()->item(0, AgreementsDialog::ReferenceColumn)->text(), u"DSA-A"_s);
    d.partnerFilter()->setText(u"housing"_s);
    QCOMPARE(d.table()->rowCount(), 1);
    QCOMPARE(d.table()->item(0, AgreementsDialog::ReferenceColumn)->text(), u"DSA-B"_s);
    d.partnerFilter()->setText(u"nobody at all"_s);
    QCOMPARE(d.table()->rowCount(), 0);
    QVERIFY(d.findChild<QLabel*>(u"agreementsEmpty"_s)->isVisible());
    d.partnerFilter()->clear();
    QCOMPARE(d.table()->rowCount(), 2);

    // Review due within three months: A only; off again, both.
    d.reviewDueFilter()->setChecked(true);
    QCOMPARE(d.table()->rowCount(), 1);
    QCOMPARE(d.table()->item(0, AgreementsDialog::ReferenceColumn)->text(), u"DSA-A"_s);
    d.reviewDueFilter()->setChecked(false);
    QCOMPARE(d.table()->rowCount(), 2);
}

void TestAgreementsDialog::expiredShownAndFiltered()
{
    // Made and activated in 2025, ending June 2025; seen now, it has expired.
    const qint64 then = QDateTime(QDate(2025, 1, 10), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
    Clock::setSourceForTesting([then] { return then * 1000; });
    Agreement a = complete(u"DSA-OLD"_s, u"ONS"_s);
    a.endsOn = QDate(2025, 6, 30);
    a.reviewDueOn = QDate(2025, 3, 1);
    QVERIFY(!record(a).reference.isEmpty());
    QVERIFY(AgreementRegister(*m_db).setStatus(u"DSA-OLD"_s, AgreementStatus::Active, u"Signed"_s));
    Clock::setSourceForTesting({});
    QVERIFY(!record(complete(u"DSA-NEW"_s, u"ONS"_s)).reference.isEmpty());

    AgreementsDialog d(*m_db);
    d.show();
    const int row = rowOf(d, u"DSA-OLD"_s);
    QVERIFY(row >= 0);
    QCOMPARE(d.table()->item(row, AgreementsDialog::StatusColumn)->text(),
             displayStatusLabel(DisplayStatus::Expired));
    QVERIFY(d.table()->item(row, AgreementsDialog::ReviewColumn)->text().contains(u"overdue"_s));
    d.statusFilter()->setCurrentIndex(d.statusFilter()->findData(int(DisplayStatus::Expired)));
    QCOMPARE(d.table()->rowCount(), 1);
    QCOMPARE(d.table()->item(0, AgreementsDialog::ReferenceColumn)->text(), u"DSA-OLD"_s);
    d.statusFilter()->setCurrentIndex(d.statusFilter()->findData(int(DisplayStatus::Active)));
    QCOMPARE(d.table()->rowCount(), 0);
}

void TestAgreementsDialog::activateSuspendEnd()
{
    QVERIFY(!record(complete(u"DSA-2026-010"_s, u"ONS"_s)).reference.isEmpty());
    AgreementsDialog d(*m_db);
    d.show();
    QVERIFY(d.selectReference(u"DSA-2026-010"_s));
    QVERIFY(d.activateButton()->isEnabled());
    QVERIFY(!d.suspendButton()->isEnabled());

    auto answer = [this](ReasonDialog::Kind kind, const QString& reason) {
        whenShown<ReasonDialog>([kind, reason](ReasonDialog* ask) {
            QCOMPARE(ask->kind(), kind);
            ask->reasonEdit()->setText(reason);
            if (kind == ReasonDialog::Kind::End) {
                // Not confirmed as final: refused, the dialog stays.
                QTest::mouseClick(ask->okButton(), Qt::LeftButton);
                QVERIFY(ask->isVisible());
                ask->finalBox()->setChecked(true);
            }
            QTest::mouseClick(ask->okButton(), Qt::LeftButton);
        });
    };
    auto status = [&] {
        return d.table()->item(0, AgreementsDialog::StatusColumn)->text();
    };

    answer(ReasonDialog::Kind::Activate, u"Signed by both"_s);
    QTest::mouseClick(d.activateButton(), Qt::LeftButton);
    QCOMPARE(status(), displayStatusLabel(DisplayStatus::Active));
    QVERIFY(d.suspendButton()->isEnabled());
    QVERIFY(!d.activateButton()->isEnabled());

    answer(ReasonDialog::Kind::Suspend, u"Waiting for the new DPIA"_s);
    QTest::mouseClick(d.suspendButton(), Qt::LeftButton);
    QCOMPARE(status(), displayStatusLabel(DisplayStatus::Suspended));
    QVERIFY(d.activateButton()->isEnabled());
    QCOMPARE(d.versionsTable()->item(0, AgreementsDialog::VersionNoteColumn)->text(),
             u"Waiting for the new DPIA"_s);

    // Cancelled: nothing changes.
    whenShown<ReasonDialog>([](ReasonDialog* ask) { ask->reject(); });
    QTest::mouseClick(d.endButton(), Qt::LeftButton);
    QCOMPARE(status(), displayStatusLabel(DisplayStatus::Suspended));

    answer(ReasonDialog::Kind::End, u"The collection stopped"_s);
    QTest::mouseClick(d.endButton(), Qt::LeftButton);
    QCOMPARE(status(), displayStatusLabel(DisplayStatus::Ended));
    QVERIFY(!d.endButton()->isEnabled());
    QVERIFY(!d.editButton()->isEnabled());
    QVERIFY(!d.activateButton()->isEnabled());
    QCOMPARE(d.table()->item(0, AgreementsDialog::VersionColumn)->text(), u"4"_s);
    QCOMPARE(AgreementRegister(*m_db).find(u"DSA-2026-010"_s)->status, AgreementStatus::Ended);
}

void TestAgreementsDialog::activationProblemsListedFirst()
{
    Agreement a = complete(u"DSA-2026-011"_s, u"ONS"_s);
    a.retention.clear();
    a.recipients.clear();
    QVERIFY(!record(a).reference.isEmpty());
    AgreementsDialog d(*m_db);
    d.show();
    QVERIFY(d.selectReference(u"DSA-2026-011"_s));
    bool asked = false;
    whenShown<ReasonDialog>([&](ReasonDialog* ask) {
        asked = true;
        ask->reject();
    });
    QTest::mouseClick(d.activateButton(), Qt::LeftButton);
    QVERIFY(!asked);
    QCOMPARE(d.errorSummary()->problems(), a.problemsForActivation());
    QCOMPARE(d.errorSummary()->problems().size(), 2);
    QCOMPARE(AgreementRegister(*m_db).find(u"DSA-2026-011"_s)->status, AgreementStatus::Draft);
}

void TestAgreementsDialog::savesAPdf()
{
    QVERIFY(!record(complete(u"DSA-2026-020"_s, u"ONS"_s)).reference.isEmpty());
    AgreementsDialog d(*m_db);
    d.show();
    QVERIFY(d.selectReference(u"DSA-2026-020"_s));
    const QString pdf = m_dir.filePath(u"dsa-2026-020.pdf"_s);
    Dialogs::setNextFileNameForTesting(pdf);
    QTest::mouseClick(d.pdfButton(), Qt::LeftButton);
    QVERIFY2(!d.errorSummary()->hasProblems(),
             qPrintable(d.errorSummary()->problems().join(u'\n')));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.size() > 1000);
    QVERIFY(f.read(5).startsWith("%PDF"));
    QVERIFY(d.statusLabel()->text().contains(u"DSA-2026-020"_s));

    // A folder that cannot be written: said plainly, nothing left behind.
    const QString bad = m_dir.filePath(u"no-such-folder/x.pdf"_s);
    Dialogs::setNextFileNameForTesting(bad);
    QTest::mouseClick(d.pdfButton(), Qt::LeftButton);
    QVERIFY(d.errorSummary()->hasProblems());
    QVERIFY(!QFile::exists(bad));
}

void TestAgreementsDialog::exportAndImportJson()
{
    QVERIFY(!record(complete(u"DSA-2026-030"_s, u"ONS"_s)).reference.isEmpty());
    const QString file = m_dir.filePath(u"dsa-2026-030.json"_s);
    {
        AgreementsDialog d(*m_db);
        d.show();
        QVERIFY(d.selectReference(u"DSA-2026-030"_s));
        Dialogs::setNextFileNameForTesting(file);
        QTest::mouseClick(d.exportButton(), Qt::LeftButton);
        QVERIFY2(!d.errorSummary()->hasProblems(),
                 qPrintable(d.errorSummary()->problems().join(u'\n')));
    }
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("DSA-2026-030"));
    f.close();

    // Into another council's register.
    std::unique_ptr<Database> other = test::openHistory(m_dir.filePath(u"other.sqlite"_s));
    QVERIFY(other);
    AgreementsDialog d(*other);
    d.show();
    QCOMPARE(d.table()->rowCount(), 0);
    Dialogs::setNextFileNameForTesting(file);
    QTest::mouseClick(d.importButton(), Qt::LeftButton);
    QVERIFY2(!d.errorSummary()->hasProblems(),
             qPrintable(d.errorSummary()->problems().join(u'\n')));
    QCOMPARE(d.table()->rowCount(), 1);
    QCOMPARE(d.selectedReference(), u"DSA-2026-030"_s);
    QVERIFY(AgreementRegister(*other).find(u"DSA-2026-030"_s).value() ==
            AgreementRegister(*m_db).find(u"DSA-2026-030"_s).value());

    // A file that is not an agreement: a plain problem, nothing added.
    const QString junk = m_dir.filePath(u"junk.json"_s);
    QFile j(junk);
    QVERIFY(j.open(QIODevice::WriteOnly));
    j.write("{\"hello\": 1}");
    j.close();
    Dialogs::setNextFileNameForTesting(junk);
    QTest::mouseClick(d.importButton(), Qt::LeftButton);
    QVERIFY(d.errorSummary()->hasProblems());
    QCOMPARE(AgreementRegister(*other).list()->size(), 1);
}

void TestAgreementsDialog::welshSwitchRetranslates()
{
    QVERIFY(!record(complete(u"DSA-2026-050"_s, u"ONS"_s)).reference.isEmpty());
    AgreementsDialog d(*m_db);
    d.show();
    AgreementEditorDialog editor(*m_db, AgreementRegister(*m_db).find(u"DSA-2026-050"_s).value());
    editor.show();
    const int before = d.retranslations();
    // Texts changed by hand must be set again by a language change.
    d.newButton()->setText(u"x"_s);
    editor.saveButton()->setText(u"x"_s);
    editor.sectionList()->item(0)->setText(u"x"_s);
    Translations::apply(u"cy"_s);
    QTRY_VERIFY(d.retranslations() > before);
    QTRY_VERIFY(d.newButton()->text() != u"x"_s);
    QVERIFY(editor.saveButton()->text() != u"x"_s);
    QVERIFY(editor.sectionList()->item(0)->text() != u"x"_s);
    // The list is kept, selection too.
    QCOMPARE(d.table()->rowCount(), 1);
    QCOMPARE(d.selectedReference(), u"DSA-2026-050"_s);
    Translations::apply(u"en"_s); // the language change arrives as a posted event
    QTRY_COMPARE(d.newButton()->text(), u"&New agreement…"_s);
    // The form still holds the agreement unchanged.
    QVERIFY(editor.agreement() == AgreementRegister(*m_db).find(u"DSA-2026-050"_s).value());
}

void TestAgreementsDialog::reachableFromHome()
{
    {
        AppSettings settings;
        settings.setDatabasePath(m_dir.filePath(u"main.sqlite"_s));
        settings.setLanguage(u"en"_s);
        settings.sync();
    }
    MainWindow window;
    window.show();
    QVERIFY(window.database());
    bool seen = false;
    whenShown<AgreementsDialog>([&seen](AgreementsDialog* d) {
        seen = true;
        d->reject();
    });
    QTest::mouseClick(window.homePage()->agreementsButton(), Qt::LeftButton);
    QVERIFY(seen);
    QCOMPARE(Dialogs::lastMessageForTesting(), QString());
}

QTEST_MAIN(TestAgreementsDialog)
#include "tst_agreementsdialog.moc"
