#include "share/DatasetPage.h"

#include "share/DatasetScanRunner.h"
#include "share/PreviewModel.h"
#include "share/ProfileModel.h"
#include "widgets/Dialogs.h"
#include "widgets/ErrorSummary.h"
#include "widgets/WhyAsked.h"

#include "widgets/WrapLabel.h"
#include <QToolButton>

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sharewise::ui {

namespace {

QLabel* boldLabel(QWidget* parent)
{
    auto* label = new WrapLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QString lineList(const QList<qint64>& lines)
{
    QStringList parts;
    for (qint64 line : lines)
        parts << QLocale().toString(line);
    return QLocale().createSeparatedList(parts);
}

} // namespace

DatasetPage::DatasetPage(ShareDraft& draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_runner(new DatasetScanRunner(this))
{
    setObjectName(QStringLiteral("datasetPage"));
    setAcceptDrops(true);

    m_intro = new WrapLabel(this);
    m_fileLabel = new QLabel(this);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("datasetFile"));
    m_file->setReadOnly(true);
    m_fileLabel->setBuddy(m_file);
    m_choose = new QPushButton(this);
    m_choose->setObjectName(QStringLiteral("chooseDataset"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);

    m_errors = new ErrorSummary(this);
    m_errors->setTabAfter(m_choose); // the file's row stands above the problems

    m_readAsTitle = boldLabel(this);
    m_readAs = new WrapLabel(this);
    m_readAs->setObjectName(QStringLiteral("readAs"));
    m_encodingLabel = new QLabel(this);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encodingLabel->setBuddy(m_encoding);
    m_delimiterLabel = new QLabel(this);
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_delimiterLabel->setBuddy(m_delimiter);
    m_sheetLabel = new QLabel(this);
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("sheet"));
    m_sheetLabel->setBuddy(m_sheet);
    m_headerRowLabel = new QLabel(this);
    m_headerRow = new QSpinBox(this);
    m_headerRow->setObjectName(QStringLiteral("headerRow"));
    m_headerRow->setRange(0, table::DatasetReader::kHeaderSearchRows);
    m_headerRowLabel->setBuddy(m_headerRow);
    m_headerRowDelay = new QTimer(this);
    m_headerRowDelay->setSingleShot(true);
    m_headerRowDelay->setInterval(600);

    auto* settings = new QGridLayout;
    settings->addWidget(m_encodingLabel, 0, 0);
    settings->addWidget(m_encoding, 0, 1);
    settings->addWidget(m_delimiterLabel, 0, 2);
    settings->addWidget(m_delimiter, 0, 3);
    settings->addWidget(m_sheetLabel, 1, 0);
    settings->addWidget(m_sheet, 1, 1);
    settings->addWidget(m_headerRowLabel, 1, 2);
    settings->addWidget(m_headerRow, 1, 3);
    settings->setColumnStretch(1, 1);
    settings->setColumnStretch(3, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setRange(0, 100);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelScan"));
    m_status = new WrapLabel(this);
    m_status->setObjectName(QStringLiteral("scanStatus"));
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    m_summary = new WrapLabel(this);
    m_summary->setObjectName(QStringLiteral("datasetSummary"));
    m_summary->setTextFormat(Qt::RichText);

    m_preview = new PreviewModel(this);
    m_previewView = new QTableView(this);
    m_previewView->setObjectName(QStringLiteral("previewView"));
    m_previewView->setModel(m_preview);
    m_previewView->setWordWrap(false);
    m_previewView->horizontalHeader()->setDefaultSectionSize(
        m_previewView->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 16);
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() +
                                                           6);

    m_profile = new ProfileModel(this);
    m_columnsView = new QTableView(this);
    m_columnsView->setObjectName(QStringLiteral("columnsView"));
    m_columnsView->setModel(m_profile);
    m_columnsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_columnsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_columnsView->horizontalHeader()->setStretchLastSection(true);
    for (int c = 0; c < ProfileModel::FoundColumn; ++c)
        m_columnsView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_columnsView->verticalHeader()->hide();
    m_details = new WrapLabel(this);
    m_details->setObjectName(QStringLiteral("columnDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* columnsTab = new QWidget(this);
    auto* columnsLayout = new QVBoxLayout(columnsTab);
    columnsLayout->setContentsMargins(0, 0, 0, 0);
    columnsLayout->addWidget(m_columnsView, 3);
    columnsLayout->addWidget(m_details, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("datasetTabs"));
    m_tabs->addTab(m_previewView, QString());
    m_tabs->addTab(columnsTab, QString());

    m_dropHint = new WrapLabel(this);
    m_dropHint->setObjectName(QStringLiteral("dropHint"));
    m_dropHint->setAlignment(Qt::AlignCenter);
    m_dropHint->setFrameShape(QFrame::StyledPanel);
    m_dropHint->setMinimumHeight(m_dropHint->fontMetrics().height() * 8);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    m_whyAsked = WhyAsked::make(this, QStringLiteral("dataset"));
    layout->addWidget(m_whyAsked.toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_whyAsked.text);
    layout->addLayout(fileRow);
    layout->addWidget(m_errors);
    layout->addWidget(m_readAsTitle);
    layout->addWidget(m_readAs);
    layout->addLayout(settings);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_dropHint, 1);

    connect(m_choose, &QPushButton::clicked, this, &DatasetPage::chooseFile);
    connect(m_encoding, &QComboBox::activated, this, &DatasetPage::optionsChanged);
    connect(m_delimiter, &QComboBox::activated, this, &DatasetPage::optionsChanged);
    connect(m_sheet, &QComboBox::activated, this, &DatasetPage::optionsChanged);
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this] {
        if (!m_updating)
            m_headerRowDelay->start();
    });
    connect(m_headerRowDelay, &QTimer::timeout, this, &DatasetPage::optionsChanged);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (isScanning())
            cancelScan();
        else
            startScan();
    });
    connect(m_runner, &DatasetScanRunner::opened, this, &DatasetPage::scanOpened);
    connect(m_runner, &DatasetScanRunner::progress, this, &DatasetPage::scanProgress);
    connect(m_runner, &DatasetScanRunner::finished, this, &DatasetPage::scanFinished);
    connect(m_runner, &DatasetScanRunner::failed, this, &DatasetPage::scanFailed);
    connect(m_columnsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DatasetPage::showColumnDetails);

    // Read from the top: why we ask, the file and how it is read, then the tabs' names
    // before what each tab shows.
    m_whyAsked.putFirstInTabOrder(this);
    setTabOrder(m_tabs->tabBar(), m_previewView);
    setTabOrder(m_previewView, m_columnsView);
    retranslateUi();
    setScanning(false);
    m_progress->hide();
    m_cancel->hide();
    showSections();
}

// Until a file is chosen there is nothing to read or show: only the hint to drop one.
void DatasetPage::showSections()
{
    const bool hasFile = !m_draft.datasetPath.isEmpty();
    m_dropHint->setVisible(!hasFile);
    m_tabs->setVisible(hasFile);
    m_readAsTitle->setVisible(hasFile);
    m_readAs->setVisible(hasFile);
    m_headerRowLabel->setVisible(hasFile);
    m_headerRow->setVisible(hasFile);
    fillSheets();
}

DatasetPage::~DatasetPage() = default;

bool DatasetPage::isScanning() const
{
    return m_runner->isRunning();
}

bool DatasetPage::isComplete() const
{
    return m_draft.scan != nullptr && !isScanning();
}

void DatasetPage::chooseFile()
{
    const QString folder = m_draft.datasetPath.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(m_draft.datasetPath).absolutePath();
    const QString path = Dialogs::openFileName(
        this, tr("Choose the data to share"), folder,
        tr("Data files (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods *.xls);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void DatasetPage::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void DatasetPage::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openFile(urls.first().toLocalFile());
    }
}

void DatasetPage::openFile(const QString& path)
{
    m_draft.datasetPath = path;
    m_draft.readOptions = {};
    m_updating = true;
    m_encoding->setCurrentIndex(0);
    m_delimiter->setCurrentIndex(0);
    m_headerRow->setValue(0);
    m_sheet->clear();
    m_updating = false;
    m_file->setText(QDir::toNativeSeparators(path));
    showSections();
    startScan();
}

void DatasetPage::openFile(const QString& path, const table::TableOptions& options)
{
    m_draft.datasetPath = path;
    m_draft.readOptions = options;
    m_updating = true;
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(int(options.encoding))));
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(int(options.delimiter))));
    m_headerRow->setValue(options.headerRow > 0 ? options.headerRow : 0);
    m_sheet->clear();
    m_updating = false;
    m_file->setText(QDir::toNativeSeparators(path));
    showSections();
    startScan();
}

void DatasetPage::optionsChanged()
{
    if (m_updating || m_draft.datasetPath.isEmpty())
        return;
    table::TableOptions o;
    o.encoding = table::TextEncoding(m_encoding->currentData().toInt());
    o.delimiter = char(m_delimiter->currentData().toInt());
    o.sheet = m_sheet->currentData().toString();
    o.headerRow = m_headerRow->value() > 0 ? m_headerRow->value() : -1;
    m_draft.readOptions = o;
    startScan();
}

void DatasetPage::startScan()
{
    m_draft.scan.reset();
    m_cancelled = false;
    m_errors->clear();
    m_info.reset();
    m_preview->clear();
    m_profile->clear();
    m_details->clear();
    m_summary->clear();
    m_readAs->clear();
    m_progress->setValue(0);
    m_statusText = tr("Reading the file…");
    m_runner->start(m_draft.datasetPath, m_draft.readOptions);
    setScanning(true);
    emit completeChanged();
}

void DatasetPage::cancelScan()
{
    m_runner->cancel();
    m_cancelled = true;
    m_statusText = cancelledText();
    setScanning(false);
    emit completeChanged();
}

QString DatasetPage::cancelledText() const
{
    return tr("Reading was cancelled before the end of the file, so the rows are not "
              "counted and the columns are not checked. Choose \"Read the whole file\" "
              "to try again.");
}

void DatasetPage::setScanning(bool scanning)
{
    m_progress->setVisible(scanning);
    m_cancel->setVisible(scanning || m_cancelled);
    m_cancel->setText(scanning ? tr("Cancel") : tr("Read the whole file"));
    m_status->setText(m_statusText);
    m_status->setVisible(!m_statusText.isEmpty());
    if (scanning)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void DatasetPage::scanOpened(const table::DatasetInfo& info,
                             std::shared_ptr<const table::RowBlock> firstRows,
                             std::shared_ptr<const table::RowBlock> preview)
{
    Q_UNUSED(firstRows)
    m_info = info;
    m_preview->setRows(info.columns, *preview);
    m_statusText = tr("Showing the first rows. Reading the rest of the file to count the rows "
                      "and check each column…");
    m_status->setText(m_statusText);
    fillSheets();
    showReadAs();
}

void DatasetPage::scanProgress(int percent)
{
    m_progress->setValue(percent);
}

void DatasetPage::scanFinished(std::shared_ptr<const dataset::ScanResult> result)
{
    m_draft.scan = result;
    m_info = result->info;
    m_statusText.clear();
    m_profile->setProfiles(result->columns);
    m_preview->setFlaggedColumns(m_profile->flaggedTooltips());
    showReadAs();
    showSummary();
    setScanning(false);
    if (m_profile->rowCount() > 0)
        m_columnsView->selectRow(0);
    emit completeChanged();
}

void DatasetPage::scanFailed(const Error& error)
{
    m_statusText.clear();
    m_errors->clear();
    m_errors->addProblem(error.where.isEmpty() ? error.message
                                               : tr("%1 (%2)").arg(error.message, error.where),
                         m_choose);
    setScanning(false);
    emit completeChanged();
}

void DatasetPage::fillSheets()
{
    const bool hasFile = !m_draft.datasetPath.isEmpty();
    const bool workbook = m_info && m_info->source.format != table::FileFormat::Csv;
    m_encodingLabel->setVisible(hasFile && !workbook);
    m_encoding->setVisible(hasFile && !workbook);
    m_delimiterLabel->setVisible(hasFile && !workbook);
    m_delimiter->setVisible(hasFile && !workbook);
    m_sheetLabel->setVisible(workbook);
    m_sheet->setVisible(workbook);
    if (!workbook)
        return;
    m_updating = true;
    m_sheet->clear();
    for (const table::SheetInfo& sheet : m_info->source.sheets) {
        m_sheet->addItem(sheet.hidden ? tr("%1 (hidden)").arg(sheet.name) : sheet.name, sheet.name);
        if (sheet.name == m_info->source.sheet)
            m_sheet->setCurrentIndex(m_sheet->count() - 1);
    }
    m_updating = false;
}

void DatasetPage::showReadAs()
{
    if (!m_info) {
        m_readAs->clear();
        return;
    }
    const table::SourceInfo& s = m_info->source;
    QString how;
    if (s.format == table::FileFormat::Csv) {
        QString encoding;
        switch (s.encoding) {
        case table::TextEncoding::Utf16LE:
        case table::TextEncoding::Utf16BE:
            encoding = tr("UTF-16");
            break;
        case table::TextEncoding::Windows1252:
            encoding = tr("Windows-1252");
            break;
        default:
            encoding = tr("UTF-8");
            break;
        }
        QString separator;
        switch (s.delimiter) {
        case ';':
            separator = tr("semicolons");
            break;
        case '\t':
            separator = tr("tabs");
            break;
        case '|':
            separator = tr("vertical bars (|)");
            break;
        default:
            separator = tr("commas");
            break;
        }
        how = s.encodingDetected
                  ? tr("A CSV file in %1 text (because %2), with fields separated by %3.")
                        .arg(encoding, s.encodingReason, separator)
                  : tr("A CSV file in %1 text, as you chose, with fields separated by %2.")
                        .arg(encoding, separator);
    } else {
        how = tr("A spreadsheet (.%1); Sharewise is reading the sheet \"%2\".")
                  .arg(table::formatName(s.format), s.sheet);
    }
    QString header = m_info->headerDetected ? tr("The column names were found on row %1.")
                                                  .arg(QLocale().toString(m_info->headerLine))
                                            : tr("The column names are on row %1, as you chose.")
                                                  .arg(QLocale().toString(m_info->headerLine));
    m_readAs->setText(how + QLatin1Char(' ') + header + QLatin1Char(' ') +
                      tr("If the preview looks wrong, change these settings."));
}

void DatasetPage::showSummary()
{
    const auto& scan = m_draft.scan;
    if (!scan || !m_info) {
        m_summary->clear();
        return;
    }
    const table::DatasetCounts& c = scan->counts;
    QStringList lines;
    lines << tr("<b>%n row(s) of data</b>", nullptr, int(std::min<qint64>(c.dataRows, INT_MAX))) +
                 QLatin1Char(' ') + tr("in %n column(s).", nullptr, int(m_info->columns.size()));
    if (m_info->rowsAboveHeader > 0)
        lines << tr("%n row(s) above the column names (titles or notes) are left out.", nullptr,
                    int(m_info->rowsAboveHeader));
    if (c.skippedRows() > 0)
        lines << tr("%n empty row(s) skipped.", nullptr,
                    int(std::min<qint64>(c.skippedRows(), INT_MAX)));
    if (m_info->trailingEmptyColumns > 0)
        lines << tr("%n empty column(s) at the right-hand side left out.", nullptr,
                    m_info->trailingEmptyColumns);
    if (c.totalsLine)
        lines << tr("Row %1 looks like a totals row, so it is left out of the data.")
                     .arg(QLocale().toString(*c.totalsLine));
    for (const table::HeaderNote& note : m_info->headerNotes) {
        switch (note.kind) {
        case table::HeaderNote::Kind::Empty:
            lines << tr("Column %1 has no name, so it is called \"%2\".")
                         .arg(note.column)
                         .arg(note.name.toHtmlEscaped());
            break;
        case table::HeaderNote::Kind::Duplicate:
            lines << tr("The name \"%1\" is used more than once, so column %2 is called \"%3\".")
                         .arg(note.original.toHtmlEscaped())
                         .arg(note.column)
                         .arg(note.name.toHtmlEscaped());
            break;
        case table::HeaderNote::Kind::Merged:
            lines << tr("Column %1 is under a merged cell, so it is called \"%2\".")
                         .arg(note.column)
                         .arg(note.name.toHtmlEscaped());
            break;
        }
    }
    if (c.raggedRows() > 0) {
        lines << QStringLiteral("<span style=\"color:#b3261e\"><b>%1</b> %2</span>")
                     .arg(tr("Warning:"),
                          tr("%n row(s) do not have the same number of fields as the column "
                             "names (%1). Sharewise will not redact or share this file "
                             "until you decide what to do with them, because a shifted row "
                             "can put a name into a column you mean to keep.",
                             nullptr, int(std::min<qint64>(c.raggedRows(), INT_MAX)))
                              .arg(c.raggedLines.size() == 1
                                       ? tr("line %1").arg(lineList(c.raggedLines))
                                   : c.raggedRows() > c.raggedLines.size()
                                       ? tr("the first at lines %1").arg(lineList(c.raggedLines))
                                       : tr("lines %1").arg(lineList(c.raggedLines))));
    }
    const int flagged = int(m_profile->flaggedTooltips().size());
    if (flagged > 0)
        lines << tr("%n column(s) hold personal data; they are marked \u26A0 in the preview. "
                    "See the Columns tab for what was found and why.",
                    nullptr, flagged);
    m_summary->setText(lines.join(QStringLiteral("<br>")));
}

void DatasetPage::showColumnDetails()
{
    const QModelIndex current = m_columnsView->currentIndex();
    m_details->setText(current.isValid() ? m_profile->detailsHtml(current.row()) : QString());
}

void DatasetPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void DatasetPage::retranslateUi()
{
    setTitle(tr("Choose the data to share"));
    m_intro->setText(tr("Choose the CSV file or spreadsheet you want to share, or drop it on "
                        "this page. Sharewise reads it on this computer and sends nothing "
                        "anywhere. It shows the first rows at once and then checks every "
                        "column for personal data."));
    m_whyAsked.retranslate(
        tr("Sharewise needs to see what the file really holds before anything is "
           "sent: which columns there are, and which of them are personal data "
           "such as names, dates of birth or NHS numbers. The checks and the "
           "suggested redaction on the next pages come from this."));
    m_fileLabel->setText(tr("&File:"));
    m_file->setPlaceholderText(tr("No file chosen yet"));
    m_file->setAccessibleName(tr("File"));
    m_choose->setText(tr("&Choose a file…"));
    m_readAsTitle->setText(tr("How Sharewise read the file"));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_delimiterLabel->setText(tr("&Separator:"));
    m_sheetLabel->setText(tr("S&heet:"));
    m_headerRowLabel->setText(tr("Column names on ro&w:"));
    m_headerRow->setSpecialValueText(tr("Find automatically"));

    m_updating = true;
    const int encodingIndex = std::max(0, m_encoding->currentIndex());
    m_encoding->clear();
    m_encoding->addItem(tr("Find automatically"), int(table::TextEncoding::Auto));
    m_encoding->addItem(tr("UTF-8"), int(table::TextEncoding::Utf8));
    m_encoding->addItem(tr("Windows-1252 (Excel on Windows)"),
                        int(table::TextEncoding::Windows1252));
    m_encoding->addItem(tr("UTF-16, little-endian"), int(table::TextEncoding::Utf16LE));
    m_encoding->addItem(tr("UTF-16, big-endian"), int(table::TextEncoding::Utf16BE));
    m_encoding->setCurrentIndex(encodingIndex);
    const int delimiterIndex = std::max(0, m_delimiter->currentIndex());
    m_delimiter->clear();
    m_delimiter->addItem(tr("Find automatically"), 0);
    m_delimiter->addItem(tr("Comma (,)"), int(','));
    m_delimiter->addItem(tr("Semicolon (;)"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_delimiter->addItem(tr("Vertical bar (|)"), int('|'));
    m_delimiter->setCurrentIndex(delimiterIndex);
    m_updating = false;

    m_dropHint->setText(tr("Drop a CSV file or spreadsheet here, or choose one above."));
    m_tabs->setTabText(0, tr("Preview"));
    m_tabs->setTabText(1, tr("Columns"));
    m_previewView->setAccessibleName(tr("Preview of the first rows"));
    m_columnsView->setAccessibleName(tr("Columns and the personal data found in them"));
    m_cancel->setText(isScanning() ? tr("Cancel") : tr("Read the whole file"));
    if (m_cancelled && !isScanning()) {
        m_statusText = cancelledText();
        m_status->setText(m_statusText);
    }
    fillSheets();
    showReadAs();
    showSummary();
    showColumnDetails();
}

} // namespace sharewise::ui
