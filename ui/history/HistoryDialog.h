#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace sharewise {
class Database;
}

namespace sharewise::ui {

class SharesPanel;

// The history: every share with its state and record (the Shares tab), every recorded
// event, newest first, and a check that the audit trail has not been altered (the
// Events tab).
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(Database& db, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    SharesPanel* sharesPanel() const { return m_shares; }
    QTableWidget* table() const { return m_table; }
    QPushButton* verifyButton() const { return m_verify; }
    QLabel* resultLabel() const { return m_result; }

    void reload();
    void verify();

    // Plain words for an audit action code ("history.created" → "History created").
    static QString describeAction(const QString& action);
    // The person as shown: the login name without its "login:" prefix.
    static QString displayActor(const QString& actor);

signals:
    // The user asked to carry on with a draft share (MainWindow opens the wizard on it).
    void resumeDraft(qint64 id);
    void sealApproved(qint64 id);
    // A share changed state (the home screen's counts).
    void sharesChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Database& m_db;
    QTabWidget* m_tabs;
    SharesPanel* m_shares;
    QWidget* m_eventsPage;
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
