#pragma once

#include "common/Error.h"
#include "crypto/Identity.h"

#include <QList>
#include <QString>

namespace sharewise {

class Database;

// Which identities are ours: the public card and where its secret is kept (the
// credential store, or an identity file). One is current; replaced ones are kept,
// retired, so that bundles sent to them still open. On a shared register everyone's are
// kept, each under its holder (the acting login): these are the acting person's, and
// the audit check knows all of them as the register's signers.
struct OwnIdentityRecord
{
    QString fingerprint;
    crypto::KeyCard card;
    QString storage; // "keychain" or "file"
    QString filePath;
    bool current = false;
    qint64 createdAtUs = 0;
};

class OwnIdentityRecords
{
public:
    explicit OwnIdentityRecords(Database& db);

    // Records `card` as the current identity; the one before it (if any) is retired.
    // Audited as identity.created or identity.replaced.
    Status addCurrent(const crypto::KeyCard& card, const QString& storage, const QString& filePath);
    // Newest first; the current one first of all.
    Result<QList<OwnIdentityRecord>> list() const;
    Result<OwnIdentityRecord> current() const;

private:
    Database& m_db;
};

} // namespace sharewise
