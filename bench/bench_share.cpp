// The whole share path of `sharewise-cli share -o` on one file, timed: the file's
// profile, the agreement's checks, the redaction with the risk check, the tree hash, the
// seal and the history's record (shares::prepareShare, shares::sealShare), with the
// process's peak memory. Run by hand on a quiet machine (bench/README.md):
//
//   bench_share FILE PROFILE.json WORKDIR
//
// The history, identities and agreement are made in WORKDIR: the agreement allows every
// column the profile sends, at the profile's own rule, and needs no review.
#include "BenchSupport.h"

#include "agreements/AgreementRegister.h"
#include "common/CanonicalJson.h"
#include "common/Session.h"
#include "crypto/Identity.h"
#include "crypto/SecureBytes.h"
#include "crypto/Sodium.h"
#include "redact/Pseudonym.h"
#include "shares/SharePipeline.h"
#include "shares/ShareStore.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>
#include <sodium.h>

using namespace sharewise;
using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() != 4 || !crypto::initialise()) {
        out << "use: bench_share FILE PROFILE.json WORKDIR\n";
        return 1;
    }
    const QString input = args.at(1);
    QDir work(args.at(3));
    work.mkpath(u"."_s);
    QFile::remove(work.filePath(u"bench.sqlite"_s));
    QFile::remove(work.filePath(u"bench.swb"_s));

    Result<redact::RedactionProfile> profile = redact::RedactionProfile::load(args.at(2));
    if (!profile) {
        out << profile.error().message << '\n';
        return 1;
    }
    Database::Options o;
    o.path = work.filePath(u"bench.sqlite"_s);
    o.actor = Session::actor();
    Result<std::unique_ptr<Database>> db = Database::open(o);
    if (!db) {
        out << db.error().message << '\n';
        return 1;
    }
    const crypto::Identity sender = crypto::Identity::generate(u"Officer"_s);
    const crypto::Identity recipient = crypto::Identity::generate(u"Department"_s);

    // An agreement that allows what the profile sends, with the conditions a case file
    // needs (special category and criminal offence data).
    agreements::Agreement a;
    a.reference = profile->agreement.isEmpty() ? u"BENCH-1"_s : profile->agreement;
    a.title = u"Benchmark return"_s;
    a.status = agreements::AgreementStatus::Active;
    a.purpose = u"Statistics."_s;
    a.lawfulBasis = {u"art6_1_e"_s, QString(), u"Statutory return."_s};
    a.specialCategoryConditions = {{u"art9_2_g"_s, u"sch1_6"_s, u"Statutory purposes."_s}};
    a.criminalOffenceConditions = {{QString(), u"sch1_6"_s, u"Statutory purposes."_s}};
    a.parties = {agreements::Party{u"Council"_s, agreements::PartyRole::Controller, {}}};
    a.startsOn = QDate::currentDate().addDays(-1);
    a.retention = u"One year."_s;
    a.recipients = {{u"Department"_s, u"Analyst"_s, recipient.card().fingerprint()}};
    a.requiresReview = false;
    a.signOffs = {{u"Officer"_s, agreements::SignOffRole::Siro, QString(), u"Council"_s,
                   QDate::currentDate()}};
    a.dpia.status = agreements::DpiaStatus::Completed;
    a.dpia.reference = u"DPIA-BENCH"_s;
    for (const redact::ColumnRule& r : profile->rules) {
        if (!r.outputs())
            continue;
        agreements::DataItem item;
        item.name = r.column;
        item.minimum = r;
        item.minimum.quasiIdentifier = false;
        a.dataItems.append(item);
    }
    // The columns the profile keeps without naming them (other_columns: keep).
    if (profile->otherColumns == redact::RedactionProfile::OtherColumns::Keep) {
        QFile f(input);
        if (f.open(QIODevice::ReadOnly)) {
            for (const QByteArray& name : f.readLine().trimmed().split(',')) {
                const QString column = QString::fromUtf8(name);
                if (profile->rule(column))
                    continue;
                agreements::DataItem item;
                item.name = column;
                a.dataItems.append(item);
            }
        }
    }
    if (Result<agreements::Agreement> made = agreements::AgreementRegister(*db.value()).create(a);
        !made) {
        out << made.error().message << '\n';
        return 1;
    }
    a = agreements::AgreementRegister(*db.value()).find(a.reference).value();
    crypto::SecureBytes key(32);
    randombytes_buf(key.data(), key.size());
    const redact::RedactionKeys keys(key);
    db.value()->setSigner(nullptr);

    QElapsedTimer total;
    total.start();
    const qint64 cpu0 = bench::cpuNs();
    shares::PrepareParams pp;
    pp.input = input;
    pp.profile = profile.value();
    pp.keys = &keys;
    pp.agreement = &a;
    pp.recipients = {recipient.card()};
    pp.preparerFingerprint = sender.card().fingerprint();
    pp.redactedOutput = work.filePath(u"redacted.csv"_s);
    pp.hashOutput = false; // as `sharewise-cli share -o`: the seal hashes while it encrypts
    QElapsedTimer phase;
    phase.start();
    QString lastStep;
    QList<std::pair<QString, qint64>> steps;
    pp.progress = [&](const QString& step, qint64, qint64) {
        if (step != lastStep) {
            if (!lastStep.isEmpty())
                steps.append({lastStep, phase.restart()});
            lastStep = step;
        }
    };
    Result<shares::PreparedShare> prepared = shares::prepareShare(pp);
    if (!prepared || prepared->blocked) {
        out << (prepared ? u"blocked: "_s + prepared->findings.value(0).message
                         : prepared.error().message)
            << '\n';
        return 1;
    }
    steps.append({lastStep, phase.restart()});
    lastStep.clear();

    shares::ShareRecord draft;
    draft.agreementReference = a.reference;
    draft.agreementVersion = a.version;
    draft.agreementHash = a.contentHash;
    draft.datasetPath = QFileInfo(input).absoluteFilePath();
    draft.datasetName = QFileInfo(input).fileName();
    draft.profileJson = CanonicalJson::serialise(profile->toJson());
    draft.recipients = pp.recipients;
    draft.reviewRequired = false;
    shares::ShareStore store(*db.value());
    Result<shares::ShareRecord> created = store.createDraft(draft);
    if (!created) {
        out << created.error().message << '\n';
        return 1;
    }
    shares::SealShareParams sp;
    sp.share = created.value();
    sp.keys = &keys;
    sp.sender = &sender;
    sp.output = work.filePath(u"bench.swb"_s);
    sp.prepared = &prepared.value();
    sp.preparedFile = pp.redactedOutput;
    Result<shares::SealedShare> sealed = shares::sealShare(*db.value(), sp);
    if (!sealed) {
        out << sealed.error().message << '\n';
        return 1;
    }
    steps.append({u"Sealing and recording"_s, phase.elapsed()});
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    QFile::remove(pp.redactedOutput);

    const double mb = double(QFileInfo(input).size()) / 1e6;
    out << "file: " << input << " (" << qint64(mb) << " MB), rows " << sealed->sealed.rowCount
        << ", bundle " << sealed->sealed.bundleSize / 1000000 << " MB\n";
    for (const auto& [name, ms] : steps)
        out << "  " << name << ": " << ms << " ms\n";
    out << "whole share path: " << QString::number(seconds, 'f', 2) << " s ("
        << QString::number(mb / seconds, 'f', 0) << " MB/s), CPU "
        << QString::number(double(bench::cpuNs() - cpu0) / 1e9, 'f', 2) << " s, peak memory "
        << bench::statusKiB("VmHWM") / 1024 << " MiB\n";
    return 0;
}
