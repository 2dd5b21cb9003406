#include "agreements/AgreementsDialog.h"

#include "agreements/AgreementEditorDialog.h"
#include "agreements/AgreementHelperWizard.h"
#include "agreements/NewAgreementDialog.h"
#include "agreements/ReasonDialog.h"
#include "agreements/Summary.h"
#include "agreements/Templates.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "common/Translations.h"
#include "print/AgreementPdf.h"
#include "store/Database.h"
#include "widgets/Dialogs.h"
#include "widgets/ErrorSummary.h"
#include "widgets/WrapLabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
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
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace sharewise::ui {

using agreements::Agreement;
using agreements::AgreementStatus;
using agreements::DisplayStatus;

namespace {

constexpr qint64 kMaxJsonFile = 8 * 1024 * 1024;

QTableWidget* makeTable(QWidget* parent, const char* name, int columns)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setColumnCount(columns);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

QTableWidgetItem* item(const QString& text)
{
    auto* i = new QTableWidgetItem(text);
    i->setToolTip(text); // a long title or note may be cut short in its column
    return i;
}

// Columns as wide as their contents, but none but the stretched one wider than about 40
// characters, so that every column stays in sight (whole texts are in tooltips).
void fitColumns(QTableWidget* table)
{
    table->resizeColumnsToContents();
    const int cap = table->fontMetrics().averageCharWidth() * 40;
    const QHeaderView* header = table->horizontalHeader();
    for (int c = 0; c < table->columnCount(); ++c) {
        const bool stretched = header->sectionResizeMode(c) == QHeaderView::Stretch ||
                               (c + 1 == table->columnCount() && header->stretchLastSection());
        if (!stretched)
            table->setColumnWidth(c, std::min(table->columnWidth(c), cap));
    }
}

QString dateText(const QDate& date)
{
    return Translations::locale().toString(date, QStringLiteral("d MMM yyyy"));
}

QString timeText(qint64 us)
{
    return Translations::locale().toString(
        QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC).toLocalTime(),
        QStringLiteral("d MMM yyyy HH:mm"));
}

// A file name from a reference: letters, digits, dots, dashes and underscores kept.
QString fileStem(const QString& reference)
{
    QString out;
    for (QChar c : reference)
        out.append(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ||
                           c == QLatin1Char('.')
                       ? c
                       : QLatin1Char('-'));
    return out.isEmpty() ? QStringLiteral("agreement") : out;
}

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

// The organisations the agreement is with: its parties' and recipients', without our
// own (as the settings name it).
QString partners(const Agreement& a, const QString& own)
{
    QStringList names;
    auto add = [&](const QString& name) {
        const QString n = name.trimmed();
        if (n.isEmpty() || n.compare(own, Qt::CaseInsensitive) == 0)
            return;
        for (const QString& have : std::as_const(names)) {
            if (have.compare(n, Qt::CaseInsensitive) == 0)
                return;
        }
        names << n;
    };
    for (const agreements::Party& p : a.parties)
        add(p.organisation);
    for (const agreements::Recipient& r : a.recipients)
        add(r.organisation);
    return names.join(QStringLiteral("; "));
}

} // namespace

AgreementsDialog::AgreementsDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_errors(new ErrorSummary(this))
    , m_intro(new WrapLabel(this))
    , m_statusFilterLabel(new QLabel(this))
    , m_statusFilter(new QComboBox(this))
    , m_partnerFilterLabel(new QLabel(this))
    , m_partnerFilter(new QLineEdit(this))
    , m_reviewFilter(new QCheckBox(this))
    , m_table(makeTable(this, "agreementsTable", ColumnCount))
    , m_empty(new WrapLabel(this))
    , m_new(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_activate(new QPushButton(this))
    , m_suspend(new QPushButton(this))
    , m_end(new QPushButton(this))
    , m_pdf(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_summary(new QTextBrowser(this))
    , m_details(new QTextBrowser(this))
    , m_versions(makeTable(this, "agreementVersionsTable", VersionColumnCount))
    , m_done(new WrapLabel(this))
{
    setObjectName(QStringLiteral("agreementsDialog"));
    // The title takes the room the other columns leave (the whole title is in its tooltip).
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_statusFilter->setObjectName(QStringLiteral("agreementStatusFilter"));
    m_statusFilterLabel->setBuddy(m_statusFilter);
    // -1: every status; otherwise a DisplayStatus.
    for (int s :
         {-1, int(DisplayStatus::Draft), int(DisplayStatus::Active), int(DisplayStatus::Expired),
          int(DisplayStatus::Suspended), int(DisplayStatus::Ended)})
        m_statusFilter->addItem(QString(), s);
    m_partnerFilter->setObjectName(QStringLiteral("agreementPartnerFilter"));
    m_partnerFilter->setClearButtonEnabled(true);
    m_partnerFilter->setMaxLength(200);
    m_partnerFilterLabel->setBuddy(m_partnerFilter);
    m_reviewFilter->setObjectName(QStringLiteral("agreementReviewFilter"));
    m_empty->setObjectName(QStringLiteral("agreementsEmpty"));
    m_empty->hide();
    m_summary->setObjectName(QStringLiteral("agreementSummary"));
    m_details->setObjectName(QStringLiteral("agreementDetails"));
    m_details->setOpenLinks(false);
    m_done->setObjectName(QStringLiteral("agreementsStatus"));
    m_done->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_done->hide();
    m_new->setObjectName(QStringLiteral("newAgreement"));
    m_edit->setObjectName(QStringLiteral("editAgreement"));
    m_activate->setObjectName(QStringLiteral("activateAgreement"));
    m_suspend->setObjectName(QStringLiteral("suspendAgreement"));
    m_end->setObjectName(QStringLiteral("endAgreement"));
    m_pdf->setObjectName(QStringLiteral("agreementPdf"));
    m_export->setObjectName(QStringLiteral("exportAgreement"));
    m_import->setObjectName(QStringLiteral("importAgreement"));
    m_tabs->setObjectName(QStringLiteral("agreementTabs"));
    m_tabs->addTab(m_summary, QString());
    m_tabs->addTab(m_details, QString());
    m_tabs->addTab(m_versions, QString());

    auto* buttons = new QDialogButtonBox(this);
    m_close = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_new, &QPushButton::clicked, this, &AgreementsDialog::newAgreement);
    connect(m_edit, &QPushButton::clicked, this, &AgreementsDialog::editSelected);
    connect(m_activate, &QPushButton::clicked, this, &AgreementsDialog::activateSelected);
    connect(m_suspend, &QPushButton::clicked, this, &AgreementsDialog::suspendSelected);
    connect(m_end, &QPushButton::clicked, this, &AgreementsDialog::endSelected);
    connect(m_pdf, &QPushButton::clicked, this, &AgreementsDialog::savePdf);
    connect(m_export, &QPushButton::clicked, this, &AgreementsDialog::exportJson);
    connect(m_import, &QPushButton::clicked, this, &AgreementsDialog::importJson);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AgreementsDialog::showSelected);
    connect(m_table, &QTableWidget::itemActivated, this, &AgreementsDialog::editSelected);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &AgreementsDialog::reload);
    connect(m_partnerFilter, &QLineEdit::textChanged, this, &AgreementsDialog::reload);
    connect(m_reviewFilter, &QCheckBox::toggled, this, &AgreementsDialog::reload);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_statusFilterLabel);
    filters->addWidget(m_statusFilter);
    filters->addSpacing(filters->spacing() * 2);
    filters->addWidget(m_partnerFilterLabel);
    filters->addWidget(m_partnerFilter, 1);
    filters->addSpacing(filters->spacing() * 2);
    filters->addWidget(m_reviewFilter);

    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_new, m_edit, m_activate, m_suspend, m_end})
        actions->addWidget(b);
    actions->addStretch();
    auto* fileActions = new QHBoxLayout;
    for (QPushButton* b : {m_pdf, m_export, m_import})
        fileActions->addWidget(b);
    fileActions->addStretch();

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filters);
    topLayout->addWidget(m_empty);
    topLayout->addWidget(m_table, 1);
    topLayout->addLayout(actions);
    topLayout->addLayout(fileActions);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addWidget(m_intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_done);
    layout->addWidget(buttons);
    retranslateUi();
    reload();
    resize(1080, 760);
}

agreements::AgreementFilter AgreementsDialog::filter() const
{
    agreements::AgreementFilter f;
    const int status = m_statusFilter->currentData().toInt();
    if (status >= 0)
        f.status = static_cast<DisplayStatus>(status);
    f.partner = m_partnerFilter->text().trimmed();
    f.reviewDueSoon = m_reviewFilter->isChecked();
    f.today = Clock::today();
    return f;
}

void AgreementsDialog::reload()
{
    const QString selectedRef = selectedReference();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    m_agreements.clear();
    Result<QList<Agreement>> list = agreements::AgreementRegister(m_db).list(filter());
    if (!list) {
        showProblem(list.error().message, m_table);
    } else {
        m_agreements = list.value();
    }
    const QDate today = Clock::today();
    const QDate soon = today.addMonths(3);
    const QString own = AppSettings().organisationName().trimmed();
    m_table->setRowCount(static_cast<int>(m_agreements.size()));
    for (qsizetype i = 0; i < m_agreements.size(); ++i) {
        const Agreement& a = m_agreements.at(i);
        const int row = static_cast<int>(i);
        auto* reference = item(a.reference);
        reference->setData(Qt::UserRole, a.reference);
        m_table->setItem(row, ReferenceColumn, reference);
        m_table->setItem(row, TitleColumn, item(a.title));
        m_table->setItem(row, PartnerColumn, item(partners(a, own)));
        const DisplayStatus shown = a.displayStatus(today);
        auto* status = item(agreements::displayStatusLabel(shown));
        if (shown == DisplayStatus::Expired || shown == DisplayStatus::Suspended)
            status->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        m_table->setItem(row, StatusColumn, status);
        QString review;
        QTableWidgetItem* reviewItem = nullptr;
        if (!a.reviewDueOn.isValid()) {
            //: Column "Review due": no review date was set.
            reviewItem = item(tr("Not set"));
        } else if (a.reviewDueOn < today) {
            //: Column "Review due": %1 is the date, already passed.
            reviewItem = item(tr("%1 (overdue)").arg(dateText(a.reviewDueOn)));
            reviewItem->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        } else if (a.reviewDueOn <= soon) {
            //: Column "Review due": %1 is the date, within three months.
            reviewItem = item(tr("%1 (soon)").arg(dateText(a.reviewDueOn)));
            reviewItem->setIcon(style()->standardIcon(QStyle::SP_MessageBoxInformation));
        } else {
            reviewItem = item(dateText(a.reviewDueOn));
        }
        m_table->setItem(row, ReviewColumn, reviewItem);
        m_table->setItem(row, VersionColumn, item(QString::number(a.version)));
    }
    fitColumns(m_table);
    const bool filtered = m_statusFilter->currentIndex() > 0 ||
                          !m_partnerFilter->text().trimmed().isEmpty() ||
                          m_reviewFilter->isChecked();
    m_empty->setText(filtered ? tr("No agreement matches these filters.")
                              : tr("The register is empty. Choose New agreement to add the "
                                   "first one."));
    m_empty->setVisible(list && m_agreements.isEmpty());
    if (!selectReference(selectedRef) && !m_agreements.isEmpty())
        m_table->selectRow(0);
    showSelected();
}

const Agreement* AgreementsDialog::selected() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_agreements.size() ? &m_agreements.at(row) : nullptr;
}

QString AgreementsDialog::selectedReference() const
{
    const Agreement* a = selected();
    return a ? a->reference : QString();
}

bool AgreementsDialog::selectReference(const QString& reference)
{
    if (reference.isEmpty())
        return false;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, ReferenceColumn)->data(Qt::UserRole).toString() == reference) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void AgreementsDialog::showSelected()
{
    const Agreement* a = selected();
    m_versions->setRowCount(0);
    if (!a) {
        m_summary->setPlainText(tr("Choose an agreement in the list to see its summary."));
        m_details->clear();
        updateButtons();
        return;
    }
    m_summary->setPlainText(agreements::agreementSummary(*a));
    m_details->setHtml(print::agreementHtml(*a));
    Result<QList<agreements::AgreementVersionInfo>> versions =
        agreements::AgreementRegister(m_db).versions(a->reference);
    if (!versions) {
        showProblem(versions.error().message, m_versions);
    } else {
        // The newest first.
        QList<agreements::AgreementVersionInfo> list = versions.value();
        std::sort(list.begin(), list.end(),
                  [](const auto& x, const auto& y) { return x.version > y.version; });
        m_versions->setRowCount(static_cast<int>(list.size()));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const agreements::AgreementVersionInfo& v = list.at(i);
            const int row = static_cast<int>(i);
            m_versions->setItem(row, VersionNumberColumn, item(QString::number(v.version)));
            m_versions->setItem(row, VersionDateColumn, item(timeText(v.createdAtUs)));
            m_versions->setItem(row, VersionByColumn, item(v.createdBy));
            m_versions->setItem(row, VersionNoteColumn, item(v.note));
            auto* hash = item(QString::fromLatin1(v.contentHash.toHex().left(16)));
            hash->setToolTip(QString::fromLatin1(v.contentHash.toHex()));
            m_versions->setItem(row, VersionHashColumn, hash);
        }
        fitColumns(m_versions);
    }
    updateButtons();
}

void AgreementsDialog::updateButtons()
{
    const Agreement* a = selected();
    const bool any = a != nullptr;
    m_edit->setEnabled(any && a->status != AgreementStatus::Ended);
    m_activate->setEnabled(
        any && (a->status == AgreementStatus::Draft || a->status == AgreementStatus::Suspended));
    m_suspend->setEnabled(any && a->status == AgreementStatus::Active);
    m_end->setEnabled(any && a->status != AgreementStatus::Ended);
    m_pdf->setEnabled(any);
    m_export->setEnabled(any);
}

void AgreementsDialog::showProblem(const QString& message, QWidget* field)
{
    m_done->hide();
    m_errors->clear();
    m_errors->addProblem(message, field);
    m_errors->setFocus();
}

void AgreementsDialog::showDone(const QString& message)
{
    m_errors->clear();
    m_done->setText(message);
    m_done->setVisible(!message.isEmpty());
}

// Filters could hide what was just saved or imported: cleared, so the user sees it.
void AgreementsDialog::clearFiltersAndReload()
{
    {
        const QSignalBlocker b1(m_statusFilter), b2(m_partnerFilter), b3(m_reviewFilter);
        m_statusFilter->setCurrentIndex(0);
        m_partnerFilter->clear();
        m_reviewFilter->setChecked(false);
    }
    reload();
}

bool AgreementsDialog::edit(const Agreement& agreement)
{
    AgreementEditorDialog editor(m_db, agreement, this);
    if (editor.exec() != QDialog::Accepted)
        return false;
    const Agreement& saved = editor.saved();
    clearFiltersAndReload();
    selectReference(saved.reference);
    showDone(
        saved.version <= 1
            ? tr("Agreement %1 was saved as a draft (version 1).").arg(saved.reference)
            : tr("Agreement %1 was saved as version %2.").arg(saved.reference).arg(saved.version));
    return true;
}

void AgreementsDialog::newAgreement()
{
    m_errors->clear();
    NewAgreementDialog chooser(true, this);
    if (chooser.exec() != QDialog::Accepted)
        return;
    switch (chooser.start()) {
    case NewAgreementDialog::Start::Blank:
        edit(Agreement{});
        break;
    case NewAgreementDialog::Start::Template: {
        Result<Agreement> made = agreements::agreementFromTemplate(chooser.templateId());
        if (!made) {
            showProblem(made.error().message, m_new);
            return;
        }
        edit(made.value());
        break;
    }
    case NewAgreementDialog::Start::Helper: {
        AgreementHelperWizard helper(m_db, this);
        if (helper.exec() != QDialog::Accepted || helper.createdReference().isEmpty())
            return;
        clearFiltersAndReload();
        selectReference(helper.createdReference());
        showDone(tr("Agreement %1 was saved as a draft. Its legal parts are proposals: open "
                    "it with Edit to check and confirm each one.")
                     .arg(helper.createdReference()));
        break;
    }
    }
}

void AgreementsDialog::editSelected()
{
    const Agreement* a = selected();
    if (!a || a->status == AgreementStatus::Ended)
        return;
    m_errors->clear();
    // The current version, as the register has it now (someone may have changed it).
    Result<Agreement> current = agreements::AgreementRegister(m_db).find(a->reference);
    if (!current) {
        showProblem(current.error().message, m_edit);
        return;
    }
    edit(current.value());
}

void AgreementsDialog::changeStatus(AgreementStatus status)
{
    const Agreement* a = selected();
    if (!a)
        return;
    const Agreement agreement = *a;
    m_errors->clear();
    QPushButton* button = status == AgreementStatus::Active      ? m_activate
                          : status == AgreementStatus::Suspended ? m_suspend
                                                                 : m_end;
    if (status == AgreementStatus::Active) {
        // What stops it first, all at once, rather than one refusal after another.
        const QStringList problems = agreement.problemsForActivation();
        if (!problems.isEmpty()) {
            m_done->hide();
            for (const QString& p : problems)
                m_errors->addProblem(p, m_edit);
            m_errors->setFocus();
            return;
        }
    }
    const ReasonDialog::Kind kind = status == AgreementStatus::Active ? ReasonDialog::Kind::Activate
                                    : status == AgreementStatus::Suspended
                                        ? ReasonDialog::Kind::Suspend
                                        : ReasonDialog::Kind::End;
    ReasonDialog ask(kind, agreement.reference, this);
    if (ask.exec() != QDialog::Accepted)
        return;
    Result<Agreement> changed =
        agreements::AgreementRegister(m_db).setStatus(agreement.reference, status, ask.reason());
    if (!changed) {
        showProblem(changed.error().message, button);
        reload();
        return;
    }
    reload();
    selectReference(changed->reference);
    showDone(
        //: %1 is the reference, %2 the new status ("Active", "Suspended", "Ended").
        tr("Agreement %1 is now %2 (version %3).")
            .arg(changed->reference,
                 agreements::displayStatusLabel(changed->displayStatus(Clock::today())))
            .arg(changed->version));
}

void AgreementsDialog::activateSelected()
{
    changeStatus(AgreementStatus::Active);
}

void AgreementsDialog::suspendSelected()
{
    changeStatus(AgreementStatus::Suspended);
}

void AgreementsDialog::endSelected()
{
    changeStatus(AgreementStatus::Ended);
}

void AgreementsDialog::savePdf()
{
    const Agreement* a = selected();
    if (!a)
        return;
    const Agreement agreement = *a;
    m_errors->clear();
    const QString file = Dialogs::saveFileName(
        this, tr("Save the agreement as PDF"),
        QDir(documentsFolder()).filePath(fileStem(agreement.reference) + QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (file.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = print::writeAgreementPdf(agreement, file);
    QApplication::restoreOverrideCursor();
    if (!written) {
        showProblem(written.error().fullMessage(), m_pdf);
        return;
    }
    showDone(tr("Agreement %1 was saved as %2, ready to print and sign.")
                 .arg(agreement.reference, QDir::toNativeSeparators(file)));
}

void AgreementsDialog::exportJson()
{
    const Agreement* a = selected();
    if (!a)
        return;
    const QString reference = a->reference;
    m_errors->clear();
    Result<QByteArray> json = agreements::AgreementRegister(m_db).exportJson(reference);
    if (!json) {
        showProblem(json.error().message, m_export);
        return;
    }
    const QString file = Dialogs::saveFileName(
        this, tr("Export the agreement"),
        QDir(documentsFolder()).filePath(fileStem(reference) + QStringLiteral(".json")),
        tr("Agreement files (*.json)"));
    if (file.isEmpty())
        return;
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(json.value()) != json->size() || !f.commit()) {
        showProblem(tr("The agreement could not be saved as %1 (%2). Choose another folder and "
                       "try again.")
                        .arg(QDir::toNativeSeparators(file), f.errorString()),
                    m_export);
        return;
    }
    showDone(tr("Agreement %1 was exported as %2. Send it to a partner to import into their "
                "register.")
                 .arg(reference, QDir::toNativeSeparators(file)));
}

void AgreementsDialog::importJson()
{
    m_errors->clear();
    const QString file = Dialogs::openFileName(this, tr("Import an agreement"), documentsFolder(),
                                               tr("Agreement files (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        showProblem(tr("%1 cannot be read (%2). Check the file and try again.")
                        .arg(QDir::toNativeSeparators(file), f.errorString()),
                    m_import);
        return;
    }
    const QByteArray json = f.read(kMaxJsonFile + 1);
    if (json.size() > kMaxJsonFile) {
        showProblem(tr("%1 is not an agreement file: it is far too large. Choose the .json file "
                       "exported from a register.")
                        .arg(QDir::toNativeSeparators(file)),
                    m_import);
        return;
    }
    Result<Agreement> imported =
        agreements::AgreementRegister(m_db).importJson(json, QFileInfo(file).fileName());
    if (!imported) {
        showProblem(imported.error().fullMessage(), m_import);
        return;
    }
    clearFiltersAndReload();
    selectReference(imported->reference);
    showDone(tr("Agreement %1 was imported from %2; the register now has version %3.")
                 .arg(imported->reference, QDir::toNativeSeparators(file))
                 .arg(imported->version));
}

void AgreementsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QDialog::changeEvent(event);
}

void AgreementsDialog::retranslateUi()
{
    ++m_retranslations;
    setWindowTitle(tr("Agreements"));
    m_intro->setText(tr("Every data-sharing agreement your council keeps: why and how data may "
                        "be shared, with whom, and until when. A share can be made only under "
                        "an active agreement. Every change is kept as a new version."));
    m_statusFilterLabel->setText(tr("&Status:"));
    m_statusFilter->setAccessibleName(tr("Show agreements with this status"));
    for (int i = 0; i < m_statusFilter->count(); ++i) {
        const int s = m_statusFilter->itemData(i).toInt();
        m_statusFilter->setItemText(
            i, s < 0 ? tr("Any") : agreements::displayStatusLabel(static_cast<DisplayStatus>(s)));
    }
    m_partnerFilterLabel->setText(tr("&Partner:"));
    m_partnerFilter->setAccessibleName(tr("Show agreements with this partner"));
    m_partnerFilter->setPlaceholderText(tr("Part of an organisation's name"));
    m_reviewFilter->setText(tr("Re&view due within 3 months"));
    m_table->setHorizontalHeaderLabels({tr("Reference"), tr("Title"), tr("Partners"), tr("Status"),
                                        tr("Review due"), tr("Version")});
    m_table->setAccessibleName(tr("Agreements"));
    m_versions->setHorizontalHeaderLabels(
        {tr("Version"), tr("Saved"), tr("By"), tr("What changed"), tr("Content hash")});
    m_versions->setAccessibleName(tr("Versions of the agreement"));
    m_tabs->setTabText(0, tr("Summary"));
    m_tabs->setTabText(1, tr("The agreement"));
    m_tabs->setTabText(2, tr("Versions"));
    m_summary->setAccessibleName(tr("Summary of the agreement"));
    m_details->setAccessibleName(tr("The whole agreement"));
    m_new->setText(tr("&New agreement…"));
    m_edit->setText(tr("&Edit…"));
    m_activate->setText(tr("Make &active…"));
    m_suspend->setText(tr("S&uspend…"));
    m_end->setText(tr("En&d…"));
    m_pdf->setText(tr("Save as PD&F…"));
    m_export->setText(tr("E&xport JSON…"));
    m_import->setText(tr("&Import JSON…"));
    m_close->setText(tr("Close"));
}

} // namespace sharewise::ui
