#pragma once

#include "common/Error.h"

#include <QString>

namespace sharewise {

class Database;

// Backing up and restoring the history. A backup is one self-contained SQLite file,
// a consistent snapshot taken while the program runs (VACUUM INTO), checked before it
// is put in place. A restore checks the backup's integrity, version and audit chain
// before it replaces anything, and keeps the history it replaces beside it.
namespace HistoryBackup {

struct Summary
{
    QString file;
    int schemaVersion = 0;
    qint64 auditEntries = 0;
    QString previousHistoryKeptAs; // restore only: where the replaced history went
};

// Writes a backup of `db` to `target`. Refuses to replace an existing file unless
// `overwrite`. Records the backup in the audit log.
Result<Summary> create(Database& db, const QString& target, bool overwrite);

// Checks a backup without changing it: a SQLite file, a Sharewise history not newer
// than this program, intact pages, an unbroken audit chain.
Result<Summary> inspect(const QString& file);

// Replaces the history at `databasePath` with `backupFile`. The caller must have
// closed every connection to `databasePath`. The replaced history is renamed to
// "<name>.before-restore-<time>" beside it, and the restore is recorded in the
// restored history's audit log by `actor`.
Result<Summary> restore(const QString& databasePath, const QString& backupFile,
                        const QString& actor);

} // namespace HistoryBackup
} // namespace sharewise
