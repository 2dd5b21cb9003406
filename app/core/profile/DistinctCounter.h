#pragma once

#include <QByteArrayView>

#include <vector>

namespace sharewise::profile {

// Counts distinct values: exactly up to kExactLimit of them, then as a HyperLogLog
// sketch (2^12 registers, about 1.6% standard error, Ertl's improved estimator, so no
// bias tables). Mergeable: two counters over parts of a column merge into the counter
// of the whole. Values are given as 64-bit hashes (hash()); nothing of the value is kept.
class DistinctCounter
{
public:
    static constexpr int kExactLimit = 1024;
    static constexpr int kPrecision = 12;

    // A fast 64-bit hash of the bytes (not cryptographic, not for anything secret).
    [[nodiscard]] static quint64 hash(QByteArrayView bytes);

    void add(quint64 hash);
    void merge(const DistinctCounter& other);

    [[nodiscard]] qint64 estimate() const;
    // True while every distinct hash is held, so estimate() is exact.
    [[nodiscard]] bool isExact() const { return m_exact; }

private:
    void toSketch();
    void addToSketch(quint64 hash);
    bool insertExact(quint64 hash);

    std::vector<quint64> m_table; // open addressing; 0 marks a free slot
    int m_size = 0;
    std::vector<quint8> m_registers;
    bool m_exact = true;
};

} // namespace sharewise::profile
