#pragma once

#include "bundle/BundleReader.h"
#include "common/Error.h"
#include "crypto/Identity.h"

#include <QByteArray>

namespace sharewise::bundle {

// A receipt: the recipient's signed statement that it opened a bundle intact. It names
// the bundle by id, header hash, data hash and the hash of the sender's signature, so
// it fits exactly one bundle. Kept as one canonical-JSON file.
struct Receipt
{
    QByteArray bundleId;
    QByteArray headerHash;
    QByteArray dataHash;
    QByteArray senderSignatureHash;
    crypto::KeyCard recipient;
    qint64 openedAtUs = 0;
    QByteArray signature; // context "sharewise/v1/receipt"

    [[nodiscard]] QByteArray statement() const;
    [[nodiscard]] bool signatureChecks() const;

    static Receipt issue(const OpenedBundle& bundle, const crypto::Identity& recipient);
    [[nodiscard]] QByteArray toJson() const;
    static Result<Receipt> fromJson(const QByteArray& json);
};

} // namespace sharewise::bundle
