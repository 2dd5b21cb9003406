#include "review/ShareTextDialog.h"

#include "widgets/ErrorSummary.h"
#include "widgets/WrapLabel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sharewise::ui {

ShareTextDialog::ShareTextDialog(Kind kind, const QString& shareName, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_shareName(shareName)
    , m_errors(new ErrorSummary(this))
    , m_intro(new WrapLabel(this))
    , m_label(new QLabel(this))
    , m_text(new QLineEdit(this))
{
    setObjectName(QStringLiteral("shareTextDialog"));
    m_text->setObjectName(QStringLiteral("shareText"));
    m_text->setMaxLength(500);
    m_label->setBuddy(m_text);
    m_label->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("shareTextOk"));
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    // Cancelling a share is final: Enter alone must not do it.
    (kind == Kind::Cancel ? m_cancel : m_ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ShareTextDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addWidget(m_intro);
    layout->addWidget(m_label);
    layout->addWidget(m_text);
    layout->addStretch();
    layout->addWidget(buttons);
    retranslateUi();
    setMinimumWidth(520);
}

QString ShareTextDialog::text() const
{
    return m_text->text().trimmed();
}

void ShareTextDialog::accept()
{
    m_errors->clear();
    if (text().isEmpty()) {
        switch (m_kind) {
        case Kind::SendBack:
            m_errors->addProblem(tr("Enter the reason for sending the share back, so the "
                                    "preparer knows what to change"),
                                 m_text);
            break;
        case Kind::Cancel:
            m_errors->addProblem(tr("Enter the reason for cancelling the share"), m_text);
            break;
        case Kind::Route:
            m_errors->addProblem(tr("Enter how the bundle was sent, such as the portal's name"),
                                 m_text);
            break;
        }
        m_errors->setFocus();
        return;
    }
    QDialog::accept();
}

void ShareTextDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ShareTextDialog::retranslateUi()
{
    switch (m_kind) {
    case Kind::SendBack:
        setWindowTitle(tr("Send the share back"));
        m_intro->setText(tr("The share %1 goes back to the person who prepared it, with your "
                            "reason. They can change it and submit it again. Nothing is sent "
                            "to anyone outside the council.")
                             .arg(m_shareName));
        m_label->setText(tr("&What needs to change?"));
        m_text->setAccessibleName(tr("What needs to change"));
        m_text->setPlaceholderText(tr("For example, leave out the date of birth column"));
        m_ok->setText(tr("Send back"));
        break;
    case Kind::Cancel:
        setWindowTitle(tr("Cancel the share"));
        m_intro->setText(tr("Cancelling the share %1 is final: it cannot be submitted or "
                            "sealed again. Its record stays in the history.")
                             .arg(m_shareName));
        m_label->setText(tr("&Why is it being cancelled?"));
        m_text->setAccessibleName(tr("Why the share is being cancelled"));
        m_text->setPlaceholderText(tr("For example, the partner no longer needs it"));
        m_ok->setText(tr("Cancel the share"));
        break;
    case Kind::Route:
        setWindowTitle(tr("Mark the share as sent"));
        m_intro->setText(tr("Sharewise does not upload bundles itself. Say how the bundle of "
                            "%1 was sent, so the history shows where it went.")
                             .arg(m_shareName));
        m_label->setText(tr("&How was it sent?"));
        m_text->setAccessibleName(tr("How the bundle was sent"));
        m_text->setPlaceholderText(tr("For example, the DLUHC data portal"));
        m_ok->setText(tr("Mark as sent"));
        break;
    }
    m_cancel->setText(m_kind == Kind::Cancel ? tr("Keep the share") : tr("Cancel"));
}

} // namespace sharewise::ui
