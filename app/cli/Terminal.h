#pragma once

#include "crypto/SecureBytes.h"

#include <QString>

#include <optional>

namespace sharewise::cli {

// Reads a passphrase from the terminal without echoing it. Returns nothing when there
// is no terminal (a scheduled job must use a passphrase file instead).
std::optional<crypto::SecureBytes> readPassphrase(const QString& prompt);

// Reads a passphrase from a file the user chose: the first line, without its line
// ending. The file is the user's; docs/cli.md says what keeping one on disk risks.
std::optional<crypto::SecureBytes> readPassphraseFile(const QString& path, QString* error);

} // namespace sharewise::cli
