#pragma once

#include "agreements/Agreement.h"
#include "common/Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The agreement's terms as a bundle carries them (manifest key "agreement",
// docs/bundle-format.md): enough for the recipient to read what the data was shared
// under — reference, title, version and its content hash, the one-paragraph summary,
// the purpose and the lawful basis — covered by the sender's signature.
namespace sharewise::agreements {

struct BundleTerms
{
    QString reference;
    QString title;
    int version = 0;
    QString contentHash; // hex
    QString summary;
    QString purpose;
    QString lawfulBasis; // the catalogue's citation and title, as the sender's program wrote it
};

[[nodiscard]] QJsonObject termsForManifest(const Agreement& agreement);
// The terms in a manifest, or nullopt when it carries none (a bundle sealed without an
// agreement) or they are not readable.
[[nodiscard]] std::optional<BundleTerms> termsFromManifest(const QJsonObject& manifest);

// Whether a share may be sealed under `agreement` for these recipients (fingerprints,
// as KeyCard::fingerprint()): the first blocking finding of checkShare on the agreement
// and its recipients (not active, not started or past its end, unconfirmed proposals, a
// DPIA to do, a recipient it does not name, a passphrase it does not allow), said with
// what to do.
Status canSealUnder(const Agreement& agreement, const QStringList& recipientFingerprints,
                    const QDate& today, bool byPassphrase = false);

} // namespace sharewise::agreements
