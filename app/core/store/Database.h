#pragma once

#include "common/Error.h"
#include "store/Migrations.h"
#include "store/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

namespace sharewise {

namespace crypto {
class Identity;
class SecureBytes;
} // namespace crypto
class AuditLog;

// Where a shared register lives: a PostgreSQL server (docs/shared-register.md). Holds no
// secret: the password, when one is used, travels beside it in guarded memory.
struct ServerConnection
{
    QString host; // a name, an address, or a socket folder (starts with '/')
    int port = 5432;
    QString database;
    QString user;
    QString schema; // empty: the user's default search path
    // libpq's sslmode; empty means verify-full (certificate and host name checked),
    // or "prefer" when the host is this computer.
    QString sslMode;
    QString sslRootCert; // the council's CA certificate file; empty: libpq's default

    // This computer: a socket folder, localhost or a loopback address.
    [[nodiscard]] bool isLocal() const;
    [[nodiscard]] QString effectiveSslMode() const;
    // "user@host:port/database" for messages and the status bar (no secret).
    [[nodiscard]] QString display() const;
    // A problem with the fields themselves (empty host, database or user, bad port, an
    // unchecked TLS mode for a remote host), or empty.
    [[nodiscard]] QString problem() const;
    bool operator==(const ServerConnection&) const = default;
};

// The history: one SQLite file, opened with WAL, foreign keys and a busy timeout, or a
// shared register on a PostgreSQL server; migrated to the latest schema in one
// transaction. One Database object owns one connection and belongs to the thread that
// opened it (open another for another thread, with reopenOptions()).
class Database
{
public:
    struct Options
    {
        QString path; // the SQLite file, when `server` is not set
        std::optional<ServerConnection> server;
        // The server password, if the server asks for one (none with Kerberos or a
        // trusted local socket). Handed to the driver for the connection only.
        std::shared_ptr<const crypto::SecureBytes> password;
        // Who is acting, for the audit entries that opening may write (creation,
        // upgrade).
        QString actor;
        QList<Migration> migrations = Migrations::builtIn();
        // Tests set this to open a file on any volume.
        bool allowNetworkPath = false;
        // Give up connecting to a server after this many seconds.
        int connectTimeoutSeconds = 10;
        // A new history records its creation as the first audit entry. Off only for a
        // history about to receive a copied one (copyHistory), whose chain starts there.
        bool recordCreation = true;
        // False: connect and read the schema version only (a connection test). Nothing
        // is created or upgraded, so such a Database is for schemaVersion() alone.
        bool migrate = true;
    };

    static Result<std::unique_ptr<Database>> open(const Options& options);
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] sql::Engine engine() const { return m_engine; }
    [[nodiscard]] bool isShared() const { return m_engine == sql::Engine::Postgres; }
    // The SQLite file; empty for a shared register.
    [[nodiscard]] QString path() const { return m_path; }
    // The file, or the server as display() gives it: for messages and tooltips.
    [[nodiscard]] QString location() const;
    // Options that open another connection to this same history (for a worker thread).
    [[nodiscard]] Options reopenOptions() const;
    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    [[nodiscard]] AuditLog& audit() { return *m_audit; }
    [[nodiscard]] QString actor() const { return m_actor; }

    // The identity that signs the audit chain's head after each append (none: unsigned).
    // Not owned; must outlive its use here.
    void setSigner(const crypto::Identity* signer) { m_signer = signer; }
    [[nodiscard]] const crypto::Identity* signer() const { return m_signer; }

    // Writes under an exclusive write lock (BEGIN IMMEDIATE), so concurrent writers
    // queue rather than interleave. Nested scopes join the outer transaction; the
    // outermost commits. Destroyed without commit(), it rolls back.
    class WriteTransaction
    {
    public:
        explicit WriteTransaction(Database& db);
        ~WriteTransaction();
        WriteTransaction(const WriteTransaction&) = delete;
        WriteTransaction& operator=(const WriteTransaction&) = delete;

        [[nodiscard]] bool begun() const { return m_begun; }
        [[nodiscard]] const Error& error() const { return m_error; }
        Status commit();

    private:
        Database& m_db;
        bool m_outermost = false;
        bool m_begun = false;
        bool m_done = false;
        Error m_error;
    };

    // Reads the schema version recorded in any history, without changing it.
    static Result<int> schemaVersionOf(const QSqlDatabase& connection,
                                       sql::Engine engine = sql::Engine::Sqlite);

    // Checks that a database is not newer than this program can use; the error names
    // the program version needed. A newer schema that declares itself usable by
    // programs knowing `latestKnown` (Migration::usableFrom) passes.
    static Status checkNotNewer(const QSqlDatabase& connection, int latestKnown,
                                sql::Engine engine = sql::Engine::Sqlite);

    // Runs a schema statement, translated for this engine (SqlDialect).
    bool execSchema(QSqlQuery& query, const QString& statement);

private:
    Database() = default;
    Status configure();
    Status configureServer();
    Status migrate(const QList<Migration>& migrations, bool upgrade);

    sql::Engine m_engine = sql::Engine::Sqlite;
    std::optional<ServerConnection> m_server;
    std::shared_ptr<const crypto::SecureBytes> m_password;
    bool m_recordCreation = true;
    QString m_path;
    QString m_connectionName;
    QString m_actor;
    const crypto::Identity* m_signer = nullptr;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false; // an inner write scope failed: the outer must not commit
    std::unique_ptr<AuditLog> m_audit;
};

// A message for a failed query, without values (which may be personal data).
QString describeSqlError(const class QSqlError& error);

} // namespace sharewise
