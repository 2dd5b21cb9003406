#pragma once

#include "share/ShareDraft.h"

#include <QWizard>

namespace sharewise::ui {

class AgreementPage;
class DatasetPage;
class DonePage;
class PurposePage;
class RecipientsPage;
class RedactPage;
class ReviewPage;

// The Share wizard. Its pages edit one ShareDraft; the wizard never does the work
// itself. Agreement (when a register is given) → Dataset → Purpose and legal basis →
// Redact → Recipients and encryption → Review and submit → Done; the steps after
// Redact, and Save draft, need the history and the session's identity
// (setShareContext). Without them the wizard ends at the Redact page.
class ShareWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        AgreementPageId,
        DatasetPageId,
        PurposePageId,
        RedactPageId,
        RecipientsPageId,
        ReviewPageId,
        DonePageId,
    };

    explicit ShareWizard(QWidget* parent = nullptr);
    ~ShareWizard() override;

    [[nodiscard]] const ShareDraft& draft() const { return m_draft; }
    AgreementPage* agreementPage() const { return m_agreement; } // null without a register
    DatasetPage* datasetPage() const { return m_dataset; }
    RedactPage* redactPage() const { return m_redact; }
    // Null without a share context.
    PurposePage* purposePage() const { return m_purpose; }
    RecipientsPage* recipientsPage() const { return m_recipients; }
    ReviewPage* reviewPage() const { return m_review; }
    DonePage* donePage() const { return m_done; }
    // Until the Agreement page sets them: the agreement and its unlocked keys.
    void setAgreementKeys(const QString& agreement,
                          std::shared_ptr<const redact::RedactionKeys> keys);
    // Lets the Redact page list the agreements with a key and unlock one with the
    // session's identity (the main window gives it; without it the page cannot). With
    // `listAgreements` the wizard starts with the Agreement page.
    void setAgreementKeySource(AgreementKeySource source);
    // The history and the identity: adds the Purpose, Recipients, Review and Done pages
    // and "Save draft".
    void setShareContext(ShareContext context);

    // Takes a saved draft up again: its agreement, file (read as before) and rules.
    void resumeDraft(const shares::ShareRecord& share);
    // "Save draft", as the button does; false (and said) when it could not be saved.
    bool saveDraft();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void pageChanged(int id);

    ShareDraft m_draft;
    ShareContext m_context;
    AgreementKeySource m_source;
    AgreementPage* m_agreement = nullptr;
    DatasetPage* m_dataset;
    PurposePage* m_purpose = nullptr;
    RedactPage* m_redact;
    RecipientsPage* m_recipients = nullptr;
    ReviewPage* m_review = nullptr;
    DonePage* m_done = nullptr;
};

} // namespace sharewise::ui
