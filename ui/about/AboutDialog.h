#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace sharewise::ui {

// About Sharewise: the version (the same string `sharewise-cli --version` prints) and
// the libraries it runs on.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
    QLabel* versionLabel() const { return m_version; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QLabel* m_title;
    QLabel* m_version;
    QLabel* m_text;
    QLabel* m_libraries;
    QPushButton* m_close;
};

} // namespace sharewise::ui
