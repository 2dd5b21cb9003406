#pragma once

#include "common/Error.h"
#include "crypto/Identity.h"
#include "crypto/SecureBytes.h"
#include "secrets/IdentityFile.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace sharewise {

class Database;

namespace keys {

// An agreement's pseudonymisation key, as the register knows it: never the key itself,
// only a check value (to tell the right key from a wrong one after unwrapping) and the
// recovery copy under the IG lead's passphrase.
struct AgreementKeyRecord
{
    qint64 id = 0;
    QString agreement;   // the agreement's reference
    QByteArray keyCheck; // BLAKE2b-256 of the key, personal "SW-agrkey-check"
    QString createdBy;
    qint64 createdAtUs = 0;

    // The first 8 bytes of the check value in hex, in groups of four: names a key
    // version in messages and the audit log ("3f2a 9c01 …").
    [[nodiscard]] QString keyId() const;
};

// One person's copy of an agreement's key: the key sealed (crypto_box_seal) to their
// X25519 receiving key. A revoked grant keeps its record but loses its sealed copy.
struct AgreementKeyGrant
{
    qint64 id = 0;
    QString agreement;
    QString holder; // the name Sharewise shows for the holder
    crypto::KeyCard card;
    QString fingerprint;
    QString grantedBy;
    qint64 grantedAtUs = 0;
    QString revokedBy;
    qint64 revokedAtUs = 0;
    QString revokeReason;

    [[nodiscard]] bool isActive() const { return revokedAtUs == 0; }
};

// How someone proves they may pass an agreement's key on: by their own grant (their
// identity unwraps it) or by the recovery copy (its passphrase). Either or both; the
// identity is tried first, and the recovery passphrase only if that fails.
struct KeyAccess
{
    const crypto::Identity* identity = nullptr;
    const crypto::SecureBytes* recoveryPassphrase = nullptr;
};

struct Handover
{
    QStringList agreements; // whose grants moved, in reference order
};

// Stable codes of the failures callers act on.
namespace KeyError {
inline constexpr char Exists[] = "agreement_key.exists";
inline constexpr char NotFound[] = "agreement_key.not_found";
inline constexpr char NoGrant[] = "agreement_key.no_grant";
inline constexpr char WrongPassphrase[] = "agreement_key.wrong_passphrase";
inline constexpr char WrongKey[] = "agreement_key.wrong_key";
} // namespace KeyError

// The per-agreement pseudonymisation keys (docs/architecture.md, "Agreement keys").
// Each is 32 random bytes made by libsodium, held in memory only in SecureBytes, and
// kept in the register only wrapped: sealed to each authorised person's receiving key,
// and once under a recovery passphrase the IG lead holds (Argon2id with stored, capped
// limits, then XChaCha20-Poly1305). Every change is recorded in the audit log, with
// who and when. Agreements are named by their reference (the agreements table's
// `reference`), so keys can be made before agreements are recorded in Sharewise.
class AgreementKeys
{
public:
    explicit AgreementKeys(Database& db);

    // Makes the key for an agreement (refused if it has one), gives the first grant to
    // `firstHolder` (normally the person creating it) and keeps the recovery copy.
    Result<AgreementKeyRecord>
    create(const QString& agreement, const crypto::KeyCard& firstHolder, const QString& holderName,
           const crypto::SecureBytes& recoveryPassphrase,
           secrets::PassphraseLimits limits = secrets::PassphraseLimits::moderate());

    // Whether create() would accept this agreement (a valid reference, no key yet), so
    // that a caller can say so before asking for a recovery passphrase.
    Status canCreate(const QString& agreement) const;

    // Gives the key to another person: unwrapped by the granter (`access`), then sealed
    // to `to`. A person who already holds an active grant keeps it (no second grant).
    Result<AgreementKeyGrant> grant(const QString& agreement, const crypto::KeyCard& to,
                                    const QString& holderName, const KeyAccess& access);

    // Takes the key away from the holder with this fingerprint: their sealed copy is
    // deleted; the record of the grant stays, marked revoked, with the reason.
    Status revoke(const QString& agreement, const QString& fingerprint, const QString& reason);

    // When someone leaves: every active grant of `leaverFingerprint` moves to
    // `successor` (granted to them unless they hold one already, then revoked from the
    // leaver), for every agreement, in one transaction: all move or none do.
    Result<Handover> handOver(const QString& leaverFingerprint, const crypto::KeyCard& successor,
                              const QString& successorName, const KeyAccess& access);

    // The key, unwrapped with one's own identity (or with the recovery passphrase), in
    // guarded memory. Checked against the register's check value.
    Result<crypto::SecureBytes> unlock(const QString& agreement, const crypto::Identity& me) const;
    Result<crypto::SecureBytes> unlockWithRecovery(const QString& agreement,
                                                   const crypto::SecureBytes& passphrase) const;

    // The recovery copy as a self-describing file's bytes (it names the agreement), for
    // the IG lead to keep apart from this computer. Exporting is recorded.
    Result<QByteArray> exportRecovery(const QString& agreement);
    // Puts a key back from its recovery copy (a new register, or one that lost it): the
    // passphrase must open it. If the register has a key for that agreement already, it
    // must be the same key. Nobody holds a grant afterwards: grant with the passphrase.
    Result<AgreementKeyRecord> importRecovery(QByteArrayView recoveryCopy,
                                              const crypto::SecureBytes& passphrase);

    Result<QList<AgreementKeyRecord>> list() const;
    Result<AgreementKeyRecord> find(const QString& agreement) const;
    // The grants of one agreement (all agreements when empty), in agreement and grant
    // order; revoked ones too when asked.
    Result<QList<AgreementKeyGrant>> grants(const QString& agreement = {},
                                            bool includeRevoked = false) const;

    // The recovery copy's format, exposed for its tests (docs/architecture.md).
    static Result<QByteArray> wrapForRecovery(const QString& agreement,
                                              const crypto::SecureBytes& key,
                                              const crypto::SecureBytes& passphrase,
                                              secrets::PassphraseLimits limits);
    static Result<crypto::SecureBytes> unwrapRecovery(QByteArrayView recoveryCopy,
                                                      const crypto::SecureBytes& passphrase,
                                                      QString* agreement = nullptr);
    static QByteArray keyCheckOf(const crypto::SecureBytes& key);

private:
    Result<crypto::SecureBytes> unlockFor(const AgreementKeyRecord& record, const KeyAccess& access,
                                          QString* via) const;
    Result<AgreementKeyGrant> addGrant(const AgreementKeyRecord& record,
                                       const crypto::SecureBytes& key, const crypto::KeyCard& to,
                                       const QString& holderName, const QString& via);
    Status revokeGrant(const AgreementKeyGrant& grant, const QString& reason);
    Result<QList<AgreementKeyGrant>> queryGrants(const QString& where,
                                                 const QVariantList& values) const;

    Database& m_db;
};

} // namespace keys
} // namespace sharewise
