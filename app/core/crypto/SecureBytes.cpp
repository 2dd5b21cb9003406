#include "crypto/SecureBytes.h"

#include <QByteArray>

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace sharewise::crypto {

SecureBytes::SecureBytes(std::size_t size)
    : m_size(size)
{
    if (size == 0)
        return;
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
}

SecureBytes SecureBytes::copyOf(QByteArrayView bytes)
{
    SecureBytes s(static_cast<std::size_t>(bytes.size()));
    if (!s.isEmpty())
        std::memcpy(s.m_data, bytes.data(), s.m_size);
    return s;
}

SecureBytes::~SecureBytes()
{
    if (m_data)
        sodium_free(m_data);
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        if (m_data)
            sodium_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

bool SecureBytes::operator==(const SecureBytes& other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

void wipe(QByteArray& bytes)
{
    // Wipe the buffer in place even when it is shared: data() would detach and wipe
    // only a fresh copy, leaving the secret in the shared one.
    if (!bytes.isEmpty())
        sodium_memzero(const_cast<char*>(bytes.constData()),
                       static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

} // namespace sharewise::crypto
