#pragma once

#include "common/Error.h"
#include "review/RedactedPreview.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTimer;

namespace sharewise {
class Database;
namespace crypto {
class Identity;
}
} // namespace sharewise

namespace sharewise::ui {

// The IG review queue: shares waiting for review, oldest first, with what a senior
// reviewer needs to decide; one opened shows the full summary, the checks' findings,
// the agreement and, on demand, the first redacted rows read again from the file.
// Approve or send back with a reason, signed with the session's identity (core refuses
// the preparer: four eyes). Review by file for desktops with their own histories.
class ReviewQueueDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        SubmittedColumn,
        AgreementColumn,
        PartnerColumn,
        PreparedByColumn,
        DatasetColumn,
        RowsColumn,
        FindingsColumn,
        StateColumn,
        ColumnCount
    };

    ReviewQueueDialog(Database& db, QWidget* parent = nullptr);
    ~ReviewQueueDialog() override;

    // The identity that signs decisions and exported requests (null: none this session).
    void setSessionIdentity(std::shared_ptr<const crypto::Identity> identity);

    QTableWidget* table() const { return m_table; }
    QTextBrowser* detailView() const { return m_detail; }
    QTabWidget* detailTabs() const { return m_tabs; }
    QTableWidget* rowsTable() const { return m_rows; }
    QPushButton* showRowsButton() const { return m_showRows; }
    QLabel* rowsStatus() const { return m_rowsStatus; }
    QCheckBox* includeDecidedBox() const { return m_includeDecided; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* sendBackButton() const { return m_sendBack; }
    QPushButton* refreshButton() const { return m_refresh; }
    QPushButton* exportRequestButton() const { return m_exportRequest; }
    QPushButton* importRequestButton() const { return m_importRequest; }
    QPushButton* exportDecisionButton() const { return m_exportDecision; }
    QPushButton* importDecisionButton() const { return m_importDecision; }
    QLabel* outcomeLabel() const { return m_outcome; }
    QTimer* refreshTimer() const { return m_timer; }

    // The share ids in the table, top to bottom.
    [[nodiscard]] QList<qint64> listedIds() const;
    [[nodiscard]] qint64 selectedId() const;
    bool selectShare(qint64 id);

    void reload();
    void approveSelected();
    void sendBackSelected(); // asks for the reason
    void showRedactedRows();
    void exportReviewRequest();
    void importReviewRequest();
    void exportDecision();
    void importDecision();

signals:
    // A decision or an import changed the register (the home screen's counts).
    void sharesChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showSelected();
    void updateButtons();
    void decide(bool approve, const QString& reason);
    void setOutcome(bool ok, const QString& text);
    void showRows(const RedactedRows& rows);

    Database& m_db;
    std::shared_ptr<const crypto::Identity> m_identity;
    QLabel* m_heading;
    QLabel* m_intro;
    QCheckBox* m_includeDecided;
    QTableWidget* m_table;
    QTabWidget* m_tabs;
    QTextBrowser* m_detail;
    QWidget* m_rowsPage;
    QLabel* m_rowsIntro;
    QPushButton* m_showRows;
    QLabel* m_rowsStatus;
    QTableWidget* m_rows;
    QPushButton* m_approve;
    QPushButton* m_sendBack;
    QLabel* m_outcomeIcon;
    QLabel* m_outcome;
    QPushButton* m_exportRequest;
    QPushButton* m_importRequest;
    QPushButton* m_exportDecision;
    QPushButton* m_importDecision;
    QPushButton* m_refresh;
    QPushButton* m_close;
    QTimer* m_timer;
    RedactedPreviewJob* m_job;
    QString m_outcomeText;
    bool m_outcomeOk = true;
    qint64 m_shownId = 0;
    int m_shownVersion = -1;
};

} // namespace sharewise::ui
