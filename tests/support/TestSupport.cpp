#include "support/TestSupport.h"

#include "crypto/Sodium.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace sharewise::test {

std::unique_ptr<Database> openHistory(const QString& path, const QString& actor)
{
    crypto::initialise();
    Database::Options options;
    options.path = path;
    options.actor = actor;
    Result<std::unique_ptr<Database>> db = Database::open(options);
    if (!db) {
        qWarning("openHistory failed: %s", qPrintable(db.error().fullMessage()));
        return nullptr;
    }
    return std::move(db).value();
}

QString rawSql(const QString& path, const QStringList& statements)
{
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

} // namespace sharewise::test
