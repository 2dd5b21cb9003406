#include "agreements/AgreementEditorDialog.h"

#include "agreements/AgreementRegister.h"
#include "agreements/Dpia.h"
#include "agreements/LegalCatalogue.h"
#include "agreements/ReasonDialog.h"
#include "agreements/Templates.h"
#include "common/Clock.h"
#include "store/Database.h"
#include "widgets/ErrorSummary.h"
#include "widgets/WrapLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#include <functional>

namespace sharewise::ui {

using agreements::Agreement;
using agreements::LegalCatalogue;
using agreements::LegalEntry;
using agreements::LegalGround;
using agreements::LegalKind;

namespace {

constexpr int kMaxLine = 500;
const QDate kNoDate(2000, 1, 1); // a date field's minimum: shown as its "not set" text

QPlainTextEdit* plainEdit(QWidget* parent, const char* name, int lines = 4)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setTabChangesFocus(true);
    // As tall as `lines` lines: longer texts scroll, so the page stays readable.
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() +
                         static_cast<int>(2 * edit->document()->documentMargin()));
    return edit;
}

QLineEdit* lineEdit(QWidget* parent, const char* name, int maxLength = kMaxLine)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setMaxLength(maxLength);
    return edit;
}

QTableWidget* makeTable(QWidget* parent, const char* name, int columns)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setColumnCount(columns);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false); // Tab leaves the table, as in the rest of the form
    table->setMinimumHeight(table->fontMetrics().lineSpacing() * 9);
    return table;
}

QComboBox* cellCombo(QTableWidget* table)
{
    auto* combo = new QComboBox(table);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(14);
    return combo;
}

QDateEdit* makeDateEdit(QWidget* parent, const char* name = nullptr)
{
    auto* edit = new QDateEdit(parent);
    if (name)
        edit->setObjectName(QString::fromLatin1(name));
    edit->setDateRange(kNoDate, QDate(2199, 12, 31));
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    edit->setDate(kNoDate);
    return edit;
}

// Wide enough for its "not set" text and a date, with room for the calendar button.
int dateEditWidth(const QDateEdit* edit)
{
    const QFontMetrics fm = edit->fontMetrics();
    const int text = std::max(fm.horizontalAdvance(edit->specialValueText()),
                              fm.horizontalAdvance(QStringLiteral("00/00/00000")));
    return text + fm.averageCharWidth() * 3 +
           2 * edit->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
}

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void setCell(QTableWidget* table, int row, int column, const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    table->setItem(row, column, item);
}

template <typename W>
W* cellWidget(const QTableWidget* table, int row, int column)
{
    return qobject_cast<W*>(table->cellWidget(row, column));
}

int comboValue(const QComboBox* combo, int fallback = 0)
{
    if (!combo || combo->currentIndex() < 0)
        return fallback;
    bool ok = false;
    const int v = combo->currentData().toInt(&ok);
    return ok ? v : fallback;
}

void selectData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index);
}

// An enum's values in a combo, each labelled for people.
template <typename E>
void fillEnumCombo(QComboBox* combo, std::initializer_list<E> values, QString (*label)(E))
{
    combo->clear();
    for (E v : values)
        combo->addItem(label(v), static_cast<int>(v));
}

template <typename E>
void relabelEnumCombo(QComboBox* combo, QString (*label)(E))
{
    for (int i = 0; i < combo->count(); ++i)
        combo->setItemText(i, label(static_cast<E>(combo->itemData(i).toInt())));
    combo->setToolTip(combo->currentText());
}

constexpr std::initializer_list<agreements::PartyRole> kPartyRoles = {
    agreements::PartyRole::Controller, agreements::PartyRole::JointController,
    agreements::PartyRole::Processor};
constexpr std::initializer_list<agreements::SignOffRole> kSignOffRoles = {
    agreements::SignOffRole::Siro, agreements::SignOffRole::Dpo,
    agreements::SignOffRole::CaldicottGuardian, agreements::SignOffRole::Other};
constexpr std::initializer_list<agreements::Frequency> kFrequencies = {
    agreements::Frequency::OneOff,   agreements::Frequency::Weekly,
    agreements::Frequency::Monthly,  agreements::Frequency::Quarterly,
    agreements::Frequency::Annually, agreements::Frequency::OnRequest};
constexpr std::initializer_list<agreements::DpiaStatus> kDpiaStatuses = {
    agreements::DpiaStatus::NotScreened, agreements::DpiaStatus::NotRequired,
    agreements::DpiaStatus::Required, agreements::DpiaStatus::Completed};
constexpr std::initializer_list<redact::Action> kActions = {
    redact::Action::Keep,         redact::Action::Drop,         redact::Action::Mask,
    redact::Action::Generalise,   redact::Action::Pseudonymise, redact::Action::ShiftDate,
    redact::Action::SuppressRare, redact::Action::TopBottomCode};
constexpr std::initializer_list<redact::Generalisation> kGeneralisations = {
    redact::Generalisation::DateMonth,      redact::Generalisation::DateQuarter,
    redact::Generalisation::DateYear,       redact::Generalisation::AgeBand,
    redact::Generalisation::PostcodeSector, redact::Generalisation::PostcodeDistrict,
    redact::Generalisation::PostcodeArea,   redact::Generalisation::NumberBand,
    redact::Generalisation::NumberRound,    redact::Generalisation::TextEmpty};

// What a pseudonym can be keyed as (its normalisation and salt): an identifier kind, or
// any other text. Stored in the level combo by name ("nhs_number", "text").
constexpr std::initializer_list<profile::IdentifierKind> kPseudonymKinds = {
    profile::IdentifierKind::NhsNumber,  profile::IdentifierKind::NiNumber,
    profile::IdentifierKind::Upn,        profile::IdentifierKind::Uprn,
    profile::IdentifierKind::Postcode,   profile::IdentifierKind::Email,
    profile::IdentifierKind::Phone,      profile::IdentifierKind::PersonName,
    profile::IdentifierKind::DateOfBirth};

bool keyedAction(redact::Action action)
{
    return action == redact::Action::Pseudonymise || action == redact::Action::ShiftDate;
}

QString pseudonymKindLabel(const redact::PseudonymKind& kind)
{
    return kind.identifier ? profile::identifierKindLabel(*kind.identifier)
                           : AgreementEditorDialog::tr("Other identifier, as text");
}

void fillPseudonymKinds(QComboBox* combo)
{
    combo->clear();
    for (profile::IdentifierKind k : kPseudonymKinds) {
        const redact::PseudonymKind kind{k};
        combo->addItem(pseudonymKindLabel(kind), kind.name());
    }
    const redact::PseudonymKind text{};
    combo->addItem(pseudonymKindLabel(text), text.name());
}

void relabelPseudonymKinds(QComboBox* combo)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (const auto kind = redact::PseudonymKind::fromName(combo->itemData(i).toString()))
            combo->setItemText(i, pseudonymKindLabel(*kind));
    }
    combo->setToolTip(combo->currentText());
}

// The catalogue's entries of a kind in a combo (data: the id), with `current` kept even
// when the catalogue does not know it; `none` (when not empty) first, for no choice.
void fillLegalCombo(QComboBox* combo, LegalKind kind, const QString& current, const QString& none)
{
    const QSignalBlocker block(combo);
    combo->clear();
    if (!none.isEmpty())
        combo->addItem(none, QString());
    const LegalCatalogue& catalogue = LegalCatalogue::instance();
    for (const LegalEntry& e : catalogue.entries(kind))
        combo->addItem(catalogue.describe(e.id), e.id);
    if (!current.isEmpty() && combo->findData(current) < 0)
        combo->addItem(catalogue.describe(current), current);
    selectData(combo, current);
    if (combo->currentIndex() < 0 && combo->count() > 0)
        combo->setCurrentIndex(0);
    combo->setToolTip(combo->currentText());
}

QString normalisedFingerprint(const QString& fingerprint)
{
    QString out;
    for (QChar c : fingerprint) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

QString withoutMnemonic(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text;
}

QWidget* scrolled(QWidget* inner)
{
    auto* scroll = new QScrollArea;
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

} // namespace

AgreementEditorDialog::AgreementEditorDialog(Database& db, const Agreement& agreement,
                                             QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_original(agreement)
    , m_errors(new ErrorSummary(this))
    , m_intro(new WrapLabel(this))
    , m_sections(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("agreementEditorDialog"));
    m_sections->setObjectName(QStringLiteral("agreementSections"));
    m_sections->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sections->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sections->setWordWrap(true);
    m_sections->setTextElideMode(Qt::ElideNone);
    {
        const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize);
        m_sections->setIconSize(QSize(icon, icon));
        m_sections->setSpacing(2);
    }

    const std::initializer_list<QWidget* (AgreementEditorDialog::*)()> builders = {
        &AgreementEditorDialog::buildOverview,  &AgreementEditorDialog::buildParties,
        &AgreementEditorDialog::buildLegal,     &AgreementEditorDialog::buildDataItems,
        &AgreementEditorDialog::buildHandling,  &AgreementEditorDialog::buildDpia,
        &AgreementEditorDialog::buildDates,     &AgreementEditorDialog::buildOutputs,
        &AgreementEditorDialog::buildRecipients};
    for (auto build : builders) {
        auto* inner = new QWidget;
        auto* layout = new QVBoxLayout(inner);
        auto* heading = new QLabel(inner);
        QFont f = heading->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.25);
        heading->setFont(f);
        heading->setWordWrap(true);
        layout->addWidget(heading);
        m_headings.append(heading);
        QWidget* content = (this->*build)();
        content->setParent(inner);
        layout->addWidget(content, 1);
        m_pages->addWidget(scrolled(inner));
        m_sections->addItem(QString());
    }
    connect(m_sections, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveAgreement"));
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &AgreementEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in a one-line field must not save the whole agreement.
    m_save->setAutoDefault(false);
    m_cancel->setAutoDefault(false);

    auto* body = new QHBoxLayout;
    body->addWidget(m_sections);
    body->addWidget(m_pages, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addWidget(m_intro);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    load(agreement);
    retranslateUi();
    m_sections->setCurrentRow(0);
    resize(1100, 720);
}

// ---- building the sections --------------------------------------------------------------

void AgreementEditorDialog::addField(QLayout* layout, QWidget* field, bool hint)
{
    auto* label = new WrapLabel(field->parentWidget());
    // A table with its buttons is named through its table: the box takes no focus.
    label->setBuddy(focusTarget(field));
    layout->addWidget(label);
    m_fieldLabels.insert(field, label);
    if (hint) {
        auto* h = new WrapLabel(field->parentWidget());
        QPalette p = h->palette();
        p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText).darker(140));
        h->setPalette(p);
        layout->addWidget(h);
        m_fieldHints.insert(field, h);
    }
    layout->addWidget(field);
}

void AgreementEditorDialog::labelField(QWidget* field, const QString& label, const QString& hint)
{
    if (QLabel* l = m_fieldLabels.value(field))
        l->setText(label);
    field->setAccessibleName(withoutMnemonic(label));
    if (QWidget* target = focusTarget(field); target != field)
        target->setAccessibleName(withoutMnemonic(label));
    if (QLabel* h = m_fieldHints.value(field))
        h->setText(hint);
}

QWidget* AgreementEditorDialog::focusTarget(QWidget* field)
{
    if (field->focusPolicy() != Qt::NoFocus)
        return field;
    auto* view = field->findChild<QAbstractItemView*>();
    return view ? view : field;
}

// Each widget in a table's cell is named for a screen reader by its column and row, as a
// sighted user reads it from the header; and Tab reaches the cells' widgets straight
// after their table, row by row (Qt would put a widget made later after the dialog's
// buttons).
void AgreementEditorDialog::nameCellWidgets(QTableWidget* table)
{
    QWidget* previous = table;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            QWidget* w = table->cellWidget(row, column);
            if (!w)
                continue;
            if (w->focusPolicy() != Qt::NoFocus) {
                setTabOrder(previous, w);
                previous = w;
            }
            const QTableWidgetItem* header = table->horizontalHeaderItem(column);
            //: A control in a table, named for a screen reader: its column's heading, then
            //: its row's number.
            w->setAccessibleName(
                tr("%1, row %2").arg(header ? header->text() : QString()).arg(row + 1));
        }
    }
}

QWidget* AgreementEditorDialog::makeMarker(const char* field, Section section)
{
    auto* box = new QFrame;
    const QString name = QStringLiteral("proposed_%1").arg(QLatin1String(field));
    box->setObjectName(name);
    box->setFrameShape(QFrame::StyledPanel);
    // Orange border and a bold word: the meaning is in the words too, not the colour alone.
    box->setStyleSheet(QStringLiteral("#%1 { border: 2px solid #f47738; }").arg(name));
    auto* icon = new QLabel(box);
    const int size = box->style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(box->style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    auto* text = new WrapLabel(box);
    text->setTextFormat(Qt::RichText);
    auto* confirm = new QPushButton(box);
    confirm->setObjectName(QStringLiteral("confirm_%1").arg(QLatin1String(field)));
    auto* row = new QHBoxLayout(box);
    row->addWidget(icon);
    row->addWidget(text, 1);
    row->addWidget(confirm, 0, Qt::AlignTop);
    connect(confirm, &QPushButton::clicked, this, [this, field] { this->confirm(field); });
    m_markers.append({field, section, box, text, confirm});
    return box;
}

QWidget* AgreementEditorDialog::tableWithButtons(QTableWidget* table)
{
    auto* box = new QWidget;
    table->setParent(box);
    auto* add = new QPushButton(box);
    add->setObjectName(table->objectName() + QStringLiteral("Add"));
    auto* remove = new QPushButton(box);
    remove->setObjectName(table->objectName() + QStringLiteral("Remove"));
    remove->setEnabled(false);
    connect(add, &QPushButton::clicked, this, [this, table] {
        const int row = addRow(table);
        table->setCurrentCell(row, 0);
        table->setFocus();
    });
    connect(remove, &QPushButton::clicked, this, [this, table] { removeRow(table); });
    connect(table, &QTableWidget::itemSelectionChanged, remove, [table, remove] {
        remove->setEnabled(!table->selectedItems().isEmpty() || table->currentRow() >= 0);
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table, 1);
    layout->addLayout(buttons);
    m_tableButtons.append({table, add, remove});
    return box;
}

QWidget* AgreementEditorDialog::buildOverview()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_reference = lineEdit(page, "agreementReference", 64);
    m_title = lineEdit(page, "agreementTitle");
    m_status = new WrapLabel(page);
    m_status->setObjectName(QStringLiteral("agreementStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_template = new WrapLabel(page);
    m_template->setObjectName(QStringLiteral("agreementTemplate"));
    m_purpose = plainEdit(page, "agreementPurpose", 5);
    m_benefits = plainEdit(page, "agreementBenefits");
    m_notUsedFor = plainEdit(page, "agreementNotUsedFor");
    addField(layout, m_reference, true);
    addField(layout, m_title);
    addField(layout, m_status);
    layout->addWidget(m_template);
    addField(layout, m_purpose, true);
    addField(layout, m_benefits, true);
    addField(layout, m_notUsedFor, true);
    layout->addStretch();
    return page;
}

QWidget* AgreementEditorDialog::buildParties()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_partiesIntro = new WrapLabel(page);
    m_parties = makeTable(page, "agreementParties", PartyColumnCount);
    layout->addWidget(m_partiesIntro);
    layout->addWidget(tableWithButtons(m_parties), 1);
    return page;
}

QWidget* AgreementEditorDialog::buildLegal()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    layout->addWidget(makeMarker(agreements::Field::LawfulBasis, LegalSection));
    m_lawfulBasis = new QComboBox(page);
    m_lawfulBasis->setObjectName(QStringLiteral("lawfulBasis"));
    m_lawfulBasis->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_lawfulBasis->setMinimumContentsLength(30);
    m_lawfulExplanation = new WrapLabel(page);
    m_lawfulExplanation->setObjectName(QStringLiteral("lawfulBasisExplanation"));
    m_lawfulExplanation->setTextFormat(Qt::RichText);
    m_lawfulReason = plainEdit(page, "lawfulBasisReason", 3);
    addField(layout, m_lawfulBasis);
    layout->addWidget(m_lawfulExplanation);
    addField(layout, m_lawfulReason);
    connect(m_lawfulBasis, &QComboBox::currentIndexChanged, this,
            &AgreementEditorDialog::showLawfulExplanation);

    auto groundTable = [&](const char* field, const char* name, QTableWidget*& table,
                           QLabel*& explanation) {
        layout->addSpacing(layout->spacing() * 2);
        layout->addWidget(makeMarker(field, LegalSection));
        table = makeTable(page, name, GroundColumnCount);
        // Room for about four conditions; more scroll. The explanation below stays in sight.
        table->setFixedHeight(table->fontMetrics().lineSpacing() * 8);
        explanation = new WrapLabel(page);
        explanation->setObjectName(QString::fromLatin1(name) + QStringLiteral("Explanation"));
        explanation->setTextFormat(Qt::RichText);
        QWidget* box = tableWithButtons(table);
        box->setParent(page);
        box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // no gaps around it
        addField(layout, box, true);
        layout->addWidget(explanation);
        QTableWidget* t = table;
        connect(t, &QTableWidget::currentCellChanged, this,
                [this, t] { showGroundExplanation(t); });
    };
    groundTable(agreements::Field::SpecialCategory, "specialCategoryConditions", m_special,
                m_specialExplanation);
    groundTable(agreements::Field::CriminalOffence, "criminalOffenceConditions", m_criminal,
                m_criminalExplanation);
    groundTable(agreements::Field::StatutoryPowers, "statutoryPowers", m_powers,
                m_powersExplanation);
    layout->addStretch();
    return page;
}

QWidget* AgreementEditorDialog::buildDataItems()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeMarker(agreements::Field::DataItems, DataItemsSection));
    m_itemsIntro = new WrapLabel(page);
    m_items = makeTable(page, "agreementDataItems", ItemColumnCount);
    m_items->setMinimumHeight(m_items->fontMetrics().lineSpacing() * 14);
    layout->addWidget(m_itemsIntro);
    layout->addWidget(tableWithButtons(m_items), 1);
    return page;
}

QWidget* AgreementEditorDialog::buildHandling()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_frequency = new QComboBox(page);
    m_frequency->setObjectName(QStringLiteral("agreementFrequency"));
    fillEnumCombo(m_frequency, kFrequencies, &agreements::frequencyLabel);
    m_retention = plainEdit(page, "agreementRetention", 3);
    m_security = plainEdit(page, "agreementSecurity", 3);
    m_transfer = plainEdit(page, "agreementTransferMethod", 2);
    m_rights = plainEdit(page, "agreementRights", 3);
    auto* frequencyRow = new QHBoxLayout;
    addField(layout, m_frequency);
    layout->removeWidget(m_frequency);
    frequencyRow->addWidget(m_frequency);
    frequencyRow->addStretch();
    layout->addItem(frequencyRow);
    addField(layout, m_retention, true);
    addField(layout, m_security, true);
    addField(layout, m_transfer);
    addField(layout, m_rights, true);
    layout->addStretch();
    return page;
}

QWidget* AgreementEditorDialog::buildDpia()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(makeMarker(agreements::Field::Dpia, DpiaSection));
    m_dpiaStatus = new QComboBox(page);
    m_dpiaStatus->setObjectName(QStringLiteral("dpiaStatus"));
    fillEnumCombo(m_dpiaStatus, kDpiaStatuses, &agreements::dpiaStatusLabel);
    m_dpiaReference = lineEdit(page, "dpiaReference");
    m_dpiaNote = plainEdit(page, "dpiaNote", 4);
    m_dpiaTriggers = new WrapLabel(page);
    m_dpiaTriggers->setObjectName(QStringLiteral("dpiaTriggers"));
    m_dpiaTriggers->setTextFormat(Qt::RichText);
    auto* statusRow = new QHBoxLayout;
    addField(layout, m_dpiaStatus, true);
    layout->removeWidget(m_dpiaStatus);
    statusRow->addWidget(m_dpiaStatus);
    statusRow->addStretch();
    layout->addItem(statusRow);
    layout->addWidget(m_dpiaTriggers);
    addField(layout, m_dpiaReference);
    addField(layout, m_dpiaNote);
    layout->addStretch();
    return page;
}

QWidget* AgreementEditorDialog::buildDates()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_startsOn = makeDateEdit(page, "agreementStartsOn");
    m_endsOn = makeDateEdit(page, "agreementEndsOn");
    m_reviewDue = makeDateEdit(page, "agreementReviewDue");
    for (QDateEdit* d : {m_startsOn, m_endsOn, m_reviewDue}) {
        auto* row = new QHBoxLayout;
        addField(layout, d, d != m_startsOn);
        layout->removeWidget(d);
        row->addWidget(d);
        row->addStretch();
        layout->addItem(row);
    }
    layout->addSpacing(layout->spacing() * 2);
    m_signOffs = makeTable(page, "agreementSignOffs", SignOffColumnCount);
    QWidget* box = tableWithButtons(m_signOffs);
    box->setParent(page);
    addField(layout, box, true);
    layout->addStretch();
    return page;
}

QWidget* AgreementEditorDialog::buildOutputs()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_outputsIntro = new WrapLabel(page);
    m_outputs = makeTable(page, "agreementOutputs", OutputColumnCount);
    layout->addWidget(m_outputsIntro);
    layout->addWidget(tableWithButtons(m_outputs), 1);
    return page;
}

QWidget* AgreementEditorDialog::buildRecipients()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_recipientsIntro = new WrapLabel(page);
    m_recipients = makeTable(page, "agreementRecipients", RecipientColumnCount);
    m_recipients->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recipientsProblem = new WrapLabel(page);
    m_recipientsProblem->setObjectName(QStringLiteral("agreementRecipientsProblem"));
    m_recipientsProblem->hide();
    // A partner without a key: named here, they receive by passphrase.
    m_passphraseRecipientHint = new WrapLabel(page);
    m_passphraseOrganisationLabel = new QLabel(page);
    m_passphraseOrganisation = new QLineEdit(page);
    m_passphraseOrganisation->setObjectName(QStringLiteral("passphraseRecipientOrganisation"));
    m_passphraseOrganisationLabel->setBuddy(m_passphraseOrganisation);
    m_passphraseContactLabel = new QLabel(page);
    m_passphraseContact = new QLineEdit(page);
    m_passphraseContact->setObjectName(QStringLiteral("passphraseRecipientContact"));
    m_passphraseContactLabel->setBuddy(m_passphraseContact);
    m_addPassphraseRecipient = new QPushButton(page);
    m_addPassphraseRecipient->setObjectName(QStringLiteral("addPassphraseRecipient"));
    m_addPassphraseRecipient->setEnabled(false);
    connect(m_passphraseOrganisation, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_addPassphraseRecipient->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_addPassphraseRecipient, &QPushButton::clicked, this,
            &AgreementEditorDialog::addPassphraseRecipient);
    auto* passphraseRow = new QHBoxLayout;
    passphraseRow->addWidget(m_passphraseOrganisationLabel);
    passphraseRow->addWidget(m_passphraseOrganisation, 2);
    passphraseRow->addWidget(m_passphraseContactLabel);
    passphraseRow->addWidget(m_passphraseContact, 1);
    passphraseRow->addWidget(m_addPassphraseRecipient);
    m_requiresReview = new QCheckBox(page);
    m_requiresReview->setObjectName(QStringLiteral("agreementRequiresReview"));
    layout->addWidget(m_recipientsIntro);
    layout->addWidget(m_recipientsProblem);
    layout->addWidget(m_recipients, 1);
    layout->addWidget(m_passphraseRecipientHint);
    layout->addLayout(passphraseRow);
    layout->addWidget(m_requiresReview);
    auto* hint = new WrapLabel(page);
    m_fieldHints.insert(m_requiresReview, hint);
    layout->addWidget(hint);
    return page;
}

// ---- rows ---------------------------------------------------------------------------------

int AgreementEditorDialog::addRow(QTableWidget* table)
{
    const int row = table->rowCount();
    table->insertRow(row);
    if (table == m_parties) {
        for (int c : {PartyOrganisationColumn, PartyContactColumn, PartyJobColumn, PartyEmailColumn,
                      PartyPhoneColumn})
            setCell(table, row, c, QString());
        auto* role = cellCombo(table);
        fillEnumCombo(role, kPartyRoles, &agreements::partyRoleLabel);
        table->setCellWidget(row, PartyRoleColumn, role);
    } else if (table == m_special || table == m_criminal || table == m_powers) {
        fillGroundRow(table, row, {});
    } else if (table == m_items) {
        m_itemRules.insert(row, redact::ColumnRule{});
        for (int c : {ItemNameColumn, ItemAliasesColumn, ItemDescriptionColumn})
            setCell(table, row, c, QString());
        auto* action = cellCombo(table);
        fillEnumCombo(action, kActions, &redact::actionLabel);
        auto* level = cellCombo(table);
        fillEnumCombo(level, kGeneralisations, &redact::generalisationLabel);
        table->setCellWidget(row, ItemActionColumn, action);
        table->setCellWidget(row, ItemLevelColumn, level);
        connect(action, &QComboBox::currentIndexChanged, this, [this, action] {
            for (int r = 0; r < m_items->rowCount(); ++r) {
                if (m_items->cellWidget(r, ItemActionColumn) == action)
                    updateItemRow(r);
            }
        });
        updateItemRow(row);
    } else if (table == m_signOffs) {
        for (int c : {SignOffNameColumn, SignOffTitleColumn, SignOffOrganisationColumn})
            setCell(table, row, c, QString());
        auto* role = cellCombo(table);
        fillEnumCombo(role, kSignOffRoles, &agreements::signOffRoleLabel);
        table->setCellWidget(row, SignOffRoleColumn, role);
        auto* date = makeDateEdit(table);
        date->setSpecialValueText(tr("Not signed yet"));
        table->setCellWidget(row, SignOffDateColumn, date);
    } else if (table == m_outputs) {
        setCell(table, row, OutputTitleColumn, QString());
        setCell(table, row, OutputDescriptionColumn, QString());
        auto* date = makeDateEdit(table);
        date->setSpecialValueText(tr("No date"));
        table->setCellWidget(row, OutputDueColumn, date);
    }
    table->resizeRowToContents(row);
    nameCellWidgets(table);
    return row;
}

void AgreementEditorDialog::removeRow(QTableWidget* table)
{
    const int row = table->currentRow();
    if (row < 0)
        return;
    if (table == m_items && row < m_itemRules.size())
        m_itemRules.removeAt(row);
    table->removeRow(row);
    nameCellWidgets(table);
    if (table == m_special || table == m_criminal || table == m_powers)
        showGroundExplanation(table);
}

void AgreementEditorDialog::fillGroundRow(QTableWidget* table, int row, const LegalGround& ground)
{
    const LegalKind kind = table == m_special    ? LegalKind::Article9
                           : table == m_criminal ? LegalKind::CriminalOffence
                                                 : LegalKind::StatutoryPower;
    auto* code = cellCombo(table);
    code->setMinimumContentsLength(24);
    fillLegalCombo(code, kind, ground.code, tr("Choose…"));
    table->setCellWidget(row, GroundCodeColumn, code);
    auto* schedule1 = cellCombo(table);
    table->setCellWidget(row, GroundSchedule1Column, schedule1);
    schedule1->setProperty("sharewiseSchedule1", ground.schedule1);
    setCell(table, row, GroundReasonColumn, ground.reason);
    updateGroundRow(table, row);
    connect(code, &QComboBox::currentIndexChanged, this, [this, table, code] {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->cellWidget(r, GroundCodeColumn) == code) {
                updateGroundRow(table, r);
                table->setCurrentCell(r, GroundCodeColumn);
            }
        }
        code->setToolTip(code->currentText());
        showGroundExplanation(table);
    });
}

// The Schedule 1 choice follows the condition: offered (with the paragraphs that go with
// it) only when the condition needs one.
void AgreementEditorDialog::updateGroundRow(QTableWidget* table, int row)
{
    auto* code = cellWidget<QComboBox>(table, row, GroundCodeColumn);
    auto* schedule1 = cellWidget<QComboBox>(table, row, GroundSchedule1Column);
    if (!code || !schedule1)
        return;
    QString current = schedule1->currentData().toString();
    if (schedule1->count() == 0)
        current = schedule1->property("sharewiseSchedule1").toString();
    const LegalCatalogue& catalogue = LegalCatalogue::instance();
    const LegalEntry* entry = catalogue.find(code->currentData().toString());
    const QSignalBlocker block(schedule1);
    schedule1->clear();
    if (entry && entry->needsSchedule1) {
        schedule1->setEnabled(true);
        schedule1->addItem(tr("Choose a paragraph…"), QString());
        QStringList options = entry->schedule1Options;
        if (options.isEmpty()) {
            for (const LegalEntry& e : catalogue.entries(LegalKind::Schedule1))
                options << e.id;
        }
        for (const QString& id : std::as_const(options))
            schedule1->addItem(catalogue.describe(id), id);
        if (!current.isEmpty() && schedule1->findData(current) < 0)
            schedule1->addItem(catalogue.describe(current), current);
        selectData(schedule1, current);
        if (schedule1->currentIndex() < 0)
            schedule1->setCurrentIndex(0);
    } else {
        //: The Schedule 1 column, for a condition that needs no Schedule 1 paragraph.
        schedule1->addItem(tr("Not needed"), QString());
        schedule1->setEnabled(false);
    }
    schedule1->setToolTip(schedule1->currentText());
}

void AgreementEditorDialog::updateItemRow(int row)
{
    auto* action = cellWidget<QComboBox>(m_items, row, ItemActionColumn);
    auto* level = cellWidget<QComboBox>(m_items, row, ItemLevelColumn);
    if (!action || !level)
        return;
    const auto chosen = static_cast<redact::Action>(comboValue(action));
    const bool generalise = chosen == redact::Action::Generalise;
    const bool keyed = keyedAction(chosen);
    // The second combo holds what the action needs: a generalisation level, or the kind
    // of identifier a pseudonym (or a date shift's person) is keyed as.
    const QString mode = generalise ? QStringLiteral("level")
                         : keyed    ? QStringLiteral("kind")
                                    : QString();
    const redact::ColumnRule& rule =
        row < m_itemRules.size() ? m_itemRules.at(row) : redact::ColumnRule{};
    if (level->property("mode").toString() != mode) {
        level->setProperty("mode", mode);
        if (keyed)
            fillPseudonymKinds(level);
        else
            fillEnumCombo(level, kGeneralisations, &redact::generalisationLabel);
        level->setCurrentIndex(-1);
    }
    level->setEnabled(generalise || keyed);
    if (!generalise && !keyed) {
        level->setCurrentIndex(-1);
    } else if (level->currentIndex() < 0) {
        if (keyed)
            selectData(level, rule.kind.name());
        else
            selectData(level, static_cast<int>(rule.to));
    }
    action->setToolTip(action->currentText());
    level->setToolTip(level->currentText());
}

void AgreementEditorDialog::showLawfulExplanation()
{
    m_lawfulBasis->setToolTip(m_lawfulBasis->currentText());
    const LegalEntry* e = LegalCatalogue::instance().find(m_lawfulBasis->currentData().toString());
    if (!e) {
        m_lawfulExplanation->setText(
            tr("Choose the lawful basis from UK GDPR Article 6 that the sharing relies on. "
               "Councils sharing for their statutory duties usually rely on public task."));
        return;
    }
    QString text = e->explanation.toHtmlEscaped();
    if (!e->typicalUse.isEmpty())
        //: %1 says when a lawful basis typically applies.
        text +=
            QStringLiteral("<br>") + tr("Typically used: %1").arg(e->typicalUse.toHtmlEscaped());
    if (!e->forPublicAuthorities)
        text += QStringLiteral("<br><b>%1</b>")
                    .arg(tr("A public authority cannot rely on this basis for its own public "
                            "tasks.")
                             .toHtmlEscaped());
    m_lawfulExplanation->setText(text);
}

void AgreementEditorDialog::showGroundExplanation(QTableWidget* table)
{
    QLabel* label = table == m_special    ? m_specialExplanation
                    : table == m_criminal ? m_criminalExplanation
                                          : m_powersExplanation;
    const int row = table->currentRow();
    const auto* code = row >= 0 ? cellWidget<QComboBox>(table, row, GroundCodeColumn) : nullptr;
    const LegalEntry* e =
        code ? LegalCatalogue::instance().find(code->currentData().toString()) : nullptr;
    if (!e) {
        label->clear();
        label->hide();
        return;
    }
    QString text = QStringLiteral("<b>%1</b><br>%2")
                       .arg(LegalCatalogue::instance().describe(e->id).toHtmlEscaped(),
                            e->explanation.toHtmlEscaped());
    if (!e->typicalUse.isEmpty())
        text +=
            QStringLiteral("<br>") + tr("Typically used: %1").arg(e->typicalUse.toHtmlEscaped());
    if (e->needsSchedule1)
        text += QStringLiteral("<br>") +
                tr("This condition also needs a paragraph of Schedule 1 to the Data Protection "
                   "Act 2018: choose it in the Schedule 1 column.")
                    .toHtmlEscaped();
    label->setText(text);
    label->show();
}

// ---- loading and reading the form ------------------------------------------------------------

void AgreementEditorDialog::setDate(QDateEdit* edit, const QDate& date)
{
    edit->setDate(date.isValid() && date > kNoDate ? date : kNoDate);
}

QDate AgreementEditorDialog::dateOf(const QDateEdit* edit)
{
    return edit->date() <= kNoDate ? QDate() : edit->date();
}

void AgreementEditorDialog::load(const Agreement& a)
{
    m_proposed = a.proposed;
    m_reference->setText(a.reference);
    m_title->setText(a.title);
    m_purpose->setPlainText(a.purpose);
    m_benefits->setPlainText(a.benefits);
    m_notUsedFor->setPlainText(a.notUsedFor);

    m_parties->setRowCount(0);
    for (const agreements::Party& p : a.parties) {
        const int row = addRow(m_parties);
        setCell(m_parties, row, PartyOrganisationColumn, p.organisation);
        selectData(cellWidget<QComboBox>(m_parties, row, PartyRoleColumn),
                   static_cast<int>(p.role));
        setCell(m_parties, row, PartyContactColumn, p.contact.name);
        setCell(m_parties, row, PartyJobColumn, p.contact.role);
        setCell(m_parties, row, PartyEmailColumn, p.contact.email);
        setCell(m_parties, row, PartyPhoneColumn, p.contact.phone);
    }

    fillLegalCombo(m_lawfulBasis, LegalKind::LawfulBasis, a.lawfulBasis.code, tr("Not chosen yet"));
    m_lawfulReason->setPlainText(a.lawfulBasis.reason);
    showLawfulExplanation();
    const std::initializer_list<std::pair<QTableWidget*, const QList<LegalGround>*>> grounds = {
        {m_special, &a.specialCategoryConditions},
        {m_criminal, &a.criminalOffenceConditions},
        {m_powers, &a.statutoryPowers}};
    for (const auto& [table, list] : grounds) {
        table->setRowCount(0);
        for (const LegalGround& g : *list) {
            const int row = table->rowCount();
            table->insertRow(row);
            fillGroundRow(table, row, g);
        }
        // The first condition's explanation shown at once: its name may be cut short in
        // the table.
        if (table->rowCount() > 0)
            table->setCurrentCell(0, GroundReasonColumn);
        showGroundExplanation(table);
    }

    m_items->setRowCount(0);
    m_itemRules.clear();
    for (const agreements::DataItem& item : a.dataItems) {
        const int row = addRow(m_items);
        m_itemRules[row] = item.minimum;
        setCell(m_items, row, ItemNameColumn, item.name);
        setCell(m_items, row, ItemAliasesColumn, item.aliases.join(QStringLiteral(", ")));
        setCell(m_items, row, ItemDescriptionColumn, item.description);
        auto* level = cellWidget<QComboBox>(m_items, row, ItemLevelColumn);
        level->setCurrentIndex(-1);
        selectData(cellWidget<QComboBox>(m_items, row, ItemActionColumn),
                   static_cast<int>(item.minimum.action));
        updateItemRow(row);
    }

    selectData(m_frequency, static_cast<int>(a.frequency));
    m_retention->setPlainText(a.retention);
    m_security->setPlainText(a.security);
    m_transfer->setPlainText(a.transferMethod);
    m_rights->setPlainText(a.rights);

    selectData(m_dpiaStatus, static_cast<int>(a.dpia.status));
    m_dpiaReference->setText(a.dpia.reference);
    m_dpiaNote->setPlainText(a.dpia.note);

    setDate(m_startsOn, a.startsOn);
    setDate(m_endsOn, a.endsOn);
    setDate(m_reviewDue, a.reviewDueOn);
    m_signOffs->setRowCount(0);
    for (const agreements::SignOff& s : a.signOffs) {
        const int row = addRow(m_signOffs);
        setCell(m_signOffs, row, SignOffNameColumn, s.name);
        selectData(cellWidget<QComboBox>(m_signOffs, row, SignOffRoleColumn),
                   static_cast<int>(s.role));
        setCell(m_signOffs, row, SignOffTitleColumn, s.roleTitle);
        setCell(m_signOffs, row, SignOffOrganisationColumn, s.organisation);
        setDate(cellWidget<QDateEdit>(m_signOffs, row, SignOffDateColumn), s.date);
    }
    m_outputs->setRowCount(0);
    for (const agreements::ExpectedOutput& o : a.outputs) {
        const int row = addRow(m_outputs);
        setCell(m_outputs, row, OutputTitleColumn, o.title);
        setCell(m_outputs, row, OutputDescriptionColumn, o.description);
        setDate(cellWidget<QDateEdit>(m_outputs, row, OutputDueColumn), o.due);
    }
    loadRecipients(a);
    m_requiresReview->setChecked(a.requiresReview);
    updateMarkers();
}

void AgreementEditorDialog::addRecipientRow(const QString& organisation, const QString& contact,
                                            const QString& fingerprint, bool checked, int kind)
{
    const int row = m_recipients->rowCount();
    m_recipients->insertRow(row);
    auto* org = new QTableWidgetItem(organisation);
    org->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    org->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    org->setData(Qt::UserRole, fingerprint);
    org->setData(Qt::UserRole + 1, kind);
    org->setToolTip(organisation);
    m_recipients->setItem(row, RecipientAllowedColumn, org);
    setCell(m_recipients, row, RecipientContactColumn, contact);
    setCell(m_recipients, row, RecipientFingerprintColumn, fingerprint);
    setCell(m_recipients, row, RecipientStatusColumn, QString());
}

// A partner with no Sharewise key, added ticked: shares to them are sealed under a
// passphrase sent by another route.
void AgreementEditorDialog::addPassphraseRecipient()
{
    const QString organisation = m_passphraseOrganisation->text().trimmed();
    if (organisation.isEmpty())
        return;
    addRecipientRow(organisation, m_passphraseContact->text().trimmed(), QString(), true, 4);
    m_passphraseOrganisation->clear();
    m_passphraseContact->clear();
    retranslateTables();
    m_recipients->resizeColumnsToContents();
    m_recipients->setCurrentCell(m_recipients->rowCount() - 1, RecipientAllowedColumn);
}

// Every key in the recipients directory that is in use, ticked when the agreement names
// it; recipients the agreement names that the directory lacks (or revoked) stay listed,
// ticked, and say so.
void AgreementEditorDialog::loadRecipients(const Agreement& a)
{
    m_recipients->setRowCount(0);
    m_directory.clear();
    m_unlisted.clear();
    Result<QList<RecipientKey>> keys = RecipientsDirectory(m_db).list();
    if (!keys) {
        m_recipientsProblem->setText(keys.error().message);
        m_recipientsProblem->show();
    } else {
        m_recipientsProblem->hide();
        m_directory = keys.value();
    }
    auto named = [&](const QString& fingerprint) {
        for (const agreements::Recipient& r : a.recipients) {
            if (normalisedFingerprint(r.fingerprint) == normalisedFingerprint(fingerprint))
                return true;
        }
        return false;
    };
    // kind: 0 in use and checked, 1 in use not checked, 2 revoked, 3 not in the directory,
    // 4 no key, receives by passphrase
    QList<agreements::Recipient> found;
    for (const RecipientKey& k : std::as_const(m_directory)) {
        const bool isNamed = named(k.fingerprint);
        if (k.isRevoked() && !isNamed)
            continue;
        addRecipientRow(k.organisation, k.contact, k.fingerprint, isNamed,
                        k.isRevoked() ? 2 : (k.isVerified() ? 0 : 1));
        if (isNamed)
            found.append({k.organisation, k.contact, k.fingerprint});
    }
    for (const agreements::Recipient& r : a.recipients) {
        if (r.receivesByPassphrase()) {
            addRecipientRow(r.organisation, r.contact, QString(), true, 4);
            continue;
        }
        const bool inDirectory =
            std::any_of(m_directory.cbegin(), m_directory.cend(), [&](const RecipientKey& k) {
                return normalisedFingerprint(k.fingerprint) == normalisedFingerprint(r.fingerprint);
            });
        if (!inDirectory) {
            m_unlisted.append(r);
            addRecipientRow(r.organisation, r.contact, r.fingerprint, true, 3);
        }
    }
    // Columns of combo boxes and dates: their contents are widgets, which
    // resizeColumnsToContents does not measure.
    const int ch = fontMetrics().averageCharWidth();
    m_parties->setColumnWidth(PartyRoleColumn, ch * 24);
    for (QTableWidget* t : {m_special, m_criminal, m_powers}) {
        t->setColumnWidth(GroundCodeColumn, ch * 38);
        t->setColumnWidth(GroundSchedule1Column, ch * 32);
    }
    m_items->setColumnWidth(ItemActionColumn, ch * 22);
    m_items->setColumnWidth(ItemLevelColumn, ch * 30);
    m_signOffs->setColumnWidth(SignOffRoleColumn, ch * 34);
    int dateWidth = ch * 16;
    for (QTableWidget* t : {m_signOffs, m_outputs}) {
        const int c = t == m_signOffs ? int(SignOffDateColumn) : int(OutputDueColumn);
        for (int row = 0; row < t->rowCount(); ++row) {
            if (auto* d = cellWidget<QDateEdit>(t, row, c))
                dateWidth = std::max(dateWidth, dateEditWidth(d));
        }
    }
    m_signOffs->setColumnWidth(SignOffDateColumn, dateWidth);
    m_outputs->setColumnWidth(OutputDueColumn, dateWidth);
    m_recipients->resizeColumnsToContents();
}

Agreement AgreementEditorDialog::agreement() const
{
    Agreement a = m_original;
    a.reference = m_reference->text().trimmed();
    a.title = m_title->text().trimmed();
    a.purpose = m_purpose->toPlainText().trimmed();
    a.benefits = m_benefits->toPlainText().trimmed();
    a.notUsedFor = m_notUsedFor->toPlainText().trimmed();

    a.parties.clear();
    for (int row = 0; row < m_parties->rowCount(); ++row) {
        agreements::Party p;
        p.organisation = cellText(m_parties, row, PartyOrganisationColumn);
        p.role = static_cast<agreements::PartyRole>(
            comboValue(cellWidget<QComboBox>(m_parties, row, PartyRoleColumn)));
        p.contact.name = cellText(m_parties, row, PartyContactColumn);
        p.contact.role = cellText(m_parties, row, PartyJobColumn);
        p.contact.email = cellText(m_parties, row, PartyEmailColumn);
        p.contact.phone = cellText(m_parties, row, PartyPhoneColumn);
        if (p.organisation.isEmpty() && p.contact == agreements::Contact{})
            continue; // a row added and left empty
        a.parties.append(p);
    }

    a.lawfulBasis.code = m_lawfulBasis->currentData().toString();
    a.lawfulBasis.schedule1.clear();
    a.lawfulBasis.reason = m_lawfulReason->toPlainText().trimmed();
    if (a.lawfulBasis.code.isEmpty() && m_original.lawfulBasis.code.isEmpty())
        a.lawfulBasis.schedule1 = m_original.lawfulBasis.schedule1;
    const std::initializer_list<std::pair<QTableWidget*, QList<LegalGround>*>> grounds = {
        {m_special, &a.specialCategoryConditions},
        {m_criminal, &a.criminalOffenceConditions},
        {m_powers, &a.statutoryPowers}};
    for (const auto& [table, list] : grounds) {
        list->clear();
        for (int row = 0; row < table->rowCount(); ++row) {
            LegalGround g;
            g.code = cellWidget<QComboBox>(table, row, GroundCodeColumn)->currentData().toString();
            g.schedule1 =
                cellWidget<QComboBox>(table, row, GroundSchedule1Column)->currentData().toString();
            g.reason = cellText(table, row, GroundReasonColumn);
            if (g.code.isEmpty() && g.schedule1.isEmpty() && g.reason.isEmpty())
                continue;
            list->append(g);
        }
    }

    a.dataItems.clear();
    for (int row = 0; row < m_items->rowCount(); ++row) {
        agreements::DataItem item;
        item.name = cellText(m_items, row, ItemNameColumn);
        for (const QString& alias : cellText(m_items, row, ItemAliasesColumn)
                                        .split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!alias.trimmed().isEmpty())
                item.aliases << alias.trimmed();
        }
        item.description = cellText(m_items, row, ItemDescriptionColumn);
        item.minimum = row < m_itemRules.size() ? m_itemRules.at(row) : redact::ColumnRule{};
        item.minimum.action = static_cast<redact::Action>(
            comboValue(cellWidget<QComboBox>(m_items, row, ItemActionColumn)));
        if (item.minimum.action == redact::Action::Generalise) {
            item.minimum.to = static_cast<redact::Generalisation>(
                comboValue(cellWidget<QComboBox>(m_items, row, ItemLevelColumn),
                           static_cast<int>(item.minimum.to)));
        } else if (keyedAction(item.minimum.action)) {
            const auto* level = cellWidget<QComboBox>(m_items, row, ItemLevelColumn);
            if (const auto kind = redact::PseudonymKind::fromName(
                    level ? level->currentData().toString() : QString()))
                item.minimum.kind = *kind;
        }
        if (item.name.isEmpty() && item.aliases.isEmpty() && item.description.isEmpty() &&
            item.minimum.action == redact::Action::Keep)
            continue;
        a.dataItems.append(item);
    }

    a.frequency = static_cast<agreements::Frequency>(comboValue(m_frequency));
    a.retention = m_retention->toPlainText().trimmed();
    a.security = m_security->toPlainText().trimmed();
    a.transferMethod = m_transfer->toPlainText().trimmed();
    a.rights = m_rights->toPlainText().trimmed();

    a.dpia.status = static_cast<agreements::DpiaStatus>(comboValue(m_dpiaStatus));
    a.dpia.reference = m_dpiaReference->text().trimmed();
    a.dpia.note = m_dpiaNote->toPlainText().trimmed();

    a.startsOn = dateOf(m_startsOn);
    a.endsOn = dateOf(m_endsOn);
    a.reviewDueOn = dateOf(m_reviewDue);
    a.signOffs.clear();
    for (int row = 0; row < m_signOffs->rowCount(); ++row) {
        agreements::SignOff s;
        s.name = cellText(m_signOffs, row, SignOffNameColumn);
        s.role = static_cast<agreements::SignOffRole>(
            comboValue(cellWidget<QComboBox>(m_signOffs, row, SignOffRoleColumn),
                       static_cast<int>(agreements::SignOffRole::Other)));
        s.roleTitle = cellText(m_signOffs, row, SignOffTitleColumn);
        s.organisation = cellText(m_signOffs, row, SignOffOrganisationColumn);
        s.date = dateOf(cellWidget<QDateEdit>(m_signOffs, row, SignOffDateColumn));
        if (s.name.isEmpty() && s.roleTitle.isEmpty() && s.organisation.isEmpty() &&
            !s.date.isValid())
            continue;
        a.signOffs.append(s);
    }
    a.outputs.clear();
    for (int row = 0; row < m_outputs->rowCount(); ++row) {
        agreements::ExpectedOutput o;
        o.title = cellText(m_outputs, row, OutputTitleColumn);
        o.description = cellText(m_outputs, row, OutputDescriptionColumn);
        o.due = dateOf(cellWidget<QDateEdit>(m_outputs, row, OutputDueColumn));
        if (o.title.isEmpty() && o.description.isEmpty() && !o.due.isValid())
            continue;
        a.outputs.append(o);
    }

    // The recipients in the order the agreement had them, then those newly ticked.
    QList<agreements::Recipient> ticked;
    for (int row = 0; row < m_recipients->rowCount(); ++row) {
        const QTableWidgetItem* item = m_recipients->item(row, RecipientAllowedColumn);
        if (item->checkState() != Qt::Checked)
            continue;
        const QString fingerprint = item->data(Qt::UserRole).toString();
        const bool byPassphrase = item->data(Qt::UserRole + 1).toInt() == 4;
        agreements::Recipient r{item->text(), cellText(m_recipients, row, RecipientContactColumn),
                                fingerprint, byPassphrase};
        for (const agreements::Recipient& old : m_original.recipients) {
            const bool same =
                fingerprint.isEmpty()
                    ? old.fingerprint.isEmpty() && old.byPassphrase == byPassphrase &&
                          old.organisation == r.organisation && old.contact == r.contact
                    : normalisedFingerprint(old.fingerprint) == normalisedFingerprint(fingerprint);
            if (same)
                r = old; // as the agreement names it
        }
        ticked.append(r);
    }
    a.recipients.clear();
    for (const agreements::Recipient& old : m_original.recipients) {
        if (ticked.contains(old))
            a.recipients.append(old);
    }
    for (const agreements::Recipient& r : std::as_const(ticked)) {
        if (!a.recipients.contains(r))
            a.recipients.append(r);
    }
    a.requiresReview = m_requiresReview->isChecked();
    a.proposed = m_proposed;
    return a;
}

// ---- proposals ------------------------------------------------------------------------------

void AgreementEditorDialog::confirm(const char* field)
{
    m_proposed.removeAll(QString::fromLatin1(field));
    updateMarkers();
}

void AgreementEditorDialog::updateMarkers()
{
    for (const Marker& m : std::as_const(m_markers))
        m.box->setVisible(m_proposed.contains(QString::fromLatin1(m.field)));
    updateSectionTitles();
}

QWidget* AgreementEditorDialog::proposedMarker(const char* field) const
{
    for (const Marker& m : m_markers) {
        if (qstrcmp(m.field, field) == 0)
            return m.box;
    }
    return nullptr;
}

QPushButton* AgreementEditorDialog::confirmButton(const char* field) const
{
    for (const Marker& m : m_markers) {
        if (qstrcmp(m.field, field) == 0)
            return m.confirm;
    }
    return nullptr;
}

void AgreementEditorDialog::updateSectionTitles()
{
    const QStringList titles = {
        tr("Overview"),  tr("Parties"), tr("Legal basis"),         tr("Data items"),
        tr("Handling"),  tr("DPIA"),    tr("Dates and sign-offs"), tr("Outputs"),
        tr("Recipients")};
    int widest = 0;
    for (int s = 0; s < SectionCount; ++s) {
        bool toConfirm = false;
        for (const Marker& m : std::as_const(m_markers)) {
            if (m.section == s && m_proposed.contains(QString::fromLatin1(m.field)))
                toConfirm = true;
        }
        QListWidgetItem* item = m_sections->item(s);
        //: A section of the agreement editor with proposals the user has not confirmed.
        item->setText(toConfirm ? tr("%1 (to confirm)").arg(titles.at(s)) : titles.at(s));
        item->setIcon(toConfirm ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
        widest = std::max(widest, m_sections->fontMetrics().horizontalAdvance(item->text()));
        m_headings.at(s)->setText(titles.at(s));
    }
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_sections->setFixedWidth(
        std::min(widest + icon + 6 * m_sections->fontMetrics().averageCharWidth(),
                 m_sections->fontMetrics().averageCharWidth() * 34));
}

void AgreementEditorDialog::setSection(Section section)
{
    m_sections->setCurrentRow(section);
}

AgreementEditorDialog::Section AgreementEditorDialog::section() const
{
    return static_cast<Section>(m_pages->currentIndex());
}

// ---- saving -----------------------------------------------------------------------------------

std::pair<AgreementEditorDialog::Section, QWidget*>
AgreementEditorDialog::locate(const Agreement& a, const QString& problem) const
{
    // A problem belongs to the part whose clearing (or filling, for a missing text)
    // makes it go away: found by asking problems() again, so that it works whatever
    // the wording and the language.
    struct Probe
    {
        Section section;
        QWidget* field;
        std::function<void(Agreement&)> change;
    };
    const QString filler = QStringLiteral("x");
    const QList<Probe> probes = {
        {OverviewSection, m_reference,
         [](Agreement& x) {
             x.reference = QStringLiteral("REF-1");
         }},
        {OverviewSection, m_title,
         [&](Agreement& x) {
             x.title = filler;
         }},
        {OverviewSection, m_purpose,
         [&](Agreement& x) {
             x.purpose = filler;
         }},
        {OverviewSection, m_benefits,
         [&](Agreement& x) {
             x.benefits = filler;
         }},
        {OverviewSection, m_notUsedFor,
         [&](Agreement& x) {
             x.notUsedFor = filler;
         }},
        {PartiesSection, m_parties,
         [](Agreement& x) {
             x.parties.clear();
         }},
        {LegalSection, m_lawfulBasis,
         [](Agreement& x) {
             x.lawfulBasis = {};
         }},
        {LegalSection, m_special,
         [](Agreement& x) {
             x.specialCategoryConditions.clear();
         }},
        {LegalSection, m_criminal,
         [](Agreement& x) {
             x.criminalOffenceConditions.clear();
         }},
        {LegalSection, m_powers,
         [](Agreement& x) {
             x.statutoryPowers.clear();
         }},
        {DataItemsSection, m_items,
         [](Agreement& x) {
             x.dataItems.clear();
         }},
        {HandlingSection, m_retention,
         [&](Agreement& x) {
             x.retention = filler;
         }},
        {HandlingSection, m_security,
         [&](Agreement& x) {
             x.security = filler;
         }},
        {HandlingSection, m_transfer,
         [&](Agreement& x) {
             x.transferMethod = filler;
         }},
        {HandlingSection, m_rights,
         [&](Agreement& x) {
             x.rights = filler;
         }},
        {DpiaSection, m_dpiaStatus,
         [](Agreement& x) {
             x.dpia = {};
         }},
        {DatesSection, m_endsOn,
         [](Agreement& x) {
             x.endsOn = {};
         }},
        {DatesSection, m_reviewDue,
         [](Agreement& x) {
             x.reviewDueOn = {};
         }},
        {DatesSection, m_startsOn,
         [](Agreement& x) {
             x.startsOn = {};
         }},
        {DatesSection, m_signOffs,
         [](Agreement& x) {
             x.signOffs.clear();
         }},
        {OutputsSection, m_outputs,
         [](Agreement& x) {
             x.outputs.clear();
         }},
        {RecipientsSection, m_recipients,
         [](Agreement& x) {
             x.recipients.clear();
         }},
    };
    const auto before = a.problems().count(problem);
    for (const Probe& p : probes) {
        Agreement changed = a;
        p.change(changed);
        if (changed.problems().count(problem) < before)
            return {p.section, p.field};
    }
    return {OverviewSection, nullptr};
}

void AgreementEditorDialog::addProblem(const QString& text, Section section, QWidget* field)
{
    m_errors->addProblem(text, field);
    // The field may be on another section's page, hidden: show that page first. (The
    // summary's own link handler runs before this one and cannot reach a hidden field.)
    const QList<QLabel*> labels = m_errors->findChildren<QLabel*>(Qt::FindDirectChildrenOnly);
    if (labels.isEmpty())
        return;
    connect(labels.last(), &QLabel::linkActivated, this, [this, section, field] {
        setSection(section);
        if (field)
            field->setFocus(Qt::OtherFocusReason);
    });
}

void AgreementEditorDialog::accept()
{
    m_errors->clear();
    const Agreement a = agreement();
    const QStringList problems = a.problems();
    if (!problems.isEmpty()) {
        for (const QString& p : problems) {
            const auto [section, field] = locate(a, p);
            addProblem(p, section, field);
        }
        m_errors->setFocus();
        return;
    }
    agreements::AgreementRegister agreementRegister(m_db);
    Result<Agreement> saved = makeError(ErrorKind::Failure, QString());
    if (isNew()) {
        QString note;
        if (!a.templateId.isEmpty()) {
            //: The note kept with the first version of an agreement made from a template.
            QString title = a.templateId;
            for (const agreements::AgreementTemplate& t : agreements::agreementTemplates()) {
                if (t.id == a.templateId)
                    title = t.title;
            }
            note = tr("Made from the template %1").arg(title);
        }
        saved = agreementRegister.create(a, note);
    } else {
        if (a == m_original) {
            addProblem(tr("You have not changed anything: change the agreement, or choose Cancel"),
                       section(), nullptr);
            m_errors->setFocus();
            return;
        }
        ReasonDialog note(ReasonDialog::Kind::ChangeNote, a.reference, this);
        if (note.exec() != QDialog::Accepted)
            return;
        saved = agreementRegister.update(a, m_original.version, note.reason());
    }
    if (!saved) {
        const Error& e = saved.error();
        if (e.code == QLatin1String(agreements::RegisterError::Exists))
            addProblem(e.message, OverviewSection, m_reference);
        else if (e.code == QLatin1String(agreements::RegisterError::Invalid))
            addProblem(e.message, section(), nullptr);
        else
            addProblem(e.message, section(), nullptr);
        m_errors->setFocus();
        return;
    }
    m_saved = saved.value();
    QDialog::accept();
}

// ---- texts --------------------------------------------------------------------------------------

void AgreementEditorDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AgreementEditorDialog::retranslateTables()
{
    m_parties->setHorizontalHeaderLabels(
        {tr("Organisation"), tr("Role"), tr("Contact"), tr("Job title"), tr("Email"), tr("Phone")});
    for (QTableWidget* t : {m_special, m_criminal}) {
        t->setHorizontalHeaderLabels(
            {tr("Condition"), tr("Schedule 1 paragraph"), tr("Why it applies")});
    }
    m_powers->setHorizontalHeaderLabels({tr("Power"), QString(), tr("Why it applies")});
    m_powers->setColumnHidden(GroundSchedule1Column, true);
    m_items->setHorizontalHeaderLabels({tr("Data item"), tr("Also called"), tr("Description"),
                                        tr("Least redaction"), tr("To at least")});
    m_signOffs->setHorizontalHeaderLabels(
        {tr("Name"), tr("Role"), tr("Job title"), tr("Organisation"), tr("Date signed")});
    m_outputs->setHorizontalHeaderLabels(
        {tr("Output"), tr("Description"), tr("Due", "date an output is due back")});
    m_recipients->setHorizontalHeaderLabels(
        {tr("Organisation"), tr("Contact"), tr("Fingerprint"), tr("Key")});
    for (QTableWidget* t :
         {m_parties, m_special, m_criminal, m_powers, m_items, m_signOffs, m_outputs, m_recipients})
        nameCellWidgets(t);

    for (int row = 0; row < m_parties->rowCount(); ++row) {
        if (auto* c = cellWidget<QComboBox>(m_parties, row, PartyRoleColumn))
            relabelEnumCombo(c, &agreements::partyRoleLabel);
    }
    for (QTableWidget* t : {m_special, m_criminal, m_powers}) {
        const LegalKind kind = t == m_special    ? LegalKind::Article9
                               : t == m_criminal ? LegalKind::CriminalOffence
                                                 : LegalKind::StatutoryPower;
        for (int row = 0; row < t->rowCount(); ++row) {
            if (auto* c = cellWidget<QComboBox>(t, row, GroundCodeColumn))
                fillLegalCombo(c, kind, c->currentData().toString(), tr("Choose…"));
            updateGroundRow(t, row);
        }
        showGroundExplanation(t);
    }
    for (int row = 0; row < m_items->rowCount(); ++row) {
        if (auto* c = cellWidget<QComboBox>(m_items, row, ItemActionColumn))
            relabelEnumCombo(c, &redact::actionLabel);
        if (auto* c = cellWidget<QComboBox>(m_items, row, ItemLevelColumn)) {
            if (c->property("mode").toString() == QLatin1String("kind"))
                relabelPseudonymKinds(c);
            else
                relabelEnumCombo(c, &redact::generalisationLabel);
        }
    }
    for (int row = 0; row < m_signOffs->rowCount(); ++row) {
        if (auto* c = cellWidget<QComboBox>(m_signOffs, row, SignOffRoleColumn))
            relabelEnumCombo(c, &agreements::signOffRoleLabel);
        if (auto* d = cellWidget<QDateEdit>(m_signOffs, row, SignOffDateColumn))
            d->setSpecialValueText(tr("Not signed yet"));
    }
    for (int row = 0; row < m_outputs->rowCount(); ++row) {
        if (auto* d = cellWidget<QDateEdit>(m_outputs, row, OutputDueColumn))
            d->setSpecialValueText(tr("No date"));
    }
    for (int row = 0; row < m_recipients->rowCount(); ++row) {
        const int kind =
            m_recipients->item(row, RecipientAllowedColumn)->data(Qt::UserRole + 1).toInt();
        const QString status = kind == 0   ? tr("Checked by phone")
                               : kind == 1 ? tr("Fingerprint not checked yet")
                               : kind == 2 ? tr("Revoked: nothing can be sent to this key")
                               : kind == 4 ? tr("Receives by passphrase")
                                           : tr("Not in your recipients directory");
        if (kind == 4)
            m_recipients->item(row, RecipientFingerprintColumn)->setText(tr("No key"));
        m_recipients->item(row, RecipientStatusColumn)->setText(status);
        m_recipients->item(row, RecipientStatusColumn)->setToolTip(status);
    }
    for (QTableWidget* t :
         {m_parties, m_special, m_criminal, m_powers, m_items, m_signOffs, m_outputs}) {
        t->resizeColumnsToContents();
        const int cap = t->fontMetrics().averageCharWidth() * 30;
        for (int c = 0; c + 1 < t->columnCount(); ++c)
            t->setColumnWidth(
                c, std::clamp(t->columnWidth(c), t->fontMetrics().averageCharWidth() * 12, cap));
        t->resizeRowsToContents();
    }
    // Columns of combo boxes and dates: their contents are widgets, which
    // resizeColumnsToContents does not measure.
    const int ch = fontMetrics().averageCharWidth();
    m_parties->setColumnWidth(PartyRoleColumn, ch * 24);
    for (QTableWidget* t : {m_special, m_criminal, m_powers}) {
        t->setColumnWidth(GroundCodeColumn, ch * 38);
        t->setColumnWidth(GroundSchedule1Column, ch * 32);
    }
    m_items->setColumnWidth(ItemActionColumn, ch * 22);
    m_items->setColumnWidth(ItemLevelColumn, ch * 30);
    m_signOffs->setColumnWidth(SignOffRoleColumn, ch * 34);
    int dateWidth = ch * 16;
    for (QTableWidget* t : {m_signOffs, m_outputs}) {
        const int c = t == m_signOffs ? int(SignOffDateColumn) : int(OutputDueColumn);
        for (int row = 0; row < t->rowCount(); ++row) {
            if (auto* d = cellWidget<QDateEdit>(t, row, c))
                dateWidth = std::max(dateWidth, dateEditWidth(d));
        }
    }
    m_signOffs->setColumnWidth(SignOffDateColumn, dateWidth);
    m_outputs->setColumnWidth(OutputDueColumn, dateWidth);
    m_recipients->resizeColumnsToContents();
}

void AgreementEditorDialog::retranslateUi()
{
    setWindowTitle(isNew() ? tr("New agreement")
                           //: %1 is the agreement's reference, %2 the version being edited.
                           : tr("Edit agreement %1 (version %2)")
                                 .arg(m_original.reference)
                                 .arg(m_original.version));
    m_intro->setText(tr("Fill in each section; the list on the left moves between them. "
                        "Parts marked Proposed were filled in by a template or the Agreement "
                        "helper: check each one and choose Confirm."));
    m_sections->setAccessibleName(tr("Sections of the agreement"));

    // Overview
    labelField(m_reference, tr("&Reference"),
               tr("The short reference you and your partners use for this agreement, for "
                  "example DSA-2026-014. At most 64 characters."));
    labelField(m_title, tr("&Title"));
    labelField(m_status, tr("Status"));
    m_status->setText(agreements::displayStatusLabel(m_original.displayStatus(Clock::today())) +
                      (isNew()
                           ? QString()
                           //: After the status: how it changes.
                           : QStringLiteral(" — ") +
                                 tr("change it with Make active, Suspend or End in the register")));
    {
        QString templateTitle = m_original.templateId;
        for (const agreements::AgreementTemplate& t : agreements::agreementTemplates()) {
            if (t.id == m_original.templateId)
                templateTitle = t.title;
        }
        //: %1 is the title of the template the agreement was made from.
        m_template->setText(tr("Made from the template: %1").arg(templateTitle));
        m_template->setVisible(!m_original.templateId.isEmpty());
    }
    labelField(m_purpose, tr("&Purpose"),
               tr("In plain English: why the data is shared and what the recipient does with "
                  "it."));
    labelField(m_benefits, tr("Expected &benefits"),
               tr("What the sharing achieves, including for the council and the people the "
                  "data is about."));
    labelField(m_notUsedFor, tr("What it will &not be used for"),
               tr("For example: not for immigration enforcement, benefit decisions about "
                  "individuals, or funding allocations."));

    // Parties
    m_partiesIntro->setText(tr("Every organisation in the agreement and its role. A controller "
                               "decides why and how the data is used; joint controllers decide "
                               "together; a processor acts only on a controller's "
                               "instructions. Name a contact for each."));
    m_parties->setAccessibleName(tr("Parties"));

    // Legal
    labelField(m_lawfulBasis, tr("&Lawful basis (UK GDPR Article 6)"));
    labelField(m_lawfulReason, tr("Why this basis &applies here"));
    labelField(m_special->parentWidget(), tr("Special category conditions (Article 9)"),
               tr("Needed when the data includes health, ethnicity, religion, sexual "
                  "orientation, biometric or genetic data, political opinions or trade union "
                  "membership."));
    m_special->setAccessibleName(tr("Special category conditions"));
    labelField(m_criminal->parentWidget(), tr("Criminal offence conditions (Article 10)"),
               tr("Needed when the data includes offences, allegations or convictions."));
    m_criminal->setAccessibleName(tr("Criminal offence conditions"));
    labelField(m_powers->parentWidget(), tr("Statutory powers"),
               tr("The Acts and sections that allow the council to share this data."));
    m_powers->setAccessibleName(tr("Statutory powers"));

    // Data items
    m_itemsIntro->setText(tr("The data items the agreement allows, one per column of the "
                             "data. A file's column matches an item by its name or one of the "
                             "names it is also called (separate them with commas). Each item "
                             "must be redacted at least as strongly as its least redaction "
                             "says, for example a date of birth to the month."));
    m_items->setAccessibleName(tr("Data items"));

    // Handling
    labelField(m_frequency, tr("How &often data is shared"));
    labelField(m_retention, tr("&Retention and deletion"),
               tr("How long the recipient keeps the data, and how it is deleted."));
    labelField(m_security, tr("&Security"),
               tr("The security standards the recipient meets, for example Cyber Essentials "
                  "Plus."));
    labelField(m_transfer, tr("&Transfer method"));
    labelField(m_rights, tr("Individuals' &rights and complaints"),
               tr("How people can see their data, object, or complain, and who answers."));

    // DPIA
    labelField(m_dpiaStatus, tr("DPIA &status"),
               tr("A data protection impact assessment (DPIA) is needed when the sharing is "
                  "likely to be high risk to people, for example matching data from several "
                  "sources."));
    labelField(m_dpiaReference, tr("DPIA &reference"));
    labelField(m_dpiaNote, tr("&Note"));
    relabelEnumCombo(m_dpiaStatus, &agreements::dpiaStatusLabel);
    {
        QStringList questions;
        for (const agreements::DpiaTrigger& t : agreements::dpiaTriggers()) {
            if (m_original.dpia.triggers.contains(t.id))
                questions << QStringLiteral("<li>%1</li>").arg(t.question.toHtmlEscaped());
        }
        m_dpiaTriggers->setText(
            questions.isEmpty() ? QString()
                                : tr("The screening answered yes to:").toHtmlEscaped() +
                                      QStringLiteral("<ul>%1</ul>").arg(questions.join(QString())));
        m_dpiaTriggers->setVisible(!questions.isEmpty());
    }

    // Dates
    labelField(m_startsOn, tr("&Starts on"));
    labelField(m_endsOn, tr("&Ends on"),
               tr("Leave it as No end date for an open-ended agreement. An active agreement "
                  "past its end date shows as expired."));
    labelField(m_reviewDue, tr("Re&view due on"),
               tr("The register reminds you three months before."));
    m_startsOn->setSpecialValueText(tr("Not set"));
    m_endsOn->setSpecialValueText(tr("No end date"));
    m_reviewDue->setSpecialValueText(tr("Not set"));
    for (QDateEdit* d : {m_startsOn, m_endsOn, m_reviewDue})
        d->setMinimumWidth(dateEditWidth(d));
    labelField(m_signOffs->parentWidget(), tr("Sign-offs"),
               tr("Who signs the agreement for each party: the Senior Information Risk Owner "
                  "(SIRO), the Data Protection Officer (DPO), the Caldicott Guardian for health "
                  "and care data, or another role (say which in Job title)."));
    m_signOffs->setAccessibleName(tr("Sign-offs"));

    // Outputs
    m_outputsIntro->setText(tr("What the recipient promises to give back (statistics, "
                               "dashboards, linked results) and when. Sharewise reminds you "
                               "when they are due."));
    m_outputs->setAccessibleName(tr("Outputs"));

    // Recipients
    m_recipientsIntro->setText(tr("Tick the organisations that may receive data under this "
                                  "agreement; a share can go to no one else. The list is your "
                                  "recipients directory: add a partner's key there first."));
    m_recipients->setAccessibleName(tr("Recipients"));
    m_passphraseRecipientHint->setText(
        tr("A partner with no Sharewise key can still be named: shares to them are sealed "
           "under a passphrase, which the officer sends them by another route, such as a "
           "phone call."));
    m_passphraseOrganisationLabel->setText(tr("Or&ganisation:"));
    m_passphraseContactLabel->setText(tr("Con&tact:"));
    m_addPassphraseRecipient->setText(tr("Add without a &key"));
    m_requiresReview->setText(tr("Each share needs &IG review before it is sealed"));
    m_fieldHints.value(m_requiresReview)
        ->setText(tr("Untick only for routine returns that your information governance lead "
                     "allows to be sealed at once."));

    relabelEnumCombo(m_frequency, &agreements::frequencyLabel);
    {
        const QString current = m_lawfulBasis->currentData().toString();
        fillLegalCombo(m_lawfulBasis, LegalKind::LawfulBasis, current, tr("Not chosen yet"));
        showLawfulExplanation();
    }

    for (const Marker& m : std::as_const(m_markers)) {
        m.text->setText(QStringLiteral("<b>%1</b> %2")
                            .arg(tr("Proposed — confirm.").toHtmlEscaped(),
                                 tr("Sharewise suggested this from a template or the Agreement "
                                    "helper. Check it, change it if needed, then choose "
                                    "Confirm.")
                                     .toHtmlEscaped()));
        m.confirm->setText(tr("Confirm"));
        m.confirm->setAccessibleName(tr("Confirm the proposal"));
    }
    for (const TableButtons& b : std::as_const(m_tableButtons)) {
        b.add->setText(tr("Add a row"));
        b.remove->setText(tr("Remove the row"));
        b.add->setAccessibleName(tr("Add a row to %1").arg(b.table->accessibleName()));
        b.remove->setAccessibleName(
            tr("Remove the selected row from %1").arg(b.table->accessibleName()));
    }
    retranslateTables();
    updateSectionTitles();
    m_save->setText(isNew() ? tr("Save the draft") : tr("Save as a new version"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace sharewise::ui
