#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sharewise {
class AppSettings;
}

namespace sharewise::ui {

class ErrorSummary;

// Settings: the organisation's name, the language, and where the history is kept
// (with backup and restore). Writes to AppSettings only when accepted and valid.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);

    QLineEdit* organisationEdit() const { return m_organisation; }
    QComboBox* languageCombo() const { return m_language; }
    QLineEdit* databaseEdit() const { return m_database; }
    QPushButton* saveButton() const { return m_save; }
    ErrorSummary* errorSummary() const { return m_errors; }
    // Says which settings the organisation's IT sets (machine policy); hidden when none.
    QLabel* policyNote() const { return m_policyNote; }

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

private:
    void retranslateUi();
    void applyPolicyLocks();
    void chooseDatabase();
    bool validate();

    AppSettings& m_settings;
    ErrorSummary* m_errors;
    QLabel* m_policyNote;
    QGroupBox* m_generalGroup;
    QLabel* m_organisationLabel;
    QLineEdit* m_organisation;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QGroupBox* m_historyGroup;
    QLabel* m_databaseLabel;
    QLineEdit* m_database;
    QLabel* m_databaseHint;
    QLabel* m_databaseError;
    QPushButton* m_chooseDatabase;
    QPushButton* m_defaultDatabase;
    QPushButton* m_backup;
    QPushButton* m_restore;
    QGroupBox* m_keysGroup;
    QLabel* m_keysHint;
    QPushButton* m_identity;
    QPushButton* m_recipients;
    QDialogButtonBox* m_buttons;
    QPushButton* m_save;
    QPushButton* m_cancel;
};

} // namespace sharewise::ui
