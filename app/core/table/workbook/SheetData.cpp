#include "table/workbook/SheetData.h"

#include <QCoreApplication>

#include <algorithm>

namespace sharewise::table::workbook {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookReader)
};

constexpr qsizetype kBlockTextBytes = qsizetype(16) << 20;

} // namespace

void SheetData::checkPosition(qint64 row, qint64 column) const
{
    if (row < 0 || row >= m_limits.maxRows)
        throw ParseStop{
            tooLarge(m_where, Tr::tr("the sheet goes past row %L1").arg(m_limits.maxRows))};
    if (column < 0 || column >= m_limits.maxColumns) {
        throw ParseStop{tooLarge(m_where, Tr::tr("the sheet goes past column %1 (column %L2)")
                                              .arg(cellName(1, m_limits.maxColumns).chopped(1))
                                              .arg(m_limits.maxColumns))};
    }
}

void SheetData::checkTextBytes(qint64 more) const
{
    if (qint64(text.size()) + qint64(shared.text.size()) + more > m_limits.maxTextBytes) {
        throw ParseStop{tooLarge(
            m_where, Tr::tr("its text takes more than %1 MB").arg(m_limits.maxTextBytes >> 20))};
    }
}

void SheetData::checkCellCount(qint64 more) const
{
    if (more > m_limits.maxCells - qint64(m_cells.size())) {
        throw ParseStop{
            tooLarge(m_where, Tr::tr("the sheet has more than %L1 cells with something in them")
                                  .arg(m_limits.maxCells))};
    }
}

StoredCell& SheetData::push(qint64 row, qint64 column, CellKind kind)
{
    checkPosition(row, column);
    checkCellCount(1);
    StoredCell cell;
    cell.row = quint32(row);
    cell.column = quint16(column);
    cell.kind = kind;
    if (!m_cells.empty()) {
        const StoredCell& last = m_cells.back();
        if (last.row > cell.row || (last.row == cell.row && last.column >= cell.column))
            m_sorted = false;
    }
    m_cells.push_back(cell);
    return m_cells.back();
}

void SheetData::addNumber(qint64 row, qint64 column, CellKind kind, double value)
{
    StoredCell& cell = push(row, column, kind);
    cell.payload = StoredCell::Payload::Number;
    cell.v.number = value;
}

void SheetData::addText(qint64 row, qint64 column, CellKind kind, std::string_view value)
{
    if (value.empty())
        return; // an empty string is an empty cell
    checkTextBytes(qint64(value.size()));
    StoredCell& cell = push(row, column, kind);
    cell.payload = StoredCell::Payload::Text;
    cell.v.text = StoredCell::Slice{quint32(text.size()), quint32(value.size())};
    text.append(value);
}

void SheetData::addShared(qint64 row, qint64 column, quint32 index)
{
    if (index < shared.size() && shared.at(index).empty())
        return;
    StoredCell& cell = push(row, column, CellKind::Text);
    cell.payload = StoredCell::Payload::Shared;
    cell.v.shared = index;
}

void SheetData::addMerged(const MergedRange& range)
{
    if (merged.size() < m_limits.maxMerged)
        merged.append(range);
}

void SheetData::finish()
{
    if (!m_sorted) {
        std::stable_sort(m_cells.begin(), m_cells.end(),
                         [](const StoredCell& a, const StoredCell& b) {
                             return a.row != b.row ? a.row < b.row : a.column < b.column;
                         });
        // Of cells at the same place, keep the last given.
        std::vector<StoredCell> unique;
        unique.reserve(m_cells.size());
        for (const StoredCell& c : m_cells) {
            if (!unique.empty() && unique.back().row == c.row && unique.back().column == c.column)
                unique.back() = c;
            else
                unique.push_back(c);
        }
        m_cells.swap(unique);
        m_sorted = true;
    }
    m_cells.shrink_to_fit();
    text.shrink_to_fit();
    shared.text.shrink_to_fit();
    shared.ends.shrink_to_fit();
}

qint64 SheetData::lastRow() const
{
    return m_cells.empty() ? 0 : qint64(m_cells.back().row) + 1;
}

size_t SheetData::memoryBytes() const
{
    return m_cells.capacity() * sizeof(StoredCell) + text.capacity() + shared.text.capacity() +
           shared.ends.capacity() * sizeof(quint32);
}

StoredSheetReader::StoredSheetReader(SourceInfo info, std::shared_ptr<const SheetData> data)
    : m_info(std::move(info))
    , m_data(std::move(data))
    , m_maxBlankRun(workbookLimits().maxBlankRun)
    , m_maxRowBytes(workbookLimits().maxRowBytes)
    , m_maxOutputBytes(workbookLimits().maxOutputBytes)
    , m_lastRow(m_data->lastRow())
{}

Status StoredSheetReader::rewind()
{
    m_next = 0;
    m_row = 0;
    m_outputBytes = 0;
    return {};
}

Error StoredSheetReader::givesTooMuch(qint64 row, bool wholeRow) const
{
    return tooLarge(m_data->where() + QStringLiteral(", ") + Tr::tr("row %1").arg(row),
                    Tr::tr("its cells repeat so much text that reading it would give more "
                           "than %1 MB")
                        .arg((wholeRow ? m_maxRowBytes : m_maxOutputBytes) >> 20));
}

bool StoredSheetReader::appendCell(RowBlock& block, const StoredCell& cell, qint64& rowBytes)
{
    const SheetData& d = *m_data;
    QByteArrayView text;
    CellKind kind = cell.kind;
    QByteArray iso;
    switch (cell.payload) {
    case StoredCell::Payload::Shared: {
        const std::string_view s =
            cell.v.shared < d.shared.size() ? d.shared.at(cell.v.shared) : std::string_view();
        text = QByteArrayView(s.data(), qsizetype(s.size()));
        kind = CellKind::Text;
        break;
    }
    case StoredCell::Payload::Text:
        text = QByteArrayView(d.text.data() + cell.v.text.offset, cell.v.text.length);
        break;
    case StoredCell::Payload::Number:
        if (cell.kind == CellKind::Boolean) {
            text = cell.v.number != 0 ? QByteArrayView("TRUE") : QByteArrayView("FALSE");
            break;
        }
        if (cell.kind == CellKind::Date || cell.kind == CellKind::DateTime) {
            const auto out =
                serialToIso(cell.v.number, d.date1904,
                            cell.kind == CellKind::Date ? DateStyle::Date : DateStyle::DateTime);
            if (out) {
                iso = *out;
                text = iso;
                break;
            }
        }
        // A number, or a serial that is no real date: the number it is.
        m_scratch.clear();
        appendNumber(m_scratch, cell.v.number);
        text = QByteArrayView(m_scratch.data(), qsizetype(m_scratch.size()));
        kind = CellKind::Number;
        break;
    }
    rowBytes += text.size();
    m_outputBytes += text.size();
    if (rowBytes > m_maxRowBytes || m_outputBytes > m_maxOutputBytes)
        return false;
    block.addField(text, kind);
    return true;
}

Result<ReadStep> StoredSheetReader::read(RowBlock& block, qsizetype maxRows)
{
    const std::vector<StoredCell>& cells = m_data->cells();
    maxRows = std::max<qsizetype>(maxRows, 1); // asked for none: one, rather than a false End
    qsizetype given = 0;
    while (given < maxRows && m_next < cells.size()) {
        if (given > 0 && block.textBytes() >= kBlockTextBytes)
            break;
        const qint64 contentRow = qint64(cells[m_next].row) + 1;
        if (m_row + 1 < contentRow) {
            if (contentRow - 1 - m_row > m_maxBlankRun) {
                m_row = contentRow - 1; // a long empty stretch: skipped
                continue;
            }
            block.beginRow(++m_row); // a blank row
            ++given;
            continue;
        }
        block.beginRow(contentRow);
        int column = 0;
        qint64 rowBytes = 0;
        while (m_next < cells.size() && qint64(cells[m_next].row) + 1 == contentRow) {
            const StoredCell& cell = cells[m_next++];
            for (; column < cell.column; ++column)
                block.addField(QByteArrayView(), CellKind::Empty);
            if (!appendCell(block, cell, rowBytes)) {
                block.dropLastRow();
                m_next = cells.size(); // nothing more is given
                return givesTooMuch(contentRow, rowBytes > m_maxRowBytes);
            }
            ++column;
        }
        m_row = contentRow;
        ++given;
    }
    return given == 0 ? ReadStep::End : ReadStep::Rows;
}

} // namespace sharewise::table::workbook
