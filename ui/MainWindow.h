#pragma once

#include "common/AppSettings.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;

namespace sharewise {
class Database;
namespace secrets {
class SecretStore;
}
} // namespace sharewise

namespace sharewise::ui {

class HomePage;

// The application's window: the home screen, the menus, and the history it opened.
// Owns the Database; dialogs borrow it.
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

    // (Re)opens the history the settings name; on failure the home screen says why.
    void openHistory();
    void refreshCounts();

    void setLanguage(const QString& code);
    void backupHistory();
    void restoreHistory();
    void showSettings();
    void showAbout();
    void startShare();
    void showHistory();
    void showIdentity(QWidget* parent = nullptr);
    void showRecipients(QWidget* parent = nullptr);
    // Asks for a .swb file and opens it.
    void openBundle();
    void showHelp();

    QAction* languageAction(const QString& code) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void createMenus();
    void retranslateUi();
    void notAvailableYet(const QString& message);
    void updateStatus();

    AppSettings m_settings;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<secrets::SecretStore> m_secretStore;
    QString m_historyProblem;
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
    QAction* m_systemLanguageAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_welshAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QAction* m_helpAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace sharewise::ui
