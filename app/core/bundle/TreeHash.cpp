#include "bundle/TreeHash.h"

#include "bundle/BundleFormat.h"

#include <sodium.h>

#include <cstring>

namespace sharewise::bundle::TreeHash {
namespace {

void personal(unsigned char out[16], const char* text)
{
    std::memset(out, 0, 16);
    std::memcpy(out, text, std::strlen(text));
}

} // namespace

QByteArray leafHash(QByteArrayView leaf, quint64 index)
{
    unsigned char salt[16] = {};
    qToBigEndian(index, salt + 8);
    unsigned char pers[16];
    personal(pers, "SWB1-leaf");
    QByteArray out(kHashSize, Qt::Uninitialized);
    crypto_generichash_blake2b_salt_personal(
        reinterpret_cast<unsigned char*>(out.data()), kHashSize,
        reinterpret_cast<const unsigned char*>(leaf.data()),
        static_cast<unsigned long long>(leaf.size()), nullptr, 0, salt, pers);
    return out;
}

QByteArray root(quint64 dataLength, quint64 rowCount, const QList<QByteArray>& leaves)
{
    unsigned char salt[16] = {};
    unsigned char pers[16];
    personal(pers, "SWB1-root");
    crypto_generichash_blake2b_state state;
    crypto_generichash_blake2b_init_salt_personal(&state, nullptr, 0, kHashSize, salt, pers);
    unsigned char n[8];
    qToBigEndian(dataLength, n);
    crypto_generichash_blake2b_update(&state, n, 8);
    qToBigEndian(rowCount, n);
    crypto_generichash_blake2b_update(&state, n, 8);
    for (const QByteArray& leaf : leaves) {
        crypto_generichash_blake2b_update(&state,
                                          reinterpret_cast<const unsigned char*>(leaf.constData()),
                                          static_cast<unsigned long long>(leaf.size()));
    }
    QByteArray out(kHashSize, Qt::Uninitialized);
    crypto_generichash_blake2b_final(&state, reinterpret_cast<unsigned char*>(out.data()),
                                     kHashSize);
    return out;
}

} // namespace sharewise::bundle::TreeHash
