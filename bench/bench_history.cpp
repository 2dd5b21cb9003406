// The history and the review queue with many shares: fills a history with N shares
// (default 100,000; a tenth waiting for review, spread over agreements, partners and
// people) and M audit entries (default 1,000,000, through AuditLog::append, so the chain
// is real), then times the queries the screens run (shares::ShareStore::list with each
// filter, a share's audit trail, the review queue). Run by hand (bench/README.md):
//
//   bench_history WORKDIR [SHARES] [AUDIT_ENTRIES]
//
// The filled history is kept in WORKDIR/history.sqlite and reused when it exists. With
// SHAREWISE_BENCH_REGISTER set to a server's fields ("host=… port=… dbname=… user=…",
// a trusted login; tests/tools/pg-server.sh makes one), the same runs against a shared
// register on PostgreSQL instead, filled when it holds no shares.
#include "BenchSupport.h"

#include "common/Session.h"
#include "crypto/Sodium.h"
#include "shares/ShareStore.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

using namespace sharewise;
using namespace Qt::StringLiterals;

namespace {

const QStringList kStates = {u"draft"_s,  u"pending_review"_s, u"approved"_s, u"rejected"_s,
                             u"sealed"_s, u"sent"_s,           u"received"_s, u"cancelled"_s};

bool fill(Database& db, qint64 shares, qint64 entries, QTextStream& out)
{
    QElapsedTimer t;
    t.start();
    {
        Database::WriteTransaction tx(db);
        QSqlQuery q(db.connection());
        q.prepare(u"INSERT INTO shares (uid, status, row_version, agreement_reference, "
                  u"agreement_version, partner, prepared_by, dataset_name, row_count, "
                  u"review_required, created_at_us, updated_at_us, submitted_at_us, "
                  u"search_text) VALUES (?, ?, 1, ?, 1, ?, ?, ?, ?, 1, ?, ?, ?, ?)"_s);
        const qint64 start = 1'700'000'000'000'000;
        for (qint64 i = 0; i < shares; ++i) {
            // One in ten waiting for review; the rest spread over the other states.
            const QString state =
                i % 10 == 0 ? kStates.at(1) : kStates.at(int(i % 7) + (i % 7 >= 1));
            const qint64 at = start + i * 60'000'000;
            q.addBindValue(u"%1"_s.arg(i, 32, 16, QLatin1Char('0')));
            q.addBindValue(state);
            q.addBindValue(u"DSA-%1"_s.arg(i % 40, 3, 10, QLatin1Char('0')));
            q.addBindValue(u"Partner %1"_s.arg(i % 25));
            q.addBindValue(u"login:officer%1"_s.arg(i % 60));
            q.addBindValue(u"return-%1.csv"_s.arg(i));
            q.addBindValue(1000 + i % 5000);
            q.addBindValue(at);
            q.addBindValue(at);
            q.addBindValue(at + 1000);
            // As ShareStore writes it: the searchable fields, lower-cased.
            q.addBindValue(u"return-%1.csv\ndsa-%2\npartner %3\nlogin:officer%4\n%5"_s.arg(i)
                               .arg(i % 40, 3, 10, QLatin1Char('0'))
                               .arg(i % 25)
                               .arg(i % 60)
                               .arg(i, 32, 16, QLatin1Char('0')));
            if (!q.exec())
                return false;
        }
        if (!tx.commit())
            return false;
    }
    out << "filled " << shares << " shares in " << t.restart() << " ms\n";
    AuditLog log(db);
    for (qint64 done = 0; done < entries;) {
        Database::WriteTransaction tx(db);
        for (int k = 0; k < 10000 && done < entries; ++k, ++done) {
            AuditEvent e;
            e.actor = u"login:officer%1"_s.arg(done % 60);
            e.action = u"share.changed"_s;
            e.objectType = u"share"_s;
            e.objectId = u"%1"_s.arg(done % shares, 32, 16, QLatin1Char('0'));
            e.detail = QJsonObject{{u"state"_s, u"draft"_s}};
            if (!log.append(e))
                return false;
        }
        if (!tx.commit())
            return false;
    }
    out << "appended " << entries << " audit entries in " << t.restart() << " ms\n";
    return true;
}

template <typename F>
void timed(QTextStream& out, const char* what, F&& f)
{
    // The best of five: the screens run each query again as the user types.
    qint64 best = std::numeric_limits<qint64>::max();
    qsizetype n = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        n = f();
        best = std::min(best, t.nsecsElapsed());
    }
    out << "  " << what << ": " << QString::number(double(best) / 1e6, 'f', 1) << " ms (" << n
        << " rows)\n";
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2 || !crypto::initialise()) {
        out << "use: bench_history WORKDIR [SHARES] [AUDIT_ENTRIES]\n";
        return 1;
    }
    QDir work(args.at(1));
    work.mkpath(u"."_s);
    const qint64 shares = args.value(2, u"100000"_s).toLongLong();
    const qint64 entries = args.value(3, u"1000000"_s).toLongLong();
    const QString path = work.filePath(u"history.sqlite"_s);
    bool exists = QFile::exists(path);
    Database::Options o;
    o.path = path;
    o.actor = Session::actor();
    const QString registerFields = qEnvironmentVariable("SHAREWISE_BENCH_REGISTER");
    if (!registerFields.isEmpty()) {
        ServerConnection server;
        for (const QString& part : registerFields.split(u' ', Qt::SkipEmptyParts)) {
            const QString key = part.section(u'=', 0, 0);
            const QString value = part.section(u'=', 1);
            if (key == u"host"_s)
                server.host = value;
            else if (key == u"port"_s)
                server.port = value.toInt();
            else if (key == u"dbname"_s)
                server.database = value;
            else if (key == u"user"_s)
                server.user = value;
        }
        o.server = server;
    }
    Result<std::unique_ptr<Database>> db = Database::open(o);
    if (!db) {
        out << db.error().message << '\n';
        return 1;
    }
    if (o.server) {
        QSqlQuery q(db.value()->connection());
        exists =
            q.exec(u"SELECT count(*) FROM shares"_s) && q.next() && q.value(0).toLongLong() > 0;
    }
    if (!exists && !fill(*db.value(), shares, entries, out)) {
        out << "filling failed\n";
        return 1;
    }
    shares::ShareStore store(*db.value());
    auto count = [&](const shares::ShareFilter& f) {
        return store.list(f).value().size();
    };
    if (o.server)
        out << "queries (best of 5), shared register on PostgreSQL " << o.server->display()
            << ":\n";
    else
        out << "queries (best of 5), history " << QFileInfo(path).size() / 1000000 << " MB:\n";
    timed(out, "review queue (pending, oldest first, first 1000)", [&] {
        shares::ShareFilter f;
        f.states = {shares::ShareState::PendingReview};
        f.oldestFirst = true;
        return count(f);
    });
    timed(out, "history, newest first, first 1000", [&] { return count({}); });
    timed(out, "by agreement", [&] {
        shares::ShareFilter f;
        f.agreement = u"DSA-007"_s;
        return count(f);
    });
    timed(out, "by partner (contains)", [&] {
        shares::ShareFilter f;
        f.partner = u"partner 13"_s;
        return count(f);
    });
    timed(out, "by person and state", [&] {
        shares::ShareFilter f;
        f.person = u"officer42"_s;
        f.states = {shares::ShareState::Sent, shares::ShareState::Received};
        return count(f);
    });
    timed(out, "search text (no match)", [&] {
        shares::ShareFilter f;
        f.text = u"no such thing"_s;
        return count(f);
    });
    timed(out, "date range (one week)", [&] {
        shares::ShareFilter f;
        f.from = QDate(2023, 12, 1);
        f.to = QDate(2023, 12, 7);
        return count(f);
    });
    timed(out, "one share's audit trail", [&] {
        return store.auditTrail(u"%1"_s.arg(4242, 32, 16, QLatin1Char('0'))).value().size();
    });
    timed(out, "open one share", [&] { return qsizetype(store.find(4242).ok()); });
    out << "peak memory " << bench::statusKiB("VmHWM") / 1024 << " MiB\n";
    return 0;
}
