#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sharewise {

class Database;

// What happened, as a caller describes it.
struct AuditEvent
{
    QString actor;      // who acted (a person's login or id; "system" for the program)
    QString action;     // a dotted code: "history.created", "share.submitted", ...
    QString objectType; // "history", "share", "agreement", ...
    QString objectId;
    QJsonObject detail;           // no secrets; personal details only where a rule needs them
    std::optional<qint64> timeUs; // defaults to now
};

// One row of the audit log, as stored.
struct AuditEntry
{
    qint64 seq = 0;
    qint64 timeUs = 0;
    QString actor;
    QString action;
    QString objectType;
    QString objectId;
    std::optional<QByteArray> detail; // canonical JSON; empty once purged
    QByteArray detailHash;            // BLAKE2b-256 of the canonical JSON
    QByteArray prevHash;              // entry hash of seq - 1; 32 zero bytes for the first
    QByteArray entryHash;             // BLAKE2b-256 of canonicalEncoding()
};

struct AuditVerification
{
    bool intact = true;
    qint64 entriesChecked = 0;
    qint64 firstBadSeq = 0; // 0 when intact
    QString problem;        // one plain sentence when not intact
    QByteArray headHash;    // hash of the last good entry (zeros for an empty log)
    qint64 signedHeads = 0; // signed heads checked against the chain
};

// The append-only, hash-chained audit log (docs/audit.md). Appending happens inside
// a write transaction, so appends from several programs queue and the chain stays
// one chain. Verification recomputes every hash from the stored columns, so it
// catches edits made outside the program too.
class AuditLog
{
public:
    explicit AuditLog(Database& db);

    Result<AuditEntry> append(const AuditEvent& event);

    // Entries in order; `limit` < 0 means all. `fromEnd` takes the last `limit`.
    Result<QList<AuditEntry>> entries(qint64 limit = -1, bool fromEnd = false) const;

    [[nodiscard]] AuditVerification verify() const;
    static AuditVerification verify(const QSqlDatabase& connection);

    // The byte string an entry's hash is taken over (docs/audit.md). Exposed for the
    // known-answer tests and for other implementations.
    static QByteArray canonicalEncoding(const AuditEntry& entry);
    static QByteArray computeEntryHash(const AuditEntry& entry);

    // What an audit head's signature covers (context "sharewise/v1/audit"):
    // "SWHEAD1" || entry count (8, big-endian) || entry hash (32).
    static QByteArray headStatement(qint64 entryCount, const QByteArray& entryHash);

private:
    Database& m_db;
};

} // namespace sharewise
