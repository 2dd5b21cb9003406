#pragma once

#include "agreements/Agreement.h"
#include "agreements/AgreementRegister.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace sharewise {
class Database;
}

namespace sharewise::ui {

class ErrorSummary;

// The agreements register: every data-sharing agreement with its status (an active one
// past its end date shows as expired), review date and version, filtered by status,
// partner and reviews due; the selected one's plain-English summary, the whole
// agreement as it prints, and its versions. New agreements start blank, from a
// template or with the Agreement helper; editing records a new version; agreements are
// made active, suspended and ended with a reason; saved as PDF for signature; and
// exchanged as JSON (docs/agreements.md). The register (core) does every check and
// records every change; this window shows and asks.
class AgreementsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        ReferenceColumn,
        TitleColumn,
        PartnerColumn,
        StatusColumn,
        ReviewColumn,
        VersionColumn,
        ColumnCount
    };
    enum VersionColumnIndex
    {
        VersionNumberColumn,
        VersionDateColumn,
        VersionByColumn,
        VersionNoteColumn,
        VersionHashColumn,
        VersionColumnCount
    };

    // `db` must outlive the dialog.
    explicit AgreementsDialog(Database& db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QTableWidget* versionsTable() const { return m_versions; }
    QTextBrowser* summaryView() const { return m_summary; }
    QTextBrowser* detailsView() const { return m_details; }
    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* statusFilter() const { return m_statusFilter; }
    QLineEdit* partnerFilter() const { return m_partnerFilter; }
    QCheckBox* reviewDueFilter() const { return m_reviewFilter; }
    ErrorSummary* errorSummary() const { return m_errors; }
    QLabel* statusLabel() const { return m_done; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* activateButton() const { return m_activate; }
    QPushButton* suspendButton() const { return m_suspend; }
    QPushButton* endButton() const { return m_end; }
    QPushButton* pdfButton() const { return m_pdf; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* importButton() const { return m_import; }

    [[nodiscard]] QList<agreements::Agreement> agreements() const { return m_agreements; }
    [[nodiscard]] QString selectedReference() const;
    bool selectReference(const QString& reference);
    // How many times the texts were set (tests check a language change reaches here).
    [[nodiscard]] int retranslations() const { return m_retranslations; }

    void reload();
    void newAgreement();
    void editSelected();
    void activateSelected();
    void suspendSelected();
    void endSelected();
    void savePdf();
    void exportJson();
    void importJson();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showSelected();
    void updateButtons();
    void changeStatus(agreements::AgreementStatus status);
    void clearFiltersAndReload();
    // Opens the editor on `agreement` (new when its version is 0); true when saved.
    bool edit(const agreements::Agreement& agreement);
    void showProblem(const QString& message, QWidget* field);
    void showDone(const QString& message);
    [[nodiscard]] const agreements::Agreement* selected() const;
    [[nodiscard]] agreements::AgreementFilter filter() const;

    Database& m_db;
    QList<agreements::Agreement> m_agreements;
    int m_retranslations = 0;

    ErrorSummary* m_errors;
    QLabel* m_intro;
    QLabel* m_statusFilterLabel;
    QComboBox* m_statusFilter;
    QLabel* m_partnerFilterLabel;
    QLineEdit* m_partnerFilter;
    QCheckBox* m_reviewFilter;
    QTableWidget* m_table;
    QLabel* m_empty;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_activate;
    QPushButton* m_suspend;
    QPushButton* m_end;
    QPushButton* m_pdf;
    QPushButton* m_export;
    QPushButton* m_import;
    QTabWidget* m_tabs;
    QTextBrowser* m_summary;
    QTextBrowser* m_details;
    QTableWidget* m_versions;
    QLabel* m_done;
    QPushButton* m_close;
};

} // namespace sharewise::ui
