#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sharewise::ui {

class ErrorSummary;

// Asks why a partner's key is being revoked. The reason is kept in the history.
class RevokeKeyDialog : public QDialog
{
    Q_OBJECT
public:
    // `label` and `fingerprint` name the key, as the directory shows it.
    RevokeKeyDialog(const QString& label, const QString& fingerprint, QWidget* parent = nullptr);

    [[nodiscard]] QString reason() const;
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* revokeButton() const { return m_revoke; }

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QString m_label;
    QString m_fingerprintText;
    ErrorSummary* m_errors;
    QLabel* m_intro;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    QPushButton* m_revoke;
    QPushButton* m_cancel;
};

} // namespace sharewise::ui
