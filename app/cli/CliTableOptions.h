#pragma once

#include "common/Error.h"
#include "table/TableReader.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace sharewise::cli {

// The options every command that reads a dataset takes: --sheet, --encoding,
// --delimiter, --header-row.
struct TableOptionSet
{
    QCommandLineOption sheet{QStringLiteral("sheet"), QString(), QStringLiteral("NAME")};
    QCommandLineOption encoding{QStringLiteral("encoding"), QString(), QStringLiteral("E")};
    QCommandLineOption delimiter{QStringLiteral("delimiter"), QString(), QStringLiteral("D")};
    QCommandLineOption headerRow{QStringLiteral("header-row"), QString(), QStringLiteral("N")};

    void addTo(QCommandLineParser& p) const
    {
        p.addOptions({sheet, encoding, delimiter, headerRow});
    }
    // A usage error (exit 1) for a value that makes no sense.
    Result<table::TableOptions> read(const QCommandLineParser& p) const;
};

} // namespace sharewise::cli
