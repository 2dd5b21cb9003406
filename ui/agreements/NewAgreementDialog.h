#pragma once

#include "agreements/Templates.h"

#include <QDialog>
#include <QList>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;

namespace sharewise::ui {

// How to start a new agreement: blank, from one of the templates for national
// collections (agreementTemplates()), or with the Agreement helper's plain questions.
class NewAgreementDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Start
    {
        Blank,
        Template,
        Helper,
    };

    // `helperAvailable`: whether the helper can be offered.
    explicit NewAgreementDialog(bool helperAvailable, QWidget* parent = nullptr);

    [[nodiscard]] Start start() const;
    // The chosen template's id, when start() is Template.
    [[nodiscard]] QString templateId() const;

    QRadioButton* blankButton() const { return m_blank; }
    QRadioButton* helperButton() const { return m_helper; }
    // The choice of a template by its id, or nullptr.
    [[nodiscard]] QRadioButton* templateButton(const QString& id) const;
    QPushButton* continueButton() const { return m_continue; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QList<agreements::AgreementTemplate> m_templates;
    QButtonGroup* m_group;
    QLabel* m_intro;
    QRadioButton* m_blank;
    QLabel* m_blankHint;
    QLabel* m_templatesHeading;
    QList<QRadioButton*> m_templateButtons;
    QList<QLabel*> m_templateHints;
    QRadioButton* m_helper;
    QLabel* m_helperHint;
    QPushButton* m_continue;
    QPushButton* m_cancel;
};

} // namespace sharewise::ui
