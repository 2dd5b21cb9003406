#include "profile/Profiler.h"

#include "profile/DistinctCounter.h"
#include "profile/HeaderWords.h"
#include "profile/ValueParsingDetail.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace sharewise::profile {
namespace {

constexpr qsizetype kSampleValueBytes = 512;

// splitmix64: a small, fast, deterministic generator for the reservoir.
quint64 nextRandom(quint64& state)
{
    quint64 z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

double uniform01(quint64& state)
{
    return double((nextRandom(state) >> 11) + 1) * (1.0 / 9007199254740993.0); // (0, 1]
}

// At most kSampleValueBytes, not cutting a UTF-8 sequence.
QByteArrayView capped(QByteArrayView v)
{
    if (v.size() <= kSampleValueBytes)
        return v;
    qsizetype n = kSampleValueBytes;
    while (n > 0 && (uchar(v[n]) & 0xC0) == 0x80)
        --n;
    return v.first(n);
}

// The first `head` values, then a reservoir of `reservoir` values that stays a uniform
// sample of the rest. The next value to take is drawn ahead (a geometric skip), so most
// values cost one comparison.
class Sample
{
public:
    void configure(int head, int reservoir, quint64 seed)
    {
        m_headLimit = std::max(head, 0);
        m_reservoirLimit = std::max(reservoir, 0);
        m_random = seed;
    }

    void offer(QByteArrayView v)
    {
        if (qsizetype(m_headEnds.size()) < m_headLimit) {
            m_headText.append(capped(v));
            m_headEnds.push_back(quint32(m_headText.size()));
            return;
        }
        ++m_rest;
        if (m_rest <= m_reservoirLimit) {
            m_reservoir.emplace_back(capped(v).toByteArray());
            if (m_rest == m_reservoirLimit)
                schedule();
            return;
        }
        if (m_rest == m_next) {
            QByteArray& slot =
                m_reservoir[size_t(nextRandom(m_random) % quint64(m_reservoirLimit))];
            slot.truncate(0);
            slot.append(capped(v));
            schedule();
        }
    }

    void merge(const Sample& other)
    {
        for (size_t i = 0; i < other.m_headEnds.size(); ++i)
            offer(other.headValue(i));
        if (other.m_rest == 0)
            return;
        const qint64 mine = m_rest;
        const qint64 theirs = other.m_rest;
        const auto k = size_t(m_reservoirLimit);
        if (m_reservoir.size() + other.m_reservoir.size() <= k) {
            m_reservoir.insert(m_reservoir.end(), other.m_reservoir.begin(),
                               other.m_reservoir.end());
        } else {
            // Take from each side in proportion to how many values it stands for.
            const size_t target = k;
            auto fromTheirs =
                size_t(std::llround(double(target) * double(theirs) / double(mine + theirs)));
            fromTheirs = std::clamp(fromTheirs,
                                    target > m_reservoir.size() ? target - m_reservoir.size() : 0,
                                    std::min(other.m_reservoir.size(), target));
            const size_t fromMine = target - fromTheirs;
            std::vector<QByteArray> merged;
            merged.reserve(target);
            pick(m_reservoir, fromMine, merged);
            std::vector<QByteArray> copy = other.m_reservoir;
            pick(copy, fromTheirs, merged);
            m_reservoir = std::move(merged);
        }
        m_rest = mine + theirs;
        if (m_rest >= m_reservoirLimit)
            schedule();
    }

    [[nodiscard]] QByteArrayList values() const
    {
        QByteArrayList out;
        out.reserve(qsizetype(m_headEnds.size() + m_reservoir.size()));
        for (size_t i = 0; i < m_headEnds.size(); ++i)
            out.append(headValue(i).toByteArray());
        for (const QByteArray& v : m_reservoir)
            out.append(v);
        return out;
    }

    [[nodiscard]] size_t headCount() const { return m_headEnds.size(); }
    [[nodiscard]] QByteArrayView headValue(size_t i) const
    {
        const quint32 begin = i == 0 ? 0 : m_headEnds[i - 1];
        return QByteArrayView(m_headText.constData() + begin, qsizetype(m_headEnds[i] - begin));
    }

private:
    void schedule()
    {
        // Value m_rest + 1 should be taken with probability k / (m_rest + 1).
        const double p = double(m_reservoirLimit) / double(m_rest + 1);
        if (p >= 1.0 || m_reservoirLimit == 0) {
            m_next = m_reservoirLimit == 0 ? std::numeric_limits<qint64>::max() : m_rest + 1;
            return;
        }
        const double skip = std::floor(std::log(uniform01(m_random)) / std::log1p(-p));
        m_next = m_rest + 1 + qint64(std::min(skip, 1e15));
    }

    void pick(std::vector<QByteArray>& from, size_t count, std::vector<QByteArray>& into)
    {
        for (size_t i = 0; i < count && i < from.size(); ++i) {
            const size_t j = i + size_t(nextRandom(m_random) % quint64(from.size() - i));
            std::swap(from[i], from[j]);
            into.push_back(from[i]);
        }
    }

    int m_headLimit = 0;
    int m_reservoirLimit = 0;
    QByteArray m_headText;
    std::vector<quint32> m_headEnds;
    std::vector<QByteArray> m_reservoir;
    qint64 m_rest = 0; // values offered once the head was full
    qint64 m_next = 0;
    quint64 m_random = 0;
};

// The last classifications of a column, by hash of the text: a column of few distinct
// values (sex, status, flags, towns, codes) is parsed once per value, not once per row.
// Switched off for a column whose first values rarely repeat.
constexpr int kMemoSize = 128;
constexpr qint64 kMemoTrial = 4096;

struct MemoEntry
{
    quint64 hash = 0;
    bool valid = false;
    ParsedValue value;
};

struct Column
{
    qint64 present = 0;
    qint64 empty = 0;
    qint64 placeholder = 0;
    qint64 error = 0;
    qint64 byType[7] = {};
    qint64 zeroOne = 0;
    qint64 leadingZero = 0;
    qint64 intMin = std::numeric_limits<qint64>::max();
    qint64 intMax = std::numeric_limits<qint64>::min();
    double decMin = std::numeric_limits<double>::infinity();
    double decMax = -std::numeric_limits<double>::infinity();
    qint32 dayMin = std::numeric_limits<qint32>::max();
    qint32 dayMax = std::numeric_limits<qint32>::min();
    qint64 secondMin = std::numeric_limits<qint64>::max();
    qint64 secondMax = std::numeric_limits<qint64>::min();
    quint16 dateFormats = 0;
    quint8 numberStyles = 0;
    qsizetype maxChars = 0;
    DistinctCounter distinct;
    Sample sample;
    std::vector<MemoEntry> memo; // empty when off
    qint64 memoTries = 0;
    qint64 memoHits = 0;

    void merge(const Column& o)
    {
        present += o.present;
        empty += o.empty;
        placeholder += o.placeholder;
        error += o.error;
        for (int i = 0; i < 7; ++i)
            byType[i] += o.byType[i];
        zeroOne += o.zeroOne;
        leadingZero += o.leadingZero;
        intMin = std::min(intMin, o.intMin);
        intMax = std::max(intMax, o.intMax);
        decMin = std::min(decMin, o.decMin);
        decMax = std::max(decMax, o.decMax);
        dayMin = std::min(dayMin, o.dayMin);
        dayMax = std::max(dayMax, o.dayMax);
        secondMin = std::min(secondMin, o.secondMin);
        secondMax = std::max(secondMax, o.secondMax);
        dateFormats |= o.dateFormats;
        numberStyles |= o.numberStyles;
        maxChars = std::max(maxChars, o.maxChars);
        distinct.merge(o.distinct);
        sample.merge(o.sample);
    }
};

inline bool needsTrim(QByteArrayView s)
{
    const auto first = uchar(s.front());
    const auto last = uchar(s.back());
    return first == ' ' || first == '\t' || first == '\r' || first == '\n' || first == 0xC2 ||
           last == ' ' || last == '\t' || last == '\r' || last == '\n' || last == 0xA0;
}

qsizetype utf8Length(QByteArrayView s)
{
    qsizetype continuation = 0;
    for (const char c : s)
        continuation += (uchar(c) & 0xC0) == 0x80;
    return s.size() - continuation;
}

} // namespace

struct Profiler::State
{
    QStringList names;
    ProfilerOptions options;
    std::vector<Column> columns;
    qint64 rows = 0;
    qint64 shortRows = 0;
    qint64 longRows = 0;

    void addField(Column& col, QByteArrayView s, const table::RowBlock& block, qsizetype row,
                  qsizetype column)
    {
        ++col.present;
        if (s.isEmpty()) {
            ++col.empty;
            return;
        }
        if (needsTrim(s)) {
            s = trimSpaces(s);
            if (s.isEmpty()) {
                ++col.empty;
                return;
            }
        }
        const quint64 hash = DistinctCounter::hash(s);
        const ParsedValue v = classify(col, s, hash, block, row, column);
        if (v.placeholder) {
            ++col.placeholder;
            return;
        }
        if (v.error) {
            ++col.error;
            return;
        }
        ++col.byType[int(v.type)];
        switch (v.type) {
        case ValueType::Integer:
            col.intMin = std::min(col.intMin, v.number.integer);
            col.intMax = std::max(col.intMax, v.number.integer);
            col.zeroOne += v.number.integer == 0 || v.number.integer == 1;
            col.numberStyles |= quint8(v.number.styles.toInt());
            break;
        case ValueType::Decimal:
            col.decMin = std::min(col.decMin, v.number.value);
            col.decMax = std::max(col.decMax, v.number.value);
            col.numberStyles |= quint8(v.number.styles.toInt());
            break;
        case ValueType::Date:
        case ValueType::DateTime: {
            col.dayMin = std::min(col.dayMin, v.date.days);
            col.dayMax = std::max(col.dayMax, v.date.days);
            const qint64 seconds = v.date.epochSeconds();
            col.secondMin = std::min(col.secondMin, seconds);
            col.secondMax = std::max(col.secondMax, seconds);
            col.dateFormats |= quint16(v.date.format);
            break;
        }
        case ValueType::Text:
            col.leadingZero += v.leadingZero;
            break;
        default:
            break;
        }
        if (s.size() > col.maxChars)
            col.maxChars = std::max(col.maxChars, utf8Length(s));
        col.distinct.add(hash);
        col.sample.offer(s);
    }

    static ParsedValue classify(Column& col, QByteArrayView s, quint64 hash,
                                const table::RowBlock& block, qsizetype row, qsizetype column)
    {
        bool usedKind = false;
        if (col.memo.empty())
            return detail::classifyTrimmed(s, block, row, column, usedKind);
        MemoEntry& m = col.memo[size_t(hash) & (kMemoSize - 1)];
        if (++col.memoTries == kMemoTrial && col.memoHits * 4 < kMemoTrial) {
            col.memo.clear();
            col.memo.shrink_to_fit();
            return detail::classifyTrimmed(s, block, row, column, usedKind);
        }
        if (m.valid && m.hash == hash) {
            ++col.memoHits;
            return m.value;
        }
        const ParsedValue v = detail::classifyTrimmed(s, block, row, column, usedKind);
        if (!usedKind) {
            m.hash = hash;
            m.valid = true;
            m.value = v;
        }
        return v;
    }

    ColumnProfile profileOf(int index) const;
};

Profiler::Profiler(QStringList columnNames, ProfilerOptions options)
    : d(std::make_unique<State>())
{
    d->names = std::move(columnNames);
    d->options = options;
    d->columns.resize(size_t(d->names.size()));
    for (size_t i = 0; i < d->columns.size(); ++i) {
        d->columns[i].sample.configure(options.sampleHead, options.sampleReservoir,
                                       0x5348415245ull * (i + 1));
        d->columns[i].memo.resize(kMemoSize);
    }
}

Profiler::~Profiler() = default;
Profiler::Profiler(Profiler&&) noexcept = default;
Profiler& Profiler::operator=(Profiler&&) noexcept = default;

const QStringList& Profiler::columnNames() const
{
    return d->names;
}

qint64 Profiler::rowCount() const
{
    return d->rows;
}

void Profiler::add(const table::RowBlock& block)
{
    const qsizetype rows = block.rowCount();
    const auto columns = qsizetype(d->columns.size());
    Column* const cols = d->columns.data();
    for (qsizetype r = 0; r < rows; ++r) {
        const qsizetype fields = block.fieldCount(r);
        if (fields < columns)
            ++d->shortRows;
        else if (fields > columns)
            ++d->longRows;
        const qsizetype m = std::min(fields, columns);
        for (qsizetype c = 0; c < m; ++c)
            d->addField(cols[c], block.field(r, c), block, r, c);
    }
    d->rows += rows;
}

void Profiler::merge(const Profiler& other)
{
    Q_ASSERT(other.d->columns.size() == d->columns.size());
    const size_t n = std::min(d->columns.size(), other.d->columns.size());
    for (size_t i = 0; i < n; ++i)
        d->columns[i].merge(other.d->columns[i]);
    d->rows += other.d->rows;
    d->shortRows += other.d->shortRows;
    d->longRows += other.d->longRows;
}

QByteArrayList Profiler::sample(int column) const
{
    if (column < 0 || size_t(column) >= d->columns.size())
        return {};
    return d->columns[size_t(column)].sample.values();
}

ColumnProfile Profiler::State::profileOf(int index) const
{
    const Column& col = columns[size_t(index)];
    ColumnProfile p;
    p.index = index;
    p.name = names.at(index);
    p.rowCount = rows;
    p.absentCount = rows - col.present;
    p.emptyCount = col.empty;
    p.placeholderCount = col.placeholder;
    p.errorCount = col.error;
    p.emptyShare = col.present > 0 ? double(col.empty) / double(col.present) : 0.0;
    p.textCount = col.byType[int(ValueType::Text)];
    p.booleanCount = col.byType[int(ValueType::Boolean)];
    p.integerCount = col.byType[int(ValueType::Integer)];
    p.decimalCount = col.byType[int(ValueType::Decimal)];
    p.dateCount = col.byType[int(ValueType::Date)];
    p.dateTimeCount = col.byType[int(ValueType::DateTime)];
    p.leadingZeroCount = col.leadingZero;
    p.zeroOneCount = col.zeroOne;
    const qint64 n = p.textCount + p.booleanCount + p.integerCount + p.decimalCount + p.dateCount +
                     p.dateTimeCount;
    p.valueCount = n;
    p.distinctCount = col.distinct.estimate();
    p.distinctExact = col.distinct.isExact();
    p.maxLength = int(col.maxChars);
    p.dateFormats = DateFormats::fromInt(col.dateFormats);
    p.numberStyles = NumberStyles::fromInt(col.numberStyles);

    if (p.integerCount > 0 || p.decimalCount > 0) {
        double lo = std::numeric_limits<double>::infinity();
        double hi = -lo;
        if (p.integerCount > 0) {
            lo = double(col.intMin);
            hi = double(col.intMax);
        }
        lo = std::min(lo, col.decMin);
        hi = std::max(hi, col.decMax);
        p.minNumber = lo;
        p.maxNumber = hi;
    }
    if (p.dateCount > 0 || p.dateTimeCount > 0) {
        p.minDate = dateFromDays(col.dayMin);
        p.maxDate = dateFromDays(col.dayMax);
        if (p.dateTimeCount > 0) {
            p.minDateTime = QDateTime::fromSecsSinceEpoch(col.secondMin, Qt::UTC);
            p.maxDateTime = QDateTime::fromSecsSinceEpoch(col.secondMax, Qt::UTC);
        }
    }

    // The type.
    const detail::HeaderWords header(p.name);
    const qint64 numeric = p.integerCount + p.decimalCount;
    const qint64 dates = p.dateCount + p.dateTimeCount;
    const bool booleanHeader = detail::headerSaysBoolean(header, p.name);
    const qint64 booleans =
        p.booleanCount + (p.booleanCount > 0 || booleanHeader ? p.zeroOneCount : 0);
    auto fits = [n](qint64 k) {
        return n > 0 && double(k) >= kTypeThreshold * double(n);
    };
    auto shareOf = [n](qint64 k) {
        return n > 0 ? double(k) / double(n) : 1.0;
    };
    const bool identifierDigits = p.leadingZeroCount * 100 >= n && p.leadingZeroCount > 0;
    if (n == 0) {
        p.type = ValueType::Empty;
        p.typeShare = 1.0;
    } else if ((p.booleanCount > 0 || booleanHeader) && fits(booleans)) {
        p.type = ValueType::Boolean;
        p.typeShare = shareOf(booleans);
    } else if (!identifierDigits && fits(numeric)) {
        p.typeShare = shareOf(numeric);
        p.type = p.decimalCount > 0 ? ValueType::Decimal : ValueType::Integer;
        // A column the header says holds dates, of numbers that are Excel serial days.
        const double lo = *p.minNumber;
        const double hi = *p.maxNumber;
        if (detail::headerSaysDate(header) && lo >= 1 && hi <= 2958465) {
            const auto first = parseExcelSerial(lo);
            const auto last = parseExcelSerial(hi);
            if (first && last) {
                p.type = p.decimalCount > 0 ? ValueType::DateTime : ValueType::Date;
                p.dateFormats |= DateFormat::ExcelSerial;
                p.minDate = first->date();
                p.maxDate = last->date();
                if (p.type == ValueType::DateTime) {
                    p.minDateTime = first->dateTime();
                    p.maxDateTime = last->dateTime();
                }
            }
        }
    } else if (fits(dates)) {
        p.type = p.dateTimeCount > 0 ? ValueType::DateTime : ValueType::Date;
        p.typeShare = shareOf(dates);
    } else {
        p.type = ValueType::Text;
        p.typeShare = 1.0;
    }

    // Examples: the first few distinct values of the sample.
    const Sample& s = col.sample;
    for (size_t i = 0; i < s.headCount() && p.examples.size() < options.exampleCount; ++i) {
        QString v = QString::fromUtf8(s.headValue(i));
        if (v.size() > 60)
            v = v.left(59) + QChar(0x2026);
        if (!p.examples.contains(v))
            p.examples.append(v);
    }

    if (options.detectIdentifiers)
        p.identifiers = IdentifierDetector(options.today).detect(p.name, s.values());
    return p;
}

DatasetProfile Profiler::finish() const
{
    DatasetProfile out;
    out.rowCount = d->rows;
    out.shortRowCount = d->shortRows;
    out.longRowCount = d->longRows;
    out.columns.reserve(qsizetype(d->columns.size()));
    for (size_t i = 0; i < d->columns.size(); ++i)
        out.columns.append(d->profileOf(int(i)));
    return out;
}

} // namespace sharewise::profile
