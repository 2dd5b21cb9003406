#pragma once

#include "common/Error.h"

#include <QList>
#include <QPair>
#include <QString>

namespace sharewise {

class Database;

// Moving a history between engines: a desktop's SQLite history into the council's
// shared register on PostgreSQL, or a register out to a file (docs/shared-register.md).
//
// Everything is carried across unchanged, with its ids: agreements and their versions,
// shares and signed decisions, bundles and receipts, outputs, incidents, keys' wrapped
// copies, the recipients directory, and the audit log with its signed heads. The audit
// encoding is the same on both engines, so the copied chain has the same hashes; the
// target must be a new, empty history (made with Database::Options::recordCreation
// off), the copy is one transaction, and the target's chain is verified against the
// source's before it commits. One entry, "history.imported", is then appended to the
// chain, naming where it came from.
struct TransferReport
{
    QList<QPair<QString, qint64>> rows; // table, rows copied, in copying order
    qint64 auditEntries = 0;            // copied (the import entry is one more)
    QByteArray headHash;                // the source chain's last hash (the same in both)
    qint64 signedHeads = 0;
};

Result<TransferReport> copyHistory(Database& from, Database& to);

// The tables copyHistory carries, parents before children.
const QStringList& transferredTables();

} // namespace sharewise
