#pragma once

#include "agreements/ShareChecks.h"
#include "share/ShareDraft.h"

#include "widgets/WhyAsked.h"
#include <QPixmap>

#include <QWizardPage>

#include <optional>

class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace sharewise::ui {

// Share wizard, step 3: the agreement's purpose and legal basis in plain words, and
// what its checks find in this file (agreements::checkShare over the file's columns and
// the rules the Redact page will start from). Each finding has an icon, the problem and
// the next step; a blocking finding keeps Next disabled. Where the fix is mechanical a
// button does it ("Drop these 3 columns", "Use the agreement's minimum"), changing the
// draft's rules, which the Redact page then shows.
//
// On its first visit for a file the page also sets the rules the Redact page starts
// from: the last share under the same agreement when its rules fit the file's columns
// ("Rules from your last share under this agreement"), otherwise the suggestions.
class PurposePage : public QWizardPage
{
    Q_OBJECT
public:
    PurposePage(ShareDraft& draft, const ShareContext& context, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // Runs the checks again over the draft as it is now.
    void recheck();

    // For tests and screenshots.
    [[nodiscard]] const QList<agreements::Finding>& findings() const { return m_findings; }
    QPushButton* dropButton() const { return m_drop; }
    QPushButton* minimumButton() const { return m_minimum; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* basisLabel() const { return m_basis; }
    QLabel* resultLabel() const { return m_result; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void ensureProfile();
    void showAgreement();
    void showFindings();
    void dropColumns();
    void useMinimums();
    [[nodiscard]] QStringList columnsToDrop() const;
    [[nodiscard]] QStringList columnsTooWeak() const;

    ShareDraft& m_draft;
    const ShareContext& m_context;
    std::shared_ptr<const dataset::ScanResult> m_profiledFor;
    QList<agreements::Finding> m_findings;

    QLabel* m_intro;
    WhyAsked m_whyAsked;
    QToolButton* m_whyToggle;
    QLabel* m_why;
    QLabel* m_summaryHeading;
    QLabel* m_summary;
    QLabel* m_basisHeading;
    QLabel* m_basis;
    QLabel* m_findingsHeading;
    QLabel* m_result;
    QWidget* m_findingsBox;
    QVBoxLayout* m_findingsLayout;
    QPushButton* m_drop;
    QPushButton* m_minimum;
};

// The agreement's lawful basis (and Article 9/10 conditions) in plain words, one line
// each: "UK GDPR Article 6(1)(e) – Public task: <the IG lead's reason>".
[[nodiscard]] QStringList legalBasisLines(const agreements::Agreement& agreement);

// An icon (from the style) for a finding's severity, and the same for "no problems".
[[nodiscard]] QPixmap severityPixmap(const QWidget* widget, std::optional<agreements::Severity> s);

} // namespace sharewise::ui
