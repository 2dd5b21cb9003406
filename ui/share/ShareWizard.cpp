#include "share/ShareWizard.h"

#include "share/AgreementPage.h"
#include "share/DatasetPage.h"
#include "share/RedactPage.h"

#include <QEvent>

namespace sharewise::ui {

ShareWizard::ShareWizard(QWidget* parent)
    : QWizard(parent)
    , m_dataset(new DatasetPage(m_draft, this))
    , m_redact(new RedactPage(m_draft, this))
{
    setObjectName(QStringLiteral("shareWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);
    setPage(DatasetPageId, m_dataset);
    setPage(RedactPageId, m_redact);
    retranslateUi();
    resize(960, 720);
}

ShareWizard::~ShareWizard() = default;

void ShareWizard::setAgreementKeys(const QString& agreement,
                                   std::shared_ptr<const redact::RedactionKeys> keys)
{
    m_draft.agreement = agreement;
    m_draft.keys = std::move(keys);
}

void ShareWizard::setAgreementKeySource(AgreementKeySource source)
{
    if (source.listAgreements && !m_agreement) {
        // With a register to choose from, the share starts with its agreement.
        m_agreement = new AgreementPage(m_draft, this);
        setPage(AgreementPageId, m_agreement);
        setStartId(AgreementPageId);
    }
    if (m_agreement)
        m_agreement->setSource(source.listAgreements);
    m_redact->setKeySource(std::move(source));
}

void ShareWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void ShareWizard::retranslateUi()
{
    // Qt ships no Welsh for its own buttons: every one is set here.
    setWindowTitle(tr("Share data"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CommitButton, tr("&Submit"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::HelpButton, tr("&Help"));
}

} // namespace sharewise::ui
