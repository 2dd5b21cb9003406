#pragma once

#include "common/Error.h"
#include "store/Migrations.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace sharewise {

namespace crypto {
class Identity;
}
class AuditLog;

// The history: one SQLite file, opened with WAL, foreign keys and a busy timeout,
// migrated to the latest schema in one transaction. One Database object owns one
// connection and belongs to the thread that opened it (open another for another
// thread).
class Database
{
public:
    struct Options
    {
        QString path;
        // Who is acting, for the audit entries that opening may write (creation,
        // upgrade).
        QString actor;
        QList<Migration> migrations = Migrations::builtIn();
        // Tests set this to open a file on any volume.
        bool allowNetworkPath = false;
    };

    static Result<std::unique_ptr<Database>> open(const Options& options);
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] QString path() const { return m_path; }
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

    // Reads the schema version recorded in any history file, without changing it.
    static Result<int> schemaVersionOf(const QSqlDatabase& connection);

    // Checks that a database is not newer than this program understands; the error
    // names the program version needed.
    static Status checkNotNewer(const QSqlDatabase& connection, int latestKnown);

private:
    Database() = default;
    Status configure();
    Status migrate(const QList<Migration>& migrations);

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
