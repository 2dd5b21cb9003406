#pragma once

#include "common/Error.h"
#include "crypto/Identity.h"
#include "secrets/SecretStore.h"

#include <QObject>
#include <QString>

#include <functional>

namespace sharewise::secrets {

// The user's own identities in the credential store, one entry each, under the key
// "identity/<fingerprint in lower case without spaces>". Only saving, loading and
// removing by fingerprint: which identity is current, and which replaced ones are
// kept to open old bundles, is recorded in the history database.
//
// Asynchronous like the SecretStore underneath; callbacks follow its rules (called
// once, later, from the event loop; dropped if `context` is destroyed first). The
// SecretProblem says what went wrong in the store, for callers that act on it.
class OwnIdentities : public QObject
{
    Q_OBJECT

public:
    using IdentityCallback = std::function<void(Result<crypto::Identity>, SecretProblem)>;
    using StatusCallback = SecretStore::StatusCallback;

    // `store` must outlive this object.
    explicit OwnIdentities(SecretStore& store, QObject* parent = nullptr);

    // The store key for a fingerprint as shown ("abcd efgh …") or typed (any case,
    // spaces or hyphens); empty when `fingerprint` is not one.
    static QString keyFor(QStringView fingerprint);

    // Makes a new identity and saves it; the callback gets it only once it is saved.
    void create(const QString& name, QObject* context, IdentityCallback done);
    // Saves an identity that exists already (for example one opened from a file),
    // replacing any entry for the same fingerprint.
    void save(const crypto::Identity& identity, QObject* context, StatusCallback done);
    // The identity must be the one the fingerprint names, or the entry is refused.
    void load(const QString& fingerprint, QObject* context, IdentityCallback done);
    // Removing an identity that is not there succeeds.
    void remove(const QString& fingerprint, QObject* context, StatusCallback done);

private:
    // Answers a request refused before reaching the store later, as the store would,
    // so callers see one behaviour.
    void answerLater(QObject* context, std::function<void()> answer);

    SecretStore& m_store;
};

} // namespace sharewise::secrets
