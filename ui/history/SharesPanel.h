#pragma once

#include "shares/ShareStore.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;
class QTimer;

namespace sharewise {
class Database;
}

namespace sharewise::ui {

// The history's Shares tab: every share with its state, searchable and filterable by
// agreement, partner, dates, person and state (core's ShareFilter); the one opened
// shows its summary, decisions, bundle, incidents and full audit trail. Actions follow
// the share's state: mark as sent (with the route), import a receipt, report a
// problem, cancel, resume a draft. The list exports to CSV and PDF.
class SharesPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        CreatedColumn,
        StateColumn,
        AgreementColumn,
        PartnerColumn,
        PreparedByColumn,
        DatasetColumn,
        RowsColumn,
        ReferenceColumn,
        ColumnCount
    };

    explicit SharesPanel(Database& db, QWidget* parent = nullptr);

    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* stateBox() const { return m_state; }
    QComboBox* agreementBox() const { return m_agreement; }
    QLineEdit* partnerEdit() const { return m_partner; }
    QLineEdit* personEdit() const { return m_person; }
    QCheckBox* fromBox() const { return m_fromOn; }
    QDateEdit* fromEdit() const { return m_from; }
    QCheckBox* toBox() const { return m_toOn; }
    QDateEdit* toEdit() const { return m_to; }
    QTableWidget* table() const { return m_table; }
    QTextBrowser* detailView() const { return m_detail; }
    QLabel* countLabel() const { return m_count; }
    QLabel* outcomeLabel() const { return m_outcome; }
    QPushButton* markSentButton() const { return m_markSent; }
    QPushButton* importReceiptButton() const { return m_importReceipt; }
    QPushButton* reportProblemButton() const { return m_reportProblem; }
    QPushButton* cancelShareButton() const { return m_cancelShare; }
    QPushButton* resumeDraftButton() const { return m_resumeDraft; }
    QPushButton* sealButton() const { return m_seal; }
    QPushButton* exportCsvButton() const { return m_exportCsv; }
    QPushButton* exportPdfButton() const { return m_exportPdf; }

    [[nodiscard]] shares::ShareFilter filter() const;
    [[nodiscard]] QList<qint64> listedIds() const;
    [[nodiscard]] qint64 selectedId() const;
    bool selectShare(qint64 id);

    void reload();
    void markSent();
    void importReceipt();
    void reportProblem();
    void cancelShare();
    void exportCsv();
    void exportPdf();

signals:
    // The user asked to carry on with a draft (MainWindow opens the wizard on it).
    void resumeDraft(qint64 id);
    // The preparer seals a share an IG lead approved (MainWindow::sealApprovedShare).
    void sealApproved(qint64 id);
    // A share changed state (the home screen's counts, the events tab).
    void sharesChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillAgreements();
    void showSelected();
    void updateButtons();
    void setOutcome(bool ok, const QString& text);
    [[nodiscard]] QString detailHtml(const shares::ShareRecord& share) const;
    [[nodiscard]] QStringList headers() const;
    [[nodiscard]] QList<QStringList> shownRows() const;
    [[nodiscard]] QStringList filterNotes() const;

    Database& m_db;
    QLabel* m_intro;
    QLabel* m_searchLabel;
    QLineEdit* m_search;
    QLabel* m_stateLabel;
    QComboBox* m_state;
    QLabel* m_agreementLabel;
    QComboBox* m_agreement;
    QLabel* m_partnerLabel;
    QLineEdit* m_partner;
    QLabel* m_personLabel;
    QLineEdit* m_person;
    QCheckBox* m_fromOn;
    QDateEdit* m_from;
    QCheckBox* m_toOn;
    QDateEdit* m_to;
    QTableWidget* m_table;
    QLabel* m_count;
    QTextBrowser* m_detail;
    QPushButton* m_markSent;
    QPushButton* m_importReceipt;
    QPushButton* m_reportProblem;
    QPushButton* m_cancelShare;
    QPushButton* m_resumeDraft;
    QPushButton* m_seal;
    QPushButton* m_exportCsv;
    QPushButton* m_exportPdf;
    QLabel* m_outcomeIcon;
    QLabel* m_outcome;
    QTimer* m_filterDelay;
    QString m_outcomeText;
    bool m_outcomeOk = true;
};

} // namespace sharewise::ui
