#pragma once

#include "common/Error.h"
#include "crypto/Identity.h"
#include "crypto/SecureBytes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

namespace sharewise::bundle {

// What to seal and for whom.
struct SealParams
{
    const crypto::Identity* sender = nullptr;
    QList<crypto::KeyCard> recipients;             // 1..32 people, or
    std::optional<crypto::SecureBytes> passphrase; // UTF-8 bytes of an NFC-normalised passphrase
    quint64 opsLimit = 3;                          // Argon2id, passphrase mode only
    quint64 memLimit = 256ull * 1024 * 1024;
    QString dataName;     // the data's file name, shown to the recipient
    quint64 rowCount = 0; // data rows, excluding the header
    QJsonObject manifest; // further manifest fields (agreement, columns, approvals, ...)
    // When set: the data's tree hash must be this one (what an approval bound); if it
    // differs the seal is abandoned and nothing is written (SealError::DataChanged).
    QByteArray expectedDataHash;
    const std::atomic_bool* cancel = nullptr;
    std::function<void(qint64 done, qint64 total)> progress;
};

namespace SealError {
inline constexpr char DataChanged[] = "bundle.data_changed";
} // namespace SealError

struct SealResult
{
    QString file;
    QByteArray bundleId;   // 16 bytes
    QByteArray headerHash; // BLAKE2b-256 of preamble, header and MAC
    QByteArray dataHash;   // the tree hash in the trailer
    QByteArray signature;  // the sender's, from the trailer
    QList<crypto::KeyCard> recipients;
    quint64 dataLength = 0;
    quint64 rowCount = 0;
    qint64 bundleSize = 0;
};

// Writes a bundle (docs/bundle-format.md) in one streaming pass: the data is read
// once, sealed in 64 KiB chunks on every core, and written to a temporary file that
// is renamed into place only when complete. A failed or cancelled seal leaves nothing.
class BundleWriter
{
public:
    static Result<SealResult> seal(QIODevice& data, const QString& outputPath,
                                   const SealParams& params);
};

} // namespace sharewise::bundle
