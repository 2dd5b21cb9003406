#include "agreements/NewAgreementDialog.h"

#include "widgets/WrapLabel.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace sharewise::ui {
namespace {

// A choice's hint, indented under its radio button.
QLabel* hintLabel(QWidget* parent, QVBoxLayout* layout)
{
    auto* hint = new WrapLabel(parent);
    hint->setIndent(parent->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                    parent->style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing));
    layout->addWidget(hint);
    return hint;
}

} // namespace

NewAgreementDialog::NewAgreementDialog(bool helperAvailable, QWidget* parent)
    : QDialog(parent)
    , m_templates(agreements::agreementTemplates())
    , m_group(new QButtonGroup(this))
    , m_intro(new WrapLabel(this))
{
    setObjectName(QStringLiteral("newAgreementDialog"));
    auto* inner = new QWidget;
    auto* choices = new QVBoxLayout(inner);
    m_blank = new QRadioButton(inner);
    m_blank->setObjectName(QStringLiteral("newBlankAgreement"));
    choices->addWidget(m_blank);
    m_blankHint = hintLabel(inner, choices);
    choices->addSpacing(choices->spacing());
    m_templatesHeading = new QLabel(inner);
    {
        QFont f = m_templatesHeading->font();
        f.setBold(true);
        m_templatesHeading->setFont(f);
    }
    choices->addWidget(m_templatesHeading);
    for (const agreements::AgreementTemplate& t : std::as_const(m_templates)) {
        auto* button = new QRadioButton(inner);
        button->setObjectName(QStringLiteral("template_%1").arg(t.id));
        choices->addWidget(button);
        m_templateButtons.append(button);
        m_templateHints.append(hintLabel(inner, choices));
        m_group->addButton(button);
    }
    choices->addSpacing(choices->spacing());
    m_helper = new QRadioButton(inner);
    m_helper->setObjectName(QStringLiteral("newWithHelper"));
    m_helper->setEnabled(helperAvailable);
    choices->addWidget(m_helper);
    m_helperHint = hintLabel(inner, choices);
    choices->addStretch();
    m_group->addButton(m_blank);
    m_group->addButton(m_helper);
    m_blank->setChecked(true);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* buttons = new QDialogButtonBox(this);
    m_continue = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_continue->setObjectName(QStringLiteral("newAgreementContinue"));
    m_continue->setDefault(true);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    retranslateUi();
    resize(680, 620);
}

NewAgreementDialog::Start NewAgreementDialog::start() const
{
    if (m_helper->isChecked())
        return Start::Helper;
    return templateId().isEmpty() ? Start::Blank : Start::Template;
}

QString NewAgreementDialog::templateId() const
{
    for (qsizetype i = 0; i < m_templateButtons.size(); ++i) {
        if (m_templateButtons.at(i)->isChecked())
            return m_templates.at(i).id;
    }
    return {};
}

QRadioButton* NewAgreementDialog::templateButton(const QString& id) const
{
    for (qsizetype i = 0; i < m_templates.size(); ++i) {
        if (m_templates.at(i).id == id)
            return m_templateButtons.at(i);
    }
    return nullptr;
}

void NewAgreementDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NewAgreementDialog::retranslateUi()
{
    setWindowTitle(tr("New agreement"));
    m_intro->setText(tr("How do you want to start? Whichever you choose, the agreement is a "
                        "draft until you make it active, and you can change everything in it."));
    m_blank->setText(tr("A &blank agreement"));
    m_blankHint->setText(tr("You fill in every part yourself."));
    m_templatesHeading->setText(tr("From a template for a national collection"));
    // The templates' own titles and descriptions come translated from core; re-read them.
    const QList<agreements::AgreementTemplate> fresh = agreements::agreementTemplates();
    for (qsizetype i = 0; i < m_templates.size(); ++i) {
        for (const agreements::AgreementTemplate& t : fresh) {
            if (t.id == m_templates.at(i).id)
                m_templates[i] = t;
        }
        m_templateButtons.at(i)->setText(m_templates.at(i).title);
        m_templateHints.at(i)->setText(
            //: %1 is the template's one-sentence description.
            tr("%1 Its purpose, legal basis and data items are filled in as proposals for you "
               "to check and confirm.")
                .arg(m_templates.at(i).description));
    }
    m_helper->setText(tr("With the &helper"));
    m_helperHint->setText(
        m_helper->isEnabled()
            ? tr("Answer a few plain questions (for example, does the data include health "
                 "information?) and Sharewise proposes the legal basis, with the reasons, for "
                 "you to confirm.")
            : tr("The Agreement helper is not available in this version of Sharewise yet."));
    m_continue->setText(tr("Continue"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace sharewise::ui
