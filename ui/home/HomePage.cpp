#include "home/HomePage.h"

#include "widgets/WrapLabel.h"

#include <QCommandLinkButton>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sharewise::ui {
namespace {

QLabel* makeCountLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(8);
    label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

QCommandLinkButton* makeAction(QWidget* parent, const QString& objectName)
{
    auto* b = new QCommandLinkButton(parent);
    b->setObjectName(objectName);
    // Keep height-for-width, or the button reserves room for its description wrapped
    // at its narrow default width.
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred, QSizePolicy::PushButton);
    policy.setHeightForWidth(true);
    b->setSizePolicy(policy);
    // Enter acts on the focused action as Space does (a button outside a dialog does
    // not take Enter unless told).
    b->setAutoDefault(true);
    return b;
}

} // namespace

HomePage::HomePage(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_intro(new WrapLabel(this))
    , m_pending(makeCountLabel(this, QStringLiteral("pendingReviewsCount")))
    , m_due(makeCountLabel(this, QStringLiteral("agreementsDueCount")))
    , m_overdue(makeCountLabel(this, QStringLiteral("outputsOverdueCount")))
    , m_outputsDue(makeCountLabel(this, QStringLiteral("outputsDueCount")))
    , m_problemBox(new QFrame(this))
    , m_problemTitle(new QLabel(m_problemBox))
    , m_problemText(new WrapLabel(m_problemBox))
    , m_problemSettings(new QPushButton(m_problemBox))
    , m_share(makeAction(this, QStringLiteral("shareData")))
    , m_review(makeAction(this, QStringLiteral("reviewShares")))
    , m_agreements(makeAction(this, QStringLiteral("agreements")))
    , m_history(makeAction(this, QStringLiteral("history")))
    , m_openBundle(makeAction(this, QStringLiteral("openBundle")))
    , m_outputs(makeAction(this, QStringLiteral("outputs")))
    , m_practice(makeAction(this, QStringLiteral("practice")))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.8);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setAccessibleName(QString()); // read from its text
    m_intro->setWordWrap(true);

    auto* problemFrame = static_cast<QFrame*>(m_problemBox);
    problemFrame->setObjectName(QStringLiteral("historyProblem"));
    problemFrame->setFrameShape(QFrame::Box);
    problemFrame->setStyleSheet(QStringLiteral("#historyProblem { border: 3px solid #d4351c; }"));
    QFont bold = m_problemTitle->font();
    bold.setBold(true);
    m_problemTitle->setFont(bold);
    m_problemText->setWordWrap(true);
    m_problemText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* problemLayout = new QVBoxLayout(m_problemBox);
    problemLayout->addWidget(m_problemTitle);
    problemLayout->addWidget(m_problemText);
    auto* problemButtons = new QHBoxLayout;
    m_problemSettings->setAutoDefault(true);
    problemButtons->addWidget(m_problemSettings);
    problemButtons->addStretch();
    problemLayout->addLayout(problemButtons);
    m_problemBox->hide();

    auto* counts = new QHBoxLayout;
    counts->addWidget(m_pending);
    counts->addWidget(m_due);
    counts->addWidget(m_overdue);
    counts->addWidget(m_outputsDue);

    // One column, one action a line: the order is the order of importance.
    auto* actions = new QVBoxLayout;
    actions->setSpacing(4);
    for (QCommandLinkButton* b :
         {m_share, m_review, m_agreements, m_outputs, m_history, m_openBundle})
        actions->addWidget(b);
    // Apart from the real work: the practice uses a history of its own.
    actions->addSpacing(12);
    actions->addWidget(m_practice);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_problemBox);
    layout->addLayout(counts);
    layout->addSpacing(8);
    layout->addLayout(actions);
    layout->addStretch();

    connect(m_share, &QAbstractButton::clicked, this, &HomePage::shareRequested);
    connect(m_review, &QAbstractButton::clicked, this, &HomePage::reviewRequested);
    connect(m_agreements, &QAbstractButton::clicked, this, &HomePage::agreementsRequested);
    connect(m_history, &QAbstractButton::clicked, this, &HomePage::historyRequested);
    connect(m_outputs, &QAbstractButton::clicked, this, &HomePage::outputsRequested);
    connect(m_openBundle, &QAbstractButton::clicked, this, &HomePage::openBundleRequested);
    connect(m_practice, &QAbstractButton::clicked, this, &HomePage::practiceRequested);
    connect(m_problemSettings, &QAbstractButton::clicked, this, &HomePage::settingsRequested);

    // A command link is drawn flat and the style draws no focus frame on it: the one with
    // the focus gets a frame in the highlight colour, so the keyboard's place can be seen
    // (in a high-contrast palette too).
    setStyleSheet(QStringLiteral(
        "QCommandLinkButton:focus { border: 2px solid palette(highlight); border-radius: 4px; }"));

    setTabOrder(m_share, m_review);
    setTabOrder(m_review, m_agreements);
    setTabOrder(m_agreements, m_outputs);
    setTabOrder(m_outputs, m_history);
    setTabOrder(m_history, m_openBundle);
    setTabOrder(m_openBundle, m_practice);
    retranslateUi();
}

void HomePage::setCounts(const HomeCounts& counts)
{
    m_counts = counts;
    retranslateUi();
}

void HomePage::setOutputCounts(int dueSoon, int overdue)
{
    m_outputsDueSoon = dueSoon;
    m_counts.outputsOverdue = overdue;
    retranslateUi();
}

void HomePage::setHistoryProblem(const QString& message)
{
    m_problem = message;
    const bool broken = !message.isEmpty();
    m_problemBox->setVisible(broken);
    for (QWidget* w : {static_cast<QWidget*>(m_share), static_cast<QWidget*>(m_review),
                       static_cast<QWidget*>(m_agreements), static_cast<QWidget*>(m_history),
                       static_cast<QWidget*>(m_pending), static_cast<QWidget*>(m_due),
                       static_cast<QWidget*>(m_overdue), static_cast<QWidget*>(m_outputs),
                       static_cast<QWidget*>(m_outputsDue)})
        w->setEnabled(!broken);
    retranslateUi();
}

void HomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HomePage::retranslateUi()
{
    m_heading->setText(tr("What do you want to do?"));
    m_intro->setText(tr("Sharewise helps you share personal data safely and lawfully: under a "
                        "data-sharing agreement, with only the data that is needed, encrypted "
                        "for the people who should receive it."));

    m_pending->setText(tr("%n share(s) waiting for review", nullptr, m_counts.pendingReviews));
    m_due->setText(tr("%n agreement(s) due for review", nullptr, m_counts.agreementsDueForReview));
    m_overdue->setText(tr("%n promised output(s) overdue", nullptr, m_counts.outputsOverdue));
    m_outputsDue->setText(
        tr("%n promised output(s) due in the next 30 days", nullptr, m_outputsDueSoon));

    m_problemTitle->setText(tr("Sharewise could not open its history"));
    m_problemText->setText(m_problem);
    m_problemSettings->setText(tr("Open settin&gs"));

    m_share->setText(tr("&Share data"));
    m_share->setDescription(tr("Prepare a file to send under a data-sharing agreement: choose "
                               "it, check it, remove what is not needed, and encrypt it."));
    m_review->setText(tr("&Review pending shares"));
    m_review->setDescription(tr("Approve or reject shares that are waiting for an information "
                                "governance review."));
    m_agreements->setText(tr("&Agreements"));
    m_agreements->setDescription(tr("See the register of data-sharing agreements: who gets what, "
                                    "why, for how long, and what comes back."));
    m_outputs->setText(tr("O&utputs returned"));
    m_outputs->setDescription(tr("See what partners promised to send back and when, and record "
                                 "what came back."));
    //: Its letter (i) leaves H to the Help menu.
    m_history->setText(tr("H&istory"));
    m_history->setDescription(tr("See everything that has been recorded, and check that the "
                                 "record has not been altered."));
    m_openBundle->setText(tr("&Open a received bundle"));
    m_openBundle->setDescription(tr("Check that a bundle someone sent you is genuine and "
                                    "complete, then get the data out."));
    m_practice->setText(tr("Try it with sample &data"));
    m_practice->setDescription(tr("New to Sharewise? Take a made-up file through every step to "
                                  "a sealed bundle. It is kept apart from your real history."));
    for (QCommandLinkButton* b :
         {m_share, m_review, m_agreements, m_outputs, m_history, m_openBundle, m_practice}) {
        b->setAccessibleName(b->text().remove(QLatin1Char('&')));
        b->setAccessibleDescription(b->description());
    }
}

} // namespace sharewise::ui
