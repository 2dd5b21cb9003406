#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sharewise::ui {

class ErrorSummary;

// Asks for the one line the register keeps with a new version of an agreement: what
// changed (after an edit), or why its status changes (activate, suspend, end). Ending
// is final, so that dialog also asks the user to say they understand.
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        ChangeNote, // what changed in this version
        Activate,
        Suspend,
        End,
    };

    // `reference` names the agreement in the texts.
    ReasonDialog(Kind kind, const QString& reference, QWidget* parent = nullptr);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString reason() const;
    QLineEdit* reasonEdit() const { return m_reason; }
    QCheckBox* finalBox() const { return m_final; }
    QPushButton* okButton() const { return m_ok; }

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Kind m_kind;
    QString m_reference;
    ErrorSummary* m_errors;
    QLabel* m_intro;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    QCheckBox* m_final;
    QPushButton* m_ok;
    QPushButton* m_cancel;
};

} // namespace sharewise::ui
