#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sharewise {

// One numbered step of the history schema. Steps run in order, all pending steps in
// one transaction; a step once released is never edited, only followed by another.
struct Migration
{
    int version = 0;
    QString name;           // for messages and the schema_migrations table
    QStringList statements; // SQL, run one after the other (SQLite's dialect; see
                            // sql::translateSchema for PostgreSQL)
    // The oldest schema a program may know and still use a database at this step: the
    // step's own version when it changes what older programs read or write (the
    // default); an earlier one when it only adds what they can ignore (a table, a
    // nullable column, an index), so one upgraded desktop does not lock out the rest of
    // a council on the shared register (docs/shared-register.md).
    int usableFrom = 0; // 0: the step's own version
    // Run after `statements` on PostgreSQL only, where its behaviour differs from
    // SQLite's (which, say, keeps a foreign key to a table dropped and made again).
    QStringList postgresAfter;
};

namespace Migrations {

// Every step this program knows, in order.
const QList<Migration>& builtIn();

// The schema version this program creates and understands.
int latestVersion();

// The first step after which schema_migrations records usable_from.
constexpr int kUsableFromSince = 6;

} // namespace Migrations
} // namespace sharewise
