#include "widgets/WhyAsked.h"

#include "widgets/WrapLabel.h"

#include <QCoreApplication>
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

void WhyAsked::retranslate(const QString& explanation) const
{
    toggle->setText(Tr::tr("Why am I asked this?"));
    toggle->setAccessibleName(toggle->text());
    toggle->setAccessibleDescription(Tr::tr("Shows or hides why this step is needed"));
    text->setText(explanation);
    text->setAccessibleName(explanation);
}

} // namespace sharewise::ui
