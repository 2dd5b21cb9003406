#pragma once

#include "store/Database.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QSpinBox;

namespace sharewise {
class AppSettings;
namespace crypto {
class SecureBytes;
}
namespace secrets {
class SecretStore;
}
} // namespace sharewise

namespace sharewise::ui {

class ErrorSummary;

// Settings: the organisation's name, the language, and where the history is kept: a
// file on this computer (with backup and restore) or the council's shared register on a
// PostgreSQL server (server, port, database, user name, password, schema, certificate
// authority file, and a "Test connection" button). Writes to AppSettings only when
// accepted and valid; the register's password goes to the credential store, never to
// the settings.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `store` keeps the shared register's password; it must outlive the dialog.
    SettingsDialog(AppSettings& settings, secrets::SecretStore& store, QWidget* parent = nullptr);
    // With the system's credential store.
    explicit SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    QLineEdit* organisationEdit() const { return m_organisation; }
    QComboBox* languageCombo() const { return m_language; }
    QLineEdit* databaseEdit() const { return m_database; }
    QPushButton* saveButton() const { return m_save; }
    ErrorSummary* errorSummary() const { return m_errors; }
    // Says which settings the organisation's IT sets (machine policy); hidden when none.
    QLabel* policyNote() const { return m_policyNote; }

    // The choice of history, and the shared register's fields.
    QRadioButton* localChoice() const { return m_localChoice; }
    QRadioButton* serverChoice() const { return m_serverChoice; }
    QWidget* serverPanel() const { return m_serverPanel; }
    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portSpin() const { return m_port; }
    QLineEdit* serverDatabaseEdit() const { return m_serverDatabase; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* schemaEdit() const { return m_schema; }
    QLineEdit* caFileEdit() const { return m_caFile; }
    QPushButton* testButton() const { return m_test; }
    // What Test connection found, beside the button.
    QLabel* testResult() const { return m_testResult; }
    QPushButton* forgetPasswordButton() const { return m_forgetPassword; }
    // True while a connection test, a password check or a save to the credential store
    // is under way.
    [[nodiscard]] bool isBusy() const { return m_testing || m_saving || m_checkingPassword; }
    // Seconds Test connection waits for the server (5 unless changed).
    void setTestTimeoutSeconds(int seconds) { m_testTimeout = seconds; }
    // True once a save changed the saved password (or removed it).
    [[nodiscard]] bool passwordChanged() const { return m_passwordChanged; }

    // Runs Test connection with what the fields hold now.
    void testConnection();

    // The identity and recipients buttons need the history; off when it is not open.
    void setKeysAvailable(bool available);
    QPushButton* identityButton() const { return m_identity; }
    QPushButton* recipientsButton() const { return m_recipients; }

    void accept() override;

signals:
    void backupRequested();
    void restoreRequested();
    void identityRequested();
    void recipientsRequested();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void build();
    void retranslateUi();
    void applyPolicyLocks();
    void showChoice();
    // Sizes the dialog to its contents after the next layout.
    void fitLater();
    void fit();
    void chooseDatabase();
    void chooseCaFile();
    bool validate();
    bool validateServer();
    void addFieldProblem(const QString& problem, QWidget* field);
    // The server the fields describe.
    [[nodiscard]] ServerConnection serverFromFields() const;
    // Looks in the credential store for a password saved for the server in the settings.
    void checkSavedPassword();
    // The password to connect with: the one typed, else the saved one (unless the user
    // asked to forget it); null for none.
    [[nodiscard]] std::shared_ptr<const crypto::SecureBytes> passwordToUse() const;
    void setTesting(bool testing);
    void setSaving(bool saving);
    void clearTestResult();
    // Writes the settings (after the password, if any, is in the credential store).
    void saveSettings();
    void updatePasswordHint();

    AppSettings& m_settings;
    std::unique_ptr<secrets::SecretStore> m_ownStore; // when none is given
    secrets::SecretStore& m_store;
    QScrollArea* m_scroll;
    QWidget* m_body;
    ErrorSummary* m_errors;
    QLabel* m_policyNote;
    QGroupBox* m_generalGroup;
    QLabel* m_organisationLabel;
    QLineEdit* m_organisation;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QGroupBox* m_historyGroup;
    QRadioButton* m_localChoice;
    QRadioButton* m_serverChoice;
    QWidget* m_localPanel;
    QLabel* m_databaseLabel;
    QLineEdit* m_database;
    QLabel* m_databaseHint;
    QLabel* m_databaseError;
    QPushButton* m_chooseDatabase;
    QPushButton* m_defaultDatabase;
    QPushButton* m_backup;
    QPushButton* m_restore;
    QWidget* m_serverPanel;
    QLabel* m_hostLabel;
    QLineEdit* m_host;
    QLabel* m_portLabel;
    QSpinBox* m_port;
    QLabel* m_serverDatabaseLabel;
    QLineEdit* m_serverDatabase;
    QLabel* m_userLabel;
    QLineEdit* m_user;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_passwordHint;
    QPushButton* m_forgetPassword;
    QLabel* m_schemaLabel;
    QLineEdit* m_schema;
    QLabel* m_caFileLabel;
    QLineEdit* m_caFile;
    QPushButton* m_chooseCaFile;
    QLabel* m_serverNote;
    QLabel* m_serverError;
    QPushButton* m_test;
    QLabel* m_testResult;
    QGroupBox* m_keysGroup;
    QLabel* m_keysHint;
    QPushButton* m_identity;
    QPushButton* m_recipients;
    QDialogButtonBox* m_buttons;
    QPushButton* m_save;
    QPushButton* m_cancel;

    // The server in the settings when the dialog opened, and its saved password (held
    // in guarded memory, so Test connection and a changed server can use it).
    ServerConnection m_savedServer;
    std::shared_ptr<const crypto::SecureBytes> m_savedPassword;
    bool m_passwordLookedFor = false;
    bool m_checkingPassword = false;
    bool m_forgetRequested = false;
    bool m_passwordChanged = false;
    bool m_testing = false;
    bool m_saving = false;
    int m_testTimeout = 5;
    quint64 m_tests = 0; // a newer test (or an edit) drops an older test's answer
};

} // namespace sharewise::ui
