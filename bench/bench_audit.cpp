// Audit log: how fast entries are appended (each in its own transaction, as the
// program does) and how fast a long chain verifies.
//   bench_audit [entries=20000] [folder=/tmp]
#include "crypto/Sodium.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace sharewise;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    crypto::initialise();
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    QTemporaryDir dir(argc > 2 ? QString::fromLocal8Bit(argv[2]) + QStringLiteral("/bench-XXXXXX")
                               : QDir::tempPath() + QStringLiteral("/bench-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    QTextStream out(stdout);

    Database::Options options;
    options.path = path;
    options.actor = QStringLiteral("bench");
    auto db = Database::open(options);
    if (!db) {
        out << db.error().fullMessage() << '\n';
        return 1;
    }
    AuditEvent e;
    e.actor = QStringLiteral("login:bench");
    e.action = QStringLiteral("share.submitted");
    e.objectType = QStringLiteral("share");
    e.detail = QJsonObject{{QStringLiteral("rows"), 123456}, {QStringLiteral("columns"), 12}};

    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i) {
        e.objectId = QString::number(i);
        if (!db.value()->audit().append(e)) {
            out << "append failed\n";
            return 1;
        }
    }
    const double appendMs = t.nsecsElapsed() / 1e6;
    t.restart();
    const AuditVerification v = db.value()->audit().verify();
    const double verifyMs = t.nsecsElapsed() / 1e6;
    out << "entries:          " << v.entriesChecked << (v.intact ? " (intact)" : " (BROKEN)")
        << '\n'
        << "append (each own transaction): " << appendMs << " ms total, " << (appendMs * 1000.0 / n)
        << " us/entry\n"
        << "verify:           " << verifyMs << " ms total, "
        << (verifyMs * 1000.0 / v.entriesChecked) << " us/entry\n"
        << "database size:    " << QFile(path).size() / 1024 << " KiB (+ WAL)\n";
    return v.intact ? 0 : 1;
}
