#pragma once

#include "crypto/Identity.h"
#include "secrets/IdentityFile.h"

#include <QDialog>

#include <memory>

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
// secret keys live in the credential store (`store`) or, where there is none or the
// user asks for it, in a passphrase-protected identity file; the history records which
// identity is current and where it is kept. One task per page: create, show, back up,
// create in a file, use (or unlock) an identity file.
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
        NewFile,  // a new identity kept in a protected file (the Backup page's fields)
        LoadFile, // an identity file to use, or the current one to unlock
    };
    [[nodiscard]] Page page() const { return m_page; }
    [[nodiscard]] bool isBusy() const { return m_busy; }

    // The identity this session already holds (the main window's), so that an identity
    // kept in a file is shown as unlocked rather than asked for again.
    void setSessionIdentity(std::shared_ptr<const crypto::Identity> identity);
    [[nodiscard]] const std::shared_ptr<const crypto::Identity>& sessionIdentity() const
    {
        return m_session;
    }

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
    QLabel* strengthLabel() const { return m_strength; }
    QPushButton* newFileButton() const { return m_useFile; }
    QPushButton* existingFileButton() const { return m_useExisting; }
    QPushButton* unlockButton() const { return m_unlock; }
    QLabel* loadFileLabel() const { return m_loadPathLabel; }
    QPushButton* chooseFileButton() const { return m_chooseFile; }
    QLineEdit* loadPassphraseEdit() const { return m_loadPassphrase; }
    QPushButton* loadFileButton() const { return m_loadFile; }
    ErrorSummary* errorSummary() const { return m_errors; }
    QLabel* statusLabel() const { return m_status; }

    // Argon2id limits for the files written here (backups and identity files); tests
    // make them fast.
    void setBackupLimits(secrets::PassphraseLimits limits) { m_limits = limits; }

    void reload();
    void createIdentity();
    void copyCard();
    void saveCard();
    void startBackup();
    void writeBackup();
    void replaceIdentity();
    // A new identity kept in a protected file: asks for the passphrase twice, then where.
    void startNewFile();
    // An identity file to use as the user's identity (from the Create page), or the
    // current identity's file to unlock for this session (from the Current page).
    void startLoadFile();
    void chooseIdentityFile();
    void loadIdentityFile();

signals:
    // An identity was created, unlocked or read from the store here: the main window
    // holds it for the session (it signs the audit log).
    void identityLoaded(std::shared_ptr<const crypto::Identity> identity);

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
    void updateStrength();
    // The passphrase typed twice, checked, in guarded memory; the fields are cleared.
    // Null (with the problem shown) when it is too short or the two differ.
    std::shared_ptr<crypto::SecureBytes> takeNewPassphrase();
    void writeNewFile();
    void useLoadedIdentity(std::shared_ptr<const crypto::Identity> identity, const QString& file);
    [[nodiscard]] bool sessionHoldsCurrent() const;

    Database& m_db;
    secrets::OwnIdentities* m_identities;
    secrets::PassphraseLimits m_limits = secrets::PassphraseLimits::moderate();
    std::optional<crypto::KeyCard> m_card;
    QString m_identityFile; // where the identity is kept, when it is a file, not the store
    std::shared_ptr<const crypto::Identity> m_session;
    Page m_page = Page::Create;
    QString m_newName;            // the name for a new identity kept in a file
    QString m_loadPath;           // the identity file chosen to use or unlock
    bool m_unlocking = false;     // the LoadFile page unlocks the current identity's file
    bool m_storeUnusable = false; // the store said it cannot be used (no backend, denied)
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
    QLabel* m_fileHint;
    QPushButton* m_useFile;
    QPushButton* m_useExisting;
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
    QPushButton* m_unlock;
    QPushButton* m_replace;
    // Backup
    QLabel* m_backupHeading;
    QLabel* m_backupIntro;
    QLabel* m_passphraseLabel;
    QLineEdit* m_passphrase;
    QLabel* m_strength;
    QLabel* m_repeatLabel;
    QLineEdit* m_repeat;
    QPushButton* m_writeBackup;
    QPushButton* m_backupBack;
    // Load or unlock an identity file
    QLabel* m_loadHeading;
    QLabel* m_loadIntro;
    QLabel* m_loadPathCaption;
    QLabel* m_loadPathLabel;
    QPushButton* m_chooseFile;
    QLabel* m_loadPassphraseLabel;
    QLineEdit* m_loadPassphrase;
    QPushButton* m_loadFile;
    QPushButton* m_loadBack;

    QLabel* m_status;
    QPushButton* m_close;
};

} // namespace sharewise::ui
