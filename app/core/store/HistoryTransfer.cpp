#include "store/HistoryTransfer.h"

#include "common/Logging.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace sharewise {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(HistoryTransfer)
};

Error sqlFailure(const QSqlQuery& q, const QString& table)
{
    return makeError(ErrorKind::Failure,
                     Tr::tr("Could not copy the history's \"%1\" records (%2). Nothing was "
                            "copied.")
                         .arg(table, describeSqlError(q.lastError())));
}

// Tables of the schema that copyHistory does not carry: the target has its own.
bool isEngineTable(const QString& name)
{
    return name == QLatin1String("schema_migrations") || name.startsWith(QLatin1String("sqlite_"));
}

Result<QStringList> tablesOf(Database& db)
{
    QSqlQuery q(db.connection());
    const bool ok =
        db.engine() == sql::Engine::Sqlite
            ? q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))
            : q.exec(QStringLiteral("SELECT table_name FROM information_schema.tables "
                                    "WHERE table_schema = current_schema()"));
    if (!ok)
        return sqlFailure(q, QStringLiteral("tables"));
    QStringList out;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (!isEngineTable(name))
            out << name;
    }
    return out;
}

qint64 countOf(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

// The primary-key column a table's ids come from, if it has one of its own.
QString idColumnOf(const QString& table)
{
    if (table == QLatin1String("audit_log"))
        return QStringLiteral("seq");
    static const QStringList withoutId = {
        QStringLiteral("person_roles"), QStringLiteral("agreement_parties"),
        QStringLiteral("returned_output_shares"), QStringLiteral("bundle_recipients")};
    return withoutId.contains(table) ? QString() : QStringLiteral("id");
}

} // namespace

const QStringList& transferredTables()
{
    static const QStringList tables = {
        QStringLiteral("organisations"),
        QStringLiteral("people"),
        QStringLiteral("person_roles"),
        QStringLiteral("agreements"),
        QStringLiteral("agreement_versions"),
        QStringLiteral("agreement_parties"),
        QStringLiteral("shares"),
        QStringLiteral("share_decisions"),
        QStringLiteral("bundles"),
        QStringLiteral("bundle_recipients"),
        QStringLiteral("receipts"),
        QStringLiteral("expected_outputs"),
        QStringLiteral("returned_outputs"),
        QStringLiteral("returned_output_shares"),
        QStringLiteral("incidents"),
        QStringLiteral("own_identities"),
        QStringLiteral("recipient_keys"),
        QStringLiteral("agreement_keys"),
        QStringLiteral("agreement_key_grants"),
        QStringLiteral("register_members"),
        QStringLiteral("audit_log"),
        QStringLiteral("audit_heads"),
    };
    return tables;
}

Result<TransferReport> copyHistory(Database& from, Database& to)
{
    if (from.schemaVersion() != to.schemaVersion()) {
        return makeError(ErrorKind::Usage,
                         Tr::tr("The two histories are at different versions (%1 and %2). Open "
                                "both with this version of Sharewise first, then copy again.")
                             .arg(from.schemaVersion())
                             .arg(to.schemaVersion()));
    }
    // The source must be whole before anything is carried.
    const AuditVerification source = from.audit().verify();
    if (!source.intact) {
        return makeError(ErrorKind::Verification,
                         Tr::tr("The history to copy fails its audit check, so it was not "
                                "copied: %1")
                             .arg(source.problem),
                         from.location());
    }
    // Every table of the source is one this program knows how to carry.
    Result<QStringList> sourceTables = tablesOf(from);
    if (!sourceTables)
        return sourceTables.error();
    for (const QString& t : sourceTables.value()) {
        if (!transferredTables().contains(t)) {
            return makeError(ErrorKind::Usage,
                             Tr::tr("The history holds a table (\"%1\") this version of "
                                    "Sharewise does not know how to copy. Copy it with the "
                                    "version that made it.")
                                 .arg(t),
                             from.location());
        }
    }
    // The target is new: nothing in it, not even the entry that records its creation.
    for (const QString& t : transferredTables()) {
        if (countOf(to, t) != 0) {
            return makeError(ErrorKind::Usage,
                             Tr::tr("The history to copy into is not empty (its \"%1\" records "
                                    "are not), so nothing was copied. Copy into a new, empty "
                                    "register.")
                                 .arg(t),
                             to.location());
        }
    }

    Database::WriteTransaction tx(to);
    if (!tx.begun())
        return tx.error();
    TransferReport report;
    report.auditEntries = source.entriesChecked;
    report.headHash = source.headHash;
    report.signedHeads = source.signedHeads;
    for (const QString& table : transferredTables()) {
        if (!sourceTables->contains(table))
            continue;
        QSqlQuery read(from.connection());
        read.setForwardOnly(true);
        const QString key = idColumnOf(table);
        const QString order = key.isEmpty() ? QString() : QStringLiteral(" ORDER BY %1").arg(key);
        if (!read.exec(QStringLiteral("SELECT * FROM %1%2").arg(table, order)))
            return sqlFailure(read, table);
        const QSqlRecord record = read.record();
        QStringList columns;
        QStringList marks;
        for (int i = 0; i < record.count(); ++i) {
            columns << record.fieldName(i);
            marks << QStringLiteral("?");
        }
        QSqlQuery write(to.connection());
        if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(table, columns.join(QStringLiteral(", ")),
                                    marks.join(QStringLiteral(", ")))))
            return sqlFailure(write, table);
        qint64 copied = 0;
        while (read.next()) {
            for (int i = 0; i < record.count(); ++i)
                write.bindValue(i, read.value(i));
            if (!write.exec())
                return sqlFailure(write, table);
            ++copied;
        }
        read.finish();
        report.rows.append({table, copied});
        // Ids given explicitly leave a PostgreSQL identity behind them: move it on.
        if (to.engine() == sql::Engine::Postgres && !key.isEmpty() && copied > 0) {
            QSqlQuery seq(to.connection());
            if (!seq.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                         "(SELECT max(%2) FROM %1))")
                              .arg(table, key)))
                return sqlFailure(seq, table);
        }
    }

    // The copied chain must be the source's, hash for hash, before anything is kept.
    const AuditVerification copied = AuditLog::verify(to.connection());
    if (!copied.intact || copied.entriesChecked != source.entriesChecked ||
        copied.headHash != source.headHash) {
        return makeError(
            ErrorKind::Verification,
            Tr::tr("The copied audit log does not match the original (%1), so "
                   "nothing was copied. Tell your IT support.")
                .arg(copied.intact ? Tr::tr("a different last entry") : copied.problem));
    }

    AuditEvent event;
    event.actor = to.actor();
    event.action = QStringLiteral("history.imported");
    event.objectType = QStringLiteral("history");
    event.objectId = to.isShared() ? QStringLiteral("shared") : QStringLiteral("local");
    QJsonArray counts;
    for (const auto& [table, n] : std::as_const(report.rows))
        counts.append(QJsonObject{{QStringLiteral("table"), table}, {QStringLiteral("rows"), n}});
    event.detail =
        QJsonObject{{QStringLiteral("from"),
                     from.isShared() ? QStringLiteral("shared") : QStringLiteral("local")},
                    {QStringLiteral("entries"), source.entriesChecked},
                    {QStringLiteral("head"), QString::fromLatin1(source.headHash.toHex())},
                    {QStringLiteral("rows"), counts}};
    if (Result<AuditEntry> r = to.audit().append(event); !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcStore) << "history copied:" << source.entriesChecked << "audit entries";
    return report;
}

} // namespace sharewise
