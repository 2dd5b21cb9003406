#include "history/SharesPanel.h"

#include "agreements/AgreementRegister.h"
#include "bundle/Receipt.h"
#include "common/Clock.h"
#include "common/Translations.h"
#include "history/HistoryDialog.h"
#include "history/IncidentDialog.h"
#include "print/SharesPdf.h"
#include "redact/CsvWriter.h"
#include "review/ShareDetail.h"
#include "review/ShareTextDialog.h"
#include "shares/Incidents.h"
#include "store/BundleLedger.h"
#include "store/Database.h"
#include "widgets/Dialogs.h"
#include "widgets/FlowLayout.h"
#include "widgets/IdTable.h"
#include "widgets/WrapLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sharewise::ui {
namespace {

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

// A label and its field, kept together when the filters wrap.
QWidget* pair(QWidget* parent, QLabel* label, QWidget* field)
{
    auto* box = new QWidget(parent);
    auto* l = new QHBoxLayout(box);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(label);
    l->addWidget(field);
    label->setBuddy(field);
    return box;
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

SharesPanel::SharesPanel(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_intro(new WrapLabel(this))
    , m_searchLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_stateLabel(new QLabel(this))
    , m_state(new QComboBox(this))
    , m_agreementLabel(new QLabel(this))
    , m_agreement(new QComboBox(this))
    , m_partnerLabel(new QLabel(this))
    , m_partner(new QLineEdit(this))
    , m_personLabel(new QLabel(this))
    , m_person(new QLineEdit(this))
    , m_fromOn(new QCheckBox(this))
    , m_from(new QDateEdit(this))
    , m_toOn(new QCheckBox(this))
    , m_to(new QDateEdit(this))
    , m_table(new QTableWidget(this))
    , m_count(new QLabel(this))
    , m_detail(new QTextBrowser(this))
    , m_markSent(new QPushButton(this))
    , m_importReceipt(new QPushButton(this))
    , m_reportProblem(new QPushButton(this))
    , m_cancelShare(new QPushButton(this))
    , m_resumeDraft(new QPushButton(this))
    , m_seal(new QPushButton(this))
    , m_exportCsv(new QPushButton(this))
    , m_exportPdf(new QPushButton(this))
    , m_outcomeIcon(new QLabel(this))
    , m_outcome(new WrapLabel(this))
    , m_filterDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("sharesPanel"));
    m_search->setObjectName(QStringLiteral("sharesSearch"));
    m_search->setClearButtonEnabled(true);
    // Room for the placeholder and a few words, at any scale.
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 40);
    m_state->setObjectName(QStringLiteral("sharesState"));
    m_state->addItem(QString(), QString());
    for (shares::ShareState s : shares::allStates())
        m_state->addItem(QString(), shares::stateName(s));
    m_agreement->setObjectName(QStringLiteral("sharesAgreement"));
    m_agreement->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_partner->setObjectName(QStringLiteral("sharesPartner"));
    m_person->setObjectName(QStringLiteral("sharesPerson"));
    m_fromOn->setObjectName(QStringLiteral("sharesFromOn"));
    m_toOn->setObjectName(QStringLiteral("sharesToOn"));
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        d->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("sharesFrom"));
    m_to->setObjectName(QStringLiteral("sharesTo"));
    m_from->setDate(Clock::today().addMonths(-1));
    m_to->setDate(Clock::today());

    m_table->setObjectName(QStringLiteral("sharesTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_count->setObjectName(QStringLiteral("sharesCount"));
    m_detail->setObjectName(QStringLiteral("shareDetail"));
    m_outcome->setObjectName(QStringLiteral("sharesOutcome"));
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_markSent->setObjectName(QStringLiteral("markSent"));
    m_importReceipt->setObjectName(QStringLiteral("importReceipt"));
    m_reportProblem->setObjectName(QStringLiteral("reportProblem"));
    m_cancelShare->setObjectName(QStringLiteral("cancelShare"));
    m_resumeDraft->setObjectName(QStringLiteral("resumeDraft"));
    m_seal->setObjectName(QStringLiteral("sealApproved"));
    m_exportCsv->setObjectName(QStringLiteral("exportSharesCsv"));
    m_exportPdf->setObjectName(QStringLiteral("exportSharesPdf"));

    auto* filters = new FlowLayout;
    filters->addWidget(pair(this, m_searchLabel, m_search));
    filters->addWidget(pair(this, m_stateLabel, m_state));
    filters->addWidget(pair(this, m_agreementLabel, m_agreement));
    filters->addWidget(pair(this, m_partnerLabel, m_partner));
    filters->addWidget(pair(this, m_personLabel, m_person));
    auto* from = new QWidget(this);
    auto* fromLayout = new QHBoxLayout(from);
    fromLayout->setContentsMargins(0, 0, 0, 0);
    fromLayout->addWidget(m_fromOn);
    fromLayout->addWidget(m_from);
    fromLayout->addWidget(m_toOn);
    fromLayout->addWidget(m_to);
    filters->addWidget(from);

    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_count);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(listSide);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* actions = new FlowLayout;
    for (QPushButton* b : {m_seal, m_markSent, m_importReceipt, m_reportProblem, m_cancelShare,
                           m_resumeDraft, m_exportCsv, m_exportPdf})
        actions->addWidget(b);

    auto* outcome = new QHBoxLayout;
    outcome->addWidget(m_outcomeIcon, 0, Qt::AlignTop);
    outcome->addWidget(m_outcome, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);
    layout->addLayout(outcome);

    // Typing filters after a short pause; choices at once.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(200);
    connect(m_filterDelay, &QTimer::timeout, this, &SharesPanel::reload);
    for (QLineEdit* e : {m_search, m_partner, m_person})
        connect(e, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_state, &QComboBox::currentIndexChanged, this, &SharesPanel::reload);
    connect(m_agreement, &QComboBox::currentIndexChanged, this, &SharesPanel::reload);
    connect(m_fromOn, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toOn, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_fromOn, &QCheckBox::toggled, this, &SharesPanel::reload);
    connect(m_toOn, &QCheckBox::toggled, this, &SharesPanel::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &SharesPanel::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &SharesPanel::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SharesPanel::showSelected);
    connect(m_markSent, &QPushButton::clicked, this, &SharesPanel::markSent);
    connect(m_importReceipt, &QPushButton::clicked, this, &SharesPanel::importReceipt);
    connect(m_reportProblem, &QPushButton::clicked, this, &SharesPanel::reportProblem);
    connect(m_cancelShare, &QPushButton::clicked, this, &SharesPanel::cancelShare);
    connect(m_resumeDraft, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            emit resumeDraft(id);
    });
    connect(m_seal, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            emit sealApproved(id);
    });
    connect(m_exportCsv, &QPushButton::clicked, this, &SharesPanel::exportCsv);
    connect(m_exportPdf, &QPushButton::clicked, this, &SharesPanel::exportPdf);

    retranslateUi();
    fillAgreements();
    reload();
}

void SharesPanel::fillAgreements()
{
    const QSignalBlocker block(m_agreement);
    const QString keep = m_agreement->currentData().toString();
    m_agreement->clear();
    m_agreement->addItem(tr("All agreements"), QString());
    Result<QList<agreements::Agreement>> list = agreements::AgreementRegister(m_db).list();
    if (list) {
        for (const agreements::Agreement& a : std::as_const(list.value()))
            m_agreement->addItem(a.reference, a.reference);
    }
    const int index = m_agreement->findData(keep);
    m_agreement->setCurrentIndex(index < 0 ? 0 : index);
}

shares::ShareFilter SharesPanel::filter() const
{
    shares::ShareFilter f;
    if (const std::optional<shares::ShareState> s =
            shares::stateFromName(m_state->currentData().toString()))
        f.states = {s.value()};
    f.agreement = m_agreement->currentData().toString();
    f.partner = m_partner->text().trimmed();
    f.person = m_person->text().trimmed();
    f.text = m_search->text().trimmed();
    if (m_fromOn->isChecked())
        f.from = m_from->date();
    if (m_toOn->isChecked())
        f.to = m_to->date();
    return f;
}

QList<qint64> SharesPanel::listedIds() const
{
    return IdTable::ids(m_table);
}

qint64 SharesPanel::selectedId() const
{
    return IdTable::selectedId(m_table);
}

bool SharesPanel::selectShare(qint64 id)
{
    return IdTable::select(m_table, id);
}

void SharesPanel::reload()
{
    m_filterDelay->stop();
    const qint64 keep = selectedId();
    Result<QList<shares::ShareListItem>> items = shares::ShareStore(m_db).list(filter());
    {
        const QSignalBlocker block(m_table);
        m_table->clearContents();
        m_table->setRowCount(0);
        if (!items) {
            m_count->clear();
            setOutcome(false, items.error().fullMessage());
            showSelected();
            return;
        }
        m_table->setRowCount(static_cast<int>(items->size()));
        int row = 0;
        for (const shares::ShareListItem& item : std::as_const(items.value())) {
            auto* when = cell(shareview::formatTime(item.createdUs));
            when->setData(Qt::UserRole, item.id);
            m_table->setItem(row, CreatedColumn, when);
            auto* state = cell(shares::stateLabel(item.state));
            state->setIcon(shareview::stateIcon(this, item.state));
            state->setData(Qt::UserRole, static_cast<int>(item.state));
            m_table->setItem(row, StateColumn, state);
            m_table->setItem(row, AgreementColumn, cell(item.agreementReference));
            m_table->setItem(row, PartnerColumn, cell(item.partner));
            m_table->setItem(row, PreparedByColumn, cell(item.preparedBy));
            m_table->setItem(row, DatasetColumn, cell(item.datasetName));
            auto* rows =
                cell(item.rowCount >= 0 ? Translations::locale().toString(item.rowCount) : tr("—"));
            rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, RowsColumn, rows);
            m_table->setItem(row, ReferenceColumn, cell(shareview::shortUid(item.uid)));
            ++row;
        }
    }
    m_table->resizeColumnsToContents();
    m_count->setText(tr("%n share(s) shown", nullptr, m_table->rowCount()));
    if (keep != 0)
        selectShare(keep);
    showSelected();
}

QString SharesPanel::detailHtml(const shares::ShareRecord& share) const
{
    QString h = shareview::summaryHtml(m_db, share);
    if (!share.bundleUid.isEmpty() || !share.bundlePath.isEmpty()) {
        h += u"<h4>"_s + esc(tr("The bundle")) + u"</h4><p>"_s;
        if (!share.bundlePath.isEmpty())
            h += esc(tr("File: %1").arg(QDir::toNativeSeparators(share.bundlePath))) + u"<br>"_s;
        if (!share.bundleUid.isEmpty())
            h += esc(tr("Bundle id: %1").arg(share.bundleUid)) + u"<br>"_s;
        if (!share.sentRoute.isEmpty())
            h += esc(
                tr("Sent by %1 on %2").arg(share.sentRoute, shareview::formatTime(share.sentUs)));
        h += u"</p>"_s;
    }
    Result<QList<shares::Incident>> incidents = shares::IncidentLog(m_db).forShare(share.id);
    if (incidents && !incidents->isEmpty()) {
        h += u"<h4>"_s + esc(tr("Problems reported")) + u"</h4><ul>"_s;
        for (const shares::Incident& i : std::as_const(incidents.value())) {
            h += u"<li><b>"_s + esc(shares::incidentKindLabel(i.kind)) + u"</b>: "_s +
                 esc(i.description) + u"<br>"_s +
                 esc(tr("Reported by %1 on %2.")
                         .arg(i.reportedBy, shareview::formatTime(i.reportedUs))) +
                 u" "_s + esc(shares::incidentNextSteps(i)) + u"</li>"_s;
        }
        h += u"</ul>"_s;
    }
    Result<QList<AuditEntry>> trail = shares::ShareStore(m_db).auditTrail(share.uid);
    h += u"<h4>"_s + esc(tr("Audit trail")) + u"</h4>"_s;
    if (!trail) {
        h += u"<p>"_s + esc(trail.error().fullMessage()) + u"</p>"_s;
    } else {
        h += u"<table cellpadding=\"2\">"_s;
        for (const AuditEntry& e : std::as_const(trail.value())) {
            h += u"<tr><td>"_s + esc(QString::number(e.seq)) + u"</td><td>"_s +
                 esc(shareview::formatTime(e.timeUs)) + u"</td><td>"_s +
                 esc(HistoryDialog::displayActor(e.actor)) + u"</td><td>"_s +
                 esc(HistoryDialog::describeAction(e.action)) + u"</td></tr>"_s;
        }
        h += u"</table>"_s;
    }
    return h;
}

void SharesPanel::showSelected()
{
    const qint64 id = selectedId();
    if (id == 0) {
        m_detail->setPlainText(m_table->rowCount() == 0 ? tr("No shares match.")
                                                        : tr("Choose a share to see its record."));
        updateButtons();
        return;
    }
    Result<shares::ShareRecord> share = shares::ShareStore(m_db).find(id);
    if (!share)
        m_detail->setPlainText(share.error().fullMessage());
    else
        m_detail->setHtml(detailHtml(share.value()));
    updateButtons();
}

void SharesPanel::updateButtons()
{
    using S = shares::ShareState;
    const qint64 id = selectedId();
    std::optional<S> state;
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (id != 0 && !selected.isEmpty())
        state = static_cast<S>(
            m_table->item(selected.first()->row(), StateColumn)->data(Qt::UserRole).toInt());
    auto is = [&state](std::initializer_list<S> states) {
        return state && std::find(states.begin(), states.end(), *state) != states.end();
    };
    m_markSent->setEnabled(is({S::Sealed}));
    m_importReceipt->setEnabled(true); // a receipt names its own bundle
    m_reportProblem->setEnabled(is({S::Sealed, S::Sent, S::Received}));
    m_cancelShare->setEnabled(state.has_value() &&
                              !is({S::Sealed, S::Sent, S::Received, S::Cancelled}));
    m_resumeDraft->setEnabled(is({S::Draft, S::Rejected}));
    m_seal->setEnabled(is({S::Approved}));
    m_exportCsv->setEnabled(m_table->rowCount() > 0);
    m_exportPdf->setEnabled(m_table->rowCount() > 0);
}

void SharesPanel::setOutcome(bool ok, const QString& text)
{
    m_outcomeOk = ok;
    m_outcomeText = text;
    m_outcome->setText(text);
    if (text.isEmpty()) {
        m_outcomeIcon->clear();
        return;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_outcomeIcon->setPixmap(
        style()
            ->standardIcon(ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical)
            .pixmap(QSize(size, size), devicePixelRatioF()));
}

void SharesPanel::markSent()
{
    shares::ShareStore store(m_db);
    Result<shares::ShareRecord> share = store.find(selectedId());
    if (!share) {
        setOutcome(false, share.error().fullMessage());
        return;
    }
    ShareTextDialog ask(ShareTextDialog::Kind::Route, shareview::shareName(share.value()), this);
    if (ask.exec() != QDialog::Accepted)
        return;
    Result<shares::ShareRecord> sent = store.markSent(share->id, share->rowVersion, ask.text());
    if (!sent) {
        setOutcome(false, sent.error().fullMessage());
    } else {
        setOutcome(
            true,
            tr("%1 is marked as sent by %2.").arg(shareview::shareName(sent.value()), ask.text()));
        emit sharesChanged();
    }
    reload();
}

void SharesPanel::importReceipt()
{
    const QString path =
        Dialogs::openFileName(this, tr("Import a receipt"), documentsFolder(),
                              tr("Sharewise receipts (*.swreceipt *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    const QString where = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024) {
        setOutcome(false, tr("The receipt %1 cannot be read. Choose the receipt file your "
                             "partner sent.")
                              .arg(where));
        return;
    }
    Result<bundle::Receipt> receipt = bundle::Receipt::fromJson(file.readAll());
    if (!receipt) {
        setOutcome(false, receipt.error().fullMessage());
        return;
    }
    Result<BundleLedger::ImportedReceipt> imported =
        BundleLedger(m_db).importReceipt(receipt.value());
    if (!imported) {
        setOutcome(false, imported.error().fullMessage());
        return;
    }
    Result<shares::ShareRecord> received = shares::ShareStore(m_db).markReceivedByBundle(
        QString::fromLatin1(receipt->bundleId.toHex()));
    if (!received) {
        // The receipt is recorded against its bundle; the bundle was not sealed as a share.
        setOutcome(true, tr("The receipt for %1 is recorded. %2")
                             .arg(imported->bundleFile, received.error().message));
    } else {
        setOutcome(true, tr("The receipt is recorded: %1 was received.")
                             .arg(shareview::shareName(received.value())));
        reload();
        selectShare(received->id);
    }
    emit sharesChanged();
}

void SharesPanel::reportProblem()
{
    Result<shares::ShareRecord> share = shares::ShareStore(m_db).find(selectedId());
    if (!share) {
        setOutcome(false, share.error().fullMessage());
        return;
    }
    IncidentDialog dialog(m_db, share->id, shareview::shareName(share.value()), this);
    dialog.exec();
    if (dialog.incident()) {
        setOutcome(true, shares::incidentNextSteps(dialog.incident().value()));
        emit sharesChanged();
    }
    showSelected();
}

void SharesPanel::cancelShare()
{
    shares::ShareStore store(m_db);
    Result<shares::ShareRecord> share = store.find(selectedId());
    if (!share) {
        setOutcome(false, share.error().fullMessage());
        return;
    }
    ShareTextDialog ask(ShareTextDialog::Kind::Cancel, shareview::shareName(share.value()), this);
    if (ask.exec() != QDialog::Accepted)
        return;
    Result<shares::ShareRecord> cancelled = store.cancel(share->id, share->rowVersion, ask.text());
    if (!cancelled) {
        setOutcome(false, cancelled.error().fullMessage());
    } else {
        setOutcome(true, tr("%1 is cancelled.").arg(shareview::shareName(cancelled.value())));
        emit sharesChanged();
    }
    reload();
}

QStringList SharesPanel::headers() const
{
    QStringList out;
    for (int c = 0; c < m_table->columnCount(); ++c)
        out << m_table->horizontalHeaderItem(c)->text();
    return out;
}

QList<QStringList> SharesPanel::shownRows() const
{
    QList<QStringList> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < m_table->columnCount(); ++c)
            row << m_table->item(r, c)->text();
        out << row;
    }
    return out;
}

QStringList SharesPanel::filterNotes() const
{
    QStringList notes;
    notes << tr("Made on %1 by %2 from the history %3.")
                 .arg(shareview::formatTime(Clock::nowUs()),
                      HistoryDialog::displayActor(m_db.actor()),
                      m_db.isShared() ? m_db.location() : QFileInfo(m_db.path()).fileName());
    QStringList filters;
    const shares::ShareFilter f = filter();
    if (!f.text.isEmpty())
        filters << tr("containing \"%1\"").arg(f.text);
    if (!f.states.isEmpty())
        filters << tr("state %1").arg(shares::stateLabel(f.states.first()));
    if (!f.agreement.isEmpty())
        filters << tr("agreement %1").arg(f.agreement);
    if (!f.partner.isEmpty())
        filters << tr("partner \"%1\"").arg(f.partner);
    if (!f.person.isEmpty())
        filters << tr("prepared by \"%1\"").arg(f.person);
    if (f.from.isValid())
        filters << tr("created on or after %1").arg(Translations::locale().toString(f.from));
    if (f.to.isValid())
        filters << tr("created on or before %1").arg(Translations::locale().toString(f.to));
    notes << (filters.isEmpty() ? tr("Every share.")
                                : tr("Shares %1.").arg(filters.join(QLatin1String(", "))));
    return notes;
}

void SharesPanel::exportCsv()
{
    const QString suggested =
        QDir(documentsFolder())
            .filePath(tr("sharewise-shares-%1.csv").arg(Clock::today().toString(Qt::ISODate)));
    const QString path = Dialogs::saveFileName(this, tr("Save the list of shares"), suggested,
                                               tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // RFC 4180 with formula-starting fields neutralised, as redacted files are written.
    table::ByteBuffer out;
    redact::Csv::appendHeader(out, headers());
    for (const QStringList& row : shownRows()) {
        QList<QByteArray> bytes;
        for (const QString& cell : row)
            bytes << cell.toUtf8();
        std::vector<QByteArrayView> views(bytes.cbegin(), bytes.cend());
        redact::Csv::appendRow(out, views.data(), static_cast<qsizetype>(views.size()));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out.constData(), out.size()) != out.size() ||
        !file.commit()) {
        setOutcome(false, tr("The list could not be saved to %1 (%2). Choose another folder.")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    setOutcome(true, tr("The list of %n share(s) was saved to %1.", nullptr, m_table->rowCount())
                         .arg(QDir::toNativeSeparators(path)));
}

void SharesPanel::exportPdf()
{
    const QString suggested =
        QDir(documentsFolder())
            .filePath(tr("sharewise-shares-%1.pdf").arg(Clock::today().toString(Qt::ISODate)));
    const QString path = Dialogs::saveFileName(this, tr("Save the list of shares as a PDF"),
                                               suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    print::SharesReport report;
    report.title = tr("Shares in the history");
    report.notes = filterNotes();
    report.headers = headers();
    report.rows = shownRows();
    if (Status s = print::writeSharesPdf(report, path); !s) {
        setOutcome(false, s.error().fullMessage());
        return;
    }
    setOutcome(true, tr("The list of %n share(s) was saved to %1.", nullptr, m_table->rowCount())
                         .arg(QDir::toNativeSeparators(path)));
}

void SharesPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillAgreements();
        reload();
    }
    QWidget::changeEvent(event);
}

void SharesPanel::retranslateUi()
{
    m_intro->setText(tr("Every share, newest first: search it, or narrow it by state, "
                        "agreement, partner, who prepared it or when. Choose one to see its "
                        "full record."));
    m_searchLabel->setText(tr("&Search:"));
    m_search->setAccessibleName(tr("Search the shares"));
    m_search->setPlaceholderText(tr("Dataset, agreement, partner, person or reference"));
    m_stateLabel->setText(tr("S&tate:"));
    m_state->setAccessibleName(tr("Show shares in this state"));
    m_state->setItemText(0, tr("Any state"));
    for (int i = 1; i < m_state->count(); ++i) {
        if (const auto s = shares::stateFromName(m_state->itemData(i).toString()))
            m_state->setItemText(i, shares::stateLabel(*s));
    }
    m_agreementLabel->setText(tr("A&greement:"));
    m_agreement->setAccessibleName(tr("Show shares under this agreement"));
    if (m_agreement->count() > 0)
        m_agreement->setItemText(0, tr("All agreements"));
    m_partnerLabel->setText(tr("&Partner:"));
    m_partner->setAccessibleName(tr("Show shares going to this partner"));
    m_personLabel->setText(tr("Prepared b&y:"));
    m_person->setAccessibleName(tr("Show shares prepared by this person"));
    m_fromOn->setText(tr("&From"));
    m_fromOn->setAccessibleName(tr("Only shares created on or after a date"));
    m_from->setAccessibleName(tr("Created on or after"));
    m_toOn->setText(tr("T&o"));
    m_toOn->setAccessibleName(tr("Only shares created on or before a date"));
    m_to->setAccessibleName(tr("Created on or before"));
    m_table->setHorizontalHeaderLabels({tr("Created"), tr("State"), tr("Agreement"), tr("Partner"),
                                        tr("Prepared by"), tr("Dataset"), tr("Rows"),
                                        tr("Reference")});
    m_table->setAccessibleName(tr("Shares"));
    m_detail->setAccessibleName(tr("The share's record"));
    m_markSent->setText(tr("Mark as s&ent…"));
    m_markSent->setAccessibleName(tr("Mark the selected share as sent, with the route"));
    m_importReceipt->setText(tr("Import a re&ceipt…"));
    m_importReceipt->setAccessibleName(tr("Import a receipt from a recipient"));
    m_reportProblem->setText(tr("Report a pro&blem…"));
    m_reportProblem->setAccessibleName(tr("Report a problem with the selected share"));
    m_cancelShare->setText(tr("Cancel the s&hare…"));
    m_cancelShare->setAccessibleName(tr("Cancel the selected share, with a reason"));
    m_resumeDraft->setText(tr("Carry on with this &draft"));
    m_resumeDraft->setAccessibleName(tr("Open the selected draft in the Share wizard"));
    m_seal->setText(tr("Se&al the approved share…"));
    m_seal->setAccessibleName(tr("Seal the selected approved share into a bundle"));
    m_exportCsv->setText(tr("Save the list as CS&V…"));
    m_exportCsv->setAccessibleName(tr("Save the shares shown as a CSV file"));
    m_exportPdf->setText(tr("Save the &list as PDF…"));
    m_exportPdf->setAccessibleName(tr("Save the shares shown as a PDF"));
    m_outcome->setAccessibleName(tr("Result"));
    m_outcome->setText(m_outcomeText);
}

} // namespace sharewise::ui
