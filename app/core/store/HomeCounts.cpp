#include "store/HomeCounts.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace sharewise {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(HomeCounts)
};
} // namespace

Result<HomeCounts> HomeCounts::read(Database& db, const QDate& today)
{
    const QString day = today.toString(Qt::ISODate);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT"
                             " (SELECT count(*) FROM shares WHERE status = 'pending_review'),"
                             " (SELECT count(*) FROM agreements WHERE status = 'active'"
                             "    AND review_due_on IS NOT NULL AND review_due_on <= :today),"
                             " (SELECT count(*) FROM expected_outputs e WHERE e.due_on < :today"
                             "    AND NOT EXISTS (SELECT 1 FROM returned_outputs r WHERE "
                             "r.expected_output_id = e.id))"));
    q.bindValue(QStringLiteral(":today"), day);
    if (!q.exec() || !q.next()) {
        return makeError(
            ErrorKind::Failure,
            Tr::tr("Could not read the history (%1).").arg(describeSqlError(q.lastError())));
    }
    HomeCounts c;
    c.pendingReviews = q.value(0).toInt();
    c.agreementsDueForReview = q.value(1).toInt();
    c.outputsOverdue = q.value(2).toInt();
    return c;
}

} // namespace sharewise
