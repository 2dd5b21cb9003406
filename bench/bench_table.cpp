// Reading datasets: how fast a CSV is parsed, read as a dataset and profiled, how soon
// the first rows can be shown, and how much memory each takes.
//
//   bench_table <file.csv> [--phase all|parse|dataset|profile|preview]
//               [--block-rows N] [--preview-runs N] [--preview-rows N]
//
// Phases (each prints one RESULT line):
//   parse    openTable() and TableReader::read into one reused RowBlock until the end:
//            rows and fields out, no string per field (the fields are only measured).
//            The floor every other phase stands on.
//   dataset  DatasetReader: the same, plus finding the header, skipping blank and
//            padding rows, counting ragged rows.
//   profile  the full profile as the program runs it: dataset::scanDataset (DatasetReader
//            + Profiler + identifier detection), with the time until its first rows were
//            ready for the screen. Built only when dataset/DatasetScan.h is in the tree.
//   preview  DatasetReader::open and the first --preview-rows (100) data rows, from a
//            fresh open each time, --preview-runs (20) times: median and worst. The file
//            is in the page cache after the first run, as it is when a user opens a file
//            they just saved.
// --phase all (the default) runs each phase in a child process of its own (this program
// again), so that each peak resident set (VmHWM in /proc/self/status, read when the
// phase ends) is that phase's alone: Qt and the program image included, as a user sees
// it. CPU time (user + system, getrusage) is printed beside the wall time: parse and
// dataset are single-threaded, so CPU ≈ wall there.
// MB/s are decimal megabytes (10^6 bytes) of the file a second, as the targets are
// written; the RESULT line has MiB/s too.
//
// Data: bench/table_vs_peers.sh generates 1 GiB with tests/tools/gen_casefile and runs
// this against wc -l, mlr, Python's csv module and pandas on the same file.
#include "BenchSupport.h"
#include "table/DatasetReader.h"
#include "table/RowBlock.h"
#include "table/TableReader.h"

#include "dataset/DatasetScan.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <vector>

using namespace sharewise;
using sharewise::bench::cpuNs;
using sharewise::bench::statusKiB;

namespace {

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

struct Options
{
    QString input;
    QString phase = QStringLiteral("all");
    qsizetype blockRows = 4096;
    int previewRuns = 20;
    qsizetype previewRows = 100;
};

// What a reading phase saw, so that the work cannot be optimised away and the phases
// can be compared.
struct Tally
{
    qint64 rows = 0;
    qint64 fields = 0;
    qint64 fieldBytes = 0;
    int restarts = 0;

    void add(const table::RowBlock& block)
    {
        rows += block.rowCount();
        for (qsizetype r = 0; r < block.rowCount(); ++r) {
            const qsizetype n = block.fieldCount(r);
            fields += n;
            for (qsizetype c = 0; c < n; ++c)
                fieldBytes += block.field(r, c).size();
        }
    }
};

void printResult(const QString& phase, qint64 bytes, qint64 ns, qint64 cpu, qint64 baseKiB,
                 qint64 peakKiB, const QString& extra)
{
    const double s = double(ns) / 1e9;
    const double mbps = double(bytes) / 1e6 / s;
    const double mibps = double(bytes) / (1024.0 * 1024.0) / s;
    out() << phase << ": " << bytes << " bytes in " << QString::number(s, 'f', 3) << " s ("
          << QString::number(double(cpu) / 1e9, 'f', 3) << " s CPU), "
          << QString::number(mbps, 'f', 1) << " MB/s; peak RSS "
          << QString::number(double(peakKiB) / 1024.0, 'f', 1) << " MiB (before the phase "
          << QString::number(double(baseKiB) / 1024.0, 'f', 1) << " MiB)";
    if (!extra.isEmpty())
        out() << "; " << extra;
    out() << '\n';
    out() << "RESULT phase=" << phase << " bytes=" << bytes << " ns=" << ns << " cpu_ns=" << cpu
          << " mbps=" << QString::number(mbps, 'f', 1)
          << " mibps=" << QString::number(mibps, 'f', 1) << " base_kib=" << baseKiB
          << " peak_kib=" << peakKiB << '\n';
    out().flush();
}

QString tallyText(const Tally& t)
{
    return QStringLiteral("%1 rows, %2 fields, %3 bytes of field text%4")
        .arg(t.rows)
        .arg(t.fields)
        .arg(t.fieldBytes)
        .arg(t.restarts ? QStringLiteral(", %1 restart(s)").arg(t.restarts) : QString());
}

int runParse(const Options& o)
{
    const qint64 size = QFileInfo(o.input).size();
    const qint64 base = statusKiB("VmHWM");
    const qint64 cpu0 = cpuNs();
    QElapsedTimer t;
    t.start();
    Result<std::unique_ptr<table::TableReader>> reader = table::openTable(o.input);
    if (!reader) {
        err() << "parse: " << reader.error().fullMessage() << '\n';
        return 1;
    }
    table::RowBlock block;
    Tally tally;
    for (;;) {
        block.clear();
        Result<table::ReadStep> step = reader.value()->read(block, o.blockRows);
        if (!step) {
            err() << "parse: " << step.error().fullMessage() << '\n';
            return 1;
        }
        if (step.value() == table::ReadStep::End)
            break;
        if (step.value() == table::ReadStep::Restarted) {
            const int restarts = tally.restarts + 1;
            tally = Tally{};
            tally.restarts = restarts;
            continue;
        }
        tally.add(block);
    }
    const qint64 ns = t.nsecsElapsed();
    const qint64 cpu = cpuNs() - cpu0;
    const table::SourceInfo& info = reader.value()->info();
    printResult(QStringLiteral("parse"), size, ns, cpu, base, statusKiB("VmHWM"),
                tallyText(tally) + QStringLiteral("; %1, delimiter %2")
                                       .arg(table::encodingName(info.encoding),
                                            table::delimiterName(info.delimiter)));
    return 0;
}

int runDataset(const Options& o)
{
    const qint64 size = QFileInfo(o.input).size();
    const qint64 base = statusKiB("VmHWM");
    const qint64 cpu0 = cpuNs();
    QElapsedTimer t;
    t.start();
    Result<std::unique_ptr<table::DatasetReader>> reader = table::DatasetReader::open(o.input);
    if (!reader) {
        err() << "dataset: " << reader.error().fullMessage() << '\n';
        return 1;
    }
    table::RowBlock block;
    Tally tally;
    for (;;) {
        block.clear();
        Result<table::ReadStep> step = reader.value()->read(block, o.blockRows);
        if (!step) {
            err() << "dataset: " << step.error().fullMessage() << '\n';
            return 1;
        }
        if (step.value() == table::ReadStep::End)
            break;
        if (step.value() == table::ReadStep::Restarted) {
            const int restarts = tally.restarts + 1;
            tally = Tally{};
            tally.restarts = restarts;
            continue;
        }
        tally.add(block);
    }
    const qint64 ns = t.nsecsElapsed();
    const qint64 cpu = cpuNs() - cpu0;
    const table::DatasetCounts& c = reader.value()->counts();
    printResult(QStringLiteral("dataset"), size, ns, cpu, base, statusKiB("VmHWM"),
                tallyText(tally) + QStringLiteral("; %1 columns, %2 blank, %3 padding, %4 ragged")
                                       .arg(reader.value()->info().columns.size())
                                       .arg(c.blankRows)
                                       .arg(c.paddingRows)
                                       .arg(c.raggedRows()));
    return 0;
}

int runProfile(const Options& o)
{
    const qint64 size = QFileInfo(o.input).size();
    const qint64 base = statusKiB("VmHWM");
    const qint64 cpu0 = cpuNs();
    QElapsedTimer t;
    qint64 firstRowsNs = -1;
    dataset::ScanParams p;
    p.path = o.input;
    p.previewRows = o.previewRows;
    p.opened = [&](const table::DatasetInfo&, const table::RowBlock&, const table::RowBlock&) {
        firstRowsNs = t.nsecsElapsed();
    };
    t.start();
    Result<dataset::ScanResult> r = dataset::scanDataset(p);
    const qint64 ns = t.nsecsElapsed();
    const qint64 cpu = cpuNs() - cpu0;
    if (!r) {
        err() << "profile: " << r.error().fullMessage() << '\n';
        return 1;
    }
    int withIdentifiers = 0;
    for (const profile::ColumnProfile& c : r->columns)
        withIdentifiers += c.identifiers.isEmpty() ? 0 : 1;
    printResult(QStringLiteral("profile"), size, ns, cpu, base, statusKiB("VmHWM"),
                QStringLiteral("%1 data rows, %2 columns (%3 with identifiers found); "
                               "first %4 rows ready after %5 ms")
                    .arg(r->counts.dataRows)
                    .arg(r->columns.size())
                    .arg(withIdentifiers)
                    .arg(o.previewRows)
                    .arg(QString::number(double(firstRowsNs) / 1e6, 'f', 1)));
    return 0;
}

int runPreview(const Options& o)
{
    const qint64 base = statusKiB("VmHWM");
    std::vector<qint64> times;
    qint64 rows = 0;
    for (int run = 0; run < o.previewRuns; ++run) {
        QElapsedTimer t;
        t.start();
        Result<std::unique_ptr<table::DatasetReader>> reader = table::DatasetReader::open(o.input);
        if (!reader) {
            err() << "preview: " << reader.error().fullMessage() << '\n';
            return 1;
        }
        table::RowBlock block;
        rows = 0;
        while (rows < o.previewRows) {
            Result<table::ReadStep> step = reader.value()->read(block, o.previewRows - rows);
            if (!step) {
                err() << "preview: " << step.error().fullMessage() << '\n';
                return 1;
            }
            if (step.value() == table::ReadStep::End)
                break;
            if (step.value() == table::ReadStep::Restarted) {
                block.clear();
                rows = 0;
                continue;
            }
            rows = block.rowCount();
        }
        times.push_back(t.nsecsElapsed());
    }
    std::sort(times.begin(), times.end());
    const qint64 median = times[times.size() / 2];
    const qint64 worst = times.back();
    const qint64 peak = statusKiB("VmHWM");
    out() << "preview: open + first " << rows << " rows: median "
          << QString::number(double(median) / 1e6, 'f', 2) << " ms, worst "
          << QString::number(double(worst) / 1e6, 'f', 2) << " ms (first run "
          << "included) over " << times.size() << " runs; peak RSS "
          << QString::number(double(peak) / 1024.0, 'f', 1) << " MiB (before "
          << QString::number(double(base) / 1024.0, 'f', 1) << " MiB)\n";
    out() << "RESULT phase=preview rows=" << rows << " median_ns=" << median
          << " worst_ns=" << worst << " runs=" << times.size() << " base_kib=" << base
          << " peak_kib=" << peak << '\n';
    out().flush();
    return 0;
}

// Runs one phase in a child process and passes its output through.
int runChild(const Options& o, const QString& phase)
{
    const QStringList args{o.input,
                           QStringLiteral("--phase"),
                           phase,
                           QStringLiteral("--block-rows"),
                           QString::number(o.blockRows),
                           QStringLiteral("--preview-runs"),
                           QString::number(o.previewRuns),
                           QStringLiteral("--preview-rows"),
                           QString::number(o.previewRows)};
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
    err() << "usage: bench_table <file.csv> [--phase all|parse|dataset|profile|preview] "
             "[--block-rows N] [--preview-runs N] [--preview-rows N]\n";
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sharewise.*.info=false"));
    Options o;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        auto next = [&]() -> QString {
            return i + 1 < args.size() ? args.at(++i) : QString();
        };
        bool ok = true;
        if (a == QLatin1String("--phase"))
            o.phase = next();
        else if (a == QLatin1String("--block-rows"))
            o.blockRows = next().toLongLong(&ok);
        else if (a == QLatin1String("--preview-runs"))
            o.previewRuns = next().toInt(&ok);
        else if (a == QLatin1String("--preview-rows"))
            o.previewRows = next().toLongLong(&ok);
        else if (a.startsWith(QLatin1String("--")))
            return usage();
        else
            o.input = a;
        if (!ok || o.blockRows < 1 || o.previewRuns < 1 || o.previewRows < 1)
            return usage();
    }
    if (o.input.isEmpty() || !QFileInfo(o.input).isFile())
        return usage();
    if (o.phase == QLatin1String("parse"))
        return runParse(o);
    if (o.phase == QLatin1String("dataset"))
        return runDataset(o);
    if (o.phase == QLatin1String("profile"))
        return runProfile(o);
    if (o.phase == QLatin1String("preview"))
        return runPreview(o);
    if (o.phase != QLatin1String("all"))
        return usage();

    out() << "input: " << o.input << " (" << QFileInfo(o.input).size() << " bytes); "
          << "blocks of " << o.blockRows << " rows; each phase in its own process\n";
    out().flush();
    int worst = 0;
    for (const char* phase : {"parse", "dataset", "profile", "preview"})
        worst = std::max(worst, runChild(o, QString::fromLatin1(phase)));
    return worst;
}
