#pragma once

#include "redact/Pseudonym.h"
#include "redact/Rules.h"
#include "table/RowBlock.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <vector>

namespace sharewise::redact {

// Values of suppress-rare columns that occur fewer times than their rule's minimum,
// found by a counting pass before the redaction pass. Memory: the distinct values of
// those columns (counted as trimmed bytes), dropped once the rare set is known.
class RareValues
{
public:
    // `columns`: source column index → minimum count.
    explicit RareValues(QHash<int, int> columns);

    void count(const table::RowBlock& rows);
    void finish(); // turns the counts into the sets of rare values

    [[nodiscard]] bool isRare(int column, QByteArrayView trimmed) const;
    [[nodiscard]] qint64 distinctValues() const;

private:
    QHash<int, int> m_minimum;
    QHash<int, QHash<QByteArray, qint64>> m_counts;
    QHash<int, QSet<QByteArray>> m_rare;
};

// What happened to one output column's values beyond the rule itself.
struct ColumnOutcome
{
    QString column;
    qint64 unreadable = 0; // not a date / postcode / number the rule needs: left empty
    qint64 noPerson = 0;   // shift date: the person's identifier was blank: left empty
    qint64 suppressed = 0; // suppress rare: replaced with the marker
    qint64 coded = 0;      // top/bottom code: replaced with a range
};

// A profile compiled against a file's columns: turns source rows into redacted rows.
// Deterministic: the same row, profile and key always give the same output.
class RowRedactor
{
public:
    // Fails when a keyed rule has no key, the profile does not fit the columns (see
    // RedactionProfile::OtherColumns), or a shift names a person column the file lacks.
    // Respelled column names (case, spaces, punctuation) are applied.
    static Result<std::shared_ptr<RowRedactor>> create(const RedactionProfile& profile,
                                                       const QStringList& fileColumns,
                                                       const RedactionKeys* keys);

    // Source columns whose rule is suppress-rare, with their minimum counts: when not
    // empty, a counting pass must feed a RareValues before redacting.
    [[nodiscard]] QHash<int, int> rareColumns() const;
    void setRareValues(std::shared_ptr<const RareValues> rare) { m_rare = std::move(rare); }

    [[nodiscard]] const QStringList& outputColumns() const { return m_outputNames; }
    // Output column index of each source column (-1: dropped).
    [[nodiscard]] const QList<int>& outputIndexOfSource() const { return m_outputOfSource; }
    // The source column of each output column.
    [[nodiscard]] int sourceOfOutput(int output) const { return m_ops[size_t(output)].source; }
    [[nodiscard]] const ColumnRule& ruleOfOutput(int output) const
    {
        return m_ops[size_t(output)].rule;
    }

    // Appends the redacted form of row `row` of `in` to `out`. A short source row reads
    // as empty fields; extra fields are ignored (ragged rows are the caller's decision).
    void redactRow(const table::RowBlock& in, qsizetype row, table::RowBlock& out);
    // The same as views, one per output column, valid until the next call or until `in`
    // changes: a kept value is a view into `in`, anything else into the redactor's own
    // buffer. Nothing is copied for kept columns (the streaming pass writes from these).
    void redactRow(const table::RowBlock& in, qsizetype row, std::vector<QByteArrayView>& values);

    // Counts since creation (or the last resetOutcomes), per output column.
    [[nodiscard]] QList<ColumnOutcome> outcomes() const;
    void resetOutcomes();

private:
    struct Op
    {
        ColumnRule rule;
        int source = -1;
        int personSource = -1; // ShiftDate
        qint32 referenceDays = 0;
        int referenceYear = 0; // the reference date's civil fields (age bands)
        int referenceMonth = 0;
        int referenceDay = 0;
        QByteArray maskChar;
        QByteArray marker;
        ColumnOutcome outcome;
    };

    // Where one output value of the current row is: in the source block, or at an
    // offset in m_rowText.
    struct Slot
    {
        const char* source = nullptr;
        qsizetype offset = 0;
        qsizetype size = 0;
    };

    RowRedactor() = default;
    void apply(Op& op, const table::RowBlock& in, qsizetype row, QByteArrayView value,
               table::CellKind kind);
    void put(QByteArrayView text, bool fromSource);
    // The current value is what was appended to m_rowText since `start`.
    void putAppended(qsizetype start);

    std::vector<Op> m_ops;
    // The output columns kept as they are, and the others (indices into m_ops).
    struct Kept
    {
        int output;
        int source;
    };
    std::vector<Kept> m_kept;
    std::vector<int> m_computed;
    QStringList m_outputNames;
    QList<int> m_outputOfSource;
    const RedactionKeys* m_keys = nullptr;
    std::shared_ptr<const RareValues> m_rare;
    QByteArray m_scratch;
    table::ByteBuffer m_rowText;
    std::vector<Slot> m_slots;
    Slot* m_current = nullptr;
    std::vector<QByteArrayView> m_views;
};

// Formats a generalised or coded value; exposed for the known-answer tests.
namespace Generalise {
[[nodiscard]] std::optional<QByteArray> date(QByteArrayView value, table::CellKind kind,
                                             Generalisation to);
[[nodiscard]] std::optional<QByteArray> ageBand(QByteArrayView dateOfBirth, table::CellKind kind,
                                                qint32 referenceDays, int width, int topAge);
[[nodiscard]] std::optional<QByteArray> postcode(QByteArrayView value, Generalisation to);
[[nodiscard]] std::optional<QByteArray> number(QByteArrayView value, table::CellKind kind,
                                               Generalisation to, double step);
[[nodiscard]] QByteArray mask(QByteArrayView value, int keepFirst, int keepLast,
                              QByteArrayView maskChar);
// nullopt when the value is not a number or inside the bounds (then kept as written).
[[nodiscard]] std::optional<QByteArray> topBottom(QByteArrayView value, table::CellKind kind,
                                                  std::optional<double> bottom,
                                                  std::optional<double> top);
[[nodiscard]] std::optional<QByteArray> shiftDate(QByteArrayView value, table::CellKind kind,
                                                  int days);
// A coarser form of an already generalised value, for the risk check's what-ifs:
// "SW1A 1" → "SW1A" → "SW", "2024-04" → "2024-Q2" → "2024", "35-39" → "30-39".
[[nodiscard]] QByteArray coarsen(QByteArrayView generalised, const ColumnRule& from,
                                 const ColumnRule& to);
} // namespace Generalise

} // namespace sharewise::redact
