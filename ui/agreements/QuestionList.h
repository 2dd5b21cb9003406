#pragma once

#include "agreements/Dpia.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QRadioButton;
class QVBoxLayout;

namespace sharewise::ui {

// Plain yes / no / not sure questions, one under another, each with its help text.
// Used by the Agreement helper for the legal questions and the DPIA screening. The
// texts are given again on a language change (setQuestions with the same ids keeps
// the answers).
class QuestionList : public QWidget
{
    Q_OBJECT
public:
    struct Question
    {
        QString id;
        QString text;
        QString help;
    };

    explicit QuestionList(QWidget* parent = nullptr);

    void setQuestions(const QList<Question>& questions);
    [[nodiscard]] QHash<QString, agreements::Answer> answers() const;
    [[nodiscard]] agreements::Answer answer(const QString& id) const;
    void setAnswer(const QString& id, agreements::Answer answer);
    [[nodiscard]] int unansweredCount() const;

    // For tests: the button for an answer to a question.
    [[nodiscard]] QRadioButton* button(const QString& id, agreements::Answer answer) const;

signals:
    void answersChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        QString id;
        QLabel* text = nullptr;
        QLabel* help = nullptr;
        QButtonGroup* group = nullptr;
        QRadioButton* yes = nullptr;
        QRadioButton* no = nullptr;
        QRadioButton* notSure = nullptr;
    };
    void retranslateUi();

    QVBoxLayout* m_layout;
    QList<Row> m_rows;
};

} // namespace sharewise::ui
