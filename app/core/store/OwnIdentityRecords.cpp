#include "store/OwnIdentityRecords.h"

#include "common/Clock.h"
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
    Q_DECLARE_TR_FUNCTIONS(OwnIdentityRecords)
};

Error sqlError(const QSqlQuery& q)
{
    return makeError(ErrorKind::Failure, Tr::tr("Could not read or record your identities (%1).")
                                             .arg(describeSqlError(q.lastError())));
}
} // namespace

OwnIdentityRecords::OwnIdentityRecords(Database& db)
    : m_db(db)
{}

Status OwnIdentityRecords::addCurrent(const crypto::KeyCard& card, const QString& storage,
                                      const QString& filePath)
{
    Result<QList<OwnIdentityRecord>> existing = list();
    if (!existing)
        return existing.error();
    const bool replacing = !existing->isEmpty() && existing->first().current;
    Database::WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    QSqlQuery q(m_db.connection());
    const qint64 now = Clock::nowUs();
    // On a shared register, only this person's own current identity is retired.
    q.prepare(QStringLiteral("UPDATE own_identities SET status = 'retired', retired_at_us = ? "
                             "WHERE status = 'current'") +
              (m_db.isShared() ? QStringLiteral(" AND holder = ?") : QString()));
    q.addBindValue(now);
    if (m_db.isShared())
        q.addBindValue(m_db.actor());
    if (!q.exec())
        return sqlError(q);
    q.prepare(
        QStringLiteral("INSERT INTO own_identities (fingerprint, card, storage, file_path, "
                       "status, created_at_us, holder) VALUES (?, ?, ?, ?, 'current', ?, ?)"));
    q.addBindValue(card.fingerprint());
    q.addBindValue(card.toText());
    q.addBindValue(storage);
    q.addBindValue(filePath.isEmpty() ? QVariant() : QVariant(filePath));
    q.addBindValue(now);
    q.addBindValue(m_db.isShared() ? QVariant(m_db.actor()) : QVariant());
    if (!q.exec())
        return sqlError(q);
    q.finish();
    AuditEvent e;
    e.actor = m_db.actor();
    e.action = replacing ? QStringLiteral("identity.replaced") : QStringLiteral("identity.created");
    e.objectType = QStringLiteral("identity");
    e.objectId = card.fingerprint();
    e.detail = QJsonObject{{QStringLiteral("storage"), storage}};
    if (replacing)
        e.detail.insert(QStringLiteral("previous"), existing->first().fingerprint);
    if (Result<AuditEntry> r = m_db.audit().append(e); !r)
        return r.error();
    return tx.commit();
}

Result<QList<OwnIdentityRecord>> OwnIdentityRecords::list() const
{
    // A shared register holds everyone's identities: these are the acting person's.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT fingerprint, card, storage, file_path, status, created_at_us "
                             "FROM own_identities%1 ORDER BY status = 'current' DESC, id DESC")
                  .arg(m_db.isShared() ? QStringLiteral(" WHERE holder = ?") : QString()));
    if (m_db.isShared())
        q.addBindValue(m_db.actor());
    if (!q.exec())
        return sqlError(q);
    QList<OwnIdentityRecord> out;
    while (q.next()) {
        OwnIdentityRecord r;
        r.fingerprint = q.value(0).toString();
        Result<crypto::KeyCard> card = crypto::KeyCard::fromText(q.value(1).toString());
        if (!card)
            return card.error();
        r.card = card.value();
        r.storage = q.value(2).toString();
        r.filePath = q.value(3).toString();
        r.current = q.value(4).toString() == QLatin1String("current");
        r.createdAtUs = q.value(5).toLongLong();
        out.append(r);
    }
    return out;
}

Result<OwnIdentityRecord> OwnIdentityRecords::current() const
{
    Result<QList<OwnIdentityRecord>> all = list();
    if (!all)
        return all.error();
    if (all->isEmpty() || !all->first().current) {
        return makeError(ErrorKind::Usage,
                         Tr::tr("You have no identity yet. Create one first (sharewise-cli keygen, "
                                "or Settings, My identity)."));
    }
    return all->first();
}

} // namespace sharewise
