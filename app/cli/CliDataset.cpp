// sharewise-cli inspect: how a dataset reads, and what each column holds.
#include "CliApp.h"
#include "CliTableOptions.h"

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
    const cli::TableOptionSet table;
    p.addOption(json);
    table.addTo(p);
    if (!p.parse(QStringList{QStringLiteral("inspect")} + args))
        return usage(tr("%1.").arg(p.errorText()));
    if (p.positionalArguments().size() != 1)
        return usage(tr("\"inspect\" needs exactly one file: sharewise-cli inspect FILE"));
    const QString path = p.positionalArguments().first();

    dataset::ScanParams params;
    params.path = path;
    Result<table::TableOptions> options = table.read(p);
    if (!options)
        return usage(options.error().message);
    params.options = options.value();

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
