#include "review/ReviewQueueDialog.h"

#include "agreements/AgreementRegister.h"
#include "common/Clock.h"
#include "common/Translations.h"
#include "crypto/Identity.h"
#include "keys/AgreementKeys.h"
#include "redact/Pseudonym.h"
#include "redact/Rules.h"
#include "review/ShareDetail.h"
#include "review/ShareTextDialog.h"
#include "shares/Approval.h"
#include "shares/ReviewFiles.h"
#include "shares/ShareStore.h"
#include "store/Database.h"
#include "widgets/Dialogs.h"
#include "widgets/IdTable.h"
#include "widgets/WrapLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace sharewise::ui {
namespace {

constexpr int kRefreshMs = 30 * 1000;
constexpr qint64 kMaxReviewFile = 16 * 1024 * 1024;

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

// Reads a review file (small); an error names it.
Result<QByteArray> readSmallFile(const QString& path)
{
    QFile file(path);
    const QString where = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::BadInput,
                         ReviewQueueDialog::tr("The file cannot be opened (%1). Check it is "
                                               "there and try again.")
                             .arg(file.errorString()),
                         where);
    if (file.size() > kMaxReviewFile)
        return makeError(ErrorKind::BadInput,
                         ReviewQueueDialog::tr("The file is too large to be a review file. "
                                               "Choose the file Sharewise saved."),
                         where);
    return file.readAll();
}

Status writeWholeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    const QString where = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorKind::Failure,
                         ReviewQueueDialog::tr("The file could not be written (%1). Choose "
                                               "another folder.")
                             .arg(file.errorString()),
                         where);
    return {};
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

ReviewQueueDialog::ReviewQueueDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_heading(new QLabel(this))
    , m_intro(new WrapLabel(this))
    , m_includeDecided(new QCheckBox(this))
    , m_table(new QTableWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_detail(new QTextBrowser(this))
    , m_rowsPage(new QWidget(this))
    , m_rowsIntro(new WrapLabel(m_rowsPage))
    , m_showRows(new QPushButton(m_rowsPage))
    , m_rowsStatus(new WrapLabel(m_rowsPage))
    , m_rows(new QTableWidget(m_rowsPage))
    , m_approve(new QPushButton(this))
    , m_sendBack(new QPushButton(this))
    , m_outcomeIcon(new QLabel(this))
    , m_outcome(new WrapLabel(this))
    , m_exportRequest(new QPushButton(this))
    , m_importRequest(new QPushButton(this))
    , m_exportDecision(new QPushButton(this))
    , m_importDecision(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_timer(new QTimer(this))
    , m_job(new RedactedPreviewJob(this))
{
    setObjectName(QStringLiteral("reviewQueueDialog"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);

    m_includeDecided->setObjectName(QStringLiteral("includeDecided"));
    m_table->setObjectName(QStringLiteral("reviewQueueTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_detail->setObjectName(QStringLiteral("reviewDetail"));
    m_detail->setOpenLinks(false);
    m_rows->setObjectName(QStringLiteral("reviewRows"));
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->verticalHeader()->hide();
    m_rows->setWordWrap(false);
    m_showRows->setObjectName(QStringLiteral("showRedactedRows"));
    m_rowsStatus->setObjectName(QStringLiteral("redactedRowsStatus"));
    m_rowsStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* rowsLayout = new QVBoxLayout(m_rowsPage);
    rowsLayout->addWidget(m_rowsIntro);
    auto* rowsButtons = new QHBoxLayout;
    rowsButtons->addWidget(m_showRows);
    rowsButtons->addStretch();
    rowsLayout->addLayout(rowsButtons);
    rowsLayout->addWidget(m_rowsStatus);
    rowsLayout->addWidget(m_rows, 1);
    m_tabs->addTab(m_detail, QString());
    m_tabs->addTab(m_rowsPage, QString());

    m_approve->setObjectName(QStringLiteral("approveShare"));
    m_sendBack->setObjectName(QStringLiteral("sendBackShare"));
    m_outcome->setObjectName(QStringLiteral("reviewOutcome"));
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportRequest->setObjectName(QStringLiteral("exportReviewRequest"));
    m_importRequest->setObjectName(QStringLiteral("importReviewRequest"));
    m_exportDecision->setObjectName(QStringLiteral("exportDecision"));
    m_importDecision->setObjectName(QStringLiteral("importDecision"));
    m_refresh->setObjectName(QStringLiteral("refreshQueue"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* decideRow = new QHBoxLayout;
    decideRow->addWidget(m_approve);
    decideRow->addWidget(m_sendBack);
    decideRow->addWidget(m_outcomeIcon);
    decideRow->addWidget(m_outcome, 1);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_exportRequest);
    fileRow->addWidget(m_importRequest);
    fileRow->addWidget(m_exportDecision);
    fileRow->addWidget(m_importDecision);
    fileRow->addStretch();

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_refresh, QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_includeDecided);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_intro);
    layout->addWidget(splitter, 1);
    layout->addLayout(decideRow);
    layout->addLayout(fileRow);
    layout->addWidget(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReviewQueueDialog::showSelected);
    connect(m_includeDecided, &QCheckBox::toggled, this, &ReviewQueueDialog::reload);
    connect(m_approve, &QPushButton::clicked, this, &ReviewQueueDialog::approveSelected);
    connect(m_sendBack, &QPushButton::clicked, this, &ReviewQueueDialog::sendBackSelected);
    connect(m_showRows, &QPushButton::clicked, this, &ReviewQueueDialog::showRedactedRows);
    connect(m_exportRequest, &QPushButton::clicked, this, &ReviewQueueDialog::exportReviewRequest);
    connect(m_importRequest, &QPushButton::clicked, this, &ReviewQueueDialog::importReviewRequest);
    connect(m_exportDecision, &QPushButton::clicked, this, &ReviewQueueDialog::exportDecision);
    connect(m_importDecision, &QPushButton::clicked, this, &ReviewQueueDialog::importDecision);
    connect(m_refresh, &QPushButton::clicked, this, &ReviewQueueDialog::reload);
    connect(m_job, &RedactedPreviewJob::finished, this, &ReviewQueueDialog::showRows);
    // Others decide too (a shared register, or another window): look again while open.
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &ReviewQueueDialog::reload);
    m_timer->start();

    setTabOrder(m_includeDecided, m_table);
    setTabOrder(m_table, m_tabs);
    retranslateUi();
    reload();
    resize(960, 680);
}

ReviewQueueDialog::~ReviewQueueDialog() = default;

void ReviewQueueDialog::setSessionIdentity(std::shared_ptr<const crypto::Identity> identity)
{
    m_identity = std::move(identity);
    updateButtons();
}

QList<qint64> ReviewQueueDialog::listedIds() const
{
    return IdTable::ids(m_table);
}

qint64 ReviewQueueDialog::selectedId() const
{
    return IdTable::selectedId(m_table);
}

bool ReviewQueueDialog::selectShare(qint64 id)
{
    return IdTable::select(m_table, id);
}

void ReviewQueueDialog::reload()
{
    const qint64 keep = selectedId();
    shares::ShareFilter filter;
    filter.states = {shares::ShareState::PendingReview};
    if (m_includeDecided->isChecked())
        filter.states << shares::ShareState::Approved << shares::ShareState::Rejected;
    filter.oldestFirst = true;
    const shares::ShareStore store(m_db);
    Result<QList<shares::ShareListItem>> items = store.list(filter);
    const QSignalBlocker block(m_table);
    m_table->clearContents();
    m_table->setRowCount(0);
    if (!items) {
        setOutcome(false, items.error().fullMessage());
        return;
    }
    m_table->setRowCount(static_cast<int>(items->size()));
    int row = 0;
    for (const shares::ShareListItem& item : std::as_const(items.value())) {
        auto* when = cell(shareview::formatTime(item.submittedUs));
        when->setData(Qt::UserRole, item.id);
        when->setData(Qt::UserRole + 1, static_cast<int>(item.state));
        when->setIcon(shareview::stateIcon(this, item.state));
        m_table->setItem(row, SubmittedColumn, when);
        m_table->setItem(row, AgreementColumn, cell(item.agreementReference));
        m_table->setItem(row, PartnerColumn, cell(item.partner));
        m_table->setItem(row, PreparedByColumn, cell(item.preparedBy));
        m_table->setItem(row, DatasetColumn, cell(item.datasetName));
        auto* rows =
            cell(item.rowCount >= 0 ? Translations::locale().toString(item.rowCount) : tr("—"));
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, RowsColumn, rows);
        // The findings live in the summary: read each (the queue is short).
        Result<shares::ShareRecord> record = store.find(item.id);
        const shareview::FindingCounts counts =
            record ? shareview::countFindings(record->summary) : shareview::FindingCounts{};
        auto* findings = cell(shareview::findingCountsText(counts));
        if (counts.blocking > 0)
            findings->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
        else if (counts.warnings > 0)
            findings->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        m_table->setItem(row, FindingsColumn, findings);
        m_table->setItem(row, StateColumn, cell(shares::stateLabel(item.state)));
        ++row;
    }
    m_table->resizeColumnsToContents();
    if (keep != 0 && selectShare(keep)) {
        // The same share stays open; its detail may have changed.
    } else if (m_table->rowCount() > 0) {
        m_table->selectRow(0);
    }
    showSelected();
}

void ReviewQueueDialog::showSelected()
{
    const qint64 id = selectedId();
    if (id != m_shownId) {
        m_job->cancel();
        m_rows->clear();
        m_rows->setRowCount(0);
        m_rows->setColumnCount(0);
        m_rowsStatus->clear();
        m_shownId = id;
        m_shownVersion = -1;
    }
    if (id == 0) {
        m_detail->setPlainText(tr("No share is waiting for review."));
        updateButtons();
        return;
    }
    Result<shares::ShareRecord> share = shares::ShareStore(m_db).find(id);
    if (!share) {
        m_detail->setPlainText(share.error().fullMessage());
        m_shownVersion = -1;
    } else if (share->rowVersion != m_shownVersion || m_detail->document()->isEmpty()) {
        // Only when it changed: the refresh every 30 s keeps the reader's place.
        m_detail->setHtml(shareview::summaryHtml(m_db, share.value()));
        m_shownVersion = share->rowVersion;
    }
    updateButtons();
}

void ReviewQueueDialog::updateButtons()
{
    const qint64 id = selectedId();
    shares::ShareState state = shares::ShareState::Draft;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* item = m_table->item(row, 0);
        if (id != 0 && item->data(Qt::UserRole).toLongLong() == id)
            state = static_cast<shares::ShareState>(item->data(Qt::UserRole + 1).toInt());
    }
    const bool pending = id != 0 && state == shares::ShareState::PendingReview;
    const bool decided =
        id != 0 && (state == shares::ShareState::Approved || state == shares::ShareState::Rejected);
    m_approve->setEnabled(pending);
    m_sendBack->setEnabled(pending);
    m_showRows->setEnabled(id != 0);
    m_exportRequest->setEnabled(pending);
    m_exportDecision->setEnabled(decided);
}

void ReviewQueueDialog::setOutcome(bool ok, const QString& text)
{
    m_outcomeOk = ok;
    m_outcomeText = text;
    m_outcome->setText(text);
    if (text.isEmpty()) {
        m_outcomeIcon->clear();
        return;
    }
    // The outcome is carried by words and an icon, never by colour alone.
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_outcomeIcon->setPixmap(
        style()
            ->standardIcon(ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical)
            .pixmap(QSize(size, size), devicePixelRatioF()));
}

void ReviewQueueDialog::approveSelected()
{
    decide(true, QString());
}

void ReviewQueueDialog::sendBackSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    Result<shares::ShareRecord> share = shares::ShareStore(m_db).find(id);
    if (!share) {
        setOutcome(false, share.error().fullMessage());
        return;
    }
    ShareTextDialog ask(ShareTextDialog::Kind::SendBack, shareview::shareName(share.value()), this);
    if (ask.exec() != QDialog::Accepted)
        return;
    decide(false, ask.text());
}

void ReviewQueueDialog::decide(bool approve, const QString& reason)
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    if (!m_identity) {
        setOutcome(false, tr("A decision is signed with your identity, and it is not unlocked "
                             "in this session. Open Settings, My identity, unlock it, and try "
                             "again."));
        return;
    }
    shares::ShareStore store(m_db);
    Result<shares::ShareRecord> share = store.find(id);
    if (!share) {
        setOutcome(false, share.error().fullMessage());
        return;
    }
    Result<shares::ShareDecision> decision =
        shares::decide(share.value(), *m_identity, m_db.actor(), approve, reason, Clock::nowUs());
    if (!decision) {
        setOutcome(false, decision.error().fullMessage());
        return;
    }
    Result<shares::ShareRecord> recorded =
        store.recordDecision(share->id, share->rowVersion, decision.value());
    if (!recorded) {
        setOutcome(false, recorded.error().fullMessage());
        reload(); // a stale screen: show what is there now
        return;
    }
    const QString name = shareview::shareName(share.value());
    setOutcome(
        true,
        approve
            ? tr("You approved %1. %2 can now seal it and send it.").arg(name, share->preparedBy)
            : tr("You sent %1 back to %2 with your reason.").arg(name, share->preparedBy));
    reload();
    emit sharesChanged();
}

void ReviewQueueDialog::showRedactedRows()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    Result<shares::ShareRecord> share = shares::ShareStore(m_db).find(id);
    if (!share) {
        m_rowsStatus->setText(share.error().fullMessage());
        return;
    }
    m_tabs->setCurrentWidget(m_rowsPage);
    // Say at once what stops the preview, before any reading.
    if (const RedactedRows::Problem p = checkShareFile(share.value());
        p != RedactedRows::Problem::None) {
        RedactedRows none;
        none.problem = p;
        none.message = previewProblemText(p);
        showRows(none);
        return;
    }
    std::shared_ptr<const redact::RedactionKeys> keys;
    Result<redact::RedactionProfile> profile =
        redact::RedactionProfile::fromBytes(share->profileJson, share->datasetName);
    if (profile && profile->needsKey()) {
        Result<crypto::SecureBytes> key =
            m_identity ? keys::AgreementKeys(m_db).unlock(share->agreementReference, *m_identity)
                       : Result<crypto::SecureBytes>(makeError(ErrorKind::Usage, QString()));
        if (!key) {
            RedactedRows none;
            none.problem = RedactedRows::Problem::NeedsKey;
            none.message = previewProblemText(none.problem);
            showRows(none);
            return;
        }
        keys = std::make_shared<const redact::RedactionKeys>(key.value());
    }
    m_rowsStatus->setText(tr("Reading the first rows of %1…").arg(share->datasetName));
    m_showRows->setEnabled(false);
    m_job->start(share.value(), keys);
}

void ReviewQueueDialog::showRows(const RedactedRows& rows)
{
    m_showRows->setEnabled(selectedId() != 0);
    m_rows->clear();
    m_rows->setRowCount(0);
    m_rows->setColumnCount(0);
    if (rows.problem != RedactedRows::Problem::None) {
        m_rowsStatus->setText(rows.message);
        return;
    }
    m_rowsStatus->setText(tr("The first %n row(s) as they will be sent.", nullptr,
                             static_cast<int>(rows.rows.size())));
    m_rows->setColumnCount(static_cast<int>(rows.columns.size()));
    m_rows->setHorizontalHeaderLabels(rows.columns);
    m_rows->setRowCount(static_cast<int>(rows.rows.size()));
    for (int r = 0; r < rows.rows.size(); ++r) {
        const QStringList& row = rows.rows.at(r);
        for (int c = 0; c < row.size(); ++c)
            m_rows->setItem(r, c, cell(row.at(c)));
    }
    m_rows->resizeColumnsToContents();
}

void ReviewQueueDialog::exportReviewRequest()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    if (!m_identity) {
        setOutcome(false, tr("A review request is signed with your identity, and it is not "
                             "unlocked in this session. Open Settings, My identity, unlock it, "
                             "and try again."));
        return;
    }
    shares::ShareStore store(m_db);
    Result<shares::ShareRecord> share = store.find(id);
    if (!share) {
        setOutcome(false, share.error().fullMessage());
        return;
    }
    Result<agreements::Agreement> agreement = agreements::AgreementRegister(m_db).find(
        share->agreementReference, share->agreementVersion);
    if (!agreement) {
        setOutcome(false, agreement.error().fullMessage());
        return;
    }
    Result<QByteArray> bytes =
        shares::writeReviewRequest(share.value(), agreement->canonicalContent(), *m_identity);
    if (!bytes) {
        setOutcome(false, bytes.error().fullMessage());
        return;
    }
    const QString suggested =
        QDir(documentsFolder())
            .filePath(tr("review-request-%1.swreview").arg(shareview::shortUid(share->uid)));
    const QString path = Dialogs::saveFileName(this, tr("Save the review request"), suggested,
                                               tr("Sharewise review requests (*.swreview)"));
    if (path.isEmpty())
        return;
    if (Status s = writeWholeFile(path, bytes.value()); !s) {
        setOutcome(false, s.error().fullMessage());
        return;
    }
    QJsonObject detail;
    detail.insert(QStringLiteral("file"), QFileInfo(path).fileName());
    (void)store.note(share.value(), QStringLiteral("share.review_request_exported"), detail);
    setOutcome(true, tr("The review request was saved as %1. Send it to your reviewer; they "
                        "open it with Import review request.")
                         .arg(QDir::toNativeSeparators(path)));
}

void ReviewQueueDialog::importReviewRequest()
{
    const QString path =
        Dialogs::openFileName(this, tr("Import a review request"), documentsFolder(),
                              tr("Sharewise review requests (*.swreview);;All files (*)"));
    if (path.isEmpty())
        return;
    Result<QByteArray> bytes = readSmallFile(path);
    if (!bytes) {
        setOutcome(false, bytes.error().fullMessage());
        return;
    }
    Result<shares::ReviewRequest> request =
        shares::readReviewRequest(bytes.value(), QDir::toNativeSeparators(path));
    if (!request) {
        setOutcome(false, request.error().fullMessage());
        return;
    }
    Result<shares::ShareRecord> imported =
        shares::ShareStore(m_db).importForReview(request->share, QFileInfo(path).fileName());
    if (!imported) {
        setOutcome(false, imported.error().fullMessage());
        return;
    }
    reload();
    selectShare(imported->id);
    setOutcome(true, tr("%1 from %2 is now in the queue.")
                         .arg(shareview::shareName(imported.value()), imported->preparedBy));
    emit sharesChanged();
}

void ReviewQueueDialog::exportDecision()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    shares::ShareStore store(m_db);
    Result<shares::ShareRecord> share = store.find(id);
    Result<QList<shares::ShareDecision>> decisions = store.decisions(id);
    if (!share || !decisions) {
        setOutcome(false, !share ? share.error().fullMessage() : decisions.error().fullMessage());
        return;
    }
    if (decisions->isEmpty()) {
        setOutcome(false, tr("This share has no decision yet. Approve it or send it back first."));
        return;
    }
    const QByteArray bytes = shares::writeDecision(decisions->constLast(), share->uid);
    const QString suggested =
        QDir(documentsFolder())
            .filePath(tr("review-decision-%1.swdecision").arg(shareview::shortUid(share->uid)));
    const QString path = Dialogs::saveFileName(this, tr("Save the decision"), suggested,
                                               tr("Sharewise review decisions (*.swdecision)"));
    if (path.isEmpty())
        return;
    if (Status s = writeWholeFile(path, bytes); !s) {
        setOutcome(false, s.error().fullMessage());
        return;
    }
    QJsonObject detail;
    detail.insert(QStringLiteral("file"), QFileInfo(path).fileName());
    (void)store.note(share.value(), QStringLiteral("share.decision_exported"), detail);
    setOutcome(true, tr("The decision was saved as %1. Send it back to %2, who imports it with "
                        "Import decision.")
                         .arg(QDir::toNativeSeparators(path), share->preparedBy));
}

void ReviewQueueDialog::importDecision()
{
    const QString path =
        Dialogs::openFileName(this, tr("Import a review decision"), documentsFolder(),
                              tr("Sharewise review decisions (*.swdecision);;All files (*)"));
    if (path.isEmpty())
        return;
    Result<QByteArray> bytes = readSmallFile(path);
    if (!bytes) {
        setOutcome(false, bytes.error().fullMessage());
        return;
    }
    Result<shares::DecisionFile> file =
        shares::readDecision(bytes.value(), QDir::toNativeSeparators(path));
    if (!file) {
        setOutcome(false, file.error().fullMessage());
        return;
    }
    shares::ShareStore store(m_db);
    Result<shares::ShareRecord> share = store.findByUid(file->shareUid);
    if (!share) {
        setOutcome(false, share.error().fullMessage());
        return;
    }
    Result<shares::ShareRecord> recorded =
        store.recordDecision(share->id, share->rowVersion, file->decision);
    if (!recorded) {
        setOutcome(false, recorded.error().fullMessage());
        return;
    }
    const QString name = shareview::shareName(recorded.value());
    setOutcome(
        true,
        file->decision.approved
            ? tr("%1 approved %2. You can now seal it.").arg(file->decision.reviewer, name)
            : tr("%1 sent %2 back: %3").arg(file->decision.reviewer, name, file->decision.reason));
    reload();
    emit sharesChanged();
}

void ReviewQueueDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QDialog::changeEvent(event);
}

void ReviewQueueDialog::retranslateUi()
{
    setWindowTitle(tr("Review pending shares"));
    m_heading->setText(tr("Shares waiting for review"));
    m_intro->setText(tr("Why am I asked this? Before personal data leaves the council, someone "
                        "other than the person who prepared it checks that it is what the "
                        "agreement allows. Your decision is signed with your identity and kept "
                        "in the history. The oldest share is first."));
    m_includeDecided->setText(tr("Also show &decided shares"));
    m_includeDecided->setAccessibleName(tr("Also show shares that have been decided"));
    m_table->setHorizontalHeaderLabels({tr("Submitted"), tr("Agreement"), tr("Partner"),
                                        tr("Prepared by"), tr("Dataset"), tr("Rows"),
                                        tr("Problems found"), tr("State")});
    m_table->setAccessibleName(tr("Shares waiting for review"));
    m_tabs->setTabText(m_tabs->indexOf(m_detail), tr("&Summary"));
    m_tabs->setTabText(m_tabs->indexOf(m_rowsPage), tr("Redacted ro&ws"));
    m_detail->setAccessibleName(tr("The share's summary"));
    m_rowsIntro->setText(tr("The register keeps no row values. The first 50 rows are read again "
                            "from the preparer's file and redacted as they will be sent, only "
                            "when you ask, and only if the file is still there unchanged."));
    m_showRows->setText(tr("Show the &first 50 rows"));
    m_showRows->setAccessibleName(tr("Show the first 50 redacted rows"));
    m_rows->setAccessibleName(tr("The first redacted rows"));
    m_approve->setText(tr("&Approve"));
    m_approve->setAccessibleName(tr("Approve the selected share"));
    m_sendBack->setText(tr("Send &back…"));
    m_sendBack->setAccessibleName(tr("Send the selected share back with a reason"));
    m_outcome->setAccessibleName(tr("Result"));
    m_exportRequest->setText(tr("&Export review request…"));
    m_exportRequest->setAccessibleName(tr("Save a review request file for a reviewer"));
    m_importRequest->setText(tr("&Import review request…"));
    m_importRequest->setAccessibleName(tr("Open a review request file"));
    m_exportDecision->setText(tr("Export &decision…"));
    m_exportDecision->setAccessibleName(tr("Save the decision as a file for the preparer"));
    m_importDecision->setText(tr("Import decisio&n…"));
    m_importDecision->setAccessibleName(tr("Open a review decision file"));
    m_refresh->setText(tr("&Refresh"));
    m_close->setText(tr("Close"));
    m_outcome->setText(m_outcomeText);
}

} // namespace sharewise::ui
