#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sharewise {
class Database;
}

namespace sharewise::ui {

// The history: every recorded event, newest first, and a check that the audit trail
// has not been altered.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(Database& db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QPushButton* verifyButton() const { return m_verify; }
    QLabel* resultLabel() const { return m_result; }

    void reload();
    void verify();

    // Plain words for an audit action code ("history.created" → "History created").
    static QString describeAction(const QString& action);
    // The person as shown: the login name without its "login:" prefix.
    static QString displayActor(const QString& actor);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Database& m_db;
    QLabel* m_intro;
    QTableWidget* m_table;
    QPushButton* m_verify;
    QLabel* m_resultIcon;
    QLabel* m_result;
    QPushButton* m_close;
    QString m_resultText;
    bool m_resultOk = true;
};

} // namespace sharewise::ui
