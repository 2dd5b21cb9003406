#pragma once

#include <QString>

class QLabel;
class QToolButton;
class QWidget;

namespace sharewise::ui {

// "Why am I asked this?": a toggle that shows or hides a short explanation, as every
// page of the Share wizard has one. The page places the two parts (the toggle often
// shares a row with the page's buttons) and gives the explanation in retranslateUi.
struct WhyAsked
{
    QToolButton* toggle = nullptr;
    QLabel* text = nullptr;

    // Makes both, hidden text, wired together; `name` prefixes their object names.
    static WhyAsked make(QWidget* parent, const QString& name);
    // Puts the toggle first in `page`'s tab order, the rest of the page after it in the
    // order it had: for pages that make their fields before the toggle.
    void putFirstInTabOrder(QWidget* page) const;
    // The toggle's words (translated) and the explanation.
    void retranslate(const QString& explanation) const;
};

} // namespace sharewise::ui
