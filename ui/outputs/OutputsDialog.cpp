#include "outputs/OutputsDialog.h"

#include "agreements/AgreementRegister.h"
#include "common/Clock.h"
#include "common/Translations.h"
#include "outputs/RecordOutputDialog.h"
#include "review/ShareDetail.h"
#include "shares/ShareStore.h"
#include "store/Database.h"
#include "widgets/WrapLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sharewise::ui {
namespace {

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QTableWidget* makeTable(QWidget* parent, const QString& objectName, int columns)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(objectName);
    t->setColumnCount(columns);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

QString formatDate(const QDate& date)
{
    return date.isValid() ? Translations::locale().toString(date, QStringLiteral("d MMM yyyy"))
                          : QString();
}

} // namespace

OutputsDialog::OutputsDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_heading(new QLabel(this))
    , m_intro(new WrapLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_duePage(new QWidget(m_tabs))
    , m_summary(new WrapLabel(m_duePage))
    , m_due(makeTable(m_duePage, QStringLiteral("outputsDue"), DueColumnCount))
    , m_record(new QPushButton(m_duePage))
    , m_historyPage(new QWidget(m_tabs))
    , m_agreementLabel(new QLabel(m_historyPage))
    , m_agreement(new QComboBox(m_historyPage))
    , m_sharesOutLabel(new QLabel(m_historyPage))
    , m_sharesOut(makeTable(m_historyPage, QStringLiteral("sharesOut"), 4))
    , m_outputsBackLabel(new QLabel(m_historyPage))
    , m_outputsBack(makeTable(m_historyPage, QStringLiteral("outputsBack"), 4))
    , m_outcome(new WrapLabel(this))
{
    setObjectName(QStringLiteral("outputsDialog"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("outputsSummary"));
    m_record->setObjectName(QStringLiteral("recordWhatCameBack"));
    m_agreement->setObjectName(QStringLiteral("outputsAgreement"));
    m_agreementLabel->setBuddy(m_agreement);
    m_sharesOutLabel->setBuddy(m_sharesOut);
    m_outputsBackLabel->setBuddy(m_outputsBack);
    m_outcome->setObjectName(QStringLiteral("outputsOutcome"));

    auto* dueLayout = new QVBoxLayout(m_duePage);
    dueLayout->addWidget(m_summary);
    dueLayout->addWidget(m_due, 1);
    auto* dueButtons = new QHBoxLayout;
    dueButtons->addWidget(m_record);
    dueButtons->addStretch();
    dueLayout->addLayout(dueButtons);

    auto* out = new QWidget(m_historyPage);
    auto* outLayout = new QVBoxLayout(out);
    outLayout->setContentsMargins(0, 0, 0, 0);
    outLayout->addWidget(m_sharesOutLabel);
    outLayout->addWidget(m_sharesOut, 1);
    auto* back = new QWidget(m_historyPage);
    auto* backLayout = new QVBoxLayout(back);
    backLayout->setContentsMargins(0, 0, 0, 0);
    backLayout->addWidget(m_outputsBackLabel);
    backLayout->addWidget(m_outputsBack, 1);
    auto* sideBySide = new QSplitter(Qt::Horizontal, m_historyPage);
    sideBySide->addWidget(out);
    sideBySide->addWidget(back);
    sideBySide->setChildrenCollapsible(false);
    auto* historyLayout = new QVBoxLayout(m_historyPage);
    auto* pick = new QHBoxLayout;
    pick->addWidget(m_agreementLabel);
    pick->addWidget(m_agreement, 1);
    historyLayout->addLayout(pick);
    historyLayout->addWidget(sideBySide, 1);

    m_tabs->addTab(m_duePage, QString());
    m_tabs->addTab(m_historyPage, QString());

    auto* buttons = new QDialogButtonBox(this);
    m_close = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);

    connect(m_record, &QPushButton::clicked, this, &OutputsDialog::recordWhatCameBack);
    connect(m_agreement, &QComboBox::currentIndexChanged, this, &OutputsDialog::reloadAgreement);
    connect(m_due, &QTableWidget::itemDoubleClicked, this, &OutputsDialog::recordWhatCameBack);

    retranslateUi();
    fillAgreements();
    reload();
    resize(900, 600);
}

QString OutputsDialog::dueStatusText(const shares::OutputDue& due, const QDate& today)
{
    if (due.returned)
        return due.returnedOn.isValid() ? tr("Returned on %1").arg(formatDate(due.returnedOn))
                                        : tr("Returned");
    if (due.isOverdue(today))
        return tr("Overdue by %n day(s)", nullptr, static_cast<int>(due.due.daysTo(today)));
    if (due.isDueSoon(today))
        return tr("Due soon: in %n day(s)", nullptr, static_cast<int>(today.daysTo(due.due)));
    return tr("Due");
}

void OutputsDialog::fillAgreements()
{
    const QSignalBlocker block(m_agreement);
    const QString keep = m_agreement->currentData().toString();
    m_agreement->clear();
    Result<QList<agreements::Agreement>> list = agreements::AgreementRegister(m_db).list();
    if (list) {
        for (const agreements::Agreement& a : std::as_const(list.value()))
            m_agreement->addItem(QStringLiteral("%1 — %2").arg(a.reference, a.title), a.reference);
    }
    const int index = m_agreement->findData(keep);
    m_agreement->setCurrentIndex(index < 0 ? 0 : index);
}

void OutputsDialog::reload()
{
    reloadDue();
    reloadAgreement();
}

void OutputsDialog::reloadDue()
{
    const QDate today = Clock::today();
    m_due->clearContents();
    m_due->setRowCount(0);
    Result<QList<shares::OutputDue>> due = shares::OutputsRegister(m_db).due(today);
    if (!due) {
        m_dueItems.clear();
        m_summary->setText(due.error().fullMessage());
        return;
    }
    m_dueItems = due.value();
    int overdue = 0;
    int soon = 0;
    m_due->setRowCount(static_cast<int>(m_dueItems.size()));
    for (int row = 0; row < m_dueItems.size(); ++row) {
        const shares::OutputDue& d = m_dueItems.at(row);
        auto* status = cell(dueStatusText(d, today));
        // The words say it; the icon repeats it (never colour alone).
        if (d.isOverdue(today)) {
            ++overdue;
            status->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
        } else if (d.isDueSoon(today)) {
            ++soon;
            status->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        } else if (d.returned) {
            status->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
        }
        m_due->setItem(row, DueStatusColumn, status);
        m_due->setItem(row, DueDateColumn, cell(formatDate(d.due)));
        m_due->setItem(row, DueAgreementColumn,
                       cell(QStringLiteral("%1 — %2").arg(d.agreementReference, d.agreementTitle)));
        auto* title = cell(d.title);
        title->setToolTip(d.description);
        m_due->setItem(row, DueOutputColumn, title);
    }
    m_due->resizeColumnsToContents();
    if (m_dueItems.isEmpty())
        m_summary->setText(tr("No agreement in the register promises an output back."));
    else
        m_summary->setText(
            tr("%1 overdue, %2 due in the next 30 days.")
                .arg(tr("%n output(s)", nullptr, overdue), tr("%n output(s)", nullptr, soon)));
    m_record->setEnabled(m_agreement->count() > 0);
}

void OutputsDialog::showAgreement(const QString& reference)
{
    const int index = m_agreement->findData(reference);
    if (index >= 0)
        m_agreement->setCurrentIndex(index);
    m_tabs->setCurrentWidget(m_historyPage);
}

void OutputsDialog::reloadAgreement()
{
    const QString reference = m_agreement->currentData().toString();
    m_sharesOut->clearContents();
    m_sharesOut->setRowCount(0);
    m_outputsBack->clearContents();
    m_outputsBack->setRowCount(0);
    if (reference.isEmpty())
        return;
    shares::ShareFilter filter;
    filter.agreement = reference;
    Result<QList<shares::ShareListItem>> out = shares::ShareStore(m_db).list(filter);
    if (out) {
        m_sharesOut->setRowCount(static_cast<int>(out->size()));
        int row = 0;
        for (const shares::ShareListItem& s : std::as_const(out.value())) {
            m_sharesOut->setItem(row, 0, cell(shareview::formatTime(s.createdUs)));
            auto* state = cell(shares::stateLabel(s.state));
            state->setIcon(shareview::stateIcon(this, s.state));
            m_sharesOut->setItem(row, 1, state);
            m_sharesOut->setItem(row, 2, cell(s.datasetName));
            m_sharesOut->setItem(row, 3, cell(s.partner));
            m_sharesOut->item(row, 0)->setData(Qt::UserRole, s.id);
            ++row;
        }
        m_sharesOut->resizeColumnsToContents();
    }
    Result<QList<shares::ReturnedOutput>> back = shares::OutputsRegister(m_db).returned(reference);
    if (back) {
        m_outputsBack->setRowCount(static_cast<int>(back->size()));
        int row = 0;
        for (const shares::ReturnedOutput& o : std::as_const(back.value())) {
            m_outputsBack->setItem(row, 0, cell(formatDate(o.receivedOn)));
            m_outputsBack->setItem(row, 1,
                                   cell(o.outputTitle.isEmpty() ? o.description : o.outputTitle));
            QString where = o.link;
            if (!o.fileName.isEmpty())
                where = tr("File %1").arg(o.fileName);
            m_outputsBack->setItem(row, 2, cell(where));
            m_outputsBack->setItem(
                row, 3, cell(tr("%n share(s)", nullptr, static_cast<int>(o.shareIds.size()))));
            ++row;
        }
        m_outputsBack->resizeColumnsToContents();
    }
}

void OutputsDialog::recordWhatCameBack()
{
    QString reference = m_agreement->currentData().toString();
    QString title;
    const int row = m_due->currentRow();
    if (m_tabs->currentWidget() == m_duePage && row >= 0 && row < m_dueItems.size()) {
        reference = m_dueItems.at(row).agreementReference;
        title = m_dueItems.at(row).title;
    }
    RecordOutputDialog dialog(m_db, reference, title, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.recorded())
        return;
    const shares::ReturnedOutput& o = dialog.recorded().value();
    m_outcome->setText(tr("Recorded: %1 came back on %2 under %3.")
                           .arg(o.outputTitle.isEmpty() ? o.description : o.outputTitle,
                                formatDate(o.receivedOn), o.agreementReference));
    reload();
    emit outputsChanged();
}

void OutputsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QDialog::changeEvent(event);
}

void OutputsDialog::retranslateUi()
{
    setWindowTitle(tr("Outputs returned"));
    m_heading->setText(tr("What comes back from partners"));
    m_intro->setText(tr("Why am I asked this? Each agreement says what the recipient will send "
                        "back and when: a report, a return, figures. Recording what came back "
                        "shows the data was used for the agreed purpose."));
    m_tabs->setTabText(m_tabs->indexOf(m_duePage), tr("&Due and overdue"));
    m_tabs->setTabText(m_tabs->indexOf(m_historyPage), tr("&Shares out and outputs back"));
    m_due->setHorizontalHeaderLabels({tr("State"), tr("Due", "date an output is due back"),
                                      tr("Promised output"), tr("Agreement")});
    m_due->setAccessibleName(tr("Promised outputs"));
    m_record->setText(tr("&Record what came back…"));
    m_record->setAccessibleName(tr("Record an output that came back"));
    m_agreementLabel->setText(tr("&Agreement:"));
    m_agreement->setAccessibleName(tr("Agreement"));
    m_sharesOutLabel->setText(tr("Shares &out"));
    m_sharesOut->setHorizontalHeaderLabels(
        {tr("Created"), tr("State"), tr("Dataset"), tr("Partner")});
    m_sharesOut->setAccessibleName(tr("Shares sent under this agreement"));
    m_outputsBackLabel->setText(tr("Outputs &back"));
    m_outputsBack->setHorizontalHeaderLabels(
        {tr("Came back"), tr("What"), tr("Where"), tr("From")});
    m_outputsBack->setAccessibleName(tr("Outputs that came back under this agreement"));
    m_close->setText(tr("Close"));
}

} // namespace sharewise::ui
