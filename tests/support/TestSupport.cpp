#include "support/TestSupport.h"

#include "crypto/Sodium.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace sharewise::test {
using namespace Qt::StringLiterals;

sql::Engine engine()
{
    return qEnvironmentVariable("SHAREWISE_TEST_ENGINE") == u"postgres"_s ? sql::Engine::Postgres
                                                                          : sql::Engine::Sqlite;
}

ServerConnection testServer()
{
    ServerConnection s;
    const QString file = qEnvironmentVariable("SHAREWISE_TEST_PG_CONNINFO_FILE");
    QFile f(file);
    if (file.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        qFatal("SHAREWISE_TEST_ENGINE=postgres needs SHAREWISE_TEST_PG_CONNINFO_FILE naming the "
               "test server's conninfo file (tests/tools/pg-server.sh)");
    }
    const QStringList parts =
        QString::fromUtf8(f.readAll()).trimmed().split(u' ', Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const auto eq = part.indexOf(u'=');
        const QString key = part.left(eq);
        const QString value = part.mid(eq + 1);
        if (key == u"host"_s)
            s.host = value;
        else if (key == u"port"_s)
            s.port = value.toInt();
        else if (key == u"user"_s)
            s.user = value;
        else if (key == u"dbname"_s)
            s.database = value;
    }
    return s;
}

QString databaseFor(const QString& path)
{
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256);
    return u"sw_"_s + QString::fromLatin1(hash.toHex().left(24));
}

namespace {

QString runOn(const ServerConnection& server, const QString& database,
              const QStringList& statements)
{
    QString error;
    const QString name = u"test-server-sql"_s;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        c.setHostName(server.host);
        c.setPort(server.port);
        c.setUserName(server.user);
        c.setDatabaseName(database);
        if (!c.open())
            return c.lastError().text();
        QSqlQuery q(c);
        for (const QString& sql : statements) {
            if (!q.exec(sql)) {
                error = q.lastError().text();
                break;
            }
        }
        q.finish();
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

QString serverSql(const QStringList& statements, const QString& database)
{
    const ServerConnection server = testServer();
    return runOn(server, database.isEmpty() ? server.database : database, statements);
}

Database::Options historyOptions(const QString& path, const QString& actor)
{
    crypto::initialise();
    Database::Options options;
    options.actor = actor;
    if (!onPostgres()) {
        options.path = path;
        return options;
    }
    // Each path a process names stands for one database, made fresh the first time.
    static QSet<QString> made;
    const QString database = databaseFor(path);
    if (!made.contains(database)) {
        const QString error =
            serverSql({u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(database),
                       u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'"_s.arg(database)});
        if (!error.isEmpty())
            qFatal("could not make the test database %s: %s", qPrintable(database),
                   qPrintable(error));
        made.insert(database);
    }
    ServerConnection server = testServer();
    server.database = database;
    options.server = server;
    return options;
}

std::unique_ptr<Database> openHistory(const QString& path, const QString& actor)
{
    Result<std::unique_ptr<Database>> db = Database::open(historyOptions(path, actor));
    if (!db) {
        qWarning("openHistory failed: %s", qPrintable(db.error().fullMessage()));
        return nullptr;
    }
    return std::move(db).value();
}

namespace {

// The tests' tampering SQL is written for SQLite; on PostgreSQL a trigger is dropped
// "ON" its table and a blob literal is spelt differently.
QStringList forPostgres(const QString& database, const QStringList& statements)
{
    static const QRegularExpression dropTrigger(u"^\\s*DROP TRIGGER (\\w+)\\s*$"_s);
    static const QRegularExpression blob(u"X'([0-9A-Fa-f]*)'"_s);
    QStringList out;
    for (QString sql : statements) {
        if (const QRegularExpressionMatch m = dropTrigger.match(sql); m.hasMatch()) {
            const ServerConnection server = testServer();
            QSqlDatabase c = QSqlDatabase::addDatabase(u"QPSQL"_s, u"test-trigger-table"_s);
            QString table;
            {
                c.setHostName(server.host);
                c.setPort(server.port);
                c.setUserName(server.user);
                c.setDatabaseName(database);
                if (c.open()) {
                    QSqlQuery q(c);
                    q.prepare(u"SELECT tgrelid::regclass::text FROM pg_trigger WHERE tgname = ?"_s);
                    q.addBindValue(m.captured(1));
                    if (q.exec() && q.next())
                        table = q.value(0).toString();
                }
                c.close();
            }
            c = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"test-trigger-table"_s);
            sql = u"DROP TRIGGER %1 ON %2"_s.arg(m.captured(1), table);
        }
        for (QRegularExpressionMatch m = blob.match(sql); m.hasMatch(); m = blob.match(sql)) {
            sql.replace(m.capturedStart(), m.capturedLength(),
                        u"'\\x"_s + m.captured(1) + u"'::bytea"_s);
        }
        out << sql;
    }
    return out;
}

} // namespace

QString rawSql(const QString& path, const QStringList& statements)
{
    if (onPostgres()) {
        historyOptions(path); // the database exists
        const QString database = databaseFor(path);
        return serverSql(forPostgres(database, statements), database);
    }
    QString error;
    {
        QSqlDatabase c =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        c.setDatabaseName(path);
        if (!c.open())
            return c.lastError().text();
        QSqlQuery q(c);
        for (const QString& sql : statements) {
            if (!q.exec(sql)) {
                error = q.lastError().text();
                break;
            }
        }
        q.finish();
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return error;
}

QByteArray storedBytes(const QString& path)
{
    QByteArray out;
    if (!onPostgres()) {
        for (const QString& file : QStringList{path, path + u"-wal"_s}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                out += f.readAll();
        }
        return out;
    }
    const ServerConnection server = testServer();
    const QString name = u"test-stored-bytes"_s;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        c.setHostName(server.host);
        c.setPort(server.port);
        c.setUserName(server.user);
        c.setDatabaseName(databaseFor(path));
        if (c.open()) {
            QSqlQuery columns(c);
            columns.exec(u"SELECT table_name, column_name, data_type FROM "
                         "information_schema.columns WHERE table_schema = 'public' "
                         "ORDER BY table_name, ordinal_position"_s);
            QList<QStringList> all;
            while (columns.next()) {
                all.append({columns.value(0).toString(), columns.value(1).toString(),
                            columns.value(2).toString()});
            }
            QSet<QString> tables;
            for (const QStringList& col : std::as_const(all)) {
                QSqlQuery q(c);
                if (!tables.contains(col[0])) {
                    tables.insert(col[0]);
                    q.exec(u"SELECT t::text FROM %1 t"_s.arg(col[0]));
                    while (q.next())
                        out += q.value(0).toString().toUtf8() + '\n';
                }
                if (col[2] == u"bytea"_s) {
                    q.exec(u"SELECT %1 FROM %2"_s.arg(col[1], col[0]));
                    while (q.next())
                        out += q.value(0).toByteArray() + '\n';
                }
            }
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace sharewise::test
