#include "store/HomeCounts.h"
#include "support/TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sharewise;

class TestHomeCounts : public QObject
{
    Q_OBJECT
private slots:
    void countsWhatNeedsAttention();
};

void TestHomeCounts::countsWhatNeedsAttention()
{
    QTemporaryDir dir;
    auto db = test::openHistory(dir.filePath(QStringLiteral("h.sqlite")));
    QVERIFY(db);
    const QDate today(2026, 11, 25);
    QCOMPARE(HomeCounts::read(*db, today)->pendingReviews, 0);

    QSqlQuery q(db->connection());
    const QStringList inserts = {
        QStringLiteral(
            "INSERT INTO agreements (id, reference, title, status, review_due_on, created_at_us, "
            "updated_at_us) VALUES (1, 'A1', 'Due', 'active', '2026-11-25', 0, 0)"),
        QStringLiteral(
            "INSERT INTO agreements (id, reference, title, status, review_due_on, created_at_us, "
            "updated_at_us) VALUES (2, 'A2', 'Later', 'active', '2027-01-01', 0, 0)"),
        QStringLiteral(
            "INSERT INTO agreements (id, reference, title, status, review_due_on, created_at_us, "
            "updated_at_us) VALUES (3, 'A3', 'Draft past', 'draft', '2020-01-01', 0, 0)"),
        QStringLiteral("INSERT INTO shares (uid, agreement_reference, agreement_version, status, "
                       "prepared_by, created_at_us, updated_at_us) VALUES ('s1', 'A1', 1, "
                       "'pending_review', 'login:t', 0, 0)"),
        QStringLiteral("INSERT INTO shares (uid, agreement_reference, agreement_version, status, "
                       "prepared_by, created_at_us, updated_at_us) VALUES ('s2', 'A1', 1, "
                       "'pending_review', 'login:t', 0, 0)"),
        QStringLiteral("INSERT INTO shares (uid, agreement_reference, agreement_version, status, "
                       "prepared_by, created_at_us, updated_at_us) VALUES ('s3', 'A1', 1, "
                       "'approved', 'login:t', 0, 0)"),
        QStringLiteral("INSERT INTO expected_outputs (id, agreement_id, title, due_on, "
                       "created_at_us) VALUES (1, 1, 'Overdue', '2026-11-24', 0)"),
        QStringLiteral("INSERT INTO expected_outputs (id, agreement_id, title, due_on, "
                       "created_at_us) VALUES (2, 1, 'Returned', '2026-10-01', 0)"),
        QStringLiteral("INSERT INTO expected_outputs (id, agreement_id, title, due_on, "
                       "created_at_us) VALUES (3, 1, 'Due today', '2026-11-25', 0)"),
        QStringLiteral("INSERT INTO returned_outputs (expected_output_id, agreement_id, title, "
                       "received_on, recorded_at_us) VALUES (2, 1, 'Returned', '2026-10-02', 0)"),
    };
    for (const QString& sql : inserts)
        QVERIFY2(q.exec(sql), qPrintable(sql));

    Result<HomeCounts> c = HomeCounts::read(*db, today);
    QVERIFY(c);
    QCOMPARE(c->pendingReviews, 2);
    QCOMPARE(c->agreementsDueForReview, 1);
    QCOMPARE(c->outputsOverdue, 1);
}

QTEST_GUILESS_MAIN(TestHomeCounts)
#include "tst_homecounts.moc"
