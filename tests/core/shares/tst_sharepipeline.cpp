// The share pipeline over a real file, a real history and real identities: the checks,
// a deterministic redaction bound by its tree hash, a blocked profile, sealing an
// approved share into a bundle the recipient opens with the approval and the agreement
// in its manifest, the recipient's view of that approval, and the refusals: a changed
// file, no approval, a cancelled seal.
#include "agreements/ManifestTerms.h"
#include "bundle/BundleReader.h"
#include "common/CanonicalJson.h"
#include "common/Translations.h"
#include "dataset/DatasetScan.h"
#include "shares/Approval.h"
#include "shares/Passphrase.h"
#include "shares/SharePipeline.h"
#include "shares/ShareStore.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "support/TestSupport.h"

#include "SharesFixture.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sharewise;
using namespace sharewise::shares;
using namespace sharewise::testshares;

namespace {

const QString kPreparer = u"Owen Preparer"_s;
const QString kReviewer = u"Rhian Reviewer"_s;

template <typename T>
QString messageOf(const Result<T>& r)
{
    return r.ok() ? QString() : r.error().fullMessage();
}

template <typename T>
QString codeOf(const Result<T>& r)
{
    return r.ok() ? u"(accepted)"_s : r.error().code;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList actionsOf(const QList<AuditEntry>& trail)
{
    QStringList out;
    for (const AuditEntry& e : trail)
        out << e.action;
    return out;
}

} // namespace

class TestSharePipeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(crypto::initialise());
        m_preparer = crypto::Identity::generate(kPreparer);
        m_reviewer = crypto::Identity::generate(kReviewer);
        m_recipient = crypto::Identity::generate(u"Alex Smith"_s);
        Translations::apply(u"en"_s); // English plural forms, once they are in sharewise_en.ts
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_input = m_dir->filePath(u"clients.csv"_s);
        QVERIFY(writeFile(m_input, csvBytes(200)));
        m_db = test::openHistory(m_dir->filePath(u"history.db"_s), kPreparer);
        QVERIFY(m_db);
        m_reviewerDb = test::openHistory(m_dir->filePath(u"history.db"_s), kReviewer);
        QVERIFY(m_reviewerDb);
        m_agreement =
            recordAgreement(*m_db, agreementFor(u"DSA-TEST-1"_s, m_recipient.card().fingerprint()));
        m_profile = redactionProfile(m_agreement.reference);
    }

    void cleanup()
    {
        m_reviewerDb.reset();
        m_db.reset();
        m_dir.reset();
    }

    void prepareBindsTheRedactedData();
    void summaryNamesRecipientsAsWeKnowThem();
    void riskLineCountsOneRecordAsOne();
    void profileKeepingUnallowedColumnIsBlocked();
    void profilingDuringRedactionFindsWhatAScanFinds();
    void contentFoundDuringRedactionBlocksAndKeepsNothing();
    void recipientNotInAgreementIsBlocked();
    void sealApprovedShareOpensWithApproval();
    void recipientChecksTheApproval();
    void changedFileAfterApprovalIsRefused();
    void unapprovedShareIsNotSealed();
    void staleRecordIsNotSealed();
    void reviewFlagOnRecordDoesNotOverrideAgreement();
    void shareWithoutReviewSealsDirectly();
    void passphraseShareForARecipientWhoReceivesByPassphrase();
    void cancelBeforeSealLeavesNothing();
    void cancelThroughProgressLeavesNothing_data();
    void cancelThroughProgressLeavesNothing();

private:
    PrepareParams params(const redact::RedactionProfile& profile, const QString& output = {}) const
    {
        PrepareParams p;
        p.input = m_input;
        p.profile = profile;
        p.agreement = &m_agreement;
        p.recipients = {m_recipient.card()};
        p.preparerFingerprint = m_preparer.card().fingerprint();
        p.redactedOutput = output;
        return p;
    }

    ShareRecord draftRecord(bool reviewRequired = true) const
    {
        ShareRecord s;
        s.agreementReference = m_agreement.reference;
        s.agreementVersion = m_agreement.version;
        s.agreementHash = m_agreement.contentHash;
        s.partner = u"Department for Housing"_s;
        s.datasetPath = m_input;
        s.datasetName = QFileInfo(m_input).fileName();
        s.datasetSize = QFileInfo(m_input).size();
        s.profileJson = m_profile.toBytes();
        s.recipients = {m_recipient.card()};
        s.reviewRequired = reviewRequired;
        return s;
    }

    // Drafted, prepared, submitted, approved by the reviewer: ready to seal.
    ShareRecord approvedShare()
    {
        ShareStore store(*m_db);
        Result<ShareRecord> draft = store.createDraft(draftRecord());
        if (!draft)
            qFatal("createDraft: %s", qPrintable(draft.error().fullMessage()));
        Result<PreparedShare> prepared = prepareShare(params(m_profile));
        if (!prepared || prepared->blocked)
            qFatal("prepareShare failed or blocked");
        Result<ShareRecord> pending =
            store.submit(draft->id, draft->rowVersion, prepared->binding, prepared->summary);
        if (!pending)
            qFatal("submit: %s", qPrintable(pending.error().fullMessage()));
        Result<ShareDecision> d =
            decide(pending.value(), m_reviewer, kReviewer, true, {}, Clock::nowUs());
        if (!d)
            qFatal("decide: %s", qPrintable(d.error().fullMessage()));
        Result<ShareRecord> approved =
            ShareStore(*m_reviewerDb).recordDecision(pending->id, pending->rowVersion, d.value());
        if (!approved)
            qFatal("recordDecision: %s", qPrintable(approved.error().fullMessage()));
        return approved.value();
    }

    SealShareParams sealParams(const ShareRecord& share, const QString& output) const
    {
        SealShareParams p;
        p.share = share;
        p.sender = &m_preparer;
        p.output = output;
        return p;
    }

    Result<bundle::OpenedBundle> openAsRecipient(const QString& bundle, const QString& out) const
    {
        bundle::OpenParams p;
        p.identity = &m_recipient;
        p.senderKnown = [this](const crypto::KeyCard& c) {
            return c == m_preparer.card();
        };
        p.dataOutput = out;
        return bundle::BundleReader::open(bundle, p);
    }

    crypto::Identity m_preparer;
    crypto::Identity m_reviewer;
    crypto::Identity m_recipient;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_input;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_reviewerDb;
    agreements::Agreement m_agreement;
    redact::RedactionProfile m_profile;
};

void TestSharePipeline::prepareBindsTheRedactedData()
{
    const QString out1 = m_dir->filePath(u"redacted-1.csv"_s);
    Result<PreparedShare> p = prepareShare(params(m_profile, out1));
    QVERIFY2(p.ok(), qPrintable(messageOf(p)));
    QVERIFY(!p->blocked);
    for (const agreements::Finding& f : std::as_const(p->findings))
        QVERIFY2(f.severity != agreements::Severity::Block, qPrintable(f.message));
    QCOMPARE(p->redaction.rowsWritten, 200);

    // The binding: the agreement version, the profile, the redacted data's tree hash,
    // its length and rows, the recipients and the preparer.
    const ShareBinding& b = p->binding;
    QCOMPARE(b.agreementReference, u"DSA-TEST-1"_s);
    QCOMPARE(b.agreementVersion, 1);
    QCOMPARE(b.agreementHash, m_agreement.contentHash);
    QCOMPARE(b.agreementHash.size(), 32);
    QCOMPARE(b.profileHash, profileHash(CanonicalJson::serialise(m_profile.toJson())));
    QCOMPARE(b.rowCount, 200u);
    QCOMPARE(b.dataLength, quint64(QFileInfo(out1).size()));
    Result<QByteArray> tree = treeHashOfFile(out1, 200);
    QVERIFY(tree.ok());
    QCOMPARE(b.dataHash, tree.value());
    QCOMPARE(b.dataHash.size(), 32);
    QCOMPARE(b.recipients, QStringList{m_recipient.card().fingerprint()});
    QCOMPARE(b.preparer, m_preparer.card().fingerprint());
    // The tree hash counts the rows: the same bytes with another count differ.
    QVERIFY(treeHashOfFile(out1, 199).value() != b.dataHash);

    // What was written: no name, no NHS number; years, districts, sex, service.
    const QByteArray redacted = readAll(out1);
    QVERIFY(redacted.startsWith("Date of birth,Postcode,Sex,Service code"));
    QVERIFY(!redacted.contains("Alys"));
    QVERIFY(!redacted.contains(nhsNumber(0).toLatin1()));
    QVERIFY(!redacted.contains("-01-"));
    QVERIFY(redacted.contains("CF10,M,S01"));

    // Deterministic: the same binding again, to another file or to none.
    const QString out2 = m_dir->filePath(u"redacted-2.csv"_s);
    Result<PreparedShare> again = prepareShare(params(m_profile, out2));
    QVERIFY(again.ok());
    QVERIFY(again->binding == b);
    QCOMPARE(readAll(out2), redacted);
    Result<PreparedShare> hashedOnly = prepareShare(params(m_profile));
    QVERIFY(hashedOnly.ok());
    QVERIFY(hashedOnly->binding == b);

    // The summary: columns and their rules, rows, risk, agreement, recipients.
    const QJsonObject s = p->summary;
    QCOMPARE(s.value(u"dataset"_s).toString(), u"clients.csv"_s);
    QCOMPARE(s.value(u"rows"_s).toInteger(), 200);
    QCOMPARE(s.value(u"columns_in_file"_s).toInt(), 6);
    const QJsonArray columns = s.value(u"columns"_s).toArray();
    QCOMPARE(columns.size(), 6);
    QStringList names, actions;
    for (const QJsonValue& v : columns) {
        names << v[u"column"_s].toString();
        actions << v[u"action"_s].toString();
        QVERIFY(!v[u"rule"_s].toString().isEmpty());
    }
    QCOMPARE(names, csvColumns());
    QCOMPARE(actions, (QStringList{u"drop"_s, u"drop"_s, u"generalise"_s, u"generalise"_s,
                                   u"keep"_s, u"keep"_s}));
    const QJsonObject risk = s.value(u"risk"_s).toObject();
    QVERIFY(risk.contains(u"k"_s));
    QVERIFY(risk.contains(u"unique"_s));
    QVERIFY(risk.contains(u"below_threshold"_s));
    QCOMPARE(risk.value(u"threshold"_s).toInt(), 3);
    QVERIFY(risk.value(u"k"_s).toInteger() >= 1);
    const QJsonObject agreement = s.value(u"agreement"_s).toObject();
    QCOMPARE(agreement.value(u"reference"_s).toString(), u"DSA-TEST-1"_s);
    QCOMPARE(agreement.value(u"version"_s).toInt(), 1);
    QCOMPARE(agreement.value(u"title"_s).toString(), m_agreement.title);
    QVERIFY(!agreement.value(u"lawful_basis"_s).toString().isEmpty());
    const QJsonArray recipients = s.value(u"recipients"_s).toArray();
    QCOMPARE(recipients.size(), 1);
    QCOMPARE(recipients[0][u"fingerprint"_s].toString(), m_recipient.card().fingerprint());
    QCOMPARE(recipients[0][u"label"_s].toString(), u"Alex Smith"_s);
    QVERIFY(s.value(u"findings"_s).isArray());
    // No row value in the summary.
    const QByteArray summaryText = CanonicalJson::serialise(s);
    QVERIFY(!summaryText.contains("Alys"));
    QVERIFY(!summaryText.contains("CF10"));

    const QStringList lines = describeSummary(s);
    QVERIFY(lines.join(u'\n').contains(u"clients.csv"_s));
    QVERIFY(lines.join(u'\n').contains(u"DSA-TEST-1"_s));
}

void TestSharePipeline::summaryNamesRecipientsAsWeKnowThem()
{
    // Our label for the recipient (the recipients directory's), not the key card's own name.
    PrepareParams p = params(m_profile);
    p.recipientLabels.insert(m_recipient.card().fingerprint(), u"Housing data team"_s);
    Result<PreparedShare> prepared = prepareShare(p);
    QVERIFY2(prepared.ok(), qPrintable(messageOf(prepared)));
    QVERIFY(!prepared->blocked);
    const QJsonArray recipients = prepared->summary.value(u"recipients"_s).toArray();
    QCOMPARE(recipients.size(), 1);
    QCOMPARE(recipients[0][u"fingerprint"_s].toString(), m_recipient.card().fingerprint());
    QCOMPARE(recipients[0][u"label"_s].toString(), u"Housing data team"_s);
    const QString text = describeSummary(prepared->summary).join(u'\n');
    QVERIFY2(text.contains(u"Housing data team"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"Alex Smith"_s), qPrintable(text));

    // A label for someone else, or an empty one: the key card's name.
    p.recipientLabels.clear();
    p.recipientLabels.insert(m_reviewer.card().fingerprint(), u"Not a recipient"_s);
    prepared = prepareShare(p);
    QVERIFY2(prepared.ok(), qPrintable(messageOf(prepared)));
    QCOMPARE(prepared->summary.value(u"recipients"_s).toArray()[0][u"label"_s].toString(),
             u"Alex Smith"_s);
    p.recipientLabels.insert(m_recipient.card().fingerprint(), QString());
    prepared = prepareShare(p);
    QVERIFY2(prepared.ok(), qPrintable(messageOf(prepared)));
    QCOMPARE(prepared->summary.value(u"recipients"_s).toArray()[0][u"label"_s].toString(),
             u"Alex Smith"_s);
}

void TestSharePipeline::riskLineCountsOneRecordAsOne()
{
    const auto riskLine = [](int k, int unique, int below) {
        const QJsonObject summary{{u"risk"_s, QJsonObject{{u"k"_s, k},
                                                          {u"unique"_s, unique},
                                                          {u"below_threshold"_s, below},
                                                          {u"threshold"_s, 3}}}};
        const QStringList lines = describeSummary(summary);
        return lines.size() == 1 ? lines.constFirst() : lines.join(u'|');
    };
    const auto sentence = [](const char* text, int n) {
        return QCoreApplication::translate("SharePipeline", text, nullptr, n);
    };
    const bool englishPlurals =
        sentence("%Ln record(s) are unique.", 1) != u"1 record(s) are unique."_s;

    // One record: never "1 records".
    const QString one = riskLine(1, 1, 1);
    QVERIFY2(!one.contains(u"1 records"_s), qPrintable(one));
    QCOMPARE(one, QCoreApplication::translate("SharePipeline", "Re-identification risk: %1")
                      .arg(QStringList{
                          sentence("The smallest group has %Ln record(s).", 1),
                          sentence("%Ln record(s) are unique.", 1),
                          sentence("%Ln record(s) are in groups smaller than %1.", 1).arg(3)}
                               .join(u' ')));
    if (englishPlurals) {
        QVERIFY2(one.contains(u"has 1 record."_s), qPrintable(one));
        QVERIFY2(one.contains(u"1 record is unique."_s), qPrintable(one));
    } else {
        qInfo("English plural forms for SharePipeline are not in translations/sharewise_en.ts "
              "yet: the risk line is compared with its source text.");
    }

    // Each count takes its own form: 1 in the smallest group, 2 unique, 1,234 below.
    const QString mixed = riskLine(1, 2, 1234);
    QVERIFY2(!mixed.contains(u"1 records"_s), qPrintable(mixed));
    QVERIFY2(mixed.contains(sentence("%Ln record(s) are unique.", 2)), qPrintable(mixed));
    QVERIFY2(mixed.contains(sentence("%Ln record(s) are in groups smaller than %1.", 1234).arg(3)),
             qPrintable(mixed));
    QVERIFY2(mixed.contains(QLocale().toString(1234)), qPrintable(mixed));
    if (englishPlurals)
        QVERIFY2(mixed.contains(u"2 records are unique."_s), qPrintable(mixed));
}

void TestSharePipeline::profileKeepingUnallowedColumnIsBlocked()
{
    redact::RedactionProfile keepsName = m_profile;
    keepsName.rule(u"Name"_s)->action = redact::Action::Keep;
    const QString out = m_dir->filePath(u"blocked.csv"_s);
    Result<PreparedShare> p = prepareShare(params(keepsName, out));
    QVERIFY2(p.ok(), qPrintable(messageOf(p))); // findings are not an error
    QVERIFY(p->blocked);
    const auto it =
        std::find_if(p->findings.cbegin(), p->findings.cend(), [](const agreements::Finding& f) {
            return f.code == QLatin1String(agreements::CheckCode::ColumnNotAllowed);
        });
    QVERIFY(it != p->findings.cend());
    QCOMPARE(it->column, u"Name"_s);
    QCOMPARE(it->severity, agreements::Severity::Block);
    QVERIFY(!it->nextStep.isEmpty());
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(p->redaction.rowsWritten, 0);
    QVERIFY(p->binding.dataHash.isEmpty());
    const QJsonArray findings = p->summary.value(u"findings"_s).toArray();
    QVERIFY(!findings.isEmpty());
    QCOMPARE(findings[0][u"severity"_s].toString(), u"block"_s);
    QCOMPARE(findings[0][u"column"_s].toString(), u"Name"_s);

    // Weaker than the agreement's minimum blocks as well.
    redact::RedactionProfile weak = m_profile;
    weak.rule(u"Postcode"_s)->to = redact::Generalisation::PostcodeSector;
    Result<PreparedShare> w = prepareShare(params(weak, out));
    QVERIFY(w.ok());
    QVERIFY(w->blocked);
    QVERIFY(!QFileInfo::exists(out));
}

// Unscanned, the file is profiled in the redaction's own pass: the checks and the binding
// are those of a separate scan first.
void TestSharePipeline::profilingDuringRedactionFindsWhatAScanFinds()
{
    dataset::ScanParams scan;
    scan.path = m_input;
    Result<dataset::ScanResult> scanned = dataset::scanDataset(scan);
    QVERIFY2(scanned.ok(), qPrintable(messageOf(scanned)));
    profile::DatasetProfile columns;
    columns.columns = scanned->columns;
    columns.rowCount = scanned->counts.dataRows;

    PrepareParams withScan = params(m_profile);
    withScan.datasetProfile = &columns;
    Result<PreparedShare> a = prepareShare(withScan);
    Result<PreparedShare> b = prepareShare(params(m_profile));
    QVERIFY2(a.ok() && b.ok(), qPrintable(a.ok() ? messageOf(b) : messageOf(a)));
    QVERIFY(!a->blocked && !b->blocked);
    QCOMPARE(b->binding, a->binding);
    QCOMPARE(b->summary, a->summary);
    QStringList codesA, codesB;
    for (const agreements::Finding& f : a->findings)
        codesA << f.code + u'/' + f.column;
    for (const agreements::Finding& f : b->findings)
        codesB << f.code + u'/' + f.column;
    QCOMPARE(codesB, codesA);
}

// A column the agreement allows by name but whose contents are special category data:
// found only by profiling, during the redaction; the share is blocked and the redacted
// data it had written is not kept.
void TestSharePipeline::contentFoundDuringRedactionBlocksAndKeepsNothing()
{
    QByteArray bytes = csvBytes(200);
    QList<QByteArray> lines = bytes.split('\n');
    static const char* const groups[] = {"White British", "Asian or Asian British",
                                         "Black or Black British", "Mixed", "Other ethnic group"};
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        lines[i].chop(1); // the \r
        lines[i] += i == 0 ? QByteArray(",Ethnicity") : QByteArray(",") + groups[i % 5];
        lines[i] += '\r';
    }
    QVERIFY(writeFile(m_input, lines.join('\n')));
    agreements::Agreement a = agreementFor(u"DSA-TEST-ETH"_s, m_recipient.card().fingerprint());
    a.dataItems.append(item(u"Ethnicity"_s, rule({}, redact::Action::Keep)));
    a.specialCategoryConditions.clear(); // no Article 9 condition
    m_agreement = recordAgreement(*m_db, a);
    m_profile = redactionProfile(m_agreement.reference);
    m_profile.rules.append(rule(u"Ethnicity"_s, redact::Action::Keep));
    const QString output = m_dir->filePath(u"eth-redacted.csv"_s);
    Result<PreparedShare> prepared = prepareShare(params(m_profile, output));
    QVERIFY2(prepared.ok(), qPrintable(messageOf(prepared)));
    QVERIFY(prepared->blocked);
    QStringList codes;
    for (const agreements::Finding& f : prepared->findings)
        codes << f.code;
    QVERIFY2(codes.contains(QString::fromLatin1(agreements::CheckCode::SpecialCategory)),
             qPrintable(codes.join(u", "_s)));
    QVERIFY(!QFileInfo::exists(output));
}

void TestSharePipeline::recipientNotInAgreementIsBlocked()
{
    PrepareParams p = params(m_profile, m_dir->filePath(u"out.csv"_s));
    p.recipients << m_reviewer.card();
    Result<PreparedShare> r = prepareShare(p);
    QVERIFY(r.ok());
    QVERIFY(r->blocked);
    QVERIFY(std::any_of(r->findings.cbegin(), r->findings.cend(), [](const auto& f) {
        return f.code == QLatin1String(agreements::CheckCode::RecipientNotNamed);
    }));
    QVERIFY(!QFileInfo::exists(p.redactedOutput));
}

void TestSharePipeline::sealApprovedShareOpensWithApproval()
{
    const ShareRecord share = approvedShare();
    const QString bundlePath = m_dir->filePath(u"clients.swb"_s);
    Result<SealedShare> sealed = sealShare(*m_db, sealParams(share, bundlePath));
    QVERIFY2(sealed.ok(), qPrintable(messageOf(sealed)));
    QCOMPARE(sealed->share.state, ShareState::Sealed);
    QCOMPARE(sealed->share.bundlePath, bundlePath);
    QVERIFY(QFileInfo::exists(bundlePath));
    QCOMPARE(sealed->sealed.dataHash, share.binding->dataHash);
    ShareStore store(*m_db);
    QCOMPARE(store.find(share.id)->state, ShareState::Sealed);
    QCOMPARE(store.find(share.id)->bundleUid, QString::fromLatin1(sealed->sealed.bundleId.toHex()));

    const QString data = m_dir->filePath(u"opened.csv"_s);
    Result<bundle::OpenedBundle> opened = openAsRecipient(bundlePath, data);
    QVERIFY2(opened.ok(), qPrintable(messageOf(opened)));
    QCOMPARE(opened->dataHash, share.binding->dataHash);
    QCOMPARE(opened->rowCount, 200u);
    QCOMPARE(opened->sender, m_preparer.card());
    const QByteArray received = readAll(data);
    QVERIFY(received.startsWith("Date of birth,Postcode,Sex,Service code"));
    QCOMPARE(treeHashOfFile(data, 200).value(), share.binding->dataHash);

    const QJsonObject manifest = opened->manifest;
    QVERIFY(manifest.contains(u"approval"_s));
    QVERIFY(manifest.contains(u"agreement"_s));
    QCOMPARE(manifest.value(u"share"_s).toString(), share.uid);
    const std::optional<agreements::BundleTerms> terms = agreements::termsFromManifest(manifest);
    QVERIFY(terms.has_value());
    QCOMPARE(manifest.value(u"approval"_s).toObject(),
             manifestApproval(store.currentApproval(share.id)->value()));

    // The history records it, and its audit chain holds.
    QVERIFY(actionsOf(store.auditTrail(share.uid).value()).contains(u"share.sealed"_s));
    const AuditVerification v = m_db->audit().verify();
    QVERIFY2(v.intact, qPrintable(v.problem));

    // Sealing twice is refused, and the bundle is not replaced.
    const QByteArray bundleBytes = readAll(bundlePath);
    Result<SealedShare> twice =
        sealShare(*m_db, sealParams(sealed->share, m_dir->filePath(u"again.swb"_s)));
    QCOMPARE(codeOf(twice), QString::fromLatin1(PipelineError::NotApproved));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"again.swb"_s)));
    QCOMPARE(readAll(bundlePath), bundleBytes);
}

void TestSharePipeline::recipientChecksTheApproval()
{
    const ShareRecord share = approvedShare();
    const QString bundlePath = m_dir->filePath(u"clients.swb"_s);
    QVERIFY(sealShare(*m_db, sealParams(share, bundlePath)).ok());
    Result<bundle::OpenedBundle> opened = openAsRecipient(bundlePath, {});
    QVERIFY2(opened.ok(), qPrintable(messageOf(opened)));
    const QJsonObject& m = opened->manifest;
    const QByteArray sender = opened->sender.signingKey;
    const QByteArray reviewerKey = m_reviewer.card().signingKey;
    using Outcome = ApprovalCheck::Outcome;

    ApprovalCheck verified =
        checkManifestApproval(m, opened->dataHash, opened->rowCount, sender, {reviewerKey});
    QCOMPARE(verified.outcome, Outcome::Verified);
    QCOMPARE(verified.reviewerName, kReviewer);
    QCOMPARE(verified.reviewerFingerprint, m_reviewer.card().fingerprint());
    QCOMPARE(verified.agreementReference, u"DSA-TEST-1"_s);
    QVERIFY(verified.decidedUs > 0);

    QCOMPARE(checkManifestApproval(m, opened->dataHash, opened->rowCount, sender, {}).outcome,
             Outcome::Claimed);
    QCOMPARE(checkManifestApproval(m, opened->dataHash, opened->rowCount, sender,
                                   {m_recipient.card().signingKey})
                 .outcome,
             Outcome::Claimed);

    // The sender is the reviewer.
    ApprovalCheck self =
        checkManifestApproval(m, opened->dataHash, opened->rowCount, reviewerKey, {reviewerKey});
    QCOMPARE(self.outcome, Outcome::Invalid);
    QVERIFY(!self.problem.isEmpty());
    // Sealed by someone other than the preparer the approval names (the approved data
    // and its approval copied into another bundle).
    ApprovalCheck laundered = checkManifestApproval(m, opened->dataHash, opened->rowCount,
                                                    m_recipient.card().signingKey, {reviewerKey});
    QCOMPARE(laundered.outcome, Outcome::Invalid);
    QVERIFY(!laundered.problem.isEmpty());
    // Other data, or another row count, than was approved.
    QByteArray otherHash = opened->dataHash;
    otherHash[0] = char(otherHash[0] ^ 1);
    QCOMPARE(checkManifestApproval(m, otherHash, opened->rowCount, sender, {reviewerKey}).outcome,
             Outcome::Invalid);
    QCOMPARE(checkManifestApproval(m, opened->dataHash, opened->rowCount + 1, sender, {reviewerKey})
                 .outcome,
             Outcome::Invalid);
    // A statement changed in the manifest.
    QJsonObject edited = m;
    QJsonObject approval = edited.value(u"approval"_s).toObject();
    QByteArray statement =
        QByteArray::fromBase64(approval.value(u"statement"_s).toString().toLatin1());
    statement.replace("Rhian", "Rhiam");
    approval.insert(u"statement"_s, QString::fromLatin1(statement.toBase64()));
    edited.insert(u"approval"_s, approval);
    QCOMPARE(
        checkManifestApproval(edited, opened->dataHash, opened->rowCount, sender, {reviewerKey})
            .outcome,
        Outcome::Invalid);
    // No approval at all.
    QJsonObject none = m;
    none.remove(u"approval"_s);
    QCOMPARE(checkManifestApproval(none, opened->dataHash, opened->rowCount, sender, {}).outcome,
             Outcome::None);
}

void TestSharePipeline::changedFileAfterApprovalIsRefused()
{
    const ShareRecord share = approvedShare();
    QByteArray bytes = csvBytes(200);
    const qsizetype at = bytes.indexOf(",S01\r\n");
    QVERIFY(at > 0);
    bytes[at + 3] = '2'; // one service code changed
    QVERIFY(writeFile(m_input, bytes));

    const QString bundlePath = m_dir->filePath(u"clients.swb"_s);
    Result<SealedShare> sealed = sealShare(*m_db, sealParams(share, bundlePath));
    QCOMPARE(codeOf(sealed), QString::fromLatin1(PipelineError::Changed));
    QVERIFY(sealed.error().message.contains(u"redacted data"_s));
    QVERIFY(!QFileInfo::exists(bundlePath));
    QCOMPARE(ShareStore(*m_db).find(share.id)->state, ShareState::Approved);

    // A profile changed since the approval is refused the same way.
    QVERIFY(writeFile(m_input, csvBytes(200)));
    ShareRecord otherProfile = share;
    redact::RedactionProfile coarser = m_profile;
    coarser.rule(u"Postcode"_s)->to = redact::Generalisation::PostcodeArea;
    otherProfile.profileJson = coarser.toBytes();
    Result<SealedShare> r2 = sealShare(*m_db, sealParams(otherProfile, bundlePath));
    QCOMPARE(codeOf(r2), QString::fromLatin1(PipelineError::Changed));
    QVERIFY(!QFileInfo::exists(bundlePath));

    // The file gone altogether.
    QVERIFY(QFile::remove(m_input));
    QCOMPARE(codeOf(sealShare(*m_db, sealParams(share, bundlePath))),
             QString::fromLatin1(PipelineError::Changed));
    QVERIFY(!QFileInfo::exists(bundlePath));

    // Back as it was: it seals.
    QVERIFY(writeFile(m_input, csvBytes(200)));
    Result<SealedShare> ok = sealShare(*m_db, sealParams(share, bundlePath));
    QVERIFY2(ok.ok(), qPrintable(messageOf(ok)));
}

void TestSharePipeline::unapprovedShareIsNotSealed()
{
    ShareStore store(*m_db);
    Result<ShareRecord> draft = store.createDraft(draftRecord());
    QVERIFY(draft.ok());
    const QString bundlePath = m_dir->filePath(u"clients.swb"_s);
    QCOMPARE(codeOf(sealShare(*m_db, sealParams(draft.value(), bundlePath))),
             QString::fromLatin1(PipelineError::NotApproved));
    QVERIFY(!QFileInfo::exists(bundlePath));

    Result<PreparedShare> prepared = prepareShare(params(m_profile));
    QVERIFY(prepared.ok());
    Result<ShareRecord> pending =
        store.submit(draft->id, draft->rowVersion, prepared->binding, prepared->summary);
    QVERIFY(pending.ok());
    QCOMPARE(codeOf(sealShare(*m_db, sealParams(pending.value(), bundlePath))),
             QString::fromLatin1(PipelineError::NotApproved));
    QVERIFY(!QFileInfo::exists(bundlePath));

    // A record that claims approval without a decision in the register.
    ShareRecord claimed = pending.value();
    claimed.state = ShareState::Approved;
    QCOMPARE(codeOf(sealShare(*m_db, sealParams(claimed, bundlePath))),
             QString::fromLatin1(PipelineError::NotApproved));
    QVERIFY(!QFileInfo::exists(bundlePath));
    QCOMPARE(store.find(draft->id)->state, ShareState::PendingReview);
}

// Sealing from a screen opened before someone else changed the share: the register's
// state wins, and no bundle is left behind.
void TestSharePipeline::staleRecordIsNotSealed()
{
    const ShareRecord share = approvedShare();
    Result<ShareRecord> cancelled =
        ShareStore(*m_reviewerDb).cancel(share.id, share.rowVersion, u"Not needed."_s);
    QVERIFY(cancelled.ok());
    const QString bundlePath = m_dir->filePath(u"clients.swb"_s);
    Result<SealedShare> sealed = sealShare(*m_db, sealParams(share, bundlePath));
    QVERIFY(!sealed.ok());
    QVERIFY(!QFileInfo::exists(bundlePath));
    QCOMPARE(QDir(m_dir->path()).entryList({u"*.swb*"_s}, QDir::Files), QStringList{});
    ShareStore store(*m_db);
    QCOMPARE(store.find(share.id)->state, ShareState::Cancelled);
    QVERIFY(!actionsOf(store.auditTrail(share.uid).value()).contains(u"share.sealed"_s));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM bundles"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q.finish(); // no read left open on this connection

    // Edited back to a draft meanwhile: refused as not approved.
    const ShareRecord other = approvedShare();
    Result<ShareRecord> edited = store.saveDraft(other, other.rowVersion);
    QVERIFY2(edited.ok(), qPrintable(messageOf(edited)));
    QCOMPARE(codeOf(sealShare(*m_db, sealParams(other, bundlePath))),
             QString::fromLatin1(PipelineError::NotApproved));
    QVERIFY(!QFileInfo::exists(bundlePath));
}

// The agreement decides whether a review is needed: a draft whose record says no review
// is needed, under an agreement that requires one, is not sealed without approval.
void TestSharePipeline::reviewFlagOnRecordDoesNotOverrideAgreement()
{
    QVERIFY(m_agreement.requiresReview);
    ShareStore store(*m_db);
    Result<ShareRecord> draft = store.createDraft(draftRecord(false));
    QVERIFY(draft.ok());
    const QString bundlePath = m_dir->filePath(u"clients.swb"_s);
    Result<SealedShare> sealed = sealShare(*m_db, sealParams(draft.value(), bundlePath));
    QCOMPARE(codeOf(sealed), QString::fromLatin1(PipelineError::NotApproved));
    QVERIFY(!QFileInfo::exists(bundlePath));
    QCOMPARE(store.find(draft->id)->state, ShareState::Draft);
}

void TestSharePipeline::shareWithoutReviewSealsDirectly()
{
    m_agreement = recordAgreement(
        *m_db, agreementFor(u"DSA-TEST-NR"_s, m_recipient.card().fingerprint(), false));
    m_profile = redactionProfile(m_agreement.reference);
    ShareStore store(*m_db);
    Result<ShareRecord> draft = store.createDraft(draftRecord(false));
    QVERIFY(draft.ok());
    const QString bundlePath = m_dir->filePath(u"direct.swb"_s);
    Result<SealedShare> sealed = sealShare(*m_db, sealParams(draft.value(), bundlePath));
    QVERIFY2(sealed.ok(), qPrintable(messageOf(sealed)));
    QCOMPARE(sealed->share.state, ShareState::Sealed);
    QVERIFY(sealed->share.binding.has_value());
    QCOMPARE(sealed->share.binding->rowCount, 200u);
    Result<bundle::OpenedBundle> opened = openAsRecipient(bundlePath, {});
    QVERIFY2(opened.ok(), qPrintable(messageOf(opened)));
    QVERIFY(!opened->manifest.contains(u"approval"_s));
    QVERIFY(opened->manifest.contains(u"agreement"_s));
    // The record binds the data the bundle carries (hashed once, while sealing).
    QCOMPARE(sealed->share.binding->dataHash, opened->dataHash);
    QCOMPARE(sealed->share.binding->dataHash.size(), 32);
    QCOMPARE(checkManifestApproval(opened->manifest, opened->dataHash, opened->rowCount,
                                   opened->sender.signingKey, {})
                 .outcome,
             ApprovalCheck::Outcome::None);
}

// A recipient the agreement names without a key, receiving by passphrase: the share has
// no recipients' keys, seals under a passphrase and opens with it; an agreement that names
// no such recipient refuses the passphrase, and a missing passphrase is refused.
void TestSharePipeline::passphraseShareForARecipientWhoReceivesByPassphrase()
{
    agreements::Agreement without =
        agreementFor(u"DSA-TEST-NP"_s, m_recipient.card().fingerprint(), false);
    agreements::Agreement with = without;
    with.reference = u"DSA-TEST-PP"_s;
    with.recipients.append(agreements::Recipient{u"Parish Council"_s, u"Clerk"_s, {}, true});
    const crypto::SecureBytes pass = generatePassphrase(6);
    const QString bundlePath = m_dir->filePath(u"passphrase.swb"_s);

    m_agreement = recordAgreement(*m_db, without);
    m_profile = redactionProfile(m_agreement.reference);
    ShareRecord record = draftRecord(false);
    record.recipients.clear();
    Result<ShareRecord> refused = ShareStore(*m_db).createDraft(record);
    QVERIFY2(refused.ok(), qPrintable(messageOf(refused)));
    SealShareParams sp = sealParams(refused.value(), bundlePath);
    sp.passphrase = &pass;
    Result<SealedShare> notAllowed = sealShare(*m_db, sp);
    QVERIFY(!notAllowed);
    QVERIFY2(notAllowed.error().message.contains(u"receives by passphrase"_s),
             qPrintable(notAllowed.error().message));
    QVERIFY(!QFileInfo::exists(bundlePath));

    m_agreement = recordAgreement(*m_db, with);
    m_profile = redactionProfile(m_agreement.reference);
    record = draftRecord(false);
    record.recipients.clear();
    Result<ShareRecord> draft = ShareStore(*m_db).createDraft(record);
    QVERIFY2(draft.ok(), qPrintable(messageOf(draft)));
    Result<SealedShare> noPassphrase = sealShare(*m_db, sealParams(draft.value(), bundlePath));
    QVERIFY(!noPassphrase);
    QVERIFY(!QFileInfo::exists(bundlePath));

    sp = sealParams(draft.value(), bundlePath);
    sp.passphrase = &pass;
    Result<SealedShare> sealed = sealShare(*m_db, sp);
    QVERIFY2(sealed.ok(), qPrintable(messageOf(sealed)));
    QCOMPARE(sealed->share.state, ShareState::Sealed);
    QVERIFY(sealed->share.recipients.isEmpty());
    QCOMPARE(sealed->share.summary.value(u"passphrase_for"_s).toArray(),
             QJsonArray{u"Parish Council"_s});
    QVERIFY(describeSummary(sealed->share.summary)
                .join(u'\n')
                .contains(u"Sealed under a passphrase, for Parish Council"_s));

    bundle::OpenParams op;
    op.passphrase = crypto::SecureBytes::copyOf(pass.view());
    op.senderKnown = [this](const crypto::KeyCard& c) {
        return c == m_preparer.card();
    };
    Result<bundle::OpenedBundle> opened = bundle::BundleReader::open(bundlePath, op);
    QVERIFY2(opened.ok(), qPrintable(messageOf(opened)));
    QCOMPARE(opened->rowCount, 200u);
    QCOMPARE(opened->dataHash, sealed->share.binding->dataHash);
    // Nobody else opens it with their key.
    QVERIFY(!openAsRecipient(bundlePath, {}));
}

void TestSharePipeline::cancelBeforeSealLeavesNothing()
{
    const ShareRecord share = approvedShare();
    const QString bundlePath = m_dir->filePath(u"clients.swb"_s);
    std::atomic_bool cancel{true};
    SealShareParams p = sealParams(share, bundlePath);
    p.cancel = &cancel;
    Result<SealedShare> r = sealShare(*m_db, p);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QString::fromLatin1(PipelineError::Cancelled));
    QVERIFY(!QFileInfo::exists(bundlePath));
    QCOMPARE(QDir(m_dir->path()).entryList({u"*.swb*"_s}, QDir::Files), QStringList{});
    ShareStore store(*m_db);
    QCOMPARE(store.find(share.id)->state, ShareState::Approved);
    QCOMPARE(actionsOf(store.auditTrail(share.uid).value()).constLast(), u"share.seal_cancelled"_s);
    QVERIFY(m_db->audit().verify().intact);
}

void TestSharePipeline::cancelThroughProgressLeavesNothing_data()
{
    QTest::addColumn<QString>("step");
    QTest::newRow("first report") << QString();
    QTest::newRow("redacting") << u"Redacting"_s;
    QTest::newRow("sealing") << u"Sealing"_s;
}

void TestSharePipeline::cancelThroughProgressLeavesNothing()
{
    QFETCH(QString, step);
    const ShareRecord share = approvedShare();
    const QString bundlePath = m_dir->filePath(u"clients.swb"_s);
    std::atomic_bool cancel{false};
    QStringList steps;
    SealShareParams p = sealParams(share, bundlePath);
    p.cancel = &cancel;
    p.progress = [&](const QString& s, qint64, qint64) {
        if (!steps.contains(s))
            steps << s;
        if (step.isEmpty() || s == step)
            cancel = true;
    };
    Result<SealedShare> r = sealShare(*m_db, p);
    QVERIFY2(steps.contains(step.isEmpty() ? steps.value(0) : step),
             qPrintable(steps.join(u", "_s)));
    QVERIFY2(!r.ok(), "sealed although cancelled during the job");
    QCOMPARE(r.error().code, QString::fromLatin1(PipelineError::Cancelled));
    QVERIFY(!QFileInfo::exists(bundlePath));
    QCOMPARE(QDir(m_dir->path()).entryList({u"*.swb*"_s}, QDir::Files), QStringList{});
    ShareStore store(*m_db);
    QCOMPARE(store.find(share.id)->state, ShareState::Approved);
    QCOMPARE(actionsOf(store.auditTrail(share.uid).value()).constLast(), u"share.seal_cancelled"_s);
    QVERIFY(m_db->audit().verify().intact);
}

QTEST_GUILESS_MAIN(TestSharePipeline)
#include "tst_sharepipeline.moc"
