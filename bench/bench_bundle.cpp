// Bundles: how fast a file is sealed to one recipient and opened again, and how much
// memory each takes.
//
//   bench_bundle <input> [--work DIR] [--phase all|seal|open|keys] [--passphrase]
//                [--no-output] [--check] [--rows N]
//
// --phase all (the default) makes the identities, then runs the seal and the open each
// in a child process of its own (this program again, with --phase seal / --phase open),
// so that each phase's peak memory is its own: a child reads its peak resident set
// (VmHWM in /proc/self/status) when its phase ends. That peak is the whole process's:
// Qt, libsodium and the program image included, as a user would see it. The baseline
// before the phase started is printed beside it.
//
// --phase seal / open run one phase in this process and print one RESULT line; the
// benchmark script (bench/bundle_vs_peers.sh) times these with hyperfine, start-up
// included, as it does for the other tools. --phase keys only makes the identities.
//
// Files: DIR/sender.secret, DIR/recipient.secret (throwaway identities), DIR/bench.swb
// (the bundle), DIR/bench.out (the opened data; not written with --no-output). Put DIR
// on a tmpfs (/dev/shm) so that the disk does not decide the result.
#include "BenchSupport.h"
#include "bundle/BundleReader.h"
#include "bundle/BundleWriter.h"
#include "crypto/Identity.h"
#include "crypto/SecureBytes.h"
#include "crypto/Sodium.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

#include <sys/vfs.h>

#include <cstdio>
#include <optional>

using namespace sharewise;
using sharewise::bench::cpuNs;
using sharewise::bench::statusKiB;

namespace {

constexpr long kTmpfsMagic = 0x01021994;
constexpr char kPassphrase[] = "correct horse battery staple, bench";

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

bool onTmpfs(const QString& path)
{
    struct statfs s
    {
    };
    return statfs(QFile::encodeName(path).constData(), &s) == 0 && s.f_type == kTmpfsMagic;
}

bool saveIdentity(const crypto::Identity& id, const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const crypto::SecureBytes secret = id.exportSecret();
    return f.write(secret.view().data(), secret.view().size()) == secret.view().size();
}

std::optional<crypto::Identity> loadIdentity(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray bytes = f.readAll();
    const crypto::SecureBytes secret = crypto::SecureBytes::copyOf(bytes);
    crypto::wipe(bytes);
    Result<crypto::Identity> id = crypto::Identity::importSecret(secret);
    if (!id)
        return std::nullopt;
    return std::move(id.value());
}

struct Options
{
    QString input;
    QString work;
    QString phase = QStringLiteral("all");
    bool passphrase = false;
    bool noOutput = false;
    bool check = false;
    quint64 rows = 0;
};

QString pathIn(const Options& o, const char* name)
{
    return QDir(o.work).filePath(QString::fromLatin1(name));
}

int makeKeys(const Options& o)
{
    if (QFile::exists(pathIn(o, "sender.secret")) && QFile::exists(pathIn(o, "recipient.secret")))
        return 0;
    const crypto::Identity sender =
        crypto::Identity::generate(QStringLiteral("Bench sender, Anytown Council"));
    const crypto::Identity recipient =
        crypto::Identity::generate(QStringLiteral("Bench recipient, Statistics"));
    if (!saveIdentity(sender, pathIn(o, "sender.secret")) ||
        !saveIdentity(recipient, pathIn(o, "recipient.secret"))) {
        err() << "cannot write identities into " << o.work << '\n';
        return 2;
    }
    return 0;
}

void printResult(const char* phase, qint64 bytes, qint64 ns, qint64 baseKiB, qint64 peakKiB)
{
    const double s = static_cast<double>(ns) / 1e9;
    const double mib = static_cast<double>(bytes) / (1024.0 * 1024.0);
    out() << phase << ": " << bytes << " bytes in " << QString::number(s, 'f', 3) << " s, "
          << QString::number(mib / s, 'f', 1) << " MiB/s; peak RSS "
          << QString::number(peakKiB / 1024.0, 'f', 1) << " MiB (before the phase "
          << QString::number(baseKiB / 1024.0, 'f', 1) << " MiB)\n";
    out() << "RESULT phase=" << phase << " bytes=" << bytes << " ns=" << ns
          << " mibps=" << QString::number(mib / s, 'f', 1) << " base_kib=" << baseKiB
          << " peak_kib=" << peakKiB << '\n';
    out().flush();
}

int runSeal(const Options& o)
{
    if (int rc = makeKeys(o))
        return rc;
    std::optional<crypto::Identity> sender = loadIdentity(pathIn(o, "sender.secret"));
    std::optional<crypto::Identity> recipient = loadIdentity(pathIn(o, "recipient.secret"));
    if (!sender || !recipient) {
        err() << "cannot read the identities in " << o.work << '\n';
        return 2;
    }
    QFile input(o.input);
    if (!input.open(QIODevice::ReadOnly)) {
        err() << "cannot read " << o.input << '\n';
        return 2;
    }
    bundle::SealParams p;
    p.sender = &*sender;
    if (o.passphrase)
        p.passphrase = crypto::SecureBytes::copyOf(QByteArrayView(kPassphrase));
    else
        p.recipients = {recipient->card()};
    p.dataName = QFileInfo(o.input).fileName();
    p.rowCount = o.rows;
    const qint64 base = statusKiB("VmHWM");
    QElapsedTimer t;
    t.start();
    Result<bundle::SealResult> r = bundle::BundleWriter::seal(input, pathIn(o, "bench.swb"), p);
    const qint64 ns = t.nsecsElapsed();
    const qint64 peak = statusKiB("VmHWM");
    if (!r) {
        err() << "seal failed: " << r.error().message << '\n';
        return 1;
    }
    printResult(o.passphrase ? "seal-passphrase" : "seal", static_cast<qint64>(r->dataLength), ns,
                base, peak);
    return 0;
}

bool sameContents(const QString& a, const QString& b)
{
    QFile fa(a);
    QFile fb(b);
    if (!fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly) || fa.size() != fb.size())
        return false;
    while (!fa.atEnd()) {
        if (fa.read(1 << 20) != fb.read(1 << 20))
            return false;
    }
    return true;
}

int runOpen(const Options& o)
{
    std::optional<crypto::Identity> sender = loadIdentity(pathIn(o, "sender.secret"));
    std::optional<crypto::Identity> recipient = loadIdentity(pathIn(o, "recipient.secret"));
    if (!sender || !recipient) {
        err() << "cannot read the identities in " << o.work << " (seal first)\n";
        return 2;
    }
    const crypto::KeyCard senderCard = sender->card();
    bundle::OpenParams p;
    if (o.passphrase)
        p.passphrase = crypto::SecureBytes::copyOf(QByteArrayView(kPassphrase));
    else
        p.identity = &*recipient;
    p.senderKnown = [&senderCard](const crypto::KeyCard& c) {
        return c == senderCard;
    };
    if (!o.noOutput)
        p.dataOutput = pathIn(o, "bench.out");
    const qint64 base = statusKiB("VmHWM");
    QElapsedTimer t;
    t.start();
    Result<bundle::OpenedBundle> r = bundle::BundleReader::open(pathIn(o, "bench.swb"), p);
    const qint64 ns = t.nsecsElapsed();
    const qint64 peak = statusKiB("VmHWM");
    if (!r) {
        err() << "open failed: " << r.error().message << '\n';
        return 1;
    }
    printResult(o.passphrase ? "open-passphrase" : "open", static_cast<qint64>(r->dataLength), ns,
                base, peak);
    if (o.check && !o.noOutput && !o.input.isEmpty()) {
        const bool same = sameContents(o.input, p.dataOutput);
        out() << "check: opened data " << (same ? "equals" : "DIFFERS FROM") << " the input\n";
        if (!same)
            return 1;
    }
    return 0;
}

// Runs one phase in a child process and passes its output through.
int runChild(const Options& o, const QString& phase)
{
    QStringList args{o.input,
                     QStringLiteral("--work"),
                     o.work,
                     QStringLiteral("--phase"),
                     phase,
                     QStringLiteral("--rows"),
                     QString::number(o.rows)};
    if (o.passphrase)
        args << QStringLiteral("--passphrase");
    if (o.noOutput)
        args << QStringLiteral("--no-output");
    if (o.check)
        args << QStringLiteral("--check");
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), args);
    if (!child.waitForFinished(-1)) {
        err() << "could not run the " << phase << " phase\n";
        return 2;
    }
    out() << QString::fromUtf8(child.readAllStandardOutput());
    out().flush();
    return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 2;
}

int usage()
{
    err() << "usage: bench_bundle <input> [--work DIR] [--phase all|seal|open|keys] "
             "[--passphrase] [--no-output] [--check] [--rows N]\n";
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sharewise.*.info=false"));
    if (!crypto::initialise())
        return 2;
    Options o;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        auto next = [&]() -> QString {
            return i + 1 < args.size() ? args.at(++i) : QString();
        };
        if (a == QLatin1String("--work"))
            o.work = next();
        else if (a == QLatin1String("--phase"))
            o.phase = next();
        else if (a == QLatin1String("--passphrase"))
            o.passphrase = true;
        else if (a == QLatin1String("--no-output"))
            o.noOutput = true;
        else if (a == QLatin1String("--check"))
            o.check = true;
        else if (a == QLatin1String("--rows"))
            o.rows = next().toULongLong();
        else if (a.startsWith(QLatin1String("--")))
            return usage();
        else
            o.input = a;
    }
    if (o.work.isEmpty())
        o.work = QDir::tempPath() + QStringLiteral("/sharewise-bench");
    if (!QDir().mkpath(o.work)) {
        err() << "cannot create " << o.work << '\n';
        return 2;
    }
    if (o.phase == QLatin1String("keys"))
        return makeKeys(o);
    if (o.input.isEmpty() && o.phase != QLatin1String("open"))
        return usage();
    if (o.phase == QLatin1String("seal"))
        return runSeal(o);
    if (o.phase == QLatin1String("open"))
        return runOpen(o);
    if (o.phase != QLatin1String("all"))
        return usage();

    out() << "input: " << o.input << " (" << QFileInfo(o.input).size() << " bytes)\n"
          << "work folder: " << o.work << (onTmpfs(o.work) ? " (tmpfs)" : " (NOT tmpfs)") << '\n'
          << "mode: " << (o.passphrase ? "passphrase" : "one recipient") << "; libsodium "
          << crypto::libraryVersion() << "; each phase in its own process\n";
    out().flush();
    if (int rc = makeKeys(o))
        return rc;
    if (int rc = runChild(o, QStringLiteral("seal")))
        return rc;
    return runChild(o, QStringLiteral("open"));
}
