#pragma once

#include "table/DatasetReader.h"
#include "table/TableReader.h"

#include <QFile>
#include <QList>
#include <QStringList>
#include <QTemporaryDir>

// Helpers shared by the table tests: write bytes to a file, read a whole table.
namespace tabletest {

struct Rows
{
    QList<QStringList> rows;
    QList<qint64> lines;
    int restarts = 0;
};

inline QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

inline void appendBlock(const sharewise::table::RowBlock& block, Rows& out)
{
    for (qsizetype r = 0; r < block.rowCount(); ++r) {
        QStringList fields;
        for (qsizetype c = 0; c < block.fieldCount(r); ++c)
            fields << QString::fromUtf8(block.field(r, c));
        out.rows << fields;
        out.lines << block.sourceLine(r);
    }
}

// Reads every row, in blocks of `blockRows`; an error fails via the returned Result.
template <typename Reader>
sharewise::Result<Rows> readAll(Reader& reader, qsizetype blockRows = 1000)
{
    Rows out;
    sharewise::table::RowBlock block;
    for (;;) {
        block.clear();
        auto step = reader.read(block, blockRows);
        if (!step)
            return step.error();
        if (step.value() == sharewise::table::ReadStep::Restarted) {
            const int restarts = out.restarts + 1;
            out = Rows{};
            out.restarts = restarts;
            continue;
        }
        if (step.value() == sharewise::table::ReadStep::End)
            return out;
        appendBlock(block, out);
    }
}

// Opens a reader (CsvReader, DatasetReader: anything with open(path, options)); null,
// with the reason as a warning, when it fails.
template <typename Reader>
std::unique_ptr<Reader> openOk(const QString& path,
                               const sharewise::table::TableOptions& options = {})
{
    auto reader = Reader::open(path, options);
    if (!reader)
        qWarning("%s", qPrintable(reader.error().fullMessage()));
    return reader ? std::move(reader).value() : nullptr;
}

} // namespace tabletest
