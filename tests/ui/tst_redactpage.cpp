// The Share wizard's Redact page, driven through its real widgets: a file is chosen and
// scanned on the Dataset page, then the Redact page shows the suggestions with their
// reasons, the before/after preview and the risk check; changing an action through its
// combo box changes the preview at once and the risk figures after the background
// check; keyed actions wait for the agreement's key; a profile that names a missing
// column is explained and stops the wizard.
#include "agreements/Agreement.h"
#include "agreements/Summary.h"
#include "common/Clock.h"
#include "common/Translations.h"
#include "crypto/SecureBytes.h"
#include "crypto/Sodium.h"
#include "redact/Pseudonym.h"
#include "redact/Rules.h"
#include "share/AgreementPage.h"
#include "share/DatasetPage.h"
#include "share/RedactPage.h"
#include "share/RedactPreviewModel.h"
#include "share/ShareWizard.h"
#include "widgets/Dialogs.h"
#include "widgets/ErrorSummary.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace sharewise;
using namespace sharewise::ui;
using namespace Qt::StringLiterals;
using redact::Action;
using redact::Generalisation;

namespace {

// A valid NHS number (mod 11 check digit) from nine digits.
QString nhsNumber(int seed)
{
    for (int base = seed;; ++base) {
        QString digits = QString::number(400000000 + base * 7919 % 99999999).left(9);
        int sum = 0;
        for (int i = 0; i < 9; ++i)
            sum += (digits[i].digitValue()) * (10 - i);
        const int check = 11 - sum % 11;
        if (check == 10)
            continue;
        digits += QString::number(check == 11 ? 0 : check);
        return digits.left(3) + u' ' + digits.mid(3, 3) + u' ' + digits.mid(6);
    }
}

// 40 people: postcode districts CF10..CF19 (one area, CF) crossed with four age bands
// and two sexes, so every person is unique on district, age band and sex, and in a
// group of five on area, age band and sex.
QByteArray casesCsv()
{
    static const char* const forenames[] = {"Siân", "Dafydd", "Mary",   "Rhys",  "Megan",
                                            "John", "Elin",   "Gareth", "Sarah", "David"};
    static const char* const surnames[] = {"Jones",  "Evans",  "Smith",  "Williams", "Roberts",
                                           "Davies", "Thomas", "Hughes", "Lewis",    "Morgan"};
    static const char* const diagnoses[] = {"Asthma", "Diabetes", "Hypertension", "Epilepsy"};
    QByteArray out = "NHS number,Name,Date of birth,Postcode,Sex,Diagnosis\n";
    for (int i = 0; i < 40; ++i) {
        const int band = i / 10; // ages 21, 31, 41, 51 on 2026-01-15
        const QDate dob(2004 - 10 * band, 1 + i % 12, 1 + i % 28);
        out += nhsNumber(i + 1).toUtf8() + ',' + forenames[i % 10] + ' ' + surnames[(i * 3) % 10] +
               ',' + dob.toString(Qt::ISODate).toUtf8() + ",CF1" + QByteArray::number(i % 10) +
               ' ' + QByteArray::number(1 + i % 9) + "AB," + (i % 2 ? "F" : "M") + ',' +
               diagnoses[i % 4] + '\n';
    }
    return out;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    f.write(bytes);
    return path;
}

// Chooses the item with `data` as a person would: focus and arrow keys.
bool chooseByKeyboard(QComboBox* box, const QVariant& data)
{
    const int target = box->findData(data);
    if (target < 0)
        return false;
    box->setFocus();
    for (int guard = 0; guard < 20 && box->currentIndex() != target; ++guard)
        QTest::keyClick(box, box->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    return box->currentIndex() == target;
}

int column(const RedactPage* page, const QString& name)
{
    return int(page->columns().indexOf(name));
}

} // namespace

class TestRedactPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void suggestionsArePrefilled();
    void changingAnActionChangesPreviewAndRisk();
    void keyedActionsWaitForTheKey();
    void keyedActionsWithTheKey();
    void settingsEditTheRule();
    void profileWithMissingColumnStopsTheWizard();
    void profileSavesAndLoads();
    void nothingSentIsNotComplete();
    void everyControlIsNamed();
    void theAgreementChosenFirstShapesTheSuggestions();
    void settingsWrapInsteadOfScrollingSideways();
    void previewColumnsFitTheirNames();

private:
    RedactPage* openRedactPage(std::shared_ptr<const redact::RedactionKeys> keys = {});
    void waitForRisk(RedactPage* page);

    std::unique_ptr<ShareWizard> m_wizard;
    QTemporaryDir m_dir;
};

void TestRedactPage::initTestCase()
{
    QVERIFY(crypto::initialise());
    Clock::setSourceForTesting([] {
        return QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch() * 1000;
    });
}

void TestRedactPage::init()
{
    Translations::apply(u"en"_s);
    Dialogs::setRecordMessagesForTesting(true);
    m_wizard = std::make_unique<ShareWizard>();
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
}

void TestRedactPage::cleanup()
{
    m_wizard.reset();
}

RedactPage* TestRedactPage::openRedactPage(std::shared_ptr<const redact::RedactionKeys> keys)
{
    if (keys)
        m_wizard->setAgreementKeys(u"DSA-2026-001"_s, std::move(keys));
    DatasetPage* dataset = m_wizard->datasetPage();
    dataset->openFile(writeFile(m_dir, u"cases.csv"_s, casesCsv()));
    if (!QTest::qWaitFor([&] { return dataset->isComplete(); }, 20000))
        return nullptr;
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    auto* page = m_wizard->redactPage();
    if (m_wizard->currentPage() != page)
        return nullptr;
    // The first rows are read on a pool thread.
    if (!QTest::qWaitFor([&] { return page->previewModel()->rowCount() == 40; }, 20000))
        return nullptr;
    return page;
}

void TestRedactPage::waitForRisk(RedactPage* page)
{
    QTRY_VERIFY_WITH_TIMEOUT(!page->isCheckingRisk() && page->riskResult().has_value(), 20000);
}

void TestRedactPage::suggestionsArePrefilled()
{
    RedactPage* page = openRedactPage();
    QVERIFY(page);
    QCOMPARE(page->columns().size(), 6);

    // Name left out, date of birth to age bands, postcode to district; sex kept.
    QCOMPARE(page->actionBox(u"Name"_s)->currentData().toInt(), int(Action::Drop));
    QCOMPARE(page->actionBox(u"Date of birth"_s)->currentData().toInt(), int(Action::Generalise));
    QCOMPARE(page->profile().rule(u"Date of birth"_s)->to, Generalisation::AgeBand);
    QCOMPARE(page->profile().rule(u"Date of birth"_s)->referenceDate, QDate(2026, 1, 15));
    QCOMPARE(page->actionBox(u"Postcode"_s)->currentData().toInt(), int(Action::Generalise));
    QCOMPARE(page->profile().rule(u"Postcode"_s)->to, Generalisation::PostcodeDistrict);
    QVERIFY(page->quasiBox(u"Postcode"_s)->isChecked());
    QVERIFY(page->quasiBox(u"Date of birth"_s)->isChecked());
    QCOMPARE(page->actionBox(u"Sex"_s)->currentData().toInt(), int(Action::Keep));
    QVERIFY(page->quasiBox(u"Sex"_s)->isChecked());
    // Without the agreement's key the NHS number is left out, not pseudonymised.
    QCOMPARE(page->actionBox(u"NHS number"_s)->currentData().toInt(), int(Action::Drop));

    // What was found, and the reason for each suggestion.
    QVERIFY2(page->foundLabel(u"NHS number"_s)->text().contains(u"NHS number"_s),
             qPrintable(page->foundLabel(u"NHS number"_s)->text()));
    QVERIFY(page->reasonLabel(u"Postcode"_s)->text().contains(u"district"_s));
    QVERIFY(page->reasonLabel(u"Date of birth"_s)->text().contains(u"age band"_s));
    // The generalisation's own editor shows the target.
    auto* to = page->settingsWidget(u"Postcode"_s)->findChild<QComboBox*>(u"generaliseTo"_s);
    QVERIFY(to);
    QCOMPARE(to->currentData().toInt(), int(Generalisation::PostcodeDistrict));

    // Before and after, side by side.
    RedactPreviewModel* preview = page->previewModel();
    QCOMPARE(preview->columnCount(), 12);
    QCOMPARE(preview->before(0, column(page, u"Postcode"_s)), u"CF10 1AB"_s);
    QCOMPARE(preview->after(0, column(page, u"Postcode"_s)), u"CF10"_s);
    QCOMPARE(preview->after(0, column(page, u"Date of birth"_s)), u"20-24"_s);
    QCOMPARE(preview->before(0, column(page, u"Name"_s)), QString::fromUtf8("Siân Jones"));
    QVERIFY(preview->isLeftOut(column(page, u"Name"_s)));
    QCOMPARE(preview->after(0, column(page, u"Name"_s)), QString());

    // The page is complete; the draft has the profile.
    QVERIFY(page->isComplete());
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
    QCOMPARE(m_wizard->draft().profile.rule(u"Name"_s)->action, Action::Drop);

    // The risk: everyone is unique on postcode district and age band.
    waitForRisk(page);
    QCOMPARE(page->riskResult()->records, 40);
    QCOMPARE(page->riskResult()->uniqueRecords, 40);
    QVERIFY2(page->riskExplanationLabel()->text().contains(u"40"_s),
             qPrintable(page->riskExplanationLabel()->text()));
    QVERIFY2(page->riskSuggestionLabel()->text().contains(u"area"_s),
             qPrintable(page->riskSuggestionLabel()->text()));
}

void TestRedactPage::changingAnActionChangesPreviewAndRisk()
{
    RedactPage* page = openRedactPage();
    QVERIFY(page);
    waitForRisk(page);
    QCOMPARE(page->riskResult()->recordsBelowThreshold, 40);
    const QString before = page->riskFiguresLabel()->text();

    // Postcode to area, through the generalisation's combo box.
    auto* to = page->settingsWidget(u"Postcode"_s)->findChild<QComboBox*>(u"generaliseTo"_s);
    QVERIFY(chooseByKeyboard(to, int(Generalisation::PostcodeArea)));
    QCOMPARE(page->profile().rule(u"Postcode"_s)->to, Generalisation::PostcodeArea);
    // The preview changes at once; the risk is being checked again.
    QCOMPARE(page->previewModel()->after(0, column(page, u"Postcode"_s)), u"CF"_s);
    QVERIFY(page->isCheckingRisk());
    QCOMPARE(page->riskStatusLabel()->text(), u"Checking…"_s);
    waitForRisk(page);
    QCOMPARE(page->riskResult()->uniqueRecords, 0);
    QCOMPARE(page->riskResult()->recordsBelowThreshold, 0);
    QCOMPARE(page->riskResult()->k, 5);
    QVERIFY(page->riskFiguresLabel()->text() != before);
    QVERIFY(page->riskSuggestionLabel()->isHidden());

    // Keep the names, through the action's combo box: they appear after, and the reason
    // becomes the action's explanation.
    QVERIFY(chooseByKeyboard(page->actionBox(u"Name"_s), int(Action::Keep)));
    QCOMPARE(page->profile().rule(u"Name"_s)->action, Action::Keep);
    QCOMPARE(page->previewModel()->after(0, column(page, u"Name"_s)),
             QString::fromUtf8("Siân Jones"));
    QCOMPARE(page->reasonLabel(u"Name"_s)->text(), redact::actionExplanation(Action::Keep));

    // Sex no longer a quasi-identifier: checked again, larger groups.
    QVERIFY(page->quasiBox(u"Sex"_s)->isChecked());
    QTest::mouseClick(page->quasiBox(u"Sex"_s), Qt::LeftButton);
    QVERIFY(!page->profile().rule(u"Sex"_s)->quasiIdentifier);
    QVERIFY(page->isCheckingRisk());
    waitForRisk(page);
    QCOMPARE(page->riskResult()->k, 10);

    // A threshold above the groups' size puts everyone at risk.
    page->thresholdBox()->setValue(11);
    waitForRisk(page);
    QCOMPARE(page->riskResult()->threshold, 11);
    QCOMPARE(page->riskResult()->recordsBelowThreshold, 40);
}

void TestRedactPage::keyedActionsWaitForTheKey()
{
    RedactPage* page = openRedactPage();
    QVERIFY(page);
    QComboBox* nhs = page->actionBox(u"NHS number"_s);
    auto* model = qobject_cast<QStandardItemModel*>(nhs->model());
    QVERIFY(model);
    const int pseudonymise = nhs->findData(int(Action::Pseudonymise));
    const int shift = nhs->findData(int(Action::ShiftDate));
    QVERIFY(!model->item(pseudonymise)->isEnabled());
    QVERIFY(!model->item(shift)->isEnabled());
    QVERIFY(nhs->itemText(pseudonymise).contains(u"needs the agreement's key"_s));
    // The arrow keys step over them: from Generalise down to Hide rare values.
    QVERIFY(chooseByKeyboard(nhs, int(Action::Generalise)));
    QTest::keyClick(nhs, Qt::Key_Down);
    QCOMPARE(nhs->currentData().toInt(), int(Action::SuppressRare));
}

void TestRedactPage::keyedActionsWithTheKey()
{
    auto keys = std::make_shared<const redact::RedactionKeys>(
        crypto::SecureBytes::copyOf(QByteArray(32, '\x2a')));
    QVERIFY(keys->isValid());
    RedactPage* page = openRedactPage(keys);
    QVERIFY(page);
    // With the key the NHS number is pseudonymised: "p" and 26 characters, the same
    // for the same number.
    QCOMPARE(page->actionBox(u"NHS number"_s)->currentData().toInt(), int(Action::Pseudonymise));
    const QString code = page->previewModel()->after(0, column(page, u"NHS number"_s));
    QCOMPARE(code.size(), redact::kPseudonymLength);
    QVERIFY(code.startsWith(u'p'));
    auto* kind = page->settingsWidget(u"NHS number"_s)->findChild<QComboBox*>(u"pseudonymKind"_s);
    QVERIFY(kind);
    QCOMPARE(kind->currentData().toString(), u"nhs_number"_s);

    // Shift dates of birth, keyed on the person in the NHS number column.
    QVERIFY(chooseByKeyboard(page->actionBox(u"Date of birth"_s), int(Action::ShiftDate)));
    const redact::ColumnRule* rule = page->profile().rule(u"Date of birth"_s);
    QCOMPARE(rule->personColumn, u"NHS number"_s);
    const QString shifted = page->previewModel()->after(0, column(page, u"Date of birth"_s));
    const QDate original = QDate::fromString(
        page->previewModel()->before(0, column(page, u"Date of birth"_s)), Qt::ISODate);
    const QDate moved = QDate::fromString(shifted, Qt::ISODate);
    QVERIFY2(moved.isValid(), qPrintable(shifted));
    QVERIFY(moved != original);
    QVERIFY(std::abs(original.daysTo(moved)) <= 182);
    QVERIFY(page->isComplete());
}

void TestRedactPage::settingsEditTheRule()
{
    RedactPage* page = openRedactPage();
    QVERIFY(page);
    // Mask the name, keeping the last three characters; then the first two too.
    QVERIFY(chooseByKeyboard(page->actionBox(u"Name"_s), int(Action::Mask)));
    QCOMPARE(page->previewModel()->after(0, column(page, u"Name"_s)), u"*******nes"_s);
    auto* first = page->settingsWidget(u"Name"_s)->findChild<QSpinBox*>(u"keepFirst"_s);
    QVERIFY(first);
    first->setFocus();
    QTest::keyClick(first, Qt::Key_Up);
    QTest::keyClick(first, Qt::Key_Up);
    QCOMPARE(page->profile().rule(u"Name"_s)->keepFirst, 2);
    QCOMPARE(page->previewModel()->after(0, column(page, u"Name"_s)),
             QString::fromUtf8("Si*****nes"));
    // The hidden characters as '#'; a character that would start a formula is refused.
    auto* maskChar = page->settingsWidget(u"Name"_s)->findChild<QLineEdit*>(u"maskChar"_s);
    QVERIFY(maskChar);
    maskChar->selectAll();
    QTest::keyClicks(maskChar, u"#"_s);
    QCOMPARE(page->profile().rule(u"Name"_s)->maskChar, u"#"_s);
    QCOMPARE(page->previewModel()->after(0, column(page, u"Name"_s)),
             QString::fromUtf8("Si#####nes"));
    maskChar->selectAll();
    QTest::keyClicks(maskChar, u"="_s);
    QVERIFY(!page->isComplete());
    maskChar->selectAll();
    QTest::keyClicks(maskChar, u"*"_s);
    QVERIFY(page->isComplete());

    // Age bands of ten years; then everyone from 20 in one top band.
    auto* width = page->settingsWidget(u"Date of birth"_s)->findChild<QSpinBox*>(u"bandWidth"_s);
    QVERIFY(width);
    width->setValue(10);
    QCOMPARE(page->previewModel()->after(0, column(page, u"Date of birth"_s)), u"20-29"_s);
    auto* top = page->settingsWidget(u"Date of birth"_s)->findChild<QSpinBox*>(u"topAge"_s);
    QVERIFY(top);
    top->setValue(20);
    QCOMPARE(page->profile().rule(u"Date of birth"_s)->topAge, 20);
    QCOMPARE(page->previewModel()->after(0, column(page, u"Date of birth"_s)), u"20+"_s);

    // Rare values hidden behind a marker the user chooses.
    QVERIFY(chooseByKeyboard(page->actionBox(u"Diagnosis"_s), int(Action::SuppressRare)));
    auto* marker = page->settingsWidget(u"Diagnosis"_s)->findChild<QLineEdit*>(u"marker"_s);
    QVERIFY(marker);
    marker->selectAll();
    QTest::keyClicks(marker, u"(rare)"_s);
    QCOMPARE(page->profile().rule(u"Diagnosis"_s)->marker, u"(rare)"_s);
    QVERIFY(chooseByKeyboard(page->actionBox(u"Diagnosis"_s), int(Action::Keep)));

    // Cap high and low values needs a bound: without one the page says so.
    QVERIFY(chooseByKeyboard(page->actionBox(u"Sex"_s), int(Action::TopBottomCode)));
    QVERIFY(!page->isComplete());
    QVERIFY(page->errorSummary()->problems().join(u' ').contains(u"top value"_s));
    QVERIFY(chooseByKeyboard(page->actionBox(u"Sex"_s), int(Action::Keep)));
    QVERIFY(page->isComplete());
}

void TestRedactPage::profileWithMissingColumnStopsTheWizard()
{
    RedactPage* page = openRedactPage();
    QVERIFY(page);
    // A profile made for another file: it has a Ward column and no Diagnosis.
    redact::RedactionProfile other = page->profile();
    other.rules.removeIf([](const redact::ColumnRule& r) { return r.column == u"Diagnosis"_s; });
    if (other.sensitiveColumn == u"Diagnosis"_s)
        other.sensitiveColumn.clear();
    redact::ColumnRule ward;
    ward.column = u"Ward"_s;
    ward.action = Action::Keep;
    other.rules.append(ward);
    const QString path = m_dir.filePath(u"other.json"_s);
    QVERIFY(other.save(path));

    Dialogs::setNextFileNameForTesting(path);
    QTest::mouseClick(page->loadButton(), Qt::LeftButton);
    const QString problems = page->errorSummary()->problems().join(u'\n');
    QVERIFY2(problems.contains(u"The profile has a rule for \"Ward\", but the file has no such "
                               "column."_s),
             qPrintable(problems));
    QVERIFY(problems.contains(u"\"Diagnosis\""_s));
    QVERIFY(page->errorSummary()->isVisible());
    QVERIFY(!page->isComplete());
    QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());
    // Diagnosis waits for a decision.
    QCOMPARE(page->actionBox(u"Diagnosis"_s)->currentIndex(), -1);

    // Use it for the columns the file has, then decide on Diagnosis.
    QVERIFY(page->useProfileButton()->isVisible());
    QTest::mouseClick(page->useProfileButton(), Qt::LeftButton);
    QVERIFY(!page->profile().rule(u"Ward"_s));
    QVERIFY(!page->isComplete());
    QVERIFY(chooseByKeyboard(page->actionBox(u"Diagnosis"_s), int(Action::Drop)));
    QVERIFY(page->isComplete());
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!page->errorSummary()->isVisible());
}

void TestRedactPage::profileSavesAndLoads()
{
    RedactPage* page = openRedactPage();
    QVERIFY(page);
    QVERIFY(chooseByKeyboard(page->actionBox(u"Sex"_s), int(Action::Drop)));
    const QString path = m_dir.filePath(u"saved.json"_s);
    Dialogs::setNextFileNameForTesting(path);
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    auto saved = redact::RedactionProfile::load(path);
    QVERIFY(saved);
    QCOMPARE(saved.value().rule(u"Sex"_s)->action, Action::Drop);

    // Back to the suggestions, then load the saved profile: Sex is left out again.
    QTest::mouseClick(page->suggestionsButton(), Qt::LeftButton);
    QCOMPARE(page->actionBox(u"Sex"_s)->currentData().toInt(), int(Action::Keep));
    Dialogs::setNextFileNameForTesting(path);
    QTest::mouseClick(page->loadButton(), Qt::LeftButton);
    QCOMPARE(page->actionBox(u"Sex"_s)->currentData().toInt(), int(Action::Drop));
    QVERIFY(page->previewModel()->isLeftOut(column(page, u"Sex"_s)));
    QVERIFY(page->errorSummary()->problems().isEmpty());
    QVERIFY(page->isComplete());

    // A file that is not a profile is refused with a message.
    const QString bad = writeFile(m_dir, u"bad.json"_s, "{\"not\": \"a profile\"}");
    Dialogs::setNextFileNameForTesting(bad);
    QTest::mouseClick(page->loadButton(), Qt::LeftButton);
    QVERIFY2(Dialogs::lastMessageForTesting().contains(u"bad.json"_s),
             qPrintable(Dialogs::lastMessageForTesting()));
    QCOMPARE(page->actionBox(u"Sex"_s)->currentData().toInt(), int(Action::Drop));
}

void TestRedactPage::nothingSentIsNotComplete()
{
    RedactPage* page = openRedactPage();
    QVERIFY(page);
    for (const QString& c : page->columns())
        QVERIFY(chooseByKeyboard(page->actionBox(c), int(Action::Drop)));
    QVERIFY(!page->isComplete());
    QVERIFY(page->errorSummary()->problems().join(u' ').contains(u"nothing to send"_s));
    // Left-out columns cannot be quasi-identifiers; the risk check says what it needs.
    QVERIFY(!page->quasiBox(u"Postcode"_s)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isCheckingRisk(), 20000);
    QVERIFY2(page->riskExplanationLabel()->text().contains(u"quasi-identifier"_s),
             qPrintable(page->riskExplanationLabel()->text()));
    QVERIFY(chooseByKeyboard(page->actionBox(u"Sex"_s), int(Action::Keep)));
    QVERIFY(page->isComplete());
}

void TestRedactPage::everyControlIsNamed()
{
    RedactPage* page = openRedactPage();
    QVERIFY(page);
    QVERIFY(chooseByKeyboard(page->actionBox(u"Name"_s), int(Action::Mask)));
    QVERIFY(chooseByKeyboard(page->actionBox(u"Sex"_s), int(Action::TopBottomCode)));
    QVERIFY(chooseByKeyboard(page->actionBox(u"Diagnosis"_s), int(Action::SuppressRare)));
    QApplication::processEvents(); // replaced editors are deleted later
    int controls = 0;
    for (QWidget* w : page->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(page) || page->previewView()->isAncestorOf(w))
            continue;
        if (qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractButton*>(w) ||
            qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QLineEdit*>(w)) {
            if (qobject_cast<QLineEdit*>(w) && qobject_cast<QAbstractSpinBox*>(w->parent()))
                continue; // a spin box's own editor
            if (qobject_cast<QAbstractButton*>(w) && !w->accessibleName().isEmpty())
                ++controls;
            else if (qobject_cast<QAbstractButton*>(w))
                QVERIFY2(!static_cast<QAbstractButton*>(w)->text().isEmpty(),
                         qPrintable(w->objectName()));
            else {
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
                ++controls;
            }
            QVERIFY2(w->focusPolicy() & Qt::TabFocus, qPrintable(w->objectName()));
        }
    }
    QVERIFY(controls >= 6 * 2);
    // Each column's name is the label of its action (Alt+letter free, screen readers).
    for (const QString& c : page->columns()) {
        bool tied = false;
        for (QLabel* l : page->findChildren<QLabel*>())
            tied = tied || l->buddy() == page->actionBox(c);
        QVERIFY2(tied, qPrintable(c));
    }
    // The Tab key goes from an action to its settings and on to the quasi-identifier.
    QComboBox* sex = page->actionBox(u"Sex"_s);
    sex->setFocus();
    QTest::keyClick(sex, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"bottom"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"top"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), page->quasiBox(u"Sex"_s));
}

void TestRedactPage::theAgreementChosenFirstShapesTheSuggestions()
{
    using namespace sharewise::agreements;
    auto itemWith = [](const QString& name, Action action, Generalisation to) {
        DataItem d;
        d.name = name;
        d.minimum.action = action;
        d.minimum.to = to;
        return d;
    };
    Agreement active;
    active.reference = u"DSA-2026-001"_s;
    active.title = u"Health needs of people sleeping rough"_s;
    active.status = AgreementStatus::Active;
    active.version = 3;
    active.purpose = u"To plan health services for people sleeping rough."_s;
    active.startsOn = QDate(2025, 4, 1);
    // No Name: the agreement does not allow it.
    active.dataItems = {itemWith(u"NHS number"_s, Action::Drop, {}),
                        itemWith(u"Date of birth"_s, Action::Generalise, Generalisation::DateYear),
                        itemWith(u"Postcode"_s, Action::Generalise, Generalisation::PostcodeArea),
                        itemWith(u"Sex"_s, Action::Keep, {}),
                        itemWith(u"Diagnosis"_s, Action::Keep, {})};
    Agreement draft = active;
    draft.reference = u"DSA-2026-002"_s;
    draft.status = AgreementStatus::Draft;
    Agreement expired = active;
    expired.reference = u"DSA-2024-009"_s;
    expired.endsOn = QDate(2025, 3, 31);

    AgreementKeySource source;
    source.agreements = [] {
        return Result<QList<AgreementKeySource::Agreement>>(QList<AgreementKeySource::Agreement>());
    };
    source.unlock = [](const QString&) -> Result<crypto::SecureBytes> {
        return makeError(ErrorKind::Usage, QString());
    };
    source.listAgreements = [=] {
        return Result<QList<Agreement>>(QList<Agreement>{active, draft, expired});
    };
    m_wizard = std::make_unique<ShareWizard>();
    m_wizard->setAgreementKeySource(source);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));

    // The wizard starts with the agreement; all three are listed, only the active one
    // can be chosen, and Next waits for it.
    AgreementPage* agreementPage = m_wizard->agreementPage();
    QVERIFY(agreementPage);
    QCOMPARE(m_wizard->currentPage(), agreementPage);
    QCOMPARE(agreementPage->list()->topLevelItemCount(), 3);
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!agreementPage->choose(u"DSA-2026-002"_s));
    QVERIFY(!agreementPage->choose(u"DSA-2024-009"_s));
    QCOMPARE(agreementPage->list()->topLevelItem(2)->text(3),
             displayStatusLabel(DisplayStatus::Expired));
    QVERIFY(agreementPage->choose(u"DSA-2026-001"_s));
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(agreementPage->summary()->isVisible());
    QCOMPARE(agreementPage->summary()->text(), agreementSummary(active));
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->draft().agreement, u"DSA-2026-001"_s);
    QVERIFY(m_wizard->draft().agreementRecord.has_value());

    RedactPage* page = openRedactPage();
    QVERIFY(page);
    // Name is not an allowed item: left out, saying why. Postcode goes to its area (the
    // scan alone would suggest the district), date of birth at least to the year.
    QCOMPARE(page->actionBox(u"Name"_s)->currentData().toInt(), int(Action::Drop));
    QVERIFY2(page->reasonLabel(u"Name"_s)->text().contains(u"DSA-2026-001"_s),
             qPrintable(page->reasonLabel(u"Name"_s)->text()));
    QCOMPARE(page->profile().rule(u"Postcode"_s)->to, Generalisation::PostcodeArea);
    QVERIFY(page->reasonLabel(u"Postcode"_s)->text().contains(u"DSA-2026-001"_s));
    QVERIFY(
        meetsMinimum(*page->profile().rule(u"Date of birth"_s), active.dataItems.at(1).minimum));
    QCOMPARE(page->profile().agreement, u"DSA-2026-001"_s);
}

void TestRedactPage::settingsWrapInsteadOfScrollingSideways()
{
    // A narrow window: the age band's settings (level, date, width, top band) do not
    // fit on one line beside the action, so they wrap rather than push the columns
    // out of sight behind a sideways scroll bar.
    m_wizard->resize(760, 720);
    RedactPage* page = openRedactPage();
    QVERIFY(page);
    QCOMPARE(page->profile().rule(u"Date of birth"_s)->to, Generalisation::AgeBand);
    QWidget* settings = page->settingsWidget(u"Date of birth"_s);
    QVERIFY(settings);
    QTRY_COMPARE(page->columnsArea()->horizontalScrollBar()->maximum(), 0);
    // Wrapped: more than one line high, and every setting inside the widget.
    auto* top = settings->findChild<QSpinBox*>(u"topAge"_s);
    auto* to = settings->findChild<QComboBox*>(u"generaliseTo"_s);
    QVERIFY(top && to);
    QVERIFY(top->geometry().top() > to->geometry().top());
    QVERIFY(settings->rect().contains(top->geometry()));
}

void TestRedactPage::previewColumnsFitTheirNames()
{
    RedactPage* page = openRedactPage();
    QVERIFY(page);
    auto* view = page->findChild<QTableView*>(u"redactPreview"_s);
    QVERIFY(view);
    // A file whose column names are longer than the default column width.
    page->previewModel()->setSource(
        {u"Reason for loss of last settled home"_s, u"Temporary accommodation type"_s, u"Sex"_s},
        table::RowBlock());
    QAbstractItemModel* model = view->model();
    QCOMPARE(model->columnCount(), 6);
    const int widest = view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 28;
    for (int c = 0; c < model->columnCount(); ++c) {
        // The header's first line is the column's name; the after side is bold.
        QFont font = view->horizontalHeader()->font();
        const QVariant headerFont = model->headerData(c, Qt::Horizontal, Qt::FontRole);
        if (headerFont.canConvert<QFont>())
            font = headerFont.value<QFont>();
        const QString name =
            model->headerData(c, Qt::Horizontal).toString().section(QLatin1Char('\n'), 0, 0);
        const int needed = QFontMetrics(font).horizontalAdvance(name);
        if (needed < widest)
            QVERIFY2(view->columnWidth(c) >= needed, qPrintable(name));
    }
}

QTEST_MAIN(TestRedactPage)
#include "tst_redactpage.moc"
