// sharewise-cli inspect: how a dataset reads, and what each column holds.
#include "CliApp.h"

#include "dataset/DatasetScan.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QLocale>

namespace sharewise {

int CliApp::cmdInspect(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption sheet(QStringLiteral("sheet"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption encoding(QStringLiteral("encoding"), QString(), QStringLiteral("E"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"), QString(), QStringLiteral("D"));
    const QCommandLineOption headerRow(QStringLiteral("header-row"), QString(),
                                       QStringLiteral("N"));
    p.addOptions({json, sheet, encoding, delimiter, headerRow});
    if (!p.parse(QStringList{QStringLiteral("inspect")} + args))
        return usage(tr("%1.").arg(p.errorText()));
    if (p.positionalArguments().size() != 1)
        return usage(tr("\"inspect\" needs exactly one file: sharewise-cli inspect FILE"));
    const QString path = p.positionalArguments().first();

    dataset::ScanParams params;
    params.path = path;
    if (p.isSet(sheet))
        params.options.sheet = p.value(sheet);
    if (p.isSet(encoding)) {
        const auto e = table::encodingFromName(p.value(encoding));
        if (!e)
            return usage(tr("Unknown encoding \"%1\". Use utf-8, utf-16le, utf-16be, "
                            "windows-1252 or auto.")
                             .arg(p.value(encoding)));
        params.options.encoding = *e;
    }
    if (p.isSet(delimiter)) {
        const auto d = table::delimiterFromName(p.value(delimiter));
        if (!d)
            return usage(
                tr("Unknown delimiter \"%1\". Use , ; tab | or auto.").arg(p.value(delimiter)));
        params.options.delimiter = *d;
    }
    if (p.isSet(headerRow)) {
        bool ok = false;
        const int row = p.value(headerRow).toInt(&ok);
        if (!ok || row < 1)
            return usage(tr("--header-row needs a row number of 1 or more."));
        params.options.headerRow = row;
    }

    Result<dataset::ScanResult> scan = dataset::scanDataset(params);
    if (!scan)
        return fail(scan.error());
    const dataset::ScanResult& r = scan.value();
    const table::DatasetCounts& c = r.counts;

    if (c.raggedRows() > 0) {
        QStringList lines;
        for (qint64 line : c.raggedLines)
            lines << QString::number(line);
        warn(tr("%n row(s) do not have the same number of fields as the header (first at lines "
                "%1). Redacting or sharing this file will need a decision on them.",
                nullptr, int(std::min<qint64>(c.raggedRows(), INT_MAX)))
                 .arg(lines.join(QStringLiteral(", "))));
    }

    if (p.isSet(json)) {
        m_out << QJsonDocument(dataset::scanToJson(r, path)).toJson(QJsonDocument::Indented);
        return int(ExitCode::Success);
    }
    m_out << dataset::scanToText(r, path);
    return int(ExitCode::Success);
}

} // namespace sharewise
