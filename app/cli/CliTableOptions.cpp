#include "CliTableOptions.h"

#include <QCoreApplication>

namespace sharewise::cli {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)
};

} // namespace

Result<table::TableOptions> TableOptionSet::read(const QCommandLineParser& p) const
{
    table::TableOptions options;
    if (p.isSet(sheet))
        options.sheet = p.value(sheet);
    if (p.isSet(encoding)) {
        const auto e = table::encodingFromName(p.value(encoding));
        if (!e)
            return makeError(ErrorKind::Usage,
                             Tr::tr("Unknown encoding \"%1\". Use utf-8, utf-16le, utf-16be, "
                                    "windows-1252 or auto.")
                                 .arg(p.value(encoding)));
        options.encoding = *e;
    }
    if (p.isSet(delimiter)) {
        const auto d = table::delimiterFromName(p.value(delimiter));
        if (!d)
            return makeError(
                ErrorKind::Usage,
                Tr::tr("Unknown delimiter \"%1\". Use , ; tab | or auto.").arg(p.value(delimiter)));
        options.delimiter = *d;
    }
    if (p.isSet(headerRow)) {
        bool ok = false;
        const int row = p.value(headerRow).toInt(&ok);
        if (!ok || row < 1)
            return makeError(ErrorKind::Usage,
                             Tr::tr("--header-row needs a row number of 1 or more."));
        options.headerRow = row;
    }
    return options;
}

} // namespace sharewise::cli
