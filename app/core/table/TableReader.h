#pragma once

#include "common/Error.h"
#include "table/RowBlock.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace sharewise::table {

enum class FileFormat
{
    Csv,
    Xlsx,
    Ods,
    Xls,
};

// How a CSV's bytes are turned into text. Workbooks are always Unicode.
enum class TextEncoding
{
    Auto, // only in TableOptions: decide from the file
    Utf8,
    Utf16LE,
    Utf16BE,
    Windows1252,
};

// What the user (or the command line) asked for; anything left at its default is
// detected from the file.
struct TableOptions
{
    TextEncoding encoding = TextEncoding::Auto;
    char delimiter = 0; // 0: detect among , ; tab |
    QString sheet;      // empty: the first visible sheet
    int headerRow = -1; // 1-based source row of the header; -1: detect
};

struct SheetInfo
{
    QString name;
    bool hidden = false;
};

// A merged range of cells in a workbook, 1-based and inclusive.
struct MergedRange
{
    qint64 firstRow = 0;
    int firstColumn = 0;
    qint64 lastRow = 0;
    int lastColumn = 0;
};

// What a reader decided about its source, for showing and overriding.
struct SourceInfo
{
    FileFormat format = FileFormat::Csv;
    qint64 fileSize = 0;

    // CSV only
    TextEncoding encoding = TextEncoding::Utf8;
    bool encodingDetected = false;
    bool hasByteOrderMark = false;
    QString encodingReason; // plain English: why this encoding ("no byte outside ASCII")
    char delimiter = ',';
    bool delimiterDetected = false;
    // A UTF-8 file with a few bytes that are not UTF-8 (text pasted from elsewhere):
    // each such byte is read as Windows-1252 and counted here.
    qint64 repairedBytes = 0;
    qint64 firstRepairedLine = 0;

    // Workbooks only
    QList<SheetInfo> sheets;
    QString sheet;             // the sheet being read
    QList<MergedRange> merged; // merged cells on that sheet
};

enum class ReadStep
{
    Rows,      // rows were appended (possibly fewer than asked)
    End,       // no more rows; nothing was appended
    Restarted, // the reader changed a decision (the encoding, when a later byte proved
               // the first guess wrong) and starts again from the first row: discard
               // every row seen so far; info() says what changed
};

// A source of raw rows: every row of the file or sheet in order, title and blank rows
// included (DatasetReader finds the header and skips what is not data). One reader is
// used from one thread at a time.
class TableReader
{
public:
    virtual ~TableReader() = default;

    [[nodiscard]] virtual const SourceInfo& info() const = 0;

    // Appends up to maxRows rows to `block` (it is not cleared). An error names the
    // file, row and column where it can.
    virtual Result<ReadStep> read(RowBlock& block, qsizetype maxRows) = 0;

    // Starts again from the first row (the user changed the header row, say).
    virtual Status rewind() = 0;

    // Progress through the source, in whatever unit suits it, against total().
    [[nodiscard]] virtual qint64 progress() const = 0;
    [[nodiscard]] virtual qint64 total() const = 0;
};

// Opens a file, choosing the reader from its content (not only its name): refuses an
// empty file, a web page saved as .csv, a binary file, a password-protected or
// corrupt workbook, each with a message that says what to do.
Result<std::unique_ptr<TableReader>> openTable(const QString& path,
                                               const TableOptions& options = {});

// Sheets of a workbook, in order, hidden ones marked. A CSV has none.
Result<QList<SheetInfo>> listSheets(const QString& path);

// Stable machine and display names.
QString formatName(FileFormat format);       // "csv", "xlsx", "ods", "xls"
QString encodingName(TextEncoding encoding); // "utf-8", "utf-16le", "utf-16be", "windows-1252"
std::optional<TextEncoding> encodingFromName(QStringView name);
QString delimiterName(char delimiter); // ",", ";", "tab", "|"
std::optional<char>
delimiterFromName(QStringView name); // also "comma", "semicolon", "pipe", "auto" (0)

} // namespace sharewise::table
