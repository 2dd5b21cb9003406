// sharewise-cli check: a dataset and its redaction profile against an agreement, before
// a share (agreements::checkShare).
#include "CliApp.h"
#include "CliTableOptions.h"

#include "agreements/AgreementRegister.h"
#include "agreements/ShareChecks.h"
#include "dataset/DatasetScan.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sharewise {

int CliApp::cmdCheck(const QStringList& args)
{
    QCommandLineParser p;
    const cli::TableOptionSet table;
    const QCommandLineOption agreementOpt(QStringLiteral("agreement"), QString(),
                                          QStringLiteral("REF"));
    const QCommandLineOption profileOpt(QStringLiteral("profile"), QString(),
                                        QStringLiteral("PROFILE"));
    const QCommandLineOption recipientOpt(QStringLiteral("recipient"), QString(),
                                          QStringLiteral("FINGERPRINT"));
    const QCommandLineOption json(QStringLiteral("json"));
    p.addOptions({agreementOpt, profileOpt, recipientOpt, json});
    table.addTo(p);
    if (!p.parse(QStringList{QStringLiteral("check")} + args))
        return usage(tr("%1.").arg(p.errorText()));
    if (p.positionalArguments().size() != 1)
        return usage(tr("\"check\" needs exactly one file: sharewise-cli check --agreement REF "
                        "--profile PROFILE.json FILE"));
    if (!p.isSet(agreementOpt) || !p.isSet(profileOpt))
        return usage(tr("\"check\" needs an agreement and a redaction profile: --agreement REF "
                        "--profile PROFILE.json"));
    const QString path = p.positionalArguments().first();
    const QString reference = p.value(agreementOpt).trimmed();
    if (reference.isEmpty())
        return usage(tr("The --agreement option needs the agreement's reference."));

    dataset::ScanParams params;
    params.path = path;
    Result<table::TableOptions> options = table.read(p);
    if (!options)
        return usage(options.error().message);
    params.options = options.value();

    Result<redact::RedactionProfile> profile = redact::RedactionProfile::load(p.value(profileOpt));
    if (!profile)
        return fail(profile.error());

    Result<std::unique_ptr<Database>> db = openDatabase();
    if (!db)
        return fail(db.error());
    Result<agreements::Agreement> agreement =
        agreements::AgreementRegister(*db.value()).find(reference);
    if (!agreement)
        return fail(agreement.error());

    Result<dataset::ScanResult> scan = dataset::scanDataset(params);
    if (!scan)
        return fail(scan.error());
    profile::DatasetProfile dataset;
    dataset.columns = scan->columns;
    dataset.rowCount = scan->counts.dataRows;

    agreements::ShareCheckInput input;
    input.agreement = &agreement.value();
    input.dataset = &dataset;
    input.redaction = &profile.value();
    input.recipientFingerprints = p.values(recipientOpt);
    const QList<agreements::Finding> findings = agreements::checkShare(input);
    const bool blocked = agreements::anyBlocks(findings);

    if (p.isSet(json)) {
        QJsonArray list;
        for (const agreements::Finding& f : findings) {
            list.append(QJsonObject{
                {QStringLiteral("code"), f.code},
                {QStringLiteral("severity"), agreements::severityName(f.severity)},
                {QStringLiteral("column"), f.column.isEmpty() ? QJsonValue() : f.column},
                {QStringLiteral("message"), f.message},
                {QStringLiteral("next_step"), f.nextStep},
            });
        }
        const QJsonObject out{
            {QStringLiteral("agreement"), agreement->reference},
            {QStringLiteral("version"), agreement->version},
            {QStringLiteral("file"), QDir::toNativeSeparators(path)},
            {QStringLiteral("blocked"), blocked},
            {QStringLiteral("findings"), list},
        };
        m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return int(blocked ? ExitCode::RefusedByPolicy : ExitCode::Success);
    }

    qsizetype blocks = 0;
    for (const agreements::Finding& f : findings) {
        if (f.severity == agreements::Severity::Block)
            ++blocks;
        m_out << agreements::severityLabel(f.severity).toUpper() << ": ";
        if (!f.column.isEmpty())
            m_out << tr("[%1] ").arg(f.column);
        m_out << f.message << '\n' << "  " << tr("Next step: %1").arg(f.nextStep) << '\n';
    }
    if (blocked)
        m_out << tr("%n problem(s) stop this share under agreement %1.", nullptr, int(blocks))
                     .arg(agreement->reference)
              << '\n';
    else if (findings.isEmpty())
        m_out << tr("No problems found: the share may go ahead under agreement %1.")
                     .arg(agreement->reference)
              << '\n';
    else
        m_out << tr("Nothing stops this share under agreement %1, but read the warnings.")
                     .arg(agreement->reference)
              << '\n';
    return int(blocked ? ExitCode::RefusedByPolicy : ExitCode::Success);
}

} // namespace sharewise
