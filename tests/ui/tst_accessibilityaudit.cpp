// The accessibility audit itself: each rule fires on a window built to break it, and
// stays quiet on the same window done right and on Qt's own compound widgets.
#include "support/AccessibilityAudit.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;
using sharewise::test::AccessibilityProblem;
using sharewise::test::auditAccessibility;

namespace {

QStringList rules(const QList<AccessibilityProblem>& problems)
{
    QStringList out;
    for (const AccessibilityProblem& p : problems)
        out << p.rule;
    return out;
}

QString report(const QList<AccessibilityProblem>& problems)
{
    QStringList lines;
    for (const AccessibilityProblem& p : problems)
        lines << sharewise::test::describe(p);
    return lines.join(u'\n');
}

// True when some problem of `rule` names a widget whose path contains `part`.
bool reported(const QList<AccessibilityProblem>& problems, const QString& rule, const QString& part)
{
    for (const AccessibilityProblem& p : problems) {
        if (p.rule == rule && (p.widget.contains(part) || p.message.contains(part)))
            return true;
    }
    return false;
}

} // namespace

class TestAccessibilityAudit : public QObject
{
    Q_OBJECT

private slots:
    void goodFormHasNoProblems()
    {
        QDialog d;
        d.setObjectName(u"goodForm"_s);
        auto* form = new QFormLayout(&d);
        auto* name = new QLineEdit(&d);
        auto* nameLabel = new QLabel(u"&Name"_s, &d);
        nameLabel->setBuddy(name);
        form->addRow(nameLabel, name);
        auto* kind = new QComboBox(&d);
        kind->addItems({u"Housing"_s, u"Social care"_s});
        auto* kindLabel = new QLabel(u"&Kind"_s, &d);
        kindLabel->setBuddy(kind);
        form->addRow(kindLabel, kind);
        auto* count = new QSpinBox(&d);
        auto* countLabel = new QLabel(u"&Count"_s, &d);
        countLabel->setBuddy(count);
        form->addRow(countLabel, count);
        auto* icon = new QToolButton(&d);
        icon->setIcon(QApplication::style()->standardIcon(QStyle::SP_DialogOpenButton));
        icon->setAccessibleName(u"Choose a file"_s);
        form->addRow(icon);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
        form->addRow(buttons);
        d.show();

        const QList<AccessibilityProblem> problems = auditAccessibility(&d);
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    void qtCompoundWidgetsAreQuiet()
    {
        // Views, tabs, spin and editable combo boxes, and a wizard: their inner parts
        // (headers, corner button, scroll bars, inner line edits, Qt's own buttons) are
        // not reported once the widgets themselves are named.
        QWizard wizard;
        auto* page = new QWizardPage;
        auto* layout = new QVBoxLayout(page);
        auto* tabs = new QTabWidget(page);
        auto* table = new QTableView;
        auto* model = new QStandardItemModel(40, 6, table);
        table->setModel(model);
        table->setAccessibleName(u"Rows"_s);
        tabs->addTab(table, u"&Rows"_s);
        tabs->addTab(new QWidget, u"&Columns"_s);
        layout->addWidget(tabs);
        auto* combo = new QComboBox(page);
        combo->setEditable(true);
        combo->setAccessibleName(u"Place"_s);
        layout->addWidget(combo);
        wizard.addPage(page);
        wizard.show();

        const QList<AccessibilityProblem> problems = auditAccessibility(&wizard);
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    void unlabelledFieldsAreReported()
    {
        QDialog d;
        auto* form = new QFormLayout(&d);
        auto* name = new QLineEdit(&d);
        name->setObjectName(u"nameEdit"_s);
        form->addRow(new QLabel(u"Name"_s, &d), name); // no buddy
        auto* kind = new QComboBox(&d);
        kind->setObjectName(u"kindBox"_s);
        kind->addItem(u"Housing"_s); // named by its value on Linux, which is not a name
        form->addRow(kind);
        auto* icon = new QToolButton(&d);
        icon->setObjectName(u"iconOnly"_s);
        icon->setIcon(QApplication::style()->standardIcon(QStyle::SP_DialogOpenButton));
        form->addRow(icon);
        d.show();

        const QList<AccessibilityProblem> problems = auditAccessibility(&d);
        QVERIFY2(reported(problems, u"no-name"_s, u"nameEdit"_s), qPrintable(report(problems)));
        QVERIFY2(reported(problems, u"no-name"_s, u"kindBox"_s), qPrintable(report(problems)));
        QVERIFY2(reported(problems, u"no-name"_s, u"iconOnly"_s), qPrintable(report(problems)));
        QVERIFY2(reported(problems, u"label-not-tied"_s, u"Name"_s), qPrintable(report(problems)));

        // Named, the same widgets pass.
        icon->setAccessibleName(u"Choose a file"_s);
        kind->setAccessibleName(u"Kind"_s);
        static_cast<QLabel*>(form->itemAt(0, QFormLayout::LabelRole)->widget())->setBuddy(name);
        const QList<AccessibilityProblem> after = auditAccessibility(&d);
        QVERIFY2(after.isEmpty(), qPrintable(report(after)));
    }

    void labelsMustBeTiedToTheirOwnField()
    {
        QDialog d;
        auto* form = new QFormLayout(&d);
        auto* first = new QLineEdit(&d);
        auto* second = new QLineEdit(&d);
        auto* firstLabel = new QLabel(u"First"_s, &d);
        auto* secondLabel = new QLabel(u"Second"_s, &d);
        firstLabel->setBuddy(second); // the wrong row
        secondLabel->setBuddy(second);
        form->addRow(firstLabel, first);
        form->addRow(secondLabel, second);
        auto* stray = new QLabel(u"&Stray"_s, &d); // a mnemonic going nowhere
        form->addRow(stray);
        d.show();

        const QList<AccessibilityProblem> problems = auditAccessibility(&d);
        QVERIFY2(reported(problems, u"label-not-tied"_s, u"First"_s), qPrintable(report(problems)));
        QVERIFY2(reported(problems, u"label-not-tied"_s, u"Stray"_s), qPrintable(report(problems)));
        QVERIFY2(!reported(problems, u"label-not-tied"_s, u"Second"_s),
                 qPrintable(report(problems)));
    }

    void labelBesideAFieldInABox()
    {
        QDialog d;
        auto* row = new QHBoxLayout(&d);
        row->addWidget(new QLabel(u"Reason"_s, &d));
        auto* reason = new QLineEdit(&d);
        reason->setObjectName(u"reasonEdit"_s);
        row->addWidget(reason);
        d.show();
        const QList<AccessibilityProblem> problems = auditAccessibility(&d);
        QVERIFY2(reported(problems, u"label-not-tied"_s, u"Reason"_s),
                 qPrintable(report(problems)));
        QVERIFY2(reported(problems, u"no-name"_s, u"reasonEdit"_s), qPrintable(report(problems)));
    }

    void buddyInAnotherParentDoesNotName()
    {
        // Qt names a field from a buddy label among its siblings only: a label outside
        // the field's container leaves it nameless for a screen reader.
        QDialog d;
        auto* form = new QFormLayout(&d);
        auto* box = new QWidget(&d);
        auto* inner = new QHBoxLayout(box);
        auto* file = new QLineEdit(box);
        file->setObjectName(u"fileEdit"_s);
        inner->addWidget(file);
        inner->addWidget(new QPushButton(u"&Browse…"_s, box));
        auto* label = new QLabel(u"&File"_s, &d);
        label->setBuddy(file);
        form->addRow(label, box);
        d.show();
        const QList<AccessibilityProblem> problems = auditAccessibility(&d);
        QVERIFY2(reported(problems, u"no-name"_s, u"fileEdit"_s), qPrintable(report(problems)));
        QVERIFY2(!reported(problems, u"label-not-tied"_s, u"File"_s), qPrintable(report(problems)));
        file->setAccessibleName(u"File"_s);
        QVERIFY2(auditAccessibility(&d).isEmpty(), qPrintable(report(auditAccessibility(&d))));
    }

    void unreachableButtonsAreReported()
    {
        QDialog d;
        auto* layout = new QVBoxLayout(&d);
        auto* flat = new QPushButton(u"Details"_s, &d);
        flat->setObjectName(u"detailsButton"_s);
        flat->setFocusPolicy(Qt::NoFocus);
        layout->addWidget(flat);
        auto* withKey = new QPushButton(u"&More"_s, &d);
        withKey->setFocusPolicy(Qt::NoFocus);
        layout->addWidget(withKey);
        d.show();
        const QList<AccessibilityProblem> problems = auditAccessibility(&d);
        QCOMPARE(rules(problems), QStringList{u"no-keyboard"_s});
        QVERIFY2(reported(problems, u"no-keyboard"_s, u"detailsButton"_s),
                 qPrintable(report(problems)));
    }

    void clashingMnemonicsAreReported()
    {
        QMainWindow window;
        auto* file = window.menuBar()->addMenu(u"&File"_s);
        file->addAction(u"&Open…"_s);
        file->addAction(u"&Options…"_s); // clashes within the menu
        auto* central = new QWidget;
        auto* layout = new QVBoxLayout(central);
        layout->addWidget(new QPushButton(u"&Share data"_s));
        layout->addWidget(new QPushButton(u"&Send"_s));          // clashes with Share
        layout->addWidget(new QPushButton(u"&Find a bundle"_s)); // clashes with the File menu
        auto* hidden = new QPushButton(u"&Hidden"_s);
        auto* hiddenToo = new QPushButton(u"&Help"_s);
        hidden->hide(); // not shown: no clash
        layout->addWidget(hidden);
        layout->addWidget(hiddenToo);
        window.setCentralWidget(central);
        window.show();

        const QList<AccessibilityProblem> problems = auditAccessibility(&window);
        QCOMPARE(rules(problems), QStringList(3, u"mnemonic-clash"_s));
        QVERIFY2(reported(problems, u"mnemonic-clash"_s, u"&Send"_s), qPrintable(report(problems)));
        QVERIFY2(reported(problems, u"mnemonic-clash"_s, u"&Find a bundle"_s),
                 qPrintable(report(problems)));
        QVERIFY2(reported(problems, u"mnemonic-clash"_s, u"&Options…"_s),
                 qPrintable(report(problems)));
        QVERIFY2(!reported(problems, u"mnemonic-clash"_s, u"&Hidden"_s),
                 qPrintable(report(problems)));
    }

    // Tab going back up the window more than the one wrap is reported; the same form in
    // its reading order is not.
    void tabOrderJumpsAreReported()
    {
        QDialog d;
        auto* form = new QFormLayout(&d);
        QList<QLineEdit*> edits;
        for (int i = 0; i < 4; ++i) {
            auto* edit = new QLineEdit(&d);
            edit->setObjectName(u"edit%1"_s.arg(i));
            edit->setAccessibleName(u"Field %1"_s.arg(i));
            form->addRow(edit);
            edits << edit;
        }
        d.show();
        QVERIFY2(auditAccessibility(&d).isEmpty(), qPrintable(report(auditAccessibility(&d))));

        QWidget::setTabOrder(edits[0], edits[2]); // 0, 2, 1, 3: back up from 2 to 1
        QWidget::setTabOrder(edits[2], edits[1]);
        const QList<AccessibilityProblem> problems = auditAccessibility(&d);
        QCOMPARE(rules(problems), QStringList{u"tab-order"_s});
        QVERIFY2(reported(problems, u"tab-order"_s, u"edit2 (QLineEdit) to edit1"_s),
                 qPrintable(report(problems)));
    }

    // A long form in a scroll area, with buttons below: its fields out of sight lie below
    // the buttons in the window, but are judged where they are seen (on the viewport's
    // edge), so the reading order is quiet. A real jump is still caught, inside the
    // content (even between two fields out of sight) and between it and the buttons.
    void scrolledContentIsJudgedWhereSeen()
    {
        QDialog d;
        auto* layout = new QVBoxLayout(&d);
        auto* area = new QScrollArea(&d);
        area->setWidgetResizable(true);
        area->setFixedHeight(120);
        auto* content = new QWidget;
        auto* form = new QFormLayout(content);
        QList<QLineEdit*> edits;
        for (int i = 0; i < 30; ++i) {
            auto* edit = new QLineEdit(content);
            edit->setObjectName(u"field%1"_s.arg(i));
            edit->setAccessibleName(u"Field %1"_s.arg(i));
            form->addRow(edit);
            edits << edit;
        }
        area->setWidget(content);
        layout->addWidget(area);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
        layout->addWidget(buttons);
        d.resize(400, 300);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
        // The case the rule must not misread: the last field is below OK in the window.
        QVERIFY(edits.last()->mapTo(&d, QPoint(0, 0)).y() > ok->mapTo(&d, QPoint(0, 0)).y());
        QVERIFY2(auditAccessibility(&d).isEmpty(), qPrintable(report(auditAccessibility(&d))));

        // Inside the content, both fields out of sight: 20 then back up to 5.
        QWidget::setTabOrder(edits[20], edits[5]);
        QList<AccessibilityProblem> problems = auditAccessibility(&d);
        QVERIFY2(reported(problems, u"tab-order"_s, u"field20 (QLineEdit) to field5"_s),
                 qPrintable(report(problems)));
        QWidget::setTabOrder(edits[4], edits[5]); // back in order
        QVERIFY2(auditAccessibility(&d).isEmpty(), qPrintable(report(auditAccessibility(&d))));

        // From a button below back into the content: OK in the middle of the fields.
        QWidget::setTabOrder(edits[10], ok);
        QWidget::setTabOrder(ok, edits[11]);
        problems = auditAccessibility(&d);
        QVERIFY2(reported(problems, u"tab-order"_s, u"to field11"_s), qPrintable(report(problems)));
    }
};

QTEST_MAIN(TestAccessibilityAudit)
#include "tst_accessibilityaudit.moc"
