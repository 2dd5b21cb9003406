// libFuzzer target for the workbook readers (.xlsx and .ods: ZipArchive, the SAX
// handlers over orcus's parser, the cell store and StoredSheetReader).
//
// A mutated .xlsx mostly stops at the zip layer (a changed byte of deflated data, or of
// a part, fails the CRC), so the first input byte picks a mode:
//
//   0x01 parts: the rest is split on "\n@@\n" into up to five parts that the harness
//        stores (uncompressed, correct CRCs) in a package with fixed content types and
//        root relationships: xl/workbook.xml, xl/_rels/workbook.xml.rels,
//        xl/worksheets/sheet1.xml, xl/sharedStrings.xml, xl/styles.xml. This reaches
//        the XML handlers with the fuzzer's own XML.
//   0x02 OpenDocument: the rest is content.xml, stored with a spreadsheet mimetype.
//   0x03 .xls: the rest is the file, read with openXlsWorkbook (FreeXL and BiffFacts).
//        FreeXL 1.0.6 leaks a few KB on some crafted files: fuzz this mode with
//        -detect_leaks=0 (a corpus of only the *.xls.seed files keeps it there).
//   else raw: the whole input is the file (zip directory, sizes, inflating, CRCs). It is
//        read as .ods when it names the OpenDocument spreadsheet type near its start,
//        as openTable() decides, else as .xlsx.
//
// Every input is opened with openOrcusWorkbook (or openXlsWorkbook), every row is read (in small
// blocks, twice, with a rewind between), every listed sheet is opened by name (up to four), and
// listOrcusSheets is called. Oracle beyond the sanitizers: rows come in strictly increasing source
// lines, never an empty block reported as rows, progress never past total, a rewind gives the same
// rows again, and an error is always BadInput or Failure with a message.
//
// Limits are lowered (8 MiB parts, 1M cells, 16 MiB of text, 16 MiB rows, 64 MiB given
// in all) so each run stays small.
// SHAREWISE_FUZZ_WRITE_SEEDS=<folder> ./fuzz_xlsx_reader  writes parts and
// OpenDocument seeds;
// the raw seeds are tests/fuzz/corpus/xlsx (from tests/data/table/workbook).
// SHAREWISE_FUZZ_VERBOSE=1 prints what the reader said for each input.
//
//   cmake -S . -B build/fuzz-xlsx -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 \
//         -DCMAKE_C_COMPILER=clang-14 -DSHAREWISE_FUZZ=ON -DSHAREWISE_BUILD_TESTS=OFF \
//         -DSHAREWISE_WERROR=OFF -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g"
//   cmake --build build/fuzz-xlsx --target fuzz_xlsx_reader
//   mkdir -p build/fuzz-xlsx/corpus && cp tests/fuzz/corpus/xlsx/* build/fuzz-xlsx/corpus/
//   SHAREWISE_FUZZ_WRITE_SEEDS=build/fuzz-xlsx/corpus build/fuzz-xlsx/tests/fuzz/fuzz_xlsx_reader
//   build/fuzz-xlsx/tests/fuzz/fuzz_xlsx_reader build/fuzz-xlsx/corpus \
//         -dict=tests/fuzz/xlsx.dict -max_total_time=120 -rss_limit_mb=2048 -timeout=20

#include "table/TableReader.h"
#include "table/WorkbookReaders.h"
#include "table/workbook/WorkbookSupport.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

#include <unistd.h>
#include <zlib.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace sharewise;
using namespace sharewise::table;

namespace {

QString g_dir;
QString g_path;
bool g_verbose = false;
workbook::ScopedWorkbookLimits* g_limits = nullptr;

void silent(QtMsgType, const QMessageLogContext&, const QString&)
{}

void removeTmp()
{
    if (!g_dir.isEmpty())
        QDir(g_dir).removeRecursively();
}

[[noreturn]] void oracleFailure(const char* what)
{
    std::fprintf(stderr, "oracle: %s\n", what);
    std::abort();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// --- a stored zip --------------------------------------------------------------------

void le16(QByteArray& b, quint16 v)
{
    char c[2];
    qToLittleEndian(v, c);
    b.append(c, 2);
}

void le32(QByteArray& b, quint32 v)
{
    char c[4];
    qToLittleEndian(v, c);
    b.append(c, 4);
}

QByteArray storedZip(const std::vector<std::pair<QByteArray, QByteArray>>& parts)
{
    QByteArray out, dir;
    for (const auto& [name, data] : parts) {
        const auto crc = quint32(
            crc32_z(0, reinterpret_cast<const Bytef*>(data.constData()), size_t(data.size())));
        const auto offset = quint32(out.size());
        le32(out, 0x04034b50);
        le16(out, 20);
        le16(out, 0);
        le16(out, 0); // stored
        le16(out, 0);
        le16(out, 0);
        le32(out, crc);
        le32(out, quint32(data.size()));
        le32(out, quint32(data.size()));
        le16(out, quint16(name.size()));
        le16(out, 0);
        out.append(name);
        out.append(data);
        le32(dir, 0x02014b50);
        le16(dir, 20);
        le16(dir, 20);
        le16(dir, 0);
        le16(dir, 0);
        le16(dir, 0);
        le16(dir, 0);
        le32(dir, crc);
        le32(dir, quint32(data.size()));
        le32(dir, quint32(data.size()));
        le16(dir, quint16(name.size()));
        le16(dir, 0);
        le16(dir, 0);
        le16(dir, 0);
        le16(dir, 0);
        le32(dir, 0);
        le32(dir, offset);
        dir.append(name);
    }
    const auto dirOffset = quint32(out.size());
    out.append(dir);
    le32(out, 0x06054b50);
    le16(out, 0);
    le16(out, 0);
    le16(out, quint16(parts.size()));
    le16(out, quint16(parts.size()));
    le32(out, quint32(dir.size()));
    le32(out, dirOffset);
    le16(out, 0);
    return out;
}

const char kContentTypes[] =
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
const char kRootRels[] =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
const char* const kPartNames[] = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                  "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml",
                                  "xl/styles.xml"};

QByteArray partsPackage(QByteArrayView rest)
{
    std::vector<std::pair<QByteArray, QByteArray>> parts;
    parts.emplace_back("[Content_Types].xml", kContentTypes);
    parts.emplace_back("_rels/.rels", kRootRels);
    size_t i = 0;
    while (i < std::size(kPartNames)) {
        const qsizetype cut = rest.indexOf(QByteArrayView("\n@@\n"));
        parts.emplace_back(kPartNames[i++], (cut < 0 ? rest : rest.first(cut)).toByteArray());
        if (cut < 0)
            break;
        rest = rest.sliced(cut + 4);
    }
    return storedZip(parts);
}

QByteArray odsPackage(QByteArrayView content)
{
    return storedZip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                      {"content.xml", content.toByteArray()}});
}

// --- reading -----------------------------------------------------------------------

void checkError(const Error& e);

struct Digest
{
    bool failed = false;
    qint64 rows = 0;
    quint64 hash = 1469598103934665603ull;
    void add(QByteArrayView bytes)
    {
        for (const char c : bytes)
            hash = (hash ^ quint8(c)) * 1099511628211ull;
    }
};

Digest readAllRows(TableReader& reader)
{
    Digest d;
    RowBlock block;
    qint64 lastLine = 0;
    for (int guard = 0; guard < 10'000'000; ++guard) {
        block.clear();
        Result<ReadStep> step = reader.read(block, 7);
        if (!step) {
            checkError(step.error()); // a limit on what is given
            d.failed = true;
            return d;
        }
        if (step.value() == ReadStep::End) {
            if (!block.isEmpty())
                oracleFailure("End with rows");
            return d;
        }
        if (step.value() != ReadStep::Rows || block.rowCount() == 0 || block.rowCount() > 7)
            oracleFailure("a bad block");
        for (qsizetype r = 0; r < block.rowCount(); ++r) {
            if (block.sourceLine(r) <= lastLine)
                oracleFailure("source lines not increasing");
            lastLine = block.sourceLine(r);
            ++d.rows;
            d.add(QByteArray::number(lastLine));
            for (qsizetype c = 0; c < block.fieldCount(r); ++c) {
                d.add(block.field(r, c));
                d.add(QByteArrayView("\x1f", 1));
                const CellKind k = block.kind(r, c);
                if (k == CellKind::Empty && !block.field(r, c).isEmpty())
                    oracleFailure("an Empty field with text");
            }
        }
        if (reader.progress() > reader.total())
            oracleFailure("progress past total");
    }
    oracleFailure("the reader never ended");
}

void checkError(const Error& e)
{
    if ((e.kind != ErrorKind::BadInput && e.kind != ErrorKind::Failure) || e.message.isEmpty())
        oracleFailure("an error of the wrong kind or without a message");
}

Result<std::unique_ptr<TableReader>> openAs(FileFormat format, const TableOptions& options)
{
    return format == FileFormat::Xls ? openXlsWorkbook(g_path, options)
                                     : openOrcusWorkbook(g_path, format, options);
}

void readWorkbook(FileFormat format)
{
    Result<std::unique_ptr<TableReader>> r = openAs(format, {});
    if (g_verbose)
        std::fprintf(stderr, "%s\n", r ? "opened" : qPrintable(r.error().fullMessage()));
    Result<QList<SheetInfo>> listed =
        format == FileFormat::Xls ? listXlsSheets(g_path) : listOrcusSheets(g_path, format);
    if (!listed)
        checkError(listed.error());
    if (!r) {
        checkError(r.error());
        return;
    }
    TableReader& reader = *r.value();
    const Digest first = readAllRows(reader);
    if (!reader.rewind())
        oracleFailure("rewind failed");
    const Digest second = readAllRows(reader);
    if (first.failed != second.failed || first.rows != second.rows || first.hash != second.hash)
        oracleFailure("a rewind gave other rows");
    if (g_verbose)
        std::fprintf(stderr, "  %lld rows of %s\n", first.rows, qPrintable(reader.info().sheet));
    if (!listed || listed->size() != reader.info().sheets.size())
        oracleFailure("listing and opening disagree");

    int opened = 0;
    for (const SheetInfo& sheet : reader.info().sheets) {
        if (++opened > 4)
            break;
        TableOptions options;
        options.sheet = sheet.name;
        Result<std::unique_ptr<TableReader>> other = openAs(format, options);
        if (!other) {
            checkError(other.error());
            continue;
        }
        readAllRows(*other.value());
    }
}

// --- seeds -----------------------------------------------------------------------------

const char kSeedWorkbook[] =
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<workbookPr date1904=\"0\"/><sheets><sheet name=\"Data ŵ\" sheetId=\"1\" r:id=\"rId1\"/>"
    "<sheet name=\"Hidden\" sheetId=\"2\" state=\"hidden\" r:id=\"rId1\"/></sheets></workbook>";
const char kSeedRels[] =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/styles\" Target=\"/xl/styles.xml\"/></Relationships>";
const char kSeedSheet[] =
    "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<dimension ref=\"A1:H9\"/><sheetData>"
    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
    "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"B3\" s=\"1\"><v>45352</v></c>"
    "<c r=\"C3\" s=\"2\"><v>45352.5</v></c><c r=\"D3\"><v>-0.25</v></c>"
    "<c r=\"E3\" t=\"b\"><v>1</v></c><c r=\"F3\" t=\"e\"><v>#REF!</v></c>"
    "<c r=\"G3\" t=\"str\"><f>A1</f><v>x_x000D_y</v></c>"
    "<c r=\"H3\" t=\"inlineStr\"><is><r><t>in</t></r><rPh><t>ph</t></rPh></is></c></row>"
    "<row><c><v>1E+20</v></c><c t=\"d\"><v>2024-03-01T13:45:10</v></c></row>"
    "<row r=\"9\"><c r=\"XFD9\"><v>9</v></c></row>"
    "</sheetData><mergeCells><mergeCell ref=\"A1:D1\"/></mergeCells></worksheet>";
const char kSeedShared[] =
    "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<si><t>Title &amp; more</t></si><si><r><t>Na</t></r><r><t>me 😀</t></r></si></sst>";
const char kSeedStyles[] =
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<numFmts><numFmt numFmtId=\"164\" formatCode=\"[$-809]dd\\ mmmm\\ yyyy;@\"/></numFmts>"
    "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/></cellXfs>"
    "</styleSheet>";
const char kSeedOds[] =
    "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
    "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
    "xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\">"
    "<office:automatic-styles><style:style style:name=\"ta2\" style:family=\"table\">"
    "<style:table-properties table:display=\"false\"/></style:style></office:automatic-styles>"
    "<office:body><office:spreadsheet>"
    "<table:table table:name=\"H\" table:style-name=\"ta2\"><table:table-row><table:table-cell "
    "office:value-type=\"string\"><text:p>h</text:p></table:table-cell></table:table-row>"
    "</table:table><table:table table:name=\"Data\"><table:table-row><table:table-cell "
    "table:number-columns-spanned=\"2\" office:value-type=\"string\"><text:p>T<text:s "
    "text:c=\"3\"/>x</text:p><text:p>2</text:p></table:table-cell><table:covered-table-cell/>"
    "</table:table-row><table:table-row table:number-rows-repeated=\"2\"><table:table-cell "
    "table:number-columns-repeated=\"2\" office:value-type=\"float\" office:value=\"1.5\"/>"
    "<table:table-cell office:value-type=\"date\" office:date-value=\"2024-03-01T10:00:00\"/>"
    "<table:table-cell office:value-type=\"time\" office:time-value=\"PT1H2M3S\"/>"
    "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"true\"/>"
    "<table:table-cell calcext:value-type=\"error\"><text:p>#N/A</text:p></table:table-cell>"
    "</table:table-row><table:table-row table:number-rows-repeated=\"1000000\"><table:table-cell "
    "table:number-columns-repeated=\"1024\"/></table:table-row></table:table>"
    "</office:spreadsheet></office:body></office:document-content>";

void writeSeeds(const QString& folder)
{
    QDir().mkpath(folder);
    const QByteArray sep("\n@@\n");
    const QByteArray full = QByteArray("\x01") + kSeedWorkbook + sep + kSeedRels + sep +
                            kSeedSheet + sep + kSeedShared + sep + kSeedStyles;
    writeFile(QDir(folder).filePath(QStringLiteral("seed-parts-full")), full);
    writeFile(QDir(folder).filePath(QStringLiteral("seed-parts-sheet-only")),
              QByteArray("\x01") + kSeedWorkbook + sep + kSeedRels + sep + kSeedSheet);
    writeFile(QDir(folder).filePath(QStringLiteral("seed-ods")), QByteArray("\x02") + kSeedOds);
    writeFile(QDir(folder).filePath(QStringLiteral("seed-raw-stored")),
              partsPackage(QByteArrayView(full).sliced(1)));
    std::fprintf(stderr, "wrote 4 seeds into %s\n", qPrintable(folder));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    qInstallMessageHandler(silent);
    workbook::WorkbookLimits limits;
    limits.maxPartBytes = qint64(8) << 20;
    limits.maxCells = 1'000'000;
    limits.maxTextBytes = qint64(16) << 20;
    limits.maxRowBytes = qint64(16) << 20;
    limits.maxOutputBytes = qint64(64) << 20;
    g_limits = new workbook::ScopedWorkbookLimits(limits);

    const QByteArray tmp = qgetenv("SHAREWISE_FUZZ_TMP");
    g_dir = QStringLiteral("%1/sharewise-fuzz-xlsx-%2")
                .arg(tmp.isEmpty() ? QStringLiteral("/dev/shm") : QString::fromLocal8Bit(tmp))
                .arg(getpid());
    if (!QDir().mkpath(g_dir))
        std::abort();
    std::atexit(removeTmp);
    g_path = QDir(g_dir).filePath(QStringLiteral("input.xlsx"));
    g_verbose = qEnvironmentVariableIntValue("SHAREWISE_FUZZ_VERBOSE") != 0;
    const QByteArray seeds = qgetenv("SHAREWISE_FUZZ_WRITE_SEEDS");
    if (!seeds.isEmpty()) {
        writeSeeds(QString::fromLocal8Bit(seeds));
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    FileFormat format = FileFormat::Xlsx;
    QByteArray file;
    if (input.front() == '\x01') {
        file = partsPackage(input.sliced(1));
    } else if (input.front() == '\x02') {
        file = odsPackage(input.sliced(1));
        format = FileFormat::Ods;
    } else if (input.front() == '\x03') {
        file = input.sliced(1).toByteArray();
        format = FileFormat::Xls;
    } else {
        file = input.toByteArray();
        if (input.first(std::min<qsizetype>(input.size(), 128))
                .indexOf(QByteArrayView("opendocument.spreadsheet")) >= 0)
            format = FileFormat::Ods;
    }
    if (!writeFile(g_path, file))
        std::abort();
    readWorkbook(format);
    return 0;
}
