#include "store/RecipientsDirectory.h"

#include "common/Clock.h"
#include "crypto/Base32.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace sharewise {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecipientsDirectory)
};

const QString kColumns = QStringLiteral(
    "id, organisation, contact, card, fingerprint, added_by, added_at_us, verified_by, "
    "verified_at_us, verified_how, revoked_by, revoked_at_us, revoke_reason");

// Fingerprints compare without spaces or case.
QString normalisedFingerprint(const QString& text)
{
    const std::optional<QByteArray> bytes = crypto::Base32::decode(text);
    return bytes && bytes->size() == 16 ? crypto::KeyCard::formatFingerprint(*bytes) : QString();
}

Error sqlError(const QSqlQuery& q)
{
    return makeError(ErrorKind::Failure, Tr::tr("Could not read or change the recipients "
                                                "directory (%1).")
                                             .arg(describeSqlError(q.lastError())));
}

} // namespace

QString RecipientKey::label() const
{
    return contact.isEmpty() ? organisation : contact + QStringLiteral(", ") + organisation;
}

RecipientsDirectory::RecipientsDirectory(Database& db)
    : m_db(db)
{}

Result<QList<RecipientKey>> RecipientsDirectory::query(const QString& where,
                                                       const QVariantList& values) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM recipient_keys %2 ORDER BY organisation, contact, id")
                  .arg(kColumns, where));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    QList<RecipientKey> out;
    while (q.next()) {
        RecipientKey k;
        k.id = q.value(0).toLongLong();
        k.organisation = q.value(1).toString();
        k.contact = q.value(2).toString();
        Result<crypto::KeyCard> card = crypto::KeyCard::fromText(q.value(3).toString());
        if (!card) {
            return makeError(ErrorKind::Verification,
                             Tr::tr("The key stored for %1 no longer checks: the directory was "
                                    "altered. Ask your administrator to look at it.")
                                 .arg(q.value(2).toString()));
        }
        k.card = card.value();
        k.fingerprint = q.value(4).toString();
        k.addedBy = q.value(5).toString();
        k.addedAtUs = q.value(6).toLongLong();
        k.verifiedBy = q.value(7).toString();
        k.verifiedAtUs = q.value(8).toLongLong();
        k.verifiedHow = q.value(9).toString();
        k.revokedBy = q.value(10).toString();
        k.revokedAtUs = q.value(11).toLongLong();
        k.revokeReason = q.value(12).toString();
        out.append(k);
    }
    return out;
}

Result<RecipientKey> RecipientsDirectory::add(const crypto::KeyCard& card,
                                              const QString& organisation, const QString& contact,
                                              bool acceptNewKey)
{
    const QString org = organisation.trimmed();
    const QString person = contact.trimmed();
    if (org.isEmpty())
        return makeError(ErrorKind::Usage, Tr::tr("Enter the organisation this key belongs to."));
    if (person.isEmpty())
        return makeError(ErrorKind::Usage,
                         Tr::tr("Enter the name of the person who holds this key."));
    if (!card.isCertified())
        return makeError(ErrorKind::Verification,
                         Tr::tr("This key card does not check: do not use it."));

    Result<QList<RecipientKey>> same =
        query(QStringLiteral("WHERE signing_key = ?"), {card.signingKey});
    if (!same)
        return same.error();
    if (!same->isEmpty())
        return same->first(); // already there: nothing to do

    Result<QList<RecipientKey>> known = query(
        QStringLiteral("WHERE lower(organisation) = lower(?) AND lower(contact) = lower(?) AND "
                       "revoked_at_us IS NULL"),
        {org, person});
    if (!known)
        return known.error();
    if (!known->isEmpty() && !acceptNewKey) {
        return makeError(
            ErrorKind::Policy,
            Tr::tr("WARNING: %1 already has a different key in the directory "
                   "(fingerprint %2). This new key (fingerprint %3) may be an "
                   "impostor's. Phone %1 on a number you already know and compare "
                   "the new fingerprint before accepting it.")
                .arg(known->first().label(), known->first().fingerprint, card.fingerprint()));
    }

    Database::WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO recipient_keys (organisation, contact, card, fingerprint, signing_key, "
        "receiving_key, added_by, added_at_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(org);
    q.addBindValue(person);
    q.addBindValue(card.toText());
    q.addBindValue(card.fingerprint());
    q.addBindValue(card.signingKey);
    q.addBindValue(card.receivingKey);
    q.addBindValue(m_db.actor());
    q.addBindValue(Clock::nowUs());
    if (!q.exec() || !q.next())
        return sqlError(q);
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    AuditEvent e;
    e.actor = m_db.actor();
    e.action = known->isEmpty() ? QStringLiteral("recipient.added")
                                : QStringLiteral("recipient.key_changed");
    e.objectType = QStringLiteral("recipient_key");
    e.objectId = QString::number(id);
    e.detail = QJsonObject{{QStringLiteral("organisation"), org},
                           {QStringLiteral("contact"), person},
                           {QStringLiteral("fingerprint"), card.fingerprint()}};
    if (!known->isEmpty())
        e.detail.insert(QStringLiteral("previousFingerprint"), known->first().fingerprint);
    if (Result<AuditEntry> r = m_db.audit().append(e); !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Result<QList<RecipientKey>> added = query(QStringLiteral("WHERE id = ?"), {id});
    if (!added)
        return added.error();
    return added->first();
}

Result<QList<RecipientKey>> RecipientsDirectory::list() const
{
    return query(QString(), {});
}

Result<RecipientKey> RecipientsDirectory::find(const QString& fingerprintOrName) const
{
    const QString fp = normalisedFingerprint(fingerprintOrName);
    if (!fp.isEmpty()) {
        Result<QList<RecipientKey>> r = query(QStringLiteral("WHERE fingerprint = ?"), {fp});
        if (!r)
            return r.error();
        if (!r->isEmpty())
            return r->first();
    }
    Result<QList<RecipientKey>> r = query(
        QStringLiteral("WHERE (lower(contact) = lower(?) OR lower(organisation) = lower(?)) AND "
                       "revoked_at_us IS NULL"),
        {fingerprintOrName.trimmed(), fingerprintOrName.trimmed()});
    if (!r)
        return r.error();
    if (r->isEmpty()) {
        return makeError(ErrorKind::BadInput,
                         Tr::tr("No one called \"%1\" is in the recipients directory. Add their "
                                "key card first, or give the key card itself.")
                             .arg(fingerprintOrName));
    }
    if (r->size() > 1) {
        return makeError(ErrorKind::Usage,
                         Tr::tr("\"%1\" matches %2 keys in the directory: name the person's key by "
                                "its fingerprint.")
                             .arg(fingerprintOrName)
                             .arg(r->size()));
    }
    return r->first();
}

std::optional<RecipientKey> RecipientsDirectory::bySigningKey(const QByteArray& signingKey) const
{
    Result<QList<RecipientKey>> r = query(QStringLiteral("WHERE signing_key = ?"), {signingKey});
    if (!r || r->isEmpty())
        return std::nullopt;
    return r->first();
}

Status RecipientsDirectory::markVerified(const QString& fingerprint, const QString& how)
{
    Result<RecipientKey> key = find(fingerprint);
    if (!key)
        return key.error();
    return change(key.value(), QStringLiteral("verified"), how);
}

Status RecipientsDirectory::revoke(const QString& fingerprint, const QString& reason)
{
    Result<RecipientKey> key = find(fingerprint);
    if (!key)
        return key.error();
    if (key->isRevoked())
        return {};
    return change(key.value(), QStringLiteral("revoked"), reason);
}

// Records who checked or revoked a key, when, and how or why, with its audit entry.
Status RecipientsDirectory::change(const RecipientKey& key, const QString& what,
                                   const QString& note)
{
    const bool verifying = what == QLatin1String("verified");
    Database::WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    QSqlQuery q(m_db.connection());
    q.prepare(verifying ? QStringLiteral("UPDATE recipient_keys SET verified_by = ?, "
                                         "verified_at_us = ?, verified_how = ? WHERE id = ?")
                        : QStringLiteral("UPDATE recipient_keys SET revoked_by = ?, "
                                         "revoked_at_us = ?, revoke_reason = ? WHERE id = ?"));
    q.addBindValue(m_db.actor());
    q.addBindValue(Clock::nowUs());
    q.addBindValue(note);
    q.addBindValue(key.id);
    if (!q.exec())
        return sqlError(q);
    q.finish();
    AuditEvent e;
    e.actor = m_db.actor();
    e.action = QStringLiteral("recipient.") + what;
    e.objectType = QStringLiteral("recipient_key");
    e.objectId = QString::number(key.id);
    e.detail = QJsonObject{{QStringLiteral("fingerprint"), key.fingerprint},
                           {verifying ? QStringLiteral("how") : QStringLiteral("reason"), note}};
    if (Result<AuditEntry> r = m_db.audit().append(e); !r)
        return r.error();
    return tx.commit();
}

} // namespace sharewise
