#pragma once

#include "bundle/BundleReader.h"
#include "crypto/Identity.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QDialog>
#include <QSet>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
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

// Opens a received bundle, one step per page: the passphrase (only when the bundle has
// one), the user's identity file and its passphrase (only for a bundle encrypted for
// them when their identity is not in the credential store: kept in a file, the store
// unusable, or no identity recorded here), the check of an unknown sender's fingerprint (only when
// the sender is not in the recipients directory), the work with a progress bar and Cancel, and then
// what was received, in plain words, with "Save the data…" and "Save a receipt…". Nothing is
// written until the user chooses where; a bundle that fails any check writes nothing at all. The
// reader runs on a pool thread; results come back queued.
class OpenBundleDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page
    {
        Working,
        Passphrase,
        UnknownSender,
        Opened,
        Problem,
        IdentityFile,
    };

    // `db` and `store` must outlive the dialog.
    OpenBundleDialog(Database& db, secrets::SecretStore& store, QWidget* parent = nullptr);
    ~OpenBundleDialog() override;

    // The identity this session already holds (the main window's): used rather than
    // loaded or asked for again when it is the current one.
    void setSessionIdentity(std::shared_ptr<const crypto::Identity> identity);

    // Starts opening `bundlePath`: loads the current identity, then asks or checks.
    void openFile(const QString& bundlePath);

    [[nodiscard]] Page page() const;
    [[nodiscard]] bool isWorking() const { return m_run != nullptr; }
    [[nodiscard]] const std::optional<bundle::OpenedBundle>& opened() const { return m_opened; }

    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QPushButton* passphraseOpenButton() const { return m_passphraseOpen; }
    QLabel* senderFingerprintLabel() const { return m_senderFingerprint; }
    QCheckBox* senderCheckedBox() const { return m_senderChecked; }
    QCheckBox* addSenderBox() const { return m_addSender; }
    QLineEdit* senderOrganisationEdit() const { return m_senderOrganisation; }
    QLineEdit* senderPersonEdit() const { return m_senderPerson; }
    QPushButton* senderAcceptButton() const { return m_senderAccept; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelButton() const { return m_cancelWork; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* saveDataButton() const { return m_saveData; }
    QPushButton* saveReceiptButton() const { return m_saveReceipt; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* problemLabel() const { return m_problemText; }
    ErrorSummary* errorSummary() const { return m_errors; }
    QLabel* identityFileIntroLabel() const { return m_idFileIntro; }
    QLabel* identityFileLabel() const { return m_idFilePath; }
    QPushButton* chooseIdentityFileButton() const { return m_idFileChoose; }
    QLineEdit* identityPassphraseEdit() const { return m_idFilePassphrase; }
    QPushButton* identityFileOpenButton() const { return m_idFileOpen; }

    // Named after the bundle's own file, never after a name inside it.
    [[nodiscard]] QString suggestedDataPath() const;
    [[nodiscard]] QString suggestedReceiptPath() const;

    void saveData();
    void saveReceipt();
    // The Cancel button: stops saving (back to the summary) or opening (closes).
    void cancelClicked();

    void chooseIdentityFile();
    void submitIdentityFile();

    void reject() override;

signals:
    // The user's identity was read here (from the store or their identity file): the
    // main window holds it for the session if it is the current one.
    void identityLoaded(std::shared_ptr<const crypto::Identity> identity);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Run;

    void retranslateUi();
    // Sizes the window to its contents once wrapped text knows its width (a wrapped
    // label asks for its height at the width it had, which before the first layout is
    // far too narrow).
    void fitLater();
    void showPage(Page page);
    void storeAnswered(Result<crypto::Identity> identity);
    void askForIdentityFile();
    void loadRetired();
    void submitPassphrase();
    void acceptSender();
    void cancelWork();
    void startRun(const QString& dataOutput);
    void runProgress(qint64 done, qint64 total);
    void runFinished(const Result<bundle::OpenedBundle>& result,
                     const std::optional<crypto::KeyCard>& refusedSender, const QString& dataOutput,
                     const std::shared_ptr<const crypto::Identity>& openedWith);
    void showProblem(const QString& message);
    void updateSummary();

    Database& m_db;
    secrets::OwnIdentities* m_identities;
    QString m_bundlePath;
    int m_mode = 0; // from the header: 1 recipients, 2 passphrase, 0 unknown
    // The identity that opens the bundle (and signs the receipt): the current one, or a
    // retired one still in the store, for bundles sent before it was replaced.
    std::shared_ptr<const crypto::Identity> m_identity;
    QList<std::shared_ptr<const crypto::Identity>> m_retired;
    QStringList m_retiredToLoad; // fingerprints
    std::shared_ptr<const crypto::SecureBytes> m_passphraseBytes;
    QSet<QByteArray> m_trusted;              // signing keys of unrevoked directory entries
    std::optional<crypto::KeyCard> m_sender; // an unknown sender, while being checked
    std::optional<bundle::OpenedBundle> m_opened;
    std::shared_ptr<Run> m_run;
    QString m_problemMessage;
    QString m_statusMessage;
    bool m_savingRun = false;
    bool m_waitingForIdentity = false;
    bool m_unlockingFile = false; // an identity file is being opened (Argon2id)
    // Why the identity file is asked for; also what a receipt needs, when there is none.
    enum class IdentityNeed
    {
        None,
        NoIdentity, // none recorded in this history
        InFile,     // the current identity is kept in a file
        NotInStore, // the store could not give it (m_storeError says why)
    };
    IdentityNeed m_identityNeed = IdentityNeed::None;
    QString m_storeError;
    QString m_identityFilePath;
    std::shared_ptr<const crypto::Identity> m_session;

    ErrorSummary* m_errors;
    QStackedWidget* m_pages;
    // Working
    QLabel* m_workingHeading;
    QLabel* m_workingText;
    QProgressBar* m_progress;
    QPushButton* m_cancelWork;
    // Passphrase
    QLabel* m_passphraseHeading;
    QLabel* m_passphraseIntro;
    QLabel* m_passphraseLabel;
    QLineEdit* m_passphrase;
    QPushButton* m_passphraseOpen;
    // Unknown sender
    QLabel* m_senderHeading;
    QLabel* m_senderIntro;
    QLabel* m_senderFingerprintCaption;
    QLabel* m_senderFingerprint;
    QLabel* m_senderClaim;
    QCheckBox* m_senderChecked;
    QCheckBox* m_addSender;
    QLabel* m_senderOrganisationLabel;
    QLineEdit* m_senderOrganisation;
    QLabel* m_senderPersonLabel;
    QLineEdit* m_senderPerson;
    QPushButton* m_senderAccept;
    // Opened
    QLabel* m_openedIcon;
    QLabel* m_openedHeading;
    QLabel* m_summary;
    QLabel* m_nextSteps;
    QPushButton* m_saveData;
    QPushButton* m_saveReceipt;
    QLabel* m_status;
    // Problem
    QLabel* m_problemIcon;
    QLabel* m_problemHeading;
    QLabel* m_problemText;
    QLabel* m_problemAdvice;
    QPushButton* m_tryAgain;
    // Identity file
    QLabel* m_idFileHeading;
    QLabel* m_idFileIntro;
    QLabel* m_idFileCaption;
    QLabel* m_idFilePath;
    QPushButton* m_idFileChoose;
    QLabel* m_idFilePassphraseLabel;
    QLineEdit* m_idFilePassphrase;
    QPushButton* m_idFileOpen;

    QPushButton* m_close;
};

} // namespace sharewise::ui
