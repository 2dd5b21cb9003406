#include "store/HistoryBackup.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <atomic>
#include <filesystem>
#include <system_error>

namespace sharewise::HistoryBackup {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(HistoryBackup)
};

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// A short-lived connection to a file other than the open history.
class ScratchConnection
{
public:
    ScratchConnection(const QString& file, bool readOnly)
    {
        static std::atomic<int> counter{0};
        m_name = QStringLiteral("sharewise-scratch-%1").arg(++counter);
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        c.setDatabaseName(file);
        c.setConnectOptions(readOnly
                                ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        m_open = c.open();
    }
    ~ScratchConnection()
    {
        {
            QSqlDatabase c = QSqlDatabase::database(m_name, false);
            c.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ScratchConnection(const ScratchConnection&) = delete;
    ScratchConnection& operator=(const ScratchConnection&) = delete;

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

// Removes a file when it goes out of scope, unless released.
class TempFileGuard
{
public:
    explicit TempFileGuard(QString path)
        : m_path(std::move(path))
    {}
    ~TempFileGuard()
    {
        if (!m_path.isEmpty()) {
            QFile::remove(m_path);
            QFile::remove(m_path + QStringLiteral("-journal"));
            QFile::remove(m_path + QStringLiteral("-wal"));
            QFile::remove(m_path + QStringLiteral("-shm"));
        }
    }
    TempFileGuard(const TempFileGuard&) = delete;
    TempFileGuard& operator=(const TempFileGuard&) = delete;
    void release() { m_path.clear(); }

private:
    QString m_path;
};

QString tempNameBeside(const QString& path, const QString& tag)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(
        QStringLiteral(".%1.%2-%3")
            .arg(info.fileName(), tag, QUuid::createUuid().toString(QUuid::Id128).left(12)));
}

Status renameOver(const QString& from, const QString& to)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                            std::filesystem::path(to.toStdU16String()), ec);
    if (ec) {
        return makeError(ErrorKind::Failure,
                         Tr::tr("Could not put the file in place (%1). Check that the folder "
                                "may be written and the file is not open elsewhere.")
                             .arg(QString::fromStdString(ec.message())),
                         native(to));
    }
    return {};
}

// Copies the database behind `connection` into `target` (which must not exist) as one
// standalone file.
Status snapshot(const QSqlDatabase& connection, const QString& target)
{
    QSqlQuery q(connection);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        return makeError(ErrorKind::Failure,
                         Tr::tr("Could not copy the history (%1). Check there is room on the "
                                "disk and that the folder may be written.")
                             .arg(describeSqlError(q.lastError())),
                         native(target));
    }
    ScratchConnection copy(target, false);
    QSqlQuery j(copy.db());
    if (!copy.isOpen() || !j.exec(QStringLiteral("PRAGMA journal_mode=DELETE"))) {
        return makeError(ErrorKind::Failure, Tr::tr("Could not finish the copy of the history."),
                         native(target));
    }
    return {};
}

} // namespace

Result<Summary> inspect(const QString& file)
{
    const QFileInfo info(file);
    if (!info.exists()) {
        return makeError(ErrorKind::BadInput,
                         Tr::tr("The backup file does not exist. Check the name and folder."),
                         native(file));
    }
    if (!info.isFile() || !info.isReadable()) {
        return makeError(ErrorKind::BadInput,
                         Tr::tr("The backup file cannot be read. Check that you may open it."),
                         native(file));
    }
    ScratchConnection c(info.absoluteFilePath(), true);
    if (!c.isOpen()) {
        return makeError(ErrorKind::BadInput, Tr::tr("The backup file cannot be opened."),
                         native(file));
    }
    Result<int> version = Database::schemaVersionOf(c.db());
    if (!version) {
        Error e = version.error();
        e.where = native(file);
        return e;
    }
    if (version.value() == 0) {
        return makeError(ErrorKind::BadInput,
                         Tr::tr("This file is not a Sharewise history backup."), native(file));
    }
    if (Status s = Database::checkNotNewer(c.db(), Migrations::latestVersion()); !s) {
        Error e = s.error();
        e.where = native(file);
        return e;
    }
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() ||
        q.value(0).toString() != QLatin1String("ok")) {
        return makeError(ErrorKind::Verification,
                         Tr::tr("The backup file is damaged (its database pages fail their check). "
                                "Use another backup."),
                         native(file));
    }
    q.finish();
    const AuditVerification v = AuditLog::verify(c.db());
    if (!v.intact) {
        return makeError(ErrorKind::Verification,
                         Tr::tr("The backup's audit trail is broken at entry %1: %2 It cannot "
                                "be trusted; use another backup.")
                             .arg(v.firstBadSeq)
                             .arg(v.problem),
                         native(file));
    }
    Summary s;
    s.file = info.absoluteFilePath();
    s.schemaVersion = version.value();
    s.auditEntries = v.entriesChecked;
    return s;
}

Result<Summary> create(Database& db, const QString& target, bool overwrite)
{
    if (target.isEmpty())
        return makeError(ErrorKind::Usage, Tr::tr("Say where the backup should be written."));
    const QFileInfo info(target);
    const QString absolute = info.absoluteFilePath();
    if (absolute == QFileInfo(db.path()).absoluteFilePath()) {
        return makeError(ErrorKind::Usage,
                         Tr::tr("A backup cannot replace the history it copies. Choose another "
                                "file name."),
                         native(target));
    }
    if (info.exists() && !overwrite) {
        return makeError(ErrorKind::BadInput,
                         Tr::tr("A file with this name already exists. Choose another name, or "
                                "allow it to be replaced."),
                         native(target));
    }
    if (!info.absoluteDir().exists()) {
        return makeError(ErrorKind::BadInput, Tr::tr("The folder for the backup does not exist."),
                         native(target));
    }

    const QString temp = tempNameBeside(absolute, QStringLiteral("partial"));
    TempFileGuard guard(temp);
    if (Status s = snapshot(db.connection(), temp); !s)
        return s.error();
    Result<Summary> checked = inspect(temp);
    if (!checked)
        return makeError(checked.error().kind, checked.error().message, native(target));
    if (Status s = renameOver(temp, absolute); !s)
        return s.error();
    guard.release();

    Summary summary = checked.value();
    summary.file = absolute;
    AuditEvent event;
    event.actor = db.actor();
    event.action = QStringLiteral("history.backed_up");
    event.objectType = QStringLiteral("history");
    event.objectId = QStringLiteral("local");
    event.detail = QJsonObject{{QStringLiteral("file"), info.fileName()},
                               {QStringLiteral("entries"), summary.auditEntries}};
    if (Result<AuditEntry> r = db.audit().append(event); !r)
        return r.error();
    qCInfo(lcStore) << "history backed up," << summary.auditEntries << "audit entries";
    return summary;
}

Result<Summary> restore(const QString& databasePath, const QString& backupFile,
                        const QString& actor)
{
    Result<Summary> checked = inspect(backupFile);
    if (!checked)
        return checked.error();

    const QString target = QFileInfo(databasePath).absoluteFilePath();
    if (checked->file == target) {
        return makeError(ErrorKind::Usage,
                         Tr::tr("This backup is the history itself. Choose a backup file."),
                         native(backupFile));
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        return makeError(ErrorKind::Failure, Tr::tr("Could not create the history's folder."),
                         native(target));
    }

    // Copy the backup beside the history, bring it to this program's schema and record
    // the restore in it, and only then swap it in.
    const QString temp = tempNameBeside(target, QStringLiteral("restoring"));
    TempFileGuard guard(temp);
    {
        ScratchConnection source(checked->file, true);
        if (!source.isOpen())
            return makeError(ErrorKind::BadInput, Tr::tr("The backup file cannot be opened."),
                             native(backupFile));
        if (Status s = snapshot(source.db(), temp); !s)
            return s.error();
    }
    {
        Database::Options options;
        options.path = temp;
        options.actor = actor;
        options.allowNetworkPath = true; // the target folder was accepted already
        Result<std::unique_ptr<Database>> restored = Database::open(options);
        if (!restored)
            return restored.error();
        AuditEvent event;
        event.actor = actor;
        event.action = QStringLiteral("history.restored");
        event.objectType = QStringLiteral("history");
        event.objectId = QStringLiteral("local");
        event.detail = QJsonObject{{QStringLiteral("file"), QFileInfo(backupFile).fileName()},
                                   {QStringLiteral("entries"), checked->auditEntries}};
        if (Result<AuditEntry> r = restored.value()->audit().append(event); !r)
            return r.error();
        QSqlQuery q(restored.value()->connection());
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        q.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
    }

    Summary summary = checked.value();
    summary.auditEntries += 1;
    if (QFileInfo::exists(target)) {
        const QString kept = target + QStringLiteral(".before-restore-") +
                             QDateTime::fromMSecsSinceEpoch(Clock::nowUs() / 1000, Qt::UTC)
                                 .toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (Status s = renameOver(target, kept); !s)
            return s.error();
        for (const QString& side : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(target + side))
                (void)renameOver(target + side, kept + side);
        }
        summary.previousHistoryKeptAs = kept;
        if (Status s = renameOver(temp, target); !s) {
            (void)renameOver(kept, target); // put the old history back
            return s.error();
        }
    } else if (Status s = renameOver(temp, target); !s) {
        return s.error();
    }
    guard.release();
    summary.file = target;
    qCInfo(lcStore) << "history restored from backup," << summary.auditEntries << "audit entries";
    return summary;
}

} // namespace sharewise::HistoryBackup
