#pragma once

#include "shares/Incidents.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sharewise {
class Database;
}

namespace sharewise::ui {

class ErrorSummary;

// "Report a problem with this share": what went wrong (sent to the wrong recipient,
// the wrong file, more data than agreed) and what happened, in the reporter's words.
// Once reported it shows the 72 hours in which the ICO may need to be told and who
// decides (core's incidentNextSteps); the record is kept in the audit trail.
class IncidentDialog : public QDialog
{
    Q_OBJECT
public:
    IncidentDialog(Database& db, qint64 shareId, const QString& shareName,
                   QWidget* parent = nullptr);

    QComboBox* kindBox() const { return m_kind; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QPushButton* reportButton() const { return m_report; }
    QLabel* nextStepsLabel() const { return m_nextSteps; }
    ErrorSummary* errorSummary() const { return m_errors; }
    [[nodiscard]] const std::optional<shares::Incident>& incident() const { return m_incident; }

    void report();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Database& m_db;
    qint64 m_shareId;
    QString m_shareName;
    std::optional<shares::Incident> m_incident;
    ErrorSummary* m_errors;
    QLabel* m_heading;
    QLabel* m_intro;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QLabel* m_descriptionLabel;
    QPlainTextEdit* m_description;
    QLabel* m_nextStepsIcon;
    QLabel* m_nextSteps;
    QPushButton* m_report;
    QPushButton* m_close;
};

} // namespace sharewise::ui
