#pragma once

#include "agreements/Dpia.h"
#include "agreements/LegalHelper.h"

#include <QWizard>
#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QTextBrowser;

namespace sharewise {
class Database;
}

namespace sharewise::ui {

class ErrorSummary;
class QuestionList;

// The Agreement helper: plain questions about the sharing, the legal ones ("Is the
// recipient doing this as part of its public duties?", "Does the data include health
// information?") and the DPIA screening, then the legal fields they suggest, each with
// its reason. Finishing records a draft agreement in the register with those fields
// marked as proposals: the IG lead confirms each in the agreement before it can be
// made active. Nothing it suggests is presented as settled.
class AgreementHelperWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        AboutPageId,
        LegalPageId,
        DpiaPageId,
        ProposalsPageId,
    };

    explicit AgreementHelperWizard(Database& db, QWidget* parent = nullptr);
    ~AgreementHelperWizard() override;

    // The reference of the draft recorded on Finish; empty until then.
    [[nodiscard]] QString createdReference() const { return m_created; }

    // For tests and screenshots.
    [[nodiscard]] QLineEdit* referenceEdit() const;
    [[nodiscard]] QLineEdit* titleEdit() const;
    [[nodiscard]] QLineEdit* partnerEdit() const;
    [[nodiscard]] QPlainTextEdit* purposeEdit() const;
    [[nodiscard]] QuestionList* legalQuestions() const;
    [[nodiscard]] QuestionList* dpiaQuestions() const;
    [[nodiscard]] QTextBrowser* proposalsView() const;
    [[nodiscard]] ErrorSummary* finishErrors() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    friend class HelperProposalsPage;
    void retranslateUi();
    bool record();

    Database& m_db;
    class HelperAboutPage* m_about;
    class HelperQuestionsPage* m_legal;
    class HelperQuestionsPage* m_dpia;
    class HelperProposalsPage* m_proposals;
    QString m_created;
};

} // namespace sharewise::ui
