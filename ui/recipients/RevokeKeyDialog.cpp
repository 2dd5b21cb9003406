#include "recipients/RevokeKeyDialog.h"

#include "widgets/ErrorSummary.h"
#include "widgets/WrapLabel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sharewise::ui {

RevokeKeyDialog::RevokeKeyDialog(const QString& label, const QString& fingerprint, QWidget* parent)
    : QDialog(parent)
    , m_label(label)
    , m_fingerprintText(fingerprint)
    , m_errors(new ErrorSummary(this))
    , m_intro(new WrapLabel(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("revokeKeyDialog"));
    m_reason->setObjectName(QStringLiteral("revokeReason"));
    m_reason->setMaxLength(500);
    m_reasonLabel->setBuddy(m_reason);
    auto* buttons = new QDialogButtonBox(this);
    m_revoke = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RevokeKeyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addWidget(m_intro);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);
    layout->addStretch();
    layout->addWidget(buttons);
    retranslateUi();
    setMinimumWidth(480);
}

QString RevokeKeyDialog::reason() const
{
    return m_reason->text().trimmed();
}

void RevokeKeyDialog::accept()
{
    m_errors->clear();
    if (reason().isEmpty()) {
        m_errors->addProblem(tr("Enter why this key is being revoked"), m_reason);
        m_errors->setFocus();
        return;
    }
    QDialog::accept();
}

void RevokeKeyDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RevokeKeyDialog::retranslateUi()
{
    setWindowTitle(tr("Revoke a key"));
    m_intro->setText(tr("After you revoke the key of %1 (fingerprint %2), bundles signed with it "
                        "are no longer trusted. This cannot be undone: to work with them again, "
                        "add their new key card.")
                         .arg(m_label, m_fingerprintText));
    m_reasonLabel->setText(tr("&Why is it being revoked?"));
    m_reason->setAccessibleName(tr("Why the key is being revoked"));
    m_reason->setPlaceholderText(tr("For example, they left the organisation"));
    m_revoke->setText(tr("Revoke the key"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace sharewise::ui
