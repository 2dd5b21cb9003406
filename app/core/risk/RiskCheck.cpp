#include "risk/RiskCheck.h"

#include "common/WordMix.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <numeric>

namespace sharewise::risk {
namespace {

constexpr quint64 kInitialSlots = 1024;
constexpr size_t kQuadrupleBelow = size_t(1) << 20; // slots
constexpr int kBatch = 32; // records whose look-ups addRows starts together (16: 7 % slower)

template <typename T>
inline void prefetch(const T* p)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(p);
#else
    Q_UNUSED(p);
#endif
}
constexpr quint64 kInitialPairs = 1024;

using mix::read4;
using mix::read8;
constexpr auto fold = mix::multiplyFold;

// 1 to 7 bytes as one word; with the length known, different bytes give different words.
inline quint64 readTail(const char* p, qsizetype n)
{
    if (n >= 4)
        return read4(p) | (read4(p + n - 4) << 32);
    return (quint64(quint8(p[0])) << 16) | (quint64(quint8(p[n >> 1])) << 8) | quint8(p[n - 1]);
}

// Two lanes with their own seeds and multipliers (odd, random-looking).
constexpr quint64 kSeedA = 0x243f6a8885a308d3ull;
constexpr quint64 kSeedB = 0x13198a2e03707344ull;
constexpr quint64 kMulA = 0xa0761d6478bd642full;
constexpr quint64 kMulB = 0xe7037ed1a0b428dbull;
constexpr quint64 kMulPair = 0x8ebc6af09c88c6e3ull;
constexpr quint64 kMulGroup = 0x589965cc75374cc3ull;

inline quint64 hashOne(QByteArrayView v)
{
    const RiskCheck::Key k = RiskCheck::hashKey(&v, 1);
    return k.lo ^ (k.hi * kMulGroup);
}

inline quint64 pairIndex(quint64 sensitiveHash, quint32 group)
{
    return fold(sensitiveHash ^ (quint64(group) * kMulGroup), kMulPair);
}

} // namespace

RiskCheck::Key RiskCheck::hashKey(const QByteArrayView* values, int count)
{
    // The words absorbed are, per value, its length and then its bytes in 8-byte words
    // (the last one shorter): a sequence that determines the values, so only a hash
    // collision can make two combinations share a key.
    quint64 a = kSeedA;
    quint64 b = kSeedB;
    for (int i = 0; i < count; ++i) {
        const char* p = values[i].data();
        qsizetype n = values[i].size();
        a = fold(a ^ quint64(n), kMulA);
        b = fold(b ^ quint64(n), kMulB);
        while (n >= 8) {
            const quint64 w = read8(p);
            a = fold(a ^ w, kMulA);
            b = fold(b ^ w, kMulB);
            p += 8;
            n -= 8;
        }
        if (n > 0) {
            const quint64 w = readTail(p, n);
            a = fold(a ^ w, kMulA);
            b = fold(b ^ w, kMulB);
        }
    }
    return {fold(a ^ kSeedB, kMulB ^ b), b};
}

// ---- dictionary ----------------------------------------------------------------------

quint32 RiskCheck::Dictionary::intern(QByteArrayView value)
{
    if (table.empty())
        table.assign(64, 0);
    if ((hashes.size() + 1) * 2 > table.size()) {
        std::vector<quint32> bigger(table.size() * 2, 0);
        const quint64 mask = bigger.size() - 1;
        for (quint32 id = 0; id < size(); ++id) {
            quint64 i = hashes[id] & mask;
            while (bigger[i] != 0)
                i = (i + 1) & mask;
            bigger[i] = id + 1;
        }
        table.swap(bigger);
    }
    const quint64 h = hashOne(value);
    const quint64 mask = table.size() - 1;
    quint64 i = h & mask;
    while (table[i] != 0) {
        const quint32 id = table[i] - 1;
        if (hashes[id] == h && this->value(id) == value)
            return id;
        i = (i + 1) & mask;
    }
    const quint32 id = size();
    table[i] = id + 1;
    hashes.push_back(h);
    bytes.append(value);
    ends.push_back(bytes.size());
    return id;
}

QByteArrayView RiskCheck::Dictionary::value(quint32 id) const
{
    const qsizetype begin = id == 0 ? 0 : ends[id - 1];
    return QByteArrayView(bytes.constData() + begin, ends[id] - begin);
}

// ---- the check -----------------------------------------------------------------------

RiskCheck::RiskCheck(QStringList quasiNames, std::optional<QString> sensitiveName,
                     RiskOptions options)
    : m_names(std::move(quasiNames))
    , m_sensitiveName(std::move(sensitiveName))
    , m_options(options)
    , m_columns(int(m_names.size()))
{
    m_options.threshold = std::max(1, m_options.threshold);
    m_options.diversityCap = std::clamp(m_options.diversityCap, 1, 65535);
    m_cap = quint32(m_options.diversityCap);
    m_slots.assign(kInitialSlots, Slot{0, 0, 0, 0, 0});
    m_mask = kInitialSlots - 1;
    m_dictionaries.resize(size_t(m_columns));
    if (m_sensitiveName) {
        m_pairs.assign(kInitialPairs, Pair{0, 0, 0});
        m_pairMask = kInitialPairs - 1;
    }
}

void RiskCheck::add(const QByteArrayView* quasiValues, QByteArrayView sensitive)
{
    const Key key = hashKey(quasiValues, m_columns);
    const qsizetype s = findOrInsert(key, quasiValues);
    Slot& slot = m_slots[size_t(s)];
    ++slot.count;
    ++m_records;
    if (m_sensitiveName && slot.distinct < m_cap && insertPair(hashOne(sensitive), slot.group))
        ++slot.distinct;
}

void RiskCheck::addRows(const QByteArrayView* quasiValues, const QByteArrayView* sensitive,
                        qsizetype rows)
{
    const bool withSensitive = m_sensitiveName.has_value() && sensitive;
    Key keys[kBatch];
    qsizetype found[kBatch];
    for (qsizetype start = 0; start < rows; start += kBatch) {
        const int n = int(std::min<qsizetype>(kBatch, rows - start));
        const QByteArrayView* values = quasiValues + start * m_columns;
        for (int j = 0; j < n; ++j) {
            keys[j] = hashKey(values + qsizetype(j) * m_columns, m_columns);
            prefetch(&m_slots[keys[j].lo & m_mask]);
        }
        const quint64 grows = m_grows;
        for (int j = 0; j < n; ++j) {
            found[j] = findOrInsert(keys[j], values + qsizetype(j) * m_columns);
            ++m_slots[size_t(found[j])].count;
        }
        m_records += n;
        if (!withSensitive)
            continue;
        if (grows != m_grows) {
            for (int j = 0; j < n; ++j)
                found[j] = findOrInsert(keys[j], nullptr); // present: never inserts
        }
        quint64 hashes[kBatch] = {};
        for (int j = 0; j < n; ++j) {
            const Slot& slot = m_slots[size_t(found[j])];
            if (slot.distinct >= m_cap)
                continue;
            hashes[j] = hashOne(sensitive[start + j]);
            prefetch(&m_pairs[pairIndex(hashes[j], slot.group) & m_pairMask]);
        }
        for (int j = 0; j < n; ++j) {
            Slot& slot = m_slots[size_t(found[j])];
            if (slot.distinct < m_cap && insertPair(hashes[j], slot.group))
                ++slot.distinct;
        }
    }
}

qsizetype RiskCheck::findOrInsert(const Key& key, const QByteArrayView* values)
{
    quint64 i = key.lo & m_mask;
    for (;;) {
        Slot& slot = m_slots[i];
        if (slot.count == 0)
            break;
        if (slot.lo == key.lo && slot.hi == key.hi)
            return qsizetype(i);
        i = (i + 1) & m_mask;
    }
    // A new group: the only place anything is allocated.
    if (quint64(m_groups + 1) * 2 > m_slots.size()) {
        grow();
        i = key.lo & m_mask;
        while (m_slots[i].count != 0)
            i = (i + 1) & m_mask;
    }
    const auto group = quint32(m_groups++);
    for (int c = 0; c < m_columns; ++c)
        m_valueIds.push_back(m_dictionaries[size_t(c)].intern(values[c]));
    m_slots[i] = Slot{key.lo, key.hi, 0, group, 0};
    return qsizetype(i);
}

void RiskCheck::grow()
{
    // Four times larger while the table is small (under 32 MiB), so that a check that
    // ends with a million groups rehashes about a third as many slots, and faults in
    // half the memory, on the way there; twice larger after that, to bound the waste.
    const size_t factor = m_slots.size() < kQuadrupleBelow ? 4 : 2;
    std::vector<Slot> bigger(m_slots.size() * factor, Slot{0, 0, 0, 0, 0});
    const quint64 mask = bigger.size() - 1;
    for (const Slot& s : m_slots) {
        if (s.count == 0)
            continue;
        quint64 i = s.lo & mask;
        while (bigger[i].count != 0)
            i = (i + 1) & mask;
        bigger[i] = s;
    }
    m_slots.swap(bigger);
    m_mask = mask;
    ++m_grows;
}

bool RiskCheck::insertPair(quint64 sensitiveHash, quint32 group)
{
    quint64 i = pairIndex(sensitiveHash, group) & m_pairMask;
    for (;;) {
        const Pair& p = m_pairs[i];
        if (p.groupPlusOne == 0)
            break;
        if (p.hash == sensitiveHash && p.groupPlusOne == group + 1)
            return false;
        i = (i + 1) & m_pairMask;
    }
    if (quint64(m_pairCount + 1) * 2 > m_pairs.size()) {
        growPairs();
        i = pairIndex(sensitiveHash, group) & m_pairMask;
        while (m_pairs[i].groupPlusOne != 0)
            i = (i + 1) & m_pairMask;
    }
    m_pairs[i] = Pair{sensitiveHash, group + 1, 0};
    ++m_pairCount;
    return true;
}

void RiskCheck::growPairs()
{
    std::vector<Pair> bigger(m_pairs.size() * 2, Pair{0, 0, 0});
    const quint64 mask = bigger.size() - 1;
    for (const Pair& p : m_pairs) {
        if (p.groupPlusOne == 0)
            continue;
        quint64 i = pairIndex(p.hash, p.groupPlusOne - 1) & mask;
        while (bigger[i].groupPlusOne != 0)
            i = (i + 1) & mask;
        bigger[i] = p;
    }
    m_pairs.swap(bigger);
    m_pairMask = mask;
}

void RiskCheck::absorb(const RiskCheck& from, int column, const std::vector<QByteArray>* mapped,
                       bool drop)
{
    Q_ASSERT(&from != this);
    Q_ASSERT(m_cap == from.m_cap &&
             m_sensitiveName.has_value() == from.m_sensitiveName.has_value());
    const bool same = column < 0;
    std::vector<quint32> groupMap(size_t(from.m_groups), 0);
    std::vector<QByteArrayView> values(size_t(std::max(1, from.m_columns)));
    for (const Slot& s : from.m_slots) {
        if (s.count == 0)
            continue;
        const quint32* ids = from.m_valueIds.data() + size_t(s.group) * size_t(from.m_columns);
        int n = 0;
        for (int c = 0; c < from.m_columns; ++c) {
            if (c == column && drop)
                continue;
            values[size_t(n++)] = c == column && mapped
                                      ? QByteArrayView((*mapped)[ids[c]])
                                      : from.m_dictionaries[size_t(c)].value(ids[c]);
        }
        Q_ASSERT(n == m_columns);
        const Key key = same ? Key{s.lo, s.hi} : hashKey(values.data(), n);
        Slot& mine = m_slots[size_t(findOrInsert(key, values.data()))];
        mine.count += s.count;
        groupMap[s.group] = mine.group;
    }
    m_records += from.m_records;
    if (!m_sensitiveName)
        return;

    // Sensitive values: the union of each group's sets, up to the cap. A group that
    // reached the cap in `from` makes its group here reach it too.
    std::vector<qsizetype> slotOf(size_t(m_groups), -1);
    for (size_t i = 0; i < m_slots.size(); ++i) {
        if (m_slots[i].count != 0)
            slotOf[m_slots[i].group] = qsizetype(i);
    }
    for (const Slot& s : from.m_slots) {
        if (s.count != 0 && s.distinct >= from.m_cap)
            m_slots[size_t(slotOf[groupMap[s.group]])].distinct = m_cap;
    }
    for (const Pair& p : from.m_pairs) {
        if (p.groupPlusOne == 0)
            continue;
        const quint32 g = groupMap[p.groupPlusOne - 1];
        Slot& mine = m_slots[size_t(slotOf[g])];
        if (mine.distinct < m_cap && insertPair(p.hash, g))
            ++mine.distinct;
    }
}

void RiskCheck::merge(const RiskCheck& other)
{
    Q_ASSERT(other.m_names == m_names);
    absorb(other, -1, nullptr, false);
}

RiskCheck RiskCheck::coarsened(int column, const Coarser& coarser) const
{
    Q_ASSERT(column >= 0 && column < m_columns);
    RiskCheck out(m_names, m_sensitiveName, m_options);
    const Dictionary& d = m_dictionaries[size_t(column)];
    std::vector<QByteArray> mapped(d.size());
    for (quint32 id = 0; id < d.size(); ++id)
        mapped[id] = coarser(d.value(id));
    out.absorb(*this, column, &mapped, false);
    return out;
}

RiskCheck RiskCheck::withoutColumn(int column) const
{
    Q_ASSERT(column >= 0 && column < m_columns);
    QStringList names = m_names;
    names.removeAt(column);
    RiskCheck out(names, m_sensitiveName, m_options);
    out.absorb(*this, column, nullptr, true);
    return out;
}

RiskResult RiskCheck::result() const
{
    RiskResult r;
    r.records = m_records;
    r.groups = m_groups;
    r.threshold = m_options.threshold;
    r.diversityCap = m_options.diversityCap;
    qint64 k = std::numeric_limits<qint64>::max();
    quint32 l = m_cap;
    for (const Slot& s : m_slots) {
        if (s.count == 0)
            continue;
        k = std::min(k, s.count);
        if (s.count == 1)
            ++r.uniqueRecords;
        if (s.count < m_options.threshold) {
            r.recordsBelowThreshold += s.count;
            ++r.groupsBelowThreshold;
        }
        l = std::min(l, s.distinct);
        if (s.count >= 2 && s.distinct == 1 && m_cap > 1) {
            ++r.homogeneousGroups;
            r.recordsInHomogeneousGroups += s.count;
        }
    }
    r.k = m_groups > 0 ? k : 0;
    if (!m_sensitiveName || m_records == 0) {
        r.homogeneousGroups = 0;
        r.recordsInHomogeneousGroups = 0;
    } else {
        r.l = int(l);
        r.lSaturated = l >= m_cap;
    }
    return r;
}

QList<RiskCheck::Group> RiskCheck::smallestGroups(int limit) const
{
    std::vector<std::pair<qint64, quint32>> bySize; // (records, group)
    bySize.reserve(size_t(m_groups));
    std::vector<quint32> distinct(size_t(m_groups), 0);
    for (const Slot& s : m_slots) {
        if (s.count == 0)
            continue;
        bySize.emplace_back(s.count, s.group);
        distinct[s.group] = m_sensitiveName ? s.distinct : 0;
    }
    const size_t n = std::min(bySize.size(), size_t(std::max(0, limit)));
    std::partial_sort(bySize.begin(), bySize.begin() + qsizetype(n), bySize.end());
    QList<Group> out;
    out.reserve(qsizetype(n));
    for (size_t i = 0; i < n; ++i) {
        Group g;
        g.records = bySize[i].first;
        g.distinctSensitive = int(distinct[bySize[i].second]);
        const quint32* ids = m_valueIds.data() + size_t(bySize[i].second) * size_t(m_columns);
        for (int c = 0; c < m_columns; ++c)
            g.values << m_dictionaries[size_t(c)].value(ids[c]).toByteArray();
        out << g;
    }
    return out;
}

qint64 RiskCheck::memoryBytes() const
{
    qint64 bytes = qint64(m_slots.capacity() * sizeof(Slot)) +
                   qint64(m_valueIds.capacity() * sizeof(quint32)) +
                   qint64(m_pairs.capacity() * sizeof(Pair));
    for (const Dictionary& d : m_dictionaries) {
        bytes +=
            qint64(d.table.capacity() * sizeof(quint32) + d.hashes.capacity() * sizeof(quint64) +
                   d.ends.capacity() * sizeof(qsizetype)) +
            d.bytes.capacity();
    }
    return bytes;
}

} // namespace sharewise::risk
