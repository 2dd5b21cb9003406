#pragma once

#include "store/HomeCounts.h"

#include <QWidget>

class QCommandLinkButton;
class QLabel;
class QPushButton;

namespace sharewise::ui {

// The home screen: what a non-specialist can do, in plain words, with the figures
// that need attention. It only shows and asks; MainWindow acts on its signals.
class HomePage : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(QWidget* parent = nullptr);

    void setCounts(const HomeCounts& counts);
    // Promised outputs from OutputsRegister::due: due in the next 30 days, and overdue
    // (replaces HomeCounts::outputsOverdue, which counts the old table only).
    void setOutputCounts(int dueSoon, int overdue);
    // When the history cannot be opened: say why, offer Settings, and disable the
    // actions that need it. An empty message clears the problem.
    void setHistoryProblem(const QString& message);

    QCommandLinkButton* shareButton() const { return m_share; }
    QCommandLinkButton* reviewButton() const { return m_review; }
    QCommandLinkButton* agreementsButton() const { return m_agreements; }
    QCommandLinkButton* historyButton() const { return m_history; }
    QCommandLinkButton* openBundleButton() const { return m_openBundle; }
    QCommandLinkButton* practiceButton() const { return m_practice; }
    QCommandLinkButton* outputsButton() const { return m_outputs; }
    QLabel* pendingLabel() const { return m_pending; }
    QLabel* dueLabel() const { return m_due; }
    QLabel* overdueLabel() const { return m_overdue; }
    QLabel* outputsDueLabel() const { return m_outputsDue; }

signals:
    void shareRequested();
    void reviewRequested();
    void agreementsRequested();
    void historyRequested();
    void outputsRequested();
    void openBundleRequested();
    // "Try it with sample data": the practice history (MainWindow::startPractice).
    void practiceRequested();
    void settingsRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_heading;
    QLabel* m_intro;
    QLabel* m_pending;
    QLabel* m_due;
    QLabel* m_overdue;
    QLabel* m_outputsDue;
    QWidget* m_problemBox;
    QLabel* m_problemTitle;
    QLabel* m_problemText;
    QPushButton* m_problemSettings;
    QCommandLinkButton* m_share;
    QCommandLinkButton* m_review;
    QCommandLinkButton* m_agreements;
    QCommandLinkButton* m_history;
    QCommandLinkButton* m_openBundle;
    QCommandLinkButton* m_outputs;
    QCommandLinkButton* m_practice;
    int m_outputsDueSoon = 0;
    HomeCounts m_counts;
    QString m_problem;
};

} // namespace sharewise::ui
