#pragma once

#include "crypto/Identity.h"
#include "keys/AgreementKeys.h"
#include "secrets/IdentityFile.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace sharewise {
class Database;
}

namespace sharewise::ui {

class ErrorSummary;

// Makes an agreement's pseudonymisation key, in three steps: first what the key is and
// what losing it means (which the user must acknowledge), then the recovery passphrase
// (typed twice), then the key is made (off the GUI thread: Argon2id) with the user as
// its first holder, and saving the recovery copy to a file is offered.
class CreateKeyDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page
    {
        Explain,
        Passphrase,
        Done,
    };

    // `holder` is the user's current identity's card; `signer` signs the audit heads
    // (may be null). `db` must outlive the dialog.
    CreateKeyDialog(Database& db, const crypto::KeyCard& holder,
                    std::shared_ptr<const crypto::Identity> signer, QWidget* parent = nullptr);
    ~CreateKeyDialog() override;

    [[nodiscard]] Page page() const { return m_page; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    // The key made here (once on the Done page).
    [[nodiscard]] const std::optional<keys::AgreementKeyRecord>& created() const
    {
        return m_created;
    }

    QLineEdit* referenceEdit() const { return m_reference; }
    QCheckBox* understoodBox() const { return m_understood; }
    QPushButton* nextButton() const { return m_next; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QLabel* strengthLabel() const { return m_strength; }
    QPushButton* createButton() const { return m_create; }
    QPushButton* saveRecoveryButton() const { return m_saveRecovery; }
    ErrorSummary* errorSummary() const { return m_errors; }
    QLabel* statusLabel() const { return m_status; }

    // Argon2id limits for the recovery copy; tests make them fast.
    void setRecoveryLimits(secrets::PassphraseLimits limits) { m_limits = limits; }
    void setReference(const QString& reference);

    // From the explanation to the passphrase: refused until the reference is given, can
    // have a key, and the explanation is acknowledged.
    void next();
    void back();
    // Makes the key with the passphrase typed twice (cleared from the fields at once).
    void createKey();
    // Asks where, and writes the recovery copy there (readable by the user only).
    void saveRecoveryCopy();
    // Refused while the key is being made (closing would hide whether it was).
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void showPage(Page page);
    void showProblem(const QString& message, QWidget* field);
    void setBusy(bool busy, const QString& status = {});
    void fitLater();

    Database& m_db;
    crypto::KeyCard m_holder;
    std::shared_ptr<const crypto::Identity> m_signer;
    secrets::PassphraseLimits m_limits = secrets::PassphraseLimits::moderate();
    Page m_page = Page::Explain;
    bool m_busy = false;
    std::optional<keys::AgreementKeyRecord> m_created;
    QString m_savedTo;

    ErrorSummary* m_errors;
    QStackedWidget* m_pages;
    // Explain
    QLabel* m_explainHeading;
    QLabel* m_whatItDoes;
    QLabel* m_personalData;
    QLabel* m_losing;
    QLabel* m_recoveryNote;
    QLabel* m_referenceLabel;
    QLabel* m_referenceHint;
    QLineEdit* m_reference;
    QLabel* m_understoodText;
    QCheckBox* m_understood;
    QPushButton* m_next;
    // Passphrase
    QLabel* m_passHeading;
    QLabel* m_passIntro;
    QLabel* m_passphraseLabel;
    QLineEdit* m_passphrase;
    QLabel* m_strength;
    QLabel* m_repeatLabel;
    QLineEdit* m_repeat;
    QLabel* m_holderNote;
    QPushButton* m_back;
    QPushButton* m_create;
    // Done
    QLabel* m_doneHeading;
    QLabel* m_doneText;
    QLabel* m_recoveryText;
    QPushButton* m_saveRecovery;

    QLabel* m_status;
    QPushButton* m_cancel;
};

} // namespace sharewise::ui
