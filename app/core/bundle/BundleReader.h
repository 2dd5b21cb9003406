#pragma once

#include "bundle/BundleFormat.h"
#include "common/Error.h"
#include "crypto/Identity.h"
#include "crypto/SecureBytes.h"

#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace sharewise::bundle {

struct OpenParams
{
    const crypto::Identity* identity = nullptr;    // recipient mode: whose receiving key
    std::optional<crypto::SecureBytes> passphrase; // passphrase mode: UTF-8 of the NFC form
    // Is this sender known (in the recipients directory) or accepted by the user after
    // checking the fingerprint? A bundle from an unknown sender is refused.
    std::function<bool(const crypto::KeyCard& sender)> senderKnown;
    QString dataOutput; // where the data goes; empty verifies without writing anything
    const std::atomic_bool* cancel = nullptr;
    std::function<void(qint64 done, qint64 total)> progress;
};

struct OpenedBundle
{
    QJsonObject manifest;
    QByteArray manifestBytes; // canonical JSON, as signed
    crypto::KeyCard sender;
    QByteArray bundleId;
    QByteArray headerHash;
    QByteArray dataHash;
    QByteArray signature;
    quint64 dataLength = 0;
    quint64 rowCount = 0;
    qint64 createdUs = 0;
    QString dataFile; // empty when only verified
};

// Opens a bundle (docs/bundle-format.md). Nothing is released until the header MAC,
// every chunk, the final flag, the length, the tree hash and the sender's signature
// check, the manifest agrees with the header (bundle id, time, protection), the
// reader's key is among the signed recipients, and the sender is known.
// The data is written to a temporary file renamed into place only then. Every failure
// is ErrorKind::Verification (exit 3) except a bundle file that cannot be read at all.
// Error codes callers act on: the identity tried is not among the recipients (try
// another), the passphrase is wrong or missing (ask again), the sender is unknown
// (show the fingerprint; ask the user to check it).
namespace OpenError {
inline constexpr char NotAddressed[] = "bundle.not_addressed";
inline constexpr char WrongPassphrase[] = "bundle.wrong_passphrase";
inline constexpr char NeedsPassphrase[] = "bundle.needs_passphrase";
inline constexpr char NeedsIdentity[] = "bundle.needs_identity";
inline constexpr char UnknownSender[] = "bundle.unknown_sender";
} // namespace OpenError

class BundleReader
{
public:
    static Result<OpenedBundle> open(const QString& bundlePath, const OpenParams& params);

    // How the bundle is protected (for named recipients, or by a passphrase), from its
    // preamble and header alone: no key is needed and nothing is checked beyond that,
    // so that a caller knows what to ask for before open(). A file that is not a
    // bundle of a version this program reads is refused as open() would refuse it.
    static Result<Mode> peekMode(const QString& bundlePath);
};

} // namespace sharewise::bundle
