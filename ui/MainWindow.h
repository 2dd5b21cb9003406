#pragma once

#include "common/AppSettings.h"
#include "common/Error.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;

namespace sharewise {
class Database;
namespace crypto {
class Identity;
}
namespace secrets {
class OwnIdentities;
class SecretStore;
} // namespace secrets
} // namespace sharewise

namespace sharewise::ui {

class HomePage;
struct AgreementKeySource;

// The application's window: the home screen, the menus, and the history it opened.
// Owns the Database; dialogs borrow it. Holds the user's current identity for the
// session once it is loaded (from the credential store at start, or from its file when
// the user unlocks it), and makes it the audit log's signer.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    HomePage* homePage() const { return m_home; }
    Database* database() const { return m_db.get(); }
    AppSettings& settings() { return m_settings; }
    // The credential store that holds the user's identity: the system's, unless a test
    // or the screenshot tool gives another (the window takes ownership).
    secrets::SecretStore& secretStore() const { return *m_secretStore; }
    void setSecretStore(std::unique_ptr<secrets::SecretStore> store);

    // The current identity when this session holds it (null otherwise); it signs the
    // audit chain's head after each action (Database::setSigner).
    [[nodiscard]] std::shared_ptr<const crypto::Identity> currentIdentity() const
    {
        return m_identity;
    }
    // Holds `identity` for the session if it is the history's current identity (a
    // retired one, or one the history does not know, is not taken: it would sign heads
    // that verification refuses).
    void adoptIdentity(std::shared_ptr<const crypto::Identity> identity);
    // Follows the history's current identity: keeps the one held if it still is, else
    // lets it go and loads it from the credential store (an identity kept in a file
    // waits until the user unlocks it).
    void reloadIdentity();

    // (Re)opens the history the settings name; on failure the home screen says why. A
    // file opens at once; the shared register after its password is read from the
    // credential store and a first connection made off the GUI thread (isConnecting()
    // meanwhile, and the status bar says so).
    void openHistory();
    [[nodiscard]] bool isConnecting() const { return m_connecting; }
    void refreshCounts();

    void setLanguage(const QString& code);
    void backupHistory();
    void restoreHistory();
    void showSettings();
    void showAbout();
    void startShare();
    // "Try it with sample data": the Share wizard over the practice history (its own
    // file, shares::practice), with a practice identity made for this session only, the
    // sample file already chosen, and the practice banner beside every page.
    void startPractice();
    // Tests put the practice history in a temporary folder.
    void setPracticePathForTesting(const QString& path) { m_practicePath = path; }
    // What the Share wizard lists and unlocks agreement keys with: a history (this
    // window's, or the practice one) and an identity (core does the unlocking).
    [[nodiscard]] AgreementKeySource agreementKeySource();
    [[nodiscard]] AgreementKeySource
    agreementKeySource(std::function<Database*()> history,
                       std::function<std::shared_ptr<const crypto::Identity>()> identity);
    void showHistory();
    // The IG review queue (signing with the session's identity) and the outputs returned.
    void showReviewQueue();
    void showOutputs();
    // Opens the Share wizard on a saved draft (or a share sent back) from the history.
    void resumeShare(qint64 shareId);
    // Seals a share an IG lead approved, as its preparer: asks where the bundle goes,
    // unlocks the agreement's key when the rules need it, and runs shares::sealShare
    // (which redacts the file again and refuses if anything changed) with progress and
    // Cancel. True when a bundle was written.
    bool sealApprovedShare(qint64 shareId);
    void showIdentity(QWidget* parent = nullptr);
    void showRecipients(QWidget* parent = nullptr);
    void showAgreementKeys(QWidget* parent = nullptr);
    // Asks for a .swb file and opens it.
    void openBundle();
    // Opens the given bundle (a file opened from the desktop or given on the command line).
    void openBundleFile(const QString& file);
    void showHelp();

    QAction* languageAction(const QString& code) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void createMenus();
    // False, after saying why, when no history is open (it holds the keys a bundle needs).
    bool canOpenBundles();
    void retranslateUi();
    void notAvailableYet(const QString& message);
    void updateStatus();
    // Takes the history just opened (or the reason it was not) and shows it.
    void historyOpened(Result<std::unique_ptr<Database>> db);
    // Menu actions that need the history, or a history file rather than the register.
    void updateActions();
    void setIdentity(std::shared_ptr<const crypto::Identity> identity);

    AppSettings m_settings;
    // Declared before the history, so the signer outlives the Database that points to it.
    std::shared_ptr<const crypto::Identity> m_identity;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<secrets::SecretStore> m_secretStore;
    std::unique_ptr<secrets::OwnIdentities> m_ownIdentities; // over m_secretStore
    quint64 m_identityLoads = 0; // a newer load (or a cleared identity) drops older answers
    quint64 m_historyOpens = 0;  // a newer open (or settings change) drops older answers
    bool m_connecting = false;   // the shared register's connection is being made
    QString m_historyProblem;
    QString m_practicePath;
    HomePage* m_home;
    QLabel* m_statusOrganisation;
    QLabel* m_statusHistory;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_openBundleAction = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_identityAction = nullptr;
    QAction* m_recipientsAction = nullptr;
    QAction* m_agreementKeysAction = nullptr;
    QAction* m_systemLanguageAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_welshAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QAction* m_helpAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace sharewise::ui
