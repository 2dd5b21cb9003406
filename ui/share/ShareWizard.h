#pragma once

#include "share/ShareDraft.h"

#include <QWizard>

namespace sharewise::ui {

class DatasetPage;

// The Share wizard. Its pages edit one ShareDraft; the wizard never does the work
// itself. This version has the Dataset step; agreement, purpose, redaction, recipients
// and review arrive with their issues.
class ShareWizard : public QWizard
{
    Q_OBJECT
public:
    explicit ShareWizard(QWidget* parent = nullptr);
    ~ShareWizard() override;

    [[nodiscard]] const ShareDraft& draft() const { return m_draft; }
    DatasetPage* datasetPage() const { return m_dataset; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    ShareDraft m_draft;
    DatasetPage* m_dataset;
};

} // namespace sharewise::ui
