#include "share/ShareWizard.h"

#include "share/AgreementPage.h"
#include "share/DatasetPage.h"
#include "share/DonePage.h"
#include "share/PurposePage.h"
#include "share/RecipientsPage.h"
#include "share/RedactPage.h"
#include "share/ReviewPage.h"
#include "widgets/Dialogs.h"

#include <QAbstractButton>
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
    setOption(QWizard::DisabledBackButtonOnLastPage, true);
    setPage(DatasetPageId, m_dataset);
    setPage(RedactPageId, m_redact);
    connect(this, &QWizard::currentIdChanged, this, &ShareWizard::pageChanged);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            saveDraft();
    });
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
    m_source = source;
    m_redact->setKeySource(std::move(source));
}

void ShareWizard::setShareContext(ShareContext context)
{
    m_context = std::move(context);
    if (!m_context.isSet() || m_purpose)
        return;
    m_purpose = new PurposePage(m_draft, m_context, this);
    m_recipients = new RecipientsPage(m_draft, m_context, this);
    m_review = new ReviewPage(m_draft, m_context, this);
    m_done = new DonePage(m_draft, this);
    setPage(PurposePageId, m_purpose);
    setPage(RecipientsPageId, m_recipients);
    setPage(ReviewPageId, m_review);
    setPage(DonePageId, m_done);
    // Once submitted or sealed there is no going back: the wizard moves on to Done.
    connect(m_review, &ReviewPage::finished, this, [this] {
        if (currentPage() == m_review)
            next();
    });
    setOption(QWizard::HaveCustomButton1, true);
    retranslateUi();
    pageChanged(currentId());
}

void ShareWizard::resumeDraft(const shares::ShareRecord& share)
{
    m_draft.restore(share);
    if (m_source.findAgreement)
        m_draft.agreementRecord = m_source.findAgreement(share.agreementReference);
    m_draft.profileNote = tr("Rules from your saved draft.");
    if (m_agreement)
        m_agreement->refresh();
    if (!share.datasetPath.isEmpty())
        m_dataset->openFile(share.datasetPath, share.readOptions);
}

bool ShareWizard::saveDraft()
{
    if (!m_context.db)
        return false;
    if (m_draft.agreement.isEmpty()) {
        Dialogs::warning(this, tr("The draft was not saved"),
                         tr("Choose the agreement first: a draft is kept under its agreement."));
        return false;
    }
    Result<shares::ShareRecord> saved = saveShareDraft(m_draft, *m_context.db);
    if (!saved) {
        Dialogs::warning(this, tr("The draft was not saved"), saved.error().message);
        return false;
    }
    Dialogs::information(this, tr("Draft saved"),
                         tr("The share is saved as a draft. To go on later, open it from "
                            "History."));
    return true;
}

void ShareWizard::pageChanged(int id)
{
    if (QAbstractButton* save = button(QWizard::CustomButton1))
        save->setVisible(m_context.isSet() && id != DonePageId);
    // Done: the share is submitted or sealed; there is nothing left to cancel.
    button(QWizard::CancelButton)->setVisible(id != DonePageId || !m_done);
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
    setButtonText(QWizard::CustomButton1, tr("Save &draft"));
}

} // namespace sharewise::ui
