#include "share/RedactPage.h"

#include "agreements/AgreementSuggest.h"
#include "common/Clock.h"
#include "keys/AgreementKeys.h"
#include "profile/Identifiers.h"
#include "redact/Suggest.h"
#include "risk/RiskExplanation.h"
#include "share/RedactJobs.h"
#include "share/RedactPreviewModel.h"
#include "widgets/Dialogs.h"
#include "widgets/ErrorSummary.h"
#include "widgets/FlowLayout.h"
#include "widgets/WhyAsked.h"
#include "widgets/WrapLabel.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QDoubleValidator>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sharewise::ui {

using redact::Action;
using redact::ColumnRule;
using redact::Generalisation;
using redact::RedactionProfile;

namespace {

// Rows shown before and after redaction.
constexpr qsizetype kPreviewRows = 50;
// Quiet time after a change before the risk check runs again.
constexpr int kRiskDelayMs = 300;

constexpr Action kActions[] = {Action::Keep,         Action::Drop,         Action::Mask,
                               Action::Generalise,   Action::Pseudonymise, Action::ShiftDate,
                               Action::SuppressRare, Action::TopBottomCode};

constexpr Generalisation kGeneralisations[] = {
    Generalisation::DateMonth,    Generalisation::DateQuarter,    Generalisation::DateYear,
    Generalisation::AgeBand,      Generalisation::PostcodeSector, Generalisation::PostcodeDistrict,
    Generalisation::PostcodeArea, Generalisation::NumberBand,     Generalisation::NumberRound,
    Generalisation::TextEmpty};

// The kinds a pseudonym can be keyed as: the direct identifiers, then any other text.
const QList<std::optional<profile::IdentifierKind>>& pseudonymKinds()
{
    using profile::IdentifierKind;
    static const QList<std::optional<IdentifierKind>> kinds = {
        IdentifierKind::NhsNumber, IdentifierKind::NiNumber,   IdentifierKind::Upn,
        IdentifierKind::Uprn,      IdentifierKind::Email,      IdentifierKind::Phone,
        IdentifierKind::Postcode,  IdentifierKind::PersonName, std::nullopt};
    return kinds;
}

QLabel* boldLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QLabel* smallLabel(QWidget* parent)
{
    auto* label = new WrapLabel(parent);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

QString numberText(std::optional<double> value)
{
    return value ? QLocale().toString(*value, 'g', 15) : QString();
}

std::optional<double> parseNumber(const QString& text)
{
    bool ok = false;
    const double v = QLocale().toDouble(text.trimmed(), &ok);
    if (ok)
        return v;
    const double c = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok ? std::optional<double>(c) : std::nullopt;
}

bool isDirectIdentifier(profile::IdentifierKind kind)
{
    using profile::IdentifierKind;
    return kind == IdentifierKind::NhsNumber || kind == IdentifierKind::NiNumber ||
           kind == IdentifierKind::Upn || kind == IdentifierKind::Uprn;
}

} // namespace

RedactPage::RedactPage(ShareDraft& draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_jobs(new RedactJobs(this))
{
    setObjectName(QStringLiteral("redactPage"));

    m_intro = new WrapLabel(this);
    m_whyAsked = WhyAsked::make(this, QStringLiteral("redact"));
    m_whyToggle = m_whyAsked.toggle;
    m_why = m_whyAsked.text;
    m_suggestions = new QPushButton(this);
    m_suggestions->setObjectName(QStringLiteral("useSuggestions"));
    m_load = new QPushButton(this);
    m_load->setObjectName(QStringLiteral("loadProfile"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveProfile"));
    auto* toolRow = new QHBoxLayout;
    toolRow->addWidget(m_whyToggle);
    toolRow->addStretch(1);
    toolRow->addWidget(m_suggestions);
    toolRow->addWidget(m_load);
    toolRow->addWidget(m_save);

    m_errors = new ErrorSummary(this);
    m_errors->setObjectName(QStringLiteral("redactProblems"));
    m_useProfile = new QPushButton(this);
    m_useProfile->setObjectName(QStringLiteral("useLoadedProfile"));
    m_useProfile->setVisible(false);
    auto* problemRow = new QHBoxLayout;
    problemRow->addWidget(m_errors, 1);
    problemRow->addWidget(m_useProfile, 0, Qt::AlignBottom);

    // Which agreement's key makes pseudonyms and date shifts (until the Agreement page
    // chooses it): the agreements with a key, those the user holds marked, and a button
    // that unlocks the chosen one with the session's identity.
    m_keyRow = new QWidget(this);
    m_keyRow->setObjectName(QStringLiteral("agreementKeyRow"));
    m_keyLabel = new QLabel(m_keyRow);
    m_keyAgreement = new QComboBox(m_keyRow);
    m_keyAgreement->setObjectName(QStringLiteral("keyAgreement"));
    m_keyAgreement->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_keyLabel->setBuddy(m_keyAgreement);
    m_useKey = new QPushButton(m_keyRow);
    m_useKey->setObjectName(QStringLiteral("useAgreementKey"));
    m_errors->setTabAfter(m_useKey); // the key row stands above the problems
    m_keyInUse = new QLabel(m_keyRow);
    m_keyInUse->setObjectName(QStringLiteral("keyInUse"));
    m_keyInUse->setTextFormat(Qt::PlainText);
    m_keyStatus = new WrapLabel(m_keyRow);
    m_keyStatus->setObjectName(QStringLiteral("keyStatus"));
    m_keyStatus->setTextFormat(Qt::PlainText);
    auto* keyControls = new QHBoxLayout;
    keyControls->setContentsMargins(0, 0, 0, 0);
    keyControls->addWidget(m_keyLabel);
    keyControls->addWidget(m_keyAgreement);
    keyControls->addWidget(m_useKey);
    keyControls->addWidget(m_keyInUse);
    keyControls->addStretch(1);
    auto* keyLayout = new QVBoxLayout(m_keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->addLayout(keyControls);
    keyLayout->addWidget(m_keyStatus);
    m_keyRow->setVisible(false);

    m_raggedLabel = new QLabel(this);
    m_ragged = new QComboBox(this);
    m_ragged->setObjectName(QStringLiteral("raggedRows"));
    m_raggedLabel->setBuddy(m_ragged);
    auto* raggedRow = new QHBoxLayout;
    raggedRow->addWidget(m_raggedLabel);
    raggedRow->addWidget(m_ragged);
    raggedRow->addStretch(1);

    // The columns: a grid of real widgets in a scroll area, so every control is in the
    // tab order and has its own accessible name.
    m_columnsWidget = new QWidget;
    m_columnsWidget->setObjectName(QStringLiteral("redactColumns"));
    m_grid = new QGridLayout(m_columnsWidget);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(4);
    m_headColumn = boldLabel(m_columnsWidget);
    m_headAction = boldLabel(m_columnsWidget);
    m_headSettings = boldLabel(m_columnsWidget);
    m_grid->addWidget(m_headColumn, 0, 0);
    m_grid->addWidget(m_headAction, 0, 1);
    m_grid->addWidget(m_headSettings, 0, 2);
    m_grid->setColumnStretch(2, 1);
    m_columnsArea = new QScrollArea(this);
    m_columnsArea->setObjectName(QStringLiteral("redactColumnsArea"));
    m_columnsArea->setWidgetResizable(true);
    m_columnsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_columnsArea->setWidget(m_columnsWidget);

    m_previewTitle = new WrapLabel(this);
    m_preview = new RedactPreviewModel(this);
    m_previewView = new QTableView(this);
    m_previewView->setObjectName(QStringLiteral("redactPreview"));
    m_previewView->setModel(m_preview);
    m_preview->setPalette(m_previewView->palette());
    m_previewView->setWordWrap(false);
    m_previewView->horizontalHeader()->setDefaultSectionSize(
        m_previewView->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 14);
    // Each column as wide as its (bold) name and first rows need, within bounds, so a
    // long column name is not cut off; set again when another file is shown.
    connect(m_preview, &QAbstractItemModel::modelReset, m_previewView, [view = m_previewView] {
        const int x = view->fontMetrics().horizontalAdvance(QLatin1Char('x'));
        view->resizeColumnsToContents();
        for (int c = 0; c < view->model()->columnCount(); ++c)
            view->setColumnWidth(c, std::clamp(view->columnWidth(c), x * 10, x * 28));
    });
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() +
                                                           6);
    auto* previewPane = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewTitle);
    previewLayout->addWidget(m_previewView, 1);

    // The risk panel.
    m_riskBox = new QWidget(this);
    m_riskBox->setObjectName(QStringLiteral("riskPanel"));
    m_sensitiveLabel = new QLabel(m_riskBox);
    m_sensitive = new QComboBox(m_riskBox);
    m_sensitive->setObjectName(QStringLiteral("sensitiveColumn"));
    m_sensitive->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sensitiveLabel->setBuddy(m_sensitive);
    m_thresholdLabel = new QLabel(m_riskBox);
    m_threshold = new QSpinBox(m_riskBox);
    m_threshold->setObjectName(QStringLiteral("riskThreshold"));
    m_threshold->setRange(2, 1000);
    m_thresholdLabel->setBuddy(m_threshold);
    m_riskProgress = new QProgressBar(m_riskBox);
    m_riskProgress->setObjectName(QStringLiteral("riskProgress"));
    m_riskProgress->setRange(0, 100);
    m_riskProgress->setMaximumWidth(160);
    m_riskStatus = new QLabel(m_riskBox);
    m_riskStatus->setObjectName(QStringLiteral("riskStatus"));
    auto* riskControls = new QHBoxLayout;
    riskControls->addWidget(m_sensitiveLabel);
    riskControls->addWidget(m_sensitive);
    riskControls->addSpacing(12);
    riskControls->addWidget(m_thresholdLabel);
    riskControls->addWidget(m_threshold);
    riskControls->addSpacing(12);
    riskControls->addWidget(m_riskProgress);
    riskControls->addWidget(m_riskStatus);
    riskControls->addStretch(1);
    m_riskFigures = new WrapLabel(m_riskBox);
    m_riskFigures->setObjectName(QStringLiteral("riskFigures"));
    m_riskFigures->setTextFormat(Qt::RichText);
    m_riskExplanation = new WrapLabel(m_riskBox);
    m_riskExplanation->setObjectName(QStringLiteral("riskExplanation"));
    m_riskSuggestion = new WrapLabel(m_riskBox);
    m_riskSuggestion->setObjectName(QStringLiteral("riskSuggestion"));
    m_riskSuggestion->setTextFormat(Qt::RichText);
    auto* riskLayout = new QVBoxLayout(m_riskBox);
    riskLayout->addLayout(riskControls);
    riskLayout->addWidget(m_riskFigures);
    riskLayout->addWidget(m_riskExplanation);
    riskLayout->addWidget(m_riskSuggestion);
    riskLayout->addStretch(1);

    // Below the columns: the preview and the risk, a tab each; the risk tab's title
    // carries the headline figure, so it is seen whichever tab is open.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("redactTabs"));
    m_tabs->addTab(previewPane, QString());
    m_riskArea = new QScrollArea(this);
    m_riskArea->setObjectName(QStringLiteral("riskArea"));
    m_riskArea->setWidgetResizable(true);
    m_riskArea->setFrameShape(QFrame::NoFrame);
    m_riskArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_riskArea->setWidget(m_riskBox);
    m_tabs->addTab(m_riskArea, QString());

    // The columns above, the tabs below; the user can move the line between them.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("redactSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_columnsArea);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({520, 480}); // in proportion: room for the risk tab in Welsh
    m_columnsArea->setMinimumHeight(fontMetrics().height() * 9);
    m_tabs->setMinimumHeight(fontMetrics().height() * 12); // the risk tab in Welsh at 100%
    m_riskDelay = new QTimer(this);
    m_riskDelay->setSingleShot(true);
    m_riskDelay->setInterval(kRiskDelayMs);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(toolRow);
    layout->addWidget(m_why);
    m_profileNote = new WrapLabel(this);
    m_profileNote->setObjectName(QStringLiteral("profileNote"));
    m_profileNote->setVisible(false);
    layout->addWidget(m_profileNote);
    layout->addWidget(m_keyRow);
    layout->addLayout(problemRow);
    layout->addLayout(raggedRow);
    layout->addWidget(m_splitter, 1);

    connect(m_suggestions, &QPushButton::clicked, this, [this] {
        startFromSuggestions();
        rulesChanged();
    });
    connect(m_load, &QPushButton::clicked, this, &RedactPage::chooseProfileToLoad);
    connect(m_save, &QPushButton::clicked, this, &RedactPage::chooseProfileToSave);
    connect(m_useProfile, &QPushButton::clicked, this, &RedactPage::useLoadedProfile);
    connect(m_keyAgreement, &QComboBox::activated, this, [this] {
        m_keyError.reset();
        showKeyRow();
    });
    connect(m_useKey, &QPushButton::clicked, this, &RedactPage::useChosenKey);
    connect(m_ragged, &QComboBox::activated, this, [this] {
        m_profile.raggedRows = RedactionProfile::RaggedRows(m_ragged->currentData().toInt());
        rulesChanged();
    });
    connect(m_sensitive, &QComboBox::activated, this, [this] {
        m_profile.sensitiveColumn = m_sensitive->currentData().toString();
        m_draft.profile = m_profile;
        scheduleRisk();
    });
    connect(m_threshold, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_updating)
            return;
        m_profile.riskThreshold = value;
        m_draft.profile = m_profile;
        scheduleRisk();
    });
    connect(m_riskDelay, &QTimer::timeout, this, &RedactPage::startRisk);
    connect(m_jobs, &RedactJobs::rowsLoaded, this, &RedactPage::rowsLoaded);
    connect(m_jobs, &RedactJobs::rowsFailed, this, [this](const Error& error) {
        m_preview->clear();
        m_previewTitle->setText(tr("The first rows could not be read: %1").arg(error.message));
    });
    connect(m_jobs, &RedactJobs::rareCounted, this,
            [this](std::shared_ptr<const redact::RareValues> rare) {
                m_rare = std::move(rare);
                redactPreview();
            });
    connect(m_jobs, &RedactJobs::assessProgress, this, &RedactPage::riskProgress);
    connect(m_jobs, &RedactJobs::assessed, this, &RedactPage::riskDone);
    connect(m_jobs, &RedactJobs::assessFailed, this, &RedactPage::riskFailed);

    // Read from the top: why we ask before the page's own controls (made first).
    m_whyAsked.putFirstInTabOrder(this);
    retranslateUi();
    showRisk();
}

RedactPage::~RedactPage() = default;

bool RedactPage::keyAvailable() const
{
    return m_draft.keys && m_draft.keys->isValid();
}

bool RedactPage::isCheckingRisk() const
{
    return m_riskPending || m_jobs->isAssessing();
}

bool RedactPage::isComplete() const
{
    return m_draft.scan != nullptr && m_complete;
}

void RedactPage::setKeySource(AgreementKeySource source)
{
    m_keySource = std::move(source);
    refreshKeyChoices();
}

void RedactPage::refreshKeyChoices()
{
    m_keyChoices.clear();
    m_keyListError.reset();
    if (m_keySource.isSet()) {
        Result<QList<AgreementKeySource::Agreement>> listed = m_keySource.agreements();
        if (listed)
            m_keyChoices = std::move(listed).value();
        else
            m_keyListError = listed.error();
    }
    if (m_draft.agreementRecord) {
        // The Agreement page chose the agreement: only its key can be used.
        m_keyChoices.removeIf([this](const AgreementKeySource::Agreement& a) {
            return a.reference != m_draft.agreement;
        });
    }
    fillKeyBox();
    selectKeyChoice();
    showKeyRow();
}

void RedactPage::fillKeyBox()
{
    const QString chosen = m_keyAgreement->currentData().toString();
    const QSignalBlocker block(m_keyAgreement);
    m_keyAgreement->clear();
    for (const AgreementKeySource::Agreement& a : std::as_const(m_keyChoices))
        m_keyAgreement->addItem(a.held ? tr("%1 (you hold its key)").arg(a.reference)
                                       : tr("%1 (not given to you)").arg(a.reference),
                                a.reference);
    m_keyAgreement->setCurrentIndex(m_keyAgreement->findData(chosen));
}

// The profile's agreement first (a saved profile names the one it was made for), then
// the key in use, then the one already chosen, then the first the user holds.
void RedactPage::selectKeyChoice()
{
    const QSignalBlocker block(m_keyAgreement);
    for (const QString& want : {m_profile.agreement, m_draft.agreement}) {
        if (const int i = want.isEmpty() ? -1 : m_keyAgreement->findData(want); i >= 0) {
            m_keyAgreement->setCurrentIndex(i);
            return;
        }
    }
    if (m_keyAgreement->currentIndex() >= 0)
        return;
    for (qsizetype i = 0; i < m_keyChoices.size(); ++i) {
        if (m_keyChoices.at(i).held) {
            m_keyAgreement->setCurrentIndex(int(i));
            return;
        }
    }
    m_keyAgreement->setCurrentIndex(m_keyAgreement->count() > 0 ? 0 : -1);
}

void RedactPage::showKeyRow()
{
    const bool source = m_keySource.isSet();
    m_keyRow->setVisible(source || keyAvailable());
    const bool choices = source && !m_keyChoices.isEmpty();
    m_keyLabel->setVisible(choices);
    m_keyAgreement->setVisible(choices);
    m_useKey->setVisible(choices);
    const QString chosen = m_keyAgreement->currentData().toString();
    m_useKey->setEnabled(!chosen.isEmpty() && !(keyAvailable() && chosen == m_draft.agreement));

    m_keyInUse->setVisible(choices && keyAvailable());
    m_keyInUse->setText(chosen == m_draft.agreement
                            ? tr("In use.")
                            : tr("The key of %1 is in use.").arg(m_draft.agreement));

    QString status;
    bool problem = false;
    if (m_keyError) {
        status = keyProblemText(*m_keyError);
        problem = true;
    } else if (m_keyListError) {
        status = tr("The agreements with a key could not be listed, so Pseudonymise and Shift "
                    "dates cannot be used: %1")
                     .arg(m_keyListError->message);
        problem = true;
    } else if (keyAvailable() && !choices) {
        status =
            tr("Pseudonymise and Shift dates use the key of agreement %1.").arg(m_draft.agreement);
    } else if (source && m_keyChoices.isEmpty()) {
        status = tr("No agreement has a pseudonymisation key yet, so Pseudonymise and Shift "
                    "dates cannot be used; an information governance lead makes one in "
                    "Settings › Agreement keys.");
    }
    m_keyStatus->setText(status);
    m_keyStatus->setVisible(!status.isEmpty());
    // A problem in bold: the words say what is wrong, not a colour alone.
    QFont f = m_keyStatus->font();
    f.setBold(problem);
    m_keyStatus->setFont(f);
}

QString RedactPage::keyProblemText(const Error& error) const
{
    if (error.code == QLatin1String(AgreementKeySource::NoIdentity))
        return tr("No identity is loaded, so the agreement's key cannot be opened: choose "
                  "Settings › My identity first (close this wizard to reach it).");
    if (error.code == QLatin1String(AgreementKeySource::IdentityLocked))
        return tr("Your identity is kept in a protected file and is locked, so the agreement's "
                  "key cannot be opened: choose Settings › My identity and unlock it first "
                  "(close this wizard to reach it).");
    if (error.code == QLatin1String(AgreementKeySource::IdentityNotLoaded))
        return tr("Your identity could not be loaded from this computer's password store, so "
                  "the agreement's key cannot be opened: choose Settings › My identity first "
                  "(close this wizard to reach it).");
    if (error.code == QLatin1String(keys::KeyError::NoGrant))
        return tr("You have not been given the key of agreement %1: ask the information "
                  "governance lead to give it to you in Settings › Agreement keys.")
            .arg(m_keyErrorAgreement);
    return tr("The key of agreement %1 could not be opened: %2")
        .arg(m_keyErrorAgreement, error.message);
}

void RedactPage::useChosenKey()
{
    const QString agreement = m_keyAgreement->currentData().toString();
    if (agreement.isEmpty() || !m_keySource.isSet())
        return;
    m_keyError.reset();
    m_keyErrorAgreement = agreement;
    std::shared_ptr<const redact::RedactionKeys> keys;
    {
        Result<crypto::SecureBytes> key = m_keySource.unlock(agreement);
        if (!key) {
            m_keyError = key.error();
            showKeyRow();
            return;
        }
        keys = std::make_shared<const redact::RedactionKeys>(key.value());
    } // the key itself is wiped here: only its subkeys stay, in guarded memory
    if (!keys->isValid()) {
        m_keyError = makeError(ErrorKind::Failure, tr("it is not a pseudonymisation key."));
        showKeyRow();
        return;
    }
    // Nothing changed since the suggestions: suggest again, now that identifiers can be
    // pseudonymised rather than left out. Otherwise the user's choices stay.
    const bool untouched = m_builtFor && m_profile.toBytes() == m_suggested.toBytes();
    m_draft.agreement = agreement;
    m_draft.keys = std::move(keys);
    keysChanged(untouched);
}

void RedactPage::keysChanged(bool resuggest)
{
    if (!m_builtFor) {
        showKeyRow(); // the rows are built with the key when the page is shown
        return;
    }
    m_builtWithKey = keyAvailable();
    if (resuggest) {
        startFromSuggestions();
    } else {
        m_profile.agreement = m_draft.agreement;
        m_suggested.agreement = m_draft.agreement;
    }
    for (Row& row : m_rows) {
        fillActionBox(row);
        showRow(row);
    }
    showKeyRow();
    rulesChanged();
}

void RedactPage::initializePage()
{
    refreshKeyChoices();
    if (!m_draft.scan)
        return;
    if (m_draft.scan != m_builtFor) {
        // A new file, or the same one read again: with the same columns the rules
        // stay; otherwise everything starts again from the suggestions.
        const bool sameColumns = m_builtFor && m_columns == m_draft.scan->info.columns;
        m_builtFor = m_draft.scan;
        m_columns = m_draft.scan->info.columns;
        m_rare.reset();
        m_preview->clear();
        m_jobs->loadRows(m_draft.datasetPath, m_draft.readOptions, kPreviewRows);
        showPreviewTitle();
        if (!sameColumns) {
            m_builtWithKey = keyAvailable();
            startFromSuggestions();
            buildRows();
        }
    }
    // Rules set for exactly these columns before this page (the Purpose page's fixes,
    // a resumed draft, the last share under the same agreement) are taken as they are.
    if (m_builtFor && !m_draft.profile.rules.isEmpty() &&
        m_draft.profile.toBytes() != m_profile.toBytes() &&
        redact::matchColumns(m_draft.profile, m_columns).isExact()) {
        m_profile = m_draft.profile;
        if (m_profile.agreement.isEmpty())
            m_profile.agreement = m_draft.agreement;
        m_suggestedFor = m_draft.agreement;
        for (Row& row : m_rows)
            showRow(row);
    }
    m_profileNote->setText(m_draft.profileNote);
    m_profileNote->setVisible(!m_draft.profileNote.isEmpty());
    if (m_builtFor && m_suggestedFor != m_draft.agreement) {
        // Another agreement was chosen since: its allowed items and minimums apply. The
        // user's own choices stay; untouched suggestions are made again.
        const bool untouched = m_profile.toBytes() == m_suggested.toBytes();
        if (untouched) {
            startFromSuggestions();
        } else {
            m_profile.agreement = m_draft.agreement;
            m_suggestedFor = m_draft.agreement;
        }
        for (Row& row : m_rows)
            showRow(row);
    }
    if (m_builtWithKey != keyAvailable()) {
        // The agreement's key was unlocked or let go of since: offer or withdraw the
        // keyed actions, keeping the user's choices.
        m_builtWithKey = keyAvailable();
        for (Row& row : m_rows) {
            fillActionBox(row);
            showRow(row);
        }
    }
    showRagged();
    rulesChanged();
}

void RedactPage::startFromSuggestions()
{
    if (!m_draft.scan)
        return;
    redact::SuggestedProfile suggested =
        redact::suggestProfile(*m_draft.scan, Clock::today(), keyAvailable());
    std::optional<agreements::Agreement> agreement = m_draft.agreementRecord;
    if (!agreement && !m_draft.agreement.isEmpty() && m_keySource.findAgreement)
        agreement = m_keySource.findAgreement(m_draft.agreement);
    if (agreement && agreement->reference == m_draft.agreement)
        agreements::applyAgreement(suggested, *agreement, Clock::today(), keyAvailable());
    m_suggestedFor = m_draft.agreement;
    m_profile = suggested.profile;
    m_profile.agreement = m_draft.agreement;
    m_suggested = m_profile;
    m_reasons = suggested.reasons;
    m_pendingMatch = {};
    for (Row& row : m_rows)
        showRow(row);
    showRagged();
}

const profile::ColumnProfile* RedactPage::columnProfile(const QString& column) const
{
    if (!m_draft.scan)
        return nullptr;
    for (const profile::ColumnProfile& c : m_draft.scan->columns) {
        if (c.name == column)
            return &c;
    }
    return nullptr;
}

RedactPage::Row* RedactPage::rowFor(const QString& column)
{
    for (Row& row : m_rows) {
        if (row.column == column)
            return &row;
    }
    return nullptr;
}

const RedactPage::Row* RedactPage::rowFor(const QString& column) const
{
    for (const Row& row : m_rows) {
        if (row.column == column)
            return &row;
    }
    return nullptr;
}

QComboBox* RedactPage::actionBox(const QString& column) const
{
    const Row* row = rowFor(column);
    return row ? row->action : nullptr;
}

QCheckBox* RedactPage::quasiBox(const QString& column) const
{
    const Row* row = rowFor(column);
    return row ? row->quasi : nullptr;
}

QLabel* RedactPage::reasonLabel(const QString& column) const
{
    const Row* row = rowFor(column);
    return row ? row->reason : nullptr;
}

QLabel* RedactPage::foundLabel(const QString& column) const
{
    const Row* row = rowFor(column);
    return row ? row->found : nullptr;
}

QWidget* RedactPage::settingsWidget(const QString& column) const
{
    const Row* row = rowFor(column);
    return row ? row->settings : nullptr;
}

void RedactPage::buildRows()
{
    for (Row& row : m_rows) {
        for (QWidget* w : {static_cast<QWidget*>(row.name), static_cast<QWidget*>(row.found),
                           static_cast<QWidget*>(row.action), row.settings,
                           static_cast<QWidget*>(row.quasi), static_cast<QWidget*>(row.reason)}) {
            m_grid->removeWidget(w);
            w->deleteLater();
        }
    }
    // Separators between rows.
    for (QFrame* line : m_columnsWidget->findChildren<QFrame*>(QStringLiteral("rowLine"),
                                                               Qt::FindDirectChildrenOnly)) {
        m_grid->removeWidget(line);
        line->deleteLater();
    }
    m_rows.clear();
    for (int i = 0; i < m_grid->rowCount(); ++i)
        m_grid->setRowStretch(i, 0);
    // Tab order as the page reads: the tools, the agreement's key, the problems' links
    // (the summary puts them after the key) and the loaded profile's button beside
    // them, the ragged rows, then the columns' area and each column; below them the
    // tabs, the preview, and the risk panel's area and fields (hidden widgets are
    // skipped).
    setTabOrder(m_save, m_keyAgreement);
    setTabOrder(m_keyAgreement, m_useKey);
    setTabOrder(m_errors->lastTabStop(), m_useProfile);
    setTabOrder(m_useProfile, m_ragged);
    setTabOrder(m_ragged, m_columnsArea);
    QWidget* previous = m_columnsArea;
    int gridRow = 1;
    for (const QString& column : std::as_const(m_columns)) {
        Row row;
        row.column = column;
        row.name = boldLabel(m_columnsWidget);
        row.name->setWordWrap(true);
        row.name->setTextFormat(Qt::PlainText);
        row.found = smallLabel(m_columnsWidget);
        row.found->setTextFormat(Qt::PlainText);
        row.action = new QComboBox(m_columnsWidget);
        row.action->setObjectName(QStringLiteral("action"));
        row.action->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        row.action->setMinimumContentsLength(22);
        row.name->setBuddy(row.action);
        row.settings = new QWidget(m_columnsWidget);
        row.settings->setObjectName(QStringLiteral("settings"));
        // The settings wrap onto more lines when the row is narrow (Welsh, 200%).
        row.settingsLayout = new FlowLayout(row.settings);
        row.settingsLayout->setContentsMargins(0, 0, 0, 0);
        row.quasi = new QCheckBox(m_columnsWidget);
        row.quasi->setObjectName(QStringLiteral("quasiIdentifier"));
        row.reason = smallLabel(m_columnsWidget);
        row.reason->setObjectName(QStringLiteral("reason"));
        row.reason->setTextFormat(Qt::PlainText);
        QPalette muted = row.reason->palette();
        muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText).darker(140));
        row.found->setPalette(muted);

        auto* line = new QFrame(m_columnsWidget);
        line->setObjectName(QStringLiteral("rowLine"));
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Sunken);
        // Name, what was found and the quasi-identifier box down the left; the action
        // and its settings, with the reason below them.
        m_grid->addWidget(line, gridRow++, 0, 1, 3);
        m_grid->addWidget(row.name, gridRow, 0);
        m_grid->addWidget(row.action, gridRow, 1, Qt::AlignTop);
        m_grid->addWidget(row.settings, gridRow, 2, Qt::AlignTop);
        ++gridRow;
        m_grid->addWidget(row.found, gridRow, 0);
        m_grid->addWidget(row.reason, gridRow, 1, 2, 2);
        ++gridRow;
        m_grid->addWidget(row.quasi, gridRow, 0, Qt::AlignTop);
        ++gridRow;

        setTabOrder(previous, row.action);
        setTabOrder(row.action, row.quasi);
        previous = row.quasi;
        m_rows.append(row);
    }
    m_grid->setRowStretch(gridRow, 1);
    m_grid->setColumnMinimumWidth(0, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 18);

    for (Row& row : m_rows) {
        const QString column = row.column;
        connect(row.action, &QComboBox::activated, this, [this, column] {
            if (Row* r = rowFor(column))
                actionChosen(*r);
        });
        connect(row.quasi, &QCheckBox::toggled, this, [this, column](bool on) {
            if (Row* r = rowFor(column))
                quasiToggled(*r, on);
        });
        fillActionBox(row);
        showRow(row);
    }
    setTabOrder(previous, m_tabs->tabBar());
    setTabOrder(m_tabs->tabBar(), m_previewView);
    setTabOrder(m_previewView, m_riskArea);
    setTabOrder(m_riskArea, m_sensitive);
    setTabOrder(m_sensitive, m_threshold);
}

void RedactPage::fillActionBox(Row& row)
{
    const bool key = keyAvailable();
    const QSignalBlocker block(row.action);
    row.action->clear();
    auto* model = qobject_cast<QStandardItemModel*>(row.action->model());
    for (Action a : kActions) {
        const bool keyed = a == Action::Pseudonymise || a == Action::ShiftDate;
        QString text = a == Action::Generalise ? tr("Generalise to…") : redact::actionLabel(a);
        if (keyed && !key)
            text = tr("%1 (needs the agreement's key)").arg(text);
        row.action->addItem(text, int(a));
        const int i = row.action->count() - 1;
        row.action->setItemData(i, redact::actionExplanation(a), Qt::ToolTipRole);
        if (keyed && !key && model) {
            QStandardItem* item = model->item(i);
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            item->setToolTip(tr("Needs the agreement's key: choose the agreement and unlock "
                                "its key first."));
        }
    }
    row.action->setPlaceholderText(tr("Choose what to do…"));
    // The list opens wide enough for the longest item (the closed box is narrower).
    row.action->view()->setMinimumWidth(
        row.action->view()->sizeHintForColumn(0) +
        row.action->view()->verticalScrollBar()->sizeHint().width());
    row.action->setAccessibleName(tr("What to do with %1").arg(row.column));
    row.quasi->setText(tr("Quasi-identifier"));
    row.quasi->setAccessibleName(tr("%1 is a quasi-identifier").arg(row.column));
    row.quasi->setToolTip(tr("A column that does not name anyone by itself but could single "
                             "someone out together with others, such as sex, age band or "
                             "postcode district. The risk check counts people by these "
                             "columns."));
}

QString RedactPage::reasonText(const Row& row) const
{
    const ColumnRule* rule = m_profile.rule(row.column);
    if (!rule)
        return tr("Choose what to do with this column: nothing is sent until every column has "
                  "a decision.");
    const ColumnRule* suggested = m_suggested.rule(row.column);
    if (suggested && suggested->action == rule->action && m_reasons.contains(row.column))
        return tr("Suggested: %1").arg(m_reasons.value(row.column));
    return redact::actionExplanation(rule->action);
}

void RedactPage::showRow(Row& row)
{
    m_updating = true;
    const ColumnRule* rule = m_profile.rule(row.column);
    QString name = row.column;
    row.name->setText(name.replace(QLatin1Char('&'), QStringLiteral("&&"))); // a buddy's mnemonic
    const profile::ColumnProfile* c = columnProfile(row.column);
    QStringList found;
    if (c) {
        for (const profile::IdentifierFinding& f : c->identifiers) {
            if (f.confidence < profile::IdentifierDetector::kReportThreshold)
                continue;
            found << tr("%1 (%2)").arg(profile::identifierKindLabel(f.kind),
                                       dataset::confidenceWords(f.confidence));
        }
    }
    row.found->setText(found.isEmpty() ? tr("Nothing personal found")
                                       : tr("Found: %1").arg(QLocale().createSeparatedList(found)));
    {
        const QSignalBlocker block(row.action);
        row.action->setCurrentIndex(rule ? row.action->findData(int(rule->action)) : -1);
    }
    row.action->setToolTip(rule ? redact::actionExplanation(rule->action) : QString());
    {
        const QSignalBlocker block(row.quasi);
        row.quasi->setChecked(rule && rule->quasiIdentifier);
        row.quasi->setEnabled(rule && rule->outputs());
    }
    row.reason->setText(reasonText(row));
    buildSettings(row);
    m_updating = false;
}

// The compact editors for the chosen action's settings, made anew when the action or
// the generalisation changes; the focus stays on the same editor.
void RedactPage::buildSettings(Row& row)
{
    QString focused;
    if (QWidget* f = focusWidget(); f && row.settings->isAncestorOf(f))
        focused = f->objectName();
    for (QWidget* w : row.settings->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        row.settingsLayout->removeWidget(w);
        w->hide();
        w->deleteLater();
    }
    ColumnRule* rule = m_profile.rule(row.column);
    QList<QWidget*> fields;
    const QString column = row.column;
    auto label = [&](const QString& text, QWidget* field) {
        auto* l = new QLabel(text, row.settings);
        l->setBuddy(field);
        row.settingsLayout->addWidget(l);
        row.settingsLayout->addWidget(field);
        fields << field;
    };
    // Edits the rule of this column (found again: the list may have changed).
    auto edit = [this, column](const std::function<void(ColumnRule&)>& change,
                               bool rebuild = false) {
        if (m_updating)
            return;
        ColumnRule* r = m_profile.rule(column);
        if (!r)
            return;
        change(*r);
        if (rebuild) {
            if (Row* edited = rowFor(column)) {
                edited->reason->setText(reasonText(*edited));
                QTimer::singleShot(0, this, [this, column] {
                    if (Row* again = rowFor(column))
                        buildSettings(*again);
                });
            }
        }
        rulesChanged();
    };
    auto spin = [&](int min, int max, int value, const QString& name, const QString& accessible,
                    const std::function<void(ColumnRule&, int)>& set) {
        auto* s = new QSpinBox(row.settings);
        s->setObjectName(name);
        s->setRange(min, max);
        s->setValue(value);
        s->setAccessibleName(accessible);
        connect(s, &QSpinBox::valueChanged, this,
                [edit, set](int v) { edit([&](ColumnRule& r) { set(r, v); }); });
        return s;
    };

    // A short text setting; what the profile would refuse is shown by the page's
    // validation, like any other problem with the rules.
    auto textField = [&](const QString& value, int maxLength, const QString& name,
                         const QString& accessible,
                         const std::function<void(ColumnRule&, const QString&)>& set) {
        auto* e = new QLineEdit(value, row.settings);
        e->setObjectName(name);
        e->setMaxLength(maxLength);
        e->setAccessibleName(accessible);
        e->setMaximumWidth(e->fontMetrics().horizontalAdvance(QLatin1Char('M')) *
                           std::max(4, maxLength + 2));
        connect(e, &QLineEdit::textEdited, this,
                [edit, set](const QString& t) { edit([&](ColumnRule& r) { set(r, t); }); });
        return e;
    };

    if (rule) {
        switch (rule->action) {
        case Action::Mask:
            label(tr("Show first"), spin(0, 1000, rule->keepFirst, QStringLiteral("keepFirst"),
                                         tr("Characters shown at the start of %1").arg(column),
                                         [](ColumnRule& r, int v) { r.keepFirst = v; }));
            label(tr("and last"), spin(0, 1000, rule->keepLast, QStringLiteral("keepLast"),
                                       tr("Characters shown at the end of %1").arg(column),
                                       [](ColumnRule& r, int v) { r.keepLast = v; }));
            label(tr("the rest as"),
                  textField(rule->maskChar, 1, QStringLiteral("maskChar"),
                            tr("Character that replaces the hidden characters of %1").arg(column),
                            [](ColumnRule& r, const QString& t) { r.maskChar = t; }));
            break;
        case Action::Generalise: {
            auto* to = new QComboBox(row.settings);
            to->setObjectName(QStringLiteral("generaliseTo"));
            to->setAccessibleName(tr("Generalise %1 to").arg(column));
            to->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            for (Generalisation g : kGeneralisations)
                to->addItem(redact::generalisationLabel(g), int(g));
            to->setCurrentIndex(to->findData(int(rule->to)));
            connect(to, &QComboBox::activated, this, [edit, to] {
                const auto g = Generalisation(to->currentData().toInt());
                edit(
                    [g](ColumnRule& r) {
                        r.to = g;
                        if (g == Generalisation::AgeBand && !r.referenceDate.isValid())
                            r.referenceDate = Clock::today();
                    },
                    true);
            });
            row.settingsLayout->addWidget(to);
            fields << to;
            if (rule->to == Generalisation::AgeBand) {
                auto* date = new QDateEdit(row.settings);
                date->setObjectName(QStringLiteral("referenceDate"));
                date->setCalendarPopup(true);
                date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
                date->setDate(rule->referenceDate.isValid() ? rule->referenceDate : Clock::today());
                date->setAccessibleName(tr("Date on which ages in %1 are counted").arg(column));
                connect(date, &QDateEdit::dateChanged, this,
                        [edit](QDate d) { edit([d](ColumnRule& r) { r.referenceDate = d; }); });
                label(tr("ages on"), date);
                auto* width = spin(1, 50, rule->bandWidth, QStringLiteral("bandWidth"),
                                   tr("Years in each age band of %1").arg(column),
                                   [](ColumnRule& r, int v) { r.bandWidth = v; });
                width->setSuffix(tr(" years"));
                label(tr("bands of"), width);
                auto* top = spin(0, 130, rule->topAge, QStringLiteral("topAge"),
                                 tr("Age from which %1 is one band").arg(column),
                                 [](ColumnRule& r, int v) { r.topAge = v; });
                // "top band 90+" in the box itself: the row stays narrow.
                top->setPrefix(tr("top band "));
                top->setSuffix(tr("+"));
                top->setSpecialValueText(tr("no top band"));
                row.settingsLayout->addWidget(top);
                fields << top;
            } else if (rule->to == Generalisation::NumberBand ||
                       rule->to == Generalisation::NumberRound) {
                auto* step = new QDoubleSpinBox(row.settings);
                step->setObjectName(QStringLiteral("numberStep"));
                step->setDecimals(2);
                step->setRange(0.01, 1e12);
                step->setValue(rule->numberStep);
                step->setAccessibleName(rule->to == Generalisation::NumberBand
                                            ? tr("Width of each band of %1").arg(column)
                                            : tr("Round %1 to the nearest").arg(column));
                connect(step, &QDoubleSpinBox::valueChanged, this,
                        [edit](double v) { edit([v](ColumnRule& r) { r.numberStep = v; }); });
                label(rule->to == Generalisation::NumberBand ? tr("width") : tr("nearest"), step);
            }
            break;
        }
        case Action::Pseudonymise: {
            auto* kind = new QComboBox(row.settings);
            kind->setObjectName(QStringLiteral("pseudonymKind"));
            kind->setAccessibleName(tr("Kind of value in %1").arg(column));
            kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            for (const auto& k : pseudonymKinds())
                kind->addItem(k ? profile::identifierKindLabel(*k) : tr("Other text"),
                              redact::PseudonymKind{k}.name());
            kind->setCurrentIndex(kind->findData(rule->kind.name()));
            connect(kind, &QComboBox::activated, this, [edit, kind] {
                const auto k = redact::PseudonymKind::fromName(kind->currentData().toString());
                edit([k](ColumnRule& r) {
                    if (k)
                        r.kind = *k;
                });
            });
            label(tr("as"), kind);
            break;
        }
        case Action::ShiftDate: {
            auto* person = new QComboBox(row.settings);
            person->setObjectName(QStringLiteral("personColumn"));
            person->setAccessibleName(
                tr("Column naming the person whose dates are in %1").arg(column));
            person->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            person->setPlaceholderText(tr("Choose a column…"));
            for (const QString& c : std::as_const(m_columns)) {
                if (c != column)
                    person->addItem(c, c);
            }
            person->setCurrentIndex(person->findData(rule->personColumn));
            connect(person, &QComboBox::activated, this, [this, edit, person] {
                const QString p = person->currentData().toString();
                const ColumnRule* personRule = m_profile.rule(p);
                const profile::ColumnProfile* c = columnProfile(p);
                redact::PseudonymKind kind;
                if (personRule && personRule->action == Action::Pseudonymise)
                    kind = personRule->kind;
                else if (c && !c->identifiers.isEmpty() &&
                         isDirectIdentifier(c->identifiers.first().kind))
                    kind.identifier = c->identifiers.first().kind;
                edit([p, kind](ColumnRule& r) {
                    r.personColumn = p;
                    r.kind = kind;
                });
            });
            label(tr("for the person in"), person);
            break;
        }
        case Action::SuppressRare: {
            auto* count = spin(2, 1000000, rule->minCount, QStringLiteral("minCount"),
                               tr("Values of %1 seen fewer times than this are hidden").arg(column),
                               [](ColumnRule& r, int v) { r.minCount = v; });
            count->setSuffix(tr(" times"));
            label(tr("seen fewer than"), count);
            label(tr("shown as"),
                  textField(rule->marker, 20, QStringLiteral("marker"),
                            tr("What rare values of %1 are replaced by").arg(column),
                            [](ColumnRule& r, const QString& t) { r.marker = t; }));
            break;
        }
        case Action::TopBottomCode: {
            auto number = [&](const QString& name, std::optional<double> value,
                              const QString& accessible, bool top) {
                auto* e = new QLineEdit(numberText(value), row.settings);
                e->setObjectName(name);
                e->setAccessibleName(accessible);
                e->setPlaceholderText(tr("none"));
                e->setMaximumWidth(e->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 10);
                connect(e, &QLineEdit::textEdited, this, [edit, top](const QString& text) {
                    const std::optional<double> v = parseNumber(text);
                    edit([v, top](ColumnRule& r) { (top ? r.top : r.bottom) = v; });
                });
                return e;
            };
            label(tr("below"), number(QStringLiteral("bottom"), rule->bottom,
                                      tr("Lowest value of %1 sent as it is").arg(column), false));
            label(tr("from"),
                  number(QStringLiteral("top"), rule->top,
                         tr("Value of %1 from which values are shown as a range").arg(column),
                         true));
            break;
        }
        case Action::Keep:
        case Action::Drop:
            break;
        }
    }
    // Tab order: action, its settings, then the quasi-identifier box.
    QWidget* previous = row.action;
    for (QWidget* f : std::as_const(fields)) {
        setTabOrder(previous, f);
        previous = f;
    }
    setTabOrder(previous, row.quasi);
    if (!focused.isEmpty()) {
        if (auto* again = row.settings->findChild<QWidget*>(focused, Qt::FindDirectChildrenOnly))
            again->setFocus();
    }
}

ColumnRule RedactPage::defaultRule(const QString& column, Action action) const
{
    ColumnRule rule;
    if (const ColumnRule* old = m_profile.rule(column))
        rule = *old;
    rule.column = column;
    rule.action = action;
    const profile::ColumnProfile* c = columnProfile(column);
    // The detector's surest kind for this column, if it found one.
    const profile::IdentifierFinding* top =
        c && !c->identifiers.isEmpty() ? &c->identifiers.first() : nullptr;
    // The suggestion's settings when it chose this action too.
    if (const ColumnRule* s = m_suggested.rule(column); s && s->action == action) {
        ColumnRule r = *s;
        r.quasiIdentifier = rule.quasiIdentifier || s->quasiIdentifier;
        return r;
    }
    switch (action) {
    case Action::Drop:
        rule.quasiIdentifier = false;
        break;
    case Action::Mask:
        if (rule.keepFirst == 0 && rule.keepLast == 0)
            rule.keepLast = 3;
        break;
    case Action::Generalise:
        if (top && top->kind == profile::IdentifierKind::DateOfBirth) {
            rule.to = Generalisation::AgeBand;
        } else if (top && top->kind == profile::IdentifierKind::Postcode) {
            rule.to = Generalisation::PostcodeDistrict;
        } else if (c && (c->type == profile::ValueType::Date ||
                         c->type == profile::ValueType::DateTime)) {
            rule.to = Generalisation::DateMonth;
        } else if (c && (c->type == profile::ValueType::Integer ||
                         c->type == profile::ValueType::Decimal)) {
            rule.to = Generalisation::NumberBand;
        } else {
            rule.to = Generalisation::TextEmpty;
        }
        if (!rule.referenceDate.isValid())
            rule.referenceDate = Clock::today();
        break;
    case Action::Pseudonymise:
        rule.kind = {};
        if (top && pseudonymKinds().contains(std::optional(top->kind)))
            rule.kind.identifier = top->kind;
        break;
    case Action::ShiftDate:
        if (rule.personColumn.isEmpty()) {
            // The column that names the person: a direct identifier, sure first.
            for (const profile::ColumnProfile& other : m_draft.scan->columns) {
                if (other.name != column && !other.identifiers.isEmpty() &&
                    isDirectIdentifier(other.identifiers.first().kind)) {
                    rule.personColumn = other.name;
                    rule.kind.identifier = other.identifiers.first().kind;
                    break;
                }
            }
        }
        break;
    case Action::TopBottomCode:
        if (!rule.top && !rule.bottom && c && c->maxNumber)
            rule.top = *c->maxNumber; // a starting point the user lowers
        break;
    case Action::Keep:
    case Action::SuppressRare:
        break;
    }
    return rule;
}

void RedactPage::actionChosen(Row& row)
{
    const QVariant data = row.action->currentData();
    if (!data.isValid())
        return;
    const auto action = Action(data.toInt());
    const ColumnRule rule = defaultRule(row.column, action);
    if (ColumnRule* existing = m_profile.rule(row.column))
        *existing = rule;
    else
        m_profile.rules.append(rule);
    if (!rule.outputs() && m_profile.sensitiveColumn == row.column)
        m_profile.sensitiveColumn.clear();
    showRow(row);
    rulesChanged();
}

void RedactPage::quasiToggled(Row& row, bool on)
{
    if (m_updating)
        return;
    if (ColumnRule* rule = m_profile.rule(row.column))
        rule->quasiIdentifier = on;
    rulesChanged();
}

// Every change lands here: the draft, the "after" preview, whether the page can go on,
// and a fresh risk check shortly.
void RedactPage::rulesChanged()
{
    m_draft.profile = m_profile;
    fillSensitive();
    redactPreview();
    checkComplete();
    scheduleRisk();
}

void RedactPage::redactPreview()
{
    if (m_preview->sourceColumns().isEmpty())
        return;
    auto created =
        redact::RowRedactor::create(m_profile, m_preview->sourceColumns(), m_draft.keys.get());
    if (!created) {
        m_preview->clearRedacted();
        return;
    }
    std::shared_ptr<redact::RowRedactor> redactor = created.value();
    if (!redactor->rareColumns().isEmpty() && m_rare)
        redactor->setRareValues(m_rare);
    table::RowBlock out;
    const table::RowBlock& in = m_preview->sourceRows();
    for (qsizetype r = 0; r < in.rowCount(); ++r)
        redactor->redactRow(in, r, out);
    m_preview->setRedacted(out, redactor->outputIndexOfSource());
}

void RedactPage::rowsLoaded(const QStringList& columns, std::shared_ptr<const table::RowBlock> rows)
{
    m_preview->setSource(columns, *rows);
    showPreviewTitle();
    redactPreview();
}

void RedactPage::checkComplete()
{
    m_problems.clear();
    QList<QWidget*> fields;
    auto problem = [&](const QString& text, QWidget* field) {
        m_problems << text;
        fields << field;
    };
    // A loaded profile's columns that are not in the file, or renamed.
    redact::ProfileMatch pending;
    pending.missing = m_pendingMatch.missing;
    pending.renamed = m_pendingMatch.renamed;
    for (const QString& text : redact::describeMatch(pending))
        problem(text, m_useProfile);
    for (const Row& row : m_rows) {
        if (m_profile.rule(row.column))
            continue;
        redact::ProfileMatch added;
        added.added = {row.column};
        problem(redact::describeMatch(added).value(0), row.action);
    }
    if (m_problems.isEmpty() && m_draft.scan && m_draft.scan->counts.raggedRows() > 0 &&
        m_profile.raggedRows == RedactionProfile::RaggedRows::Refuse)
        problem(tr("Choose what to do with the rows that have the wrong number of fields."),
                m_ragged);
    if (m_problems.isEmpty()) {
        if (Status s = m_profile.validate(); !s) {
            const Error& e = s.error();
            QWidget* field = m_rows.isEmpty() ? nullptr : m_rows.first().action;
            for (const Row& row : m_rows) {
                if (e.where.contains(QLatin1Char('"') + row.column + QLatin1Char('"'))) {
                    field = row.action;
                    break;
                }
            }
            problem(e.where.isEmpty() ? e.message : tr("%1 (%2)").arg(e.message, e.where), field);
        }
    }
    if (m_problems.isEmpty() && keyAvailable() && m_profile.needsKey() &&
        !m_profile.agreement.isEmpty() && m_profile.agreement != m_draft.agreement)
        problem(tr("This profile is for agreement %1, but the key in use is agreement %2's: "
                   "choose %1 above and use its key, so that its pseudonyms match earlier "
                   "shares.")
                    .arg(m_profile.agreement, m_draft.agreement),
                m_keyAgreement);
    if (m_problems.isEmpty()) {
        auto created = redact::RowRedactor::create(m_profile, m_columns, m_draft.keys.get());
        if (!created)
            problem(created.error().message, m_rows.isEmpty() ? nullptr : m_rows.first().action);
        else if (created.value()->outputColumns().isEmpty())
            problem(tr("Every column is left out, so there is nothing to send. Choose at least "
                       "one column to send."),
                    m_rows.isEmpty() ? nullptr : m_rows.first().action);
    }
    m_errors->clear();
    for (qsizetype i = 0; i < m_problems.size(); ++i)
        m_errors->addProblem(m_problems[i], fields[i]);
    m_errors->setVisible(!m_problems.isEmpty());
    m_useProfile->setVisible(!m_pendingMatch.missing.isEmpty() ||
                             !m_pendingMatch.renamed.isEmpty());
    const bool complete = m_problems.isEmpty();
    if (complete != m_complete) {
        m_complete = complete;
        emit completeChanged();
    }
}

void RedactPage::fillSensitive()
{
    m_updating = true;
    m_sensitive->clear();
    m_sensitive->addItem(tr("None"), QString());
    for (const QString& c : std::as_const(m_columns)) {
        const ColumnRule* r = m_profile.rule(c);
        if (r && r->outputs() && !r->quasiIdentifier)
            m_sensitive->addItem(c, c);
    }
    const int i = m_sensitive->findData(m_profile.sensitiveColumn);
    if (i < 0)
        m_profile.sensitiveColumn.clear();
    m_sensitive->setCurrentIndex(std::max(0, i));
    m_threshold->setValue(m_profile.riskThreshold);
    m_updating = false;
}

void RedactPage::showRagged()
{
    const qint64 ragged = m_draft.scan ? m_draft.scan->counts.raggedRows() : 0;
    m_raggedLabel->setVisible(ragged > 0);
    m_ragged->setVisible(ragged > 0);
    m_raggedLabel->setText(tr("%n row(s) have the wrong number of fields. Send &them:", nullptr,
                              int(std::min<qint64>(ragged, INT_MAX))));
    m_ragged->clear();
    m_ragged->setPlaceholderText(tr("Choose…"));
    m_ragged->addItem(tr("No: leave them out"), int(RedactionProfile::RaggedRows::Skip));
    m_ragged->addItem(tr("Yes: pad short rows with empty fields, cut long ones"),
                      int(RedactionProfile::RaggedRows::Pad));
    m_ragged->setCurrentIndex(m_ragged->findData(int(m_profile.raggedRows)));
    m_ragged->setAccessibleName(tr("What to do with rows that have the wrong number of fields"));
}

void RedactPage::scheduleRisk()
{
    if (!m_draft.scan)
        return;
    m_jobs->cancelAssess();
    m_riskPending = true;
    m_riskDelay->start();
    showRisk();
}

void RedactPage::startRisk()
{
    m_riskPending = false;
    if (!m_draft.scan)
        return;
    m_riskProgress->setValue(0);
    m_jobs->assess(m_draft.datasetPath, m_draft.readOptions, m_profile, m_draft.keys);
    showRisk();
}

void RedactPage::riskProgress(int percent)
{
    m_riskProgress->setValue(percent);
}

void RedactPage::riskDone(std::shared_ptr<const RiskOutcome> outcome)
{
    m_riskOutcome = std::move(outcome);
    m_riskResult = m_riskOutcome->result;
    m_riskError.reset();
    showRisk();
}

void RedactPage::riskFailed(const Error& error)
{
    m_riskOutcome.reset();
    m_riskResult.reset();
    m_riskError = error;
    showRisk();
}

void RedactPage::showRisk()
{
    const bool checking = isCheckingRisk();
    QString tab = tr("&Risk of identifying someone");
    if (checking)
        tab = tr("&Risk: checking…");
    else if (m_riskOutcome)
        tab = tr("&Risk: %1 of %2 people in groups smaller than %3")
                  .arg(QLocale().toString(m_riskOutcome->result.recordsBelowThreshold),
                       QLocale().toString(m_riskOutcome->result.records),
                       QLocale().toString(m_riskOutcome->result.threshold));
    else if (m_riskError)
        tab = tr("&Risk: not checked");
    m_tabs->setTabText(1, tab);
    m_riskProgress->setVisible(checking);
    m_riskStatus->setText(checking ? tr("Checking…") : QString());
    m_riskStatus->setVisible(checking);
    // While a check runs, the last figures stay, greyed, so the panel does not jump.
    m_riskFigures->setEnabled(!checking);
    m_riskExplanation->setEnabled(!checking);
    m_riskSuggestion->setEnabled(!checking);
    if (m_riskError) {
        m_riskFigures->clear();
        m_riskFigures->setVisible(false);
        m_riskExplanation->setText(m_riskError->message);
        m_riskSuggestion->clear();
        m_riskSuggestion->setVisible(false);
        return;
    }
    if (!m_riskOutcome) {
        m_riskFigures->setVisible(false);
        m_riskExplanation->setText(checking ? QString()
                                            : tr("The risk check runs once the file is read."));
        m_riskSuggestion->setVisible(false);
        return;
    }
    const risk::RiskResult& r = m_riskOutcome->result;
    const QLocale locale;
    auto figure = [&](const QString& value, const QString& words) {
        return QStringLiteral("<b>%1</b> %2").arg(value, words.toHtmlEscaped());
    };
    QStringList figures;
    figures << figure(locale.toString(r.k), tr("in the smallest group (k)"));
    figures << figure(locale.toString(r.uniqueRecords),
                      tr("unique on %1").arg(risk::joinNames(m_riskOutcome->quasiNames)));
    figures << figure(
        tr("%1 of %2").arg(locale.toString(r.recordsBelowThreshold), locale.toString(r.records)),
        tr("in groups smaller than %1").arg(locale.toString(r.threshold)));
    if (r.l)
        figures << figure(
            r.lSaturated ? tr("%1+").arg(*r.l) : locale.toString(*r.l),
            tr("is the fewest different values of the sensitive column in any group (l)"));
    m_riskFigures->setText(figures.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    m_riskFigures->setVisible(true);
    QString explanation = m_riskOutcome->explanation;
    if (m_riskOutcome->raggedSkipped > 0)
        explanation += QLatin1Char(' ') +
                       tr("%n row(s) with the wrong number of fields were not counted.", nullptr,
                          int(std::min<qint64>(m_riskOutcome->raggedSkipped, INT_MAX)));
    m_riskExplanation->setText(explanation);
    m_riskSuggestion->setText(
        m_riskOutcome->suggestion.isEmpty()
            ? QString()
            : QStringLiteral("<b>%1</b> %2")
                  .arg(tr("Suggestion:"), m_riskOutcome->suggestion.toHtmlEscaped()));
    m_riskSuggestion->setVisible(!m_riskOutcome->suggestion.isEmpty());
}

void RedactPage::showPreviewTitle()
{
    if (m_jobs->isLoading())
        m_previewTitle->setText(tr("Reading the first rows…"));
    else if (!m_preview->sourceColumns().isEmpty())
        m_previewTitle->setText(tr("The first %n row(s) of the file: each column as it is in "
                                   "the file, and beside it, shaded, as it will be sent.",
                                   nullptr, int(m_preview->sourceRows().rowCount())));
}

void RedactPage::chooseProfileToLoad()
{
    const QString folder = m_draft.datasetPath.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(m_draft.datasetPath).absolutePath();
    const QString path = Dialogs::openFileName(this, tr("Load a redaction profile"), folder,
                                               tr("Redaction profiles (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadProfile(path);
}

void RedactPage::chooseProfileToSave()
{
    const QString folder = m_draft.datasetPath.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(m_draft.datasetPath).absolutePath();
    const QString name =
        m_draft.datasetPath.isEmpty()
            ? tr("redaction-profile")
            : tr("%1 redaction profile").arg(QFileInfo(m_draft.datasetPath).completeBaseName());
    const QString path = Dialogs::saveFileName(
        this, tr("Save the redaction profile"),
        QDir(folder).filePath(name + QStringLiteral(".json")), tr("Redaction profiles (*.json)"));
    if (!path.isEmpty())
        saveProfile(path);
}

bool RedactPage::saveProfile(const QString& path)
{
    RedactionProfile p = m_profile;
    if (p.name.isEmpty())
        p.name = QFileInfo(path).completeBaseName();
    if (Status s = p.save(path); !s) {
        Dialogs::warning(this, tr("The profile was not saved"), s.error().message);
        return false;
    }
    m_profile.name = p.name;
    m_draft.profile = m_profile;
    return true;
}

void RedactPage::loadProfile(const QString& path)
{
    Result<RedactionProfile> loaded = RedactionProfile::load(path);
    if (!loaded) {
        const Error& e = loaded.error();
        Dialogs::warning(this, tr("The profile could not be loaded"),
                         e.where.isEmpty() ? e.message : tr("%1 (%2)").arg(e.message, e.where));
        return;
    }
    RedactionProfile fromFile = std::move(loaded).value();
    const redact::ProfileMatch match = redact::matchColumns(fromFile, m_columns);
    // Case, spaces and punctuation alone: the rule is the file's column's.
    for (const auto& [was, now] : match.respelled) {
        for (ColumnRule& r : fromFile.rules) {
            if (r.column == was)
                r.column = now;
            if (r.personColumn == was)
                r.personColumn = now;
        }
        if (fromFile.sensitiveColumn == was)
            fromFile.sensitiveColumn = now;
    }
    // Columns the profile does not name: as the profile says, or undecided.
    for (const QString& c : match.added) {
        bool renamedTo = false;
        for (const auto& pair : match.renamed)
            renamedTo = renamedTo || pair.second == c;
        if (renamedTo || fromFile.otherColumns == RedactionProfile::OtherColumns::Refuse)
            continue;
        ColumnRule r;
        r.column = c;
        r.action = fromFile.otherColumns == RedactionProfile::OtherColumns::Keep ? Action::Keep
                                                                                 : Action::Drop;
        fromFile.rules.append(r);
    }
    m_profile = fromFile;
    if (m_profile.agreement.isEmpty())
        m_profile.agreement = m_draft.agreement;
    selectKeyChoice();
    showKeyRow();
    m_pendingMatch = {};
    m_pendingMatch.missing = match.missing;
    m_pendingMatch.renamed = match.renamed;
    for (Row& row : m_rows)
        showRow(row);
    showRagged();
    rulesChanged();
}

// "Use this profile for the columns this file has": rules for missing columns are
// dropped and renamed columns take their rule; the rest stays to be decided.
void RedactPage::useLoadedProfile()
{
    for (const QString& gone : std::as_const(m_pendingMatch.missing)) {
        m_profile.rules.removeIf([&](const ColumnRule& r) { return r.column == gone; });
        if (m_profile.sensitiveColumn == gone)
            m_profile.sensitiveColumn.clear();
    }
    for (const auto& [was, now] : std::as_const(m_pendingMatch.renamed)) {
        for (ColumnRule& r : m_profile.rules) {
            if (r.column == was)
                r.column = now;
            if (r.personColumn == was)
                r.personColumn = now;
        }
        if (m_profile.sensitiveColumn == was)
            m_profile.sensitiveColumn = now;
    }
    m_pendingMatch = {};
    for (Row& row : m_rows)
        showRow(row);
    rulesChanged();
}

void RedactPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::PaletteChange)
        m_preview->setPalette(m_previewView->palette());
    QWizardPage::changeEvent(event);
}

void RedactPage::retranslateUi()
{
    setTitle(tr("Decide what happens to each column"));
    m_intro->setText(tr("Each column of the file has an action: sent as it is, left out, or "
                        "made safer first. Sharewise has suggested one for each from what it "
                        "found; change any you need to. The preview and the risk check below "
                        "follow every change."));
    m_whyAsked.retranslate(
        tr("The law allows you to share only the personal data the recipient needs "
           "for the purpose agreed (data minimisation). Columns that name someone "
           "are best left out or replaced with a code. Columns such as age, sex or "
           "postcode do not name anyone alone, but together they can single a "
           "person out: mark them as quasi-identifiers and the risk check counts "
           "how many people share each combination."));
    m_suggestions->setText(tr("Use the &suggestions"));
    m_suggestions->setToolTip(tr("Start again from Sharewise's suggestions for this file"));
    m_load->setText(tr("&Load profile…"));
    m_save->setText(tr("Sa&ve profile…"));
    m_useProfile->setText(tr("&Use the profile for the columns this file has"));
    m_keyLabel->setText(tr("Pseudonyms and date shifts use the key of &agreement:"));
    m_keyAgreement->setAccessibleName(tr("Agreement whose key makes pseudonyms and date shifts"));
    m_keyAgreement->setToolTip(tr("The agreements that have a pseudonymisation key. You can "
                                  "use the key of one you hold."));
    m_useKey->setText(tr("Use this &key"));
    m_useKey->setAccessibleName(tr("Use the chosen agreement's key"));
    fillKeyBox();
    showKeyRow();
    m_headColumn->setText(tr("Column"));
    m_headAction->setText(tr("What to do"));
    m_headSettings->setText(tr("Settings"));
    m_columnsArea->setAccessibleName(tr("Columns and what to do with each"));
    m_previewView->setAccessibleName(tr("Before and after preview of the first rows"));
    m_tabs->setTabText(0, tr("Be&fore and after"));
    showPreviewTitle();
    m_sensitiveLabel->setText(tr("Sens&itive column:"));
    m_sensitive->setToolTip(tr("A column such as a diagnosis: the check says how varied it is "
                               "within each group, since a group that all share one value "
                               "gives it away."));
    m_sensitive->setAccessibleName(tr("Sensitive column for the risk check"));
    m_thresholdLabel->setText(tr("Smallest safe &group:"));
    m_threshold->setAccessibleName(tr("Smallest safe group, in people"));
    m_threshold->setToolTip(tr("People in groups smaller than this are counted as at risk."));
    m_threshold->setSuffix(tr(" people"));
    for (Row& row : m_rows) {
        fillActionBox(row);
        showRow(row);
    }
    showRagged();
    if (m_draft.scan && m_builtFor) {
        fillSensitive();
        checkComplete();
        scheduleRisk(); // the sentences come from the check
    }
    showRisk();
}

} // namespace sharewise::ui
