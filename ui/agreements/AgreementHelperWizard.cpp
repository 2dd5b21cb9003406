#include "agreements/AgreementHelperWizard.h"

#include "agreements/Agreement.h"
#include "agreements/AgreementRegister.h"
#include "agreements/LegalCatalogue.h"
#include "agreements/QuestionList.h"
#include "common/AppSettings.h"
#include "widgets/ErrorSummary.h"
#include "widgets/WrapLabel.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sharewise::ui {

using agreements::Agreement;
using agreements::Answer;
using agreements::PartyRole;

namespace {

QScrollArea* scrolling(QWidget* content, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

QList<QuestionList::Question> legalQuestionTexts()
{
    QList<QuestionList::Question> list;
    for (const agreements::HelperQuestion& q : agreements::helperQuestions())
        list.append({q.id, q.text, q.help});
    return list;
}

QList<QuestionList::Question> dpiaQuestionTexts()
{
    QList<QuestionList::Question> list;
    for (const agreements::DpiaTrigger& t : agreements::dpiaTriggers())
        list.append({t.id, t.question, t.explanation});
    return list;
}

} // namespace

// Step 1: who, what for, and the partner's role in plain words.
class HelperAboutPage : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(sharewise::ui::AgreementHelperWizard)
public:
    explicit HelperAboutPage(Database& db, QWidget* parent)
        : QWizardPage(parent)
        , m_db(db)
        , m_intro(new WrapLabel(this))
        , m_errors(new ErrorSummary(this))
        , m_reference(new QLineEdit(this))
        , m_title(new QLineEdit(this))
        , m_partner(new QLineEdit(this))
        , m_roleQuestion(new WrapLabel(this))
        , m_controller(new QRadioButton(this))
        , m_joint(new QRadioButton(this))
        , m_processor(new QRadioButton(this))
        , m_roles(new QButtonGroup(this))
        , m_purpose(new QPlainTextEdit(this))
        , m_benefits(new QPlainTextEdit(this))
    {
        setObjectName(QStringLiteral("helperAboutPage"));
        m_reference->setObjectName(QStringLiteral("reference"));
        m_title->setObjectName(QStringLiteral("title"));
        m_partner->setObjectName(QStringLiteral("partner"));
        m_purpose->setObjectName(QStringLiteral("purpose"));
        m_benefits->setObjectName(QStringLiteral("benefits"));
        m_controller->setObjectName(QStringLiteral("partnerController"));
        m_joint->setObjectName(QStringLiteral("partnerJoint"));
        m_processor->setObjectName(QStringLiteral("partnerProcessor"));
        m_roles->addButton(m_controller, int(PartyRole::Controller));
        m_roles->addButton(m_joint, int(PartyRole::JointController));
        m_roles->addButton(m_processor, int(PartyRole::Processor));
        m_controller->setChecked(true);
        m_reference->setMaxLength(64);
        for (QPlainTextEdit* e : {m_purpose, m_benefits}) {
            e->setTabChangesFocus(true);
            e->setMinimumHeight(e->fontMetrics().lineSpacing() * 4);
        }

        auto* content = new QWidget(this);
        auto* form = new QFormLayout;
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        m_referenceLabel = new QLabel(content);
        m_titleLabel = new QLabel(content);
        m_partnerLabel = new QLabel(content);
        m_purposeLabel = new QLabel(content);
        m_benefitsLabel = new QLabel(content);
        m_referenceLabel->setBuddy(m_reference);
        m_titleLabel->setBuddy(m_title);
        m_partnerLabel->setBuddy(m_partner);
        m_purposeLabel->setBuddy(m_purpose);
        m_benefitsLabel->setBuddy(m_benefits);
        form->addRow(m_referenceLabel, m_reference);
        form->addRow(m_titleLabel, m_title);
        form->addRow(m_partnerLabel, m_partner);
        auto* v = new QVBoxLayout(content);
        v->setContentsMargins(0, 0, 0, 0);
        v->addWidget(m_intro);
        v->addWidget(m_errors);
        v->addLayout(form);
        v->addWidget(m_roleQuestion);
        for (QRadioButton* b : {m_controller, m_joint, m_processor})
            v->addWidget(b);
        v->addWidget(m_purposeLabel);
        v->addWidget(m_purpose);
        v->addWidget(m_benefitsLabel);
        v->addWidget(m_benefits);
        v->addStretch(1);
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(scrolling(content, this));
        m_errors->hide();
        retranslateUi();
    }

    bool validatePage() override
    {
        m_errors->clear();
        if (m_reference->text().trimmed().isEmpty())
            m_errors->addProblem(tr("Enter the agreement's reference, for example "
                                    "\"DSA-2026-014\"."),
                                 m_reference);
        else if (agreements::AgreementRegister(m_db).find(m_reference->text().trimmed()))
            m_errors->addProblem(tr("The register already has an agreement %1: choose another "
                                    "reference, or edit that agreement instead.")
                                     .arg(m_reference->text().trimmed()),
                                 m_reference);
        if (m_title->text().trimmed().isEmpty())
            m_errors->addProblem(tr("Enter a title that says what is shared, for example "
                                    "\"Homelessness case-level return\"."),
                                 m_title);
        if (m_partner->text().trimmed().isEmpty())
            m_errors->addProblem(tr("Enter the organisation that will receive the data."),
                                 m_partner);
        if (m_purpose->toPlainText().trimmed().isEmpty())
            m_errors->addProblem(tr("Say in plain words what the data will be used for."),
                                 m_purpose);
        m_errors->setVisible(m_errors->hasProblems());
        return !m_errors->hasProblems();
    }

    void fill(Agreement& a) const
    {
        a.reference = m_reference->text().trimmed();
        a.title = m_title->text().trimmed();
        a.purpose = m_purpose->toPlainText().trimmed();
        a.benefits = m_benefits->toPlainText().trimmed();
        const QString ours = AppSettings().organisationName().trimmed();
        if (!ours.isEmpty())
            a.parties.append({ours, PartyRole::Controller, {}});
        const auto role = static_cast<PartyRole>(m_roles->checkedId());
        a.parties.append({m_partner->text().trimmed(), role, {}});
    }

    void retranslateUi()
    {
        setTitle(tr("About the sharing"));
        m_intro->setText(tr("This helper asks plain questions and suggests the legal parts of "
                            "the agreement, with the reason for each. Nothing it suggests is "
                            "settled: your information governance lead confirms each part "
                            "before the agreement can be used."));
        m_referenceLabel->setText(tr("&Reference:"));
        m_titleLabel->setText(tr("&Title:"));
        m_partnerLabel->setText(tr("Organisation receiving the &data:"));
        m_roleQuestion->setText(tr("Who decides what the data is used for?"));
        m_controller->setText(tr("The receiving organisation decides, for its own duties"));
        m_joint->setText(tr("We decide together, for a shared purpose"));
        m_processor->setText(tr("The receiving organisation only acts on our instructions"));
        m_purposeLabel->setText(tr("What will the data be &used for?"));
        m_benefitsLabel->setText(
            tr("What good will it do, including for the council? (&optional)"));
        m_reference->setPlaceholderText(tr("DSA-2026-014"));
    }

    QLineEdit* reference() const { return m_reference; }
    QLineEdit* title() const { return m_title; }
    QLineEdit* partner() const { return m_partner; }
    QPlainTextEdit* purpose() const { return m_purpose; }

private:
    Database& m_db;
    QLabel* m_intro;
    ErrorSummary* m_errors;
    QLineEdit* m_reference;
    QLineEdit* m_title;
    QLineEdit* m_partner;
    QLabel* m_roleQuestion;
    QRadioButton* m_controller;
    QRadioButton* m_joint;
    QRadioButton* m_processor;
    QButtonGroup* m_roles;
    QPlainTextEdit* m_purpose;
    QPlainTextEdit* m_benefits;
    QLabel* m_referenceLabel = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_partnerLabel = nullptr;
    QLabel* m_purposeLabel = nullptr;
    QLabel* m_benefitsLabel = nullptr;
};

// Steps 2 and 3: a list of plain questions (the legal ones, or the DPIA screening).
class HelperQuestionsPage : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(sharewise::ui::AgreementHelperWizard)
public:
    HelperQuestionsPage(bool dpia, QWidget* parent)
        : QWizardPage(parent)
        , m_dpia(dpia)
        , m_intro(new WrapLabel(this))
        , m_questions(new QuestionList(this))
        , m_outcome(new WrapLabel(this))
    {
        setObjectName(dpia ? QStringLiteral("helperDpiaPage") : QStringLiteral("helperLegalPage"));
        m_questions->setObjectName(dpia ? QStringLiteral("dpiaQuestions")
                                        : QStringLiteral("legalQuestions"));
        if (dpia)
            m_outcome->setObjectName(QStringLiteral("dpiaOutcome"));
        m_outcome->setVisible(dpia);
        m_outcome->setFrameShape(QFrame::StyledPanel);
        m_outcome->setMargin(6);
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_intro);
        layout->addWidget(scrolling(m_questions, this), 1);
        layout->addWidget(m_outcome);
        connect(m_questions, &QuestionList::answersChanged, this, [this] { showOutcome(); });
        retranslateUi();
    }

    QuestionList* questions() const { return m_questions; }

    void retranslateUi()
    {
        if (m_dpia) {
            setTitle(tr("Does the sharing need a DPIA?"));
            m_intro->setText(tr("A data protection impact assessment (DPIA) is needed before "
                                "sharing that is likely to put people at high risk. Answer each "
                                "question; \"Not sure\" is a fair answer and is recorded as one."));
            m_questions->setQuestions(dpiaQuestionTexts());
        } else {
            setTitle(tr("Questions about the sharing"));
            m_intro->setText(tr("Answer what you know; leave a question unanswered or choose "
                                "\"Not sure\" if you do not. Each answer suggests part of the "
                                "legal basis, which your information governance lead confirms."));
            m_questions->setQuestions(legalQuestionTexts());
        }
        showOutcome();
    }

private:
    void showOutcome()
    {
        if (!m_dpia)
            return;
        const agreements::DpiaScreening s = agreements::screenDpia(m_questions->answers());
        QString text = QStringLiteral("<b>%1</b>").arg(s.headline().toHtmlEscaped());
        for (const QString& reason : s.reasons)
            text += QStringLiteral("<br>") + reason.toHtmlEscaped();
        m_outcome->setText(text);
    }

    bool m_dpia;
    QLabel* m_intro;
    QuestionList* m_questions;
    QLabel* m_outcome;
};

// Step 4: what the answers suggest, each marked as a proposal with its reason.
class HelperProposalsPage : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(sharewise::ui::AgreementHelperWizard)
public:
    HelperProposalsPage(AgreementHelperWizard* wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_intro(new WrapLabel(this))
        , m_errors(new ErrorSummary(this))
        , m_view(new QTextBrowser(this))
    {
        setObjectName(QStringLiteral("helperProposalsPage"));
        m_view->setObjectName(QStringLiteral("proposals"));
        m_view->setOpenLinks(false);
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_intro);
        layout->addWidget(m_errors);
        layout->addWidget(m_view, 1);
        m_errors->hide();
        setFinalPage(true);
        retranslateUi();
    }

    void initializePage() override { showProposals(); }
    bool validatePage() override { return m_wizard->record(); }

    void retranslateUi()
    {
        setTitle(tr("What the answers suggest"));
        m_view->setAccessibleName(tr("Proposals"));
        m_view->setAccessibleDescription(
            tr("The lawful bases and conditions the answers suggest, each with its reason."));
        m_intro->setText(tr("These are proposals, not decisions. Finish records the agreement "
                            "as a draft with each of them marked \"Proposed\"; it cannot be made "
                            "active until your information governance lead has confirmed them."));
        if (m_wizard->currentId() == AgreementHelperWizard::ProposalsPageId)
            showProposals();
    }

    void showProposals()
    {
        const QList<agreements::LegalProposal> proposals =
            agreements::proposeLegalGrounds(m_wizard->legalQuestions()->answers());
        const auto& catalogue = agreements::LegalCatalogue::instance();
        QString html;
        if (proposals.isEmpty()) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Your answers do not suggest a legal basis yet. Go back and "
                                "answer more of the questions, or record the legal basis in "
                                "the agreement with your information governance lead.")
                                 .toHtmlEscaped());
        }
        QString lastField;
        for (const agreements::LegalProposal& p : proposals) {
            if (p.field != lastField) {
                if (!lastField.isEmpty())
                    html += QStringLiteral("</ul>");
                html += QStringLiteral("<h3>%1</h3><ul>").arg(fieldLabel(p.field).toHtmlEscaped());
                lastField = p.field;
            }
            QString ground = catalogue.describe(p.ground.code).toHtmlEscaped();
            if (!p.ground.schedule1.isEmpty())
                ground +=
                    QStringLiteral(" + ") + catalogue.describe(p.ground.schedule1).toHtmlEscaped();
            html +=
                QStringLiteral("<li><b>%1</b> %2<br>%3</li>")
                    .arg(tr("Proposed:").toHtmlEscaped(), ground, p.ground.reason.toHtmlEscaped());
        }
        if (!lastField.isEmpty())
            html += QStringLiteral("</ul>");
        const agreements::DpiaScreening s =
            agreements::screenDpia(m_wizard->dpiaQuestions()->answers());
        html += QStringLiteral("<h3>%1</h3><p><b>%2</b></p>")
                    .arg(tr("Data protection impact assessment").toHtmlEscaped(),
                         s.headline().toHtmlEscaped());
        if (!s.reasons.isEmpty()) {
            html += QStringLiteral("<ul>");
            for (const QString& reason : s.reasons)
                html += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
            html += QStringLiteral("</ul>");
        }
        m_view->setHtml(html);
    }

    static QString fieldLabel(const QString& field)
    {
        if (field == QLatin1String(agreements::Field::LawfulBasis))
            return tr("Lawful basis (UK GDPR Article 6)");
        if (field == QLatin1String(agreements::Field::SpecialCategory))
            return tr("Conditions for special category data (Article 9)");
        if (field == QLatin1String(agreements::Field::CriminalOffence))
            return tr("Conditions for criminal offence data (Article 10)");
        if (field == QLatin1String(agreements::Field::StatutoryPowers))
            return tr("Statutory powers relied on");
        return field;
    }

    void showError(const QString& message)
    {
        m_errors->clear();
        m_errors->addProblem(message, m_view);
        m_errors->setVisible(true);
    }

    QTextBrowser* view() const { return m_view; }
    ErrorSummary* errors() const { return m_errors; }

private:
    AgreementHelperWizard* m_wizard;
    QLabel* m_intro;
    ErrorSummary* m_errors;
    QTextBrowser* m_view;
};

AgreementHelperWizard::AgreementHelperWizard(Database& db, QWidget* parent)
    : QWizard(parent)
    , m_db(db)
    , m_about(new HelperAboutPage(db, this))
    , m_legal(new HelperQuestionsPage(false, this))
    , m_dpia(new HelperQuestionsPage(true, this))
    , m_proposals(new HelperProposalsPage(this))
{
    setObjectName(QStringLiteral("agreementHelperWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);
    setPage(AboutPageId, m_about);
    setPage(LegalPageId, m_legal);
    setPage(DpiaPageId, m_dpia);
    setPage(ProposalsPageId, m_proposals);
    retranslateUi();
    resize(820, 680);
}

AgreementHelperWizard::~AgreementHelperWizard() = default;

QLineEdit* AgreementHelperWizard::referenceEdit() const
{
    return m_about->reference();
}
QLineEdit* AgreementHelperWizard::titleEdit() const
{
    return m_about->title();
}
QLineEdit* AgreementHelperWizard::partnerEdit() const
{
    return m_about->partner();
}
QPlainTextEdit* AgreementHelperWizard::purposeEdit() const
{
    return m_about->purpose();
}
QuestionList* AgreementHelperWizard::legalQuestions() const
{
    return m_legal->questions();
}
QuestionList* AgreementHelperWizard::dpiaQuestions() const
{
    return m_dpia->questions();
}
QTextBrowser* AgreementHelperWizard::proposalsView() const
{
    return m_proposals->view();
}
ErrorSummary* AgreementHelperWizard::finishErrors() const
{
    return m_proposals->errors();
}

bool AgreementHelperWizard::record()
{
    Agreement a;
    m_about->fill(a);
    agreements::applyProposals(a, agreements::proposeLegalGrounds(m_legal->questions()->answers()));
    a.dpia =
        agreements::recordScreening(a.dpia, agreements::screenDpia(m_dpia->questions()->answers()));
    Result<Agreement> created = agreements::AgreementRegister(m_db).create(
        a, tr("Made with the Agreement helper; the legal fields are proposals to confirm."));
    if (!created) {
        m_proposals->showError(created.error().message);
        return false;
    }
    m_created = created->reference;
    return true;
}

void AgreementHelperWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void AgreementHelperWizard::retranslateUi()
{
    setWindowTitle(tr("Agreement helper"));
    // Qt ships no Welsh for its own buttons: every one is set here.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    m_about->retranslateUi();
    m_legal->retranslateUi();
    m_dpia->retranslateUi();
    m_proposals->retranslateUi();
}

} // namespace sharewise::ui
