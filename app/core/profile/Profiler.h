#pragma once

#include "profile/Identifiers.h"
#include "profile/ValueParsing.h"
#include "table/RowBlock.h"

#include <QByteArrayList>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace sharewise::profile {

struct ProfilerOptions
{
    QDate today; // for identifier detection; null: the current date
    bool detectIdentifiers = true;
    int sampleHead = 2000;      // the first non-empty values kept per column
    int sampleReservoir = 1000; // plus a uniform sample of the rest
    int exampleCount = 5;       // distinct example values per column, for the screen
};

// What a column holds. Counts are over data rows; a row too short to reach the column
// counts as absent, not empty. Values are the fields left once empty fields (or only
// spaces), placeholders (NULL, N/A, #N/A, -) and spreadsheet errors are set aside.
struct ColumnProfile
{
    int index = 0;
    QString name;

    // The type most values fit (ValueParsing.h for the rules): a non-text type wins
    // when at least kTypeThreshold of the values fit it; otherwise text. "empty" when
    // there are no values at all.
    ValueType type = ValueType::Empty;
    double typeShare = 1.0; // share of values that fit `type` (1 for text and empty)
    [[nodiscard]] QString typeName() const { return valueTypeName(type); }

    qint64 rowCount = 0;
    qint64 absentCount = 0;      // rows too short to have this column
    qint64 emptyCount = 0;       // present but empty or only spaces
    qint64 placeholderCount = 0; // NULL, N/A, #N/A, (null), -
    qint64 errorCount = 0;       // spreadsheet error cells (#REF!, #DIV/0!)
    qint64 valueCount = 0;       // everything else
    double emptyShare = 0;       // emptyCount over the rows that have the column

    // Values by what they read as. Leading-zero digit strings ("007") are text and
    // also counted in leadingZeroCount; zeroOneCount is the integers 0 and 1.
    qint64 textCount = 0;
    qint64 booleanCount = 0;
    qint64 integerCount = 0;
    qint64 decimalCount = 0;
    qint64 dateCount = 0;
    qint64 dateTimeCount = 0;
    qint64 leadingZeroCount = 0;
    qint64 zeroOneCount = 0;

    qint64 distinctCount = 0;  // distinct values (after trimming spaces)
    bool distinctExact = true; // false: an estimate (about 1.6% standard error)

    // A few distinct values as written, for the user's screen only: never log them.
    QStringList examples;

    // Over the values that read as numbers, and as dates or date-times (for a column of
    // Excel serial dates, the dates they stand for). Date-times are as written, in UTC.
    std::optional<double> minNumber;
    std::optional<double> maxNumber;
    QDate minDate;
    QDate maxDate;
    QDateTime minDateTime;
    QDateTime maxDateTime;
    DateFormats dateFormats; // every way dates were written; dateFormatNames() for names
    NumberStyles numberStyles;

    int maxLength = 0; // characters (Unicode code points) of the longest value

    QList<IdentifierFinding> identifiers; // highest confidence first
};

struct DatasetProfile
{
    qint64 rowCount = 0;
    qint64 shortRowCount = 0; // rows with fewer fields than there are columns
    qint64 longRowCount = 0;  // rows with more (the extra fields are ignored)
    QList<ColumnProfile> columns;
};

// A non-text type is inferred when this share of a column's values fit it.
inline constexpr double kTypeThreshold = 0.9;

// Builds column profiles from data rows (header already removed): field i of a row is
// column i. Fast (no allocation per field) and mergeable, so that profiles of parts of
// a file (alternate blocks on two threads, say) merge into the profile of the whole.
// One Profiler is used by one thread at a time.
class Profiler
{
public:
    explicit Profiler(QStringList columnNames, ProfilerOptions options = {});
    ~Profiler();
    Profiler(Profiler&&) noexcept;
    Profiler& operator=(Profiler&&) noexcept;
    Profiler(const Profiler&) = delete;
    Profiler& operator=(const Profiler&) = delete;

    void add(const table::RowBlock& block);

    // Adds what `other` saw (same columns, in the same order). Counts, ranges, formats
    // and distinct counts are exactly those of profiling both parts in one Profiler;
    // the sample is a fair mix of both.
    void merge(const Profiler& other);

    [[nodiscard]] const QStringList& columnNames() const;
    [[nodiscard]] qint64 rowCount() const;

    // The bounded sample of a column's values kept for identifier detection (the first
    // sampleHead values, then a uniform sample of the rest), trimmed, each cut at 512
    // bytes. Personal data: for detection and the screen only.
    [[nodiscard]] QByteArrayList sample(int column) const;

    // The profile so far; the Profiler can go on adding rows afterwards.
    [[nodiscard]] DatasetProfile finish() const;

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace sharewise::profile
