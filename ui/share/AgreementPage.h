#pragma once

#include "share/ShareDraft.h"

#include "widgets/WhyAsked.h"

#include <QWizardPage>

class QLabel;
class QTreeWidget;

namespace sharewise::ui {

// Share wizard, step 1: the agreement the share is made under, from the register.
// Every agreement is listed with its status; only an active one (not past its end
// date) can be chosen. The chosen one's one-paragraph summary says who gets what, why,
// under what law, for how long, and what comes back. Choosing sets the draft's
// agreement, which shapes the Redact page's suggestions and its key.
class AgreementPage : public QWizardPage
{
    Q_OBJECT
public:
    AgreementPage(ShareDraft& draft, QWidget* parent = nullptr);

    // Where the agreements come from (the main window's register).
    void setSource(std::function<Result<QList<agreements::Agreement>>()> list);
    void refresh();

    bool isComplete() const override;
    bool validatePage() override;
    void initializePage() override;

    // For tests and screenshots.
    [[nodiscard]] QTreeWidget* list() const { return m_list; }
    [[nodiscard]] QLabel* summary() const { return m_summary; }
    [[nodiscard]] QLabel* status() const { return m_status; }
    bool choose(const QString& reference);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fill();
    void showChosen();
    [[nodiscard]] const agreements::Agreement* current() const;

    ShareDraft& m_draft;
    std::function<Result<QList<agreements::Agreement>>()> m_source;
    QList<agreements::Agreement> m_agreements;
    std::optional<Error> m_listError;
    QLabel* m_intro;
    WhyAsked m_whyAsked;
    QTreeWidget* m_list;
    QLabel* m_summaryHeading;
    QLabel* m_summary;
    QLabel* m_status;
};

} // namespace sharewise::ui
