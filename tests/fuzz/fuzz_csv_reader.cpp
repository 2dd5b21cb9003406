// libFuzzer target for the CSV path: the bytes are written to a file and read to the
// end through DatasetReader (sniffing, decoding, RFC 4180 parsing, header detection,
// blank/ragged/totals handling) with the first byte choosing the options, so forced
// encodings and delimiters are reached too. Oracles beyond "no crash, no hang": every
// field is valid UTF-8, every row's line is at least the previous one's, and a reader
// that succeeds reads the same rows again after rewind().
//
//   tests/fuzz/run_csv.sh [seconds]   or see tests/fuzz/README.md
#include "table/CsvReader.h"
#include "table/DatasetReader.h"
#include "table/TextDecoding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace sharewise;
using namespace sharewise::table;

namespace {

QTemporaryDir* folder()
{
    static QTemporaryDir* dir = [] {
        static int argc = 1;
        static char name[] = "fuzz_csv_reader";
        static char* argv[] = {name, nullptr};
        static QCoreApplication app(argc, argv);
        return new QTemporaryDir;
    }();
    return dir;
}

void check(bool ok)
{
    if (!ok)
        std::abort();
}

// Reads every row; returns a digest of what was read, or nothing on an error.
std::optional<QByteArray> readAll(DatasetReader& reader)
{
    QByteArray digest;
    RowBlock block;
    qint64 lastLine = 0;
    for (int guard = 0; guard < 100000; ++guard) {
        block.clear();
        auto step = reader.read(block, 7);
        if (!step)
            return std::nullopt;
        if (step.value() == ReadStep::Restarted) {
            digest.clear();
            lastLine = 0;
            continue;
        }
        if (step.value() == ReadStep::End)
            return digest;
        for (qsizetype r = 0; r < block.rowCount(); ++r) {
            check(block.sourceLine(r) >= lastLine);
            lastLine = block.sourceLine(r);
            for (qsizetype c = 0; c < block.fieldCount(r); ++c) {
                const QByteArrayView f = block.field(r, c);
                check(validUtf8Prefix(f, true) == f.size());
                digest.append(f.data(), f.size());
                digest.append('\x1f');
            }
            digest.append('\x1e');
        }
    }
    std::abort(); // a reader that never ends
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QString path = folder()->filePath(QStringLiteral("input.csv"));
    TableOptions options;
    const uint8_t choice = data[0];
    static constexpr TextEncoding kEncodings[] = {TextEncoding::Auto, TextEncoding::Utf8,
                                                  TextEncoding::Windows1252, TextEncoding::Utf16LE,
                                                  TextEncoding::Utf16BE};
    static constexpr char kDelimiters[] = {0, ',', ';', '\t', '|'};
    options.encoding = kEncodings[(choice & 7) % 5];
    options.delimiter = kDelimiters[((choice >> 3) & 7) % 5];
    options.headerRow = (choice & 0xC0) == 0xC0 ? 2 : -1;
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char*>(data) + 1, qint64(size) - 1);
    }
    auto csv = CsvReader::open(path, options);
    if (!csv)
        return 0;
    auto dataset = DatasetReader::fromReader(std::move(csv).value(), options);
    if (!dataset)
        return 0;
    DatasetReader& reader = *dataset.value();
    check(!reader.info().columns.isEmpty());
    const auto first = readAll(reader);
    if (!first)
        return 0;
    check(reader.rewind().ok());
    const auto second = readAll(reader);
    check(second && *second == *first);
    return 0;
}
