#pragma once

#include "common/Error.h"
#include "crypto/Identity.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace sharewise::secrets {

// How much work and memory Argon2id spends turning a passphrase into a key. Both are
// stored in the file, so a file keeps opening when the defaults change.
struct PassphraseLimits
{
    quint64 opsLimit = 0; // Argon2id passes
    quint64 memLimit = 0; // bytes

    // Readers and writers accept only this range, and a reader checks it before
    // running Argon2id, so a damaged or hostile file cannot make Sharewise spend
    // minutes or gigabytes. The floor is libsodium's INTERACTIVE level; the ceiling
    // is three times SENSITIVE's passes and SENSITIVE's memory (1 GiB), which an
    // office laptop can still manage.
    static constexpr quint64 MinOps = 2;                   // OPSLIMIT_INTERACTIVE
    static constexpr quint64 MaxOps = 12;                  // 3 × OPSLIMIT_SENSITIVE
    static constexpr quint64 MinMem = quint64(64) << 20;   // MEMLIMIT_INTERACTIVE
    static constexpr quint64 MaxMem = quint64(1024) << 20; // MEMLIMIT_SENSITIVE

    // For tests, which must stay fast.
    static constexpr PassphraseLimits interactive() { return {MinOps, MinMem}; }
    // For every file a person writes: about 0.7 s on our two-core build machine.
    static constexpr PassphraseLimits moderate() { return {3, quint64(256) << 20}; }

    [[nodiscard]] constexpr bool isAllowed() const
    {
        return opsLimit >= MinOps && opsLimit <= MaxOps && memLimit >= MinMem && memLimit <= MaxMem;
    }
};

// A person's secret identity kept in a file under a passphrase: for computers with no
// credential store, and for unattended use (the command line on a server). Made only
// when the user asks for one.
//
// Format, version 1 (integers big-endian):
//
//   offset  size  field
//        0    18  magic: the ASCII bytes "SHAREWISE-IDENTITY"
//       18     1  format version: 1
//       19    16  Argon2id salt (crypto_pwhash_SALTBYTES), random per file
//       35     8  Argon2id opslimit
//       43     8  Argon2id memlimit, in bytes
//       51    24  XChaCha20-Poly1305 nonce, random per file
//       75     n  ciphertext and 16-byte tag of Identity::exportSecret()
//
// key = crypto_pwhash(32 bytes, passphrase, salt, opslimit, memlimit, ARGON2ID13);
// ciphertext = crypto_aead_xchacha20poly1305_ietf_encrypt(secret, ad = bytes 0..74,
// nonce, key). The whole header is associated data, so no byte of it can be changed
// without the file failing to open. The passphrase is the UTF-8 of its Unicode NFC
// form, so "â" typed as one character or as "a" plus a combining accent opens the same
// file. A file is at most 64 KiB.
//
// A wrong passphrase and an altered file cannot be told apart (both fail the
// authentication tag) and get one message saying so.
class IdentityFile
{
public:
    static constexpr int HeaderSize = 75;
    static constexpr qsizetype MaxFileSize = 64 * 1024;

    enum class Existing
    {
        Refuse,  // a file already at the path is an error
        Replace, // replace it (atomically: the old file stays whole until the new one is)
    };

    // The passphrase as bytes for read() and write(): NFC-normalised, then UTF-8, in
    // guarded memory. We take bytes rather than a QString because a QString cannot be
    // wiped reliably (it shares and copies its buffer freely); this converts at the edge,
    // wiping its own temporary copies. `text` stays the caller's to clear.
    static crypto::SecureBytes passphrase(QStringView text);

    // Writes atomically: to a temporary file in the same folder, flushed to disk, then
    // renamed into place; on any failure nothing is left behind. The file is readable
    // by its owner only.
    static Status write(const QString& path, const crypto::Identity& identity,
                        const crypto::SecureBytes& passphrase,
                        PassphraseLimits limits = PassphraseLimits::moderate(),
                        Existing existing = Existing::Refuse);
    static Result<crypto::Identity> read(const QString& path,
                                         const crypto::SecureBytes& passphrase);

    // The same, on the bytes of a file.
    static Result<QByteArray> encode(const crypto::Identity& identity,
                                     const crypto::SecureBytes& passphrase,
                                     PassphraseLimits limits);
    static Result<crypto::Identity> decode(QByteArrayView file,
                                           const crypto::SecureBytes& passphrase);
};

} // namespace sharewise::secrets
