// Redaction end to end: a dataset through a profile into a CSV (redact::redactFile, the
// code behind `sharewise-cli redact`), optionally with the risk check in the same pass,
// with a fixed agreement key (the benchmark measures redaction, not unlocking a key).
//
//   bench_redact FILE PROFILE.json OUT.csv [--risk]
//
// Prints wall time, MB/s of input, CPU time (user + system) and peak resident memory
// (VmHWM), and with --risk the number of groups and bytes the risk check held.
// bench/redact_vs_peers.sh runs it beside Miller, Python and pandas doing the same work.

#include "BenchSupport.h"
#include "crypto/Sodium.h"
#include "redact/Redactor.h"
#include "redact/RiskPass.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

using namespace sharewise;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: bench_redact FILE PROFILE.json OUT.csv [--risk]\n");
        return 1;
    }
    if (!crypto::initialise())
        return 1;
    const bool withRisk = args.contains(QStringLiteral("--risk"));
    auto profile = redact::RedactionProfile::load(args[2]);
    if (!profile) {
        std::fprintf(stderr, "%s\n", qPrintable(profile.error().fullMessage()));
        return 2;
    }
    QByteArray keyBytes(32, '\0');
    for (int i = 0; i < 32; ++i)
        keyBytes[i] = char(i);
    const redact::RedactionKeys keys(crypto::SecureBytes::copyOf(keyBytes));

    redact::RedactParams params;
    params.input = args[1];
    params.output = args[3];
    params.profile = profile.value();
    params.keys = &keys;

    const qint64 baseKiB = bench::statusKiB("VmHWM");
    const qint64 cpu0 = bench::cpuNs();
    QElapsedTimer timer;
    timer.start();

    std::unique_ptr<redact::RiskFeeder> feeder;
    if (withRisk) {
        auto reader = table::DatasetReader::open(params.input, params.options);
        if (!reader)
            return 2;
        auto redactor =
            redact::RowRedactor::create(params.profile, reader.value()->info().columns, &keys);
        if (!redactor) {
            std::fprintf(stderr, "%s\n", qPrintable(redactor.error().fullMessage()));
            return 2;
        }
        auto created = redact::RiskFeeder::create(
            redactor.value(), params.profile.quasiIdentifiers(), params.profile.sensitiveColumn,
            params.profile.riskThreshold);
        if (!created)
            return 2;
        feeder = std::move(created).value();
        params.redactedRows = [&feeder](const table::RowBlock& rows) {
            feeder->addNarrow(rows);
        };
        params.callerColumns = feeder->columns();
    }
    auto result = redact::redactFile(params);
    if (!result) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error().fullMessage()));
        return 2;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = double(bench::cpuNs() - cpu0) / 1e9;
    const qint64 bytes = QFileInfo(params.input).size();
    std::printf("redact%s: %.3f s, %.0f MB/s, cpu %.2f s, rows %lld, out %lld bytes, peak %.1f MiB "
                "(process before the run %.1f MiB)\n",
                withRisk ? " + risk" : "", seconds, double(bytes) / 1e6 / seconds, cpu,
                static_cast<long long>(result->rowsWritten),
                static_cast<long long>(result->outputBytes),
                double(bench::statusKiB("VmHWM")) / 1024.0, double(baseKiB) / 1024.0);
    if (feeder) {
        const risk::RiskResult r = feeder->check().result();
        std::printf("risk: %lld groups, k %lld, unique %lld, below %d: %lld; held %.1f MiB\n",
                    static_cast<long long>(r.groups), static_cast<long long>(r.k),
                    static_cast<long long>(r.uniqueRecords), r.threshold,
                    static_cast<long long>(r.recordsBelowThreshold),
                    double(feeder->check().memoryBytes()) / 1048576.0);
    }
    return 0;
}
