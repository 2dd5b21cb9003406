#include "keys/AgreementKeys.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "crypto/Base32.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <sodium.h>

#include <cstring>
#include <vector>

namespace sharewise::keys {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(AgreementKeys)
};

constexpr std::size_t kKeySize = 32;
constexpr int kCheckSize = 32;
constexpr int kMaxReference = 200; // characters

// The recovery copy (see docs/architecture.md, "Agreement keys"). Integers big-endian.
//   magic "SHAREWISE-AGREEMENT-KEY" (23) || version 1 (1) || reference length R (2)
//   || reference, UTF-8 (R) || Argon2id salt (16) || opslimit (8) || memlimit (8)
//   || XChaCha20-Poly1305 nonce (24) || the key encrypted, with its tag (32 + 16)
// wrap key = Argon2id(passphrase, salt, opslimit, memlimit); everything before the
// ciphertext is associated data, so the reference and limits cannot be changed.
constexpr char kMagic[] = "SHAREWISE-AGREEMENT-KEY";
constexpr qsizetype kMagicSize = sizeof kMagic - 1;
constexpr quint8 kRecoveryVersion = 1;
constexpr qsizetype kSaltSize = crypto_pwhash_SALTBYTES;
constexpr qsizetype kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype kTagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr qsizetype kSealedSize = crypto_box_SEALBYTES + kKeySize;

static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == kKeySize);
static_assert(kSaltSize == 16);

const QString kRecordColumns =
    QStringLiteral("id, agreement_ref, key_check, created_by, created_at_us");
const QString kGrantColumns = QStringLiteral(
    "g.id, k.agreement_ref, g.holder, g.card, g.fingerprint, g.granted_by, g.granted_at_us, "
    "g.revoked_by, g.revoked_at_us, g.revoke_reason");

Error sqlError(const QSqlQuery& q)
{
    return makeError(ErrorKind::Failure, Tr::tr("Could not read or change the agreement keys in "
                                                "the history (%1).")
                                             .arg(describeSqlError(q.lastError())));
}

Result<QString> checkedReference(const QString& text)
{
    const QString ref = text.trimmed();
    if (ref.isEmpty())
        return makeError(ErrorKind::Usage, Tr::tr("Name the agreement by its reference."));
    const bool control = std::any_of(ref.cbegin(), ref.cend(),
                                     [](QChar c) { return c.category() == QChar::Other_Control; });
    if (ref.size() > kMaxReference || control) {
        return makeError(ErrorKind::Usage,
                         Tr::tr("An agreement reference is one line of at most %1 characters.")
                             .arg(kMaxReference));
    }
    return ref;
}

// Fingerprints compare without spaces or case; empty if the text is not one.
QString normalisedFingerprint(const QString& text)
{
    const std::optional<QByteArray> bytes = crypto::Base32::decode(text);
    return bytes && bytes->size() == 16 ? crypto::KeyCard::formatFingerprint(*bytes) : QString();
}

Error noKey(const QString& agreement)
{
    return withCode(makeError(ErrorKind::BadInput,
                              Tr::tr("Agreement %1 has no pseudonymisation key yet. Create it "
                                     "first.")
                                  .arg(agreement)),
                    KeyError::NotFound);
}

Error wrongKey(const QString& agreement)
{
    return withCode(makeError(ErrorKind::Verification,
                              Tr::tr("The key stored for agreement %1 is not the agreement's key: "
                                     "the history was altered. Ask your administrator to check "
                                     "it, and do not use the key.")
                                  .arg(agreement)),
                    KeyError::WrongKey);
}

Error wrongPassphrase()
{
    return withCode(makeError(ErrorKind::Verification,
                              Tr::tr("The recovery passphrase is not right for this key, or the "
                                     "recovery copy was altered. Check the passphrase (capital "
                                     "letters count) and try again.")),
                    KeyError::WrongPassphrase);
}

Error damagedRecovery()
{
    return makeError(ErrorKind::BadInput,
                     Tr::tr("This is not a recovery copy of an agreement key, or it is damaged. "
                            "Use another copy of it."));
}

Result<crypto::SecureBytes> deriveWrapKey(const crypto::SecureBytes& passphrase,
                                          const unsigned char* salt,
                                          secrets::PassphraseLimits limits)
{
    crypto::SecureBytes key(kKeySize);
    if (crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char*>(passphrase.data()),
                      passphrase.size(), salt, static_cast<unsigned long long>(limits.opsLimit),
                      static_cast<std::size_t>(limits.memLimit),
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return makeError(ErrorKind::Failure,
                         Tr::tr("There was not enough memory to check the passphrase. Close "
                                "other programs and try again."));
    }
    return key;
}

bool keyMatches(const crypto::SecureBytes& key, const QByteArray& check)
{
    const QByteArray computed = AgreementKeys::keyCheckOf(key);
    return check.size() == kCheckSize &&
           sodium_memcmp(computed.constData(), check.constData(), kCheckSize) == 0;
}

Result<crypto::SecureBytes> openSealed(const QByteArray& sealed, const crypto::Identity& me)
{
    crypto::SecureBytes key(kKeySize);
    if (sealed.size() != kSealedSize ||
        crypto_box_seal_open(
            key.data(), reinterpret_cast<const unsigned char*>(sealed.constData()),
            static_cast<unsigned long long>(sealed.size()),
            reinterpret_cast<const unsigned char*>(me.card().receivingKey.constData()),
            me.receivingSecret().data()) != 0) {
        return makeError(ErrorKind::Verification, QString());
    }
    return key;
}

} // namespace

QString AgreementKeyRecord::keyId() const
{
    const QString hex = QString::fromLatin1(keyCheck.left(8).toHex());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

AgreementKeys::AgreementKeys(Database& db)
    : m_db(db)
{}

QByteArray AgreementKeys::keyCheckOf(const crypto::SecureBytes& key)
{
    unsigned char salt[16] = {};
    unsigned char personal[16] = {};
    std::memcpy(personal, "SW-agrkey-check", 15);
    QByteArray out(kCheckSize, Qt::Uninitialized);
    crypto_generichash_blake2b_salt_personal(reinterpret_cast<unsigned char*>(out.data()),
                                             kCheckSize, key.data(), key.size(), nullptr, 0, salt,
                                             personal);
    return out;
}

Result<QByteArray> AgreementKeys::wrapForRecovery(const QString& agreement,
                                                  const crypto::SecureBytes& key,
                                                  const crypto::SecureBytes& passphrase,
                                                  secrets::PassphraseLimits limits)
{
    if (key.size() != kKeySize)
        return makeError(ErrorKind::Usage, Tr::tr("There is no key to protect."));
    if (passphrase.isEmpty())
        return makeError(ErrorKind::Usage,
                         Tr::tr("Choose a recovery passphrase to protect the key."));
    if (!limits.isAllowed()) {
        return makeError(ErrorKind::Usage,
                         Tr::tr("The protection settings asked for are outside the range "
                                "Sharewise allows. This is a fault in Sharewise: please "
                                "report it."));
    }
    const QByteArray ref = agreement.toUtf8();
    if (ref.isEmpty() || ref.size() > 0xFFFF)
        return makeError(ErrorKind::Usage, Tr::tr("Name the agreement by its reference."));
    QByteArray out(kMagic, kMagicSize);
    out.append(static_cast<char>(kRecoveryVersion));
    char n[8];
    qToBigEndian(static_cast<quint16>(ref.size()), n);
    out.append(n, 2);
    out.append(ref);
    const qsizetype saltAt = out.size();
    out.resize(saltAt + kSaltSize);
    randombytes_buf(out.data() + saltAt, static_cast<std::size_t>(kSaltSize));
    qToBigEndian(limits.opsLimit, n);
    out.append(n, 8);
    qToBigEndian(limits.memLimit, n);
    out.append(n, 8);
    const qsizetype nonceAt = out.size();
    out.resize(nonceAt + kNonceSize);
    randombytes_buf(out.data() + nonceAt, static_cast<std::size_t>(kNonceSize));
    const qsizetype adSize = out.size();

    Result<crypto::SecureBytes> wrapKey = deriveWrapKey(
        passphrase, reinterpret_cast<const unsigned char*>(out.constData() + saltAt), limits);
    if (!wrapKey)
        return wrapKey.error();
    out.resize(adSize + static_cast<qsizetype>(kKeySize) + kTagSize);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(out.data() + adSize), &written, key.data(), key.size(),
        reinterpret_cast<const unsigned char*>(out.constData()),
        static_cast<unsigned long long>(adSize), nullptr,
        reinterpret_cast<const unsigned char*>(out.constData() + nonceAt), wrapKey->data());
    return out;
}

Result<crypto::SecureBytes> AgreementKeys::unwrapRecovery(QByteArrayView copy,
                                                          const crypto::SecureBytes& passphrase,
                                                          QString* agreement)
{
    if (copy.size() < kMagicSize + 3 || copy.first(kMagicSize) != QByteArrayView(kMagic))
        return damagedRecovery();
    if (static_cast<quint8>(copy.at(kMagicSize)) != kRecoveryVersion) {
        return makeError(ErrorKind::Policy,
                         Tr::tr("This recovery copy was made by a newer version of Sharewise. "
                                "Install the newest Sharewise to use it."));
    }
    const qsizetype refSize = qFromBigEndian<quint16>(copy.data() + kMagicSize + 1);
    const qsizetype saltAt = kMagicSize + 3 + refSize;
    const qsizetype opsAt = saltAt + kSaltSize;
    const qsizetype nonceAt = opsAt + 16;
    const qsizetype cipherAt = nonceAt + kNonceSize;
    if (refSize == 0 || copy.size() != cipherAt + static_cast<qsizetype>(kKeySize) + kTagSize)
        return damagedRecovery();
    const QString ref = QString::fromUtf8(copy.sliced(kMagicSize + 3, refSize));
    secrets::PassphraseLimits limits;
    limits.opsLimit = qFromBigEndian<quint64>(copy.data() + opsAt);
    limits.memLimit = qFromBigEndian<quint64>(copy.data() + opsAt + 8);
    // Checked before Argon2id runs, so a hostile copy cannot tie the computer up.
    if (!limits.isAllowed()) {
        return makeError(ErrorKind::BadInput,
                         Tr::tr("The recovery copy's protection settings are outside the range "
                                "Sharewise allows, so it was not opened. It is damaged or was "
                                "not made by Sharewise."));
    }
    if (passphrase.isEmpty())
        return makeError(ErrorKind::Usage, Tr::tr("Type the recovery passphrase."));
    Result<crypto::SecureBytes> wrapKey = deriveWrapKey(
        passphrase, reinterpret_cast<const unsigned char*>(copy.data() + saltAt), limits);
    if (!wrapKey)
        return wrapKey.error();
    crypto::SecureBytes key(kKeySize);
    unsigned long long plainSize = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            key.data(), &plainSize, nullptr,
            reinterpret_cast<const unsigned char*>(copy.data() + cipherAt),
            static_cast<unsigned long long>(kKeySize + kTagSize),
            reinterpret_cast<const unsigned char*>(copy.data()),
            static_cast<unsigned long long>(cipherAt),
            reinterpret_cast<const unsigned char*>(copy.data() + nonceAt), wrapKey->data()) != 0) {
        return wrongPassphrase();
    }
    if (agreement)
        *agreement = ref;
    return key;
}

Result<AgreementKeyRecord> AgreementKeys::find(const QString& agreement) const
{
    Result<QString> ref = checkedReference(agreement);
    if (!ref)
        return ref.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM agreement_keys WHERE agreement_ref = ?")
                  .arg(kRecordColumns));
    q.addBindValue(ref.value());
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return noKey(ref.value());
    AgreementKeyRecord r;
    r.id = q.value(0).toLongLong();
    r.agreement = q.value(1).toString();
    r.keyCheck = q.value(2).toByteArray();
    r.createdBy = q.value(3).toString();
    r.createdAtUs = q.value(4).toLongLong();
    return r;
}

Result<QList<AgreementKeyRecord>> AgreementKeys::list() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM agreement_keys ORDER BY agreement_ref")
                    .arg(kRecordColumns)))
        return sqlError(q);
    QList<AgreementKeyRecord> out;
    while (q.next()) {
        AgreementKeyRecord r;
        r.id = q.value(0).toLongLong();
        r.agreement = q.value(1).toString();
        r.keyCheck = q.value(2).toByteArray();
        r.createdBy = q.value(3).toString();
        r.createdAtUs = q.value(4).toLongLong();
        out.append(r);
    }
    return out;
}

Result<QList<AgreementKeyGrant>> AgreementKeys::queryGrants(const QString& where,
                                                            const QVariantList& values) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM agreement_key_grants g JOIN agreement_keys k ON "
                             "k.id = g.agreement_key_id %2 ORDER BY k.agreement_ref, g.id")
                  .arg(kGrantColumns, where));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    QList<AgreementKeyGrant> out;
    while (q.next()) {
        AgreementKeyGrant g;
        g.id = q.value(0).toLongLong();
        g.agreement = q.value(1).toString();
        g.holder = q.value(2).toString();
        Result<crypto::KeyCard> card = crypto::KeyCard::fromText(q.value(3).toString());
        if (!card) {
            return makeError(ErrorKind::Verification,
                             Tr::tr("The key card stored for %1 no longer checks: the history "
                                    "was altered. Ask your administrator to look at it.")
                                 .arg(g.holder));
        }
        g.card = card.value();
        g.fingerprint = q.value(4).toString();
        g.grantedBy = q.value(5).toString();
        g.grantedAtUs = q.value(6).toLongLong();
        g.revokedBy = q.value(7).toString();
        g.revokedAtUs = q.value(8).toLongLong();
        g.revokeReason = q.value(9).toString();
        out.append(g);
    }
    return out;
}

Result<QList<AgreementKeyGrant>> AgreementKeys::grants(const QString& agreement,
                                                       bool includeRevoked) const
{
    QStringList conditions;
    QVariantList values;
    if (!agreement.trimmed().isEmpty()) {
        conditions << QStringLiteral("k.agreement_ref = ?");
        values << agreement.trimmed();
    }
    if (!includeRevoked)
        conditions << QStringLiteral("g.revoked_at_us IS NULL");
    return queryGrants(conditions.isEmpty()
                           ? QString()
                           : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")),
                       values);
}

Status AgreementKeys::canCreate(const QString& agreement) const
{
    Result<AgreementKeyRecord> existing = find(agreement);
    if (existing) {
        return withCode(makeError(ErrorKind::Policy,
                                  Tr::tr("Agreement %1 already has a pseudonymisation key (key "
                                         "%2). A second key would break the link between its "
                                         "shares; grant the existing key instead.")
                                      .arg(existing->agreement, existing->keyId())),
                        KeyError::Exists);
    }
    if (existing.error().code != QLatin1String(KeyError::NotFound))
        return existing.error();
    return {};
}

Result<AgreementKeyRecord> AgreementKeys::create(const QString& agreement,
                                                 const crypto::KeyCard& firstHolder,
                                                 const QString& holderName,
                                                 const crypto::SecureBytes& recoveryPassphrase,
                                                 secrets::PassphraseLimits limits)
{
    Result<QString> ref = checkedReference(agreement);
    if (!ref)
        return ref.error();
    if (!firstHolder.isCertified())
        return makeError(ErrorKind::Verification,
                         Tr::tr("This key card does not check: do not use it."));
    if (Status s = canCreate(ref.value()); !s)
        return s.error();

    crypto::SecureBytes key(kKeySize);
    randombytes_buf(key.data(), key.size());
    // Argon2id runs before the write lock is taken: it takes most of a second.
    Result<QByteArray> recovery = wrapForRecovery(ref.value(), key, recoveryPassphrase, limits);
    if (!recovery)
        return recovery.error();

    Database::WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    if (Status s = canCreate(ref.value()); !s) // made meanwhile by someone else
        return s.error();
    AgreementKeyRecord record;
    record.agreement = ref.value();
    record.keyCheck = keyCheckOf(key);
    record.createdBy = m_db.actor();
    record.createdAtUs = Clock::nowUs();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO agreement_keys (agreement_ref, key_check, recovery_copy, "
                             "created_by, created_at_us) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(record.agreement);
    q.addBindValue(record.keyCheck);
    q.addBindValue(recovery.value());
    q.addBindValue(record.createdBy);
    q.addBindValue(record.createdAtUs);
    if (!q.exec() || !q.next())
        return sqlError(q);
    record.id = q.value(0).toLongLong();
    q.finish();

    AuditEvent e;
    e.actor = m_db.actor();
    e.action = QStringLiteral("agreement_key.created");
    e.objectType = QStringLiteral("agreement_key");
    e.objectId = record.agreement;
    e.detail =
        QJsonObject{{QStringLiteral("agreement"), record.agreement},
                    {QStringLiteral("keyId"), record.keyId()},
                    {QStringLiteral("keyCheck"), QString::fromLatin1(record.keyCheck.toHex())},
                    {QStringLiteral("recoveryOpsLimit"), static_cast<qint64>(limits.opsLimit)},
                    {QStringLiteral("recoveryMemLimit"), static_cast<qint64>(limits.memLimit)}};
    e.timeUs = record.createdAtUs;
    if (Result<AuditEntry> r = m_db.audit().append(e); !r)
        return r.error();
    if (Result<AgreementKeyGrant> g =
            addGrant(record, key, firstHolder, holderName, QStringLiteral("created"));
        !g)
        return g.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcApp) << "agreement key created, id" << record.id;
    return record;
}

Result<AgreementKeyGrant> AgreementKeys::addGrant(const AgreementKeyRecord& record,
                                                  const crypto::SecureBytes& key,
                                                  const crypto::KeyCard& to,
                                                  const QString& holderName, const QString& via)
{
    if (!to.isCertified())
        return makeError(ErrorKind::Verification,
                         Tr::tr("This key card does not check: do not use it."));
    const QString holder = holderName.trimmed().isEmpty() ? to.name : holderName.trimmed();
    QByteArray sealed(kSealedSize, Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), key.data(), key.size(),
                    reinterpret_cast<const unsigned char*>(to.receivingKey.constData()));
    const qint64 now = Clock::nowUs();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO agreement_key_grants (agreement_key_id, holder, card, fingerprint, "
        "receiving_key, sealed_key, granted_by, granted_at_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id"));
    q.addBindValue(record.id);
    q.addBindValue(holder);
    q.addBindValue(to.toText());
    q.addBindValue(to.fingerprint());
    q.addBindValue(to.receivingKey);
    q.addBindValue(sealed);
    q.addBindValue(m_db.actor());
    q.addBindValue(now);
    if (!q.exec() || !q.next())
        return sqlError(q);
    AgreementKeyGrant g;
    g.id = q.value(0).toLongLong();
    q.finish();
    g.agreement = record.agreement;
    g.holder = holder;
    g.card = to;
    g.fingerprint = to.fingerprint();
    g.grantedBy = m_db.actor();
    g.grantedAtUs = now;

    AuditEvent e;
    e.actor = m_db.actor();
    e.action = QStringLiteral("agreement_key.granted");
    e.objectType = QStringLiteral("agreement_key");
    e.objectId = record.agreement;
    e.detail = QJsonObject{{QStringLiteral("agreement"), record.agreement},
                           {QStringLiteral("keyId"), record.keyId()},
                           {QStringLiteral("holder"), holder},
                           {QStringLiteral("fingerprint"), g.fingerprint},
                           {QStringLiteral("via"), via}};
    e.timeUs = now;
    if (Result<AuditEntry> r = m_db.audit().append(e); !r)
        return r.error();
    return g;
}

Result<crypto::SecureBytes> AgreementKeys::unlockFor(const AgreementKeyRecord& record,
                                                     const KeyAccess& access, QString* via) const
{
    std::optional<Error> identityProblem;
    if (access.identity && !access.identity->isNull()) {
        Result<crypto::SecureBytes> key = unlock(record.agreement, *access.identity);
        if (key) {
            if (via)
                *via = QStringLiteral("grant");
            return key;
        }
        identityProblem = key.error();
    }
    if (access.recoveryPassphrase) {
        Result<crypto::SecureBytes> key =
            unlockWithRecovery(record.agreement, *access.recoveryPassphrase);
        if (key && via)
            *via = QStringLiteral("recovery");
        return key;
    }
    if (identityProblem)
        return *identityProblem;
    return withCode(
        makeError(ErrorKind::Usage, Tr::tr("To pass on the key of agreement %1 you must hold it "
                                           "yourself, or give its recovery passphrase.")
                                        .arg(record.agreement)),
        KeyError::NoGrant);
}

Result<crypto::SecureBytes> AgreementKeys::unlock(const QString& agreement,
                                                  const crypto::Identity& me) const
{
    Result<AgreementKeyRecord> record = find(agreement);
    if (!record)
        return record.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT sealed_key FROM agreement_key_grants WHERE "
                             "agreement_key_id = ? AND receiving_key = ? AND revoked_at_us IS "
                             "NULL AND sealed_key IS NOT NULL ORDER BY id"));
    q.addBindValue(record->id);
    q.addBindValue(me.card().receivingKey);
    if (!q.exec())
        return sqlError(q);
    bool any = false;
    while (q.next()) {
        any = true;
        Result<crypto::SecureBytes> key = openSealed(q.value(0).toByteArray(), me);
        if (key && keyMatches(key.value(), record->keyCheck))
            return key;
    }
    if (any)
        return wrongKey(record->agreement);
    return withCode(makeError(ErrorKind::Policy,
                              Tr::tr("You have not been given the key of agreement %1 (or it was "
                                     "taken back). Ask someone who holds it to grant it to you "
                                     "(fingerprint %2).")
                                  .arg(record->agreement, me.card().fingerprint())),
                    KeyError::NoGrant);
}

Result<crypto::SecureBytes>
AgreementKeys::unlockWithRecovery(const QString& agreement,
                                  const crypto::SecureBytes& passphrase) const
{
    Result<AgreementKeyRecord> record = find(agreement);
    if (!record)
        return record.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT recovery_copy FROM agreement_keys WHERE id = ?"));
    q.addBindValue(record->id);
    if (!q.exec() || !q.next())
        return sqlError(q);
    QString named;
    Result<crypto::SecureBytes> key = unwrapRecovery(q.value(0).toByteArray(), passphrase, &named);
    if (!key)
        return key.error();
    if (named != record->agreement || !keyMatches(key.value(), record->keyCheck))
        return wrongKey(record->agreement);
    return key;
}

Result<AgreementKeyGrant> AgreementKeys::grant(const QString& agreement, const crypto::KeyCard& to,
                                               const QString& holderName, const KeyAccess& access)
{
    Result<AgreementKeyRecord> record = find(agreement);
    if (!record)
        return record.error();
    if (!to.isCertified())
        return makeError(ErrorKind::Verification,
                         Tr::tr("This key card does not check: do not use it."));
    Result<QList<AgreementKeyGrant>> held =
        queryGrants(QStringLiteral("WHERE k.id = ? AND g.fingerprint = ? AND "
                                   "g.revoked_at_us IS NULL"),
                    {record->id, to.fingerprint()});
    if (!held)
        return held.error();
    if (!held->isEmpty())
        return held->first(); // holds it already: nothing to do
    QString via;
    Result<crypto::SecureBytes> key = unlockFor(record.value(), access, &via);
    if (!key)
        return key.error();
    Database::WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    Result<AgreementKeyGrant> g = addGrant(record.value(), key.value(), to, holderName, via);
    if (!g)
        return g.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return g;
}

Status AgreementKeys::revokeGrant(const AgreementKeyGrant& grant, const QString& reason)
{
    // The sealed copy is deleted, not just marked: whoever still has the history file
    // and the revoked identity must not be able to unwrap it. secure_delete makes
    // SQLite overwrite the freed bytes (older copies in the WAL go at its next
    // checkpoint).
    // (A register server's freed space is the server's to scrub: see
    // docs/shared-register.md.)
    if (m_db.engine() == sql::Engine::Sqlite) {
        QSqlQuery pragma(m_db.connection());
        pragma.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    }
    const qint64 now = Clock::nowUs();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE agreement_key_grants SET sealed_key = NULL, revoked_by = ?, "
                             "revoked_at_us = ?, revoke_reason = ? WHERE id = ? AND "
                             "revoked_at_us IS NULL"));
    q.addBindValue(m_db.actor());
    q.addBindValue(now);
    q.addBindValue(reason);
    q.addBindValue(grant.id);
    if (!q.exec())
        return sqlError(q);
    AuditEvent e;
    e.actor = m_db.actor();
    e.action = QStringLiteral("agreement_key.revoked");
    e.objectType = QStringLiteral("agreement_key");
    e.objectId = grant.agreement;
    e.detail = QJsonObject{{QStringLiteral("agreement"), grant.agreement},
                           {QStringLiteral("holder"), grant.holder},
                           {QStringLiteral("fingerprint"), grant.fingerprint},
                           {QStringLiteral("reason"), reason}};
    e.timeUs = now;
    if (Result<AuditEntry> r = m_db.audit().append(e); !r)
        return r.error();
    return {};
}

Status AgreementKeys::revoke(const QString& agreement, const QString& fingerprint,
                             const QString& reason)
{
    Result<AgreementKeyRecord> record = find(agreement);
    if (!record)
        return record.error();
    if (reason.trimmed().isEmpty())
        return makeError(ErrorKind::Usage, Tr::tr("Say why the key is taken back."));
    const QString fp = normalisedFingerprint(fingerprint);
    Result<QList<AgreementKeyGrant>> held = queryGrants(
        QStringLiteral("WHERE k.id = ? AND g.fingerprint = ? AND g.revoked_at_us IS NULL"),
        {record->id, fp});
    if (!held)
        return held.error();
    if (fp.isEmpty() || held->isEmpty()) {
        return withCode(
            makeError(ErrorKind::BadInput, Tr::tr("No one with the fingerprint %1 holds the key of "
                                                  "agreement %2.")
                                               .arg(fingerprint.trimmed(), record->agreement)),
            KeyError::NoGrant);
    }
    Database::WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    for (const AgreementKeyGrant& g : std::as_const(held.value())) {
        if (Status s = revokeGrant(g, reason.trimmed()); !s)
            return s;
    }
    return tx.commit();
}

Result<Handover> AgreementKeys::handOver(const QString& leaverFingerprint,
                                         const crypto::KeyCard& successor,
                                         const QString& successorName, const KeyAccess& access)
{
    const QString leaver = normalisedFingerprint(leaverFingerprint);
    if (leaver.isEmpty()) {
        return makeError(ErrorKind::Usage,
                         Tr::tr("Name the person who is leaving by their key's fingerprint."));
    }
    if (!successor.isCertified())
        return makeError(ErrorKind::Verification,
                         Tr::tr("This key card does not check: do not use it."));
    if (successor.fingerprint() == leaver) {
        return makeError(ErrorKind::Usage,
                         Tr::tr("The person leaving and their successor are the same key."));
    }
    Result<QList<AgreementKeyGrant>> held = queryGrants(
        QStringLiteral("WHERE g.fingerprint = ? AND g.revoked_at_us IS NULL"), {leaver});
    if (!held)
        return held.error();
    if (held->isEmpty()) {
        return withCode(makeError(ErrorKind::BadInput,
                                  Tr::tr("The person with the fingerprint %1 holds no agreement "
                                         "keys: there is nothing to hand over.")
                                      .arg(leaver)),
                        KeyError::NoGrant);
    }
    // Unwrap every key first (with the recovery passphrase this runs Argon2id for
    // each), so that the write lock is held only for the writes.
    struct Move
    {
        AgreementKeyRecord record;
        AgreementKeyGrant from;
        crypto::SecureBytes key;
        QString via;
        bool successorHolds = false;
    };
    std::vector<Move> moves;
    for (const AgreementKeyGrant& g : std::as_const(held.value())) {
        Result<AgreementKeyRecord> record = find(g.agreement);
        if (!record)
            return record.error();
        Result<QList<AgreementKeyGrant>> already = queryGrants(
            QStringLiteral("WHERE k.id = ? AND g.fingerprint = ? AND g.revoked_at_us IS NULL"),
            {record->id, successor.fingerprint()});
        if (!already)
            return already.error();
        Move m{record.value(), g, {}, {}, !already->isEmpty()};
        if (!m.successorHolds) {
            Result<crypto::SecureBytes> key = unlockFor(record.value(), access, &m.via);
            if (!key) {
                Error e = key.error();
                e.message = Tr::tr("Nothing was handed over: the key of agreement %1 could not "
                                   "be unlocked. %2")
                                .arg(g.agreement, e.message);
                return e;
            }
            m.key = std::move(key).value();
        }
        moves.push_back(std::move(m));
    }

    Database::WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    const QString reason =
        Tr::tr("Handed over to %1 (%2).")
            .arg(successorName.trimmed().isEmpty() ? successor.name : successorName.trimmed(),
                 successor.fingerprint());
    Handover result;
    for (const Move& m : moves) {
        if (!m.successorHolds) {
            if (Result<AgreementKeyGrant> g = addGrant(m.record, m.key, successor, successorName,
                                                       QStringLiteral("handover/") + m.via);
                !g)
                return g.error();
        }
        if (Status s = revokeGrant(m.from, reason); !s)
            return s.error();
        if (!result.agreements.contains(m.record.agreement))
            result.agreements.append(m.record.agreement);
    }
    AuditEvent e;
    e.actor = m_db.actor();
    e.action = QStringLiteral("agreement_key.handed_over");
    e.objectType = QStringLiteral("person_key");
    e.objectId = leaver;
    e.detail =
        QJsonObject{{QStringLiteral("from"), leaver},
                    {QStringLiteral("fromHolder"), moves.front().from.holder},
                    {QStringLiteral("to"), successor.fingerprint()},
                    {QStringLiteral("toHolder"),
                     successorName.trimmed().isEmpty() ? successor.name : successorName.trimmed()},
                    {QStringLiteral("agreements"), QJsonArray::fromStringList(result.agreements)}};
    if (Result<AuditEntry> r = m_db.audit().append(e); !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}

Result<QByteArray> AgreementKeys::exportRecovery(const QString& agreement)
{
    Result<AgreementKeyRecord> record = find(agreement);
    if (!record)
        return record.error();
    Database::WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT recovery_copy FROM agreement_keys WHERE id = ?"));
    q.addBindValue(record->id);
    if (!q.exec() || !q.next())
        return sqlError(q);
    const QByteArray copy = q.value(0).toByteArray();
    q.finish();
    AuditEvent e;
    e.actor = m_db.actor();
    e.action = QStringLiteral("agreement_key.recovery_exported");
    e.objectType = QStringLiteral("agreement_key");
    e.objectId = record->agreement;
    e.detail = QJsonObject{{QStringLiteral("agreement"), record->agreement},
                           {QStringLiteral("keyId"), record->keyId()}};
    if (Result<AuditEntry> r = m_db.audit().append(e); !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return copy;
}

Result<AgreementKeyRecord> AgreementKeys::importRecovery(QByteArrayView recoveryCopy,
                                                         const crypto::SecureBytes& passphrase)
{
    QString named;
    Result<crypto::SecureBytes> key = unwrapRecovery(recoveryCopy, passphrase, &named);
    if (!key)
        return key.error();
    Result<QString> ref = checkedReference(named);
    if (!ref || ref.value() != named)
        return damagedRecovery();
    const QByteArray check = keyCheckOf(key.value());
    Result<AgreementKeyRecord> existing = find(named);
    if (existing) {
        if (!keyMatches(key.value(), existing->keyCheck)) {
            return withCode(makeError(ErrorKind::Policy,
                                      Tr::tr("This recovery copy holds a different key from the "
                                             "one recorded for agreement %1 (key %2). Nothing "
                                             "was changed.")
                                          .arg(named, existing->keyId())),
                            KeyError::WrongKey);
        }
        return existing;
    }
    if (existing.error().code != QLatin1String(KeyError::NotFound))
        return existing.error();

    Database::WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    AgreementKeyRecord record;
    record.agreement = named;
    record.keyCheck = check;
    record.createdBy = m_db.actor();
    record.createdAtUs = Clock::nowUs();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO agreement_keys (agreement_ref, key_check, recovery_copy, "
                             "created_by, created_at_us) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(record.agreement);
    q.addBindValue(record.keyCheck);
    q.addBindValue(recoveryCopy.toByteArray());
    q.addBindValue(record.createdBy);
    q.addBindValue(record.createdAtUs);
    if (!q.exec() || !q.next())
        return sqlError(q);
    record.id = q.value(0).toLongLong();
    q.finish();
    AuditEvent e;
    e.actor = m_db.actor();
    e.action = QStringLiteral("agreement_key.recovered");
    e.objectType = QStringLiteral("agreement_key");
    e.objectId = record.agreement;
    e.detail = QJsonObject{{QStringLiteral("agreement"), record.agreement},
                           {QStringLiteral("keyId"), record.keyId()},
                           {QStringLiteral("keyCheck"), QString::fromLatin1(check.toHex())}};
    e.timeUs = record.createdAtUs;
    if (Result<AuditEntry> r = m_db.audit().append(e); !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return record;
}

} // namespace sharewise::keys
