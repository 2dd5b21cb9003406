// .xlsx: the package (ZipArchive), its relationships, the workbook, styles, shared
// strings and the one sheet asked for, each part parsed with orcus's SAX parser.
//
// Why not orcus's own xlsx filter (orcus_xlsx + an import_factory)? Version 0.17 drops
// error cells, inline strings, "str" cells, and boolean and error formula results;
// ignores date1904 and sheet visibility; keeps every formula of every sheet in memory;
// and parses every sheet. Reading the parts ourselves costs little and gets each of
// those right.

#include "table/workbook/Readers.h"
#include "table/workbook/SheetData.h"
#include "table/workbook/XmlSupport.h"
#include "table/workbook/ZipArchive.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <unordered_map>

namespace sharewise::table::workbook {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookReader)
};

constexpr size_t kMaxCellText = size_t(4) << 20;
constexpr size_t kMaxStyles = size_t(1) << 20;

std::string_view typeSuffix(std::string_view type)
{
    const size_t slash = type.rfind('/');
    return slash == std::string_view::npos ? type : type.substr(slash + 1);
}

std::string dirOf(std::string_view part)
{
    const size_t slash = part.rfind('/');
    return slash == std::string_view::npos ? std::string() : std::string(part.substr(0, slash));
}

std::string relsPathOf(std::string_view part)
{
    const size_t slash = part.rfind('/');
    if (slash == std::string_view::npos)
        return "_rels/" + std::string(part) + ".rels";
    return std::string(part.substr(0, slash)) + "/_rels/" + std::string(part.substr(slash + 1)) +
           ".rels";
}

QString partName(std::string_view part)
{
    return QString::fromUtf8(part.data(), qsizetype(part.size()));
}

bool isTrue(std::string_view v)
{
    return v == "1" || v == "true";
}

// --- relationships -----------------------------------------------------------------

struct Relationship
{
    std::string type; // the last part of the type URI: "worksheet", "styles", ...
    std::string target;
};

struct RelsHandler : SaxHandlerBase
{
    std::string baseDir;
    std::unordered_map<std::string, Relationship> byId;
    std::string id, type, target;
    bool external = false;

    void attribute(const orcus::sax::parser_attribute& a)
    {
        if (a.name == "Id")
            id = a.value;
        else if (a.name == "Type")
            type = typeSuffix(a.value);
        else if (a.name == "Target")
            target = a.value;
        else if (a.name == "TargetMode")
            external = a.value == "External";
    }
    void start_element(const orcus::sax::parser_element& e)
    {
        if (e.name == "Relationship" && !id.empty() && !external && byId.size() < 100'000)
            byId.emplace(id, Relationship{type, ZipArchive::resolve(baseDir, target)});
        id.clear();
        type.clear();
        target.clear();
        external = false;
    }
};

// --- workbook ----------------------------------------------------------------------

struct WorkbookSheet
{
    std::string name;
    bool hidden = false;
    std::string rid;
};

struct WorkbookHandler : SaxHandlerBase
{
    std::string root;
    std::vector<WorkbookSheet> sheets;
    bool date1904 = false;
    std::string name, state, rid, d1904;

    void attribute(const orcus::sax::parser_attribute& a)
    {
        if (a.name == "name" && a.ns.empty())
            name = a.value;
        else if (a.name == "state")
            state = a.value;
        else if (a.name == "id" && !a.ns.empty())
            rid = a.value;
        else if (a.name == "date1904")
            d1904 = a.value;
    }
    void start_element(const orcus::sax::parser_element& e)
    {
        if (root.empty())
            root = e.name;
        if (e.name == "sheet" && sheets.size() < 100'000)
            sheets.push_back({name, state == "hidden" || state == "veryHidden", rid});
        else if (e.name == "workbookPr")
            date1904 = isTrue(d1904);
        name.clear();
        state.clear();
        rid.clear();
        d1904.clear();
    }
};

// --- styles: which cell formats show dates ----------------------------------------

struct StylesHandler : SaxHandlerBase
{
    std::unordered_map<quint64, DateStyle> custom;
    std::vector<quint32> xfNumFmt;
    bool inCellXfs = false;
    std::string numFmtId, formatCode;

    void attribute(const orcus::sax::parser_attribute& a)
    {
        if (a.name == "numFmtId")
            numFmtId = a.value;
        else if (a.name == "formatCode")
            formatCode = a.value;
    }
    void start_element(const orcus::sax::parser_element& e)
    {
        if (e.name == "cellXfs") {
            inCellXfs = true;
        } else if (e.name == "numFmt") {
            if (const auto id = parseUnsigned(numFmtId); id && custom.size() < kMaxStyles)
                custom[*id] = formatCodeDateStyle(formatCode);
        } else if (e.name == "xf" && inCellXfs && xfNumFmt.size() < kMaxStyles) {
            const auto id = parseUnsigned(numFmtId);
            xfNumFmt.push_back(id && *id < 0xFFFFFFFFu ? quint32(*id) : 0);
        }
        numFmtId.clear();
        formatCode.clear();
    }
    void end_element(const orcus::sax::parser_element& e)
    {
        if (e.name == "cellXfs")
            inCellXfs = false;
    }

    [[nodiscard]] std::vector<DateStyle> styles() const
    {
        std::vector<DateStyle> out;
        out.reserve(xfNumFmt.size());
        for (const quint32 id : xfNumFmt) {
            const auto it = custom.find(id);
            out.push_back(it != custom.end() ? it->second : builtinDateStyle(int(id)));
        }
        return out;
    }
};

// --- shared strings ------------------------------------------------------------------

struct SharedStringsHandler : SaxHandlerBase
{
    SheetData& data;
    qint64 maxCount;
    QString where;
    std::string current;
    bool inSi = false;
    bool inT = false;
    int phonetic = 0; // inside <rPh>: a reading guide, not the text

    SharedStringsHandler(SheetData& d, qint64 max, QString w)
        : data(d)
        , maxCount(max)
        , where(std::move(w))
    {}

    void start_element(const orcus::sax::parser_element& e)
    {
        if (e.name == "si") {
            inSi = true;
            current.clear();
        } else if (e.name == "t") {
            inT = inSi && phonetic == 0;
        } else if (e.name == "rPh") {
            ++phonetic;
        }
    }
    void characters(std::string_view s, bool)
    {
        if (!inT)
            return;
        if (current.size() + s.size() > kMaxCellText)
            throw ParseStop{tooLarge(where, Tr::tr("one of its texts is longer than 4 MB"))};
        current.append(s);
    }
    void end_element(const orcus::sax::parser_element& e)
    {
        if (e.name == "t") {
            inT = false;
        } else if (e.name == "rPh") {
            phonetic = std::max(0, phonetic - 1);
        } else if (e.name == "si" && inSi) {
            inSi = false;
            if (qint64(data.shared.size()) >= maxCount) {
                throw ParseStop{
                    tooLarge(where, Tr::tr("it has more than %L1 different texts").arg(maxCount))};
            }
            unescapeOoxml(current);
            data.checkTextBytes(qint64(current.size()));
            data.shared.text.append(current);
            data.shared.ends.push_back(quint32(data.shared.text.size()));
        }
    }
};

// --- the sheet ---------------------------------------------------------------------

struct SheetHandler : SaxHandlerBase
{
    SheetData& data;
    const std::vector<DateStyle>& styles;
    QString path;
    QString sheet;

    qint64 row = -1;
    qint64 column = -1;
    std::string attrR, attrT, attrS, attrRef;
    std::string cellType;
    quint64 cellStyle = 0;
    std::string value;
    bool hasValue = false;
    bool inV = false;
    bool inIs = false;
    bool inT = false;
    int phonetic = 0;

    SheetHandler(SheetData& d, const std::vector<DateStyle>& s, QString p, QString sh)
        : data(d)
        , styles(s)
        , path(std::move(p))
        , sheet(std::move(sh))
    {}

    [[noreturn]] void damagedCell(const QString& detail) const
    {
        Error e = damagedWorkbook(path, FileFormat::Xlsx, detail);
        e.where =
            whereSheet(path, sheet) + QStringLiteral(", ") + cellName(row + 1, int(column + 1));
        throw ParseStop{e};
    }

    void attribute(const orcus::sax::parser_attribute& a)
    {
        if (!a.ns.empty())
            return;
        if (a.name == "r")
            attrR = a.value;
        else if (a.name == "t")
            attrT = a.value;
        else if (a.name == "s")
            attrS = a.value;
        else if (a.name == "ref")
            attrRef = a.value;
    }

    void start_element(const orcus::sax::parser_element& e)
    {
        const std::string_view n = e.name;
        if (n == "row") {
            if (const auto r = parseUnsigned(attrR); r && *r >= 1 && *r <= (quint64(1) << 31))
                row = qint64(*r) - 1;
            else
                ++row;
            column = -1;
            data.checkPosition(row, 0);
        } else if (n == "c") {
            qint64 r = -1, c = -1;
            if (!attrR.empty() && parseCellRef(attrR, r, c, true)) {
                if (r >= 0)
                    row = r;
                column = c >= 0 ? c : column + 1;
            } else {
                ++column;
            }
            if (row < 0)
                row = 0;
            data.checkPosition(row, column);
            cellType = attrT;
            cellStyle = parseUnsigned(attrS).value_or(0);
            value.clear();
            hasValue = false;
            inV = inIs = inT = false;
            phonetic = 0;
        } else if (n == "v") {
            inV = true;
        } else if (n == "is") {
            inIs = true;
        } else if (n == "t") {
            inT = inIs && phonetic == 0;
        } else if (n == "rPh") {
            ++phonetic;
        } else if (n == "mergeCell") {
            const size_t colon = attrRef.find(':');
            qint64 r1 = 0, c1 = 0, r2 = 0, c2 = 0;
            if (colon != std::string::npos &&
                parseCellRef(std::string_view(attrRef).substr(0, colon), r1, c1) &&
                parseCellRef(std::string_view(attrRef).substr(colon + 1), r2, c2)) {
                data.addMerged(MergedRange{std::min(r1, r2) + 1, int(std::min(c1, c2) + 1),
                                           std::max(r1, r2) + 1, int(std::max(c1, c2) + 1)});
            }
        }
        attrR.clear();
        attrT.clear();
        attrS.clear();
        attrRef.clear();
    }

    void characters(std::string_view s, bool)
    {
        if (!inV && !inT)
            return;
        if (value.size() + s.size() > kMaxCellText) {
            throw ParseStop{
                tooLarge(whereSheet(path, sheet), Tr::tr("cell %1 holds more than 4 MB of text")
                                                      .arg(cellName(row + 1, int(column + 1))))};
        }
        value.append(s);
    }

    void end_element(const orcus::sax::parser_element& e)
    {
        const std::string_view n = e.name;
        if (n == "v") {
            inV = false;
            hasValue = true;
        } else if (n == "t") {
            inT = false;
        } else if (n == "is") {
            inIs = false;
            hasValue = true;
        } else if (n == "rPh") {
            phonetic = std::max(0, phonetic - 1);
        } else if (n == "c") {
            finishCell();
            hasValue = false;
        }
    }

    void finishCell()
    {
        if (!hasValue || column < 0)
            return; // a styled empty cell, or a formula without a cached value
        const std::string_view t = cellType;
        if (t == "s") {
            const auto index = parseUnsigned(value);
            if (!index || *index >= data.shared.size())
                damagedCell(Tr::tr("a cell refers to a text that is not in the workbook"));
            data.addShared(row, column, quint32(*index));
        } else if (t == "str" || t == "inlineStr") {
            unescapeOoxml(value);
            data.addText(row, column, CellKind::Text, value);
        } else if (t == "b") {
            const auto number = parseDouble(value);
            if (number)
                data.addNumber(row, column, CellKind::Boolean, *number != 0 ? 1 : 0);
            else if (value == "true" || value == "false")
                data.addNumber(row, column, CellKind::Boolean, value == "true" ? 1 : 0);
            else
                data.addText(row, column, CellKind::Text, value);
        } else if (t == "e") {
            data.addText(row, column, CellKind::Error, value);
        } else if (t == "d") {
            QByteArray iso;
            CellKind kind = CellKind::Text;
            if (isoDateTime(value, iso, kind))
                data.addText(row, column, kind,
                             std::string_view(iso.constData(), size_t(iso.size())));
            else
                data.addText(row, column, CellKind::Text, value);
        } else {
            const auto number = parseDouble(value);
            if (!number) {
                data.addText(row, column, CellKind::Text, value);
                return;
            }
            const DateStyle style =
                cellStyle < styles.size() ? styles[size_t(cellStyle)] : DateStyle::None;
            const CellKind kind = style == DateStyle::Date       ? CellKind::Date
                                  : style == DateStyle::DateTime ? CellKind::DateTime
                                                                 : CellKind::Number;
            data.addNumber(row, column, kind, *number);
        }
    }
};

// --- the package -------------------------------------------------------------------

struct XlsxSheet
{
    SheetInfo info;
    std::string part;
};

struct XlsxWorkbook
{
    std::unique_ptr<ZipArchive> zip;
    std::vector<XlsxSheet> sheets;
    bool date1904 = false;
    std::string stylesPart;
    std::string sharedStringsPart;

    [[nodiscard]] QList<SheetInfo> sheetInfos() const
    {
        QList<SheetInfo> out;
        for (const XlsxSheet& s : sheets)
            out.append(s.info);
        return out;
    }
};

Result<std::unordered_map<std::string, Relationship>> readRels(const QString& path,
                                                               const ZipArchive& zip,
                                                               const std::string& relsPart,
                                                               const std::string& baseDir)
{
    RelsHandler handler;
    handler.baseDir = baseDir;
    if (!zip.contains(relsPart))
        return handler.byId;
    Result<std::string> xml = zip.read(relsPart);
    if (!xml)
        return xml.error();
    const Status parsed =
        parseXml(xml.value(), handler,
                 damagedWorkbook(path, FileFormat::Xlsx,
                                 Tr::tr("the part “%1” is damaged").arg(partName(relsPart))));
    if (!parsed)
        return parsed.error();
    return std::move(handler.byId);
}

Result<XlsxWorkbook> loadWorkbook(const QString& path)
{
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return cannotOpen(path, file.errorString());
        if (isCompoundFile(file.peek(8))) {
            file.close();
            if (isEncryptedOfficePackage(path))
                return passwordProtected(path);
            return damagedWorkbook(path, FileFormat::Xlsx,
                                   Tr::tr("it is in the older Excel 97–2003 form"));
        }
    }
    Result<std::unique_ptr<ZipArchive>> zip = ZipArchive::open(path, FileFormat::Xlsx);
    if (!zip)
        return zip.error();
    XlsxWorkbook book;
    book.zip = std::move(zip.value());
    const ZipArchive& z = *book.zip;

    // The workbook part, as the package's relationships name it.
    std::string workbookPart;
    Result<std::unordered_map<std::string, Relationship>> rootRels =
        readRels(path, z, "_rels/.rels", "");
    if (!rootRels)
        return rootRels.error();
    for (const auto& [id, rel] : rootRels.value()) {
        if (rel.type == "officeDocument")
            workbookPart = rel.target;
    }
    if (workbookPart.empty() || !z.contains(workbookPart))
        workbookPart = "xl/workbook.xml";
    if (!z.contains(workbookPart)) {
        return damagedWorkbook(path, FileFormat::Xlsx,
                               Tr::tr("it has no workbook inside; it may be another kind of "
                                      "file"));
    }

    Result<std::string> xml = z.read(workbookPart);
    if (!xml)
        return xml.error();
    WorkbookHandler wb;
    const Error damagedPart = damagedWorkbook(
        path, FileFormat::Xlsx, Tr::tr("the part “%1” is damaged").arg(partName(workbookPart)));
    if (const Status s = parseXml(xml.value(), wb, damagedPart); !s)
        return s.error();
    if (wb.root != "workbook") {
        return damagedWorkbook(path, FileFormat::Xlsx,
                               Tr::tr("it has no workbook inside; it may be another kind of "
                                      "file"));
    }
    book.date1904 = wb.date1904;

    Result<std::unordered_map<std::string, Relationship>> rels =
        readRels(path, z, relsPathOf(workbookPart), dirOf(workbookPart));
    if (!rels)
        return rels.error();
    for (const auto& [id, rel] : rels.value()) {
        if (rel.type == "styles")
            book.stylesPart = rel.target;
        else if (rel.type == "sharedStrings")
            book.sharedStringsPart = rel.target;
    }
    for (const WorkbookSheet& s : wb.sheets) {
        const auto it = rels->find(s.rid);
        // Chart sheets, dialog sheets and macro sheets hold no table: not listed.
        if (it == rels->end() || it->second.type != "worksheet")
            continue;
        XlsxSheet sheet;
        sheet.info.name = QString::fromUtf8(s.name.data(), qsizetype(s.name.size()));
        sheet.info.hidden = s.hidden;
        sheet.part = it->second.target;
        book.sheets.push_back(std::move(sheet));
    }
    if (book.sheets.empty())
        return noSheets(path);
    return book;
}

} // namespace

Result<QList<SheetInfo>> listXlsx(const QString& path)
{
    Result<XlsxWorkbook> book = loadWorkbook(path);
    if (!book)
        return book.error();
    return book->sheetInfos();
}

Result<std::unique_ptr<TableReader>> openXlsx(const QString& path, const TableOptions& options)
{
    Result<XlsxWorkbook> book = loadWorkbook(path);
    if (!book)
        return book.error();
    const QList<SheetInfo> infos = book->sheetInfos();
    Result<int> chosen = chooseSheet(path, infos, options.sheet);
    if (!chosen)
        return chosen.error();
    const XlsxSheet& sheet = book->sheets[size_t(chosen.value())];
    const QString where = whereSheet(path, sheet.info.name);
    const WorkbookLimits& limits = workbookLimits();
    const ZipArchive& zip = *book->zip;

    std::vector<DateStyle> styles;
    if (!book->stylesPart.empty() && zip.contains(book->stylesPart)) {
        Result<std::string> xml = zip.read(book->stylesPart);
        if (!xml)
            return xml.error();
        StylesHandler handler;
        const Status s = parseXml(
            xml.value(), handler,
            damagedWorkbook(path, FileFormat::Xlsx,
                            Tr::tr("the part “%1” is damaged").arg(partName(book->stylesPart))));
        if (!s)
            return s.error();
        styles = handler.styles();
    }

    auto data = std::make_shared<SheetData>(where, limits);
    data->date1904 = book->date1904;
    if (!book->sharedStringsPart.empty() && zip.contains(book->sharedStringsPart)) {
        Result<std::string> xml = zip.read(book->sharedStringsPart);
        if (!xml)
            return xml.error();
        SharedStringsHandler handler(*data, limits.maxCells, whereFile(path));
        const Status s = parseXml(
            xml.value(), handler,
            damagedWorkbook(
                path, FileFormat::Xlsx,
                Tr::tr("the part “%1” is damaged").arg(partName(book->sharedStringsPart))));
        if (!s)
            return s.error();
    }

    if (!zip.contains(sheet.part)) {
        return damagedWorkbook(path, FileFormat::Xlsx,
                               Tr::tr("the sheet “%1” is missing").arg(sheet.info.name));
    }
    {
        Result<std::string> xml = zip.read(sheet.part);
        if (!xml)
            return xml.error();
        SheetHandler handler(*data, styles, path, sheet.info.name);
        Error damaged = damagedWorkbook(path, FileFormat::Xlsx,
                                        Tr::tr("the sheet “%1” is damaged").arg(sheet.info.name));
        damaged.where = where;
        const Status s = parseXml(xml.value(), handler, damaged);
        if (!s)
            return s.error();
    }
    data->finish();

    SourceInfo info;
    info.format = FileFormat::Xlsx;
    info.fileSize = QFileInfo(path).size();
    info.sheets = infos;
    info.sheet = sheet.info.name;
    info.merged = data->merged;
    return std::unique_ptr<TableReader>(new StoredSheetReader(std::move(info), std::move(data)));
}

} // namespace sharewise::table::workbook
