#include "history/IncidentDialog.h"

#include "widgets/ErrorSummary.h"
#include "widgets/WrapLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace sharewise::ui {

IncidentDialog::IncidentDialog(Database& db, qint64 shareId, const QString& shareName,
                               QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_shareId(shareId)
    , m_shareName(shareName)
    , m_errors(new ErrorSummary(this))
    , m_heading(new QLabel(this))
    , m_intro(new WrapLabel(this))
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_descriptionLabel(new QLabel(this))
    , m_description(new QPlainTextEdit(this))
    , m_nextStepsIcon(new QLabel(this))
    , m_nextSteps(new WrapLabel(this))
{
    setObjectName(QStringLiteral("incidentDialog"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_kind->setObjectName(QStringLiteral("incidentKind"));
    for (shares::IncidentKind k :
         {shares::IncidentKind::WrongRecipient, shares::IncidentKind::WrongFile,
          shares::IncidentKind::TooMuchData, shares::IncidentKind::Other})
        m_kind->addItem(QString(), static_cast<int>(k));
    m_kindLabel->setBuddy(m_kind);
    m_description->setObjectName(QStringLiteral("incidentDescription"));
    m_description->setTabChangesFocus(true);
    m_descriptionLabel->setBuddy(m_description);
    m_descriptionLabel->setWordWrap(true);
    m_nextSteps->setObjectName(QStringLiteral("incidentNextSteps"));
    m_nextSteps->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nextSteps->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_report = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_report->setObjectName(QStringLiteral("reportIncident"));
    m_report->setDefault(true);
    m_close = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(m_report, &QPushButton::clicked, this, &IncidentDialog::report);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* next = new QHBoxLayout;
    next->addWidget(m_nextStepsIcon, 0, Qt::AlignTop);
    next->addWidget(m_nextSteps, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_kindLabel);
    layout->addWidget(m_kind);
    layout->addWidget(m_descriptionLabel);
    layout->addWidget(m_description, 1);
    layout->addLayout(next);
    layout->addWidget(buttons);
    retranslateUi();
    setMinimumWidth(560);
}

void IncidentDialog::report()
{
    if (m_incident)
        return;
    m_errors->clear();
    const QString description = m_description->toPlainText().trimmed();
    if (description.isEmpty()) {
        m_errors->addProblem(tr("Describe what happened, such as who received it and when"),
                             m_description);
        m_errors->setFocus();
        return;
    }
    const auto kind = static_cast<shares::IncidentKind>(m_kind->currentData().toInt());
    Result<shares::Incident> made = shares::IncidentLog(m_db).report(m_shareId, kind, description);
    if (!made) {
        m_errors->addProblem(made.error().fullMessage(), m_report);
        m_errors->setFocus();
        return;
    }
    m_incident = made.value();
    m_kind->setEnabled(false);
    m_description->setReadOnly(true);
    m_report->setEnabled(false);
    m_report->hide();
    m_nextSteps->show();
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize);
    m_nextStepsIcon->setPixmap(style()
                                   ->standardIcon(QStyle::SP_MessageBoxWarning)
                                   .pixmap(QSize(size, size), devicePixelRatioF()));
    retranslateUi();
    m_close->setFocus();
}

void IncidentDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void IncidentDialog::retranslateUi()
{
    setWindowTitle(tr("Report a problem with this share"));
    m_heading->setText(m_incident ? tr("The problem is recorded")
                                  : tr("What went wrong with %1?").arg(m_shareName));
    m_intro->setText(tr("Why am I asked this? Personal data sent to the wrong place may be a "
                        "data breach. The council may have to tell the Information "
                        "Commissioner's Office within 72 hours of knowing about it, so report "
                        "it now, even if you are not sure. Do not copy any of the data here."));
    m_kindLabel->setText(tr("&What kind of problem?"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, shares::incidentKindLabel(
                                   static_cast<shares::IncidentKind>(m_kind->itemData(i).toInt())));
    m_kind->setAccessibleName(tr("What kind of problem"));
    m_descriptionLabel->setText(tr("What &happened? Who received it, when, and what has been "
                                   "done so far."));
    m_description->setAccessibleName(tr("What happened"));
    m_report->setText(tr("&Report the problem"));
    m_close->setText(m_incident ? tr("Close") : tr("Cancel"));
    if (m_incident)
        m_nextSteps->setText(shares::incidentNextSteps(m_incident.value()));
}

} // namespace sharewise::ui
