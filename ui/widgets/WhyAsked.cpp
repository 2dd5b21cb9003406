#include "widgets/WhyAsked.h"

#include "widgets/WrapLabel.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QToolButton>

namespace sharewise::ui {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(WhyAsked)
};

} // namespace

WhyAsked WhyAsked::make(QWidget* parent, const QString& name)
{
    WhyAsked w;
    w.toggle = new QToolButton(parent);
    w.toggle->setObjectName(name + QStringLiteral("WhyToggle"));
    w.toggle->setCheckable(true);
    w.toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    w.toggle->setArrowType(Qt::RightArrow);
    w.toggle->setAutoRaise(true);
    auto* text = new WrapLabel(parent);
    text->setObjectName(name + QStringLiteral("WhyText"));
    text->setVisible(false);
    text->setFrameShape(QFrame::StyledPanel);
    text->setMargin(6);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    w.text = text;
    QToolButton* toggle = w.toggle;
    QObject::connect(toggle, &QToolButton::toggled, text, [toggle, text](bool on) {
        text->setVisible(on);
        toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    return w;
}

void WhyAsked::putFirstInTabOrder(QWidget* page) const
{
    // The page's own stops, in their order; the parts of compound widgets follow their
    // widget by themselves.
    auto isStop = [page](QWidget* w) {
        if (!page->isAncestorOf(w) || w->focusProxy() || !(w->focusPolicy() & Qt::TabFocus))
            return false;
        for (QWidget* p = w->parentWidget(); p && p != page; p = p->parentWidget()) {
            if (qobject_cast<QAbstractSpinBox*>(p) || qobject_cast<QComboBox*>(p) ||
                qobject_cast<QAbstractItemView*>(p) || qobject_cast<QLineEdit*>(p))
                return false;
        }
        return true;
    };
    QList<QWidget*> order;
    for (QWidget* w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (w != toggle && isStop(w) && !order.contains(w))
            order << w;
    }
    QWidget* previous = toggle;
    for (QWidget* w : std::as_const(order)) {
        QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

void WhyAsked::retranslate(const QString& explanation) const
{
    toggle->setText(Tr::tr("Why am I asked this?"));
    toggle->setAccessibleName(toggle->text());
    toggle->setAccessibleDescription(Tr::tr("Shows or hides why this step is needed"));
    text->setText(explanation);
    text->setAccessibleName(explanation);
}

} // namespace sharewise::ui
