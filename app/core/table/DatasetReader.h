#pragma once

#include "table/TableReader.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace sharewise::table {

// Something about the header row the user should know.
struct HeaderNote
{
    enum class Kind
    {
        Empty,     // a column without a name: named "Column N"
        Duplicate, // a name used twice: the second is "Name (2)"
        Merged,    // a merged cell covers this column: named after the merged cell
    };
    Kind kind = Kind::Empty;
    int column = 0;   // 1-based
    QString original; // the header text as found
    QString name;     // the name given to the column
};

struct DatasetInfo
{
    SourceInfo source;
    qint64 headerLine = 0;       // source line (or sheet row) of the header
    bool headerDetected = false; // false when the user chose the header row
    qint64 rowsAboveHeader = 0;  // title and note rows above the header, skipped
    QStringList columns;         // unique, trimmed names
    QList<HeaderNote> headerNotes;
    int trailingEmptyColumns = 0; // columns with no name and no data at the right, dropped
};

struct DatasetCounts
{
    qint64 dataRows = 0;
    qint64 blankRows = 0;             // empty lines
    qint64 paddingRows = 0;           // rows of empty fields (",,,,")
    qint64 shortRows = 0;             // ragged: fewer fields than the header has columns
    qint64 longRows = 0;              // ragged: more non-empty fields than the header has columns
    QList<qint64> raggedLines;        // source lines of the first kMaxRaggedLines ragged rows
    std::optional<qint64> totalsLine; // a totals row at the end, left out of the data

    static constexpr int kMaxRaggedLines = 20;
    [[nodiscard]] qint64 raggedRows() const { return shortRows + longRows; }
    [[nodiscard]] qint64 skippedRows() const { return blankRows + paddingRows; }
};

// A table as data: finds the header row (below any title and note rows), names the
// columns, and yields only data rows. Blank and padding rows are skipped and counted;
// empty fields past the last column are dropped; a totals row at the very end is held
// back and reported. Ragged rows are passed on exactly as they are and counted, never
// padded or cut: deciding what to do with them is the caller's job.
class DatasetReader
{
public:
    static constexpr int kHeaderSearchRows = 50;

    static Result<std::unique_ptr<DatasetReader>> open(const QString& path,
                                                       const TableOptions& options = {});
    static Result<std::unique_ptr<DatasetReader>> fromReader(std::unique_ptr<TableReader> reader,
                                                             const TableOptions& options = {});

    [[nodiscard]] const DatasetInfo& info() const { return m_info; }
    [[nodiscard]] const DatasetCounts& counts() const { return m_counts; }

    // Appends up to maxRows data rows to `block`. Restarted means the source changed
    // its encoding and every row so far must be discarded (counts start again too).
    Result<ReadStep> read(RowBlock& block, qsizetype maxRows);

    // Starts again from the first data row.
    Status rewind();

    // The first raw rows of the source, header and rows above it included, so that a
    // screen can let the user confirm or choose the header row.
    [[nodiscard]] const RowBlock& firstRows() const { return m_head; }

    [[nodiscard]] qint64 progress() const { return m_reader->progress(); }
    [[nodiscard]] qint64 total() const { return m_reader->total(); }
    [[nodiscard]] TableReader& source() { return *m_reader; }

private:
    DatasetReader() = default;
    Status detect();
    void emitRow(const RowBlock& from, qsizetype row, RowBlock& to);
    void countRow(const RowBlock& from, qsizetype row, qsizetype last);
    bool keptAsRead(const RowBlock& rows, qsizetype row, qsizetype& last) const;

    std::unique_ptr<TableReader> m_reader;
    TableOptions m_options;
    DatasetInfo m_info;
    DatasetCounts m_counts;
    RowBlock m_head; // first raw rows, kept for firstRows()
    RowBlock m_raw;  // raw rows being worked through
    qsizetype m_rawIndex = 0;
    RowBlock m_held; // a possible totals row, held until we know it is not the last
    bool m_sourceDone = false;
};

// True when a row's first non-empty cell reads like the label of a totals row
// ("Total", "Grand total", "Totals:", "Cyfanswm").
bool looksLikeTotalsLabel(QByteArrayView text);

} // namespace sharewise::table
