// sharewise-cli redact: a dataset through a saved redaction profile into a CSV.
#include "CliApp.h"
#include "CliTableOptions.h"

#include "keys/AgreementKeys.h"
#include "redact/Redactor.h"
#include "redact/RiskPass.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sharewise {

int CliApp::cmdRedact(const QStringList& args)
{
    QCommandLineParser p;
    const cli::TableOptionSet table;
    const QCommandLineOption profileOpt(QStringLiteral("profile"), QString(),
                                        QStringLiteral("PROFILE"));
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")}, QString(),
                                    QStringLiteral("OUT"));
    const QCommandLineOption riskOpt(QStringLiteral("risk"));
    const QCommandLineOption quasiOpt(QStringLiteral("quasi"), QString(), QStringLiteral("COLS"));
    const QCommandLineOption sensitiveOpt(QStringLiteral("sensitive"), QString(),
                                          QStringLiteral("COL"));
    const QCommandLineOption thresholdOpt(QStringLiteral("threshold"), QString(),
                                          QStringLiteral("N"));
    const QCommandLineOption raggedOpt(QStringLiteral("ragged"), QString(), QStringLiteral("HOW"));
    const QCommandLineOption agreementOpt(QStringLiteral("agreement"), QString(),
                                          QStringLiteral("REF"));
    const QCommandLineOption idFile(QStringLiteral("identity-file"), QString(),
                                    QStringLiteral("FILE"));
    const QCommandLineOption idPass(QStringLiteral("identity-passphrase-file"), QString(),
                                    QStringLiteral("FILE"));
    const QCommandLineOption keyFile(QStringLiteral("key-file"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption keyPass(QStringLiteral("key-passphrase-file"), QString(),
                                     QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"));
    p.addOptions({profileOpt, outOpt, riskOpt, quasiOpt, sensitiveOpt, thresholdOpt, raggedOpt,
                  agreementOpt, idFile, idPass, keyFile, keyPass, json});
    table.addTo(p);
    if (!p.parse(QStringList{QStringLiteral("redact")} + args))
        return usage(tr("%1.").arg(p.errorText()));
    if (p.positionalArguments().size() != 1)
        return usage(tr("\"redact\" needs exactly one file: sharewise-cli redact FILE --profile "
                        "PROFILE.json -o OUT.csv"));
    if (!p.isSet(profileOpt) || !p.isSet(outOpt))
        return usage(tr("\"redact\" needs a profile and an output file: --profile PROFILE.json "
                        "-o OUT.csv"));
    if (p.isSet(keyFile) && (p.isSet(idFile) || p.isSet(agreementOpt)))
        return usage(tr("Use either --key-file (a recovery copy of the key) or --agreement with "
                        "your identity, not both."));

    redact::RedactParams params;
    params.input = p.positionalArguments().first();
    params.output = p.value(outOpt);
    Result<table::TableOptions> options = table.read(p);
    if (!options)
        return usage(options.error().message);
    params.options = options.value();

    Result<redact::RedactionProfile> loaded = redact::RedactionProfile::load(p.value(profileOpt));
    if (!loaded)
        return fail(loaded.error());
    params.profile = std::move(loaded).value();
    if (p.isSet(raggedOpt)) {
        const QString how = p.value(raggedOpt);
        if (how == QLatin1String("skip"))
            params.profile.raggedRows = redact::RedactionProfile::RaggedRows::Skip;
        else if (how == QLatin1String("pad"))
            params.profile.raggedRows = redact::RedactionProfile::RaggedRows::Pad;
        else if (how == QLatin1String("refuse"))
            params.profile.raggedRows = redact::RedactionProfile::RaggedRows::Refuse;
        else
            return usage(tr("--ragged must be skip, pad or refuse."));
    }
    if (p.isSet(thresholdOpt)) {
        bool ok = false;
        params.profile.riskThreshold = p.value(thresholdOpt).toInt(&ok);
        if (!ok || params.profile.riskThreshold < 2 || params.profile.riskThreshold > 1000)
            return usage(tr("--threshold must be a whole number from 2 to 1000."));
    }
    if (p.isSet(sensitiveOpt))
        params.profile.sensitiveColumn = p.value(sensitiveOpt);
    QStringList quasi = params.profile.quasiIdentifiers();
    if (p.isSet(quasiOpt)) {
        quasi.clear();
        for (const QString& c : p.value(quasiOpt).split(QLatin1Char(','))) {
            if (!c.trimmed().isEmpty())
                quasi << c.trimmed();
        }
    }
    const bool withRisk = p.isSet(riskOpt) || p.isSet(quasiOpt);
    if (withRisk && quasi.isEmpty())
        return usage(tr("The risk check needs quasi-identifiers: name them with --quasi "
                        "col,col or mark them in the profile."));

    // The agreement's key, when the profile pseudonymises or shifts dates.
    std::optional<redact::RedactionKeys> keys;
    if (params.profile.needsKey()) {
        std::optional<crypto::SecureBytes> key;
        if (p.isSet(keyFile)) {
            QFile f(p.value(keyFile));
            if (!f.open(QIODevice::ReadOnly))
                return fail(makeError(ErrorKind::BadInput,
                                      tr("The key file cannot be read (%1).").arg(f.errorString()),
                                      QDir::toNativeSeparators(p.value(keyFile))));
            const QByteArray copy = f.read(64 * 1024);
            Result<crypto::SecureBytes> pass =
                passphraseFrom(p.value(keyPass), tr("Recovery passphrase: "), false);
            if (!pass)
                return fail(pass.error());
            QString agreement;
            Result<crypto::SecureBytes> unwrapped =
                keys::AgreementKeys::unwrapRecovery(copy, pass.value(), &agreement);
            if (!unwrapped) {
                Error e = unwrapped.error();
                e.where = QDir::toNativeSeparators(p.value(keyFile));
                return fail(e);
            }
            if (!params.profile.agreement.isEmpty() && agreement != params.profile.agreement)
                return fail(makeError(ErrorKind::Policy,
                                      tr("The key file is the key of agreement %1, but the "
                                         "profile belongs to agreement %2. Use that "
                                         "agreement's key.")
                                          .arg(agreement, params.profile.agreement),
                                      QDir::toNativeSeparators(p.value(keyFile))));
            key = std::move(unwrapped).value();
        } else {
            const QString agreement =
                p.isSet(agreementOpt) ? p.value(agreementOpt) : params.profile.agreement;
            if (agreement.isEmpty())
                return usage(tr("This profile pseudonymises or shifts dates, so it needs the "
                                "agreement's key: name the agreement with --agreement REF, or "
                                "give a recovery copy with --key-file FILE."));
            if (!params.profile.agreement.isEmpty() && agreement != params.profile.agreement)
                return fail(
                    makeError(ErrorKind::Policy, tr("The profile belongs to agreement %1, not %2.")
                                                     .arg(params.profile.agreement, agreement)));
            Result<std::unique_ptr<Database>> db = openDatabase();
            if (!db)
                return fail(db.error());
            Result<crypto::Identity> me =
                loadIdentity(*db.value(), p.value(idFile), p.value(idPass));
            if (!me)
                return fail(me.error());
            Result<crypto::SecureBytes> unlocked =
                keys::AgreementKeys(*db.value()).unlock(agreement, me.value());
            if (!unlocked)
                return fail(unlocked.error());
            key = std::move(unlocked).value();
        }
        keys.emplace(*key);
        params.keys = &*keys;
    }

    // The risk check runs in the same pass, on the redacted rows.
    std::unique_ptr<redact::RiskFeeder> feeder;
    if (withRisk) {
        auto reader = table::DatasetReader::open(params.input, params.options);
        if (!reader)
            return fail(reader.error());
        auto redactor = redact::RowRedactor::create(params.profile, reader.value()->info().columns,
                                                    params.keys);
        if (!redactor) {
            Error e = redactor.error();
            if (e.where.isEmpty())
                e.where = QDir::toNativeSeparators(params.input);
            return fail(e);
        }
        auto created = redact::RiskFeeder::create(
            redactor.value(), quasi, params.profile.sensitiveColumn, params.profile.riskThreshold);
        if (!created)
            return usage(created.error().message);
        feeder = std::move(created).value();
        params.redactedRows = [&feeder](const table::RowBlock& rows) {
            feeder->add(rows);
        };
    }

    Result<redact::RedactResult> done = redact::redactFile(params);
    if (!done)
        return fail(done.error());
    const redact::RedactResult& r = done.value();

    for (const auto& [was, now] : r.match.respelled)
        warn(tr("The profile's rule for \"%1\" was used for the column \"%2\".").arg(was, now));
    if (!r.match.added.isEmpty()) {
        const QString names =
            QLatin1Char('"') + r.match.added.join(QStringLiteral("\", \"")) + QLatin1Char('"');
        const int n = int(r.match.added.size());
        if (params.profile.otherColumns == redact::RedactionProfile::OtherColumns::Drop)
            warn(tr("%n column(s) not in the profile were left out: %1.", nullptr, n).arg(names));
        else
            warn(tr("%n column(s) not in the profile were kept as they are: %1.", nullptr, n)
                     .arg(names));
    }
    for (const redact::ColumnOutcome& o : r.outcomes) {
        if (o.unreadable > 0)
            warn(tr("%1: %n value(s) could not be read for the rule and were left empty.", nullptr,
                    int(std::min<qint64>(o.unreadable, INT_MAX)))
                     .arg(o.column));
        if (o.noPerson > 0)
            warn(tr("%1: %n date(s) belong to nobody (the person column is empty) and were left "
                    "empty.",
                    nullptr, int(std::min<qint64>(o.noPerson, INT_MAX)))
                     .arg(o.column));
    }
    if (r.raggedSkipped > 0)
        warn(tr("%n row(s) with the wrong number of fields were left out.", nullptr,
                int(std::min<qint64>(r.raggedSkipped, INT_MAX))));
    if (r.raggedPadded > 0)
        warn(tr("%n row(s) with the wrong number of fields were padded or cut to the header.",
                nullptr, int(std::min<qint64>(r.raggedPadded, INT_MAX))));

    std::optional<risk::RiskResult> riskResult;
    std::optional<risk::Suggestion> suggestion;
    if (feeder) {
        riskResult = feeder->check().result();
        suggestion = risk::suggest(feeder->check(), feeder->candidates());
    }

    if (p.isSet(json)) {
        QJsonObject o;
        o[QStringLiteral("output")] = QDir::toNativeSeparators(params.output);
        o[QStringLiteral("rows")] = double(r.rowsWritten);
        o[QStringLiteral("columns")] = QJsonArray::fromStringList(r.outputColumns);
        o[QStringLiteral("bytes")] = double(r.outputBytes);
        o[QStringLiteral("ragged_skipped")] = double(r.raggedSkipped);
        o[QStringLiteral("ragged_padded")] = double(r.raggedPadded);
        QJsonArray outcomes;
        for (const redact::ColumnOutcome& c : r.outcomes) {
            QJsonObject co;
            co[QStringLiteral("column")] = c.column;
            co[QStringLiteral("unreadable")] = double(c.unreadable);
            co[QStringLiteral("no_person")] = double(c.noPerson);
            co[QStringLiteral("suppressed")] = double(c.suppressed);
            co[QStringLiteral("coded")] = double(c.coded);
            outcomes.append(co);
        }
        o[QStringLiteral("outcomes")] = outcomes;
        if (riskResult) {
            QJsonObject ro;
            ro[QStringLiteral("quasi_identifiers")] = QJsonArray::fromStringList(quasi);
            ro[QStringLiteral("threshold")] = riskResult->threshold;
            ro[QStringLiteral("records")] = double(riskResult->records);
            ro[QStringLiteral("groups")] = double(riskResult->groups);
            ro[QStringLiteral("k")] = double(riskResult->k);
            ro[QStringLiteral("unique_records")] = double(riskResult->uniqueRecords);
            ro[QStringLiteral("records_below_threshold")] =
                double(riskResult->recordsBelowThreshold);
            if (riskResult->l) {
                ro[QStringLiteral("sensitive")] = params.profile.sensitiveColumn;
                ro[QStringLiteral("l")] = *riskResult->l;
                ro[QStringLiteral("l_saturated")] = riskResult->lSaturated;
            }
            ro[QStringLiteral("explanation")] = risk::explain(feeder->check());
            if (suggestion)
                ro[QStringLiteral("suggestion")] = suggestion->sentence;
            o[QStringLiteral("risk")] = ro;
        }
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return int(ExitCode::Success);
    }

    m_out << tr("Wrote %1: %n row(s)", nullptr, int(std::min<qint64>(r.rowsWritten, INT_MAX)))
                 .arg(QDir::toNativeSeparators(params.output))
          << tr(", %n column(s).", nullptr, int(r.outputColumns.size())) << '\n';
    if (riskResult) {
        m_out << risk::explain(feeder->check()) << '\n';
        m_out << tr("Smallest group: %1. Unique records: %2. Records in groups smaller than %3: "
                    "%4.")
                     .arg(riskResult->k)
                     .arg(riskResult->uniqueRecords)
                     .arg(riskResult->threshold)
                     .arg(riskResult->recordsBelowThreshold)
              << '\n';
        if (suggestion)
            m_out << suggestion->sentence << '\n';
    }
    return int(ExitCode::Success);
}

} // namespace sharewise
