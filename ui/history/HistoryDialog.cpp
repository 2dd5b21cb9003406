#include "history/HistoryDialog.h"

#include "common/Translations.h"
#include "history/SharesPanel.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "widgets/WrapLabel.h"

#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sharewise::ui {

HistoryDialog::HistoryDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_tabs(new QTabWidget(this))
    , m_shares(new SharesPanel(db, m_tabs))
    , m_eventsPage(new QWidget(m_tabs))
    , m_intro(new WrapLabel(m_eventsPage))
    , m_table(new QTableWidget(m_eventsPage))
    , m_verify(new QPushButton(m_eventsPage))
    , m_resultIcon(new QLabel(m_eventsPage))
    , m_result(new WrapLabel(m_eventsPage))
{
    setObjectName(QStringLiteral("historyDialog"));
    m_intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setColumnCount(4);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(this);
    m_close = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_verify, &QPushButton::clicked, this, &HistoryDialog::verify);

    auto* verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verify);
    verifyRow->addWidget(m_resultIcon);
    verifyRow->addWidget(m_result, 1);

    auto* events = new QVBoxLayout(m_eventsPage);
    events->addWidget(m_intro);
    events->addWidget(m_table, 1);
    events->addLayout(verifyRow);

    m_tabs->setObjectName(QStringLiteral("historyTabs"));
    m_tabs->addTab(m_shares, QString());
    m_tabs->addTab(m_eventsPage, QString());
    connect(m_shares, &SharesPanel::resumeDraft, this, &HistoryDialog::resumeDraft);
    connect(m_shares, &SharesPanel::sealApproved, this, &HistoryDialog::sealApproved);
    connect(m_shares, &SharesPanel::sharesChanged, this, [this] {
        reload(); // the events tab shows the new entries
        emit sharesChanged();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    retranslateUi();
    reload();
    resize(960, 680);
}

QString HistoryDialog::describeAction(const QString& action)
{
    if (action == QLatin1String("history.created"))
        return tr("History created");
    if (action == QLatin1String("history.upgraded"))
        return tr("History upgraded to a new version");
    if (action == QLatin1String("history.backed_up"))
        return tr("History backed up");
    if (action == QLatin1String("history.restored"))
        return tr("History restored from a backup");
    if (action == QLatin1String("share.drafted"))
        return tr("Share started as a draft");
    if (action == QLatin1String("share.changed"))
        return tr("Share changed");
    if (action == QLatin1String("share.submitted"))
        return tr("Share submitted for review");
    if (action == QLatin1String("share.imported_for_review"))
        return tr("Share received for review from another computer");
    if (action == QLatin1String("share.approved"))
        return tr("Share approved");
    if (action == QLatin1String("share.rejected"))
        return tr("Share sent back with a reason");
    if (action == QLatin1String("share.sealed"))
        return tr("Share sealed into a bundle");
    if (action == QLatin1String("share.seal_cancelled"))
        return tr("Sealing stopped; no bundle was kept");
    if (action == QLatin1String("share.sent"))
        return tr("Share marked as sent");
    if (action == QLatin1String("share.received"))
        return tr("Receipt imported: share received");
    if (action == QLatin1String("share.cancelled"))
        return tr("Share cancelled");
    if (action == QLatin1String("share.incident_reported"))
        return tr("Problem reported with a share");
    if (action == QLatin1String("share.review_request_exported"))
        return tr("Review request saved as a file");
    if (action == QLatin1String("share.decision_exported"))
        return tr("Review decision saved as a file");
    if (action == QLatin1String("output.returned"))
        return tr("Output recorded as returned");
    if (action == QLatin1String("bundle.sealed"))
        return tr("Bundle sealed");
    if (action == QLatin1String("bundle.opened"))
        return tr("Bundle opened");
    if (action == QLatin1String("receipt.imported"))
        return tr("Receipt recorded");
    if (action == QLatin1String("identity.created"))
        return tr("Identity created");
    if (action == QLatin1String("identity.replaced"))
        return tr("Identity replaced");
    if (action == QLatin1String("recipient.added"))
        return tr("Partner's key added");
    if (action == QLatin1String("practice.created"))
        return tr("Practice history made");
    return action;
}

QString HistoryDialog::displayActor(const QString& actor)
{
    if (actor.startsWith(QLatin1String("login:")))
        return actor.mid(6);
    if (actor == QLatin1String("system"))
        return tr("Sharewise");
    return actor;
}

void HistoryDialog::reload()
{
    m_table->setRowCount(0);
    Result<QList<AuditEntry>> entries = m_db.audit().entries();
    if (!entries) {
        m_resultText = entries.error().message;
        m_resultOk = false;
        retranslateUi();
        return;
    }
    const QList<AuditEntry>& list = entries.value();
    m_table->setRowCount(static_cast<int>(list.size()));
    // Newest first.
    for (qsizetype i = 0; i < list.size(); ++i) {
        const AuditEntry& e = list.at(list.size() - 1 - i);
        const QDateTime when =
            QDateTime::fromMSecsSinceEpoch(e.timeUs / 1000, Qt::UTC).toLocalTime();
        const int row = static_cast<int>(i);
        auto* number = new QTableWidgetItem(QString::number(e.seq));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 0, number);
        m_table->setItem(row, 1,
                         new QTableWidgetItem(Translations::locale().toString(
                             when, QStringLiteral("d MMM yyyy HH:mm"))));
        m_table->setItem(row, 2, new QTableWidgetItem(displayActor(e.actor)));
        auto* what = new QTableWidgetItem(describeAction(e.action));
        what->setData(Qt::UserRole, e.action);
        m_table->setItem(row, 3, what);
    }
    m_table->resizeColumnsToContents();
}

void HistoryDialog::verify()
{
    const AuditVerification v = m_db.audit().verify();
    m_resultOk = v.intact;
    if (v.intact) {
        m_resultText = tr("The audit trail is intact: %n entries checked.", nullptr,
                          static_cast<int>(v.entriesChecked));
    } else {
        m_resultText = tr("Problem: the audit trail is broken at entry %1. %2 Tell your "
                          "information governance lead.")
                           .arg(v.firstBadSeq)
                           .arg(v.problem);
    }
    retranslateUi();
}

void HistoryDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
        if (!m_resultText.isEmpty())
            verify(); // the result's words come from the check itself
    }
    QDialog::changeEvent(event);
}

void HistoryDialog::retranslateUi()
{
    setWindowTitle(tr("History"));
    m_tabs->setTabText(m_tabs->indexOf(m_shares), tr("Sh&ares"));
    m_tabs->setTabText(m_tabs->indexOf(m_eventsPage), tr("Everything &recorded"));
    m_intro->setText(tr("Everything recorded in this history, newest first. Entries cannot be "
                        "changed or removed; the check below shows whether anyone has tried."));
    m_table->setHorizontalHeaderLabels({tr("Entry"), tr("When"), tr("Who"), tr("What happened")});
    m_table->setAccessibleName(tr("Recorded events"));
    m_verify->setText(tr("&Check the audit trail"));
    m_close->setText(tr("Close"));
    // The outcome is carried by words and an icon, never by colour alone.
    m_result->setText(m_resultText);
    if (m_resultText.isEmpty()) {
        m_resultIcon->clear();
    } else {
        const int size = style()->pixelMetric(QStyle::PM_LargeIconSize);
        m_resultIcon->setPixmap(style()
                                    ->standardIcon(m_resultOk ? QStyle::SP_DialogApplyButton
                                                              : QStyle::SP_MessageBoxCritical)
                                    .pixmap(QSize(size, size), devicePixelRatioF()));
    }
}

} // namespace sharewise::ui
