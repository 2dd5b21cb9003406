#include "crypto/Sodium.h"

#include <sodium.h>

#include <cstring>

namespace sharewise::crypto {

static_assert(sizeof(crypto_generichash_state) <= 384, "Blake2b256 state buffer too small");

bool initialise()
{
    return sodium_init() >= 0;
}

const char* libraryVersion()
{
    return sodium_version_string();
}

Blake2b256::Blake2b256()
{
    crypto_generichash_init(reinterpret_cast<crypto_generichash_state*>(m_state), nullptr, 0, Size);
}

void Blake2b256::addData(QByteArrayView data)
{
    Q_ASSERT(!m_finished);
    crypto_generichash_update(reinterpret_cast<crypto_generichash_state*>(m_state),
                              reinterpret_cast<const unsigned char*>(data.data()),
                              static_cast<unsigned long long>(data.size()));
}

QByteArray Blake2b256::result()
{
    Q_ASSERT(!m_finished);
    m_finished = true;
    QByteArray out(Size, Qt::Uninitialized);
    crypto_generichash_final(reinterpret_cast<crypto_generichash_state*>(m_state),
                             reinterpret_cast<unsigned char*>(out.data()), Size);
    sodium_memzero(m_state, sizeof m_state);
    return out;
}

QByteArray Blake2b256::hash(QByteArrayView data)
{
    Blake2b256 h;
    h.addData(data);
    return h.result();
}

} // namespace sharewise::crypto
