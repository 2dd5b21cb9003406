#pragma once

#include "shares/Outputs.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace sharewise {
class Database;
}

namespace sharewise::ui {

class ErrorSummary;

// "Record what came back": the date, what it is, a file (its name and hash are kept,
// not its content) or a link, the promised output it answers, and the shares that fed
// it (the agreement's sealed, sent and received shares). OutputsRegister::record
// decides; its refusals are shown as they are.
class RecordOutputDialog : public QDialog
{
    Q_OBJECT
public:
    RecordOutputDialog(Database& db, const QString& agreementReference,
                       const QString& outputTitle = {}, QWidget* parent = nullptr);

    QComboBox* agreementBox() const { return m_agreement; }
    QComboBox* outputBox() const { return m_output; }
    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QRadioButton* fileChoice() const { return m_fileChoice; }
    QRadioButton* linkChoice() const { return m_linkChoice; }
    QRadioButton* noneChoice() const { return m_noneChoice; }
    QLineEdit* fileEdit() const { return m_file; }
    QPushButton* chooseFileButton() const { return m_chooseFile; }
    QLineEdit* linkEdit() const { return m_link; }
    QListWidget* sharesList() const { return m_shares; }
    QPushButton* recordButton() const { return m_record; }
    ErrorSummary* errorSummary() const { return m_errors; }
    [[nodiscard]] const std::optional<shares::ReturnedOutput>& recorded() const
    {
        return m_recorded;
    }

    // Ticks a share in the list (tests, and "from this share").
    bool checkShare(qint64 id);
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillOutputs();
    void fillShares();
    void chooseFile();
    void updateAttachment();

    Database& m_db;
    std::optional<shares::ReturnedOutput> m_recorded;
    ErrorSummary* m_errors;
    QLabel* m_intro;
    QLabel* m_agreementLabel;
    QComboBox* m_agreement;
    QLabel* m_outputLabel;
    QComboBox* m_output;
    QLabel* m_dateLabel;
    QDateEdit* m_date;
    QLabel* m_descriptionLabel;
    QPlainTextEdit* m_description;
    QLabel* m_attachLabel;
    QRadioButton* m_fileChoice;
    QLineEdit* m_file;
    QPushButton* m_chooseFile;
    QRadioButton* m_linkChoice;
    QLineEdit* m_link;
    QRadioButton* m_noneChoice;
    QLabel* m_sharesLabel;
    QListWidget* m_shares;
    QPushButton* m_record;
    QPushButton* m_cancel;
};

} // namespace sharewise::ui
