#include "keys/AgreementKeysDialog.h"

#include "common/Logging.h"
#include "keys/CreateKeyDialog.h"
#include "keys/KeyActionDialogs.h"
#include "keys/KeyTasks.h"
#include "secrets/OwnIdentities.h"
#include "store/Database.h"
#include "widgets/Dialogs.h"
#include "widgets/ErrorSummary.h"
#include "widgets/WrapLabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sharewise::ui {
namespace {

constexpr qint64 kMaxRecoveryFile = 64 * 1024;

QTableWidget* makeTable(QWidget* parent, const char* name, int columns)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setColumnCount(columns);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

// Columns as wide as their contents, but none but the last wider than about 40
// characters, so that the status column stays in sight (whole texts are in tooltips).
void fitColumns(QTableWidget* table)
{
    table->resizeColumnsToContents();
    const int cap = table->fontMetrics().averageCharWidth() * 40;
    for (int c = 0; c + 1 < table->columnCount(); ++c)
        table->setColumnWidth(c, std::min(table->columnWidth(c), cap));
}

QTableWidgetItem* item(const QString& text)
{
    auto* i = new QTableWidgetItem(text);
    i->setToolTip(text); // a long name or reason may be cut short in its column
    return i;
}

} // namespace

AgreementKeysDialog::AgreementKeysDialog(Database& db, secrets::SecretStore& store, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_identities(new secrets::OwnIdentities(store, this))
    , m_errors(new ErrorSummary(this))
    , m_intro(new WrapLabel(this))
    , m_identity(new WrapLabel(this))
    , m_keysHeading(new QLabel(this))
    , m_keysTable(makeTable(this, "agreementKeysTable", KeyColumnCount))
    , m_create(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_handOver(new QPushButton(this))
    , m_holdersHeading(new WrapLabel(this))
    , m_holdersTable(makeTable(this, "keyHoldersTable", HolderColumnCount))
    , m_grant(new QPushButton(this))
    , m_revoke(new QPushButton(this))
    , m_check(new QPushButton(this))
    , m_status(new WrapLabel(this))
{
    setObjectName(QStringLiteral("agreementKeysDialog"));
    m_identity->setObjectName(QStringLiteral("keysIdentity"));
    m_status->setObjectName(QStringLiteral("keysStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_holdersHeading->setObjectName(QStringLiteral("keyHoldersHeading"));
    {
        QFont f = m_keysHeading->font();
        f.setBold(true);
        m_keysHeading->setFont(f);
        m_holdersHeading->setFont(f);
    }
    m_keysHeading->setBuddy(m_keysTable);
    m_create->setObjectName(QStringLiteral("createAgreementKey"));
    m_import->setObjectName(QStringLiteral("importRecoveryCopy"));
    m_export->setObjectName(QStringLiteral("exportRecoveryCopy"));
    m_handOver->setObjectName(QStringLiteral("handOverKeys"));
    m_grant->setObjectName(QStringLiteral("grantAgreementKey"));
    m_revoke->setObjectName(QStringLiteral("revokeAgreementKey"));
    m_check->setObjectName(QStringLiteral("checkMyKeyCopy"));

    auto* buttons = new QDialogButtonBox(this);
    m_close = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &AgreementKeysDialog::createKey);
    connect(m_import, &QPushButton::clicked, this, &AgreementKeysDialog::importRecovery);
    connect(m_export, &QPushButton::clicked, this, &AgreementKeysDialog::exportRecovery);
    connect(m_handOver, &QPushButton::clicked, this, &AgreementKeysDialog::handOver);
    connect(m_grant, &QPushButton::clicked, this, &AgreementKeysDialog::grantKey);
    connect(m_revoke, &QPushButton::clicked, this, &AgreementKeysDialog::revokeHolder);
    connect(m_check, &QPushButton::clicked, this, &AgreementKeysDialog::checkMyCopy);
    connect(m_keysTable, &QTableWidget::itemSelectionChanged, this,
            &AgreementKeysDialog::showHolders);
    connect(m_holdersTable, &QTableWidget::itemSelectionChanged, this,
            &AgreementKeysDialog::updateButtons);

    auto* keyActions = new QHBoxLayout;
    keyActions->addWidget(m_create);
    keyActions->addWidget(m_export);
    keyActions->addWidget(m_import);
    keyActions->addWidget(m_handOver);
    keyActions->addStretch();
    auto* holderActions = new QHBoxLayout;
    holderActions->addWidget(m_grant);
    holderActions->addWidget(m_revoke);
    holderActions->addWidget(m_check);
    holderActions->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addWidget(m_intro);
    layout->addWidget(m_identity);
    layout->addSpacing(layout->spacing());
    layout->addWidget(m_keysHeading);
    layout->addWidget(m_keysTable, 1);
    layout->addLayout(keyActions);
    layout->addSpacing(layout->spacing());
    layout->addWidget(m_holdersHeading);
    layout->addWidget(m_holdersTable, 1);
    layout->addLayout(holderActions);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    retranslateUi();
    updateIdentity();
    reload();
    resize(1040, 640);
}

AgreementKeysDialog::~AgreementKeysDialog() = default;

void AgreementKeysDialog::setSessionIdentity(std::shared_ptr<const crypto::Identity> identity)
{
    m_session = std::move(identity);
    updateIdentity();
}

void AgreementKeysDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    updateIdentity(true);
}

void AgreementKeysDialog::updateIdentity(bool load)
{
    Result<OwnIdentityRecord> current = OwnIdentityRecords(m_db).current();
    m_current.reset();
    if (current)
        m_current = current.value();
    if (load && m_current && !unlocked() && !m_loadingIdentity &&
        m_current->storage == QLatin1String("keychain") && m_identityProblem.isEmpty()) {
        m_loadingIdentity = true;
        m_identities->load(m_current->fingerprint, this,
                           [this](Result<crypto::Identity> identity, secrets::SecretProblem) {
                               m_loadingIdentity = false;
                               if (!identity) {
                                   m_identityProblem = identity.error().message;
                               } else {
                                   m_session = std::make_shared<const crypto::Identity>(
                                       std::move(identity).value());
                                   emit identityLoaded(m_session);
                               }
                               retranslateUi();
                               updateButtons();
                           });
    }
    retranslateUi();
    updateButtons();
}

bool AgreementKeysDialog::unlocked() const
{
    return m_current && m_session && m_session->card().fingerprint() == m_current->fingerprint;
}

bool AgreementKeysDialog::iHold(const QString& agreement) const
{
    if (!m_current)
        return false;
    return std::any_of(m_grants.cbegin(), m_grants.cend(), [&](const keys::AgreementKeyGrant& g) {
        return g.isActive() && g.agreement == agreement && g.fingerprint == m_current->fingerprint;
    });
}

QString AgreementKeysDialog::noIdentityText() const
{
    return tr("You have no identity in Sharewise yet, and you need one to make or hold "
              "agreement keys. Choose Settings, then My identity, to create one.");
}

void AgreementKeysDialog::reload()
{
    const QString selected = selectedAgreement();
    m_keysTable->setRowCount(0);
    m_records.clear();
    m_grants.clear();
    keys::AgreementKeys register_(m_db);
    Result<QList<keys::AgreementKeyRecord>> records = register_.list();
    Result<QList<keys::AgreementKeyGrant>> grants = register_.grants({}, true);
    if (!records || !grants) {
        showProblem(!records ? records.error().message : grants.error().message, m_keysTable);
        showHolders();
        return;
    }
    m_records = records.value();
    m_grants = grants.value();
    m_keysTable->setRowCount(static_cast<int>(m_records.size()));
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        const keys::AgreementKeyRecord& r = m_records.at(i);
        const int row = static_cast<int>(i);
        const auto active = std::count_if(m_grants.cbegin(), m_grants.cend(),
                                          [&](const keys::AgreementKeyGrant& g) {
                                              return g.isActive() && g.agreement == r.agreement;
                                          });
        auto* agreement = item(r.agreement);
        agreement->setData(Qt::UserRole, r.agreement);
        m_keysTable->setItem(row, AgreementColumn, agreement);
        m_keysTable->setItem(row, KeyIdColumn, item(r.keyId()));
        m_keysTable->setItem(row, MadeByColumn, item(r.createdBy));
        m_keysTable->setItem(row, MadeOnColumn, item(keyTimeText(r.createdAtUs)));
        auto* holders = item(active == 0 ? tr("Nobody: only the recovery copy")
                             : iHold(r.agreement)
                                 //: Column "Held by": %n people hold the key, the user among them.
                                 ? tr("%n (you among them)", nullptr, static_cast<int>(active))
                                 //: Column "Held by": the number of people who hold the key.
                                 : tr("%n", nullptr, static_cast<int>(active)));
        if (active == 0)
            holders->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        m_keysTable->setItem(row, HoldersColumn, holders);
    }
    fitColumns(m_keysTable);
    if (!selectAgreement(selected) && !m_records.isEmpty())
        m_keysTable->selectRow(0);
    showHolders();
}

QString AgreementKeysDialog::selectedAgreement() const
{
    const QList<QTableWidgetItem*> items = m_keysTable->selectedItems();
    if (items.isEmpty())
        return {};
    const int row = items.first()->row();
    return row >= 0 && row < m_records.size() ? m_records.at(row).agreement : QString();
}

bool AgreementKeysDialog::selectAgreement(const QString& agreement)
{
    if (agreement.isEmpty())
        return false;
    for (int row = 0; row < m_keysTable->rowCount(); ++row) {
        if (m_keysTable->item(row, AgreementColumn)->data(Qt::UserRole).toString() == agreement) {
            m_keysTable->selectRow(row);
            return true;
        }
    }
    return false;
}

bool AgreementKeysDialog::selectHolder(const QString& fingerprint)
{
    // The active grant first: a person may also have been given the key before.
    for (bool active : {true, false}) {
        for (int row = 0; row < m_holders.size(); ++row) {
            if (m_holders.at(row).fingerprint == fingerprint &&
                m_holders.at(row).isActive() == active) {
                m_holdersTable->selectRow(row);
                return true;
            }
        }
    }
    return false;
}

void AgreementKeysDialog::showHolders()
{
    const QString agreement = selectedAgreement();
    m_holders.clear();
    for (const keys::AgreementKeyGrant& g : std::as_const(m_grants)) {
        if (g.agreement == agreement && !agreement.isEmpty())
            m_holders.append(g);
    }
    // Those who hold it first, then those who held it.
    std::stable_sort(m_holders.begin(), m_holders.end(),
                     [](const keys::AgreementKeyGrant& a, const keys::AgreementKeyGrant& b) {
                         return a.isActive() && !b.isActive();
                     });
    m_holdersTable->setRowCount(static_cast<int>(m_holders.size()));
    for (qsizetype i = 0; i < m_holders.size(); ++i) {
        const keys::AgreementKeyGrant& g = m_holders.at(i);
        const int row = static_cast<int>(i);
        const bool me = m_current && g.fingerprint == m_current->fingerprint;
        //: A holder of a key who is the user. %1 is their name.
        m_holdersTable->setItem(row, HolderNameColumn,
                                item(me ? tr("%1 (you)").arg(g.holder) : g.holder));
        m_holdersTable->setItem(row, HolderFingerprintColumn, item(g.fingerprint));
        m_holdersTable->setItem(row, GivenByColumn, item(g.grantedBy));
        m_holdersTable->setItem(row, GivenOnColumn, item(keyTimeText(g.grantedAtUs)));
        auto* status =
            item(g.isActive()
                     //: Column "Status": the person holds the key.
                     ? tr("Holds it")
                     //: Column "Status": %1 the reason given, %2 who, %3 when.
                     : tr("Taken back: %1 (by %2, %3)")
                           .arg(g.revokeReason, g.revokedBy, keyTimeText(g.revokedAtUs)));
        if (!g.isActive())
            status->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
        m_holdersTable->setItem(row, HolderStatusColumn, status);
    }
    fitColumns(m_holdersTable);
    retranslateUi();
    updateButtons();
}

const keys::AgreementKeyGrant* AgreementKeysDialog::selectedHolder() const
{
    const QList<QTableWidgetItem*> items = m_holdersTable->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_holders.size() ? &m_holders.at(row) : nullptr;
}

void AgreementKeysDialog::updateButtons()
{
    const QString agreement = selectedAgreement();
    const keys::AgreementKeyGrant* holder = selectedHolder();
    m_export->setEnabled(!agreement.isEmpty());
    m_grant->setEnabled(!agreement.isEmpty());
    m_revoke->setEnabled(holder && holder->isActive());
    m_check->setEnabled(!agreement.isEmpty() && iHold(agreement));
    m_handOver->setEnabled(
        std::any_of(m_grants.cbegin(), m_grants.cend(),
                    [](const keys::AgreementKeyGrant& g) { return g.isActive(); }));
}

void AgreementKeysDialog::showProblem(const QString& message, QWidget* field)
{
    m_status->hide();
    m_errors->clear();
    m_errors->addProblem(message, field);
    m_errors->setFocus();
}

void AgreementKeysDialog::showDone(const QString& message)
{
    m_errors->clear();
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

void AgreementKeysDialog::createKey()
{
    m_errors->clear();
    updateIdentity();
    if (!m_current) {
        showProblem(noIdentityText(), m_create);
        return;
    }
    CreateKeyDialog dialog(m_db, m_current->card, signerFor(m_db, m_session), this);
    dialog.setRecoveryLimits(m_limits);
    dialog.exec();
    if (!dialog.created())
        return;
    const keys::AgreementKeyRecord made = *dialog.created();
    reload();
    selectAgreement(made.agreement);
    showDone(tr("Agreement %1 has its pseudonymisation key (key %2), and you hold it.")
                 .arg(made.agreement, made.keyId()));
}

void AgreementKeysDialog::grantKey()
{
    const QString agreement = selectedAgreement();
    if (agreement.isEmpty())
        return;
    m_errors->clear();
    Result<QList<KeyPerson>> people = keyCandidates(m_db);
    if (!people) {
        showProblem(people.error().message, m_grant);
        return;
    }
    QList<KeyPerson> offered;
    for (const KeyPerson& p : people.value()) {
        const bool holds = std::any_of(m_holders.cbegin(), m_holders.cend(),
                                       [&](const keys::AgreementKeyGrant& g) {
                                           return g.isActive() && g.fingerprint == p.fingerprint;
                                       });
        if (!holds)
            offered.append(p);
    }
    KeyAccessNeed access;
    access.signer = signerFor(m_db, m_session);
    if (unlocked())
        access.identity = m_session;
    access.needsRecovery = !(unlocked() && iHold(agreement));
    if (!m_current) {
        access.why = tr("You have no identity in Sharewise, so the key can be given only with "
                        "its recovery passphrase. Ask your information governance lead to type "
                        "it.");
    } else if (iHold(agreement)) {
        access.why = tr("Your identity is locked, so your copy of the key cannot be opened. "
                        "Enter the key's recovery passphrase, or cancel, unlock your identity "
                        "in Settings, My identity, and try again.");
    } else {
        access.why = tr("You do not hold this key yourself, so it can be given only with its "
                        "recovery passphrase. Ask your information governance lead to type "
                        "it.");
    }
    GrantKeyDialog dialog(m_db, agreement, offered, access, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectAgreement(agreement);
    showDone(dialog.doneMessage());
}

void AgreementKeysDialog::revokeHolder()
{
    const QString agreement = selectedAgreement();
    const keys::AgreementKeyGrant* selected = selectedHolder();
    if (agreement.isEmpty() || !selected || !selected->isActive())
        return;
    const keys::AgreementKeyGrant holder = *selected;
    RevokeGrantDialog dialog(agreement, holder.holder, holder.fingerprint, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Status s = keys::AgreementKeys(m_db).revoke(agreement, holder.fingerprint, dialog.reason());
    if (!s) {
        showProblem(s.error().message, m_revoke);
        return;
    }
    qCInfo(lcUi) << "agreement key taken back";
    reload();
    selectAgreement(agreement);
    selectHolder(holder.fingerprint);
    const bool anyoneLeft =
        std::any_of(m_holders.cbegin(), m_holders.cend(),
                    [](const keys::AgreementKeyGrant& g) { return g.isActive(); });
    showDone(
        anyoneLeft
            ? tr("The key of agreement %1 was taken back from %2.").arg(agreement, holder.holder)
            : tr("The key of agreement %1 was taken back from %2. Nobody holds it now: "
                 "only its recovery passphrase can give it again.")
                  .arg(agreement, holder.holder));
}

void AgreementKeysDialog::handOver()
{
    m_errors->clear();
    QList<keys::AgreementKeyGrant> active;
    for (const keys::AgreementKeyGrant& g : std::as_const(m_grants)) {
        if (g.isActive())
            active.append(g);
    }
    if (active.isEmpty()) {
        showProblem(tr("No one holds an agreement key: there is nothing to hand over."),
                    m_handOver);
        return;
    }
    Result<QList<KeyPerson>> people = keyCandidates(m_db);
    if (!people) {
        showProblem(people.error().message, m_handOver);
        return;
    }
    KeyAccessNeed access;
    access.signer = signerFor(m_db, m_session);
    if (unlocked())
        access.identity = m_session;
    HandOverDialog dialog(m_db, active, people.value(), access,
                          m_current ? m_current->fingerprint : QString(), this);
    const QString selected = selectedHolder() ? selectedHolder()->fingerprint : QString();
    if (!selected.isEmpty())
        dialog.selectLeaver(selected);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString agreement = selectedAgreement();
    reload();
    selectAgreement(agreement);
    showDone(dialog.doneMessage());
}

void AgreementKeysDialog::exportRecovery()
{
    const QString agreement = selectedAgreement();
    if (agreement.isEmpty())
        return;
    m_errors->clear();
    Result<QString> file = saveRecoveryCopy(this, m_db, agreement);
    if (!file) {
        showProblem(file.error().fullMessage(), m_export);
        return;
    }
    if (file->isEmpty())
        return;
    showDone(tr("The recovery copy of the key of agreement %1 was saved as %2. Keep it away from "
                "this computer, and its passphrase apart from it: together they open the key.")
                 .arg(agreement, QDir::toNativeSeparators(file.value())));
}

void AgreementKeysDialog::importRecovery()
{
    m_errors->clear();
    const QString file = Dialogs::openFileName(
        this, tr("Choose the recovery copy of an agreement key"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), recoveryFileFilter());
    if (file.isEmpty())
        return;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        showProblem(tr("The recovery copy %1 cannot be read (%2). Check the file and try again.")
                        .arg(QDir::toNativeSeparators(file), f.errorString()),
                    m_import);
        return;
    }
    const QByteArray copy = f.read(kMaxRecoveryFile + 1);
    if (copy.size() > kMaxRecoveryFile) {
        showProblem(tr("%1 is not a recovery copy of an agreement key: it is far too large. "
                       "Choose the file that was saved as the recovery copy.")
                        .arg(QDir::toNativeSeparators(file)),
                    m_import);
        return;
    }
    ImportRecoveryDialog dialog(m_db, file, copy, signerFor(m_db, m_session), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectAgreement(dialog.agreement());
    showDone(dialog.doneMessage());
}

void AgreementKeysDialog::checkMyCopy()
{
    const QString agreement = selectedAgreement();
    if (agreement.isEmpty())
        return;
    m_errors->clear();
    updateIdentity();
    if (!m_current) {
        showProblem(noIdentityText(), m_check);
        return;
    }
    if (!unlocked()) {
        showProblem(m_loadingIdentity
                        ? tr("Your identity is still being loaded from this computer's password "
                             "store. Try again in a moment.")
                        : tr("Your identity is locked, so your copy of the key cannot be opened. "
                             "Choose Settings, then My identity, and unlock it; then try again."),
                    m_check);
        return;
    }
    Result<crypto::SecureBytes> key = keys::AgreementKeys(m_db).unlock(agreement, *m_session);
    if (!key) {
        showProblem(key.error().message, m_check);
        return;
    }
    // The key itself is never shown; it is wiped when `key` goes.
    const QString keyId = [&] {
        for (const keys::AgreementKeyRecord& r : std::as_const(m_records)) {
            if (r.agreement == agreement)
                return r.keyId();
        }
        return QString();
    }();
    showDone(tr("Your copy of the key of agreement %1 opens with your identity, and it is the "
                "agreement's key (key %2).")
                 .arg(agreement, keyId));
}

void AgreementKeysDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QDialog::changeEvent(event);
}

void AgreementKeysDialog::retranslateUi()
{
    setWindowTitle(tr("Agreement keys"));
    m_intro->setText(tr("Each agreement has one pseudonymisation key, so that everyone sharing "
                        "under it turns the same identifier into the same pseudonym. Sharewise "
                        "keeps it only locked: a copy for each person who holds it, opened by "
                        "their identity, and a recovery copy under your information governance "
                        "lead's passphrase. Every change here is recorded in the history."));
    if (!m_current) {
        m_identity->setText(noIdentityText());
    } else if (unlocked()) {
        m_identity->setText(tr("You are %1 (fingerprint %2). Your identity opens your copies of "
                               "keys.")
                                .arg(m_current->card.name, m_current->fingerprint));
    } else if (m_loadingIdentity) {
        m_identity->setText(tr("Loading your identity from this computer's password store…"));
    } else if (m_current->storage == QLatin1String("keychain")) {
        m_identity->setText(
            tr("Your identity could not be loaded from this computer's password store (%1), so "
               "your copies of keys cannot be opened. Where a key is needed, its recovery "
               "passphrase can be used instead.")
                .arg(m_identityProblem));
    } else {
        m_identity->setText(tr("Your identity is kept in a protected file and is locked, so "
                               "your copies of keys cannot be opened. Choose Settings, then My "
                               "identity, and unlock it. Where a key is needed, its recovery "
                               "passphrase can be used instead."));
    }
    m_keysHeading->setText(tr("&Agreements with a key"));
    m_keysTable->setHorizontalHeaderLabels(
        {tr("Agreement"), tr("Key"), tr("Made by"), tr("Made on"), tr("Held by")});
    m_keysTable->setAccessibleName(tr("Agreements with a key"));
    m_create->setText(tr("&Make a key…"));
    m_create->setAccessibleName(tr("Make a key for an agreement"));
    m_export->setText(tr("&Save recovery copy…"));
    m_export->setAccessibleName(tr("Save the recovery copy of the selected key"));
    m_import->setText(tr("&Put a key back…"));
    m_import->setAccessibleName(tr("Put a key back from its recovery copy"));
    m_handOver->setText(tr("&Hand over a leaver's keys…"));
    m_handOver->setAccessibleName(tr("Hand over the keys of someone who is leaving"));
    const QString agreement = selectedAgreement();
    m_holdersHeading->setText(agreement.isEmpty()
                                  ? tr("Who holds the key")
                                  : tr("Who holds the key of agreement %1").arg(agreement));
    m_holdersTable->setHorizontalHeaderLabels(
        {tr("Holder"), tr("Fingerprint"), tr("Given by"), tr("Given on"), tr("Status")});
    m_holdersTable->setAccessibleName(tr("Who holds the key"));
    m_grant->setText(tr("&Give the key…"));
    m_grant->setAccessibleName(tr("Give the key to someone"));
    m_revoke->setText(tr("&Take it back…"));
    m_revoke->setAccessibleName(tr("Take the key back from the selected holder"));
    m_check->setText(tr("&Check my copy"));
    m_check->setAccessibleName(tr("Check that my copy of the key opens"));
    m_close->setText(tr("Close"));
}

} // namespace sharewise::ui
