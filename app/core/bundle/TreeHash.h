#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace sharewise::bundle {

// The data hash of a bundle: BLAKE2b-256 of each 64 KiB leaf (personal "SWB1-leaf",
// salt = the leaf index), then BLAKE2b-256 over the length, the row count and the
// leaf hashes (personal "SWB1-root"). Leaves are independent, so they hash in
// parallel; leafHash() is the unit of work.
namespace TreeHash {

QByteArray leafHash(QByteArrayView leaf, quint64 index);
QByteArray root(quint64 dataLength, quint64 rowCount, const QList<QByteArray>& leaves);

} // namespace TreeHash
} // namespace sharewise::bundle
