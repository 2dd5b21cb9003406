#include "store/AuditLog.h"

#include "store/SqlDialect.h"

#include "common/CanonicalJson.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "crypto/Identity.h"
#include "crypto/Sodium.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace sharewise {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};

constexpr char kMagic[] = "SWAUDIT1";
const QByteArray kZeroHash(32, '\0');

void appendU64(QByteArray& out, quint64 v)
{
    char buf[8];
    qToBigEndian(v, buf);
    out.append(buf, 8);
}

void appendText(QByteArray& out, const QString& s)
{
    const QByteArray utf8 = s.toUtf8();
    char buf[4];
    qToBigEndian(static_cast<quint32>(utf8.size()), buf);
    out.append(buf, 4);
    out.append(utf8);
}

AuditEntry entryFromQuery(const QSqlQuery& q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.timeUs = q.value(1).toLongLong();
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.objectType = q.value(4).toString();
    e.objectId = q.value(5).toString();
    if (!q.value(6).isNull())
        e.detail = q.value(6).toString().toUtf8();
    e.detailHash = q.value(7).toByteArray();
    e.prevHash = q.value(8).toByteArray();
    e.entryHash = q.value(9).toByteArray();
    return e;
}

const QString kColumns = QStringLiteral(
    "seq, time_us, actor, action, object_type, object_id, detail, detail_hash, prev_hash, "
    "entry_hash");

} // namespace

AuditLog::AuditLog(Database& db)
    : m_db(db)
{}

QByteArray AuditLog::canonicalEncoding(const AuditEntry& e)
{
    QByteArray out;
    out.reserve(160);
    out.append(kMagic, 8);
    appendU64(out, static_cast<quint64>(e.seq));
    appendU64(out, static_cast<quint64>(e.timeUs));
    appendText(out, e.actor);
    appendText(out, e.action);
    appendText(out, e.objectType);
    appendText(out, e.objectId);
    out.append(e.detailHash);
    out.append(e.prevHash);
    return out;
}

QByteArray AuditLog::headStatement(qint64 entryCount, const QByteArray& entryHash)
{
    QByteArray s("SWHEAD1");
    appendU64(s, static_cast<quint64>(entryCount));
    s.append(entryHash);
    return s;
}

QByteArray AuditLog::computeEntryHash(const AuditEntry& entry)
{
    return crypto::Blake2b256::hash(canonicalEncoding(entry));
}

Result<AuditEntry> AuditLog::append(const AuditEvent& event)
{
    if (event.action.isEmpty() || event.objectType.isEmpty())
        return makeError(ErrorKind::Usage, Tr::tr("An audit entry needs an action and an object."));

    Database::WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.error();

    AuditEntry e;
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral(
                "SELECT seq, entry_hash FROM audit_log ORDER BY seq DESC LIMIT 1"))) {
            return makeError(
                ErrorKind::Failure,
                Tr::tr("Could not read the audit log (%1).").arg(describeSqlError(q.lastError())));
        }
        if (q.next()) {
            e.seq = q.value(0).toLongLong() + 1;
            e.prevHash = q.value(1).toByteArray();
        } else {
            e.seq = 1;
            e.prevHash = kZeroHash;
        }
    }
    e.timeUs = event.timeUs.value_or(Clock::nowUs());
    e.actor = event.actor.isEmpty() ? QStringLiteral("system") : event.actor;
    e.action = event.action;
    e.objectType = event.objectType;
    e.objectId = event.objectId;
    e.detail = CanonicalJson::serialise(event.detail);
    e.detailHash = crypto::Blake2b256::hash(*e.detail);
    e.entryHash = computeEntryHash(e);

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(kColumns));
    q.addBindValue(e.seq);
    q.addBindValue(e.timeUs);
    q.addBindValue(e.actor);
    q.addBindValue(e.action);
    q.addBindValue(e.objectType);
    q.addBindValue(e.objectId);
    q.addBindValue(QString::fromUtf8(*e.detail));
    q.addBindValue(e.detailHash);
    q.addBindValue(e.prevHash);
    q.addBindValue(e.entryHash);
    if (!q.exec()) {
        return makeError(
            ErrorKind::Failure,
            Tr::tr("Could not write to the audit log (%1).").arg(describeSqlError(q.lastError())));
    }
    q.finish();
    if (const crypto::Identity* signer = m_db.signer()) {
        QSqlQuery h(m_db.connection());
        h.prepare(QStringLiteral("INSERT INTO audit_heads (entry_count, head_hash, signer_key, "
                                 "signature, signed_at_us) VALUES (?, ?, ?, ?, ?)"));
        h.addBindValue(e.seq);
        h.addBindValue(e.entryHash);
        h.addBindValue(signer->card().signingKey);
        h.addBindValue(signer->sign(crypto::SignContext::Audit, headStatement(e.seq, e.entryHash)));
        h.addBindValue(e.timeUs);
        if (!h.exec()) {
            return makeError(
                ErrorKind::Failure,
                Tr::tr("Could not sign the audit log (%1).").arg(describeSqlError(h.lastError())));
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    qCDebug(lcAudit) << "appended audit entry" << e.seq << e.action;
    return e;
}

Result<QList<AuditEntry>> AuditLog::entries(qint64 limit, bool fromEnd) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq %2")
                      .arg(kColumns, fromEnd ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    if (!q.exec(sql)) {
        return makeError(
            ErrorKind::Failure,
            Tr::tr("Could not read the audit log (%1).").arg(describeSqlError(q.lastError())));
    }
    QList<AuditEntry> out;
    while (q.next())
        out.append(entryFromQuery(q));
    if (fromEnd)
        std::reverse(out.begin(), out.end());
    return out;
}

AuditVerification AuditLog::verify() const
{
    return verify(m_db.connection());
}

AuditVerification AuditLog::verify(const QSqlDatabase& connection)
{
    AuditVerification v;
    v.headHash = kZeroHash;
    // Signed heads (schema 2 on): which entries they name, to compare as we go.
    struct Head
    {
        qint64 count;
        QByteArray hash;
        QByteArray signer;
        QByteArray signature;
    };
    QList<Head> heads;
    QSet<QByteArray> ownKeys;
    {
        QSqlQuery t(connection);
        t.prepare(sql::tableExistsQuery(sql::engineOf(connection)));
        t.addBindValue(QStringLiteral("audit_heads"));
        if (t.exec() && t.next() && t.value(0).toInt() == 1) {
            QSqlQuery hq(connection);
            hq.exec(QStringLiteral("SELECT entry_count, head_hash, signer_key, signature FROM "
                                   "audit_heads ORDER BY id"));
            while (hq.next()) {
                heads.append({hq.value(0).toLongLong(), hq.value(1).toByteArray(),
                              hq.value(2).toByteArray(), hq.value(3).toByteArray()});
            }
            QSqlQuery oq(connection);
            oq.exec(QStringLiteral("SELECT card FROM own_identities"));
            while (oq.next()) {
                if (Result<crypto::KeyCard> c = crypto::KeyCard::fromText(oq.value(0).toString()))
                    ownKeys.insert(c->signingKey);
            }
        }
    }
    // The entries after the heads: a head written meanwhile names entries that are
    // there by then. (And no other query runs while this one streams its rows: a
    // forward-only query on PostgreSQL gives up its rows to the next query.)
    QSqlQuery q(connection);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq ASC").arg(kColumns))) {
        v.intact = false;
        v.problem =
            Tr::tr("Could not read the audit log (%1).").arg(describeSqlError(q.lastError()));
        return v;
    }
    QHash<qint64, QByteArray> namedHashes;
    for (const Head& h : std::as_const(heads))
        namedHashes.insert(h.count, QByteArray());

    qint64 expectedSeq = 1;
    QByteArray expectedPrev = kZeroHash;
    auto fail = [&v](qint64 seq, QString problem) {
        v.intact = false;
        v.firstBadSeq = seq;
        v.problem = std::move(problem);
        return v;
    };
    while (q.next()) {
        const AuditEntry e = entryFromQuery(q);
        if (e.seq != expectedSeq) {
            return fail(expectedSeq,
                        Tr::tr("Entry %1 is missing: the log goes from entry %2 to entry %3.")
                            .arg(expectedSeq)
                            .arg(expectedSeq - 1)
                            .arg(e.seq));
        }
        if (e.prevHash != expectedPrev) {
            return fail(e.seq, Tr::tr("Entry %1 does not follow from the entry before it: an "
                                      "entry was removed, replaced or reordered.")
                                   .arg(e.seq));
        }
        if (e.detail && crypto::Blake2b256::hash(*e.detail) != e.detailHash) {
            return fail(
                e.seq,
                Tr::tr("The details of entry %1 were changed after it was written.").arg(e.seq));
        }
        const QByteArray hash = computeEntryHash(e);
        if (hash != e.entryHash) {
            return fail(e.seq, Tr::tr("Entry %1 was changed after it was written: its contents no "
                                      "longer match its recorded hash.")
                                   .arg(e.seq));
        }
        expectedPrev = hash;
        expectedSeq = e.seq + 1;
        v.entriesChecked++;
        v.headHash = hash;
        if (namedHashes.contains(e.seq))
            namedHashes[e.seq] = hash;
    }
    if (v.entriesChecked == 0) {
        // Every history records its own creation first, so an empty log was emptied.
        return fail(1, Tr::tr("The audit log is empty, but every history records its creation: "
                              "its entries were removed."));
    }
    for (const Head& h : std::as_const(heads)) {
        if (!ownKeys.contains(h.signer) ||
            !crypto::Identity::verify(h.signer, crypto::SignContext::Audit,
                                      headStatement(h.count, h.hash), h.signature)) {
            return fail(h.count,
                        Tr::tr("A signed record of the audit log (up to entry %1) does not "
                               "check: it was altered, or signed by a key that is not one "
                               "of this history's identities.")
                            .arg(h.count));
        }
        if (h.count > v.entriesChecked) {
            return fail(v.entriesChecked + 1,
                        Tr::tr("Entries were cut off the end of the audit log: a signed record "
                               "shows it had %1 entries, but only %2 remain.")
                            .arg(h.count)
                            .arg(v.entriesChecked));
        }
        if (namedHashes.value(h.count) != h.hash) {
            return fail(h.count, Tr::tr("The audit log was rebuilt: entry %1 is not the entry that "
                                        "was signed when it was written.")
                                     .arg(h.count));
        }
        v.signedHeads++;
    }
    return v;
}

} // namespace sharewise
