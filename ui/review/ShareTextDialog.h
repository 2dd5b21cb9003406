#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sharewise::ui {

class ErrorSummary;

// Asks for the one line the register keeps with a change to a share: why it is sent
// back to its preparer, why it is cancelled, or how it was sent (the route).
class ShareTextDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        SendBack, // a reviewer's reason for sending a share back
        Cancel,   // why the share is stopped for good
        Route,    // how the bundle went ("DLUHC portal", "secure email")
    };

    // `shareName` names the share in the texts (its dataset and agreement).
    ShareTextDialog(Kind kind, const QString& shareName, QWidget* parent = nullptr);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString text() const;
    QLineEdit* textEdit() const { return m_text; }
    QPushButton* okButton() const { return m_ok; }
    ErrorSummary* errorSummary() const { return m_errors; }

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Kind m_kind;
    QString m_shareName;
    ErrorSummary* m_errors;
    QLabel* m_intro;
    QLabel* m_label;
    QLineEdit* m_text;
    QPushButton* m_ok;
    QPushButton* m_cancel;
};

} // namespace sharewise::ui
