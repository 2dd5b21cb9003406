#pragma once

#include "crypto/Identity.h"
#include "keys/AgreementKeys.h"
#include "secrets/IdentityFile.h"
#include "store/OwnIdentityRecords.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sharewise {
class Database;
namespace secrets {
class OwnIdentities;
class SecretStore;
} // namespace secrets
} // namespace sharewise

namespace sharewise::ui {

class ErrorSummary;

// Agreement keys: each agreement's pseudonymisation key (keys::AgreementKeys), who holds
// it and who held it. Keys are made (after an explanation the user acknowledges), given,
// taken back, handed over when someone leaves, and their recovery copies saved and put
// back here; every change is recorded in the history. The keys themselves are never
// shown: the register keeps them only locked, to each holder's key and under the
// recovery passphrase.
class AgreementKeysDialog : public QDialog
{
    Q_OBJECT
public:
    enum KeyColumn
    {
        AgreementColumn,
        KeyIdColumn,
        MadeByColumn,
        MadeOnColumn,
        HoldersColumn,
        KeyColumnCount
    };
    enum HolderColumn
    {
        HolderNameColumn,
        HolderFingerprintColumn,
        GivenByColumn,
        GivenOnColumn,
        HolderStatusColumn,
        HolderColumnCount
    };

    // `db` and `store` must outlive the dialog.
    AgreementKeysDialog(Database& db, secrets::SecretStore& store, QWidget* parent = nullptr);
    ~AgreementKeysDialog() override;

    // The identity this session holds (the main window's): it opens the user's own
    // copies of keys. Without it, a current identity kept in the password store is
    // loaded from there; one kept in a protected file must be unlocked in My identity.
    void setSessionIdentity(std::shared_ptr<const crypto::Identity> identity);
    [[nodiscard]] const std::shared_ptr<const crypto::Identity>& sessionIdentity() const
    {
        return m_session;
    }
    [[nodiscard]] bool isLoadingIdentity() const { return m_loadingIdentity; }

    // Argon2id limits for the recovery copies made here; tests make them fast.
    void setRecoveryLimits(secrets::PassphraseLimits limits) { m_limits = limits; }

    QTableWidget* keysTable() const { return m_keysTable; }
    QTableWidget* holdersTable() const { return m_holdersTable; }
    QLabel* identityLabel() const { return m_identity; }
    QLabel* holdersHeading() const { return m_holdersHeading; }
    QLabel* statusLabel() const { return m_status; }
    ErrorSummary* errorSummary() const { return m_errors; }
    QPushButton* createButton() const { return m_create; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* handOverButton() const { return m_handOver; }
    QPushButton* grantButton() const { return m_grant; }
    QPushButton* revokeButton() const { return m_revoke; }
    QPushButton* checkButton() const { return m_check; }

    [[nodiscard]] QList<keys::AgreementKeyRecord> records() const { return m_records; }
    [[nodiscard]] QList<keys::AgreementKeyGrant> holders() const { return m_holders; }
    [[nodiscard]] QString selectedAgreement() const;

    void reload();
    bool selectAgreement(const QString& agreement);
    bool selectHolder(const QString& fingerprint);

    void createKey();
    void grantKey();
    void revokeHolder();
    void handOver();
    void exportRecovery();
    void importRecovery();
    // Opens the user's own copy of the selected key, to show that it works.
    void checkMyCopy();

signals:
    // The current identity was loaded from the password store here: the main window
    // holds it for the session.
    void identityLoaded(std::shared_ptr<const crypto::Identity> identity);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void showHolders();
    void updateButtons();
    // Reads which identity is current; with `load`, loads it from the password store if
    // it is kept there and the session does not hold it.
    void updateIdentity(bool load = false);
    void showProblem(const QString& message, QWidget* field);
    void showDone(const QString& message);
    [[nodiscard]] bool unlocked() const;
    [[nodiscard]] bool iHold(const QString& agreement) const;
    [[nodiscard]] const keys::AgreementKeyGrant* selectedHolder() const;
    [[nodiscard]] QString noIdentityText() const;

    Database& m_db;
    secrets::OwnIdentities* m_identities;
    secrets::PassphraseLimits m_limits = secrets::PassphraseLimits::moderate();
    std::shared_ptr<const crypto::Identity> m_session;
    std::optional<OwnIdentityRecord> m_current;
    bool m_loadingIdentity = false;
    QString m_identityProblem; // the password store's answer, when it could not load it
    QList<keys::AgreementKeyRecord> m_records;
    QList<keys::AgreementKeyGrant> m_grants;  // every grant, revoked ones too
    QList<keys::AgreementKeyGrant> m_holders; // the selected agreement's

    ErrorSummary* m_errors;
    QLabel* m_intro;
    QLabel* m_identity;
    QLabel* m_keysHeading;
    QTableWidget* m_keysTable;
    QPushButton* m_create;
    QPushButton* m_import;
    QPushButton* m_export;
    QPushButton* m_handOver;
    QLabel* m_holdersHeading;
    QTableWidget* m_holdersTable;
    QPushButton* m_grant;
    QPushButton* m_revoke;
    QPushButton* m_check;
    QLabel* m_status;
    QPushButton* m_close;
};

} // namespace sharewise::ui
