#pragma once

#include "crypto/Identity.h"
#include "secrets/IdentityFile.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace sharewise {
class Database;
namespace secrets {
class OwnIdentities;
class SecretStore;
} // namespace secrets
} // namespace sharewise

namespace sharewise::ui {

class ErrorSummary;

// My identity: the user's own name and fingerprint, and their key card to send to
// partners; or, with none yet, what an identity is for and a way to create one. The
// secret keys live in the credential store (`store`); the history records which
// identity is current. One task per page: create, show, back up.
class IdentityDialog : public QDialog
{
    Q_OBJECT
public:
    // `db` and `store` must outlive the dialog.
    IdentityDialog(Database& db, secrets::SecretStore& store, QWidget* parent = nullptr);
    ~IdentityDialog() override;

    enum class Page
    {
        Create,
        Current,
        Backup,
    };
    [[nodiscard]] Page page() const;
    [[nodiscard]] bool isBusy() const { return m_busy; }

    QLineEdit* nameEdit() const { return m_name; }
    QPushButton* createButton() const { return m_create; }
    QLabel* fingerprintLabel() const { return m_fingerprint; }
    QLabel* nameLabel() const { return m_currentName; }
    QPushButton* copyButton() const { return m_copy; }
    QPushButton* saveCardButton() const { return m_saveCard; }
    QPushButton* backupButton() const { return m_backup; }
    QPushButton* replaceButton() const { return m_replace; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QPushButton* writeBackupButton() const { return m_writeBackup; }
    ErrorSummary* errorSummary() const { return m_errors; }
    QLabel* statusLabel() const { return m_status; }

    // Argon2id limits for backup files; tests make them fast.
    void setBackupLimits(secrets::PassphraseLimits limits) { m_limits = limits; }

    void reload();
    void createIdentity();
    void copyCard();
    void saveCard();
    void startBackup();
    void writeBackup();
    void replaceIdentity();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    // Sizes the window to its contents once wrapped text knows its width (a wrapped
    // label asks for its height at the width it had, which before the first layout is
    // far too narrow).
    void fitLater();
    void setBusy(bool busy, const QString& status = {});
    void showPage(Page page);
    void showProblem(const QString& message, QWidget* field);
    void clearPassphrases();

    Database& m_db;
    secrets::OwnIdentities* m_identities;
    secrets::PassphraseLimits m_limits = secrets::PassphraseLimits::moderate();
    std::optional<crypto::KeyCard> m_card;
    QString m_identityFile; // where the identity is kept, when it is a file, not the store
    bool m_replacing = false;
    bool m_busy = false;

    ErrorSummary* m_errors;
    QStackedWidget* m_pages;
    // Create
    QLabel* m_createHeading;
    QLabel* m_createIntro;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_nameHint;
    QLabel* m_storeHint;
    QPushButton* m_create;
    QPushButton* m_cancelReplace;
    // Current
    QLabel* m_currentHeading;
    QLabel* m_currentNameCaption;
    QLabel* m_currentName;
    QLabel* m_fingerprintCaption;
    QLabel* m_fingerprint;
    QLabel* m_cardHint;
    QPushButton* m_copy;
    QPushButton* m_saveCard;
    QLabel* m_backupHint;
    QPushButton* m_backup;
    QPushButton* m_replace;
    // Backup
    QLabel* m_backupHeading;
    QLabel* m_backupIntro;
    QLabel* m_passphraseLabel;
    QLineEdit* m_passphrase;
    QLabel* m_repeatLabel;
    QLineEdit* m_repeat;
    QPushButton* m_writeBackup;
    QPushButton* m_backupBack;

    QLabel* m_status;
    QPushButton* m_close;
};

} // namespace sharewise::ui
