#include "bundle/TreeHash.h"

#include "bundle/BundleFormat.h"

#include <sodium.h>

#include <cstring>
#include <new>

namespace sharewise::bundle::TreeHash {
namespace {

static_assert(kLeafHashSize == kHashSize);

void personal(unsigned char out[16], const char* text)
{
    std::memset(out, 0, 16);
    std::memcpy(out, text, std::strlen(text));
}

struct RootHasher
{
    crypto_generichash_blake2b_state state;

    RootHasher(quint64 dataLength, quint64 rowCount)
    {
        unsigned char salt[16] = {};
        unsigned char pers[16];
        personal(pers, "SWB1-root");
        crypto_generichash_blake2b_init_salt_personal(&state, nullptr, 0, kHashSize, salt, pers);
        unsigned char n[8];
        qToBigEndian(dataLength, n);
        crypto_generichash_blake2b_update(&state, n, 8);
        qToBigEndian(rowCount, n);
        crypto_generichash_blake2b_update(&state, n, 8);
    }

    void add(QByteArrayView bytes)
    {
        crypto_generichash_blake2b_update(&state,
                                          reinterpret_cast<const unsigned char*>(bytes.data()),
                                          static_cast<unsigned long long>(bytes.size()));
    }

    QByteArray finish()
    {
        QByteArray out(kHashSize, Qt::Uninitialized);
        crypto_generichash_blake2b_final(&state, reinterpret_cast<unsigned char*>(out.data()),
                                         kHashSize);
        return out;
    }
};

} // namespace

Leaf::Leaf(quint64 index)
{
    static_assert(sizeof(crypto_generichash_blake2b_state) <= sizeof m_state);
    static_assert(alignof(crypto_generichash_blake2b_state) <= 64);
    auto* state = new (m_state) crypto_generichash_blake2b_state;
    unsigned char salt[16] = {};
    qToBigEndian(index, salt + 8);
    unsigned char pers[16];
    personal(pers, "SWB1-leaf");
    crypto_generichash_blake2b_init_salt_personal(state, nullptr, 0, kHashSize, salt, pers);
}

void Leaf::update(const unsigned char* bytes, std::size_t size)
{
    crypto_generichash_blake2b_update(
        std::launder(reinterpret_cast<crypto_generichash_blake2b_state*>(m_state)), bytes,
        static_cast<unsigned long long>(size));
}

void Leaf::finish(unsigned char out[kLeafHashSize])
{
    crypto_generichash_blake2b_final(
        std::launder(reinterpret_cast<crypto_generichash_blake2b_state*>(m_state)), out,
        kLeafHashSize);
}

QByteArray leafHash(QByteArrayView leaf, quint64 index)
{
    Leaf h(index);
    h.update(reinterpret_cast<const unsigned char*>(leaf.data()),
             static_cast<std::size_t>(leaf.size()));
    QByteArray out(kHashSize, Qt::Uninitialized);
    h.finish(reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

QByteArray root(quint64 dataLength, quint64 rowCount, const QList<QByteArray>& leaves)
{
    RootHasher h(dataLength, rowCount);
    for (const QByteArray& leaf : leaves)
        h.add(leaf);
    return h.finish();
}

QByteArray root(quint64 dataLength, quint64 rowCount, QByteArrayView leafHashes)
{
    RootHasher h(dataLength, rowCount);
    h.add(leafHashes);
    return h.finish();
}

} // namespace sharewise::bundle::TreeHash
