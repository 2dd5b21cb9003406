#include "table/DatasetReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <map>

namespace sharewise::table {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatasetReader)
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\xA0';
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && isSpace(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && isSpace(v.back()))
        v.chop(1);
    return v;
}

// A field counts as empty when it holds nothing but spaces.
bool isBlank(QByteArrayView v)
{
    for (char c : v)
        if (!isSpace(c))
            return false;
    return true;
}

// 1 + index of the last non-empty field, 0 when the row is empty.
qsizetype lastNonEmpty(const RowBlock& block, qsizetype row)
{
    for (qsizetype c = block.fieldCount(row); c > 0; --c)
        if (!isBlank(block.field(row, c - 1)))
            return c;
    return 0;
}

qsizetype nonEmptyCount(const RowBlock& block, qsizetype row)
{
    qsizetype n = 0;
    for (qsizetype c = 0; c < block.fieldCount(row); ++c)
        n += !isBlank(block.field(row, c));
    return n;
}

// Numbers, amounts and dates: what a header cell is not.
bool looksNumeric(const RowBlock& block, qsizetype row, qsizetype column)
{
    const CellKind kind = block.kind(row, column);
    if (kind == CellKind::Number || kind == CellKind::Date || kind == CellKind::DateTime ||
        kind == CellKind::Boolean)
        return true;
    const QByteArrayView v = trimmed(block.field(row, column));
    bool digit = false;
    for (char c : v) {
        if (c >= '0' && c <= '9')
            digit = true;
        else if (!(c == '.' || c == ',' || c == '-' || c == '/' || c == '(' || c == ')' ||
                   c == '%' || c == ' ' || c == ':' || c == '+'))
            return v.startsWith("\xC2\xA3") && digit; // "£1,234" starts with a pound sign
    }
    return digit;
}

QString columnName(int column)
{
    // Stable and language-independent: saved profiles refer to columns by name.
    return QStringLiteral("Column %1").arg(column);
}

} // namespace

bool looksLikeTotalsLabel(QByteArrayView text)
{
    // Every label starts with t, g, s or c and is at least three letters: most first
    // cells are told apart here, without a lower-case copy (this runs on every row).
    const QByteArrayView t = trimmed(text);
    if (t.size() < 3)
        return false;
    switch (t.front()) {
    case 't':
    case 'T':
    case 'g':
    case 'G':
    case 's':
    case 'S':
    case 'c':
    case 'C':
        break;
    default:
        return false;
    }
    QByteArray v = t.toByteArray().toLower();
    while (!v.isEmpty() && (v.endsWith(':') || v.endsWith('.')))
        v.chop(1);
    for (const char* label : {"total", "totals", "grand total", "grand totals", "sum", "cyfanswm",
                              "cyfansymiau", "cyfanswm terfynol"}) {
        if (v == label)
            return true;
    }
    return v.startsWith("total ") || v.startsWith("totals ") || v.startsWith("grand total ") ||
           v.startsWith("cyfanswm ");
}

Result<std::unique_ptr<DatasetReader>> DatasetReader::open(const QString& path,
                                                           const TableOptions& options)
{
    auto reader = openTable(path, options);
    if (!reader)
        return reader.error();
    return fromReader(std::move(reader).value(), options);
}

Result<std::unique_ptr<DatasetReader>>
DatasetReader::fromReader(std::unique_ptr<TableReader> reader, const TableOptions& options)
{
    std::unique_ptr<DatasetReader> dataset(new DatasetReader);
    dataset->m_reader = std::move(reader);
    dataset->m_options = options;
    if (Status s = dataset->detect(); !s)
        return s.error();
    return dataset;
}

Status DatasetReader::detect()
{
    // Read the first rows; an encoding switch while doing so just means reading again.
    for (int attempt = 0;; ++attempt) {
        m_head.clear();
        auto step = m_reader->read(m_head, kHeaderSearchRows);
        if (!step)
            return step.error();
        if (step.value() != ReadStep::Restarted)
            break;
        if (attempt > 2)
            return makeError(ErrorKind::Failure,
                             Tr::tr("The file keeps changing while it is read."));
    }
    m_info = DatasetInfo{};
    m_info.source = m_reader->info();
    m_counts = DatasetCounts{};

    const qsizetype rows = m_head.rowCount();
    std::vector<qsizetype> last(static_cast<size_t>(rows));
    std::vector<qsizetype> filled(static_cast<size_t>(rows));
    for (qsizetype r = 0; r < rows; ++r) {
        last[size_t(r)] = lastNonEmpty(m_head, r);
        filled[size_t(r)] = nonEmptyCount(m_head, r);
    }
    if (std::all_of(last.begin(), last.end(), [](qsizetype n) { return n == 0; })) {
        return makeError(
            ErrorKind::BadInput,
            Tr::tr("The file holds no data: its first rows are all empty. Check "
                   "that you chose the right file%1.")
                .arg(m_info.source.sheet.isEmpty() ? QString() : Tr::tr(" and the right sheet")));
    }

    // The typical width: the most common last filled column among rows with two or more.
    std::map<qsizetype, int> widths;
    for (qsizetype r = 0; r < rows; ++r)
        if (filled[size_t(r)] >= 2)
            widths[last[size_t(r)]]++;
    qsizetype width = 1;
    int widthVotes = 0;
    for (auto [w, votes] : widths) {
        if (votes >= widthVotes) {
            width = w;
            widthVotes = votes;
        }
    }

    qsizetype header = -1;
    if (m_options.headerRow > 0) {
        for (qsizetype r = 0; r < rows; ++r)
            if (m_head.sourceLine(r) == m_options.headerRow)
                header = r;
        if (header < 0 || last[size_t(header)] == 0) {
            return makeError(ErrorKind::Usage,
                             Tr::tr("Row %1 cannot be the header: it is empty or not among the "
                                    "first %2 rows. Choose one of the first rows that holds the "
                                    "column names.")
                                 .arg(m_options.headerRow)
                                 .arg(kHeaderSearchRows));
        }
        m_info.headerDetected = false;
    } else {
        // The first row that fills at least half the typical width with text, not
        // numbers or dates.
        // Failing that (data rows much wider than their header), the first row of two
        // or more cells that are mostly text.
        auto mostlyText = [&](qsizetype r) {
            qsizetype numeric = 0;
            for (qsizetype c = 0; c < m_head.fieldCount(r); ++c)
                numeric += !isBlank(m_head.field(r, c)) && looksNumeric(m_head, r, c);
            return numeric * 10 <= filled[size_t(r)] * 3;
        };
        const qsizetype need = std::max<qsizetype>(1, (width + 1) / 2);
        for (qsizetype r = 0; r < rows && header < 0; ++r)
            if (filled[size_t(r)] >= need && mostlyText(r))
                header = r;
        for (qsizetype r = 0; r < rows && header < 0; ++r)
            if (filled[size_t(r)] >= std::min<qsizetype>(2, need) && mostlyText(r))
                header = r;
        if (header < 0) // no row looks like names: take the first non-empty one
            for (qsizetype r = 0; r < rows && header < 0; ++r)
                if (last[size_t(r)] > 0)
                    header = r;
        m_info.headerDetected = true;
    }

    m_info.headerLine = m_head.sourceLine(header);
    for (qsizetype r = 0; r < header; ++r)
        m_info.rowsAboveHeader += last[size_t(r)] > 0;

    // Columns: as far as the header names them, or as far as the data rows below it
    // usually go.
    std::map<qsizetype, int> dataWidths;
    for (qsizetype r = header + 1; r < rows; ++r)
        if (last[size_t(r)] > 0)
            dataWidths[last[size_t(r)]]++;
    qsizetype dataWidth = 0;
    int dataVotes = 0;
    for (auto [w, votes] : dataWidths) {
        if (votes >= dataVotes) {
            dataWidth = w;
            dataVotes = votes;
        }
    }
    const qsizetype columns = std::max(last[size_t(header)], dataWidth);
    m_info.trailingEmptyColumns = int(std::max<qsizetype>(0, m_head.fieldCount(header) - columns));

    QHash<QString, int> seen;
    for (qsizetype c = 0; c < columns; ++c) {
        const QString original = QString::fromUtf8(m_head.fieldOrEmpty(header, c)).simplified();
        QString name = original;
        HeaderNote::Kind kind = HeaderNote::Kind::Empty;
        bool noted = false;
        if (name.isEmpty()) {
            // Covered by a merged cell that has a name?
            for (const MergedRange& m : m_info.source.merged) {
                if (m.firstRow <= m_info.headerLine && m_info.headerLine <= m.lastRow &&
                    m.firstColumn <= c + 1 && c + 1 <= m.lastColumn && m.firstColumn < c + 1) {
                    const QString owner =
                        QString::fromUtf8(m_head.fieldOrEmpty(header, m.firstColumn - 1))
                            .simplified();
                    if (!owner.isEmpty()) {
                        name = owner;
                        kind = HeaderNote::Kind::Merged;
                    }
                }
            }
            if (name.isEmpty())
                name = columnName(int(c + 1));
            noted = true;
        }
        const QString key = name.toCaseFolded();
        if (seen.contains(key)) {
            int n = seen.value(key) + 1;
            QString candidate;
            do {
                candidate = QStringLiteral("%1 (%2)").arg(name).arg(n++);
            } while (seen.contains(candidate.toCaseFolded()));
            seen[key] = n - 1;
            name = candidate;
            if (kind != HeaderNote::Kind::Merged)
                kind = original.isEmpty() ? HeaderNote::Kind::Empty : HeaderNote::Kind::Duplicate;
            noted = true;
        }
        seen.insert(name.toCaseFolded(), 1);
        m_info.columns.append(name);
        if (noted)
            m_info.headerNotes.append(HeaderNote{kind, int(c + 1), original, name});
    }

    // Data starts after the header, with the rows already read.
    m_raw.clear();
    for (qsizetype r = header + 1; r < rows; ++r) {
        m_raw.beginRow(m_head.sourceLine(r));
        for (qsizetype c = 0; c < m_head.fieldCount(r); ++c)
            m_raw.addField(m_head.field(r, c), m_head.kind(r, c));
    }
    m_rawIndex = 0;
    m_held.clear();
    m_sourceDone = false;
    return {};
}

Status DatasetReader::rewind()
{
    if (Status s = m_reader->rewind(); !s)
        return s;
    return detect();
}

// Counts a data row: every row, and ragged ones with their lines.
void DatasetReader::countRow(const RowBlock& from, qsizetype row, qsizetype last)
{
    const qsizetype columns = m_info.columns.size();
    const qsizetype fields = from.fieldCount(row);
    const bool isCsv = m_info.source.format == FileFormat::Csv;
    const bool isShort = isCsv && fields < columns;
    const bool isLong = last > columns;
    if (isShort || isLong) {
        (isLong ? m_counts.longRows : m_counts.shortRows)++;
        if (m_counts.raggedLines.size() < DatasetCounts::kMaxRaggedLines)
            m_counts.raggedLines.append(from.sourceLine(row));
    }
    ++m_counts.dataRows;
}

void DatasetReader::emitRow(const RowBlock& from, qsizetype row, RowBlock& to)
{
    const qsizetype columns = m_info.columns.size();
    const qsizetype fields = from.fieldCount(row);
    const qsizetype last = lastNonEmpty(from, row);
    countRow(from, row, last);
    // Empty fields past the last column are dropped; everything else is kept as is.
    const qsizetype keep = std::min(fields, std::max(columns, last));
    to.appendRow(from, row, keep);
}

// Whether a row just read goes out exactly as it is: not blank or padding, not a
// possible totals row, no empty fields past the last column to drop. `last` is set to
// 1 + its last non-empty field.
bool DatasetReader::keptAsRead(const RowBlock& rows, qsizetype row, qsizetype& last) const
{
    last = lastNonEmpty(rows, row);
    if (last == 0)
        return false;
    const qsizetype fields = rows.fieldCount(row);
    if (std::min(fields, std::max(m_info.columns.size(), last)) != fields)
        return false;
    qsizetype first = 0;
    while (first < fields && isBlank(rows.field(row, first)))
        ++first;
    return !looksLikeTotalsLabel(rows.field(row, first));
}

Result<ReadStep> DatasetReader::read(RowBlock& block, qsizetype maxRows)
{
    qsizetype produced = 0;
    while (produced < maxRows) {
        if (m_rawIndex >= m_raw.rowCount()) {
            if (m_sourceDone)
                break;
            m_raw.clear();
            m_rawIndex = 0;
            const qsizetype wanted = maxRows - produced;
            if (m_held.isEmpty() && wanted >= 256) {
                // The usual way: the source appends its rows to `block` itself, and rows
                // that go out as they are stay where they are (no copy). From the first
                // row that needs more (skipped, held, trimmed), the rest are moved to
                // m_raw and go the long way below.
                const qsizetype before = block.rowCount();
                auto step = m_reader->read(block, wanted);
                if (!step || step.value() != ReadStep::Rows)
                    block.truncateRows(before); // rows of a failed or void read never count
                if (!step)
                    return step.error();
                if (step.value() == ReadStep::Restarted) {
                    if (Status s = detect(); !s)
                        return s.error();
                    return ReadStep::Restarted;
                }
                if (step.value() == ReadStep::End) {
                    m_sourceDone = true;
                    m_info.source = m_reader->info(); // what was learnt on the way (repairs)
                    break;
                }
                const qsizetype read = block.rowCount();
                qsizetype r = before;
                qsizetype last = 0;
                for (; r < read && keptAsRead(block, r, last); ++r)
                    countRow(block, r, last);
                produced += r - before;
                if (r < read) {
                    for (qsizetype k = r; k < read; ++k)
                        m_raw.appendRow(block, k, block.fieldCount(k));
                    block.truncateRows(r);
                }
                continue;
            }
            auto step = m_reader->read(m_raw, std::max<qsizetype>(wanted, 256));
            if (!step)
                return step.error();
            if (step.value() == ReadStep::Restarted) {
                if (Status s = detect(); !s)
                    return s.error();
                return ReadStep::Restarted;
            }
            if (step.value() == ReadStep::End) {
                m_sourceDone = true;
                m_info.source = m_reader->info(); // what was learnt on the way (repairs)
                break;
            }
            continue;
        }
        const qsizetype r = m_rawIndex++;
        const qsizetype last = lastNonEmpty(m_raw, r);
        if (last == 0) {
            (m_raw.fieldCount(r) <= 1 ? m_counts.blankRows : m_counts.paddingRows)++;
            continue;
        }
        // Release a held totals-like row: more data follows it.
        if (!m_held.isEmpty()) {
            emitRow(m_held, 0, block);
            m_held.clear();
            ++produced;
        }
        qsizetype first = 0;
        while (first < m_raw.fieldCount(r) && isBlank(m_raw.field(r, first)))
            ++first;
        if (looksLikeTotalsLabel(m_raw.field(r, first))) {
            m_held.beginRow(m_raw.sourceLine(r));
            for (qsizetype c = 0; c < m_raw.fieldCount(r); ++c)
                m_held.addField(m_raw.field(r, c), m_raw.kind(r, c));
            continue;
        }
        emitRow(m_raw, r, block);
        ++produced;
    }
    if (produced == 0 && m_sourceDone) {
        if (!m_held.isEmpty()) {
            m_counts.totalsLine = m_held.sourceLine(0);
            m_held.clear();
        }
        return ReadStep::End;
    }
    return ReadStep::Rows;
}

} // namespace sharewise::table
