#pragma once

// An accessibility audit of one window: the screen-reader and keyboard problems a
// program can find by walking the widgets. The rules are described at the top of
// AccessibilityAudit.cpp and in docs/accessibility.md.

#include <QList>
#include <QString>

class QWidget;

namespace sharewise::test {

struct AccessibilityProblem
{
    QString rule;    // "no-name", "label-not-tied", "no-keyboard", "tab-order", "mnemonic-clash"
    QString window;  // the window's object name or class, and its title
    QString widget;  // the widget's path of object names (or classes) below the window
    QString message; // what is wrong and what to do, in one sentence
};

// Audits `window` and every descendant that would be visible when it is shown.
QList<AccessibilityProblem> auditAccessibility(QWidget* window);

// One line for a report: "rule: window: widget: message".
QString describe(const AccessibilityProblem& problem);

} // namespace sharewise::test
