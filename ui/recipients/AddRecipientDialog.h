#pragma once

#include "crypto/Identity.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sharewise {
class Database;
}

namespace sharewise::ui {

class ErrorSummary;

// Adds a partner's key card to the recipients directory: pasted or loaded from a .txt
// file, with the organisation and person it belongs to. Shows the fingerprint to check
// by phone. A different key for someone already in the directory is refused with the
// directory's warning until the user confirms, a second time, that they checked it.
class AddRecipientDialog : public QDialog
{
    Q_OBJECT
public:
    AddRecipientDialog(Database& db, QWidget* parent = nullptr);

    QPlainTextEdit* cardEdit() const { return m_card; }
    QPushButton* loadButton() const { return m_load; }
    QLineEdit* organisationEdit() const { return m_organisation; }
    QLineEdit* personEdit() const { return m_person; }
    QLabel* fingerprintLabel() const { return m_fingerprint; }
    QCheckBox* checkedBox() const { return m_checked; }
    QCheckBox* acceptNewKeyBox() const { return m_acceptNewKey; }
    QPushButton* addButton() const { return m_add; }
    ErrorSummary* errorSummary() const { return m_errors; }

    void loadFromFile();
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    // Sizes the window to its contents once wrapped text knows its width (a wrapped
    // label asks for its height at the width it had, which before the first layout is
    // far too narrow).
    void fitLater();
    void cardChanged();

    Database& m_db;
    std::optional<crypto::KeyCard> m_parsed;
    QString m_warnedFingerprint; // the new key the warning was about
    ErrorSummary* m_errors;
    QLabel* m_intro;
    QLabel* m_cardLabel;
    QPlainTextEdit* m_card;
    QPushButton* m_load;
    QLabel* m_cardError;
    QLabel* m_organisationLabel;
    QLineEdit* m_organisation;
    QLabel* m_personLabel;
    QLineEdit* m_person;
    QLabel* m_fingerprintCaption;
    QLabel* m_fingerprint;
    QLabel* m_cardName;
    QLabel* m_checkHint;
    QCheckBox* m_checked;
    QCheckBox* m_acceptNewKey;
    QPushButton* m_add;
    QPushButton* m_cancel;
};

} // namespace sharewise::ui
