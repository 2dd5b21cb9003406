#include "store/Database.h"

#include "common/AppPaths.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "crypto/SecureBytes.h"
#include "store/AuditLog.h"

#include "sharewise/Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>

namespace sharewise {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("sharewise-%1").arg(++counter);
}

bool exec(QSqlQuery& q, const QString& sql)
{
    return q.exec(sql);
}

constexpr int kSqliteNotADatabase = 26;

// The key of the advisory lock every write transaction on a shared register takes
// first, so that writers queue as they do on SQLite ("SWRG").
constexpr qint64 kWriteLockKey = 0x53575247;

// PostgreSQL 12 or later: identity columns, EXECUTE FUNCTION in triggers.
constexpr int kOldestPostgres = 120000;

// A value for a libpq connection string, quoted.
QString quoted(const QString& value)
{
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\"));
    v.replace(u'\'', QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

bool isIdentifier(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    return re.match(name).hasMatch();
}

// A plain sentence for a failed connection to a register server; libpq's own words in
// brackets (they name the host and user, never a password).
Error connectionError(const ServerConnection& server, const QSqlError& error)
{
    const QString detail = describeSqlError(error).trimmed();
    const QString where = server.display();
    auto has = [&detail](const char* text) {
        return detail.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    if (has("password authentication failed") || has("no password supplied") ||
        has("authentication failed") || has("role \"")) {
        return makeError(ErrorKind::Usage,
                         Tr::tr("The register server refused this user name or password. Check "
                                "them in Settings, History, or ask IT for the login to the "
                                "shared register (%1).")
                             .arg(detail),
                         where);
    }
    if (has("certificate") || has("SSL") || has("does not match host name")) {
        return makeError(ErrorKind::Verification,
                         Tr::tr("The register server's certificate could not be checked, so "
                                "Sharewise did not connect. Ask IT for the council's certificate "
                                "authority file and choose it in Settings, History (%1).")
                             .arg(detail),
                         where);
    }
    if (has("database \"") && has("does not exist")) {
        return makeError(ErrorKind::Usage,
                         Tr::tr("The server has no database named \"%1\". Check the database "
                                "name in Settings, History (%2).")
                             .arg(server.database, detail),
                         where);
    }
    return makeError(ErrorKind::Failure,
                     Tr::tr("Could not reach the register server. Check the server name and "
                            "port, and that this computer is on the council's network; then "
                            "try again (%1).")
                         .arg(detail),
                     where);
}

} // namespace

// ---- ServerConnection ----------------------------------------------------------------

bool ServerConnection::isLocal() const
{
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')) ||
        host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    // Loopback addresses (core links no network module to parse them).
    static const QRegularExpression loopback(
        QStringLiteral("^(127(\\.\\d{1,3}){3}|::1|\\[::1\\])$"));
    return loopback.match(host).hasMatch();
}

QString ServerConnection::effectiveSslMode() const
{
    if (!sslMode.isEmpty())
        return sslMode;
    return isLocal() ? QStringLiteral("prefer") : QStringLiteral("verify-full");
}

QString ServerConnection::display() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString ServerConnection::problem() const
{
    if (host.trimmed().isEmpty())
        return Tr::tr("Give the register server's name or address.");
    if (port < 1 || port > 65535)
        return Tr::tr("The port must be a number from 1 to 65535 (PostgreSQL's usual port is "
                      "5432).");
    if (database.trimmed().isEmpty())
        return Tr::tr("Give the name of the register's database on the server.");
    if (user.trimmed().isEmpty())
        return Tr::tr("Give your user name for the register server.");
    if (!schema.isEmpty() && !isIdentifier(schema))
        return Tr::tr("The schema name may hold only letters, digits and underscores, and "
                      "cannot start with a digit.");
    static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                      QStringLiteral("prefer"),    QStringLiteral("require"),
                                      QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (!sslMode.isEmpty() && !modes.contains(sslMode))
        return Tr::tr("\"%1\" is not a TLS mode. Use verify-full.").arg(sslMode);
    if (!isLocal() && effectiveSslMode() != QLatin1String("verify-full"))
        return Tr::tr("A register on another computer must be reached over TLS with its "
                      "certificate and host name checked (verify-full), so that no one on the "
                      "network can read or change what is sent.");
    for (const QString& v : {host, database, user, sslRootCert}) {
        if (v.contains(QLatin1Char(';')))
            return Tr::tr("The server settings cannot contain a semicolon.");
    }
    return {};
}

QString describeSqlError(const QSqlError& error)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.driverText();
    // The server's words may hold line breaks and tabs (libpq's "…failed: Connection
    // refused\n\tIs the server running…"): one sentence inside ours.
    return text.simplified();
}

Result<std::unique_ptr<Database>> Database::open(const Options& options)
{
    if (options.server) {
        const ServerConnection& server = *options.server;
        if (const QString problem = server.problem(); !problem.isEmpty())
            return makeError(ErrorKind::Usage, problem, server.display());
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            return makeError(
                ErrorKind::Failure,
                Tr::tr("This copy of Sharewise cannot reach a register server: its PostgreSQL "
                       "driver is not installed. Ask IT to install it (on Debian, the package "
                       "libqt6sql6-psql)."));
        }
        std::unique_ptr<Database> db(new Database);
        db->m_engine = sql::Engine::Postgres;
        db->m_server = server;
        db->m_password = options.password;
        db->m_actor = options.actor;
        db->m_recordCreation = options.recordCreation;
        db->m_connectionName = newConnectionName();
        {
            QSqlDatabase c =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
            c.setHostName(server.host);
            c.setPort(server.port);
            c.setDatabaseName(server.database);
            c.setUserName(server.user);
            QStringList connect = {QStringLiteral("connect_timeout=%1")
                                       .arg(std::max(1, options.connectTimeoutSeconds)),
                                   QStringLiteral("application_name=Sharewise"),
                                   QStringLiteral("sslmode=%1").arg(server.effectiveSslMode())};
            if (!server.sslRootCert.isEmpty())
                connect << QStringLiteral("sslrootcert=%1").arg(quoted(server.sslRootCert));
            c.setConnectOptions(connect.join(QLatin1Char(';')));
            // The driver takes the password as a QString: it lives as one only for the
            // connect call, and is wiped and taken back from Qt straight after.
            QString password;
            if (options.password)
                password = QString::fromUtf8(options.password->view());
            c.setPassword(password);
            const bool opened = c.open();
            c.setPassword(QString());
            std::fill(password.begin(), password.end(), QChar());
            if (!opened)
                return connectionError(server, c.lastError());
        }
        db->m_audit = std::make_unique<AuditLog>(*db);
        if (Status s = db->configureServer(); !s)
            return s.error();
        if (Status s = db->migrate(options.migrations, options.migrate); !s)
            return s.error();
        qCInfo(lcStore) << "shared register opened, schema version" << db->m_schemaVersion;
        return db;
    }

    if (options.path.isEmpty())
        return makeError(ErrorKind::Usage, Tr::tr("No history database was given."));

    const QString path = QFileInfo(options.path).absoluteFilePath();
    if (!options.allowNetworkPath &&
        (AppPaths::isNetworkPath(options.path) || AppPaths::isNetworkPath(path))) {
        return makeError(
            ErrorKind::Policy,
            Tr::tr("The history database cannot be kept on a network drive: the database "
                   "engine's write-ahead log is unsafe there and the history could be "
                   "damaged. Choose a folder on this computer, or use a shared register "
                   "server for the whole council."),
            QDir::toNativeSeparators(path));
    }
    if (QFileInfo(path).isDir()) {
        return makeError(ErrorKind::BadInput,
                         Tr::tr("This is a folder, not a history file. Choose a file name."),
                         QDir::toNativeSeparators(path));
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return makeError(ErrorKind::Failure,
                         Tr::tr("Could not create the folder for the history database. Check "
                                "that you may write there, or choose another folder."),
                         QDir::toNativeSeparators(folder));
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_actor = options.actor;
    db->m_recordCreation = options.recordCreation;
    db->m_connectionName = newConnectionName();
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        c.setDatabaseName(path);
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!c.open()) {
            return makeError(ErrorKind::BadInput,
                             Tr::tr("Could not open the history database (%1). Check that the "
                                    "file is readable and not in use by another program.")
                                 .arg(describeSqlError(c.lastError())),
                             QDir::toNativeSeparators(path));
        }
    }
    db->m_audit = std::make_unique<AuditLog>(*db);

    if (Status s = db->configure(); !s)
        return s.error();
    if (Status s = db->migrate(options.migrations, options.migrate); !s)
        return s.error();
    qCInfo(lcStore) << "history opened, schema version" << db->m_schemaVersion;
    return db;
}

Database::~Database()
{
    m_audit.reset();
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase c = QSqlDatabase::database(m_connectionName, false);
            if (c.isOpen())
                c.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::location() const
{
    return m_server ? m_server->display() : QDir::toNativeSeparators(m_path);
}

Database::Options Database::reopenOptions() const
{
    Options o;
    o.path = m_path;
    o.server = m_server;
    o.password = m_password;
    o.actor = m_actor;
    // The same place this one opened, whose place was checked then.
    o.allowNetworkPath = true;
    return o;
}

bool Database::execSchema(QSqlQuery& query, const QString& statement)
{
    for (const QString& sql : sql::translateSchema(m_engine, statement)) {
        if (!query.exec(sql))
            return false;
    }
    return true;
}

Status Database::configureServer()
{
    QSqlQuery q(connection());
    auto failed = [&] {
        return makeError(ErrorKind::Failure,
                         Tr::tr("Could not prepare the connection to the register server (%1).")
                             .arg(describeSqlError(q.lastError())),
                         location());
    };
    if (!q.exec(QStringLiteral("SHOW server_version_num")) || !q.next())
        return failed();
    if (q.value(0).toInt() < kOldestPostgres) {
        return makeError(ErrorKind::Failure,
                         Tr::tr("The register server runs PostgreSQL %1, which is too old. "
                                "Sharewise needs PostgreSQL 12 or later; ask IT to upgrade it.")
                             .arg(q.value(0).toInt() / 10000),
                         location());
    }
    QStringList settings = {QStringLiteral("SET standard_conforming_strings = on"),
                            QStringLiteral("SET client_min_messages = warning"),
                            // Writers queue for the write lock; give up after a while.
                            QStringLiteral("SET lock_timeout = '30s'")};
    if (!m_server->schema.isEmpty())
        settings << QStringLiteral("SET search_path TO %1").arg(m_server->schema);
    for (const QString& sql : settings) {
        if (!q.exec(sql))
            return failed();
    }
    return {};
}

Status Database::configure()
{
    QSqlQuery q(connection());
    // journal_mode is the first statement that reads the file, so it is where a file
    // that is not a database shows itself.
    if (!exec(q, QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()) {
        const bool notADatabase = q.lastError().nativeErrorCode().toInt() == kSqliteNotADatabase;
        return makeError(ErrorKind::BadInput,
                         notADatabase
                             ? Tr::tr("This file is not a Sharewise history database. Choose "
                                      "the history file, or a new file name to start a new "
                                      "history.")
                             : Tr::tr("Could not prepare the history database (%1).")
                                   .arg(describeSqlError(q.lastError())),
                         QDir::toNativeSeparators(m_path));
    }
    if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return makeError(ErrorKind::Failure,
                         Tr::tr("The history database could not switch to its safe writing "
                                "mode. Move it to a folder on this computer."),
                         QDir::toNativeSeparators(m_path));
    }
    for (const QString& pragma :
         {QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA synchronous=NORMAL"),
          QStringLiteral("PRAGMA busy_timeout=5000")}) {
        if (!exec(q, pragma)) {
            return makeError(ErrorKind::Failure,
                             Tr::tr("Could not prepare the history database (%1).")
                                 .arg(describeSqlError(q.lastError())),
                             QDir::toNativeSeparators(m_path));
        }
    }
    return {};
}

Result<int> Database::schemaVersionOf(const QSqlDatabase& connection, sql::Engine engine)
{
    QSqlQuery q(connection);
    q.prepare(sql::tableExistsQuery(engine));
    q.addBindValue(QStringLiteral("schema_migrations"));
    if (!q.exec() || !q.next()) {
        const bool notADatabase = q.lastError().nativeErrorCode().toInt() == kSqliteNotADatabase;
        return makeError(ErrorKind::BadInput,
                         notADatabase ? Tr::tr("This file is not a Sharewise history database.")
                                      : Tr::tr("Could not read the history database (%1).")
                                            .arg(describeSqlError(q.lastError())));
    }
    if (q.value(0).toInt() == 0) {
        if (!q.exec(sql::anyTableQuery(engine)) || !q.next())
            return makeError(ErrorKind::BadInput, Tr::tr("Could not read the history database."));
        if (q.value(0).toInt() > 0) {
            return makeError(ErrorKind::BadInput,
                             engine == sql::Engine::Sqlite
                                 ? Tr::tr("This file is a database, but not a Sharewise "
                                          "history. Choose the history file, or a new file "
                                          "name.")
                                 : Tr::tr("This database (or schema) already holds tables that "
                                          "are not a Sharewise register. Ask IT for an empty "
                                          "database, or name another schema."));
        }
        return 0;
    }
    if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations")) ||
        !q.next()) {
        return makeError(ErrorKind::BadInput, Tr::tr("Could not read the history's version (%1).")
                                                  .arg(describeSqlError(q.lastError())));
    }
    return q.value(0).toInt();
}

Status Database::checkNotNewer(const QSqlDatabase& connection, int latestKnown, sql::Engine engine)
{
    Result<int> version = schemaVersionOf(connection, engine);
    if (!version)
        return version.error();
    if (version.value() <= latestKnown)
        return {};
    QSqlQuery q(connection);
    {
        // A newer step may say programs knowing an older schema can still use it.
        QSqlQuery u(connection);
        u.prepare(sql::columnExistsQuery(engine));
        u.addBindValue(QStringLiteral("schema_migrations"));
        u.addBindValue(QStringLiteral("usable_from"));
        if (u.exec() && u.next() && u.value(0).toInt() > 0) {
            u.prepare(QStringLiteral("SELECT max(coalesce(usable_from, version)) FROM "
                                     "schema_migrations WHERE version > ?"));
            u.addBindValue(latestKnown);
            if (u.exec() && u.next() && !u.value(0).isNull() && u.value(0).toInt() <= latestKnown)
                return {};
        }
    }
    q.prepare(QStringLiteral("SELECT program_version FROM schema_migrations WHERE version = ?"));
    q.addBindValue(version.value());
    QString needed;
    if (q.exec() && q.next())
        needed = q.value(0).toString();
    if (needed.isEmpty()) {
        return makeError(ErrorKind::Policy,
                         Tr::tr("This history was written by a newer version of Sharewise "
                                "(database version %1). This copy of Sharewise is version %2 and "
                                "understands database versions up to %3. Install the newest "
                                "Sharewise to open it; nothing was changed.")
                             .arg(version.value())
                             .arg(QStringLiteral(SHAREWISE_VERSION_STRING))
                             .arg(latestKnown));
    }
    return makeError(ErrorKind::Policy,
                     Tr::tr("This history was written by Sharewise %1 (database version %2). "
                            "This copy of Sharewise is version %3 and understands database "
                            "versions up to %4. Install Sharewise %1 or later to open it; "
                            "nothing was changed.")
                         .arg(needed)
                         .arg(version.value())
                         .arg(QStringLiteral(SHAREWISE_VERSION_STRING))
                         .arg(latestKnown));
}

Status Database::migrate(const QList<Migration>& migrations, bool upgrade)
{
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    auto readVersion = [this, latest]() -> Result<int> {
        Result<int> current = schemaVersionOf(connection(), m_engine);
        if (!current) {
            Error e = current.error();
            e.where = location();
            return e;
        }
        if (Status s = checkNotNewer(connection(), latest, m_engine); !s) {
            Error e = s.error();
            e.where = location();
            return e;
        }
        return current;
    };
    Result<int> current = readVersion();
    if (!current)
        return current.error();
    m_schemaVersion = current.value();
    if (m_schemaVersion >= latest || !upgrade)
        return {};

    WriteTransaction tx(*this);
    if (!tx.begun())
        return tx.error();
    // Another desktop may have upgraded the register while this one waited for the lock.
    current = readVersion();
    if (!current)
        return current.error();
    const int from = current.value();
    m_schemaVersion = from;
    if (from >= latest)
        return tx.commit();
    QSqlQuery q(connection());
    QStringList prepare;
    if (m_engine == sql::Engine::Postgres)
        prepare = sql::postgresPreamble();
    prepare << QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                              "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                              "program_version TEXT NOT NULL, applied_at_us INTEGER NOT NULL)");
    for (const QString& sql : prepare) {
        if (!execSchema(q, sql)) {
            return makeError(ErrorKind::Failure,
                             Tr::tr("Could not prepare the history database (%1).")
                                 .arg(describeSqlError(q.lastError())),
                             location());
        }
    }
    for (const Migration& m : migrations) {
        if (m.version <= from)
            continue;
        QStringList statements = m.statements;
        if (m_engine == sql::Engine::Postgres)
            statements += m.postgresAfter;
        for (const QString& sql : statements) {
            if (!execSchema(q, sql)) {
                qCWarning(lcStore) << "migration" << m.version << "failed:" << q.lastError().text();
                return makeError(ErrorKind::Failure,
                                 Tr::tr("Could not upgrade the history database to version %1 "
                                        "(%2). Nothing was changed; tell your IT support.")
                                     .arg(m.version)
                                     .arg(describeSqlError(q.lastError())),
                                 location());
            }
        }
        // Steps from the one that added usable_from on record it.
        const bool recordsUsable = m.version >= Migrations::kUsableFromSince;
        q.prepare(recordsUsable
                      ? QStringLiteral("INSERT INTO schema_migrations (version, name, "
                                       "program_version, applied_at_us, usable_from) "
                                       "VALUES (?, ?, ?, ?, ?)")
                      : QStringLiteral("INSERT INTO schema_migrations (version, name, "
                                       "program_version, applied_at_us) VALUES (?, ?, ?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(m.name);
        q.addBindValue(QStringLiteral(SHAREWISE_VERSION_STRING));
        q.addBindValue(Clock::nowUs());
        if (recordsUsable)
            q.addBindValue(m.usableFrom > 0 ? m.usableFrom : m.version);
        if (!q.exec()) {
            return makeError(ErrorKind::Failure,
                             Tr::tr("Could not record the history database's version (%1).")
                                 .arg(describeSqlError(q.lastError())));
        }
    }
    q.finish();

    AuditEvent event;
    event.actor = m_actor;
    event.objectType = QStringLiteral("history");
    event.objectId = isShared() ? QStringLiteral("shared") : QStringLiteral("local");
    if (from == 0) {
        event.action = QStringLiteral("history.created");
        event.detail =
            QJsonObject{{QStringLiteral("schema"), latest},
                        {QStringLiteral("program"), QStringLiteral(SHAREWISE_VERSION_STRING)}};
    } else {
        event.action = QStringLiteral("history.upgraded");
        event.detail =
            QJsonObject{{QStringLiteral("from"), from},
                        {QStringLiteral("to"), latest},
                        {QStringLiteral("program"), QStringLiteral(SHAREWISE_VERSION_STRING)}};
    }
    if (from != 0 || m_recordCreation) {
        if (Result<AuditEntry> r = m_audit->append(event); !r)
            return r.error();
    }
    if (Status s = tx.commit(); !s)
        return s;
    m_schemaVersion = latest;
    qCInfo(lcStore) << "history schema migrated from" << from << "to" << latest;
    return {};
}

Database::WriteTransaction::WriteTransaction(Database& db)
    : m_db(db)
{
    if (m_db.m_transactionDepth++ > 0) {
        m_begun = true; // joins the outer transaction
        return;
    }
    m_outermost = true;
    m_db.m_rollbackOnly = false;
    QSqlQuery q(m_db.connection());
    bool begun = false;
    if (m_db.m_engine == sql::Engine::Sqlite) {
        begun = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        // One writer at a time on the register, as on SQLite: every write transaction
        // takes the same lock first, so what it reads after that is the latest state
        // and an audit append always follows the entry before it.
        begun = q.exec(QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"));
        if (begun &&
            !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriteLockKey))) {
            const QSqlError lockError = q.lastError();
            QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
            q = QSqlQuery(m_db.connection());
            begun = false;
            m_error = makeError(ErrorKind::Failure,
                                Tr::tr("The register is busy: another change took too long. Try "
                                       "again in a moment (%1).")
                                    .arg(describeSqlError(lockError)));
            return;
        }
    }
    if (begun) {
        m_begun = true;
    } else {
        m_error = makeError(ErrorKind::Failure,
                            Tr::tr("The history database is busy or cannot be written (%1). "
                                   "Try again in a moment.")
                                .arg(describeSqlError(q.lastError())));
    }
}

Status Database::WriteTransaction::commit()
{
    if (!m_begun)
        return m_error;
    m_done = true;
    if (!m_outermost)
        return {};
    QSqlQuery q(m_db.connection());
    if (m_db.m_rollbackOnly) {
        q.exec(QStringLiteral("ROLLBACK"));
        return makeError(ErrorKind::Failure,
                         Tr::tr("A step of this change failed, so none of it was saved."));
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e = makeError(ErrorKind::Failure,
                                  Tr::tr("Could not save to the history database (%1). Nothing "
                                         "was saved.")
                                      .arg(describeSqlError(q.lastError())));
        QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
        return e;
    }
    return {};
}

Database::WriteTransaction::~WriteTransaction()
{
    --m_db.m_transactionDepth;
    if (!m_outermost && !m_done)
        m_db.m_rollbackOnly = true;
    if (m_outermost && m_begun && !m_done) {
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

} // namespace sharewise
