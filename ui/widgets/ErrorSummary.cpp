#include "widgets/ErrorSummary.h"

#include "widgets/WrapLabel.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace sharewise::ui {

ErrorSummary::ErrorSummary(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
{
    setObjectName(QStringLiteral("errorSummary"));
    setFrameShape(QFrame::Box);
    setLineWidth(3);
    // Red border and a bold title: the meaning is also in the words, not only the colour.
    setStyleSheet(QStringLiteral("#errorSummary { border: 3px solid #d4351c; }"));
    // Not a Tab stop, but a place in the focus chain: the links follow it, and Tab from
    // the summary (a form gives it the focus when it shows problems) goes to the first.
    setFocusPolicy(Qt::ClickFocus);
    auto* layout = new QVBoxLayout(this);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_title->setFont(f);
    layout->addWidget(m_title);
    m_list = new QVBoxLayout;
    layout->addLayout(m_list);
    setAccessibleName(tr("There is a problem"));
    retranslateUi();
    hide();
}

void ErrorSummary::clear()
{
    for (const Item& item : std::as_const(m_items))
        delete item.label;
    m_items.clear();
    hide();
}

void ErrorSummary::addProblem(const QString& text, QWidget* field)
{
    auto* label = new WrapLabel(this);
    label->setTextFormat(Qt::RichText);
    label->setText(
        QStringLiteral("<a href=\"#%1\">%2</a>").arg(m_items.size()).arg(text.toHtmlEscaped()));
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setAccessibleName(text);
    const qsizetype index = m_items.size();
    connect(label, &QLabel::linkActivated, this, [this, index] {
        if (index < m_items.size() && m_items.at(index).field)
            m_items.at(index).field->setFocus(Qt::OtherFocusReason);
    });
    m_list->addWidget(label);
    // Tab reaches the link where the summary stands, not after the window's last
    // control (where Qt puts a widget made later): after the summary, or its last link.
    if (m_items.isEmpty()) {
        if (m_tabAfter)
            QWidget::setTabOrder(m_tabAfter, this);
        QWidget::setTabOrder(this, label);
    } else {
        QWidget::setTabOrder(m_items.constLast().label, label);
    }
    m_items.append({label, text, field});
    show();
}

void ErrorSummary::setTabAfter(QWidget* control)
{
    m_tabAfter = control;
    if (control && m_items.isEmpty())
        QWidget::setTabOrder(control, this);
}

QWidget* ErrorSummary::lastTabStop()
{
    if (!m_items.isEmpty())
        return m_items.constLast().label;
    return m_tabAfter ? m_tabAfter.data() : this;
}

QStringList ErrorSummary::problems() const
{
    QStringList out;
    for (const Item& item : m_items)
        out << item.text;
    return out;
}

void ErrorSummary::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void ErrorSummary::retranslateUi()
{
    m_title->setText(tr("There is a problem"));
}

} // namespace sharewise::ui
