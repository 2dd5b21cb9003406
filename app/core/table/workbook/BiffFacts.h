#pragma once

#include "table/TableReader.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <unordered_map>

namespace sharewise::table::workbook {

// What FreeXL does not report about an .xls, read from the BIFF8 records directly:
// which sheets are hidden, the merged ranges of one sheet, and its boolean and error
// cells (FreeXL gives those as plain numbers). The compound file and the records are
// read with every offset, chain and length checked; anything unexpected gives nullopt
// and the caller goes on with what FreeXL said.
struct BiffFacts
{
    struct Sheet
    {
        QString name;
        bool hidden = false;
        bool worksheet = true;
    };
    struct Value
    {
        CellKind kind = CellKind::Boolean; // Boolean or Error
        QByteArray text;                   // "TRUE"/"FALSE", "#REF!", ...
    };

    QList<Sheet> sheets;
    QList<MergedRange> merged;                 // of the sheet asked for
    std::unordered_map<quint64, Value> values; // key: row << 16 | column (0-based)

    static quint64 key(quint32 row, quint16 column) { return (quint64(row) << 16) | column; }
};

// Whether the file is a compound file whose FAT, directory and mini stream hold
// together, whose directory entries are well formed (names of at most 31 UTF-16 units,
// terminated; known types; every stream as long as it says) and whose workbook stream
// is a run of BIFF records of at most 8224 bytes each, all inside it, whose strings
// (sheet, font and format names, LABEL, STRING, and the shared string table across its
// CONTINUE records) fit where they are. FreeXL is only given files that pass: FreeXL
// 1.0.6 overruns a stack buffer on a directory entry name of impossible length, and a
// heap buffer on a FORMAT string longer than its record (found by fuzz_xlsx_reader).
bool compoundFileIsSound(const QString& path);

// Reads the facts; `sheetName` empty: sheets only.
std::optional<BiffFacts> readBiffFacts(const QString& path, const QString& sheetName);

} // namespace sharewise::table::workbook
