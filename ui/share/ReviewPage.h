#pragma once

#include "share/ShareDraft.h"
#include "shares/SharePipeline.h"

#include "widgets/WhyAsked.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTemporaryDir;
class QToolButton;

namespace sharewise::ui {

class ShareJobs;

// Share wizard, step 6: what leaves the building. The share is prepared in full on a
// pool thread (shares::prepareShare: the agreement's checks again, the redaction, the
// risk figures and the binding), with progress and Cancel; the page then shows the
// file, rows, each column and how it is redacted, the risk figures, the recipients and
// the agreement with its legal basis. Then either "Submit for review" (the agreement
// requires review: the share is recorded as pending, bound to exactly this) or "Seal
// now" (shares::sealShare as a job with progress and Cancel; a cancelled seal leaves no
// file and the share's history records it). Either way the wizard moves on to Done.
class ReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Preparing,
        Prepared, // ready to submit or seal
        Blocked,  // a finding blocks: go back
        Failed,
        Sealing,
        Submitted,
        Sealed,
    };

    ReviewPage(ShareDraft& draft, const ShareContext& context, QWidget* parent = nullptr);
    ~ReviewPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    // As the buttons do.
    void submitForReview();
    void sealNow();
    void cancel();

    // For tests and screenshots.
    [[nodiscard]] State state() const { return m_state; }
    QPushButton* submitButton() const { return m_submit; }
    QPushButton* sealButton() const { return m_seal; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* statusLabel() const { return m_status; }
    // The warning shown when the risk check finds records that could be singled out.
    QWidget* riskWarning() const { return m_riskWarning; }
    QLabel* riskWarningLabel() const { return m_riskWarningText; }
    QLabel* riskNextStepLabel() const { return m_riskNextStep; }
    [[nodiscard]] const std::shared_ptr<const shares::PreparedShare>& prepared() const
    {
        return m_prepared;
    }

signals:
    void finished(); // submitted or sealed

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Hold;
    void retranslateUi();
    void startPrepare();
    void setState(State state);
    void showSummary();
    void showStatus();
    void showRiskWarning();
    void jobProgress(const QString& step, int percent);
    void jobPrepared(std::shared_ptr<const shares::PreparedShare> share);
    void jobSealed(std::shared_ptr<const shares::SealedShare> share);
    void jobFailed(const Error& error);
    [[nodiscard]] std::shared_ptr<Hold> makeHold() const;
    [[nodiscard]] QString suggestedOutput() const;

    ShareDraft& m_draft;
    const ShareContext& m_context;
    ShareJobs* m_jobs;
    State m_state = State::Idle;
    std::shared_ptr<const shares::PreparedShare> m_prepared;
    std::shared_ptr<QTemporaryDir> m_scratch; // the prepared redacted file (no review)
    std::optional<Error> m_error;
    QString m_step;
    bool m_cancelRequested = false;
    QString m_output;

    QLabel* m_intro;
    WhyAsked m_whyAsked;
    QToolButton* m_whyToggle;
    QLabel* m_why;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_status;
    QWidget* m_riskWarning;
    QLabel* m_riskWarningIcon;
    QLabel* m_riskWarningText;
    QLabel* m_riskNextStep;
    QLabel* m_summaryHeading;
    QLabel* m_summary;
    QPushButton* m_submit;
    QPushButton* m_seal;
};

} // namespace sharewise::ui
