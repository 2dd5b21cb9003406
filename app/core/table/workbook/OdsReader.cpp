// .ods: content.xml parsed with orcus's namespace-aware SAX parser in one pass that
// notes every sheet (and whether its table style hides it) and keeps the cells of the
// one asked for.
//
// Why not orcus's own ods filter (orcus_ods + an import_factory)? Version 0.17 drops
// booleans, percentages and times, keeps only the last paragraph of a cell, gives an
// error cell's 0 instead of its error, reports neither merged cells nor hidden sheets,
// and passes every cell's display text through the shared strings.

#include "table/workbook/Readers.h"
#include "table/workbook/SheetData.h"
#include "table/workbook/XmlSupport.h"
#include "table/workbook/ZipArchive.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <unordered_set>

namespace sharewise::table::workbook {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookReader)
};

constexpr std::string_view kOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr std::string_view kTable = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr std::string_view kText = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr std::string_view kStyle = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
constexpr std::string_view kCalcExt =
    "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";
constexpr size_t kMaxCellText = size_t(4) << 20;

std::string_view nsOf(orcus::xmlns_id_t ns)
{
    return ns ? std::string_view(ns) : std::string_view();
}

// "PT13H45M10S", "P1DT2H", "PT0.5S": seconds, or nullopt.
std::optional<double> durationSeconds(std::string_view v)
{
    if (v.empty() || v.front() != 'P')
        return std::nullopt;
    v.remove_prefix(1);
    double total = 0;
    bool time = false;
    while (!v.empty()) {
        if (v.front() == 'T') {
            time = true;
            v.remove_prefix(1);
            continue;
        }
        size_t n = 0;
        while (n < v.size() && ((v[n] >= '0' && v[n] <= '9') || v[n] == '.'))
            ++n;
        if (n == 0 || n == v.size())
            return std::nullopt;
        const auto number = parseDouble(v.substr(0, n));
        if (!number)
            return std::nullopt;
        const char unit = v[n];
        if (unit == 'D' && !time)
            total += *number * 86400;
        else if (unit == 'H' && time)
            total += *number * 3600;
        else if (unit == 'M' && time)
            total += *number * 60;
        else if (unit == 'S' && time)
            total += *number;
        else
            return std::nullopt;
        v.remove_prefix(n + 1);
    }
    return total;
}

struct PendingCell
{
    qint64 column = 0;
    qint64 repeat = 1;
    CellKind kind = CellKind::Text;
    double number = 0;
    bool isNumber = false;
    std::string text;
};

struct ContentHandler
{
    // What to do
    bool listOnly = false;
    QString wanted; // exact name; empty: the first visible sheet
    SheetData* data = nullptr;
    QString path;

    // What was found
    QList<SheetInfo> sheets;
    int chosen = -1;

    // Styles that hide a table
    std::unordered_set<std::string> hiddenStyles;
    std::string styleName;
    bool inTableStyle = false;

    // Parse state
    int tableDepth = 0;   // >1: a table inside a cell, ignored
    bool reading = false; // inside the chosen table
    qint64 row = 0;
    qint64 column = 0;
    qint64 rowRepeat = 1;
    std::vector<PendingCell> rowCells;
    bool inCell = false;
    PendingCell cell;
    std::string valueType, calcType, value, dateValue, timeValue, boolValue, stringValue;
    qint64 colRepeat = 1, colSpan = 1, rowSpan = 1;
    int paragraphs = 0;
    int paragraphDepth = 0;
    int annotation = 0;
    std::string cellText;

    // Attributes of the element being opened
    std::string aName, aStyleName, aFamily, aDisplay;
    std::string aRowsRepeated, aColsRepeated, aColsSpanned, aRowsSpanned;
    std::string aValueType, aCalcType, aValue, aDate, aTime, aBool, aString, aSpaces;

    void doctype(const orcus::sax::doctype_declaration&) {}
    void start_declaration(std::string_view) {}
    void end_declaration(std::string_view) {}
    void attribute(std::string_view, std::string_view) {}

    void attribute(const orcus::sax_ns_parser_attribute& a)
    {
        const std::string_view ns = nsOf(a.ns);
        const std::string_view n = a.name;
        if (ns == kTable) {
            if (n == "name")
                aName = a.value;
            else if (n == "style-name")
                aStyleName = a.value;
            else if (n == "display")
                aDisplay = a.value;
            else if (n == "number-rows-repeated")
                aRowsRepeated = a.value;
            else if (n == "number-columns-repeated")
                aColsRepeated = a.value;
            else if (n == "number-columns-spanned")
                aColsSpanned = a.value;
            else if (n == "number-rows-spanned")
                aRowsSpanned = a.value;
        } else if (ns == kStyle) {
            if (n == "name")
                aName = a.value;
            else if (n == "family")
                aFamily = a.value;
        } else if (ns == kOffice) {
            if (n == "value-type")
                aValueType = a.value;
            else if (n == "value")
                aValue = a.value;
            else if (n == "date-value")
                aDate = a.value;
            else if (n == "time-value")
                aTime = a.value;
            else if (n == "boolean-value")
                aBool = a.value;
            else if (n == "string-value")
                aString = a.value;
        } else if (ns == kCalcExt) {
            if (n == "value-type")
                aCalcType = a.value;
        } else if (ns == kText) {
            if (n == "c")
                aSpaces = a.value;
        }
    }

    void clearAttributes()
    {
        for (std::string* s : {&aName, &aStyleName, &aFamily, &aDisplay, &aRowsRepeated,
                               &aColsRepeated, &aColsSpanned, &aRowsSpanned, &aValueType,
                               &aCalcType, &aValue, &aDate, &aTime, &aBool, &aString, &aSpaces})
            s->clear();
    }

    static qint64 count(const std::string& v)
    {
        const auto n = parseUnsigned(v);
        return n && *n >= 1 ? qint64(std::min<quint64>(*n, quint64(1) << 40)) : 1;
    }

    void appendText(std::string_view s)
    {
        if (cellText.size() + s.size() > kMaxCellText) {
            throw ParseStop{
                tooLarge(whereSheet(path, sheets.isEmpty() ? QString() : sheets.back().name),
                         Tr::tr("cell %1 holds more than 4 MB of text")
                             .arg(cellName(row + 1, int(column + 1))))};
        }
        cellText.append(s);
    }

    void start_element(const orcus::sax_ns_parser_element& e)
    {
        const std::string_view ns = nsOf(e.ns);
        const std::string_view n = e.name;
        if (ns == kStyle && n == "style") {
            styleName = aName;
            inTableStyle = aFamily == "table";
        } else if (ns == kStyle && n == "table-properties") {
            if (inTableStyle && aDisplay == "false" && hiddenStyles.size() < 100'000)
                hiddenStyles.insert(styleName);
        } else if (ns == kTable && n == "table") {
            ++tableDepth;
            if (tableDepth == 1)
                startTable();
        } else if (reading && tableDepth == 1) {
            startInTable(ns, n);
        }
        clearAttributes();
    }

    void startTable()
    {
        SheetInfo info;
        info.name = QString::fromUtf8(aName.data(), qsizetype(aName.size()));
        info.hidden = hiddenStyles.count(aStyleName) != 0;
        if (sheets.size() >= 100'000)
            throw ParseStop{tooLarge(whereFile(path), Tr::tr("it has more than 100,000 sheets"))};
        sheets.append(info);
        row = 0;
        if (!listOnly && chosen < 0 && (wanted.isEmpty() ? !info.hidden : info.name == wanted)) {
            chosen = int(sheets.size() - 1);
            reading = true;
        }
    }

    void startInTable(std::string_view ns, std::string_view n)
    {
        if (ns == kTable && n == "table-row" && !inCell) {
            rowRepeat = count(aRowsRepeated);
            column = 0;
            rowCells.clear();
        } else if (ns == kTable && (n == "table-cell" || n == "covered-table-cell") && !inCell) {
            inCell = true;
            colRepeat = count(aColsRepeated);
            colSpan = count(aColsSpanned);
            rowSpan = count(aRowsSpanned);
            valueType = aValueType;
            calcType = aCalcType;
            value = aValue;
            dateValue = aDate;
            timeValue = aTime;
            boolValue = aBool;
            stringValue = aString;
            cellText.clear();
            paragraphs = 0;
            paragraphDepth = 0;
            annotation = 0;
        } else if (inCell && ns == kOffice && n == "annotation") {
            ++annotation; // a comment on the cell, not its content
        } else if (inCell && annotation == 0 && ns == kText) {
            if (n == "p" || n == "h") {
                if (paragraphDepth == 0 && paragraphs++ > 0)
                    appendText("\n");
                ++paragraphDepth;
            } else if (n == "s" && paragraphDepth > 0) {
                appendText(std::string(size_t(std::min<qint64>(count(aSpaces), 1024)), ' '));
            } else if (n == "tab" && paragraphDepth > 0) {
                appendText("\t");
            } else if (n == "line-break" && paragraphDepth > 0) {
                appendText("\n");
            }
        }
    }

    void characters(std::string_view s, bool)
    {
        if (reading && inCell && annotation == 0 && paragraphDepth > 0)
            appendText(s);
    }

    void end_element(const orcus::sax_ns_parser_element& e)
    {
        const std::string_view ns = nsOf(e.ns);
        const std::string_view n = e.name;
        if (ns == kStyle && n == "style") {
            inTableStyle = false;
        } else if (ns == kTable && n == "table") {
            if (tableDepth == 1)
                reading = false;
            tableDepth = std::max(0, tableDepth - 1);
        } else if (reading && tableDepth == 1) {
            if (ns == kTable && (n == "table-cell" || n == "covered-table-cell") && inCell) {
                endCell();
                inCell = false;
            } else if (ns == kTable && n == "table-row" && !inCell) {
                endRow();
            } else if (inCell && ns == kOffice && n == "annotation") {
                annotation = std::max(0, annotation - 1);
            } else if (inCell && annotation == 0 && ns == kText && (n == "p" || n == "h")) {
                paragraphDepth = std::max(0, paragraphDepth - 1);
            }
        }
    }

    void endCell()
    {
        if (colSpan > 1 || rowSpan > 1) {
            data->addMerged(MergedRange{row + 1, int(std::min<qint64>(column + 1, 1 << 30)),
                                        row + rowSpan,
                                        int(std::min<qint64>(column + colSpan, 1 << 30))});
        }
        PendingCell c;
        c.column = column;
        c.repeat = colRepeat;
        bool content = true;
        if (calcType == "error") {
            c.kind = CellKind::Error;
            c.text = cellText;
        } else if (valueType == "float" || valueType == "percentage" || valueType == "currency") {
            if (const auto number = parseDouble(value)) {
                c.kind = CellKind::Number;
                c.number = *number;
                c.isNumber = true;
            } else {
                c.kind = CellKind::Text;
                c.text = cellText;
            }
        } else if (valueType == "date") {
            QByteArray iso;
            CellKind kind = CellKind::Text;
            if (isoDateTime(dateValue, iso, kind)) {
                c.kind = kind;
                c.text.assign(iso.constData(), size_t(iso.size()));
            } else {
                c.kind = CellKind::Text;
                c.text = cellText;
            }
        } else if (valueType == "time") {
            const auto seconds = durationSeconds(timeValue);
            const auto iso = seconds ? serialToIso(*seconds / 86400.0, false, DateStyle::DateTime)
                                     : std::nullopt;
            if (iso) {
                c.kind = CellKind::DateTime;
                c.text.assign(iso->constData(), size_t(iso->size()));
            } else {
                c.kind = CellKind::Text;
                c.text = cellText;
            }
        } else if (valueType == "boolean") {
            c.kind = CellKind::Boolean;
            c.number = boolValue == "true" || boolValue == "1" ? 1 : 0;
            c.isNumber = true;
        } else if (valueType == "string" && !stringValue.empty()) {
            c.kind = CellKind::Text;
            c.text = stringValue;
        } else {
            c.kind = CellKind::Text;
            c.text = cellText;
            content = !cellText.empty();
        }
        if (content && !(c.text.empty() && !c.isNumber)) {
            if (column + colRepeat > workbookLimits().maxColumns)
                data->checkPosition(row, column + colRepeat - 1); // throws
            rowCells.push_back(std::move(c));
        }
        column = std::min<qint64>(column + colRepeat, qint64(1) << 40);
    }

    void endRow()
    {
        if (!rowCells.empty()) {
            data->checkPosition(row + rowRepeat - 1, 0);
            qint64 perRow = 0;
            for (const PendingCell& c : rowCells)
                perRow += c.repeat;
            if (perRow > 0 && rowRepeat > (qint64(1) << 62) / perRow)
                data->checkCellCount(qint64(1) << 62);
            data->checkCellCount(perRow * rowRepeat);
            for (qint64 r = 0; r < rowRepeat; ++r) {
                for (const PendingCell& c : rowCells) {
                    for (qint64 k = 0; k < c.repeat; ++k) {
                        if (c.isNumber)
                            data->addNumber(row + r, c.column + k, c.kind, c.number);
                        else
                            data->addText(row + r, c.column + k, c.kind, c.text);
                    }
                }
            }
        }
        row = std::min<qint64>(row + rowRepeat, qint64(1) << 40);
        rowCells.clear();
    }
};

struct OdsPackage
{
    std::unique_ptr<ZipArchive> zip;
    std::string content;
};

Result<OdsPackage> loadPackage(const QString& path)
{
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return cannotOpen(path, file.errorString());
        if (isCompoundFile(file.peek(8))) {
            file.close();
            if (isEncryptedOfficePackage(path))
                return passwordProtected(path);
            return damagedWorkbook(path, FileFormat::Ods);
        }
    }
    Result<std::unique_ptr<ZipArchive>> zip = ZipArchive::open(path, FileFormat::Ods);
    if (!zip)
        return zip.error();
    OdsPackage package;
    package.zip = std::move(zip.value());
    const ZipArchive& z = *package.zip;
    if (z.contains("mimetype")) {
        Result<std::string> mime = z.read("mimetype");
        if (!mime)
            return mime.error();
        if (mime->rfind("application/vnd.oasis.opendocument.spreadsheet", 0) != 0) {
            return damagedWorkbook(path, FileFormat::Ods,
                                   Tr::tr("it is an OpenDocument file but not a spreadsheet"));
        }
    }
    // A password-protected .ods is a normal package whose parts are encrypted; its
    // manifest says so.
    if (z.contains("META-INF/manifest.xml")) {
        Result<std::string> manifest = z.read("META-INF/manifest.xml");
        if (!manifest)
            return manifest.error();
        if (manifest->find("encryption-data") != std::string::npos)
            return passwordProtected(path);
    }
    if (!z.contains("content.xml"))
        return damagedWorkbook(path, FileFormat::Ods, Tr::tr("the part “content.xml” is missing"));
    Result<std::string> content = z.read("content.xml");
    if (!content)
        return content.error();
    package.content = std::move(content.value());
    return package;
}

Status parseContent(const QString& path, std::string& content, ContentHandler& handler)
{
    return parseXmlNs(
        content, handler,
        damagedWorkbook(path, FileFormat::Ods, Tr::tr("the part “content.xml” is damaged")));
}

} // namespace

Result<QList<SheetInfo>> listOds(const QString& path)
{
    Result<OdsPackage> package = loadPackage(path);
    if (!package)
        return package.error();
    ContentHandler handler;
    handler.listOnly = true;
    handler.path = path;
    if (const Status s = parseContent(path, package->content, handler); !s)
        return s.error();
    if (handler.sheets.isEmpty())
        return noSheets(path);
    return handler.sheets;
}

Result<std::unique_ptr<TableReader>> openOds(const QString& path, const TableOptions& options)
{
    Result<OdsPackage> package = loadPackage(path);
    if (!package)
        return package.error();
    // One pass usually; a second when the sheet is named with other capitals, or
    // every sheet is hidden.
    QString wanted = options.sheet;
    for (int pass = 0; pass < 2; ++pass) {
        auto data = std::make_shared<SheetData>(whereFile(path), workbookLimits());
        ContentHandler handler;
        handler.path = path;
        handler.wanted = wanted;
        handler.data = data.get();
        if (const Status s = parseContent(path, package->content, handler); !s) {
            Error e = s.error();
            if (handler.chosen >= 0 && e.where == whereFile(path))
                e.where = whereSheet(path, handler.sheets.at(handler.chosen).name);
            return e;
        }
        if (handler.sheets.isEmpty())
            return noSheets(path);
        if (handler.chosen < 0) {
            Result<int> chosen = chooseSheet(path, handler.sheets, options.sheet);
            if (!chosen)
                return chosen.error();
            wanted = handler.sheets.at(chosen.value()).name;
            continue;
        }
        data->finish();
        data->setWhere(whereSheet(path, handler.sheets.at(handler.chosen).name));
        SourceInfo info;
        info.format = FileFormat::Ods;
        info.fileSize = QFileInfo(path).size();
        info.sheets = handler.sheets;
        info.sheet = handler.sheets.at(handler.chosen).name;
        info.merged = data->merged;
        return std::unique_ptr<TableReader>(
            new StoredSheetReader(std::move(info), std::move(data)));
    }
    return damagedWorkbook(path, FileFormat::Ods);
}

} // namespace sharewise::table::workbook
