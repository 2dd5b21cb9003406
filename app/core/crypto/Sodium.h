#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace sharewise::crypto {

// libsodium must be initialised once before any other call; safe to call repeatedly
// and from several threads. Returns false only when libsodium cannot start (no
// entropy source), which the entry points report and stop on.
bool initialise();

// libsodium's version, for About.
const char* libraryVersion();

// Unkeyed BLAKE2b with a 32-byte output, for hashes that others must recompute
// (the audit chain). Incremental, for data that arrives in pieces.
class Blake2b256
{
public:
    static constexpr int Size = 32;

    Blake2b256();
    Blake2b256(const Blake2b256&) = delete;
    Blake2b256& operator=(const Blake2b256&) = delete;

    void addData(QByteArrayView data);
    [[nodiscard]] QByteArray result();

    [[nodiscard]] static QByteArray hash(QByteArrayView data);

private:
    alignas(64) unsigned char m_state[384];
    bool m_finished = false;
};

} // namespace sharewise::crypto
