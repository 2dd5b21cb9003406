#pragma once

#include "table/TableReader.h"
#include "table/workbook/WorkbookSupport.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sharewise::table::workbook {

// Thrown inside an XML handler to stop the parser at once (a limit was passed, or the
// content is damaged); caught where the parser was started.
struct ParseStop
{
    Error error;
};

// A workbook's shared string table: one buffer and the end offset of each string.
struct SharedStrings
{
    std::string text;
    std::vector<quint32> ends;

    [[nodiscard]] size_t size() const { return ends.size(); }
    [[nodiscard]] std::string_view at(size_t i) const
    {
        const quint32 begin = i == 0 ? 0 : ends[i - 1];
        return std::string_view(text.data() + begin, ends[i] - begin);
    }
};

// One cell, 16 bytes: where it is, what kind, and a number, a slice of the sheet's own
// text, or an index into the shared strings.
struct StoredCell
{
    enum class Payload : quint8
    {
        Number, // v.number (Number, Boolean 0/1, or a Date/DateTime serial)
        Text,   // v.text: a slice of SheetData::text (inline strings, errors, ISO dates)
        Shared, // v.shared: an index into SheetData::shared
    };
    struct Slice
    {
        quint32 offset;
        quint32 length;
    };
    union Value {
        double number;
        Slice text;
        quint32 shared;
    };

    quint32 row = 0;    // 0-based
    quint16 column = 0; // 0-based
    CellKind kind = CellKind::Empty;
    Payload payload = Payload::Number;
    Value v{0.0};
};
static_assert(sizeof(StoredCell) == 16, "cells are kept compact");

// The cells of the one sheet being read (empty cells are not kept), the text they
// need, and what the reader reports about the sheet. Memory: 16 bytes per non-empty
// cell, plus the shared strings (their UTF-8 bytes + 4 bytes each) and the text of
// cells that are not shared strings.
class SheetData
{
public:
    SheetData(QString where, const WorkbookLimits& limits)
        : m_where(std::move(where))
        , m_limits(limits)
    {}

    SharedStrings shared;
    std::string text;
    bool date1904 = false;
    QList<MergedRange> merged;

    // Each throws ParseStop when a limit is passed.
    void addNumber(qint64 row, qint64 column, CellKind kind, double value);
    void addText(qint64 row, qint64 column, CellKind kind, std::string_view value);
    void addShared(qint64 row, qint64 column, quint32 index);
    void addMerged(const MergedRange& range);
    void checkPosition(qint64 row, qint64 column) const;
    void checkTextBytes(qint64 more) const;
    void checkCellCount(qint64 more) const; // before adding `more` cells at once

    // Sorts by row and column when cells came out of order (the last of a duplicate
    // wins), and frees spare capacity.
    void finish();

    [[nodiscard]] const std::vector<StoredCell>& cells() const { return m_cells; }
    [[nodiscard]] qint64 lastRow() const; // 1-based; 0 when empty
    [[nodiscard]] size_t memoryBytes() const;
    [[nodiscard]] const QString& where() const { return m_where; }
    void setWhere(const QString& where) { m_where = where; }

private:
    StoredCell& push(qint64 row, qint64 column, CellKind kind);

    QString m_where;
    WorkbookLimits m_limits;
    std::vector<StoredCell> m_cells;
    bool m_sorted = true;
};

// A TableReader over stored cells: every row from 1 to the last with a cell, blank
// rows included, except that a run of more than WorkbookLimits::maxBlankRun blank
// rows is skipped (the next row still carries its real number). A row's fields run
// from column A to its last non-empty cell.
class StoredSheetReader final : public TableReader
{
public:
    StoredSheetReader(SourceInfo info, std::shared_ptr<const SheetData> data);

    [[nodiscard]] const SourceInfo& info() const override { return m_info; }
    Result<ReadStep> read(RowBlock& block, qsizetype maxRows) override;
    Status rewind() override;
    [[nodiscard]] qint64 progress() const override { return m_row; }
    [[nodiscard]] qint64 total() const override { return m_lastRow; }

private:
    // The cell's text into block, or false when a limit on what is given is passed.
    bool appendCell(RowBlock& block, const StoredCell& cell, qint64& rowBytes);
    [[nodiscard]] Error givesTooMuch(qint64 row, bool wholeRow) const;

    SourceInfo m_info;
    std::shared_ptr<const SheetData> m_data;
    qint64 m_maxBlankRun = 0;
    qint64 m_maxRowBytes = 0;
    qint64 m_maxOutputBytes = 0;
    qint64 m_outputBytes = 0;
    qint64 m_lastRow = 0;
    size_t m_next = 0; // next cell
    qint64 m_row = 0;  // rows passed (the 1-based number of the last row given)
    std::string m_scratch;
};

} // namespace sharewise::table::workbook
