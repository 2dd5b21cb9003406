// sharewise-cli: sealing, verifying and opening bundles.
#include "CliApp.h"

#include "agreements/AgreementRegister.h"
#include "agreements/ManifestTerms.h"
#include "bundle/BundleReader.h"
#include "bundle/BundleWriter.h"
#include "bundle/Receipt.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "crypto/Base32.h"
#include "shares/Approval.h"
#include "store/BundleLedger.h"
#include "store/Database.h"
#include "store/OwnIdentityRecords.h"
#include "store/RecipientsDirectory.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace sharewise {
namespace {

int code(ExitCode c)
{
    return static_cast<int>(c);
}

// Data rows in a CSV file: record ends outside quotes, less the header. (The dataset
// reader replaces this with its own count once files are parsed.)
Result<quint64> countRows(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::BadInput, QString());
    bool quoted = false;
    quint64 records = 0;
    char last = '\n';
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (qint64 n; (n = f.read(buffer.data(), buffer.size())) > 0;) {
        for (qint64 i = 0; i < n; ++i) {
            const char c = buffer.at(i);
            if (c == '"')
                quoted = !quoted;
            else if (c == '\n' && !quoted)
                ++records;
            last = c;
        }
    }
    if (last != '\n')
        ++records; // a last record without a line end
    return records > 0 ? records - 1 : 0;
}

} // namespace

int CliApp::cmdSeal(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QString(), QStringLiteral("FILE"));
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("KEY"));
    const QCommandLineOption passFile(QStringLiteral("passphrase-file"), QString(),
                                      QStringLiteral("FILE"));
    const QCommandLineOption idFile(QStringLiteral("identity-file"), QString(),
                                    QStringLiteral("FILE"));
    const QCommandLineOption idPass(QStringLiteral("identity-passphrase-file"), QString(),
                                    QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"));
    const QCommandLineOption agreement(QStringLiteral("agreement"), QString(),
                                       QStringLiteral("REF"));
    p.addOptions({output, to, passFile, idFile, idPass, force, agreement});
    if (!p.parse(QStringList{QStringLiteral("seal")} + args))
        return usage(tr("%1.").arg(p.errorText()));
    if (p.positionalArguments().size() != 1 || !p.isSet(output))
        return usage(
            tr("Use: sharewise-cli seal FILE -o OUT.swb --to KEY (or --passphrase-file FILE)"));
    if (p.isSet(to) == p.isSet(passFile))
        return usage(tr("Say who may open the bundle: one or more --to KEY, or --passphrase-file "
                        "FILE, not both."));
    if (p.isSet(agreement) && p.isSet(passFile))
        return usage(tr("A share under an agreement goes only to the recipients it names: seal "
                        "it to their keys with --to, not with a passphrase."));
    const QString input = p.positionalArguments().first();
    const QString out = p.value(output);
    QFile data(input);
    if (!data.open(QIODevice::ReadOnly)) {
        return fail(makeError(ErrorKind::BadInput,
                              QFileInfo::exists(input)
                                  ? tr("The file cannot be read (%1).").arg(data.errorString())
                                  : tr("The file does not exist. Check the name and folder."),
                              QDir::toNativeSeparators(input)));
    }
    if (QFileInfo::exists(out) && !p.isSet(force)) {
        return fail(makeError(ErrorKind::BadInput,
                              tr("A file with this name already exists. Choose another name, or "
                                 "add --force to replace it."),
                              QDir::toNativeSeparators(out)));
    }

    Result<std::unique_ptr<Database>> db = openDatabase();
    if (!db)
        return fail(db.error());
    Result<crypto::Identity> sender = loadIdentity(*db.value(), p.value(idFile), p.value(idPass));
    if (!sender)
        return fail(sender.error());

    bundle::SealParams params;
    params.sender = &sender.value();
    Result<QList<crypto::KeyCard>> recipients = resolveRecipients(*db.value(), p.values(to));
    if (!recipients)
        return fail(recipients.error());
    params.recipients = recipients.value();
    if (Status read = bundlePassphrase(p.value(passFile), params.passphrase); !read)
        return fail(read.error());
    if (p.isSet(agreement)) {
        Result<agreements::Agreement> terms =
            agreements::AgreementRegister(*db.value()).find(p.value(agreement));
        if (!terms)
            return fail(terms.error());
        QStringList fingerprints;
        for (const crypto::KeyCard& card : std::as_const(params.recipients))
            fingerprints.append(card.fingerprint());
        if (Status allowed = agreements::canSealUnder(terms.value(), fingerprints, Clock::today());
            !allowed)
            return fail(allowed.error());
        params.manifest.insert(QStringLiteral("agreement"),
                               agreements::termsForManifest(terms.value()));
    }
    Result<quint64> rows = countRows(input);
    params.rowCount = rows ? rows.value() : 0;
    params.dataName = QFileInfo(input).fileName();

    Result<bundle::SealResult> sealed = bundle::BundleWriter::seal(data, out, params);
    if (!sealed)
        return fail(sealed.error());
    db.value()->setSigner(&sender.value());
    if (Result<qint64> r = BundleLedger(*db.value()).recordSent(sealed.value()); !r) {
        QFile::remove(out); // no bundle without its record
        return fail(r.error());
    }
    m_out << tr("Bundle written: %1").arg(QDir::toNativeSeparators(sealed->file)) << '\n'
          << tr("Rows: %1; bundle id: %2")
                 .arg(sealed->rowCount)
                 .arg(QString::fromLatin1(sealed->bundleId.toHex()))
          << '\n';
    if (params.passphrase)
        m_out << tr("Send the passphrase by a different route from the bundle (for example, by "
                    "phone).")
              << '\n';
    return code(ExitCode::Success);
}

int CliApp::cmdVerifyOrOpen(const QStringList& args, bool open)
{
    QCommandLineParser p;
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QString(), QStringLiteral("FOLDER"));
    const QCommandLineOption passFile(QStringLiteral("passphrase-file"), QString(),
                                      QStringLiteral("FILE"));
    const QCommandLineOption idFile(QStringLiteral("identity-file"), QString(),
                                    QStringLiteral("FILE"));
    const QCommandLineOption idPass(QStringLiteral("identity-passphrase-file"), QString(),
                                    QStringLiteral("FILE"));
    const QCommandLineOption receiptOut(QStringLiteral("receipt"), QString(),
                                        QStringLiteral("FILE"));
    const QCommandLineOption accept(QStringLiteral("accept-sender"), QString(),
                                    QStringLiteral("FINGERPRINT"));
    const QCommandLineOption force(QStringLiteral("force"));
    p.addOptions({output, passFile, idFile, idPass, receiptOut, accept, force});
    const QString verb = open ? QStringLiteral("open") : QStringLiteral("verify");
    if (!p.parse(QStringList{verb} + args))
        return usage(tr("%1.").arg(p.errorText()));
    if (p.positionalArguments().size() != 1)
        return usage(open ? tr("Use: sharewise-cli open BUNDLE -o FOLDER")
                          : tr("Use: sharewise-cli verify BUNDLE"));
    if (open && !p.isSet(output))
        return usage(tr("Say where the data should go: -o FOLDER"));
    if (!open && (p.isSet(output) || p.isSet(receiptOut)))
        return usage(tr("\"verify\" writes nothing: use \"open\" to get the data out."));
    const QString bundlePath = p.positionalArguments().first();
    if (!QFileInfo::exists(bundlePath)) {
        return fail(makeError(ErrorKind::BadInput, tr("The bundle file does not exist."),
                              QDir::toNativeSeparators(bundlePath)));
    }

    // Output names come from the bundle's file name, never from inside the bundle.
    const QString base = QFileInfo(bundlePath).completeBaseName();
    QString dataOut;
    QString manifestOut;
    if (open) {
        const QDir folder(p.value(output));
        if (!QDir().mkpath(folder.absolutePath())) {
            return fail(makeError(ErrorKind::BadInput, tr("The output folder cannot be created."),
                                  QDir::toNativeSeparators(folder.absolutePath())));
        }
        dataOut = folder.absoluteFilePath(base + QStringLiteral(".csv"));
        manifestOut = folder.absoluteFilePath(base + QStringLiteral(".manifest.json"));
        for (const QString& f : {dataOut, manifestOut}) {
            if (QFileInfo::exists(f) && !p.isSet(force)) {
                return fail(makeError(ErrorKind::BadInput,
                                      tr("A file with this name already exists. Choose another "
                                         "folder, or add --force to replace it."),
                                      QDir::toNativeSeparators(f)));
            }
        }
    }

    Result<std::unique_ptr<Database>> db = openDatabase();
    if (!db)
        return fail(db.error());
    RecipientsDirectory dir(*db.value());
    OwnIdentityRecords own(*db.value());
    const QString accepted = p.value(accept);

    bundle::OpenParams params;
    params.dataOutput = dataOut;
    params.senderKnown = [&](const crypto::KeyCard& sender) {
        if (const std::optional<RecipientKey> k = dir.bySigningKey(sender.signingKey))
            return !k->isRevoked();
        if (Result<QList<OwnIdentityRecord>> mine = own.list()) {
            for (const OwnIdentityRecord& r : mine.value()) {
                if (r.card.signingKey == sender.signingKey)
                    return true;
            }
        }
        return !accepted.isEmpty() &&
               crypto::Base32::decode(accepted) == std::optional(sender.fingerprintBytes());
    };
    std::optional<crypto::Identity> identity;
    if (p.isSet(passFile)) {
        if (Status read = bundlePassphrase(p.value(passFile), params.passphrase); !read)
            return fail(read.error());
        // A receipt needs our identity even for a passphrase bundle.
        if (p.isSet(receiptOut)) {
            Result<crypto::Identity> id =
                loadIdentity(*db.value(), p.value(idFile), p.value(idPass));
            if (!id)
                return fail(id.error());
            identity = std::move(id).value();
        }
    }

    Result<bundle::OpenedBundle> opened = makeError(ErrorKind::Failure, QString());
    if (params.passphrase) {
        opened = bundle::BundleReader::open(bundlePath, params);
    } else {
        // The current identity first, then older ones: bundles sent to a replaced key
        // still open.
        QStringList fingerprints{QString()};
        if (!p.isSet(idFile)) {
            if (Result<QList<OwnIdentityRecord>> all = own.list()) {
                for (const OwnIdentityRecord& r : all.value()) {
                    if (!r.current)
                        fingerprints << r.fingerprint;
                }
            }
        }
        for (const QString& fp : std::as_const(fingerprints)) {
            Result<crypto::Identity> id =
                loadIdentity(*db.value(), p.value(idFile), p.value(idPass), fp);
            if (!id)
                return fail(id.error());
            identity = std::move(id).value();
            params.identity = &*identity;
            opened = bundle::BundleReader::open(bundlePath, params);
            if (opened || opened.error().code != QLatin1String(bundle::OpenError::NotAddressed))
                break; // opened, or failed for a reason other than "not addressed to you"
        }
    }
    if (!opened) {
        if (opened.error().kind == ErrorKind::Verification)
            m_err << tr("The bundle is NOT genuine or NOT intact, or you cannot open it.") << '\n';
        return fail(opened.error());
    }
    const std::optional<RecipientKey> sender = dir.bySigningKey(opened->sender.signingKey);
    const QString senderName =
        sender ? sender->label()
               : tr("(not in your directory; fingerprint %1)").arg(opened->sender.fingerprint());
    if (identity)
        db.value()->setSigner(&*identity);

    if (open) {
        QSaveFile manifest(manifestOut);
        if (!manifest.open(QIODevice::WriteOnly) ||
            manifest.write(QJsonDocument(opened->manifest).toJson(QJsonDocument::Indented)) < 0 ||
            !manifest.commit()) {
            QFile::remove(dataOut);
            return fail(makeError(ErrorKind::Failure, tr("Could not write the description file."),
                                  QDir::toNativeSeparators(manifestOut)));
        }
        if (Result<qint64> r =
                BundleLedger(*db.value())
                    .recordReceived(opened.value(), QFileInfo(bundlePath).fileName());
            !r)
            warn(r.error().message);
        if (p.isSet(receiptOut)) {
            if (!identity)
                return fail(makeError(ErrorKind::Usage, tr("A receipt needs your identity.")));
            QSaveFile receipt(p.value(receiptOut));
            const QByteArray json = bundle::Receipt::issue(opened.value(), *identity).toJson();
            if (!receipt.open(QIODevice::WriteOnly) || receipt.write(json) != json.size() ||
                !receipt.commit())
                return fail(makeError(ErrorKind::Failure, tr("Could not write the receipt."),
                                      QDir::toNativeSeparators(p.value(receiptOut))));
        }
    }
    m_out << tr("The bundle is genuine and intact.") << '\n'
          << tr("From: %1").arg(senderName) << '\n'
          << tr("Rows: %1; data: %2 bytes").arg(opened->rowCount).arg(opened->dataLength) << '\n';
    if (const std::optional<agreements::BundleTerms> terms =
            agreements::termsFromManifest(opened->manifest)) {
        m_out << tr("Shared under agreement %1, version %2: %3")
                     .arg(terms->reference)
                     .arg(terms->version)
                     .arg(terms->title)
              << '\n'
              << terms->summary << '\n';
    }
    // The approval it carries: checked against the data that came out of the bundle, and
    // against the keys we know (a reviewer we have not checked is "claimed").
    QList<QByteArray> knownKeys;
    if (Result<QList<RecipientKey>> known = dir.list()) {
        for (const RecipientKey& k : known.value()) {
            if (k.isVerified() && !k.isRevoked())
                knownKeys.append(k.card.signingKey);
        }
    }
    const shares::ApprovalCheck approval = shares::checkManifestApproval(
        opened->manifest, opened->dataHash, opened->rowCount, opened->sender.signingKey, knownKeys);
    if (approval.outcome != shares::ApprovalCheck::Outcome::None) {
        m_out << shares::approvalOutcomeLabel(approval.outcome);
        if (approval.outcome != shares::ApprovalCheck::Outcome::Invalid)
            m_out << ' ' << tr("(%1, %2)").arg(approval.reviewerName, approval.reviewerFingerprint);
        m_out << '\n';
    }
    if (open) {
        m_out << tr("Data written to %1").arg(QDir::toNativeSeparators(dataOut)) << '\n'
              << tr("Description written to %1").arg(QDir::toNativeSeparators(manifestOut)) << '\n';
        if (p.isSet(receiptOut)) {
            m_out << tr("Receipt written to %1: send it back to the sender.")
                         .arg(QDir::toNativeSeparators(p.value(receiptOut)))
                  << '\n';
        }
    }
    if (approval.outcome == shares::ApprovalCheck::Outcome::Invalid)
        return fail(makeError(ErrorKind::Verification,
                              approval.problem + u' ' +
                                  tr("Do not rely on the approval: ask the sender.")));
    return code(ExitCode::Success);
}

} // namespace sharewise
