#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace sharewise::risk {

// Re-identification risk over the redacted output, in one pass.
//
// The caller marks some columns as quasi-identifiers (sex, year of birth, postcode
// district: details that are not identifiers alone but can single a person out in
// combination) and, optionally, one sensitive column. Records with the same
// combination of quasi-identifier values form a group. RiskCheck counts:
//
//   k                      the size of the smallest group (k-anonymity)
//   uniqueRecords          records alone in their group (anyone knowing those details
//                          finds them)
//   recordsBelowThreshold  records in groups smaller than the threshold (default 5)
//   l                      the fewest distinct sensitive values in any group
//                          (l-diversity; a group with one value discloses it)
//
// How: each record's quasi-identifier values, length-prefixed, are hashed to 128 bits
// (two independent 64-bit multiply-fold lanes; no allocation), and that key is looked
// up in a flat open-addressing table (linear probing, at most half full) whose slot
// holds the group's record count. Collisions of distinct combinations are treated as
// impossible (about n^2 / 2^129 for n groups). Only a new group stores anything: its
// values once, as ids into one dictionary of distinct values per column, so that what-if
// regroupings can be computed later without reading the data again. Sensitive values
// are kept as 64-bit hashes in one flat set of (group, value) pairs, at most
// diversityCap per group; a group that reaches the cap stops collecting and reads
// "at least cap".
//
// Memory is proportional to the number of groups (G) and their distinct sensitive
// values (P pairs), not to the records: a 32-byte table slot at 25-50% load (64-128
// bytes; the table grows fourfold below a million slots, so a small check may sit at
// 12.5%, at most 32 MiB), 4 bytes per quasi-identifier column for the value ids, plus each column's
// distinct values once; with a sensitive column, 16 bytes per pair at 25-50% load
// (32-64 bytes). memoryBytes() reports it; bench/bench_risk measured 81 bytes a group
// without a sensitive column and 211 with one of 12 values (10 million records, about
// a million groups of sex, year of birth, postcode district and ethnicity).
//
// Not thread-safe: two threads each feed their own RiskCheck and merge() them.
// Values are personal data: never log them; smallestGroups() is for the user's screen.
struct RiskOptions
{
    int threshold = 5;     // a group smaller than this puts its records at risk (>= 1)
    int diversityCap = 64; // distinct sensitive values kept per group (1 to 65535)
};

struct RiskResult
{
    qint64 records = 0;
    qint64 groups = 0;
    qint64 k = 0; // the smallest group's size; 0 when there are no records
    qint64 uniqueRecords = 0;
    qint64 recordsBelowThreshold = 0; // includes the unique ones
    qint64 groupsBelowThreshold = 0;
    int threshold = 5;

    // With a sensitive column and at least one record: the fewest distinct sensitive
    // values in any group, at most the cap; lSaturated when every group reached the cap
    // (then l means "at least l").
    std::optional<int> l;
    bool lSaturated = false;
    int diversityCap = 64;
    // Groups of two or more records that all share one sensitive value (their value is
    // disclosed without singling anyone out), and the records in them. Not counted
    // with a cap of 1, which cannot tell one value from more.
    qint64 homogeneousGroups = 0;
    qint64 recordsInHomogeneousGroups = 0;

    bool operator==(const RiskResult&) const = default;
};

class RiskCheck
{
public:
    // Maps a value to a coarser one (postcode district to area, 5-year band to 10-year
    // band). Called once per distinct value of the column, not per record.
    using Coarser = std::function<QByteArray(QByteArrayView)>;

    explicit RiskCheck(QStringList quasiNames, std::optional<QString> sensitiveName = std::nullopt,
                       RiskOptions options = {});

    // One record: quasiValues points at quasiNames().size() values (UTF-8 bytes as they
    // will be released; an absent field is an empty view). `sensitive` is ignored without
    // a sensitive column.
    void add(const QByteArrayView* quasiValues, QByteArrayView sensitive = {});

    // Many records at once, the faster way for a block of rows: quasiValues holds `rows`
    // records of quasiNames().size() values each, one record after another; sensitive
    // holds one value a record (or is null without a sensitive column). The table look-ups
    // of a few records are started together (prefetched), so cache misses overlap.
    void addRows(const QByteArrayView* quasiValues, const QByteArrayView* sensitive,
                 qsizetype rows);

    // Adds another check's records (same columns and options), so that two threads can
    // each count part of the rows. The result equals one pass over all of them.
    void merge(const RiskCheck& other);

    [[nodiscard]] RiskResult result() const;

    // What-if, from the stored groups (no second pass): the check as it would be with
    // column `column`'s values passed through `coarser`, or with the column left out of
    // the combination (not released). The returned checks can be asked again.
    [[nodiscard]] RiskCheck coarsened(int column, const Coarser& coarser) const;
    [[nodiscard]] RiskCheck withoutColumn(int column) const;
    [[nodiscard]] RiskResult regrouped(int column, const Coarser& coarser) const
    {
        return coarsened(column, coarser).result();
    }
    [[nodiscard]] RiskResult without(int column) const { return withoutColumn(column).result(); }

    // The smallest groups (fewest records first; ties in first-seen order), with their
    // values, for the user's screen only.
    struct Group
    {
        QByteArrayList values;
        qint64 records = 0;
        int distinctSensitive = 0; // 0 without a sensitive column
    };
    [[nodiscard]] QList<Group> smallestGroups(int limit) const;

    [[nodiscard]] const QStringList& quasiNames() const { return m_names; }
    [[nodiscard]] const std::optional<QString>& sensitiveName() const { return m_sensitiveName; }
    [[nodiscard]] const RiskOptions& options() const { return m_options; }
    [[nodiscard]] qint64 records() const { return m_records; }
    [[nodiscard]] qint64 groups() const { return m_groups; }
    // Bytes held by the tables (capacity, not just what is used).
    [[nodiscard]] qint64 memoryBytes() const;

    struct Key
    {
        quint64 lo = 0;
        quint64 hi = 0;
    };
    // The 128-bit key of a combination (exposed for tests and the benchmark).
    [[nodiscard]] static Key hashKey(const QByteArrayView* values, int count);

private:
    struct Slot
    {
        quint64 lo;
        quint64 hi;
        qint64 count; // 0: free
        quint32 group;
        quint32 distinct; // distinct sensitive values seen, at most the cap
    };
    struct Pair
    {
        quint64 hash;
        quint32 groupPlusOne; // 0: free
        quint32 unused;
    };
    // Each column's distinct values, stored once, by id.
    struct Dictionary
    {
        std::vector<quint32> table; // open addressing: id + 1, 0 free
        std::vector<quint64> hashes;
        std::vector<qsizetype> ends; // value id's bytes end at ends[id]
        QByteArray bytes;
        quint32 intern(QByteArrayView value);
        [[nodiscard]] QByteArrayView value(quint32 id) const;
        [[nodiscard]] quint32 size() const { return quint32(hashes.size()); }
    };

    qsizetype findOrInsert(const Key& key, const QByteArrayView* values);
    void grow();
    bool insertPair(quint64 sensitiveHash, quint32 group);
    void growPairs();
    // Adds every group of `from` to this check, its values passed through `mapped`
    // (mapped[id] for column `column`'s value ids) or without column `column` when
    // `drop`; column -1 keeps them as they are.
    void absorb(const RiskCheck& from, int column, const std::vector<QByteArray>* mapped,
                bool drop);

    QStringList m_names;
    std::optional<QString> m_sensitiveName;
    RiskOptions m_options;
    int m_columns = 0;
    quint32 m_cap = 64;

    std::vector<Slot> m_slots;
    quint64 m_mask = 0;
    std::vector<quint32> m_valueIds; // m_columns per group, in group order
    std::vector<Dictionary> m_dictionaries;
    std::vector<Pair> m_pairs;
    quint64 m_pairMask = 0;
    qint64 m_pairCount = 0;
    qint64 m_records = 0;
    qint64 m_groups = 0;
    quint64 m_grows = 0; // times the slot table grew (slot indices changed)
};

} // namespace sharewise::risk
