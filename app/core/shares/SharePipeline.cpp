#include "shares/SharePipeline.h"

#include "agreements/AgreementRegister.h"
#include "agreements/LegalCatalogue.h"
#include "agreements/ManifestTerms.h"
#include "bundle/BundleWriter.h"
#include "bundle/Parallel.h"
#include "bundle/TreeHash.h"
#include "common/CanonicalJson.h"
#include "common/Clock.h"
#include "profile/Profiler.h"
#include "redact/RiskPass.h"
#include "shares/Approval.h"
#include "shares/ShareStore.h"
#include "store/Database.h"
#include "table/DatasetReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

#include <limits>

using namespace Qt::StringLiterals;

namespace sharewise::shares {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SharePipeline)
};

constexpr qint64 kLeaf = 64 * 1024;

void report(const PrepareParams& p, const QString& step, qint64 done, qint64 total)
{
    if (p.progress)
        p.progress(step, done, total);
}

// The rule that applies to a file column, as the redaction matched it.
redact::ColumnRule ruleFor(const redact::RedactionProfile& profile,
                           const redact::ProfileMatch& match, const QString& column)
{
    if (const redact::ColumnRule* r = profile.rule(column))
        return *r;
    for (const auto& [was, now] : match.respelled) {
        if (now == column) {
            if (const redact::ColumnRule* r = profile.rule(was))
                return *r;
        }
    }
    redact::ColumnRule other;
    other.column = column;
    other.action = profile.otherColumns == redact::RedactionProfile::OtherColumns::Drop
                       ? redact::Action::Drop
                       : redact::Action::Keep;
    return other;
}

QJsonObject findingJson(const agreements::Finding& f)
{
    return QJsonObject{
        {u"code"_s, f.code},          {u"severity"_s, agreements::severityName(f.severity)},
        {u"column"_s, f.column},      {u"message"_s, f.message},
        {u"next_step"_s, f.nextStep},
    };
}

QString lawfulBasisWords(const agreements::Agreement& a)
{
    return a.lawfulBasis.code.isEmpty()
               ? QString()
               : agreements::LegalCatalogue::instance().describe(a.lawfulBasis.code);
}

} // namespace

Result<QByteArray> treeHashOfFile(const QString& path, quint64 rowCount)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return makeError(ErrorKind::Failure,
                         Tr::tr("The redacted data cannot be read back (%1).").arg(f.errorString()),
                         QDir::toNativeSeparators(path));
    const qint64 size = f.size();
    if (size == 0)
        return bundle::TreeHash::root(0, rowCount,
                                      QList<QByteArray>{bundle::TreeHash::leafHash({}, 0)});
    // Read in batches of 64 leaves (4 MiB) into one reused buffer, each batch's leaves
    // hashed on both cores: memory stays flat whatever the size (no mapping of the file).
    constexpr int kBatchLeaves = 64;
    const qint64 leaves = (size + kLeaf - 1) / kLeaf;
    QByteArray hashes(int(leaves * bundle::TreeHash::kLeafHashSize), Qt::Uninitialized);
    QByteArray buffer(int(kBatchLeaves * kLeaf), Qt::Uninitialized);
    for (qint64 first = 0; first < leaves; first += kBatchLeaves) {
        const qint64 at = first * kLeaf;
        const qint64 want = std::min<qint64>(qint64(buffer.size()), size - at);
        qint64 got = 0;
        while (got < want) {
            const qint64 n = f.read(buffer.data() + got, want - got);
            if (n <= 0)
                return makeError(
                    ErrorKind::Failure,
                    Tr::tr("The redacted data cannot be read back (%1).").arg(f.errorString()),
                    QDir::toNativeSeparators(path));
            got += n;
        }
        const int count = int((want + kLeaf - 1) / kLeaf);
        bundle::parallelFor(count, [&](int i) {
            const qint64 offset = qint64(i) * kLeaf;
            const QByteArrayView leaf(buffer.constData() + offset, std::min(kLeaf, want - offset));
            const QByteArray h = bundle::TreeHash::leafHash(leaf, quint64(first + i));
            std::memcpy(hashes.data() + (first + i) * bundle::TreeHash::kLeafHashSize,
                        h.constData(), bundle::TreeHash::kLeafHashSize);
        });
    }
    return bundle::TreeHash::root(quint64(size), rowCount, QByteArrayView(hashes));
}

Result<PreparedShare> prepareShare(const PrepareParams& params)
{
    if (!params.agreement)
        return makeError(ErrorKind::Usage, Tr::tr("A share needs an agreement."));
    const agreements::Agreement& agreement = *params.agreement;
    PreparedShare out;

    // 1. The agreement's checks, on what is known of the file so far: the caller's
    // profile of it, or (unscanned) its column names, which is all that most refusals
    // need. Without the caller's profile the file is profiled during the redaction
    // itself (one read, not two) and checked again in full afterwards.
    QStringList fingerprints;
    for (const crypto::KeyCard& c : params.recipients)
        fingerprints.append(c.fingerprint());
    fingerprints.sort();
    auto runChecks = [&](const profile::DatasetProfile* columns) {
        agreements::ShareCheckInput check;
        check.agreement = &agreement;
        check.dataset = columns;
        check.redaction = &params.profile;
        check.recipientFingerprints = fingerprints;
        check.byPassphrase = params.byPassphrase;
        check.today = Clock::today();
        out.findings = agreements::checkShare(check);
        out.blocked = agreements::anyBlocks(out.findings);
        QJsonArray findings;
        for (const agreements::Finding& f : std::as_const(out.findings))
            findings.append(findingJson(f));
        out.summary.insert(u"findings"_s, findings);
    };
    const bool profileHere = params.datasetProfile == nullptr;
    const QStringList quasi = params.profile.quasiIdentifiers();
    // The file's column names, when the profile or the risk check needs them (reading a
    // workbook's header can be costly: not done otherwise).
    QStringList fileColumns;
    if (profileHere || !quasi.isEmpty()) {
        auto opened = table::DatasetReader::open(params.input, params.options);
        if (!opened)
            return opened.error();
        fileColumns = opened.value()->info().columns;
    }
    profile::DatasetProfile namesOnly;
    if (profileHere) {
        for (qsizetype i = 0; i < fileColumns.size(); ++i) {
            profile::ColumnProfile c;
            c.index = int(i);
            c.name = fileColumns.at(i);
            namesOnly.columns.append(c);
        }
    }
    runChecks(profileHere ? &namesOnly : params.datasetProfile);
    if (out.blocked)
        return out;

    // 2. The redaction, with the risk check (and, unscanned, the file's profile) in the
    // same pass.
    QTemporaryDir scratch;
    QString output = params.redactedOutput;
    if (output.isEmpty()) {
        if (!scratch.isValid())
            return makeError(ErrorKind::Failure,
                             Tr::tr("No temporary folder could be made for the redacted data."));
        output = scratch.filePath(u"redacted.csv"_s);
    }
    redact::RedactParams rp;
    rp.input = params.input;
    rp.options = params.options;
    rp.profile = params.profile;
    rp.keys = params.keys;
    rp.output = output;
    rp.cancel = params.cancel;
    const QString redactStep = Tr::tr("Redacting");
    rp.progress = [&](qint64 done, qint64 total, int, int) {
        report(params, redactStep, done, total);
    };
    std::unique_ptr<profile::Profiler> profiler;
    if (profileHere) {
        profiler = std::make_unique<profile::Profiler>(fileColumns);
        rp.inputRows = [&profiler](const table::RowBlock& rows) {
            profiler->add(rows);
        };
        rp.inputRestarted = [&profiler](const table::DatasetInfo& info) {
            profiler = std::make_unique<profile::Profiler>(info.columns);
        };
    }
    std::unique_ptr<redact::RiskFeeder> feeder;
    if (!quasi.isEmpty()) {
        auto redactor = redact::RowRedactor::create(params.profile, fileColumns, params.keys);
        if (!redactor)
            return redactor.error();
        auto created = redact::RiskFeeder::create(
            redactor.value(), quasi, params.profile.sensitiveColumn, params.profile.riskThreshold);
        if (!created)
            return created.error();
        feeder = std::move(created).value();
        rp.callerColumns = feeder->columns();
        rp.redactedRows = [&feeder](const table::RowBlock& rows) {
            feeder->addNarrow(rows);
        };
    }
    Result<redact::RedactResult> redacted = redact::redactFile(rp);
    if (!redacted) {
        if (redacted.error().code == QLatin1String(redact::RedactError::Cancelled))
            return withCode(redacted.error(), PipelineError::Cancelled);
        return redacted.error();
    }
    out.redaction = std::move(redacted).value();
    if (feeder)
        out.risk = feeder->check().result();
    if (profiler) {
        // 3. The checks again, now that the file's contents are known: a column that
        // turns out to hold special category data, say, still blocks, and the redacted
        // data is not kept.
        profile::DatasetProfile profiled = profiler->finish();
        profiled.rowCount = out.redaction.counts.dataRows;
        runChecks(&profiled);
        if (out.blocked) {
            QFile::remove(output);
            return out;
        }
    }

    // 4. The hash a bundle of it would carry, and the binding.
    QByteArray dataHash;
    if (params.hashOutput) {
        report(params, Tr::tr("Checking"), 0, 1);
        Result<QByteArray> hash = treeHashOfFile(output, quint64(out.redaction.rowsWritten));
        if (!hash)
            return hash.error();
        dataHash = hash.value();
    }
    ShareBinding& b = out.binding;
    b.agreementReference = agreement.reference;
    b.agreementVersion = agreement.version;
    b.agreementHash = agreement.contentHash;
    b.profileHash = profileHash(CanonicalJson::serialise(params.profile.toJson()));
    b.dataHash = dataHash;
    b.dataLength = quint64(out.redaction.outputBytes);
    b.rowCount = quint64(out.redaction.rowsWritten);
    b.recipients = fingerprints;
    b.preparer = params.preparerFingerprint;

    // 5. What leaves the building, in counts and names.
    QJsonArray columnRules;
    for (const QString& column : std::as_const(out.redaction.info.columns)) {
        const redact::ColumnRule rule = ruleFor(params.profile, out.redaction.match, column);
        columnRules.append(QJsonObject{
            {u"column"_s, column},
            {u"action"_s, redact::actionName(rule.action)},
            {u"rule"_s, redact::describeRule(rule)},
        });
    }
    out.summary.insert(u"dataset"_s, QFileInfo(params.input).fileName());
    out.summary.insert(u"rows"_s, double(out.redaction.rowsWritten));
    out.summary.insert(u"columns_in_file"_s, int(out.redaction.info.columns.size()));
    out.summary.insert(u"columns_sent"_s, int(out.redaction.outputColumns.size()));
    out.summary.insert(u"columns"_s, columnRules);
    if (out.risk) {
        out.summary.insert(u"risk"_s,
                           QJsonObject{
                               {u"k"_s, double(out.risk->k)},
                               {u"unique"_s, double(out.risk->uniqueRecords)},
                               {u"below_threshold"_s, double(out.risk->recordsBelowThreshold)},
                               {u"threshold"_s, out.risk->threshold},
                               {u"quasi_identifiers"_s, QJsonArray::fromStringList(quasi)},
                           });
    }
    out.summary.insert(u"agreement"_s, QJsonObject{
                                           {u"reference"_s, agreement.reference},
                                           {u"version"_s, agreement.version},
                                           {u"title"_s, agreement.title},
                                           {u"lawful_basis"_s, lawfulBasisWords(agreement)},
                                       });
    QJsonArray recipients;
    for (const crypto::KeyCard& c : params.recipients) {
        const QString fingerprint = c.fingerprint();
        const QString ours = params.recipientLabels.value(fingerprint);
        recipients.append(QJsonObject{{u"fingerprint"_s, fingerprint},
                                      {u"label"_s, ours.isEmpty() ? c.name : ours}});
    }
    out.summary.insert(u"recipients"_s, recipients);
    if (params.byPassphrase)
        out.summary.insert(u"passphrase_for"_s,
                           QJsonArray::fromStringList(agreement.byPassphraseOrganisations()));
    return out;
}

Result<SealedShare> sealShare(Database& db, const SealShareParams& params)
{
    const ShareRecord& share = params.share;
    ShareStore store(db);
    if (!params.sender)
        return makeError(ErrorKind::Usage, Tr::tr("Sealing needs your identity."));
    const bool approved = share.state == ShareState::Approved;
    if (!approved && !(share.state == ShareState::Draft && !share.reviewRequired))
        return withCode(makeError(ErrorKind::Policy,
                                  share.state == ShareState::PendingReview
                                      ? Tr::tr("Share %1 is waiting for review: it can be sealed "
                                               "once an IG lead approves it.")
                                            .arg(share.id)
                                      : Tr::tr("Share %1 is \"%2\": only an approved share can "
                                               "be sealed.")
                                            .arg(share.id)
                                            .arg(stateLabel(share.state))),
                        PipelineError::NotApproved);

    Result<agreements::Agreement> agreement =
        agreements::AgreementRegister(db).find(share.agreementReference);
    if (!agreement)
        return agreement.error();
    if (share.recipients.isEmpty() && !params.passphrase)
        return makeError(ErrorKind::Usage,
                         Tr::tr("Share %1 has no recipients' keys: it is sealed under a "
                                "passphrase, and none was given.")
                             .arg(share.id));
    if (Status allowed = agreements::canSealUnder(agreement.value(), share.recipientFingerprints(),
                                                  Clock::today(), params.passphrase != nullptr);
        !allowed)
        return allowed.error();
    // The agreement decides whether a review is needed, not the record's own flag.
    if (!approved && agreement->requiresReview)
        return withCode(makeError(ErrorKind::Policy,
                                  Tr::tr("Share %1 cannot be sealed yet: agreement %2 needs an "
                                         "IG review first. Submit it for review.")
                                      .arg(share.id)
                                      .arg(share.agreementReference)),
                        PipelineError::NotApproved);

    std::optional<ShareDecision> approval;
    if (approved) {
        Result<std::optional<ShareDecision>> current = store.currentApproval(share.id);
        if (!current)
            return current.error();
        if (!current.value())
            return withCode(makeError(ErrorKind::Policy,
                                      Tr::tr("Share %1 has no approval that checks. Submit it "
                                             "for review again.")
                                          .arg(share.id)),
                            PipelineError::NotApproved);
        approval = current.value();
    }

    Result<redact::RedactionProfile> profile =
        redact::RedactionProfile::fromBytes(share.profileJson, Tr::tr("share %1").arg(share.id));
    if (!profile)
        return profile.error();

    QTemporaryDir scratch;
    if (!scratch.isValid())
        return makeError(ErrorKind::Failure,
                         Tr::tr("No temporary folder could be made for the redacted data."));
    PrepareParams pp;
    pp.input = share.datasetPath;
    pp.options = share.readOptions;
    pp.profile = profile.value();
    pp.keys = params.keys;
    pp.agreement = &agreement.value();
    pp.recipients = share.recipients;
    pp.byPassphrase = params.passphrase != nullptr;
    pp.preparerFingerprint = params.sender->card().fingerprint();
    pp.redactedOutput = scratch.filePath(u"redacted.csv"_s);
    pp.progress = params.progress;
    pp.cancel = params.cancel;
    auto cancelled = [&](const Error& e) {
        if (e.code == QLatin1String(PipelineError::Cancelled) ||
            e.code == QLatin1String(redact::RedactError::Cancelled))
            (void)store.note(share, u"share.seal_cancelled"_s, QJsonObject{});
    };
    if (!QFileInfo::exists(share.datasetPath))
        return withCode(makeError(ErrorKind::BadInput,
                                  Tr::tr("The file of this share is no longer there. Put it back, "
                                         "or start a new share."),
                                  QDir::toNativeSeparators(share.datasetPath)),
                        PipelineError::Changed);
    const bool reuse = !approved && params.prepared && !params.preparedFile.isEmpty() &&
                       QFileInfo::exists(params.preparedFile);
    if (reuse)
        pp.redactedOutput = params.preparedFile;
    else
        pp.hashOutput = false; // the seal hashes the data as it encrypts it, checked below
    Result<PreparedShare> prepared =
        reuse ? Result<PreparedShare>(*params.prepared) : prepareShare(pp);
    if (!prepared) {
        cancelled(prepared.error());
        return prepared.error();
    }
    if (prepared->blocked) {
        for (const agreements::Finding& f : std::as_const(prepared->findings)) {
            if (f.severity == agreements::Severity::Block)
                return withCode(makeError(ErrorKind::Policy, f.message + u' ' + f.nextStep),
                                PipelineError::Blocked);
        }
    }
    // The data's hash is compared by the seal itself (expectedDataHash) when this
    // preparation did not compute it.
    ShareBinding bound = prepared->binding;
    if (bound.dataHash.isEmpty() && approved)
        bound.dataHash = share.binding->dataHash;
    if (approved && !(bound == share.binding.value()))
        return withCode(makeError(ErrorKind::Policy,
                                  Tr::tr("Share %1 cannot be sealed: %2 differs from what was "
                                         "approved. Submit it for review again.")
                                      .arg(share.id)
                                      .arg(share.binding->firstDifference(bound))),
                        PipelineError::Changed);

    bundle::SealParams sp;
    sp.sender = params.sender;
    sp.recipients = share.recipients;
    if (params.passphrase)
        sp.passphrase = crypto::SecureBytes::copyOf(params.passphrase->view());
    sp.dataName = QFileInfo(share.datasetName).completeBaseName() + u"-redacted.csv"_s;
    sp.rowCount = prepared->binding.rowCount;
    sp.manifest.insert(u"agreement"_s, agreements::termsForManifest(agreement.value()));
    sp.manifest.insert(u"share"_s, share.uid);
    if (approval)
        sp.manifest.insert(u"approval"_s, manifestApproval(*approval));
    // What the approval bound, or what this share's own preparation hashed.
    sp.expectedDataHash = approved ? share.binding->dataHash : prepared->binding.dataHash;
    sp.cancel = params.cancel;
    const QString step = Tr::tr("Sealing");
    sp.progress = [&](qint64 done, qint64 total) {
        if (params.progress)
            params.progress(step, done, total);
    };
    QFile data(pp.redactedOutput);
    if (!data.open(QIODevice::ReadOnly))
        return makeError(
            ErrorKind::Failure,
            Tr::tr("The redacted data cannot be read back (%1).").arg(data.errorString()));
    Result<bundle::SealResult> sealed = bundle::BundleWriter::seal(data, params.output, sp);
    data.close();
    if (!sealed) {
        if (sealed.error().code == QLatin1String(bundle::SealError::DataChanged))
            return withCode(makeError(ErrorKind::Policy,
                                      approved ? Tr::tr("Share %1 cannot be sealed: %2 differs "
                                                        "from what was approved. Submit it for "
                                                        "review again.")
                                                     .arg(share.id)
                                                     .arg(ShareBinding::dataDifference())
                                               : Tr::tr("The sealed data does not match the "
                                                        "redacted data; nothing was kept. Try "
                                                        "again.")),
                            PipelineError::Changed);
        if (params.cancel && params.cancel->load()) {
            (void)store.note(share, u"share.seal_cancelled"_s, QJsonObject{});
            return withCode(sealed.error(), PipelineError::Cancelled);
        }
        return sealed.error();
    }
    // Cancelled while the last of the data was sealed: the bundle is whole but unwanted.
    if (params.cancel && params.cancel->load()) {
        QFile::remove(params.output);
        (void)store.note(share, u"share.seal_cancelled"_s, QJsonObject{});
        return withCode(makeError(ErrorKind::Failure, Tr::tr("The share was cancelled.")),
                        PipelineError::Cancelled);
    }
    ShareBinding sealedBinding = prepared->binding;
    sealedBinding.dataHash = sealed->dataHash;
    Result<ShareRecord> recorded = store.markSealed(share.id, share.rowVersion, sealedBinding,
                                                    prepared->summary, sealed.value());
    if (!recorded) {
        QFile::remove(params.output); // no bundle without its record
        return recorded.error();
    }
    SealedShare done;
    done.share = recorded.value();
    done.sealed = sealed.value();
    return done;
}

QStringList describeSummary(const QJsonObject& summary)
{
    QStringList lines;
    const QJsonObject a = summary.value(u"agreement"_s).toObject();
    if (!a.isEmpty())
        lines << Tr::tr("Agreement: %1 (version %2), %3")
                     .arg(a.value(u"reference"_s).toString())
                     .arg(a.value(u"version"_s).toInt())
                     .arg(a.value(u"title"_s).toString());
    if (!a.value(u"lawful_basis"_s).toString().isEmpty())
        lines << Tr::tr("Lawful basis: %1").arg(a.value(u"lawful_basis"_s).toString());
    if (summary.contains(u"rows"_s))
        lines << Tr::tr("File: %1, %2 rows; %3 of its %4 columns are sent")
                     .arg(summary.value(u"dataset"_s).toString())
                     .arg(qint64(summary.value(u"rows"_s).toDouble()))
                     .arg(summary.value(u"columns_sent"_s).toInt())
                     .arg(summary.value(u"columns_in_file"_s).toInt());
    for (const QJsonValue& v : summary.value(u"columns"_s).toArray()) {
        const QJsonObject c = v.toObject();
        lines << u"  "_s + Tr::tr("%1: %2").arg(c.value(u"column"_s).toString(),
                                                c.value(u"rule"_s).toString());
    }
    const QJsonObject risk = summary.value(u"risk"_s).toObject();
    if (!risk.isEmpty()) {
        // One sentence per count, so that each takes its own plural form.
        const auto count = [&risk](QStringView key) {
            return int(qMin(risk.value(key).toDouble(), double(std::numeric_limits<int>::max())));
        };
        const QStringList sentences{
            Tr::tr("The smallest group has %Ln record(s).", nullptr, count(u"k")),
            Tr::tr("%Ln record(s) are unique.", nullptr, count(u"unique")),
            Tr::tr("%Ln record(s) are in groups smaller than %1.", nullptr,
                   count(u"below_threshold"))
                .arg(risk.value(u"threshold"_s).toInt()),
        };
        lines << Tr::tr("Re-identification risk: %1").arg(sentences.join(u' '));
    }
    for (const QJsonValue& v : summary.value(u"recipients"_s).toArray()) {
        const QJsonObject r = v.toObject();
        lines << Tr::tr("Recipient: %1 (%2)")
                     .arg(r.value(u"label"_s).toString(), r.value(u"fingerprint"_s).toString());
    }
    if (summary.contains(u"passphrase_for"_s)) {
        QStringList who;
        for (const QJsonValue& v : summary.value(u"passphrase_for"_s).toArray())
            who << v.toString();
        lines << Tr::tr("Sealed under a passphrase, for %1; the passphrase goes by another "
                        "route")
                     .arg(who.join(u", "_s));
    }
    for (const QJsonValue& v : summary.value(u"findings"_s).toArray()) {
        const QJsonObject f = v.toObject();
        lines << Tr::tr("%1: %2").arg(
            agreements::severityLabel(f.value(u"severity"_s).toString() == u"block"_s
                                          ? agreements::Severity::Block
                                          : agreements::Severity::Warn),
            f.value(u"message"_s).toString());
    }
    return lines;
}

} // namespace sharewise::shares
