#pragma once

#include <QFrame>
#include <QList>
#include <QPointer>

class QLabel;
class QVBoxLayout;

namespace sharewise::ui {

// The "There is a problem" box (GOV.UK error summary): shown at the top of a form when
// it cannot go on; each problem is a link that takes the focus to its field.
class ErrorSummary : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorSummary(QWidget* parent = nullptr);

    void clear();
    void addProblem(const QString& text, QWidget* field);
    [[nodiscard]] bool hasProblems() const { return !m_items.isEmpty(); }
    [[nodiscard]] QStringList problems() const;
    // Tab reaches the links straight after `control` (the control the summary follows
    // as the form reads). Without it, where the summary was made in the focus chain,
    // which is right while the form's tab order is the order it was made in (a
    // WhyAsked::putFirstInTabOrder page needs it).
    void setTabAfter(QWidget* control);
    // The last link, or when there is none the control the links follow (the summary
    // itself without one): what the next control's tab order goes after.
    [[nodiscard]] QWidget* lastTabStop();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_title;
    QVBoxLayout* m_list;
    struct Item
    {
        QLabel* label;
        QString text;
        QPointer<QWidget> field;
    };
    QList<Item> m_items;
    QPointer<QWidget> m_tabAfter;
};

} // namespace sharewise::ui
