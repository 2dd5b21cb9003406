#include "keys/CreateKeyDialog.h"

#include "common/Logging.h"
#include "keys/KeyTasks.h"
#include "store/Database.h"
#include "widgets/ErrorSummary.h"
#include "widgets/PassphraseStrength.h"
#include "widgets/WrapLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace sharewise::ui {

CreateKeyDialog::CreateKeyDialog(Database& db, const crypto::KeyCard& holder,
                                 std::shared_ptr<const crypto::Identity> signer, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_holder(holder)
    , m_signer(std::move(signer))
    , m_errors(new ErrorSummary(this))
    , m_pages(new QStackedWidget(this))
    , m_status(new WrapLabel(this))
{
    setObjectName(QStringLiteral("createAgreementKeyDialog"));

    // Explain: what the key is, and what losing it means, before anything is asked.
    auto* explain = new QWidget(m_pages);
    m_explainHeading = keyHeading(explain);
    m_whatItDoes = new WrapLabel(explain);
    m_personalData = new WrapLabel(explain);
    m_losing = new WrapLabel(explain);
    m_recoveryNote = new WrapLabel(explain);
    m_referenceLabel = new QLabel(explain);
    m_referenceHint = new WrapLabel(explain);
    m_reference = new QLineEdit(explain);
    m_reference->setObjectName(QStringLiteral("agreementReference"));
    m_reference->setMaxLength(200);
    m_referenceLabel->setBuddy(m_reference);
    m_understoodText = new WrapLabel(explain);
    m_understoodText->setObjectName(QStringLiteral("keyUnderstoodText"));
    {
        QFont f = m_understoodText->font();
        f.setBold(true);
        m_understoodText->setFont(f);
    }
    m_understood = new QCheckBox(explain);
    m_understood->setObjectName(QStringLiteral("keyUnderstood"));
    m_next = new QPushButton(explain);
    m_next->setObjectName(QStringLiteral("keyNext"));
    m_next->setDefault(true);
    auto* explainButtons = new QHBoxLayout;
    explainButtons->addWidget(m_next);
    explainButtons->addStretch();
    auto* explainLayout = new QVBoxLayout(explain);
    explainLayout->addWidget(m_explainHeading);
    explainLayout->addWidget(m_whatItDoes);
    explainLayout->addWidget(m_personalData);
    explainLayout->addWidget(m_losing);
    explainLayout->addWidget(m_recoveryNote);
    explainLayout->addSpacing(explainLayout->spacing());
    explainLayout->addWidget(m_referenceLabel);
    explainLayout->addWidget(m_referenceHint);
    explainLayout->addWidget(m_reference);
    explainLayout->addSpacing(explainLayout->spacing());
    explainLayout->addWidget(m_understoodText);
    explainLayout->addWidget(m_understood);
    explainLayout->addLayout(explainButtons);
    explainLayout->addStretch();

    // Passphrase: the IG lead's recovery passphrase, typed twice.
    auto* pass = new QWidget(m_pages);
    m_passHeading = keyHeading(pass);
    m_passIntro = new WrapLabel(pass);
    m_passphraseLabel = new QLabel(pass);
    m_passphrase = new QLineEdit(pass);
    m_passphrase->setObjectName(QStringLiteral("recoveryPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_strength = new WrapLabel(pass);
    m_strength->setObjectName(QStringLiteral("recoveryStrength"));
    m_repeatLabel = new QLabel(pass);
    m_repeat = new QLineEdit(pass);
    m_repeat->setObjectName(QStringLiteral("recoveryPassphraseAgain"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeatLabel->setBuddy(m_repeat);
    m_holderNote = new WrapLabel(pass);
    m_back = new QPushButton(pass);
    m_create = new QPushButton(pass);
    m_create->setObjectName(QStringLiteral("makeAgreementKey"));
    auto* passButtons = new QHBoxLayout;
    passButtons->addWidget(m_create);
    passButtons->addWidget(m_back);
    passButtons->addStretch();
    auto* passLayout = new QVBoxLayout(pass);
    passLayout->addWidget(m_passHeading);
    passLayout->addWidget(m_passIntro);
    passLayout->addSpacing(passLayout->spacing());
    passLayout->addWidget(m_passphraseLabel);
    passLayout->addWidget(m_passphrase);
    passLayout->addWidget(m_strength);
    passLayout->addWidget(m_repeatLabel);
    passLayout->addWidget(m_repeat);
    passLayout->addSpacing(passLayout->spacing());
    passLayout->addWidget(m_holderNote);
    passLayout->addLayout(passButtons);
    passLayout->addStretch();

    // Done: the key, and its recovery copy to save.
    auto* done = new QWidget(m_pages);
    m_doneHeading = keyHeading(done);
    m_doneText = new WrapLabel(done);
    m_doneText->setObjectName(QStringLiteral("keyMade"));
    m_doneText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recoveryText = new WrapLabel(done);
    m_saveRecovery = new QPushButton(done);
    m_saveRecovery->setObjectName(QStringLiteral("saveRecoveryCopy"));
    auto* doneButtons = new QHBoxLayout;
    doneButtons->addWidget(m_saveRecovery);
    doneButtons->addStretch();
    auto* doneLayout = new QVBoxLayout(done);
    doneLayout->addWidget(m_doneHeading);
    doneLayout->addWidget(m_doneText);
    doneLayout->addSpacing(doneLayout->spacing());
    doneLayout->addWidget(m_recoveryText);
    doneLayout->addLayout(doneButtons);
    doneLayout->addStretch();

    m_pages->addWidget(explain);
    m_pages->addWidget(pass);
    m_pages->addWidget(done);

    m_status->setObjectName(QStringLiteral("createKeyStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    auto* buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &CreateKeyDialog::reject);
    connect(m_next, &QPushButton::clicked, this, &CreateKeyDialog::next);
    connect(m_back, &QPushButton::clicked, this, &CreateKeyDialog::back);
    connect(m_create, &QPushButton::clicked, this, &CreateKeyDialog::createKey);
    connect(m_saveRecovery, &QPushButton::clicked, this, &CreateKeyDialog::saveRecoveryCopy);
    connect(m_passphrase, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_strength->setText(passphraseStrengthHint(text, kMinRecoveryPassphrase));
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    retranslateUi();
    showPage(Page::Explain);
    setMinimumWidth(560);
}

CreateKeyDialog::~CreateKeyDialog()
{
    m_passphrase->clear();
    m_repeat->clear();
}

void CreateKeyDialog::setReference(const QString& reference)
{
    m_reference->setText(reference);
}

void CreateKeyDialog::showPage(Page page)
{
    m_page = page;
    m_pages->setCurrentIndex(static_cast<int>(page));
    // The window is sized for the page shown, not for the largest page.
    for (int i = 0; i < m_pages->count(); ++i) {
        const QSizePolicy::Policy policy =
            i == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_pages->widget(i)->setSizePolicy(policy, policy);
    }
    retranslateUi();
    switch (page) {
    case Page::Explain:
        m_reference->setFocus();
        break;
    case Page::Passphrase:
        m_passphrase->setFocus();
        break;
    case Page::Done:
        m_saveRecovery->setFocus();
        break;
    }
    fitLater();
}

void CreateKeyDialog::showProblem(const QString& message, QWidget* field)
{
    m_errors->clear();
    m_errors->addProblem(message, field);
    m_errors->setFocus();
}

void CreateKeyDialog::setBusy(bool busy, const QString& status)
{
    m_busy = busy;
    m_pages->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void CreateKeyDialog::next()
{
    if (m_busy)
        return;
    m_errors->clear();
    const QString reference = m_reference->text().trimmed();
    if (reference.isEmpty()) {
        showProblem(tr("Enter the agreement's reference, as written on the agreement"),
                    m_reference);
        return;
    }
    if (Status s = keys::AgreementKeys(m_db).canCreate(reference); !s) {
        showProblem(s.error().message, m_reference);
        return;
    }
    if (!m_understood->isChecked()) {
        showProblem(tr("Confirm that you have read what the key means and what losing it "
                       "means"),
                    m_understood);
        return;
    }
    m_passphrase->clear();
    m_repeat->clear();
    showPage(Page::Passphrase);
}

void CreateKeyDialog::back()
{
    if (m_busy)
        return;
    m_errors->clear();
    m_passphrase->clear();
    m_repeat->clear();
    showPage(Page::Explain);
}

void CreateKeyDialog::createKey()
{
    if (m_busy || m_page != Page::Passphrase)
        return;
    m_errors->clear();
    // Checked again: the explanation must have been acknowledged on this run.
    if (!m_understood->isChecked()) {
        showPage(Page::Explain);
        return;
    }
    if (m_passphrase->text().size() < kMinRecoveryPassphrase) {
        showProblem(tr("Enter a recovery passphrase of at least %n characters", nullptr,
                       kMinRecoveryPassphrase),
                    m_passphrase);
        return;
    }
    if (m_repeat->text() != m_passphrase->text()) {
        m_repeat->clear();
        showProblem(tr("Enter the same passphrase again in the second box"), m_repeat);
        return;
    }
    // Guarded memory from here on; the fields are cleared at once.
    auto passphrase = std::make_shared<const crypto::SecureBytes>(
        secrets::IdentityFile::passphrase(m_passphrase->text()));
    m_passphrase->clear();
    m_repeat->clear();
    const QString reference = m_reference->text().trimmed();
    const crypto::KeyCard holder = m_holder;
    const secrets::PassphraseLimits limits = m_limits;
    setBusy(true, tr("Making the key and locking its recovery copy with the passphrase…"));
    runOnHistory<keys::AgreementKeyRecord>(
        this, m_db, m_signer,
        [reference, holder, passphrase, limits](Database& db) {
            return keys::AgreementKeys(db).create(reference, holder, holder.name, *passphrase,
                                                  limits);
        },
        [this](Result<keys::AgreementKeyRecord> record) {
            setBusy(false);
            if (!record) {
                showProblem(record.error().message, m_create);
                return;
            }
            qCInfo(lcUi) << "agreement key made";
            m_created = record.value();
            showPage(Page::Done);
        });
}

void CreateKeyDialog::saveRecoveryCopy()
{
    if (m_busy || !m_created)
        return;
    m_errors->clear();
    Result<QString> file = ui::saveRecoveryCopy(this, m_db, m_created->agreement);
    if (!file) {
        showProblem(file.error().fullMessage(), m_saveRecovery);
        return;
    }
    if (file->isEmpty())
        return;
    m_savedTo = file.value();
    retranslateUi();
    fitLater();
}

void CreateKeyDialog::reject()
{
    if (m_busy)
        return; // the key is being made: closing now would hide whether it was
    QDialog::reject();
}

void CreateKeyDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitLater();
}

void CreateKeyDialog::fitLater()
{
    QTimer::singleShot(0, this, [this] {
        if (!isVisible())
            return;
        layout()->activate();
        adjustSize();
    });
}

void CreateKeyDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CreateKeyDialog::retranslateUi()
{
    setWindowTitle(tr("Make an agreement key"));
    m_explainHeading->setText(tr("Before you make an agreement key"));
    m_whatItDoes->setText(
        tr("The key turns identifiers such as NHS numbers into pseudonyms for one agreement. "
           "The same person gets the same pseudonym in every share under it, so the people "
           "who receive the shares can link them without seeing who anyone is."));
    m_personalData->setText(
        tr("Pseudonymised data is still personal data. Whoever holds the key can reverse the "
           "pseudonyms, for example by trying every possible NHS number, so give the key only "
           "to the people who need it and protect every share as personal data."));
    m_losing->setText(tr("If every copy of the key is lost, new shares can never be linked to "
                         "earlier ones again. Nothing can bring it back."));
    m_recoveryNote->setText(
        tr("So the key also has a recovery copy, locked with a passphrase that your information "
           "governance lead chooses and keeps apart from this computer."));
    m_referenceLabel->setText(tr("&Agreement reference"));
    m_referenceHint->setText(
        tr("As written on the data sharing agreement, for example DSA-2026-014."));
    m_reference->setAccessibleName(tr("Agreement reference"));
    m_understoodText->setText(
        tr("Pseudonymised data is still personal data, and losing every copy of the key breaks "
           "the link with earlier shares for good."));
    m_understood->setText(tr("I &understand this"));
    m_understood->setAccessibleName(
        tr("I understand that pseudonymised data is still personal data, and that losing "
           "every copy of the key breaks the link with earlier shares for good"));
    m_next->setText(tr("&Next"));
    m_next->setAccessibleName(tr("Next"));

    m_passHeading->setText(tr("Choose the recovery passphrase"));
    m_passIntro->setText(
        tr("Your information governance lead should type this passphrase and keep it apart "
           "from this computer, for example sealed in an envelope in a safe. With it, the key "
           "can be recovered if every holder loses theirs; without it, the recovery copy cannot "
           "be opened. Use at least %n characters: several words are easier to remember than a "
           "jumble.",
           nullptr, kMinRecoveryPassphrase));
    m_passphraseLabel->setText(tr("&Recovery passphrase"));
    m_passphrase->setAccessibleName(tr("Recovery passphrase"));
    m_strength->setText(passphraseStrengthHint(m_passphrase->text(), kMinRecoveryPassphrase));
    m_repeatLabel->setText(tr("&Enter the passphrase again"));
    m_repeat->setAccessibleName(tr("Recovery passphrase again"));
    m_holderNote->setText(tr("The key will be given to you first: %1 (fingerprint %2). You can "
                             "give it to others afterwards.")
                              .arg(m_holder.name, m_holder.fingerprint()));
    m_create->setText(tr("&Make the key"));
    m_create->setAccessibleName(tr("Make the key"));
    m_back->setText(tr("Bac&k"));
    m_back->setAccessibleName(tr("Back"));

    m_doneHeading->setText(tr("The key is made"));
    if (m_created) {
        m_doneText->setText(tr("Agreement %1 has its pseudonymisation key (key %2). You hold it. "
                               "This is recorded in the history.")
                                .arg(m_created->agreement, m_created->keyId()));
    }
    m_recoveryText->setText(
        m_savedTo.isEmpty()
            ? tr("Save the recovery copy to a file now and give it to your information "
                 "governance lead, to keep away from this computer and apart from the "
                 "passphrase: together they open the key.")
            : tr("The recovery copy was saved as %1. Keep it away from this computer, and its "
                 "passphrase apart from it: together they open the key.")
                  .arg(QDir::toNativeSeparators(m_savedTo)));
    m_saveRecovery->setText(m_savedTo.isEmpty() ? tr("&Save the recovery copy…")
                                                : tr("&Save another copy…"));
    m_saveRecovery->setAccessibleName(tr("Save the recovery copy"));
    m_cancel->setText(m_page == Page::Done ? tr("Close") : tr("Cancel"));
}

} // namespace sharewise::ui
