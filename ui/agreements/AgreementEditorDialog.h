#pragma once

#include "agreements/Agreement.h"
#include "store/RecipientsDirectory.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace sharewise {
class Database;
}

namespace sharewise::ui {

class ErrorSummary;

// Edits every part of an agreement, in sections an information governance lead knows:
// overview, parties, legal basis, data items, handling, DPIA, dates and sign-offs,
// outputs, recipients. Fields a template or the Agreement helper proposed carry a
// "Proposed" marker until the user confirms them. Saving checks the agreement
// (Agreement::problems(), listed in the error summary, each taking the user to its
// section) and records it: a new agreement as version 1, an edited one as the next
// version with a note of what changed (asked for then). The register refuses a save
// based on a version someone else has replaced meanwhile; that is said plainly.
class AgreementEditorDialog : public QDialog
{
    Q_OBJECT
public:
    enum Section
    {
        OverviewSection,
        PartiesSection,
        LegalSection,
        DataItemsSection,
        HandlingSection,
        DpiaSection,
        DatesSection,
        OutputsSection,
        RecipientsSection,
        SectionCount
    };
    enum PartyColumn
    {
        PartyOrganisationColumn,
        PartyRoleColumn,
        PartyContactColumn,
        PartyJobColumn,
        PartyEmailColumn,
        PartyPhoneColumn,
        PartyColumnCount
    };
    enum GroundColumn
    {
        GroundCodeColumn,
        GroundSchedule1Column,
        GroundReasonColumn,
        GroundColumnCount
    };
    enum DataItemColumn
    {
        ItemNameColumn,
        ItemAliasesColumn,
        ItemDescriptionColumn,
        ItemActionColumn,
        ItemLevelColumn,
        ItemColumnCount
    };
    enum SignOffColumn
    {
        SignOffNameColumn,
        SignOffRoleColumn,
        SignOffTitleColumn,
        SignOffOrganisationColumn,
        SignOffDateColumn,
        SignOffColumnCount
    };
    enum OutputColumn
    {
        OutputTitleColumn,
        OutputDescriptionColumn,
        OutputDueColumn,
        OutputColumnCount
    };
    enum RecipientColumn
    {
        RecipientAllowedColumn, // checkable
        RecipientContactColumn,
        RecipientFingerprintColumn,
        RecipientStatusColumn,
        RecipientColumnCount
    };

    // `agreement` with version 0 is new (recorded as version 1 on saving); otherwise
    // the version being edited. `db` must outlive the dialog.
    AgreementEditorDialog(Database& db, const agreements::Agreement& agreement,
                          QWidget* parent = nullptr);

    // The agreement as the form has it now (register facts as given).
    [[nodiscard]] agreements::Agreement agreement() const;
    // What the register recorded, after the dialog was accepted.
    [[nodiscard]] const agreements::Agreement& saved() const { return m_saved; }
    [[nodiscard]] bool isNew() const { return m_original.version == 0; }

    void setSection(Section section);
    [[nodiscard]] Section section() const;

    QListWidget* sectionList() const { return m_sections; }
    ErrorSummary* errorSummary() const { return m_errors; }
    QPushButton* saveButton() const { return m_save; }
    QLineEdit* referenceEdit() const { return m_reference; }
    QLineEdit* titleEdit() const { return m_title; }
    QLabel* statusLabel() const { return m_status; }
    QPlainTextEdit* purposeEdit() const { return m_purpose; }
    QPlainTextEdit* benefitsEdit() const { return m_benefits; }
    QPlainTextEdit* notUsedForEdit() const { return m_notUsedFor; }
    QTableWidget* partiesTable() const { return m_parties; }
    QComboBox* lawfulBasisBox() const { return m_lawfulBasis; }
    QLabel* lawfulBasisExplanation() const { return m_lawfulExplanation; }
    QPlainTextEdit* lawfulReasonEdit() const { return m_lawfulReason; }
    QTableWidget* specialCategoryTable() const { return m_special; }
    QTableWidget* criminalOffenceTable() const { return m_criminal; }
    QTableWidget* statutoryPowersTable() const { return m_powers; }
    QTableWidget* dataItemsTable() const { return m_items; }
    QComboBox* frequencyBox() const { return m_frequency; }
    QPlainTextEdit* retentionEdit() const { return m_retention; }
    QComboBox* dpiaStatusBox() const { return m_dpiaStatus; }
    QLineEdit* dpiaReferenceEdit() const { return m_dpiaReference; }
    QDateEdit* startsOnEdit() const { return m_startsOn; }
    QDateEdit* endsOnEdit() const { return m_endsOn; }
    QDateEdit* reviewDueEdit() const { return m_reviewDue; }
    QTableWidget* signOffsTable() const { return m_signOffs; }
    QTableWidget* outputsTable() const { return m_outputs; }
    QTableWidget* recipientsTable() const { return m_recipients; }
    QLineEdit* passphraseOrganisationField() const { return m_passphraseOrganisation; }
    QLineEdit* passphraseContactField() const { return m_passphraseContact; }
    QPushButton* addPassphraseRecipientButton() const { return m_addPassphraseRecipient; }
    QCheckBox* requiresReviewBox() const { return m_requiresReview; }
    // The "Proposed — confirm" marker of a Field (agreements::Field::LawfulBasis, ...)
    // and its Confirm button; nullptr for a field without one.
    [[nodiscard]] QWidget* proposedMarker(const char* field) const;
    [[nodiscard]] QPushButton* confirmButton(const char* field) const;

    // Adds an empty row to a table of this dialog (as its Add button does) and returns
    // its index.
    int addRow(QTableWidget* table);
    // Sets a date field; an invalid date leaves it empty.
    static void setDate(QDateEdit* edit, const QDate& date);
    [[nodiscard]] static QDate dateOf(const QDateEdit* edit);

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Marker
    {
        const char* field;
        Section section;
        QWidget* box;
        QLabel* text;
        QPushButton* confirm;
    };
    struct TableButtons
    {
        QTableWidget* table;
        QPushButton* add;
        QPushButton* remove;
    };

    QWidget* buildOverview();
    QWidget* buildParties();
    QWidget* buildLegal();
    QWidget* buildDataItems();
    QWidget* buildHandling();
    QWidget* buildDpia();
    QWidget* buildDates();
    QWidget* buildOutputs();
    QWidget* buildRecipients();
    QWidget* makeMarker(const char* field, Section section);
    QWidget* tableWithButtons(QTableWidget* table);

    void load(const agreements::Agreement& a);
    void loadRecipients(const agreements::Agreement& a);
    void addRecipientRow(const QString& organisation, const QString& contact,
                         const QString& fingerprint, bool checked, int kind);
    void addPassphraseRecipient();
    void fillGroundRow(QTableWidget* table, int row, const agreements::LegalGround& ground);
    void updateGroundRow(QTableWidget* table, int row);
    void updateItemRow(int row);
    void showGroundExplanation(QTableWidget* table);
    void showLawfulExplanation();
    void removeRow(QTableWidget* table);
    void confirm(const char* field);
    void updateMarkers();
    void updateSectionTitles();
    // Where a problem of problems() is: the section and the field to focus.
    [[nodiscard]] std::pair<Section, QWidget*> locate(const agreements::Agreement& a,
                                                      const QString& problem) const;
    void addProblem(const QString& text, Section section, QWidget* field);
    // Puts a field under a label (and a hint) on a page.
    void addField(QLayout* layout, QWidget* field, bool hint = false);
    // What takes the focus for a field: the field, or the table in a table-with-buttons box.
    static QWidget* focusTarget(QWidget* field);
    void nameCellWidgets(QTableWidget* table);
    // Sets a field's label, accessible name and hint.
    void labelField(QWidget* field, const QString& label, const QString& hint = {});
    void retranslateUi();
    void retranslateTables();

    Database& m_db;
    agreements::Agreement m_original;
    agreements::Agreement m_saved;
    QStringList m_proposed;
    QList<redact::ColumnRule> m_itemRules; // each data item row's whole rule
    QList<RecipientKey> m_directory;
    QList<agreements::Recipient> m_unlisted; // recipients not in the directory

    ErrorSummary* m_errors;
    QLabel* m_intro;
    QListWidget* m_sections;
    QStackedWidget* m_pages;
    QList<QLabel*> m_headings;
    QList<Marker> m_markers;
    QList<TableButtons> m_tableButtons;
    QHash<QWidget*, QLabel*> m_fieldLabels; // each field's label, re-set in retranslateUi
    QHash<QWidget*, QLabel*> m_fieldHints;  // and its hint, for those that have one

    // Overview
    QLineEdit* m_reference;
    QLineEdit* m_title;
    QLabel* m_status;
    QLabel* m_template;
    QPlainTextEdit* m_purpose;
    QPlainTextEdit* m_benefits;
    QPlainTextEdit* m_notUsedFor;
    // Parties
    QLabel* m_partiesIntro;
    QTableWidget* m_parties;
    // Legal
    QComboBox* m_lawfulBasis;
    QLabel* m_lawfulExplanation;
    QPlainTextEdit* m_lawfulReason;
    QTableWidget* m_special;
    QLabel* m_specialExplanation;
    QTableWidget* m_criminal;
    QLabel* m_criminalExplanation;
    QTableWidget* m_powers;
    QLabel* m_powersExplanation;
    // Data items
    QLabel* m_itemsIntro;
    QTableWidget* m_items;
    // Handling
    QComboBox* m_frequency;
    QPlainTextEdit* m_retention;
    QPlainTextEdit* m_security;
    QPlainTextEdit* m_transfer;
    QPlainTextEdit* m_rights;
    // DPIA
    QComboBox* m_dpiaStatus;
    QLineEdit* m_dpiaReference;
    QPlainTextEdit* m_dpiaNote;
    QLabel* m_dpiaTriggers;
    // Dates and sign-offs
    QDateEdit* m_startsOn;
    QDateEdit* m_endsOn;
    QDateEdit* m_reviewDue;
    QTableWidget* m_signOffs;
    // Outputs
    QLabel* m_outputsIntro;
    QTableWidget* m_outputs;
    // Recipients
    QLabel* m_recipientsIntro;
    QTableWidget* m_recipients;
    QLabel* m_recipientsProblem;
    QLabel* m_passphraseRecipientHint;
    QLabel* m_passphraseOrganisationLabel;
    QLineEdit* m_passphraseOrganisation;
    QLabel* m_passphraseContactLabel;
    QLineEdit* m_passphraseContact;
    QPushButton* m_addPassphraseRecipient;
    QCheckBox* m_requiresReview;

    QPushButton* m_save;
    QPushButton* m_cancel;
};

} // namespace sharewise::ui
