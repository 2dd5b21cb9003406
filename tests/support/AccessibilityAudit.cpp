// The accessibility audit. It walks one window's widgets that would be visible when the
// window is shown (hidden pages and closed tabs are audited when they are shown) and
// reports four kinds of problem:
//
// no-name         An interactive widget whose accessible name is empty: what a screen
//                 reader would announce for it. The name is Qt's own (QAccessible's
//                 Name text), so a button is named by its text, a field by a label
//                 whose buddy it is *and which shares its parent* (Qt looks at siblings
//                 only), or by the title of the group box it sits in directly. A combo
//                 box is the exception: on Linux Qt reports its current value as its
//                 name and names it through the "labelled by" relation instead, so it
//                 counts as named by an accessible name, a Label relation or its group
//                 box's title. A tab bar is named by its tabs: each tab needs text.
//                 Interactive widgets: buttons, line and text edits (read-only viewers
//                 too: they take focus and are read), combo boxes, spin and date boxes,
//                 item views, sliders, checkable group boxes and tab bars.
// label-not-tied  A QLabel in a form layout's label role whose buddy is not set, or is
//                 set to a widget outside its row's field; a label with a mnemonic (&)
//                 and no buddy (its key goes nowhere); a label whose buddy cannot take
//                 focus; and a label directly before an input field (line edit, combo,
//                 spin or date box, editable text) in a box or grid layout when no
//                 label is that field's buddy and the field has no accessible name.
// no-keyboard     An interactive widget that cannot be reached with Tab (its focus
//                 policy lacks Qt::TabFocus) and has no other key: a button with a
//                 shortcut or mnemonic, or a tool button whose action has a shortcut or
//                 is in one of the window's menus, is reachable.
// tab-order       Tab does not follow the reading order: going round the window's Tab
//                 cycle (visible, enabled widgets that take Tab focus), the focus jumps
//                 back up the window (to a widget wholly above the one it leaves) more
//                 than once. Once is the wrap from the last widget to the first; moving
//                 between a container (a scroll area) and what it holds is no jump.
//                 Two widgets are compared where they are seen: in the coordinates of
//                 their nearest common ancestor, each cut to the viewport of any scroll
//                 area between it and that ancestor (content scrolled out of sight lies
//                 on the viewport's edge, where Qt scrolls it into view from). So a long
//                 scrolled form is judged by its own order inside the content, and the
//                 buttons below it come after all of it.
// mnemonic-clash  Two visible, enabled things in one window answering the same Alt+key:
//                 buttons' shortcuts, buddy labels, group box titles, tabs, the menu
//                 bar's menus. Qt then only moves focus between them; neither acts.
//
// Left alone, deliberately, as Qt's internals or not controls: scroll bars; the headers,
// corner button and other direct children of item views (an index widget in the
// viewport is audited); the line edit and buttons inside spin boxes, combo boxes and
// line edits; the scroll buttons of tab bars; anything in another top-level window
// (a combo box's popup). QWizard's and QDialogButtonBox's buttons are audited like any
// other: they are named by their text, and their mnemonics count in clashes.
#include "support/AccessibilityAudit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QBoxLayout>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSet>
#include <QTabBar>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>

#include <algorithm>

namespace sharewise::test {
namespace {

QString windowName(const QWidget* window)
{
    const QString id = window->objectName().isEmpty()
                           ? QString::fromLatin1(window->metaObject()->className())
                           : window->objectName();
    return window->windowTitle().isEmpty()
               ? id
               : QStringLiteral("%1 \"%2\"").arg(id, window->windowTitle());
}

// Qt names its own parts qt_… and __qt__…: a path shows the class instead.
bool isOwnName(const QString& name)
{
    return !name.isEmpty() && !name.startsWith(QLatin1String("qt_")) &&
           !name.startsWith(QLatin1String("__qt__"));
}

QString widgetPath(const QWidget* w, const QWidget* window)
{
    QStringList parts;
    for (const QWidget* at = w; at && at != window; at = at->parentWidget()) {
        if (isOwnName(at->objectName()))
            parts.prepend(at->objectName());
        else if (at == w)
            parts.prepend(QString::fromLatin1(at->metaObject()->className()));
    }
    QString path = parts.join(QLatin1Char('/'));
    if (isOwnName(w->objectName()))
        path += QStringLiteral(" (%1)").arg(QString::fromLatin1(w->metaObject()->className()));
    // A hint of what it shows, to find it on the screenshot.
    QString hint;
    if (auto* b = qobject_cast<const QAbstractButton*>(w))
        hint = b->text();
    else if (auto* e = qobject_cast<const QLineEdit*>(w))
        hint = e->placeholderText();
    else if (auto* l = qobject_cast<const QLabel*>(w))
        hint = l->text();
    if (hint.isEmpty())
        hint = w->toolTip();
    if (!hint.isEmpty())
        path += QStringLiteral(" \"%1\"").arg(hint.left(60));
    return path;
}

// Qt's own parts of a compound widget.
bool isQtInternal(const QWidget* w)
{
    if (qobject_cast<const QScrollBar*>(w) || qobject_cast<const QHeaderView*>(w))
        return true;
    const QWidget* parent = w->parentWidget();
    if (!parent)
        return false;
    return qobject_cast<const QAbstractItemView*>(parent) ||
           qobject_cast<const QAbstractSpinBox*>(parent) ||
           qobject_cast<const QComboBox*>(parent) || qobject_cast<const QLineEdit*>(parent) ||
           qobject_cast<const QTabBar*>(parent);
}

// The nearest widget that holds both (the window at the furthest).
const QWidget* commonAncestor(const QWidget* a, const QWidget* b)
{
    for (const QWidget* at = a->parentWidget(); at; at = at->parentWidget()) {
        if (at->isAncestorOf(b))
            return at;
    }
    return a->window();
}

// `r` moved inside `view`: the part of it in view, or the edge of the view nearest to it
// when it is wholly outside.
QRect clampInto(const QRect& r, const QRect& view)
{
    QRect out;
    out.setCoords(std::clamp(r.left(), view.left(), view.right()),
                  std::clamp(r.top(), view.top(), view.bottom()),
                  std::clamp(r.right(), view.left(), view.right()),
                  std::clamp(r.bottom(), view.top(), view.bottom()));
    return out;
}

// Where `w` is seen, in the coordinates of its ancestor `top`: cut to the viewport of
// each scroll area (item views too) between them.
QRect seenRect(const QWidget* w, const QWidget* top)
{
    QRect r(w->mapTo(top, QPoint(0, 0)), w->size());
    for (const QWidget* p = w->parentWidget(); p && p != top; p = p->parentWidget()) {
        auto* area = qobject_cast<const QAbstractScrollArea*>(p->parentWidget());
        if (area && area->viewport() == p)
            r = clampInto(r, QRect(p->mapTo(top, QPoint(0, 0)), p->size()));
    }
    return r;
}

bool isPlain(const QLabel* label)
{
    return label->textFormat() == Qt::PlainText ||
           (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(label->text()));
}

bool isInteractive(const QWidget* w)
{
    if (qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) ||
        qobject_cast<const QTextEdit*>(w) || qobject_cast<const QPlainTextEdit*>(w) ||
        qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
        qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QAbstractSlider*>(w) ||
        qobject_cast<const QTabBar*>(w))
        return true;
    auto* group = qobject_cast<const QGroupBox*>(w);
    return group && group->isCheckable();
}

// A field a label names: typed into or chosen from.
bool isInputField(const QWidget* w)
{
    if (qobject_cast<const QLineEdit*>(w) || qobject_cast<const QComboBox*>(w) ||
        qobject_cast<const QAbstractSpinBox*>(w))
        return true;
    if (auto* t = qobject_cast<const QTextEdit*>(w))
        return !t->isReadOnly();
    if (auto* t = qobject_cast<const QPlainTextEdit*>(w))
        return !t->isReadOnly();
    return false;
}

QString accessibleName(QWidget* w)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    if (!iface)
        return w->accessibleName();
    if (qobject_cast<QComboBox*>(w)) {
        if (!w->accessibleName().isEmpty())
            return w->accessibleName();
        const auto labels = iface->relations(QAccessible::Label);
        for (const auto& [label, relation] : labels) {
            Q_UNUSED(relation);
            if (label && !label->text(QAccessible::Name).isEmpty())
                return label->text(QAccessible::Name);
        }
        if (auto* group = qobject_cast<QGroupBox*>(w->parentWidget()))
            return group->title();
        return QString();
    }
    return iface->text(QAccessible::Name).trimmed();
}

// The widgets a layout item holds, at any depth.
void widgetsOf(QLayoutItem* item, QList<QWidget*>& out)
{
    if (!item)
        return;
    if (QWidget* w = item->widget()) {
        out << w;
        return;
    }
    if (QLayout* layout = item->layout()) {
        for (int i = 0; i < layout->count(); ++i)
            widgetsOf(layout->itemAt(i), out);
    }
}

bool holds(QLayoutItem* item, const QWidget* w)
{
    QList<QWidget*> widgets;
    widgetsOf(item, widgets);
    for (QWidget* candidate : widgets) {
        if (candidate == w || candidate->isAncestorOf(w))
            return true;
    }
    return false;
}

void layoutsOf(QLayout* layout, QList<QLayout*>& out)
{
    if (!layout)
        return;
    out << layout;
    for (int i = 0; i < layout->count(); ++i) {
        if (QLayout* inner = layout->itemAt(i)->layout())
            layoutsOf(inner, out);
    }
}

class Audit
{
public:
    explicit Audit(QWidget* window)
        : m_window(window)
        , m_windowName(windowName(window))
    {}

    QList<AccessibilityProblem> run()
    {
        QList<QWidget*> widgets{m_window};
        widgets += m_window->findChildren<QWidget*>();
        for (QWidget* w : std::as_const(widgets)) {
            if (w->window() != m_window || !(w == m_window || w->isVisibleTo(m_window)))
                continue;
            m_shown << w;
            if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
                m_buddies.insert(label->buddy());
        }
        for (QWidget* w : std::as_const(m_shown)) {
            if (!isQtInternal(w) && isInteractive(w)) {
                checkName(w);
                checkKeyboard(w);
            }
            if (auto* label = qobject_cast<QLabel*>(w))
                checkLabel(label);
            if (QLayout* layout = w->layout()) {
                QList<QLayout*> layouts;
                layoutsOf(layout, layouts);
                for (QLayout* l : std::as_const(layouts))
                    checkLayout(l);
            }
            collectMnemonics(w);
        }
        checkTabOrder();
        for (auto it = m_mnemonics.cbegin(); it != m_mnemonics.cend(); ++it) {
            if (it.value().size() > 1)
                add(QStringLiteral("mnemonic-clash"), nullptr,
                    QStringLiteral("%1 is the key of %2; give each its own letter.")
                        .arg(it.key(), it.value().join(QStringLiteral(" and "))));
        }
        return m_problems;
    }

private:
    void add(const QString& rule, const QWidget* w, const QString& message)
    {
        m_problems.append({rule, m_windowName, w ? widgetPath(w, m_window) : QString(), message});
    }

    void checkName(QWidget* w)
    {
        if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->tabText(i).trimmed().isEmpty() &&
                    tabs->accessibleTabName(i).trimmed().isEmpty())
                    add(QStringLiteral("no-name"), w,
                        QStringLiteral("Tab %1 has no text; give it text or an accessible tab "
                                       "name.")
                            .arg(i + 1));
            }
            return;
        }
        if (accessibleName(w).isEmpty())
            add(QStringLiteral("no-name"), w,
                QStringLiteral("A screen reader has no name to announce for it; tie a label to "
                               "it with setBuddy (in the same parent) or set an accessible "
                               "name."));
    }

    void checkKeyboard(QWidget* w)
    {
        if (w->focusPolicy() & Qt::TabFocus)
            return;
        if (auto* b = qobject_cast<QAbstractButton*>(w); b && !b->shortcut().isEmpty())
            return;
        if (auto* tool = qobject_cast<QToolButton*>(w); tool && tool->defaultAction()) {
            QAction* action = tool->defaultAction();
            if (!action->shortcut().isEmpty() || inMenu(action))
                return;
        }
        add(QStringLiteral("no-keyboard"), w,
            QStringLiteral("It cannot be reached with Tab and has no shortcut; give it a focus "
                           "policy with Qt::TabFocus or a key."));
    }

    void checkTabOrder()
    {
        auto takesTab = [this](QWidget* w) {
            return m_shown.contains(w) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
                   !w->focusProxy() && !isQtInternal(w) && w != m_window;
        };
        QList<QWidget*> cycle;
        QWidget* start = nullptr;
        for (QWidget* w : std::as_const(m_shown)) {
            if (takesTab(w)) {
                start = w;
                break;
            }
        }
        if (!start)
            return;
        QWidget* w = start;
        do {
            if (takesTab(w))
                cycle << w;
            w = w->nextInFocusChain();
        } while (w && w != start && cycle.size() < 2000);
        QStringList jumps;
        for (qsizetype i = 0; i < cycle.size(); ++i) {
            QWidget* from = cycle.at(i);
            QWidget* to = cycle.at((i + 1) % cycle.size());
            // Into or out of a container (a scroll area around its content) is no jump.
            if (from->isAncestorOf(to) || to->isAncestorOf(from))
                continue;
            const QWidget* common = commonAncestor(from, to);
            const QRect a = seenRect(from, common);
            const QRect b = seenRect(to, common);
            if (b.bottom() < a.top())
                jumps << QStringLiteral("%1 to %2")
                             .arg(widgetPath(from, m_window), widgetPath(to, m_window));
        }
        if (jumps.size() > 1)
            add(QStringLiteral("tab-order"), nullptr,
                QStringLiteral("Tab goes back up the window more than once: %1; order the "
                               "widgets with setTabOrder as they are read.")
                    .arg(jumps.join(QStringLiteral("; "))));
    }

    bool inMenu(QAction* action) const
    {
        for (QMenu* menu : m_window->findChildren<QMenu*>()) {
            if (menu->actions().contains(action))
                return true;
        }
        return false;
    }

    void checkLabel(QLabel* label)
    {
        const bool hasMnemonic = isPlain(label) && !QKeySequence::mnemonic(label->text()).isEmpty();
        if (!label->buddy()) {
            if (hasMnemonic)
                add(QStringLiteral("label-not-tied"), label,
                    QStringLiteral("The label has a mnemonic but no buddy, so its key goes "
                                   "nowhere; set its buddy to its field."));
            return;
        }
        if (label->buddy()->focusPolicy() == Qt::NoFocus)
            add(QStringLiteral("label-not-tied"), label,
                QStringLiteral("The label's buddy cannot take focus, so its key goes nowhere; "
                               "tie it to a field that can."));
    }

    void checkLayout(QLayout* layout)
    {
        if (auto* form = qobject_cast<QFormLayout*>(layout)) {
            for (int row = 0; row < form->rowCount(); ++row) {
                QLayoutItem* labelItem = form->itemAt(row, QFormLayout::LabelRole);
                QLayoutItem* fieldItem = form->itemAt(row, QFormLayout::FieldRole);
                auto* label = labelItem ? qobject_cast<QLabel*>(labelItem->widget()) : nullptr;
                if (!label || !fieldItem || !m_shown.contains(label) ||
                    label->text().trimmed().isEmpty())
                    continue;
                if (!label->buddy())
                    add(QStringLiteral("label-not-tied"), label,
                        QStringLiteral("The form's label is not tied to its field; call "
                                       "setBuddy with the field."));
                else if (!holds(fieldItem, label->buddy()))
                    add(QStringLiteral("label-not-tied"), label,
                        QStringLiteral("The form's label is tied to a widget outside its row's "
                                       "field; set its buddy to the field beside it."));
            }
            return;
        }
        if (auto* grid = qobject_cast<QGridLayout*>(layout)) {
            for (int i = 0; i < grid->count(); ++i) {
                int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
                grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
                QLayoutItem* next = grid->itemAtPosition(row, column + columnSpan);
                checkBeside(grid->itemAt(i)->widget(), next ? next->widget() : nullptr);
            }
            return;
        }
        if (auto* box = qobject_cast<QBoxLayout*>(layout)) {
            for (int i = 0; i + 1 < box->count(); ++i)
                checkBeside(box->itemAt(i)->widget(), box->itemAt(i + 1)->widget());
        }
    }

    // A label directly before an input field in a box or grid.
    void checkBeside(QWidget* first, QWidget* next)
    {
        auto* label = qobject_cast<QLabel*>(first);
        if (!label || !next || label->buddy() || !m_shown.contains(label) ||
            !m_shown.contains(next) || label->text().trimmed().isEmpty() || !isInputField(next) ||
            m_buddies.contains(next) || !next->accessibleName().isEmpty())
            return;
        add(QStringLiteral("label-not-tied"), label,
            QStringLiteral("The label stands before a field but is not tied to it; call "
                           "setBuddy with the field."));
    }

    void mnemonic(const QKeySequence& key, const QWidget* owner, const QString& what)
    {
        if (key.isEmpty())
            return;
        QStringList& owners = m_mnemonics[key.toString(QKeySequence::PortableText)];
        const QString name =
            QStringLiteral("%1 \"%2\"")
                .arg(widgetPath(owner, m_window).section(QLatin1Char(' '), 0, 0), what);
        if (!owners.contains(name))
            owners << name;
    }

    void collectMnemonics(QWidget* w)
    {
        if (!w->isEnabled() || isQtInternal(w))
            return;
        if (auto* b = qobject_cast<QAbstractButton*>(w)) {
            mnemonic(b->shortcut(), w, b->text());
        } else if (auto* label = qobject_cast<QLabel*>(w)) {
            if (label->buddy() && isPlain(label))
                mnemonic(QKeySequence::mnemonic(label->text()), w, label->text());
        } else if (auto* group = qobject_cast<QGroupBox*>(w)) {
            mnemonic(QKeySequence::mnemonic(group->title()), w, group->title());
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabEnabled(i) && tabs->isTabVisible(i))
                    mnemonic(QKeySequence::mnemonic(tabs->tabText(i)), w, tabs->tabText(i));
            }
        } else if (auto* bar = qobject_cast<QMenuBar*>(w)) {
            for (QAction* a : bar->actions()) {
                if (a->isVisible() && a->isEnabled())
                    mnemonic(QKeySequence::mnemonic(a->text()), w, a->text());
                if (a->menu())
                    checkMenu(a->menu());
            }
        }
    }

    // Within one menu, each item its own letter (a menu is a window of its own).
    void checkMenu(QMenu* menu)
    {
        QMap<QString, QStringList> keys;
        for (QAction* a : menu->actions()) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            if (a->text().trimmed().isEmpty())
                add(QStringLiteral("no-name"), menu,
                    QStringLiteral("A menu item has no text; give it one."));
            const QKeySequence key = QKeySequence::mnemonic(a->text());
            if (!key.isEmpty())
                keys[key.toString(QKeySequence::PortableText)] << a->text();
            if (a->menu())
                checkMenu(a->menu());
        }
        for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
            if (it.value().size() > 1)
                add(QStringLiteral("mnemonic-clash"), nullptr,
                    QStringLiteral("In the menu \"%1\", %2 is the key of \"%3\"; give each its "
                                   "own letter.")
                        .arg(menu->title(), it.key(),
                             it.value().join(QStringLiteral("\" and \""))));
        }
    }

    QWidget* m_window;
    QString m_windowName;
    QList<QWidget*> m_shown;
    QSet<const QWidget*> m_buddies;
    QMap<QString, QStringList> m_mnemonics;
    QList<AccessibilityProblem> m_problems;
};

} // namespace

QList<AccessibilityProblem> auditAccessibility(QWidget* window)
{
    if (!window)
        return {};
    return Audit(window).run();
}

QString describe(const AccessibilityProblem& problem)
{
    return problem.widget.isEmpty()
               ? QStringLiteral("%1: %2: %3").arg(problem.rule, problem.window, problem.message)
               : QStringLiteral("%1: %2: %3: %4")
                     .arg(problem.rule, problem.window, problem.widget, problem.message);
}

} // namespace sharewise::test
