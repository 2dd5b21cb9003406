#pragma once

#include "shares/Outputs.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace sharewise {
class Database;
}

namespace sharewise::ui {

// Outputs returned: for each agreement, what the recipient promised back and when
// (overdue and due soon marked with an icon and words), "Record what came back", and an
// agreement's shares out and outputs back side by side.
class OutputsDialog : public QDialog
{
    Q_OBJECT
public:
    enum DueColumn
    {
        DueStatusColumn,
        DueDateColumn,
        DueOutputColumn,
        DueAgreementColumn,
        DueColumnCount
    };

    OutputsDialog(Database& db, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* dueTable() const { return m_due; }
    QPushButton* recordButton() const { return m_record; }
    QLabel* summaryLabel() const { return m_summary; }
    QComboBox* agreementBox() const { return m_agreement; }
    QTableWidget* sharesOutTable() const { return m_sharesOut; }
    QTableWidget* outputsBackTable() const { return m_outputsBack; }
    QLabel* outcomeLabel() const { return m_outcome; }

    // Shows the side-by-side view of one agreement.
    void showAgreement(const QString& reference);
    void reload();
    void recordWhatCameBack();

    // Plain words for an output's state: "Overdue", "Due soon", "Returned", "Due".
    [[nodiscard]] static QString dueStatusText(const shares::OutputDue& due, const QDate& today);

signals:
    void outputsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reloadDue();
    void reloadAgreement();
    void fillAgreements();

    Database& m_db;
    QList<shares::OutputDue> m_dueItems;
    QLabel* m_heading;
    QLabel* m_intro;
    QTabWidget* m_tabs;
    QWidget* m_duePage;
    QLabel* m_summary;
    QTableWidget* m_due;
    QPushButton* m_record;
    QWidget* m_historyPage;
    QLabel* m_agreementLabel;
    QComboBox* m_agreement;
    QLabel* m_sharesOutLabel;
    QTableWidget* m_sharesOut;
    QLabel* m_outputsBackLabel;
    QTableWidget* m_outputsBack;
    QLabel* m_outcome;
    QPushButton* m_close;
};

} // namespace sharewise::ui
