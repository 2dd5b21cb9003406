#pragma once

#include "keys/AgreementKeys.h"
#include "keys/KeyTasks.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sharewise {
class Database;
}

namespace sharewise::ui {

class ErrorSummary;

// The small dialogs of the Agreement keys window. Each asks for one change, makes it
// (off the GUI thread where a recovery passphrase runs Argon2id), shows a refusal beside
// its field, and closes accepted with a sentence saying what was done.

// Who may pass a key on, and whether the recovery passphrase is needed for it.
struct KeyAccessNeed
{
    std::shared_ptr<const crypto::Identity> identity; // the session's, when it holds one
    std::shared_ptr<const crypto::Identity> signer;   // signs the audit heads, or null
    bool needsRecovery = false;
    QString why; // why the passphrase is asked for, shown above it
};

// Gives an agreement's key to a person from the recipients directory or one of the
// user's own identities.
class GrantKeyDialog : public QDialog
{
    Q_OBJECT
public:
    GrantKeyDialog(Database& db, const QString& agreement, const QList<KeyPerson>& people,
                   KeyAccessNeed access, QWidget* parent = nullptr);
    ~GrantKeyDialog() override;

    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] QString doneMessage() const { return m_done; }
    QComboBox* personBox() const { return m_person; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QPushButton* grantButton() const { return m_grant; }
    ErrorSummary* errorSummary() const { return m_errors; }
    // Selects the person with this fingerprint; false if they are not offered.
    bool selectFingerprint(const QString& fingerprint);

    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void setBusy(bool busy);
    void showProblem(const QString& message, QWidget* field);

    Database& m_db;
    QString m_agreement;
    QList<KeyPerson> m_people;
    KeyAccessNeed m_access;
    bool m_busy = false;
    QString m_done;

    ErrorSummary* m_errors;
    QLabel* m_heading;
    QLabel* m_intro;
    QLabel* m_personLabel;
    QComboBox* m_person;
    QLabel* m_checkNote;
    QLabel* m_recoveryIntro;
    QLabel* m_passphraseLabel;
    QLineEdit* m_passphrase;
    QLabel* m_status;
    QPushButton* m_grant;
    QPushButton* m_cancel;
};

// Someone who holds agreement keys, and which.
struct KeyHolder
{
    QString name;
    QString fingerprint;
    QStringList agreements;
};

// When someone leaves: every key they hold moves to a successor in one step.
class HandOverDialog : public QDialog
{
    Q_OBJECT
public:
    // `grants` are the active grants of every agreement; `myFingerprint` is the user's
    // current identity's (empty if none), and the session `access.identity` unlocks it.
    HandOverDialog(Database& db, const QList<keys::AgreementKeyGrant>& grants,
                   const QList<KeyPerson>& people, KeyAccessNeed access,
                   const QString& myFingerprint, QWidget* parent = nullptr);
    ~HandOverDialog() override;

    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] QString doneMessage() const { return m_done; }
    [[nodiscard]] bool needsRecovery() const;
    QComboBox* leaverBox() const { return m_leaver; }
    QComboBox* successorBox() const { return m_successor; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QPushButton* handOverButton() const { return m_handOver; }
    ErrorSummary* errorSummary() const { return m_errors; }
    bool selectLeaver(const QString& fingerprint);
    bool selectSuccessor(const QString& fingerprint);

    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void update();
    void setBusy(bool busy);
    void showProblem(const QString& message, QWidget* field);
    [[nodiscard]] const KeyHolder* leaver() const;
    [[nodiscard]] const KeyPerson* successor() const;

    Database& m_db;
    QList<keys::AgreementKeyGrant> m_grants;
    QList<KeyHolder> m_holders;
    QList<KeyPerson> m_people;
    KeyAccessNeed m_access;
    QString m_me;
    bool m_busy = false;
    QString m_done;

    ErrorSummary* m_errors;
    QLabel* m_heading;
    QLabel* m_intro;
    QLabel* m_leaverLabel;
    QComboBox* m_leaver;
    QLabel* m_successorLabel;
    QComboBox* m_successor;
    QLabel* m_summary;
    QLabel* m_recoveryIntro;
    QLabel* m_passphraseLabel;
    QLineEdit* m_passphrase;
    QLabel* m_status;
    QPushButton* m_handOver;
    QPushButton* m_cancel;
};

// Asks why a holder's copy of a key is taken back.
class RevokeGrantDialog : public QDialog
{
    Q_OBJECT
public:
    RevokeGrantDialog(const QString& agreement, const QString& holder, const QString& fingerprint,
                      QWidget* parent = nullptr);

    [[nodiscard]] QString reason() const;
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* revokeButton() const { return m_revoke; }
    ErrorSummary* errorSummary() const { return m_errors; }

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();

    QString m_agreement;
    QString m_holder;
    QString m_fingerprint;
    ErrorSummary* m_errors;
    QLabel* m_intro;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    QPushButton* m_revoke;
    QPushButton* m_cancel;
};

// Puts a key back from its recovery copy: asks the recovery passphrase.
class ImportRecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    ImportRecoveryDialog(Database& db, const QString& file, const QByteArray& copy,
                         std::shared_ptr<const crypto::Identity> signer, QWidget* parent = nullptr);
    ~ImportRecoveryDialog() override;

    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] QString doneMessage() const { return m_done; }
    [[nodiscard]] QString agreement() const { return m_imported; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QPushButton* importButton() const { return m_import; }
    ErrorSummary* errorSummary() const { return m_errors; }

    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void setBusy(bool busy);
    void showProblem(const QString& message, QWidget* field);

    Database& m_db;
    QString m_file;
    QByteArray m_copy;
    std::shared_ptr<const crypto::Identity> m_signer;
    bool m_busy = false;
    QString m_done;
    QString m_imported;

    ErrorSummary* m_errors;
    QLabel* m_heading;
    QLabel* m_intro;
    QLabel* m_passphraseLabel;
    QLineEdit* m_passphrase;
    QLabel* m_status;
    QPushButton* m_import;
    QPushButton* m_cancel;
};

} // namespace sharewise::ui
