// Re-identification risk check throughput: RiskCheck::add over records already in
// memory (no reading, no redaction), then result(), a what-if regrouping, leaving a
// column out, and the memory the check holds.
//
//   bench_risk [rows=10000000] [threads=1|2] [sensitive=1|0]
//
// Four quasi-identifiers of realistic cardinality: sex (3 values), year of birth (99,
// weighted like an adult population), postcode district (300, Zipf-like) and ethnicity
// (18 ONS codes, Zipf-like); the sensitive column is a primary need (12 values). A pool
// of 4 Mi records (value indices) is drawn first from a fixed seed and cycled (the
// columns shifted against each other on each cycle), so the timing is the check's; the pool's
// memory is in the "before" figure. With threads=2 two RiskChecks take alternate halves and are
// merged. Prints rows/s, ns a row, the groups, RiskCheck::memoryBytes() per group and the peak
// resident set (VmHWM).

#include "BenchSupport.h"
#include "risk/RiskCheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <thread>
#include <vector>

#include <sys/resource.h>
#include <vector>

using namespace sharewise;
using sharewise::bench::cpuNs;
using sharewise::bench::statusKiB;

namespace {

constexpr int kColumns = 4;
constexpr qsizetype kPool = qsizetype(1) << 22;

// Draws index i with probability proportional to weights[i] (cumulative search).
struct Weighted
{
    std::vector<double> cumulative;
    explicit Weighted(const std::vector<double>& weights)
    {
        double sum = 0;
        for (double w : weights)
            cumulative.push_back(sum += w);
    }
    quint16 draw(QRandomGenerator& g) const
    {
        const double x = g.generateDouble() * cumulative.back();
        return quint16(std::lower_bound(cumulative.begin(), cumulative.end(), x) -
                       cumulative.begin());
    }
};

std::vector<double> zipf(int n, double s)
{
    std::vector<double> w;
    for (int i = 1; i <= n; ++i)
        w.push_back(1.0 / std::pow(double(i), s));
    return w;
}

struct Column
{
    QByteArrayList values;
    std::vector<double> weights;
};

std::array<Column, kColumns + 1> columns()
{
    std::array<Column, kColumns + 1> c;
    c[0].values = {"F", "M", "U"};
    c[0].weights = {49, 49, 2};
    for (int y = 1925; y < 2024; ++y) {
        c[1].values << QByteArray::number(y);
        // Adults mostly, fewer of the oldest.
        c[1].weights.push_back(y < 1945 ? 0.3 + 0.035 * (y - 1925) : (y > 2005 ? 0.6 : 1.0));
    }
    const char* areas[] = {"CF", "NP", "SA", "LL", "SY", "LD"};
    for (const char* a : areas) {
        for (int d = 1; d <= 50; ++d)
            c[2].values << QByteArray(a) + QByteArray::number(d);
    }
    c[2].weights = zipf(int(c[2].values.size()), 0.7);
    c[3].values = {"WBRI", "WIRI", "WIRT", "WOTH", "MWBC", "MWBA", "MWAS", "MOTH", "AIND",
                   "APKN", "ABAN", "ACHN", "AOTH", "BCRB", "BAFR", "BOTH", "OARA", "OOTH"};
    c[3].weights = zipf(int(c[3].values.size()), 1.2);
    for (int i = 0; i < 12; ++i)
        c[4].values << "Need " + QByteArray::number(i + 1);
    c[4].weights = zipf(12, 0.8);
    return c;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 10000000;
    const int threads = argc > 2 ? QByteArray(argv[2]).toInt() : 1;
    const bool sensitive = argc > 3 ? QByteArray(argv[3]).toInt() != 0 : true;

    const auto cols = columns();
    std::vector<std::array<quint16, kColumns + 1>> pool(static_cast<size_t>(kPool));
    {
        QRandomGenerator g(2024);
        std::array<Weighted, kColumns + 1> draws{
            Weighted(cols[0].weights), Weighted(cols[1].weights), Weighted(cols[2].weights),
            Weighted(cols[3].weights), Weighted(cols[4].weights)};
        for (auto& r : pool) {
            for (int c = 0; c <= kColumns; ++c)
                r[size_t(c)] = draws[size_t(c)].draw(g);
        }
    }
    const QStringList names = {QStringLiteral("sex"), QStringLiteral("year of birth"),
                               QStringLiteral("postcode district"), QStringLiteral("ethnicity")};
    const std::optional<QString> sensitiveName =
        sensitive ? std::optional<QString>(QStringLiteral("primary need")) : std::nullopt;
    const qint64 baseKiB = statusKiB("VmHWM");

    // Blocks of 4096 records through addRows, as the redaction pass gives them. Each cycle
    // through the pool shifts the columns against each other, so combinations keep
    // changing (the columns are drawn independently anyway).
    const auto feed = [&](risk::RiskCheck& check, qint64 from, qint64 to) {
        constexpr int kBlock = 4096;
        std::vector<QByteArrayView> quasi(size_t(kBlock) * kColumns);
        std::vector<QByteArrayView> need(kBlock);
        for (qint64 start = from; start < to; start += kBlock) {
            const int n = int(std::min<qint64>(kBlock, to - start));
            for (int j = 0; j < n; ++j) {
                const qint64 i = start + j;
                const qint64 cycle = i / kPool;
                for (int c = 0; c <= kColumns; ++c) {
                    const auto& r = pool[size_t((i + cycle * c * 1234567) & (kPool - 1))];
                    const QByteArrayView v = cols[size_t(c)].values[r[size_t(c)]];
                    if (c < kColumns)
                        quasi[size_t(j) * kColumns + size_t(c)] = v;
                    else
                        need[size_t(j)] = v;
                }
            }
            check.addRows(quasi.data(), need.data(), n);
        }
    };
    const auto cpuSeconds = [] {
        rusage u{};
        getrusage(RUSAGE_SELF, &u);
        return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
               double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
    };

    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    risk::RiskCheck first(names, sensitiveName);
    double mergeSeconds = 0;
    if (threads <= 1) {
        feed(first, 0, rows);
    } else {
        risk::RiskCheck second(names, sensitiveName);
        std::thread other([&] { feed(second, rows / 2, rows); });
        feed(first, 0, rows / 2);
        other.join();
        QElapsedTimer m;
        m.start();
        first.merge(second);
        mergeSeconds = m.nsecsElapsed() / 1e9;
    }
    const double addSeconds = timer.nsecsElapsed() / 1e9;
    const double addCpu = cpuSeconds() - cpuBefore;
    const qint64 peakKiB = statusKiB("VmHWM");

    timer.restart();
    const risk::RiskResult r = first.result();
    const double resultSeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    const risk::RiskResult byArea = first.regrouped(2, [](QByteArrayView v) {
        qsizetype n = 0;
        while (n < v.size() && v[n] >= 'A' && v[n] <= 'Z')
            ++n;
        return v.first(n).toByteArray();
    });
    const double regroupSeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    const risk::RiskResult noYear = first.without(1);
    const double withoutSeconds = timer.nsecsElapsed() / 1e9;
    const qint64 peakAfterKiB = statusKiB("VmHWM");

    std::printf("rows %lld, %d quasi-identifiers, sensitive column %s, %d thread(s)\n",
                static_cast<long long>(r.records), kColumns, sensitive ? "yes" : "no", threads);
    std::printf("add:      %.2f s  %.2f M rows/s  %.1f ns/row", addSeconds,
                double(rows) / addSeconds / 1e6, addSeconds * 1e9 / double(rows));
    std::printf("  (CPU %.2f s: %.1f ns/row)", addCpu, addCpu * 1e9 / double(rows));
    if (threads > 1)
        std::printf("  (merge %.3f s)", mergeSeconds);
    std::printf("\nresult:   %.3f s; regrouped (district to area) %.3f s; without year %.3f s\n",
                resultSeconds, regroupSeconds, withoutSeconds);
    std::printf("groups %lld, k %lld, unique %lld, below 5 %lld, l %d%s\n",
                static_cast<long long>(r.groups), static_cast<long long>(r.k),
                static_cast<long long>(r.uniqueRecords),
                static_cast<long long>(r.recordsBelowThreshold), r.l.value_or(0),
                r.lSaturated ? "+" : "");
    std::printf("by area: groups %lld, unique %lld, below 5 %lld; without year: groups %lld, "
                "unique %lld, below 5 %lld\n",
                static_cast<long long>(byArea.groups), static_cast<long long>(byArea.uniqueRecords),
                static_cast<long long>(byArea.recordsBelowThreshold),
                static_cast<long long>(noYear.groups), static_cast<long long>(noYear.uniqueRecords),
                static_cast<long long>(noYear.recordsBelowThreshold));
    std::printf("memory: RiskCheck %.1f MiB (%.0f bytes/group); peak RSS %.1f MiB, "
                "%.1f MiB before the check (the record pool), %.1f MiB added\n",
                double(first.memoryBytes()) / 1048576.0,
                double(first.memoryBytes()) / double(std::max<qint64>(1, r.groups)),
                double(peakKiB) / 1024.0, double(baseKiB) / 1024.0,
                double(peakKiB - baseKiB) / 1024.0);
    std::printf("peak RSS after the what-ifs %.1f MiB\n", double(peakAfterKiB) / 1024.0);
    return 0;
}
