#pragma once

#include "common/Error.h"
#include "crypto/Identity.h"

#include <QList>
#include <QString>

#include <optional>

namespace sharewise {

class Database;

// One partner's key in the directory.
struct RecipientKey
{
    qint64 id = 0;
    QString organisation;
    QString contact;
    crypto::KeyCard card;
    QString fingerprint;
    QString addedBy;
    qint64 addedAtUs = 0;
    QString verifiedBy; // who checked the fingerprint with the key's holder
    qint64 verifiedAtUs = 0;
    QString verifiedHow; // "phone", "in person", ...
    QString revokedBy;
    qint64 revokedAtUs = 0;
    QString revokeReason;

    [[nodiscard]] bool isVerified() const { return verifiedAtUs != 0; }
    [[nodiscard]] bool isRevoked() const { return revokedAtUs != 0; }
    // "Contact, Organisation": the name Sharewise shows for this key — ours, never the
    // name inside a bundle.
    [[nodiscard]] QString label() const;
};

// The recipients directory: partners' public keys, who verified each and when, and
// which were revoked. Several keys per organisation; keys are revoked, never deleted.
// Every change is recorded in the audit log.
class RecipientsDirectory
{
public:
    explicit RecipientsDirectory(Database& db);

    // Adds a key. A different key for a contact already in the directory is refused
    // (ErrorKind::Policy, naming both fingerprints) unless `acceptNewKey`: a changed
    // key is how an impostor would begin.
    Result<RecipientKey> add(const crypto::KeyCard& card, const QString& organisation,
                             const QString& contact, bool acceptNewKey);
    Result<QList<RecipientKey>> list() const;
    // By fingerprint (spaces and case ignored), or by contact or organisation name when
    // exactly one unrevoked key matches.
    Result<RecipientKey> find(const QString& fingerprintOrName) const;
    std::optional<RecipientKey> bySigningKey(const QByteArray& signingKey) const;

    Status markVerified(const QString& fingerprint, const QString& how);
    Status revoke(const QString& fingerprint, const QString& reason);

private:
    Result<QList<RecipientKey>> query(const QString& where, const QVariantList& values) const;
    Status change(const RecipientKey& key, const QString& what, const QString& note);
    Database& m_db;
};

} // namespace sharewise
