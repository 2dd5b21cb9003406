#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>
#include <vector>

namespace sharewise::table {

// A growable byte buffer for the hot loops of reading and writing tables: appending a
// short field is a bounds check and a memcpy (QByteArray::append goes through insert()
// and resize() out of line, with aliasing and sharing checks, on every call; tens of
// millions of fields make that a large share of the work). Not null-terminated.
class ByteBuffer
{
public:
    ByteBuffer() = default;
    ~ByteBuffer() { std::free(m_data); }
    ByteBuffer(const ByteBuffer& other) { append(other.m_data, other.m_size); }
    ByteBuffer& operator=(const ByteBuffer& other)
    {
        if (this != &other) {
            m_size = 0;
            append(other.m_data, other.m_size);
        }
        return *this;
    }
    ByteBuffer(ByteBuffer&& other) noexcept
        : m_data(std::exchange(other.m_data, nullptr))
        , m_size(std::exchange(other.m_size, 0))
        , m_capacity(std::exchange(other.m_capacity, 0))
    {}
    ByteBuffer& operator=(ByteBuffer&& other) noexcept
    {
        std::swap(m_data, other.m_data);
        std::swap(m_size, other.m_size);
        std::swap(m_capacity, other.m_capacity);
        return *this;
    }

    [[nodiscard]] qsizetype size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    [[nodiscard]] const char* constData() const { return m_data; }
    [[nodiscard]] char* data() { return m_data; }
    [[nodiscard]] QByteArrayView view() const { return {m_data, m_size}; }
    void clear() { m_size = 0; } // keeps the capacity
    void resize(qsizetype size)
    {
        reserve(size);
        m_size = size;
    }
    void reserve(qsizetype capacity)
    {
        if (capacity > m_capacity)
            grow(capacity);
    }
    Q_ALWAYS_INLINE void append(const char* bytes, qsizetype size)
    {
        if (Q_UNLIKELY(m_size + size > m_capacity))
            grow(m_size + size);
        copyBytes(m_data + m_size, bytes, size);
        m_size += size;
    }
    Q_ALWAYS_INLINE void append(QByteArrayView bytes) { append(bytes.data(), bytes.size()); }
    void append(char c)
    {
        if (Q_UNLIKELY(m_size + 1 > m_capacity))
            grow(m_size + 1);
        m_data[m_size++] = c;
    }

    // memcpy for the short pieces that make up nearly all of a table (fields of a
    // few to a few dozen bytes): fixed-size moves that may overlap, inlined, instead of
    // a call into the C library's copy for every field. For writers that reserve room
    // for a whole row and then fill data() directly.
    static void copyBytes(char* to, const char* from, qsizetype n)
    {
        if (n > 16) {
            std::memcpy(to, from, size_t(n));
        } else if (n >= 8) {
            std::memcpy(to, from, 8);
            std::memcpy(to + n - 8, from + n - 8, 8);
        } else if (n >= 4) {
            std::memcpy(to, from, 4);
            std::memcpy(to + n - 4, from + n - 4, 4);
        } else if (n > 0) {
            to[0] = from[0];
            to[n / 2] = from[n / 2];
            to[n - 1] = from[n - 1];
        }
    }

private:
    Q_NEVER_INLINE void grow(qsizetype atLeast)
    {
        const qsizetype capacity = std::max<qsizetype>({atLeast, 2 * m_capacity, 256});
        char* grown = static_cast<char*>(std::realloc(m_data, size_t(capacity)));
        if (!grown)
            throw std::bad_alloc();
        m_data = grown;
        m_capacity = capacity;
    }

    char* m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};

// What a cell held in its source. A CSV only ever gives Text (or Empty); a workbook
// says what the spreadsheet stored, so a date typed into Excel need not be guessed.
enum class CellKind : quint8
{
    Text,
    Empty,
    Number,   // text is the shortest round-trip decimal ("1234.5", "-0.25", "1e+20")
    Boolean,  // text is "TRUE" or "FALSE"
    Date,     // text is ISO 8601 "yyyy-MM-dd" (from a serial number and a date style)
    DateTime, // text is ISO 8601 "yyyy-MM-ddTHH:mm:ss"
    Error,    // text is the spreadsheet's error ("#REF!", "#DIV/0!", ...)
};

// A block of rows read from a table, held in one flat buffer so that reading millions
// of rows allocates nothing per field. Every field is UTF-8 text with quoting already
// undone; `field()` returns a view that lives as long as the block is not changed.
// Blocks are reused: clear() keeps the capacity.
class RowBlock
{
public:
    void clear()
    {
        m_text.clear();
        m_fieldEnd.clear();
        m_rowFirstField.clear();
        m_rowLine.clear();
        m_kinds.clear();
        m_hasKinds = false;
    }

    [[nodiscard]] qsizetype rowCount() const { return qsizetype(m_rowLine.size()); }
    [[nodiscard]] bool isEmpty() const { return m_rowLine.empty(); }

    [[nodiscard]] qsizetype fieldCount(qsizetype row) const
    {
        const auto end = size_t(row) + 1 < m_rowFirstField.size() ? m_rowFirstField[size_t(row) + 1]
                                                                  : quint32(m_fieldEnd.size());
        return qsizetype(end - m_rowFirstField[size_t(row)]);
    }

    [[nodiscard]] QByteArrayView field(qsizetype row, qsizetype column) const
    {
        const size_t index = m_rowFirstField[size_t(row)] + size_t(column);
        const quint32 begin = index == 0 ? 0 : m_fieldEnd[index - 1];
        return QByteArrayView(m_text.constData() + begin, qsizetype(m_fieldEnd[index] - begin));
    }

    // The field, or an empty view when the row is shorter.
    [[nodiscard]] QByteArrayView fieldOrEmpty(qsizetype row, qsizetype column) const
    {
        return column < fieldCount(row) ? field(row, column) : QByteArrayView();
    }

    [[nodiscard]] CellKind kind(qsizetype row, qsizetype column) const
    {
        if (m_hasKinds)
            return m_kinds[m_rowFirstField[size_t(row)] + size_t(column)];
        return field(row, column).isEmpty() ? CellKind::Empty : CellKind::Text;
    }

    // Where the row starts in the source, 1-based: the physical line of a CSV (a
    // quoted field may span several), the row number shown by a spreadsheet.
    [[nodiscard]] qint64 sourceLine(qsizetype row) const { return m_rowLine[size_t(row)]; }

    // Total bytes of field text held; readers use it to bound a block's size.
    [[nodiscard]] qsizetype textBytes() const { return m_text.size(); }

    // --- for readers ---------------------------------------------------------------
    void beginRow(qint64 sourceLine)
    {
        m_rowFirstField.push_back(quint32(m_fieldEnd.size()));
        m_rowLine.push_back(sourceLine);
    }
    void addField(QByteArrayView text)
    {
        m_text.append(text);
        m_fieldEnd.push_back(quint32(m_text.size()));
        if (m_hasKinds)
            m_kinds.push_back(text.isEmpty() ? CellKind::Empty : CellKind::Text);
    }
    void addField(QByteArrayView text, CellKind kind)
    {
        if (!m_hasKinds && kind != CellKind::Text && kind != CellKind::Empty)
            enableKinds();
        m_text.append(text);
        m_fieldEnd.push_back(quint32(m_text.size()));
        if (m_hasKinds)
            m_kinds.push_back(text.isEmpty() && kind == CellKind::Text ? CellKind::Empty : kind);
    }
    // Field text written piecewise (a CSV reader undoing doubled quotes): append the
    // pieces to text(), then call endField().
    ByteBuffer& text() { return m_text; }
    // Inlined: a CSV reader ends a hundred million fields a gigabyte.
    Q_ALWAYS_INLINE void endField()
    {
        m_fieldEnd.push_back(quint32(m_text.size()));
        if (m_hasKinds)
            m_kinds.push_back(CellKind::Text);
    }
    // Appends the first `count` fields of another block's row (count <= its fields),
    // with their kinds, in one copy of the text.
    void appendRow(const RowBlock& from, qsizetype row, qsizetype count)
    {
        const size_t first = from.m_rowFirstField[size_t(row)];
        const quint32 textBegin = first == 0 ? 0 : from.m_fieldEnd[first - 1];
        const quint32 textEnd = count == 0 ? textBegin : from.m_fieldEnd[first + size_t(count) - 1];
        beginRow(from.sourceLine(row));
        if (from.m_hasKinds && !m_hasKinds)
            enableKinds();
        const quint32 base = quint32(m_text.size());
        m_text.append(from.m_text.constData() + textBegin, qsizetype(textEnd - textBegin));
        for (size_t i = 0; i < size_t(count); ++i)
            m_fieldEnd.push_back(from.m_fieldEnd[first + i] - textBegin + base);
        if (m_hasKinds) {
            for (size_t i = 0; i < size_t(count); ++i)
                m_kinds.push_back(from.kind(row, qsizetype(i)));
        }
    }

    // Keeps the first `rows` rows and drops the rest (with any row begun after them).
    void truncateRows(qsizetype rows)
    {
        if (rows >= rowCount())
            return;
        const quint32 first = m_rowFirstField[size_t(rows)];
        m_text.resize(first == 0 ? 0 : qsizetype(m_fieldEnd[first - 1]));
        m_fieldEnd.resize(first);
        if (m_hasKinds)
            m_kinds.resize(first);
        m_rowFirstField.resize(size_t(rows));
        m_rowLine.resize(size_t(rows));
    }

    // Drops the last row (a reader that finds a row was padding, say).
    void dropLastRow()
    {
        if (m_rowLine.empty())
            return;
        const quint32 first = m_rowFirstField.back();
        m_text.resize(first == 0 ? 0 : qsizetype(m_fieldEnd[first - 1]));
        m_fieldEnd.resize(first);
        if (m_hasKinds)
            m_kinds.resize(first);
        m_rowFirstField.pop_back();
        m_rowLine.pop_back();
    }

private:
    void enableKinds()
    {
        m_hasKinds = true;
        m_kinds.reserve(m_fieldEnd.capacity());
        for (size_t i = 0; i < m_fieldEnd.size(); ++i) {
            const quint32 begin = i == 0 ? 0 : m_fieldEnd[i - 1];
            m_kinds.push_back(m_fieldEnd[i] == begin ? CellKind::Empty : CellKind::Text);
        }
    }

    ByteBuffer m_text;
    std::vector<quint32> m_fieldEnd;      // end offset in m_text of each field
    std::vector<quint32> m_rowFirstField; // index of each row's first field
    std::vector<qint64> m_rowLine;        // source line of each row
    std::vector<CellKind> m_kinds;        // per field, only once a typed cell was seen
    bool m_hasKinds = false;
};

} // namespace sharewise::table
