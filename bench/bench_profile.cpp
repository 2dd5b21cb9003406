// Column profile throughput: Profiler::add over rows already in RowBlocks (no file
// reading, no CSV parsing), the share of the end-to-end budget the profile takes.
//
//   bench_profile [rows=2800000] [threads=1|2]
//
// The rows imitate a council extract of 34 columns (~380 bytes a row, so 2.8 million
// rows are about 1 GiB): ids, NHS numbers, names, dates of birth, postcodes, addresses,
// phones, emails, amounts, dates, flags, codes and a free-text column. 64 distinct
// blocks of 4096 rows are generated first and reused, so the timing is the profile's.
// With threads=2 two Profilers take alternate blocks and are merged at the end, as the
// lead's reader would run them. Prints MB/s of field text and ns per field.

#include "profile/Profiler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>
#include <thread>
#include <vector>

using namespace sharewise;

namespace {

QByteArray digits(QRandomGenerator& g, int n)
{
    QByteArray s;
    for (int i = 0; i < n; ++i)
        s.append(char('0' + g.bounded(10)));
    return s;
}

QByteArray pick(QRandomGenerator& g, std::initializer_list<const char*> from)
{
    return QByteArray(*(from.begin() + g.bounded(int(from.size()))));
}

QByteArray nhs(QRandomGenerator& g)
{
    for (;;) {
        const QByteArray nine = digits(g, 9);
        int sum = 0;
        for (int i = 0; i < 9; ++i)
            sum += (nine[i] - '0') * (10 - i);
        const int check = 11 - sum % 11;
        if (check == 10)
            continue;
        return nine + char('0' + (check == 11 ? 0 : check));
    }
}

QByteArray date(QRandomGenerator& g, int fromYear, int years, bool uk)
{
    const QDate d = QDate(fromYear, 1, 1).addDays(g.bounded(years * 365));
    return d.toString(uk ? u"dd/MM/yyyy" : u"yyyy-MM-dd").toUtf8();
}

void fillRow(QRandomGenerator& g, table::RowBlock& b, qint64 id)
{
    auto add = [&b](const QByteArray& v) {
        b.addField(v);
    };
    add(QByteArray::number(id));
    add(nhs(g));
    add(pick(g, {"Olivia", "Amelia", "Oliver", "George", "Dafydd", "Cerys", "Mohammed", "Zofia"}));
    add(pick(g, {"Smith", "Jones", "Williams", "Davies", "Evans", "Khan", "Patel", "Nowak"}));
    add(date(g, 1935, 85, true));
    add(pick(g, {"M", "F"}));
    add(pick(g, {"CF10", "SA1", "LL57", "NP20"}) + ' ' + digits(g, 1) +
        pick(g, {"AB", "NW", "EP"}));
    add(QByteArray::number(1 + g.bounded(200)) + ' ' +
        pick(g, {"High Street", "Heol y Wern", "Church Lane", "Victoria Road"}));
    add(pick(g, {"Cardiff", "Swansea", "Bangor", "Newport"}));
    add("07700 " + digits(g, 6));
    add("person" + QByteArray::number(id % 100000) + "@example.org");
    add("AB" + digits(g, 6) + 'C');
    add(pick(g, {"WBRI", "WOTH", "APKN", "BAFR", "MWBC", "REFU"}));
    add(QByteArray::number(g.bounded(1000000) / 100.0, 'f', 2));
    add(date(g, 2020, 5, false));
    add(pick(g, {"Y", "N"}));
    add(g.bounded(3) ? QByteArray()
                     : pick(g, {"Called back, no answer; left a message with the neighbour",
                                "Tenant reports damp in the back bedroom since the winter",
                                "Referred to the housing options team for advice"}));
    add(pick(g, {"Open", "Closed", "Pending"}));
    add(QByteArray::number(g.bounded(12)));
    add(QByteArray::number(g.bounded(100000) / 1000.0, 'f', 3));
    add(date(g, 2015, 10, true));
    add(pick(g, {"Yes", "No", ""}));
    add("REF-" + digits(g, 6));
    add(QByteArray::number(g.bounded(5)));
    add(pick(g, {"Council tax", "Housing benefit", "Homelessness", "Adult social care"}));
    add(QByteArray::number(100000000000LL + g.bounded(999999999)));
    add(pick(g, {"1", "0"}));
    add(date(g, 2022, 3, false) + "T" + QByteArray::number(10 + g.bounded(10)) + ":15:00");
    add(QByteArray::number(g.bounded(100)) + '%');
    add(pick(g, {"Owner occupier", "Private rented", "Social rented", "Temporary"}));
    add(pick(g, {"NULL", "", "2"}));
    add(QByteArray::number(g.bounded(50000)));
    add(pick(g, {"English", "Welsh", "Polish", "Urdu"}));
    add("\xC2\xA3" + QByteArray::number(g.bounded(5000)) + ".00");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 2800000;
    const int threads = argc > 2 ? QByteArray(argv[2]).toInt() : 1;

    QStringList names;
    for (int i = 0; i < 34; ++i)
        names << QStringLiteral("Column %1").arg(i + 1);
    names[1] = QStringLiteral("NHS number");
    names[4] = QStringLiteral("Date of birth");
    names[6] = QStringLiteral("Postcode");

    constexpr int kBlockRows = 4096;
    std::vector<table::RowBlock> blocks(64);
    QRandomGenerator g(2024);
    qint64 id = 1;
    for (auto& b : blocks) {
        for (int r = 0; r < kBlockRows; ++r) {
            b.beginRow(id + 1);
            fillRow(g, b, id++);
        }
    }
    qint64 bytesPerCycle = 0;
    for (const auto& b : blocks)
        bytesPerCycle += b.textBytes() + qint64(b.rowCount()) * 34; // + separators and newline
    const qint64 blockCount = (rows + kBlockRows - 1) / kBlockRows;

    QElapsedTimer timer;
    timer.start();
    profile::Profiler first(names);
    if (threads <= 1) {
        for (qint64 k = 0; k < blockCount; ++k)
            first.add(blocks[size_t(k % qint64(blocks.size()))]);
    } else {
        profile::Profiler second(names);
        std::thread other([&] {
            for (qint64 k = 1; k < blockCount; k += 2)
                second.add(blocks[size_t(k % qint64(blocks.size()))]);
        });
        for (qint64 k = 0; k < blockCount; k += 2)
            first.add(blocks[size_t(k % qint64(blocks.size()))]);
        other.join();
        first.merge(second);
    }
    const double addSeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    const profile::DatasetProfile result = first.finish();
    const double finishSeconds = timer.nsecsElapsed() / 1e9;

    const double bytes = double(bytesPerCycle) * double(blockCount) / double(blocks.size());
    const double fields = double(blockCount) * kBlockRows * 34;
    std::printf("rows %lld, %.0f MB of field text, %d thread(s)\n",
                static_cast<long long>(result.rowCount), bytes / 1e6, threads);
    std::printf("add:    %.2f s  %.0f MB/s  %.1f ns/field\n", addSeconds, bytes / 1e6 / addSeconds,
                addSeconds * 1e9 / fields);
    std::printf("finish: %.3f s (types, samples, identifier detection)\n", finishSeconds);
    int findings = 0;
    for (const auto& c : result.columns)
        findings += int(c.identifiers.size());
    std::printf("columns %lld, identifier findings %d\n",
                static_cast<long long>(result.columns.size()), findings);
    return 0;
}
