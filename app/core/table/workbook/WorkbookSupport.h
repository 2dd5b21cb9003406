#pragma once

// Shared by the workbook readers (internal to app/core/table/workbook): limits, the
// plain-English errors, and the canonical text of numbers and dates.

#include "common/Error.h"
#include "table/RowBlock.h"
#include "table/TableReader.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string>

namespace sharewise::table::workbook {

// Caps that keep a hostile or absurd workbook (a decompression bomb, a cell in the
// last column of the last row, a million repeated rows) from exhausting memory or
// time. Each is checked before the work it bounds; going past one is a BadInput error
// that says what to do.
struct WorkbookLimits
{
    qint64 maxPartBytes = qint64(1) << 30; // one XML part once decompressed (1 GiB)
    qint64 maxCells = 25'000'000;          // non-empty cells kept for one sheet
    qint64 maxTextBytes = qint64(1) << 30; // shared strings + the sheet's own text
    int maxColumns = 16384;                // Excel's last column, XFD
    qint64 maxRows = 16'777'216;           // rows of a sheet (LibreOffice's largest)
    qint64 maxBlankRun = 1000;             // longest run of blank rows yielded as rows
    int maxMerged = 100'000;               // merged ranges reported for one sheet
    qint64 maxZipEntries = 100'000;        // files listed inside an .xlsx or .ods
    // What reading gives out: one row's text, and all rows' text together. Cells can
    // repeat one long shared string, so a small file could otherwise give terabytes.
    qint64 maxRowBytes = qint64(256) << 20;
    qint64 maxOutputBytes = qint64(16) << 30;
};

// The limits in force (tests lower them through ScopedWorkbookLimits).
const WorkbookLimits& workbookLimits();

class ScopedWorkbookLimits
{
public:
    explicit ScopedWorkbookLimits(const WorkbookLimits& limits);
    ~ScopedWorkbookLimits();
    ScopedWorkbookLimits(const ScopedWorkbookLimits&) = delete;
    ScopedWorkbookLimits& operator=(const ScopedWorkbookLimits&) = delete;

private:
    WorkbookLimits m_saved;
};

// The name shown in `where`: the file's name, and the sheet and cell when known.
QString whereFile(const QString& path);
QString whereSheet(const QString& path, const QString& sheet);
QString cellName(qint64 row, int column); // 1-based → "B7"

// Errors every reader gives the same way.
Error cannotOpen(const QString& path, const QString& reason);
Error damagedWorkbook(const QString& path, FileFormat format, const QString& detail = {});
Error passwordProtected(const QString& path);
Error noSheets(const QString& path);
Error sheetNotFound(const QString& path, const QString& wanted, const QList<SheetInfo>& sheets);
Error tooLarge(const QString& where, const QString& what);

// The sheet to read: the one named in options (error when missing), else the first
// visible one, else the first. `sheets` must not be empty.
Result<int> chooseSheet(const QString& path, const QList<SheetInfo>& sheets, const QString& wanted);

// "Is this an OLE compound file holding an encrypted Office package?" Reads the file's
// directory entries looking for the EncryptionInfo / EncryptedPackage streams.
bool isCompoundFile(const QByteArray& head);
bool isEncryptedOfficePackage(const QString& path);

// --- canonical cell text ----------------------------------------------------------

// Shortest round-trip decimal ("1234.5", "-0.25", "1e+20"); plain digits (never an
// exponent) from 1e-5 up to 1e15, so 1000000 is "1000000"; "-0" becomes "0".
void appendNumber(std::string& out, double value);
QByteArray numberText(double value);

enum class DateStyle : quint8
{
    None,     // not a date format
    Date,     // shows a date only
    DateTime, // shows a time (with or without a date)
};

// The style of an Excel number format: built-in ids 14–22 and 45–47, or a custom code
// with date or time letters outside quotes, brackets and escapes.
DateStyle builtinDateStyle(int numFmtId);
DateStyle formatCodeDateStyle(std::string_view code);

// An Excel serial day number as ISO text in the 1900 (with its leap-year bug) or 1904
// system; nullopt when the serial is no real date (negative, 29 Feb 1900, past 9999).
std::optional<QByteArray> serialToIso(double serial, bool date1904, DateStyle style);

// "2024-03-01" → Date, "2024-03-01T13:45:10…" (or with a space) → DateTime
// "2024-03-01T13:45:10"; false for anything else.
bool isoDateTime(std::string_view text, QByteArray& iso, CellKind& kind);

Error outOfMemory(const QString& where);

// Excel's "_xHHHH_" escapes in strings (a carriage return is "_x000D_") undone in place.
void unescapeOoxml(std::string& text);

} // namespace sharewise::table::workbook
