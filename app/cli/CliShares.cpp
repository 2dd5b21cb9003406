// sharewise-cli share, review, outputs and incident: shares from draft to receipt
// (shares/ShareStore, shares/SharePipeline). Every rule is core's; this parses, calls
// and prints.
#include "CliApp.h"
#include "CliTableOptions.h"

#include "agreements/AgreementRegister.h"
#include "common/CanonicalJson.h"
#include "common/Clock.h"
#include "keys/AgreementKeys.h"
#include "redact/Pseudonym.h"
#include "shares/Approval.h"
#include "shares/Incidents.h"
#include "shares/Outputs.h"
#include "shares/ReviewFiles.h"
#include "shares/SharePipeline.h"
#include "shares/ShareStore.h"
#include "store/Database.h"
#include "store/OwnIdentityRecords.h"
#include "store/RecipientsDirectory.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace sharewise {
namespace {

int code(ExitCode c)
{
    return static_cast<int>(c);
}

QString when(qint64 us)
{
    if (us <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject itemJson(const shares::ShareListItem& i)
{
    return QJsonObject{
        {u"id"_s, i.id},
        {u"uid"_s, i.uid},
        {u"state"_s, shares::stateName(i.state)},
        {u"agreement"_s, i.agreementReference},
        {u"partner"_s, i.partner},
        {u"prepared_by"_s, i.preparedBy},
        {u"dataset"_s, i.datasetName},
        {u"rows"_s, i.rowCount < 0 ? QJsonValue() : QJsonValue(double(i.rowCount))},
        {u"created"_s, when(i.createdUs)},
        {u"submitted"_s, i.submittedUs > 0 ? QJsonValue(when(i.submittedUs)) : QJsonValue()},
    };
}

// The recipients' organisations, for filtering the history by partner.
QString partnerOf(const agreements::Agreement& a, const QList<crypto::KeyCard>& recipients)
{
    QStringList names;
    for (const agreements::Recipient& r : a.recipients) {
        const bool chosen =
            recipients.isEmpty() ||
            std::any_of(recipients.cbegin(), recipients.cend(),
                        [&](const crypto::KeyCard& c) { return c.fingerprint() == r.fingerprint; });
        if (chosen && !r.organisation.isEmpty() && !names.contains(r.organisation))
            names.append(r.organisation);
    }
    return names.join(u"; "_s);
}

// The audit chain's heads are signed only by this history's own identities (AuditLog
// checks them against own_identities): an IG lead acting on a colleague's history with
// their own identity file signs their decision, not the history's head.
void signAuditIfOwn(Database& db, const crypto::Identity& identity)
{
    Result<QList<OwnIdentityRecord>> own = OwnIdentityRecords(db).list();
    if (!own)
        return;
    for (const OwnIdentityRecord& r : own.value()) {
        if (r.fingerprint == identity.card().fingerprint())
            db.setSigner(&identity);
    }
}

// The agreement's key, unwrapped with the identity, when the profile pseudonymises or
// shifts dates; nothing otherwise.
Status unlockKeys(Database& db, const redact::RedactionProfile& profile, const QString& agreement,
                  const crypto::Identity& identity, std::optional<redact::RedactionKeys>& keys)
{
    if (!profile.needsKey())
        return {};
    Result<crypto::SecureBytes> key = keys::AgreementKeys(db).unlock(agreement, identity);
    if (!key)
        return key.error();
    keys.emplace(key.value());
    return {};
}

} // namespace

Result<QList<crypto::KeyCard>> CliApp::resolveRecipients(Database& db, const QStringList& keys)
{
    QList<crypto::KeyCard> cards;
    RecipientsDirectory dir(db);
    for (const QString& key : keys) {
        std::optional<RecipientKey> known;
        crypto::KeyCard card;
        if (key.startsWith(QLatin1String("sharewise-key-"))) {
            Result<crypto::KeyCard> parsed = crypto::KeyCard::fromText(key);
            if (!parsed)
                return parsed.error();
            card = parsed.value();
            known = dir.bySigningKey(card.signingKey);
        } else {
            Result<RecipientKey> found = dir.find(key);
            if (!found)
                return found.error();
            known = found.value();
            card = found->card;
        }
        if (known && known->isRevoked())
            return makeError(ErrorKind::Policy,
                             tr("The key of %1 was revoked: it cannot be used for new bundles.")
                                 .arg(known->label()));
        if (!known || !known->isVerified())
            warn(tr("Warning: the key %1 has not been checked with its holder.")
                     .arg(card.fingerprint()));
        cards.append(card);
    }
    return cards;
}

int CliApp::cmdShare(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == u"seal"_s)
        return cmdShareSeal(args.mid(1));
    if (sub == u"list"_s || sub == u"show"_s || sub == u"sent"_s || sub == u"cancel"_s ||
        sub == u"export-request"_s || sub == u"import-decision"_s)
        return cmdShareManage(sub, args.mid(1));

    QCommandLineParser p;
    const cli::TableOptionSet table;
    const QCommandLineOption agreementOpt(u"agreement"_s, QString(), u"REF"_s);
    const QCommandLineOption profileOpt(u"profile"_s, QString(), u"PROFILE"_s);
    const QCommandLineOption toOpt(u"to"_s, QString(), u"KEY"_s);
    const QCommandLineOption outOpt({u"o"_s, u"output"_s}, QString(), u"OUT"_s);
    const QCommandLineOption submitOpt(u"submit"_s);
    const QCommandLineOption forceOpt(u"force"_s);
    const QCommandLineOption idFile(u"identity-file"_s, QString(), u"FILE"_s);
    const QCommandLineOption idPass(u"identity-passphrase-file"_s, QString(), u"FILE"_s);
    const QCommandLineOption passFile(u"passphrase-file"_s, QString(), u"FILE"_s);
    const QCommandLineOption byPassOpt(u"by-passphrase"_s);
    const QCommandLineOption json(u"json"_s);
    p.addOptions({agreementOpt, profileOpt, toOpt, outOpt, submitOpt, forceOpt, idFile, idPass,
                  passFile, byPassOpt, json});
    table.addTo(p);
    if (!p.parse(QStringList{u"share"_s} + args))
        return usage(tr("%1.").arg(p.errorText()));
    // Sealed to recipients' keys, or under a passphrase for a recipient the agreement
    // says receives that way.
    const bool byPassphrase = p.isSet(passFile) || p.isSet(byPassOpt);
    if (p.positionalArguments().size() != 1 || !p.isSet(agreementOpt) || !p.isSet(profileOpt) ||
        p.isSet(toOpt) == byPassphrase)
        return usage(tr("Use: sharewise-cli share --agreement REF --profile PROFILE.json (--to "
                        "KEY... | --passphrase-file FILE) FILE -o OUT.swb (or --submit instead "
                        "of -o, for a review)"));
    if (byPassphrase && p.isSet(submitOpt) && p.isSet(passFile))
        return usage(tr("A share sent for review carries no passphrase yet: submit it with "
                        "--by-passphrase, and give --passphrase-file to \"share seal\" once it "
                        "is approved."));
    if (byPassphrase && !p.isSet(submitOpt) && !p.isSet(passFile))
        return usage(tr("Give the passphrase to seal it under with --passphrase-file FILE."));
    if (p.isSet(submitOpt) == p.isSet(outOpt))
        return usage(
            tr("Either seal the share now with -o OUT.swb, or submit it for review with "
               "--submit (then seal it with \"share seal ID -o OUT.swb\" once approved)."));
    const QString input = p.positionalArguments().first();
    if (!QFileInfo::exists(input))
        return fail(makeError(ErrorKind::BadInput,
                              tr("The file does not exist. Check the name and folder."),
                              QDir::toNativeSeparators(input)));
    const QString out = p.value(outOpt);
    if (!out.isEmpty() && QFileInfo::exists(out) && !p.isSet(forceOpt))
        return fail(makeError(ErrorKind::BadInput,
                              tr("A file with this name already exists. Choose another name, or "
                                 "add --force to replace it."),
                              QDir::toNativeSeparators(out)));
    Result<table::TableOptions> options = table.read(p);
    if (!options)
        return usage(options.error().message);
    Result<redact::RedactionProfile> profile = redact::RedactionProfile::load(p.value(profileOpt));
    if (!profile)
        return fail(profile.error());

    Result<std::unique_ptr<Database>> opened = openDatabase();
    if (!opened)
        return fail(opened.error());
    Database& db = *opened.value();
    Result<agreements::Agreement> agreement =
        agreements::AgreementRegister(db).find(p.value(agreementOpt).trimmed());
    if (!agreement)
        return fail(agreement.error());
    if (!p.isSet(submitOpt) && agreement->requiresReview)
        return fail(withCode(
            makeError(ErrorKind::Policy, tr("Agreement %1 needs an IG review before anything is "
                                            "sealed: submit the share with --submit, and seal it "
                                            "once it is approved.")
                                             .arg(agreement->reference)),
            shares::PipelineError::NotApproved));
    Result<crypto::Identity> me = loadIdentity(db, p.value(idFile), p.value(idPass));
    if (!me)
        return fail(me.error());
    signAuditIfOwn(db, me.value());
    Result<QList<crypto::KeyCard>> recipients =
        byPassphrase ? QList<crypto::KeyCard>() : resolveRecipients(db, p.values(toOpt));
    if (!recipients)
        return fail(recipients.error());
    std::optional<crypto::SecureBytes> passphrase;
    if (Status read = bundlePassphrase(p.value(passFile), passphrase); !read)
        return fail(read.error());
    std::optional<redact::RedactionKeys> keys;
    if (Status unlocked = unlockKeys(db, profile.value(), agreement->reference, me.value(), keys);
        !unlocked)
        return fail(unlocked.error());

    shares::PrepareParams pp;
    pp.input = input;
    pp.options = options.value();
    pp.profile = profile.value();
    pp.keys = keys ? &*keys : nullptr;
    pp.agreement = &agreement.value();
    pp.recipients = recipients.value();
    pp.byPassphrase = byPassphrase;
    pp.preparerFingerprint = me->card().fingerprint();
    // Sealed at once: the redacted data is kept (in a private temporary folder) for the
    // seal rather than redacted twice, and hashed by the seal as it encrypts.
    QTemporaryDir scratch;
    if (!p.isSet(submitOpt) && scratch.isValid()) {
        pp.redactedOutput = scratch.filePath(u"redacted.csv"_s);
        pp.hashOutput = false;
    }
    Result<shares::PreparedShare> prepared = shares::prepareShare(pp);
    if (!prepared)
        return fail(prepared.error());
    int blocks = 0;
    for (const agreements::Finding& f : std::as_const(prepared->findings)) {
        if (f.severity == agreements::Severity::Block)
            ++blocks;
        m_err << agreements::severityLabel(f.severity).toUpper() << ": ";
        if (!f.column.isEmpty())
            m_err << tr("[%1] ").arg(f.column);
        m_err << f.message << '\n' << "  " << tr("Next step: %1").arg(f.nextStep) << '\n';
    }
    if (prepared->blocked) {
        m_err << tr("%n problem(s) stop this share under agreement %1; nothing was recorded or "
                    "sealed.",
                    nullptr, blocks)
                     .arg(agreement->reference)
              << '\n';
        m_err.flush();
        return code(ExitCode::RefusedByPolicy);
    }

    shares::ShareRecord draft;
    draft.agreementReference = agreement->reference;
    draft.agreementVersion = agreement->version;
    draft.agreementHash = agreement->contentHash;
    draft.partner = partnerOf(agreement.value(), recipients.value());
    draft.datasetPath = QFileInfo(input).absoluteFilePath();
    draft.datasetName = QFileInfo(input).fileName();
    draft.datasetSize = QFileInfo(input).size();
    draft.datasetModifiedUs = QFileInfo(input).lastModified().toMSecsSinceEpoch() * 1000;
    draft.readOptions = options.value();
    draft.profileJson = CanonicalJson::serialise(profile->toJson());
    draft.recipients = recipients.value();
    draft.reviewRequired = agreement->requiresReview;
    draft.preparerFingerprint = me->card().fingerprint();
    shares::ShareStore store(db);
    Result<shares::ShareRecord> created = store.createDraft(draft);
    if (!created)
        return fail(created.error());

    if (p.isSet(submitOpt)) {
        Result<shares::ShareRecord> submitted =
            store.submit(created->id, created->rowVersion, prepared->binding, prepared->summary);
        if (!submitted)
            return fail(submitted.error());
        if (p.isSet(json)) {
            m_out << QJsonDocument(QJsonObject{{u"id"_s, submitted->id},
                                               {u"uid"_s, submitted->uid},
                                               {u"state"_s, shares::stateName(submitted->state)}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        } else {
            m_out
                << tr("Share %1 submitted for review (id %2).")
                       .arg(submitted->id)
                       .arg(submitted->uid)
                << '\n'
                << tr("An IG lead approves it with \"sharewise-cli review approve %1\"; then seal "
                      "it with \"sharewise-cli share seal %1 -o OUT.swb\".")
                       .arg(submitted->id)
                << '\n';
        }
        return code(ExitCode::Success);
    }

    shares::SealShareParams sp;
    sp.share = created.value();
    sp.keys = pp.keys;
    sp.sender = &me.value();
    sp.passphrase = passphrase ? &*passphrase : nullptr;
    sp.output = out;
    sp.prepared = &prepared.value();
    sp.preparedFile = pp.redactedOutput;
    Result<shares::SealedShare> sealed = shares::sealShare(db, sp);
    if (!sealed) {
        (void)store.cancel(created->id, created->rowVersion,
                           tr("Sealing failed: %1").arg(sealed.error().message));
        return fail(sealed.error());
    }
    printSealed(sealed->share, sealed->sealed);
    return code(ExitCode::Success);
}

void CliApp::printSealed(const shares::ShareRecord& share, const bundle::SealResult& sealed)
{
    m_out << tr("Share %1 sealed: %2").arg(share.id).arg(QDir::toNativeSeparators(sealed.file))
          << '\n'
          << tr("Rows: %1; bundle id: %2")
                 .arg(sealed.rowCount)
                 .arg(QString::fromLatin1(sealed.bundleId.toHex()))
          << '\n'
          << tr("Next: send the bundle by the agreed route, then record it with \"sharewise-cli "
                "share sent %1 --route ROUTE\".")
                 .arg(share.id)
          << '\n';
    if (share.recipients.isEmpty())
        m_out << tr("It opens with the passphrase: tell it to the recipient by another route "
                    "(for example, by phone), never with the bundle.")
              << '\n';
}

int CliApp::cmdShareSeal(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption outOpt({u"o"_s, u"output"_s}, QString(), u"OUT"_s);
    const QCommandLineOption forceOpt(u"force"_s);
    const QCommandLineOption idFile(u"identity-file"_s, QString(), u"FILE"_s);
    const QCommandLineOption idPass(u"identity-passphrase-file"_s, QString(), u"FILE"_s);
    const QCommandLineOption passFile(u"passphrase-file"_s, QString(), u"FILE"_s);
    p.addOptions({outOpt, forceOpt, idFile, idPass, passFile});
    if (!p.parse(QStringList{u"share seal"_s} + args))
        return usage(tr("%1.").arg(p.errorText()));
    if (p.positionalArguments().size() != 1 || !p.isSet(outOpt))
        return usage(tr("Use: sharewise-cli share seal ID -o OUT.swb [--passphrase-file FILE]"));
    const QString out = p.value(outOpt);
    if (QFileInfo::exists(out) && !p.isSet(forceOpt))
        return fail(makeError(ErrorKind::BadInput,
                              tr("A file with this name already exists. Choose another name, or "
                                 "add --force to replace it."),
                              QDir::toNativeSeparators(out)));
    Result<std::unique_ptr<Database>> opened = openDatabase();
    if (!opened)
        return fail(opened.error());
    Database& db = *opened.value();
    shares::ShareStore store(db);
    Result<shares::ShareRecord> share = store.findByRef(p.positionalArguments().first());
    if (!share)
        return fail(share.error());
    // A share with no recipients' keys is sealed under a passphrase, and only then.
    if (share->recipients.isEmpty() != p.isSet(passFile))
        return usage(share->recipients.isEmpty()
                         ? tr("Share %1 is sealed under a passphrase: give it with "
                              "--passphrase-file FILE.")
                               .arg(share->id)
                         : tr("Share %1 is sealed to its recipients' keys: leave out "
                              "--passphrase-file.")
                               .arg(share->id));
    std::optional<crypto::SecureBytes> passphrase;
    if (Status read = bundlePassphrase(p.value(passFile), passphrase); !read)
        return fail(read.error());
    Result<crypto::Identity> me = loadIdentity(db, p.value(idFile), p.value(idPass));
    if (!me)
        return fail(me.error());
    signAuditIfOwn(db, me.value());
    Result<redact::RedactionProfile> profile =
        redact::RedactionProfile::fromBytes(share->profileJson, QString());
    if (!profile)
        return fail(profile.error());
    std::optional<redact::RedactionKeys> keys;
    if (Status unlocked =
            unlockKeys(db, profile.value(), share->agreementReference, me.value(), keys);
        !unlocked)
        return fail(unlocked.error());
    shares::SealShareParams sp;
    sp.share = share.value();
    sp.keys = keys ? &*keys : nullptr;
    sp.sender = &me.value();
    sp.passphrase = passphrase ? &*passphrase : nullptr;
    sp.output = out;
    Result<shares::SealedShare> sealed = shares::sealShare(db, sp);
    if (!sealed)
        return fail(sealed.error());
    printSealed(sealed->share, sealed->sealed);
    return code(ExitCode::Success);
}

int CliApp::cmdShareManage(const QString& sub, const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption stateOpt(u"state"_s, QString(), u"STATE"_s);
    const QCommandLineOption agreementOpt(u"agreement"_s, QString(), u"REF"_s);
    const QCommandLineOption routeOpt(u"route"_s, QString(), u"ROUTE"_s);
    const QCommandLineOption reasonOpt(u"reason"_s, QString(), u"TEXT"_s);
    const QCommandLineOption outOpt({u"o"_s, u"output"_s}, QString(), u"FILE"_s);
    const QCommandLineOption idFile(u"identity-file"_s, QString(), u"FILE"_s);
    const QCommandLineOption idPass(u"identity-passphrase-file"_s, QString(), u"FILE"_s);
    p.addOptions({json, stateOpt, agreementOpt, routeOpt, reasonOpt, outOpt, idFile, idPass});
    if (!p.parse(QStringList{u"share "_s + sub} + args))
        return usage(tr("%1.").arg(p.errorText()));
    Result<std::unique_ptr<Database>> opened = openDatabase();
    if (!opened)
        return fail(opened.error());
    Database& db = *opened.value();
    shares::ShareStore store(db);

    if (sub == u"list"_s) {
        shares::ShareFilter f;
        for (const QString& s : p.values(stateOpt)) {
            const std::optional<shares::ShareState> st = shares::stateFromName(s);
            if (!st)
                return usage(tr("Unknown state \"%1\": use draft, pending_review, approved, "
                                "rejected, sealed, sent, received or cancelled.")
                                 .arg(s));
            f.states.append(*st);
        }
        f.agreement = p.value(agreementOpt);
        return listShares(store, f, p.isSet(json));
    }
    if (p.positionalArguments().size() != 1)
        return usage(sub == u"import-decision"_s
                         ? tr("Use: sharewise-cli share import-decision FILE")
                         : tr("Name the share: sharewise-cli share %1 ID").arg(sub));
    const QString arg = p.positionalArguments().first();
    if (sub == u"import-decision"_s) {
        QFile f(arg);
        if (!f.open(QIODevice::ReadOnly))
            return fail(makeError(ErrorKind::BadInput,
                                  tr("The file cannot be read (%1).").arg(f.errorString()),
                                  QDir::toNativeSeparators(arg)));
        Result<shares::DecisionFile> d =
            shares::readDecision(f.read(4 << 20), QDir::toNativeSeparators(arg));
        if (!d)
            return fail(d.error());
        Result<shares::ShareRecord> share = store.findByUid(d->shareUid);
        if (!share)
            return fail(share.error());
        shares::ShareDecision decision = d->decision;
        decision.shareId = share->id;
        Result<shares::ShareRecord> done =
            store.recordDecision(share->id, share->rowVersion, decision);
        if (!done)
            return fail(done.error());
        m_out << (decision.approved
                      ? tr("Share %1 approved by %2.").arg(done->id).arg(decision.reviewer)
                      : tr("Share %1 sent back by %2: %3")
                            .arg(done->id)
                            .arg(decision.reviewer, decision.reason))
              << '\n';
        return code(ExitCode::Success);
    }
    Result<shares::ShareRecord> share = store.findByRef(arg);
    if (!share)
        return fail(share.error());
    if (sub == u"show"_s)
        return showShare(store, share.value(), p.isSet(json));
    if (sub == u"sent"_s) {
        if (!p.isSet(routeOpt))
            return usage(tr("Say how it was sent: --route \"DLUHC portal\"."));
        Result<shares::ShareRecord> done =
            store.markSent(share->id, share->rowVersion, p.value(routeOpt));
        if (!done)
            return fail(done.error());
        m_out << tr("Share %1 marked as sent (%2).").arg(done->id).arg(done->sentRoute) << '\n';
        return code(ExitCode::Success);
    }
    if (sub == u"cancel"_s) {
        if (!p.isSet(reasonOpt))
            return usage(tr("Say why: --reason TEXT."));
        Result<shares::ShareRecord> done =
            store.cancel(share->id, share->rowVersion, p.value(reasonOpt));
        if (!done)
            return fail(done.error());
        m_out << tr("Share %1 cancelled.").arg(done->id) << '\n';
        return code(ExitCode::Success);
    }
    // export-request
    if (!p.isSet(outOpt))
        return usage(tr("Use: sharewise-cli share export-request ID -o FILE"));
    Result<crypto::Identity> me = loadIdentity(db, p.value(idFile), p.value(idPass));
    if (!me)
        return fail(me.error());
    // The version the share is bound to, whatever the register's current one is.
    Result<agreements::Agreement> bound =
        agreements::AgreementRegister(db).find(share->agreementReference, share->agreementVersion);
    if (!bound)
        return fail(bound.error());
    Result<QByteArray> file =
        shares::writeReviewRequest(share.value(), bound->canonicalContent(), me.value());
    if (!file)
        return fail(file.error());
    QSaveFile save(p.value(outOpt));
    if (!save.open(QIODevice::WriteOnly) || save.write(file.value()) != file->size() ||
        !save.commit())
        return fail(makeError(ErrorKind::Failure,
                              tr("The file could not be written (%1).").arg(save.errorString()),
                              QDir::toNativeSeparators(p.value(outOpt))));
    m_out << tr("Review request written: %1. Send it to the IG lead; import their decision with "
                "\"sharewise-cli share import-decision FILE\".")
                 .arg(QDir::toNativeSeparators(p.value(outOpt)))
          << '\n';
    return code(ExitCode::Success);
}

int CliApp::listShares(shares::ShareStore& store, const shares::ShareFilter& filter, bool asJson)
{
    Result<QList<shares::ShareListItem>> items = store.list(filter);
    if (!items)
        return fail(items.error());
    if (asJson) {
        QJsonArray a;
        for (const shares::ShareListItem& i : items.value())
            a.append(itemJson(i));
        m_out << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return code(ExitCode::Success);
    }
    if (items->isEmpty()) {
        m_out << tr("No shares.") << '\n';
        return code(ExitCode::Success);
    }
    for (const shares::ShareListItem& i : items.value()) {
        m_out << i.id << "  " << shares::stateLabel(i.state) << "  " << i.agreementReference << "  "
              << i.datasetName << "  "
              << (i.rowCount >= 0 ? tr("%1 rows").arg(i.rowCount) : QString()) << "  "
              << i.preparedBy << "  " << when(i.submittedUs > 0 ? i.submittedUs : i.createdUs)
              << '\n';
    }
    return code(ExitCode::Success);
}

int CliApp::showShare(shares::ShareStore& store, const shares::ShareRecord& s, bool asJson)
{
    Result<QList<AuditEntry>> trail = store.auditTrail(s.uid);
    if (!trail)
        return fail(trail.error());
    Result<QList<shares::ShareDecision>> decisions = store.decisions(s.id);
    if (!decisions)
        return fail(decisions.error());
    if (asJson) {
        QJsonArray events;
        for (const AuditEntry& e : trail.value())
            events.append(QJsonObject{{u"seq"_s, e.seq},
                                      {u"time"_s, when(e.timeUs)},
                                      {u"actor"_s, e.actor},
                                      {u"action"_s, e.action}});
        QJsonArray ds;
        for (const shares::ShareDecision& d : decisions.value())
            ds.append(QJsonObject{{u"decision"_s, d.approved ? u"approved"_s : u"rejected"_s},
                                  {u"reviewer"_s, d.reviewer},
                                  {u"reviewer_fingerprint"_s, d.reviewerCard.fingerprint()},
                                  {u"reason"_s, d.reason},
                                  {u"time"_s, when(d.decidedUs)}});
        QJsonObject o{{u"id"_s, s.id},
                      {u"uid"_s, s.uid},
                      {u"state"_s, shares::stateName(s.state)},
                      {u"agreement"_s, s.agreementReference},
                      {u"agreement_version"_s, s.agreementVersion},
                      {u"prepared_by"_s, s.preparedBy},
                      {u"dataset"_s, s.datasetName},
                      {u"summary"_s, s.summary},
                      {u"decisions"_s, ds},
                      {u"audit"_s, events}};
        if (s.binding)
            o.insert(u"binding"_s, s.binding->toJson());
        if (!s.bundlePath.isEmpty())
            o.insert(u"bundle"_s, QDir::toNativeSeparators(s.bundlePath));
        if (!s.sentRoute.isEmpty())
            o.insert(u"sent_route"_s, s.sentRoute);
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return code(ExitCode::Success);
    }
    m_out << tr("Share %1 (%2): %3").arg(s.id).arg(s.uid, shares::stateLabel(s.state)) << '\n'
          << tr("Prepared by %1 from %2").arg(s.preparedBy, s.datasetName) << '\n';
    for (const QString& line : shares::describeSummary(s.summary))
        m_out << line << '\n';
    for (const shares::ShareDecision& d : decisions.value())
        m_out
            << (d.approved
                    ? tr("Approved by %1 (%2) on %3")
                          .arg(d.reviewer, d.reviewerCard.fingerprint(), when(d.decidedUs))
                    : tr("Sent back by %1 on %2: %3").arg(d.reviewer, when(d.decidedUs), d.reason))
            << '\n';
    if (!s.bundlePath.isEmpty())
        m_out << tr("Bundle: %1").arg(QDir::toNativeSeparators(s.bundlePath)) << '\n';
    if (!s.sentRoute.isEmpty())
        m_out << tr("Sent by: %1").arg(s.sentRoute) << '\n';
    m_out << tr("Audit trail:") << '\n';
    for (const AuditEntry& e : trail.value())
        m_out << "  " << when(e.timeUs) << "  " << e.actor << "  " << e.action << '\n';
    return code(ExitCode::Success);
}

int CliApp::cmdReview(const QStringList& args)
{
    const QString sub = args.value(0);
    QCommandLineParser p;
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption reasonOpt(u"reason"_s, QString(), u"TEXT"_s);
    const QCommandLineOption outOpt({u"o"_s, u"output"_s}, QString(), u"FILE"_s);
    const QCommandLineOption idFile(u"identity-file"_s, QString(), u"FILE"_s);
    const QCommandLineOption idPass(u"identity-passphrase-file"_s, QString(), u"FILE"_s);
    p.addOptions({json, reasonOpt, outOpt, idFile, idPass});
    if (!p.parse(QStringList{u"review"_s} + args.mid(1)))
        return usage(tr("%1.").arg(p.errorText()));
    const QStringList known{u"list"_s,   u"show"_s,   u"approve"_s,
                            u"reject"_s, u"import"_s, u"export-decision"_s};
    if (!known.contains(sub))
        return usage(
            tr("Use: sharewise-cli review list | show ID | approve ID | reject ID --reason "
               "TEXT | import FILE | export-decision ID -o FILE"));
    Result<std::unique_ptr<Database>> opened = openDatabase();
    if (!opened)
        return fail(opened.error());
    Database& db = *opened.value();
    shares::ShareStore store(db);
    if (sub == u"list"_s) {
        shares::ShareFilter f;
        f.states = {shares::ShareState::PendingReview};
        f.oldestFirst = true;
        return listShares(store, f, p.isSet(json));
    }
    if (p.positionalArguments().size() != 1)
        return usage(tr("Name the share: sharewise-cli review %1 ID").arg(sub));
    const QString arg = p.positionalArguments().first();
    if (sub == u"import"_s) {
        QFile f(arg);
        if (!f.open(QIODevice::ReadOnly))
            return fail(makeError(ErrorKind::BadInput,
                                  tr("The file cannot be read (%1).").arg(f.errorString()),
                                  QDir::toNativeSeparators(arg)));
        Result<shares::ReviewRequest> request =
            shares::readReviewRequest(f.read(16 << 20), QDir::toNativeSeparators(arg));
        if (!request)
            return fail(request.error());
        agreements::AgreementRegister reg(db);
        if (!reg.find(request->share.agreementReference, request->share.agreementVersion)) {
            if (Result<agreements::Agreement> imported =
                    reg.importJson(request->agreementJson, QDir::toNativeSeparators(arg));
                !imported)
                return fail(imported.error());
        }
        Result<shares::ShareRecord> done =
            store.importForReview(request->share, QFileInfo(arg).fileName());
        if (!done)
            return fail(done.error());
        m_out << tr("Share %1 from %2 is waiting for your review (here it is share %3).")
                     .arg(done->uid, done->preparedBy)
                     .arg(done->id)
              << '\n';
        return code(ExitCode::Success);
    }
    Result<shares::ShareRecord> share = store.findByRef(arg);
    if (!share)
        return fail(share.error());
    if (sub == u"show"_s)
        return showShare(store, share.value(), p.isSet(json));
    if (sub == u"export-decision"_s) {
        if (!p.isSet(outOpt))
            return usage(tr("Use: sharewise-cli review export-decision ID -o FILE"));
        Result<QList<shares::ShareDecision>> ds = store.decisions(share->id);
        if (!ds)
            return fail(ds.error());
        if (ds->isEmpty())
            return fail(makeError(ErrorKind::Policy,
                                  tr("Share %1 has not been reviewed yet.").arg(share->id)));
        QSaveFile save(p.value(outOpt));
        const QByteArray bytes = shares::writeDecision(ds->constLast(), share->uid);
        if (!save.open(QIODevice::WriteOnly) || save.write(bytes) != bytes.size() || !save.commit())
            return fail(makeError(ErrorKind::Failure,
                                  tr("The file could not be written (%1).").arg(save.errorString()),
                                  QDir::toNativeSeparators(p.value(outOpt))));
        m_out << tr("Decision written: %1. Send it back to the preparer.")
                     .arg(QDir::toNativeSeparators(p.value(outOpt)))
              << '\n';
        return code(ExitCode::Success);
    }
    const bool approve = sub == u"approve"_s;
    if (!approve && p.value(reasonOpt).trimmed().isEmpty())
        return usage(tr("Say why the share is sent back: --reason TEXT."));
    Result<crypto::Identity> me = loadIdentity(db, p.value(idFile), p.value(idPass));
    if (!me)
        return fail(me.error());
    signAuditIfOwn(db, me.value());
    Result<shares::ShareDecision> decision = shares::decide(
        share.value(), me.value(), db.actor(), approve, p.value(reasonOpt), Clock::nowUs());
    if (!decision)
        return fail(decision.error());
    Result<shares::ShareRecord> done =
        store.recordDecision(share->id, share->rowVersion, decision.value());
    if (!done)
        return fail(done.error());
    m_out << (approve ? tr("Share %1 approved. The preparer can now seal it.").arg(done->id)
                      : tr("Share %1 sent back to %2.").arg(done->id).arg(done->preparedBy))
          << '\n';
    return code(ExitCode::Success);
}

int CliApp::cmdOutputs(const QStringList& args)
{
    const QString sub = args.value(0);
    QCommandLineParser p;
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption agreementOpt(u"agreement"_s, QString(), u"REF"_s);
    const QCommandLineOption outputOpt(u"output"_s, QString(), u"TITLE"_s);
    const QCommandLineOption receivedOpt(u"received"_s, QString(), u"DATE"_s);
    const QCommandLineOption descriptionOpt(u"description"_s, QString(), u"TEXT"_s);
    const QCommandLineOption fileOpt(u"file"_s, QString(), u"FILE"_s);
    const QCommandLineOption linkOpt(u"link"_s, QString(), u"URL"_s);
    const QCommandLineOption shareOpt(u"share"_s, QString(), u"ID"_s);
    p.addOptions(
        {json, agreementOpt, outputOpt, receivedOpt, descriptionOpt, fileOpt, linkOpt, shareOpt});
    if (!p.parse(QStringList{u"outputs"_s} + args.mid(1)))
        return usage(tr("%1.").arg(p.errorText()));
    if (sub != u"list"_s && sub != u"record"_s)
        return usage(tr("Use: sharewise-cli outputs list | record --agreement REF --output TITLE "
                        "--received YYYY-MM-DD [--file FILE | --link URL] [--share ID]..."));
    Result<std::unique_ptr<Database>> opened = openDatabase();
    if (!opened)
        return fail(opened.error());
    Database& db = *opened.value();
    shares::OutputsRegister outputs(db);
    if (sub == u"list"_s) {
        const QDate today = Clock::today();
        Result<QList<shares::OutputDue>> due = outputs.due(today);
        if (!due)
            return fail(due.error());
        if (p.isSet(json)) {
            QJsonArray a;
            for (const shares::OutputDue& d : due.value())
                a.append(QJsonObject{
                    {u"agreement"_s, d.agreementReference},
                    {u"title"_s, d.title},
                    {u"due"_s, d.due.toString(Qt::ISODate)},
                    {u"returned"_s, d.returned},
                    {u"returned_on"_s,
                     d.returned ? QJsonValue(d.returnedOn.toString(Qt::ISODate)) : QJsonValue()},
                    {u"overdue"_s, d.isOverdue(today)},
                });
            m_out << QJsonDocument(a).toJson(QJsonDocument::Indented);
            return code(ExitCode::Success);
        }
        if (due->isEmpty())
            m_out << tr("No agreement promises outputs back.") << '\n';
        for (const shares::OutputDue& d : due.value()) {
            const QString state = d.returned
                                      ? tr("returned %1").arg(d.returnedOn.toString(Qt::ISODate))
                                  : d.isOverdue(today) ? tr("OVERDUE")
                                                       : tr("due");
            m_out << d.agreementReference << "  " << d.title << "  " << d.due.toString(Qt::ISODate)
                  << "  " << state << '\n';
        }
        return code(ExitCode::Success);
    }
    if (!p.isSet(agreementOpt) || !p.isSet(receivedOpt))
        return usage(tr("Use: sharewise-cli outputs record --agreement REF --output TITLE "
                        "--received YYYY-MM-DD [--file FILE | --link URL] [--share ID]..."));
    shares::ReturnedOutput o;
    o.agreementReference = p.value(agreementOpt);
    o.outputTitle = p.value(outputOpt);
    o.description = p.value(descriptionOpt);
    o.link = p.value(linkOpt);
    o.receivedOn = QDate::fromString(p.value(receivedOpt), Qt::ISODate);
    if (!o.receivedOn.isValid())
        return usage(tr("--received must be a date written YYYY-MM-DD."));
    shares::ShareStore store(db);
    for (const QString& ref : p.values(shareOpt)) {
        Result<shares::ShareRecord> s = store.findByRef(ref);
        if (!s)
            return fail(s.error());
        o.shareIds.append(s->id);
    }
    Result<shares::ReturnedOutput> done = outputs.record(o, p.value(fileOpt));
    if (!done)
        return fail(done.error());
    m_out << tr("Recorded: %1 came back on %2 under agreement %3.")
                 .arg(done->outputTitle.isEmpty() ? done->description : done->outputTitle,
                      done->receivedOn.toString(Qt::ISODate), done->agreementReference)
          << '\n';
    return code(ExitCode::Success);
}

int CliApp::cmdIncident(const QStringList& args)
{
    const QString sub = args.value(0);
    QCommandLineParser p;
    const QCommandLineOption kindOpt(u"kind"_s, QString(), u"KIND"_s);
    const QCommandLineOption descriptionOpt(u"description"_s, QString(), u"TEXT"_s);
    const QCommandLineOption json(u"json"_s);
    p.addOptions({kindOpt, descriptionOpt, json});
    if (!p.parse(QStringList{u"incident"_s} + args.mid(1)))
        return usage(tr("%1.").arg(p.errorText()));
    if (sub != u"report"_s && sub != u"list"_s)
        return usage(tr("Use: sharewise-cli incident report ID --kind KIND --description TEXT | "
                        "incident list"));
    Result<std::unique_ptr<Database>> opened = openDatabase();
    if (!opened)
        return fail(opened.error());
    Database& db = *opened.value();
    shares::IncidentLog log(db);
    if (sub == u"list"_s) {
        Result<QList<shares::Incident>> all = log.all();
        if (!all)
            return fail(all.error());
        if (all->isEmpty())
            m_out << tr("No incidents recorded.") << '\n';
        for (const shares::Incident& i : all.value())
            m_out << i.id << "  " << tr("share %1").arg(i.shareId) << "  "
                  << shares::incidentKindLabel(i.kind) << "  " << when(i.reportedUs) << "  "
                  << tr("ICO deadline %1").arg(when(i.icoDeadlineUs)) << '\n';
        return code(ExitCode::Success);
    }
    if (p.positionalArguments().size() != 1 || !p.isSet(kindOpt) || !p.isSet(descriptionOpt))
        return usage(tr("Use: sharewise-cli incident report ID --kind wrong_recipient|wrong_file|"
                        "too_much_data|other --description TEXT"));
    const std::optional<shares::IncidentKind> kind = shares::incidentKindFromName(p.value(kindOpt));
    if (!kind)
        return usage(tr("--kind must be wrong_recipient, wrong_file, too_much_data or other."));
    Result<shares::ShareRecord> share =
        shares::ShareStore(db).findByRef(p.positionalArguments().first());
    if (!share)
        return fail(share.error());
    Result<shares::Incident> done = log.report(share->id, *kind, p.value(descriptionOpt));
    if (!done)
        return fail(done.error());
    m_out << tr("Incident %1 recorded against share %2.").arg(done->id).arg(share->id) << '\n'
          << shares::incidentNextSteps(done.value()) << '\n';
    return code(ExitCode::Success);
}

} // namespace sharewise
