#include "store/Database.h"

#include "common/AppPaths.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "store/AuditLog.h"

#include "sharewise/Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

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

} // namespace

QString describeSqlError(const QSqlError& error)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.driverText();
    return text;
}

Result<std::unique_ptr<Database>> Database::open(const Options& options)
{
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
    if (Status s = db->migrate(options.migrations); !s)
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

Result<int> Database::schemaVersionOf(const QSqlDatabase& connection)
{
    QSqlQuery q(connection);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                               "'schema_migrations'")) ||
        !q.next()) {
        const bool notADatabase = q.lastError().nativeErrorCode().toInt() == kSqliteNotADatabase;
        return makeError(ErrorKind::BadInput,
                         notADatabase ? Tr::tr("This file is not a Sharewise history database.")
                                      : Tr::tr("Could not read the history database (%1).")
                                            .arg(describeSqlError(q.lastError())));
    }
    if (q.value(0).toInt() == 0) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return makeError(ErrorKind::BadInput, Tr::tr("Could not read the history database."));
        if (q.value(0).toInt() > 0) {
            return makeError(ErrorKind::BadInput,
                             Tr::tr("This file is a database, but not a Sharewise history. "
                                    "Choose the history file, or a new file name."));
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

Status Database::checkNotNewer(const QSqlDatabase& connection, int latestKnown)
{
    Result<int> version = schemaVersionOf(connection);
    if (!version)
        return version.error();
    if (version.value() <= latestKnown)
        return {};
    QSqlQuery q(connection);
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

Status Database::migrate(const QList<Migration>& migrations)
{
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    Result<int> current = schemaVersionOf(connection());
    if (!current) {
        Error e = current.error();
        e.where = QDir::toNativeSeparators(m_path);
        return e;
    }
    if (Status s = checkNotNewer(connection(), latest); !s) {
        Error e = s.error();
        e.where = QDir::toNativeSeparators(m_path);
        return e;
    }
    m_schemaVersion = current.value();
    if (m_schemaVersion == latest)
        return {};

    const int from = m_schemaVersion;
    WriteTransaction tx(*this);
    if (!tx.begun())
        return tx.error();
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                               "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                               "program_version TEXT NOT NULL, applied_at_us INTEGER NOT NULL)"))) {
        return makeError(ErrorKind::Failure, Tr::tr("Could not prepare the history database (%1).")
                                                 .arg(describeSqlError(q.lastError())));
    }
    for (const Migration& m : migrations) {
        if (m.version <= from)
            continue;
        for (const QString& sql : m.statements) {
            if (!q.exec(sql)) {
                qCWarning(lcStore) << "migration" << m.version << "failed:" << q.lastError().text();
                return makeError(ErrorKind::Failure,
                                 Tr::tr("Could not upgrade the history database to version %1 "
                                        "(%2). Nothing was changed; tell your IT support.")
                                     .arg(m.version)
                                     .arg(describeSqlError(q.lastError())),
                                 QDir::toNativeSeparators(m_path));
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, program_version, "
                                 "applied_at_us) VALUES (?, ?, ?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(m.name);
        q.addBindValue(QStringLiteral(SHAREWISE_VERSION_STRING));
        q.addBindValue(Clock::nowUs());
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
    event.objectId = QStringLiteral("local");
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
    if (Result<AuditEntry> r = m_audit->append(event); !r)
        return r.error();
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
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
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
