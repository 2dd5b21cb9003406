#include "keys/KeyActionDialogs.h"

#include "common/Logging.h"
#include "secrets/IdentityFile.h"
#include "store/Database.h"
#include "widgets/Dialogs.h"
#include "widgets/ErrorSummary.h"
#include "widgets/WrapLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sharewise::ui {
namespace {

QLineEdit* passphraseField(QWidget* parent, const char* name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

// A person as a list shows them (their fingerprint is shown under the list).
QString personText(const KeyPerson& p)
{
    if (p.ownCurrent)
        //: A person to give a key to: the user's own current identity. %1 is its name.
        return GrantKeyDialog::tr("You: %1").arg(p.name);
    if (p.own)
        //: The user's own earlier (replaced) identity. %1 is its name.
        return GrantKeyDialog::tr("You, an earlier identity: %1").arg(p.name);
    if (!p.checked)
        //: A partner whose fingerprint was not checked by phone. %1 is their name.
        return GrantKeyDialog::tr("%1, not checked by phone").arg(p.name);
    return p.name;
}

} // namespace

// --- Grant -------------------------------------------------------------------------

GrantKeyDialog::GrantKeyDialog(Database& db, const QString& agreement,
                               const QList<KeyPerson>& people, KeyAccessNeed access,
                               QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_agreement(agreement)
    , m_people(people)
    , m_access(std::move(access))
    , m_errors(new ErrorSummary(this))
    , m_heading(keyHeading(this))
    , m_intro(new WrapLabel(this))
    , m_personLabel(new QLabel(this))
    , m_person(new QComboBox(this))
    , m_checkNote(new WrapLabel(this))
    , m_recoveryIntro(new WrapLabel(this))
    , m_passphraseLabel(new QLabel(this))
    , m_passphrase(passphraseField(this, "grantRecoveryPassphrase"))
    , m_status(new WrapLabel(this))
{
    setObjectName(QStringLiteral("grantAgreementKeyDialog"));
    m_person->setObjectName(QStringLiteral("grantPerson"));
    m_person->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_person->setMinimumContentsLength(30);
    m_personLabel->setBuddy(m_person);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_status->hide();
    auto* buttons = new QDialogButtonBox(this);
    m_grant = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_grant->setObjectName(QStringLiteral("grantKey"));
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &GrantKeyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GrantKeyDialog::reject);
    connect(m_person, &QComboBox::currentIndexChanged, this, [this] { retranslateUi(); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addSpacing(layout->spacing());
    layout->addWidget(m_personLabel);
    layout->addWidget(m_person);
    layout->addWidget(m_checkNote);
    layout->addSpacing(layout->spacing());
    layout->addWidget(m_recoveryIntro);
    layout->addWidget(m_passphraseLabel);
    layout->addWidget(m_passphrase);
    layout->addStretch();
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    for (QWidget* w :
         {static_cast<QWidget*>(m_recoveryIntro), static_cast<QWidget*>(m_passphraseLabel),
          static_cast<QWidget*>(m_passphrase)})
        w->setVisible(m_access.needsRecovery);
    for (const KeyPerson& p : std::as_const(m_people))
        m_person->addItem(QString(), p.fingerprint);
    m_person->setCurrentIndex(m_people.isEmpty() ? -1 : 0);
    retranslateUi();
    setMinimumWidth(600);
}

GrantKeyDialog::~GrantKeyDialog()
{
    m_passphrase->clear();
}

bool GrantKeyDialog::selectFingerprint(const QString& fingerprint)
{
    const int i = m_person->findData(fingerprint);
    if (i >= 0)
        m_person->setCurrentIndex(i);
    return i >= 0;
}

void GrantKeyDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* w : {static_cast<QWidget*>(m_person), static_cast<QWidget*>(m_passphrase),
                       static_cast<QWidget*>(m_grant), static_cast<QWidget*>(m_cancel)})
        w->setEnabled(!busy);
    m_status->setText(busy ? tr("Giving the key…") : QString());
    m_status->setVisible(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void GrantKeyDialog::showProblem(const QString& message, QWidget* field)
{
    m_errors->clear();
    m_errors->addProblem(message, field);
    m_errors->setFocus();
}

void GrantKeyDialog::accept()
{
    if (m_busy)
        return;
    m_errors->clear();
    const int index = m_person->currentIndex();
    if (index < 0 || index >= m_people.size()) {
        showProblem(tr("Choose who is to hold the key"), m_person);
        return;
    }
    const KeyPerson person = m_people.at(index);
    if (m_access.needsRecovery && m_passphrase->text().isEmpty()) {
        showProblem(tr("Enter the recovery passphrase of the key"), m_passphrase);
        return;
    }
    if (!person.checked &&
        !Dialogs::confirm(this, tr("Give the key to an unchecked key?"),
                          tr("You have not checked the fingerprint of %1 with them by phone. "
                             "If the key card is not really theirs, whoever made it could "
                             "reverse the pseudonyms of this agreement. Check it first in "
                             "Recipients unless you are sure.")
                              .arg(person.name),
                          tr("Give it anyway"), tr("Cancel"))) {
        return;
    }
    std::shared_ptr<const crypto::SecureBytes> passphrase;
    if (m_access.needsRecovery) {
        passphrase = std::make_shared<const crypto::SecureBytes>(
            secrets::IdentityFile::passphrase(m_passphrase->text()));
        m_passphrase->clear();
    }
    setBusy(true);
    const QString agreement = m_agreement;
    std::shared_ptr<const crypto::Identity> identity = m_access.identity;
    runOnHistory<keys::AgreementKeyGrant>(
        this, m_db, m_access.signer,
        [agreement, person, identity, passphrase](Database& db) {
            const keys::KeyAccess access{identity.get(), passphrase.get()};
            return keys::AgreementKeys(db).grant(agreement, person.card, person.name, access);
        },
        [this](Result<keys::AgreementKeyGrant> grant) {
            setBusy(false);
            if (!grant) {
                const bool passphraseWrong =
                    grant.error().code == QLatin1String(keys::KeyError::WrongPassphrase);
                showProblem(grant.error().message,
                            passphraseWrong ? static_cast<QWidget*>(m_passphrase) : m_person);
                return;
            }
            qCInfo(lcUi) << "agreement key granted";
            m_done = tr("%1 (%2) holds the key of agreement %3.")
                         .arg(grant->holder, grant->fingerprint, grant->agreement);
            QDialog::accept();
        });
}

void GrantKeyDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void GrantKeyDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitToContentsLater(this);
}

void GrantKeyDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void GrantKeyDialog::retranslateUi()
{
    setWindowTitle(tr("Give the key"));
    m_heading->setText(tr("Give the key of agreement %1").arg(m_agreement));
    m_intro->setText(tr("Choose who is to hold the key. Sharewise locks a copy of it to their "
                        "key card, so that only they can open it, and records in the history "
                        "who gave it to whom. Give it only to people who need it."));
    m_personLabel->setText(tr("&Person"));
    m_person->setAccessibleName(tr("Person to give the key to"));
    for (int i = 0; i < m_people.size(); ++i)
        m_person->setItemText(i, personText(m_people.at(i)));
    const int index = m_person->currentIndex();
    if (m_people.isEmpty()) {
        m_checkNote->setText(tr("There is no one to give it to. Add your partners' keys in "
                                "Recipients first."));
    } else if (index >= 0 && !m_people.at(index).checked) {
        m_checkNote->setText(tr("Fingerprint %1. It has not been checked with its holder by "
                                "phone: check it in Recipients first.")
                                 .arg(m_people.at(index).fingerprint));
    } else if (index >= 0) {
        m_checkNote->setText(tr("Fingerprint %1. Only people in Recipients and your own "
                                "identities are listed.")
                                 .arg(m_people.at(index).fingerprint));
    }
    m_recoveryIntro->setText(m_access.why);
    m_passphraseLabel->setText(tr("&Recovery passphrase of the key"));
    m_passphrase->setAccessibleName(tr("Recovery passphrase of the key"));
    m_grant->setText(tr("&Give the key"));
    m_cancel->setText(tr("Cancel"));
}

// --- Hand over ---------------------------------------------------------------------

HandOverDialog::HandOverDialog(Database& db, const QList<keys::AgreementKeyGrant>& grants,
                               const QList<KeyPerson>& people, KeyAccessNeed access,
                               const QString& myFingerprint, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_grants(grants)
    , m_people(people)
    , m_access(std::move(access))
    , m_me(myFingerprint)
    , m_errors(new ErrorSummary(this))
    , m_heading(keyHeading(this))
    , m_intro(new WrapLabel(this))
    , m_leaverLabel(new QLabel(this))
    , m_leaver(new QComboBox(this))
    , m_successorLabel(new QLabel(this))
    , m_successor(new QComboBox(this))
    , m_summary(new WrapLabel(this))
    , m_recoveryIntro(new WrapLabel(this))
    , m_passphraseLabel(new QLabel(this))
    , m_passphrase(passphraseField(this, "handOverRecoveryPassphrase"))
    , m_status(new WrapLabel(this))
{
    setObjectName(QStringLiteral("handOverKeysDialog"));
    for (const keys::AgreementKeyGrant& g : std::as_const(m_grants)) {
        if (!g.isActive())
            continue;
        auto it = std::find_if(m_holders.begin(), m_holders.end(),
                               [&](const KeyHolder& h) { return h.fingerprint == g.fingerprint; });
        if (it == m_holders.end())
            it = m_holders.insert(m_holders.end(), KeyHolder{g.holder, g.fingerprint, {}});
        if (!it->agreements.contains(g.agreement))
            it->agreements.append(g.agreement);
    }
    m_leaver->setObjectName(QStringLiteral("handOverLeaver"));
    m_successor->setObjectName(QStringLiteral("handOverSuccessor"));
    for (QComboBox* box : {m_leaver, m_successor}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(30);
    }
    m_leaverLabel->setBuddy(m_leaver);
    m_successorLabel->setBuddy(m_successor);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_summary->setObjectName(QStringLiteral("handOverSummary"));
    m_status->hide();
    for (const KeyHolder& h : std::as_const(m_holders))
        m_leaver->addItem(QString(), h.fingerprint);
    for (const KeyPerson& p : std::as_const(m_people))
        m_successor->addItem(QString(), p.fingerprint);
    m_leaver->setCurrentIndex(m_holders.isEmpty() ? -1 : 0);
    m_successor->setCurrentIndex(-1);

    auto* buttons = new QDialogButtonBox(this);
    m_handOver = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_handOver->setObjectName(QStringLiteral("handOverKeys"));
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &HandOverDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HandOverDialog::reject);
    connect(m_leaver, &QComboBox::currentIndexChanged, this, &HandOverDialog::update);
    connect(m_successor, &QComboBox::currentIndexChanged, this, &HandOverDialog::update);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addSpacing(layout->spacing());
    layout->addWidget(m_leaverLabel);
    layout->addWidget(m_leaver);
    layout->addWidget(m_successorLabel);
    layout->addWidget(m_successor);
    layout->addWidget(m_summary);
    layout->addSpacing(layout->spacing());
    layout->addWidget(m_recoveryIntro);
    layout->addWidget(m_passphraseLabel);
    layout->addWidget(m_passphrase);
    layout->addStretch();
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    update();
    setMinimumWidth(600);
}

HandOverDialog::~HandOverDialog()
{
    m_passphrase->clear();
}

bool HandOverDialog::selectLeaver(const QString& fingerprint)
{
    const int i = m_leaver->findData(fingerprint);
    if (i >= 0)
        m_leaver->setCurrentIndex(i);
    return i >= 0;
}

bool HandOverDialog::selectSuccessor(const QString& fingerprint)
{
    const int i = m_successor->findData(fingerprint);
    if (i >= 0)
        m_successor->setCurrentIndex(i);
    return i >= 0;
}

const KeyHolder* HandOverDialog::leaver() const
{
    const int i = m_leaver->currentIndex();
    return i >= 0 && i < m_holders.size() ? &m_holders.at(i) : nullptr;
}

const KeyPerson* HandOverDialog::successor() const
{
    const int i = m_successor->currentIndex();
    return i >= 0 && i < m_people.size() ? &m_people.at(i) : nullptr;
}

bool HandOverDialog::needsRecovery() const
{
    const KeyHolder* from = leaver();
    if (!from)
        return false;
    const KeyPerson* to = successor();
    const bool unlocked = m_access.identity && m_access.identity->card().fingerprint() == m_me;
    auto holds = [this](const QString& agreement, const QString& fingerprint) {
        return std::any_of(
            m_grants.cbegin(), m_grants.cend(), [&](const keys::AgreementKeyGrant& g) {
                return g.isActive() && g.agreement == agreement && g.fingerprint == fingerprint;
            });
    };
    for (const QString& agreement : from->agreements) {
        if (to && holds(agreement, to->fingerprint))
            continue; // nothing to pass on
        if (!(unlocked && holds(agreement, m_me)))
            return true;
    }
    return false;
}

void HandOverDialog::update()
{
    const bool needed = needsRecovery();
    for (QWidget* w :
         {static_cast<QWidget*>(m_recoveryIntro), static_cast<QWidget*>(m_passphraseLabel),
          static_cast<QWidget*>(m_passphrase)})
        w->setVisible(needed);
    retranslateUi();
}

void HandOverDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* w : {static_cast<QWidget*>(m_leaver), static_cast<QWidget*>(m_successor),
                       static_cast<QWidget*>(m_passphrase), static_cast<QWidget*>(m_handOver),
                       static_cast<QWidget*>(m_cancel)})
        w->setEnabled(!busy);
    m_status->setText(busy ? tr("Handing the keys over…") : QString());
    m_status->setVisible(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void HandOverDialog::showProblem(const QString& message, QWidget* field)
{
    m_errors->clear();
    m_errors->addProblem(message, field);
    m_errors->setFocus();
}

void HandOverDialog::accept()
{
    if (m_busy)
        return;
    m_errors->clear();
    const KeyHolder* from = leaver();
    const KeyPerson* to = successor();
    if (!from) {
        showProblem(tr("Choose the person who is leaving"), m_leaver);
        return;
    }
    if (!to) {
        showProblem(tr("Choose who takes over their keys"), m_successor);
        return;
    }
    if (to->fingerprint == from->fingerprint) {
        showProblem(tr("Choose someone other than the person who is leaving"), m_successor);
        return;
    }
    const bool needed = needsRecovery();
    if (needed && m_passphrase->text().isEmpty()) {
        showProblem(tr("Enter the recovery passphrase of the keys"), m_passphrase);
        return;
    }
    if (!to->checked &&
        !Dialogs::confirm(this, tr("Give the keys to an unchecked key?"),
                          tr("You have not checked the fingerprint of %1 with them by phone. "
                             "If the key card is not really theirs, whoever made it could "
                             "reverse the pseudonyms of these agreements. Check it first in "
                             "Recipients unless you are sure.")
                              .arg(to->name),
                          tr("Hand over anyway"), tr("Cancel"))) {
        return;
    }
    std::shared_ptr<const crypto::SecureBytes> passphrase;
    if (needed) {
        passphrase = std::make_shared<const crypto::SecureBytes>(
            secrets::IdentityFile::passphrase(m_passphrase->text()));
    }
    m_passphrase->clear();
    setBusy(true);
    const QString leaverFingerprint = from->fingerprint;
    const QString leaverName = from->name;
    const KeyPerson person = *to;
    std::shared_ptr<const crypto::Identity> identity = m_access.identity;
    runOnHistory<keys::Handover>(
        this, m_db, m_access.signer,
        [leaverFingerprint, person, identity, passphrase](Database& db) {
            const keys::KeyAccess access{identity.get(), passphrase.get()};
            return keys::AgreementKeys(db).handOver(leaverFingerprint, person.card, person.name,
                                                    access);
        },
        [this, leaverName, person](Result<keys::Handover> handover) {
            setBusy(false);
            if (!handover) {
                const bool passphraseWrong =
                    handover.error().code == QLatin1String(keys::KeyError::WrongPassphrase);
                showProblem(handover.error().message, passphraseWrong && m_passphrase->isVisible()
                                                          ? static_cast<QWidget*>(m_passphrase)
                                                          : m_successor);
                return;
            }
            qCInfo(lcUi) << "agreement keys handed over:" << handover->agreements.size();
            m_done = tr("The keys of %1 were handed over to %2: %3.")
                         .arg(leaverName, person.name,
                              QLocale().createSeparatedList(handover->agreements));
            QDialog::accept();
        });
}

void HandOverDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void HandOverDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitToContentsLater(this);
}

void HandOverDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void HandOverDialog::retranslateUi()
{
    setWindowTitle(tr("Hand over keys"));
    m_heading->setText(tr("Hand over the keys of someone who is leaving"));
    m_intro->setText(tr("Every agreement key the person holds is given to their successor, and "
                        "taken back from them, in one step: all of them or none. The handover "
                        "is recorded in the history."));
    m_leaverLabel->setText(tr("&Who is leaving?"));
    m_leaver->setAccessibleName(tr("Who is leaving"));
    for (int i = 0; i < m_holders.size(); ++i) {
        const KeyHolder& h = m_holders.at(i);
        m_leaver->setItemText(i, h.name);
    }
    m_successorLabel->setText(tr("Who &takes over?"));
    m_successor->setAccessibleName(tr("Who takes over"));
    for (int i = 0; i < m_people.size(); ++i)
        m_successor->setItemText(i, personText(m_people.at(i)));
    m_successor->setPlaceholderText(tr("Choose a person"));
    const KeyHolder* from = leaver();
    const KeyPerson* to = successor();
    QString summary = from ? tr("%1 (fingerprint %2) holds the keys of: %3.")
                                 .arg(from->name, from->fingerprint,
                                      QLocale().createSeparatedList(from->agreements))
                           : tr("No one holds an agreement key: there is nothing to hand over.");
    if (to) {
        summary +=
            QLatin1Char(' ') +
            (to->checked ? tr("%1 has the fingerprint %2.").arg(to->name, to->fingerprint)
                         : tr("%1 has the fingerprint %2, not checked with them by phone yet.")
                               .arg(to->name, to->fingerprint));
    }
    m_summary->setText(summary);
    m_recoveryIntro->setText(
        tr("You do not hold every one of these keys yourself (or your identity is locked), so "
           "the recovery passphrase is needed to pass them on. Ask your information governance "
           "lead to type it."));
    m_passphraseLabel->setText(tr("&Recovery passphrase of the keys"));
    m_passphrase->setAccessibleName(tr("Recovery passphrase of the keys"));
    m_handOver->setText(tr("&Hand over"));
    m_cancel->setText(tr("Cancel"));
}

// --- Revoke ------------------------------------------------------------------------

RevokeGrantDialog::RevokeGrantDialog(const QString& agreement, const QString& holder,
                                     const QString& fingerprint, QWidget* parent)
    : QDialog(parent)
    , m_agreement(agreement)
    , m_holder(holder)
    , m_fingerprint(fingerprint)
    , m_errors(new ErrorSummary(this))
    , m_intro(new WrapLabel(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("revokeAgreementKeyDialog"));
    m_reason->setObjectName(QStringLiteral("revokeGrantReason"));
    m_reason->setMaxLength(500);
    m_reasonLabel->setBuddy(m_reason);
    auto* buttons = new QDialogButtonBox(this);
    m_revoke = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_revoke->setObjectName(QStringLiteral("revokeGrant"));
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RevokeGrantDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addWidget(m_intro);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);
    layout->addStretch();
    layout->addWidget(buttons);
    retranslateUi();
    setMinimumWidth(520);
}

QString RevokeGrantDialog::reason() const
{
    return m_reason->text().trimmed();
}

void RevokeGrantDialog::accept()
{
    m_errors->clear();
    if (reason().isEmpty()) {
        m_errors->addProblem(tr("Enter why the key is being taken back"), m_reason);
        m_errors->setFocus();
        return;
    }
    QDialog::accept();
}

void RevokeGrantDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitToContentsLater(this);
}

void RevokeGrantDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RevokeGrantDialog::retranslateUi()
{
    setWindowTitle(tr("Take the key back"));
    m_intro->setText(tr("Sharewise will no longer give the key of agreement %1 to %2 "
                        "(fingerprint %3): their copy is deleted, and the history records who "
                        "took it back, when and why. This cannot be undone, but you can give "
                        "the key to them again later. If they kept the key while they held it, "
                        "taking it back cannot make them forget it.")
                         .arg(m_agreement, m_holder, m_fingerprint));
    m_reasonLabel->setText(tr("&Why is it being taken back?"));
    m_reason->setAccessibleName(tr("Why the key is being taken back"));
    m_reason->setPlaceholderText(tr("For example, they moved to another team"));
    m_revoke->setText(tr("Take the key back"));
    m_cancel->setText(tr("Cancel"));
}

// --- Import a recovery copy --------------------------------------------------------

ImportRecoveryDialog::ImportRecoveryDialog(Database& db, const QString& file,
                                           const QByteArray& copy,
                                           std::shared_ptr<const crypto::Identity> signer,
                                           QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_file(file)
    , m_copy(copy)
    , m_signer(std::move(signer))
    , m_errors(new ErrorSummary(this))
    , m_heading(keyHeading(this))
    , m_intro(new WrapLabel(this))
    , m_passphraseLabel(new QLabel(this))
    , m_passphrase(passphraseField(this, "importRecoveryPassphrase"))
    , m_status(new WrapLabel(this))
{
    setObjectName(QStringLiteral("importRecoveryDialog"));
    m_passphraseLabel->setBuddy(m_passphrase);
    m_status->hide();
    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importRecovery"));
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportRecoveryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportRecoveryDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addSpacing(layout->spacing());
    layout->addWidget(m_passphraseLabel);
    layout->addWidget(m_passphrase);
    layout->addStretch();
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    retranslateUi();
    setMinimumWidth(560);
}

ImportRecoveryDialog::~ImportRecoveryDialog()
{
    m_passphrase->clear();
}

void ImportRecoveryDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* w : {static_cast<QWidget*>(m_passphrase), static_cast<QWidget*>(m_import),
                       static_cast<QWidget*>(m_cancel)})
        w->setEnabled(!busy);
    m_status->setText(busy ? tr("Opening the recovery copy with the passphrase…") : QString());
    m_status->setVisible(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void ImportRecoveryDialog::showProblem(const QString& message, QWidget* field)
{
    m_errors->clear();
    m_errors->addProblem(message, field);
    m_errors->setFocus();
}

void ImportRecoveryDialog::accept()
{
    if (m_busy)
        return;
    m_errors->clear();
    if (m_passphrase->text().isEmpty()) {
        showProblem(tr("Enter the recovery passphrase"), m_passphrase);
        return;
    }
    auto passphrase = std::make_shared<const crypto::SecureBytes>(
        secrets::IdentityFile::passphrase(m_passphrase->text()));
    m_passphrase->clear();
    setBusy(true);
    const QByteArray copy = m_copy;
    runOnHistory<keys::AgreementKeyRecord>(
        this, m_db, m_signer,
        [copy, passphrase](Database& db) {
            return keys::AgreementKeys(db).importRecovery(copy, *passphrase);
        },
        [this](Result<keys::AgreementKeyRecord> record) {
            setBusy(false);
            if (!record) {
                showProblem(record.error().message, m_passphrase);
                return;
            }
            qCInfo(lcUi) << "agreement key put back from its recovery copy";
            m_imported = record->agreement;
            Result<QList<keys::AgreementKeyGrant>> held =
                keys::AgreementKeys(m_db).grants(record->agreement);
            if (held && !held->isEmpty()) {
                m_done = tr("The key of agreement %1 was already in this history, and the "
                            "recovery copy holds the same key (key %2). Nothing was changed.")
                             .arg(record->agreement, record->keyId());
                QDialog::accept();
                return;
            }
            m_done = tr("The key of agreement %1 is in this history (key %2). Nobody holds it "
                        "here yet: select it and choose Give the key, with its recovery "
                        "passphrase.")
                         .arg(record->agreement, record->keyId());
            QDialog::accept();
        });
}

void ImportRecoveryDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void ImportRecoveryDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitToContentsLater(this);
}

void ImportRecoveryDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportRecoveryDialog::retranslateUi()
{
    setWindowTitle(tr("Put a key back"));
    m_heading->setText(tr("Put a key back from its recovery copy"));
    m_intro->setText(tr("The recovery copy %1 names its agreement. Enter the passphrase it was "
                        "locked with: your information governance lead chose it when the key "
                        "was made. If this history already has a key for that agreement, it "
                        "must be the same key.")
                         .arg(QDir::toNativeSeparators(m_file)));
    m_passphraseLabel->setText(tr("&Recovery passphrase"));
    m_passphrase->setAccessibleName(tr("Recovery passphrase"));
    m_import->setText(tr("&Put the key back"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace sharewise::ui
