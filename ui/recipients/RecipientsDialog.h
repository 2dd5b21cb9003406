#pragma once

#include "store/RecipientsDirectory.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sharewise {
class Database;
}

namespace sharewise::ui {

// The recipients directory: every partner's key, whether its fingerprint was checked
// with its holder, and whether it was revoked. Keys are added, checked and revoked
// here, never deleted.
class RecipientsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        PersonColumn,
        OrganisationColumn,
        FingerprintColumn,
        CheckedColumn,
        StatusColumn,
        ColumnCount
    };

    RecipientsDialog(Database& db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* checkButton() const { return m_check; }
    QPushButton* revokeButton() const { return m_revoke; }
    QLabel* problemLabel() const { return m_problem; }
    [[nodiscard]] QList<RecipientKey> keys() const { return m_keys; }

    void reload();
    void addKey();
    void markChecked();
    void revokeSelected();
    // Selects the row of the key with this fingerprint; false if it is not listed.
    bool selectFingerprint(const QString& fingerprint);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateButtons();
    [[nodiscard]] const RecipientKey* selectedKey() const;

    Database& m_db;
    QList<RecipientKey> m_keys;
    QLabel* m_intro;
    QTableWidget* m_table;
    QLabel* m_problem;
    QPushButton* m_add;
    QPushButton* m_check;
    QPushButton* m_revoke;
    QPushButton* m_close;
};

} // namespace sharewise::ui
