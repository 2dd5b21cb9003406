#include "agreements/QuestionList.h"

#include "widgets/WrapLabel.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sharewise::ui {

using agreements::Answer;

QuestionList::QuestionList(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch(1);
}

void QuestionList::setQuestions(const QList<Question>& questions)
{
    const QHash<QString, Answer> kept = answers();
    for (const Row& row : std::as_const(m_rows)) {
        delete row.group;
        delete row.text->parentWidget();
    }
    m_rows.clear();

    int position = 0;
    for (const Question& q : questions) {
        auto* box = new QWidget(this);
        box->setObjectName(QStringLiteral("question_") + q.id);
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 6);
        Row row;
        row.id = q.id;
        row.text = new WrapLabel(box);
        QFont bold = row.text->font();
        bold.setBold(true);
        row.text->setFont(bold);
        row.text->setText(q.text);
        row.help = new WrapLabel(box);
        row.help->setText(q.help);
        row.help->setVisible(!q.help.isEmpty());
        auto* buttons = new QHBoxLayout;
        row.yes = new QRadioButton(box);
        row.no = new QRadioButton(box);
        row.notSure = new QRadioButton(box);
        row.group = new QButtonGroup(this);
        row.group->addButton(row.yes, int(Answer::Yes));
        row.group->addButton(row.no, int(Answer::No));
        row.group->addButton(row.notSure, int(Answer::NotSure));
        for (QRadioButton* b : {row.yes, row.no, row.notSure}) {
            buttons->addWidget(b);
            // Screen readers read the question with the choice.
            b->setAccessibleDescription(q.text);
        }
        buttons->addStretch(1);
        v->addWidget(row.text);
        v->addWidget(row.help);
        v->addLayout(buttons);
        row.text->setBuddy(row.yes);
        m_layout->insertWidget(position++, box);
        connect(row.group, &QButtonGroup::idClicked, this, &QuestionList::answersChanged);
        m_rows.append(row);
        if (const auto it = kept.constFind(q.id); it != kept.cend())
            setAnswer(q.id, *it);
    }
    retranslateUi();
}

QHash<QString, Answer> QuestionList::answers() const
{
    QHash<QString, Answer> result;
    for (const Row& row : m_rows)
        result.insert(row.id, answer(row.id));
    return result;
}

Answer QuestionList::answer(const QString& id) const
{
    for (const Row& row : m_rows) {
        if (row.id == id) {
            const int checked = row.group->checkedId();
            return checked < 0 ? Answer::Unanswered : static_cast<Answer>(checked);
        }
    }
    return Answer::Unanswered;
}

void QuestionList::setAnswer(const QString& id, Answer answer)
{
    for (const Row& row : std::as_const(m_rows)) {
        if (row.id != id)
            continue;
        if (QAbstractButton* b = row.group->button(int(answer))) {
            b->setChecked(true);
        } else if (QAbstractButton* checked = row.group->checkedButton()) {
            row.group->setExclusive(false);
            checked->setChecked(false);
            row.group->setExclusive(true);
        }
        emit answersChanged();
    }
}

int QuestionList::unansweredCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row& r) { return r.group->checkedId() < 0; }));
}

QRadioButton* QuestionList::button(const QString& id, Answer answer) const
{
    for (const Row& row : m_rows) {
        if (row.id != id)
            continue;
        switch (answer) {
        case Answer::Yes:
            return row.yes;
        case Answer::No:
            return row.no;
        case Answer::NotSure:
            return row.notSure;
        case Answer::Unanswered:
            break;
        }
    }
    return nullptr;
}

void QuestionList::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void QuestionList::retranslateUi()
{
    for (const Row& row : std::as_const(m_rows)) {
        row.yes->setText(tr("Yes"));
        row.no->setText(tr("No"));
        row.notSure->setText(tr("Not sure"));
    }
}

} // namespace sharewise::ui
