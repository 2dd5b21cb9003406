#pragma once

#include "store/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace sharewise::test {

// The engine the store suites run on: SQLite, or (in the `_pg` twin of a suite, which
// sets SHAREWISE_TEST_ENGINE=postgres and SHAREWISE_TEST_PG_CONNINFO_FILE) the private
// PostgreSQL server the test command starts (tests/tools/pg-server.sh).
sql::Engine engine();
inline bool onPostgres()
{
    return engine() == sql::Engine::Postgres;
}

// Options that open the history named `path`: the SQLite file itself, or on PostgreSQL
// a database of the test server that stands for that path (made empty the first time a
// process names the path, the same database after that).
Database::Options historyOptions(const QString& path,
                                 const QString& actor = QStringLiteral("tester"));

// Opens (creating) the history named `path`, failing the test on error.
std::unique_ptr<Database> openHistory(const QString& path,
                                      const QString& actor = QStringLiteral("tester"));

// Runs SQL on a fresh raw connection to the history named `path`, as a person with a
// SQL client (and no Sharewise) would. Returns the error text, empty on success.
QString rawSql(const QString& path, const QStringList& statements);

// Everything the history named `path` holds, as bytes to search for a secret: the
// SQLite file and its write-ahead log; on PostgreSQL every row of every table as text
// and every binary value raw.
QByteArray storedBytes(const QString& path);

// On PostgreSQL: the test server (superuser connection fields), the database that
// stands for `path`, and SQL run as the server's superuser on the `postgres` database.
ServerConnection testServer();
QString databaseFor(const QString& path);
QString serverSql(const QStringList& statements, const QString& database = QString());

} // namespace sharewise::test
