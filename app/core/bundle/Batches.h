#pragma once

// Internal to BundleWriter and BundleReader: the payload stream in batches of
// kBatchChunks chunks, held in buffers allocated once per seal or open and reused
// (docs/architecture.md, "The bundle's data flow").

#include "bundle/BundleFormat.h"
#include "bundle/TreeHash.h"

#include <QtGlobal>

#include <array>
#include <memory>

namespace sharewise::bundle {

inline constexpr int kBatchChunks = 16; // chunks per batch: 1 MiB of plaintext
inline constexpr qint64 kBatchBytes = qint64(kBatchChunks) * kChunkSize;
inline constexpr qint64 kSealedBatchBytes = qint64(kBatchChunks) * kSealedChunkSize;

// N buffers of `Size` bytes; batch b lives in buffer b mod N. Uninitialised.
template <int N, qint64 Size>
class BatchRing
{
public:
    BatchRing()
    {
        for (auto& b : m_buffers)
            b.reset(new unsigned char[static_cast<std::size_t>(Size)]);
    }
    unsigned char* of(qint64 batch) { return m_buffers[static_cast<std::size_t>(batch % N)].get(); }
    const unsigned char* of(qint64 batch) const
    {
        return m_buffers[static_cast<std::size_t>(batch % N)].get();
    }

private:
    std::array<std::unique_ptr<unsigned char[]>, N> m_buffers;
};

// Sealed chunks: the batch being sealed or read, and the one being written or opened.
using SealedBatches = BatchRing<2, kSealedBatchBytes>;

// Plaintext stream bytes: batch b holds stream bytes [b × kBatchBytes, (b + 1) ×
// kBatchBytes). Three live batches: the one being filled (or decrypted), the current
// one, and the one before it, which a data leaf may start in (the data begins after
// the manifest, so leaves and chunks are not aligned).
class PlainBatches : public BatchRing<3, kBatchBytes>
{
public:
    // Data leaf j of the data at stream bytes [dataStart, dataEnd), hashed straight
    // from the batches that hold it (they must be live) into out.
    void hashLeaf(quint64 j, qint64 dataStart, qint64 dataEnd,
                  unsigned char out[TreeHash::kLeafHashSize]) const
    {
        TreeHash::Leaf leaf(j);
        qint64 from = dataStart + static_cast<qint64>(j) * kChunkSize;
        const qint64 to = std::min(from + kChunkSize, dataEnd);
        while (from < to) {
            const qint64 batch = from / kBatchBytes;
            const qint64 end = std::min(to, (batch + 1) * kBatchBytes);
            leaf.update(of(batch) + (from - batch * kBatchBytes),
                        static_cast<std::size_t>(end - from));
            from = end;
        }
        leaf.finish(out);
    }
};

// Leaves of `dataLength` bytes of data: none for no data.
inline qint64 leafCount(qint64 dataLength)
{
    return (dataLength + kChunkSize - 1) / kChunkSize;
}

} // namespace sharewise::bundle
