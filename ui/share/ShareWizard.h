#pragma once

#include "share/ShareDraft.h"

#include <QWizard>

namespace sharewise::ui {

class AgreementPage;
class DatasetPage;
class RedactPage;

// The Share wizard. Its pages edit one ShareDraft; the wizard never does the work
// itself. This version has the Agreement (when a register is given), Dataset and
// Redact steps; purpose, recipients and review arrive with their issues.
class ShareWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        AgreementPageId,
        DatasetPageId,
        RedactPageId,
    };

    explicit ShareWizard(QWidget* parent = nullptr);
    ~ShareWizard() override;

    [[nodiscard]] const ShareDraft& draft() const { return m_draft; }
    AgreementPage* agreementPage() const { return m_agreement; } // null without a register
    DatasetPage* datasetPage() const { return m_dataset; }
    RedactPage* redactPage() const { return m_redact; }
    // Until the Agreement page sets them: the agreement and its unlocked keys.
    void setAgreementKeys(const QString& agreement,
                          std::shared_ptr<const redact::RedactionKeys> keys);
    // Lets the Redact page list the agreements with a key and unlock one with the
    // session's identity (the main window gives it; without it the page cannot). With
    // `listAgreements` the wizard starts with the Agreement page.
    void setAgreementKeySource(AgreementKeySource source);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    ShareDraft m_draft;
    AgreementPage* m_agreement = nullptr;
    DatasetPage* m_dataset;
    RedactPage* m_redact;
};

} // namespace sharewise::ui
