#include "agreements/ReasonDialog.h"

#include "widgets/ErrorSummary.h"
#include "widgets/WrapLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sharewise::ui {

ReasonDialog::ReasonDialog(Kind kind, const QString& reference, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_reference(reference)
    , m_errors(new ErrorSummary(this))
    , m_intro(new WrapLabel(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_final(new QCheckBox(this))
{
    setObjectName(QStringLiteral("agreementReasonDialog"));
    m_reason->setObjectName(QStringLiteral("agreementReason"));
    m_reason->setMaxLength(500);
    m_reasonLabel->setBuddy(m_reason);
    m_reasonLabel->setWordWrap(true);
    m_final->setObjectName(QStringLiteral("agreementEndIsFinal"));
    m_final->setVisible(kind == Kind::End);
    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("agreementReasonOk"));
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    // Ending cannot be undone: Enter alone must not do it.
    (kind == Kind::End ? m_cancel : m_ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addWidget(m_intro);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_final);
    layout->addStretch();
    layout->addWidget(buttons);
    retranslateUi();
    setMinimumWidth(520);
}

QString ReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ReasonDialog::accept()
{
    m_errors->clear();
    if (reason().isEmpty()) {
        m_errors->addProblem(m_kind == Kind::ChangeNote
                                 ? tr("Enter a few words on what changed in this version")
                                 : tr("Enter the reason for this change of status"),
                             m_reason);
    }
    if (m_kind == Kind::End && !m_final->isChecked()) {
        m_errors->addProblem(tr("Tick the box to confirm that ending the agreement is final"),
                             m_final);
    }
    if (m_errors->hasProblems()) {
        m_errors->setFocus();
        return;
    }
    QDialog::accept();
}

void ReasonDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ReasonDialog::retranslateUi()
{
    switch (m_kind) {
    case Kind::ChangeNote:
        setWindowTitle(tr("Save a new version"));
        m_intro->setText(tr("Your changes to agreement %1 are saved as a new version. The "
                            "earlier versions are kept, and the history records who changed "
                            "it.")
                             .arg(m_reference));
        m_reasonLabel->setText(tr("&What changed?"));
        m_reason->setAccessibleName(tr("What changed"));
        m_reason->setPlaceholderText(tr("For example, extended to March 2027"));
        m_ok->setText(tr("Save the new version"));
        break;
    case Kind::Activate:
        setWindowTitle(tr("Make the agreement active"));
        m_intro->setText(tr("Once agreement %1 is active, officers can share data under it. "
                            "Make it active only when every party has signed it.")
                             .arg(m_reference));
        m_reasonLabel->setText(tr("&Why is it being made active?"));
        m_reason->setAccessibleName(tr("Why the agreement is being made active"));
        m_reason->setPlaceholderText(tr("For example, signed by all parties on 3 March"));
        m_ok->setText(tr("Make active"));
        break;
    case Kind::Suspend:
        setWindowTitle(tr("Suspend the agreement"));
        m_intro->setText(tr("While agreement %1 is suspended, nothing can be shared under it. "
                            "You can make it active again later.")
                             .arg(m_reference));
        m_reasonLabel->setText(tr("&Why is it being suspended?"));
        m_reason->setAccessibleName(tr("Why the agreement is being suspended"));
        m_reason->setPlaceholderText(tr("For example, waiting for the new DPIA"));
        m_ok->setText(tr("Suspend"));
        break;
    case Kind::End:
        setWindowTitle(tr("End the agreement"));
        m_intro->setText(tr("Ending agreement %1 is final: nothing can be shared under it "
                            "again, and it cannot be made active again. Its versions stay in "
                            "the register.")
                             .arg(m_reference));
        m_reasonLabel->setText(tr("&Why is it ending?"));
        m_reason->setAccessibleName(tr("Why the agreement is ending"));
        m_reason->setPlaceholderText(tr("For example, the collection stopped"));
        m_final->setText(tr("I understand that this cannot be undone"));
        m_ok->setText(tr("End the agreement"));
        break;
    }
    m_cancel->setText(tr("Cancel"));
}

} // namespace sharewise::ui
