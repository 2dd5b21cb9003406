#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QList>

// Passphrase mode of a share (docs/shares.md): when the agreement names a recipient
// without a key, the bundle is sealed under a passphrase that Sharewise makes up, shown
// once and sent by another route (a phone call). It is made of words chosen uniformly
// at random (libsodium's randombytes_uniform) from a word list compiled into the
// program (resources/wordlist/words.txt, :/wordlist/words.txt), separated by hyphens.
namespace sharewise::shares {

// The word list, as compiled in: lower-case ASCII words, no duplicates, in file order.
[[nodiscard]] const QList<QByteArray>& passphraseWords();

// The strength of a passphrase of `words` words from the list, in bits.
[[nodiscard]] double passphraseBits(int words);

// A new passphrase of `words` words (at least 4), such as "maple-orbit-candle-...",
// in guarded memory. The word choices never pass through a QString or QByteArray.
[[nodiscard]] crypto::SecureBytes generatePassphrase(int words = 6);

} // namespace sharewise::shares
