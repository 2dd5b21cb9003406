#pragma once

#include <QByteArrayView>

#include <cstddef>

namespace sharewise::crypto {

// Secret bytes in libsodium's guarded memory (guard pages, a canary, locked against
// swapping where the system allows, wiped when freed). Move-only. Secrets live here,
// never in QByteArray, QString or QVariant.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size); // zero-filled
    static SecureBytes copyOf(QByteArrayView bytes);
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    [[nodiscard]] unsigned char* data() { return m_data; }
    [[nodiscard]] const unsigned char* data() const { return m_data; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    [[nodiscard]] QByteArrayView view() const
    {
        return {reinterpret_cast<const char*>(m_data), static_cast<qsizetype>(m_size)};
    }
    [[nodiscard]] bool operator==(const SecureBytes& other) const; // constant time

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Wipes a QByteArray that briefly held a secret (as QtKeychain hands them over).
void wipe(class QByteArray& bytes);

} // namespace sharewise::crypto
