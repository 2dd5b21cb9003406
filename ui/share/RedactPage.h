#pragma once

#include "redact/RowRedactor.h"
#include "risk/RiskCheck.h"
#include "share/ShareDraft.h"

#include "widgets/WhyAsked.h"
#include <QHash>

#include <QWizardPage>

#include <optional>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace sharewise::ui {

class ErrorSummary;
class RedactJobs;
class RedactPreviewModel;
struct RiskOutcome;

// Share wizard, step 4: what happens to each column. One row per column of the file:
// what the scan found, the action (pre-filled from the suggestions, with the reason),
// its settings, and whether it is a quasi-identifier. Beside it the first rows before
// and after redaction, redacted again at once on every change, and the risk check,
// worked out again on a pool thread shortly after each change (the last run
// cancelled). Profiles can be saved and loaded; a loaded profile that does not fit
// the file's columns says how. Next is enabled once every column has a decision, the
// rules make sense together and at least one column is sent.
class RedactPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RedactPage(ShareDraft& draft, QWidget* parent = nullptr);
    ~RedactPage() override;

    void initializePage() override;
    bool isComplete() const override;

    // Where the agreements with a key are listed and unlocked (the main window's history
    // and identity). Without one the page offers no key of its own.
    void setKeySource(AgreementKeySource source);
    // "Use this key": unlocks the chosen agreement's key with the session's identity and
    // offers Pseudonymise and Shift dates (as the button does).
    void useChosenKey();

    // Loads or saves a profile as the buttons do (the path already chosen).
    void loadProfile(const QString& path);
    bool saveProfile(const QString& path);

    // For tests and screenshots.
    [[nodiscard]] const redact::RedactionProfile& profile() const { return m_profile; }
    [[nodiscard]] QStringList columns() const { return m_columns; }
    QComboBox* actionBox(const QString& column) const;
    QCheckBox* quasiBox(const QString& column) const;
    QLabel* reasonLabel(const QString& column) const;
    QLabel* foundLabel(const QString& column) const;
    QWidget* settingsWidget(const QString& column) const;
    QTableView* previewView() const { return m_previewView; }
    RedactPreviewModel* previewModel() const { return m_preview; }
    ErrorSummary* errorSummary() const { return m_errors; }
    QPushButton* loadButton() const { return m_load; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* useProfileButton() const { return m_useProfile; }
    QPushButton* suggestionsButton() const { return m_suggestions; }
    QComboBox* sensitiveBox() const { return m_sensitive; }
    QSpinBox* thresholdBox() const { return m_threshold; }
    QComboBox* raggedBox() const { return m_ragged; }
    QLabel* riskFiguresLabel() const { return m_riskFigures; }
    QLabel* riskExplanationLabel() const { return m_riskExplanation; }
    QLabel* riskSuggestionLabel() const { return m_riskSuggestion; }
    QLabel* riskStatusLabel() const { return m_riskStatus; }
    QScrollArea* columnsArea() const { return m_columnsArea; }
    QComboBox* keyAgreementBox() const { return m_keyAgreement; }
    QPushButton* useKeyButton() const { return m_useKey; }
    QLabel* keyStatusLabel() const { return m_keyStatus; }
    QLabel* keyInUseLabel() const { return m_keyInUse; }
    QLabel* profileNoteLabel() const { return m_profileNote; }
    QTabWidget* tabs() const { return m_tabs; } // before and after; the risk
    [[nodiscard]] bool isCheckingRisk() const;
    [[nodiscard]] const std::optional<risk::RiskResult>& riskResult() const { return m_riskResult; }
    [[nodiscard]] QStringList problems() const { return m_problems; }

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        QString column;
        QLabel* name = nullptr;
        QLabel* found = nullptr;
        QComboBox* action = nullptr;
        QWidget* settings = nullptr;
        QLayout* settingsLayout = nullptr;
        QCheckBox* quasi = nullptr;
        QLabel* reason = nullptr;
    };

    void retranslateUi();
    void startFromSuggestions();
    void buildRows();
    void fillActionBox(Row& row);
    void showRow(Row& row);
    void buildSettings(Row& row);
    void actionChosen(Row& row);
    void quasiToggled(Row& row, bool on);
    void rulesChanged();
    void redactPreview();
    void checkComplete();
    void scheduleRisk();
    void startRisk();
    void riskProgress(int percent);
    void riskDone(std::shared_ptr<const RiskOutcome> outcome);
    void riskFailed(const Error& error);
    void showRisk();
    void showPreviewTitle();
    void fillSensitive();
    void showRagged();
    void chooseProfileToLoad();
    void chooseProfileToSave();
    void useLoadedProfile();
    void rowsLoaded(const QStringList& columns, std::shared_ptr<const table::RowBlock> rows);

    void refreshKeyChoices();
    void selectKeyChoice();
    void showKeyRow();
    void fillKeyBox();
    void keysChanged(bool resuggest);
    [[nodiscard]] QString keyProblemText(const Error& error) const;

    [[nodiscard]] bool keyAvailable() const;
    [[nodiscard]] redact::ColumnRule defaultRule(const QString& column,
                                                 redact::Action action) const;
    [[nodiscard]] const profile::ColumnProfile* columnProfile(const QString& column) const;
    [[nodiscard]] Row* rowFor(const QString& column);
    [[nodiscard]] const Row* rowFor(const QString& column) const;
    [[nodiscard]] QString reasonText(const Row& row) const;

    ShareDraft& m_draft;
    RedactJobs* m_jobs;
    std::shared_ptr<const dataset::ScanResult> m_builtFor;
    bool m_builtWithKey = false;
    QStringList m_columns;
    redact::RedactionProfile m_profile;
    redact::RedactionProfile m_suggested;
    QString m_suggestedFor; // the agreement the suggestions were made under
    QHash<QString, QString> m_reasons;
    // A loaded profile's columns that do not fit the file (until "use it anyway").
    redact::ProfileMatch m_pendingMatch;
    std::shared_ptr<const redact::RareValues> m_rare;
    QStringList m_problems;
    bool m_complete = false;
    bool m_updating = false;

    // The agreement key row.
    AgreementKeySource m_keySource;
    QList<AgreementKeySource::Agreement> m_keyChoices;
    std::optional<Error> m_keyListError;
    std::optional<Error> m_keyError;
    QString m_keyErrorAgreement;

    // Risk panel state.
    std::optional<risk::RiskResult> m_riskResult;
    std::shared_ptr<const RiskOutcome> m_riskOutcome;
    std::optional<Error> m_riskError;
    bool m_riskPending = false;

    QLabel* m_intro;
    WhyAsked m_whyAsked;
    QToolButton* m_whyToggle;
    QLabel* m_why;
    QLabel* m_profileNote; // where the rules came from, when not the suggestions
    QPushButton* m_suggestions;
    QPushButton* m_load;
    QPushButton* m_save;
    ErrorSummary* m_errors;
    QPushButton* m_useProfile;
    QWidget* m_keyRow;
    QLabel* m_keyLabel;
    QComboBox* m_keyAgreement;
    QPushButton* m_useKey;
    QLabel* m_keyInUse;
    QLabel* m_keyStatus;
    QLabel* m_raggedLabel;
    QComboBox* m_ragged;
    QSplitter* m_splitter;
    QScrollArea* m_columnsArea;
    QWidget* m_columnsWidget;
    QGridLayout* m_grid;
    QLabel* m_headColumn;
    QLabel* m_headAction;
    QLabel* m_headSettings;
    QList<Row> m_rows;
    QLabel* m_previewTitle;
    QTableView* m_previewView;
    RedactPreviewModel* m_preview;
    QTabWidget* m_tabs;
    QScrollArea* m_riskArea; // the risk tab, around m_riskBox
    QWidget* m_riskBox;
    QLabel* m_sensitiveLabel;
    QComboBox* m_sensitive;
    QLabel* m_thresholdLabel;
    QSpinBox* m_threshold;
    QProgressBar* m_riskProgress;
    QLabel* m_riskStatus;
    QLabel* m_riskFigures;
    QLabel* m_riskExplanation;
    QLabel* m_riskSuggestion;
    QTimer* m_riskDelay;
};

} // namespace sharewise::ui
