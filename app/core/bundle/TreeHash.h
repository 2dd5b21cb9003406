#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstddef>

namespace sharewise::bundle {

// The data hash of a bundle: BLAKE2b-256 of each 64 KiB leaf (personal "SWB1-leaf",
// salt = the leaf index), then BLAKE2b-256 over the length, the row count and the
// leaf hashes (personal "SWB1-root"). Leaves are independent, so they hash in
// parallel; a leaf is the unit of work.
namespace TreeHash {

inline constexpr int kLeafHashSize = 32;

QByteArray leafHash(QByteArrayView leaf, quint64 index);

// One leaf hashed incrementally, for a leaf whose bytes are not contiguous (the
// writer and reader hash straight from their batch buffers, and a leaf may cross two).
class Leaf
{
public:
    explicit Leaf(quint64 index);
    void update(const unsigned char* bytes, std::size_t size);
    void finish(unsigned char out[kLeafHashSize]);

private:
    // libsodium's crypto_generichash_blake2b_state, kept opaque here (checked in the
    // .cpp) so that this header needs no sodium.h.
    alignas(64) unsigned char m_state[384];
};

QByteArray root(quint64 dataLength, quint64 rowCount, const QList<QByteArray>& leaves);
// The same, from the leaf hashes laid end to end (kLeafHashSize bytes each, in order).
QByteArray root(quint64 dataLength, quint64 rowCount, QByteArrayView leafHashes);

} // namespace TreeHash
} // namespace sharewise::bundle
