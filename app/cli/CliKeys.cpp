// sharewise-cli: identities, the recipients directory and receipts.
#include "CliApp.h"
#include "Terminal.h"

#include "bundle/Receipt.h"
#include "common/Logging.h"
#include "common/Session.h"
#include "secrets/IdentityFile.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/OwnIdentities.h"
#include "shares/ShareStore.h"
#include "store/BundleLedger.h"
#include "store/Database.h"
#include "store/OwnIdentityRecords.h"
#include "store/RecipientsDirectory.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sharewise {
namespace {

int code(ExitCode c)
{
    return static_cast<int>(c);
}

// The credential store answers asynchronously; the command line has nothing else to do
// meanwhile, so it simply runs the event loop until the answer arrives.
template <typename Start>
void waitFor(Start start)
{
    QEventLoop loop;
    bool finished = false;
    start([&] {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
}

QString cardTextFrom(const QString& argument)
{
    if (argument.startsWith(QLatin1String("sharewise-key-")))
        return argument;
    QFile f(argument);
    if (f.open(QIODevice::ReadOnly))
        return QString::fromUtf8(f.read(64 * 1024)).trimmed();
    return argument;
}

} // namespace

void CliApp::warn(const QString& message)
{
    m_err << message << '\n';
    m_err.flush();
}

Status CliApp::bundlePassphrase(const QString& file, std::optional<crypto::SecureBytes>& out)
{
    if (file.isEmpty())
        return {};
    Result<crypto::SecureBytes> pass = passphraseFrom(file, QString(), false);
    if (!pass)
        return pass.error();
    out = std::move(pass).value();
    return {};
}

Result<crypto::SecureBytes> CliApp::passphraseFrom(const QString& file, const QString& prompt,
                                                   bool confirm)
{
    if (!file.isEmpty()) {
        QString error;
        std::optional<crypto::SecureBytes> p = cli::readPassphraseFile(file, &error);
        if (!p) {
            return makeError(ErrorKind::BadInput,
                             tr("The passphrase file cannot be read (%1).").arg(error),
                             QDir::toNativeSeparators(file));
        }
        if (p->isEmpty())
            return makeError(ErrorKind::BadInput, tr("The passphrase file is empty."),
                             QDir::toNativeSeparators(file));
        return std::move(*p);
    }
    std::optional<crypto::SecureBytes> p = cli::readPassphrase(prompt);
    if (!p) {
        return makeError(ErrorKind::Usage,
                         tr("A passphrase is needed and there is no terminal to ask for it: give "
                            "it with a passphrase file."));
    }
    if (confirm) {
        std::optional<crypto::SecureBytes> again = cli::readPassphrase(tr("Type it again: "));
        if (!again || !(*again == *p))
            return makeError(ErrorKind::Usage, tr("The two passphrases are not the same."));
    }
    if (p->isEmpty())
        return makeError(ErrorKind::Usage, tr("The passphrase is empty."));
    return std::move(*p);
}

Result<crypto::Identity> CliApp::loadIdentity(Database& db, const QString& identityFile,
                                              const QString& passphraseFile,
                                              const QString& fingerprint)
{
    QString file = identityFile;
    OwnIdentityRecord record;
    if (file.isEmpty()) {
        OwnIdentityRecords records(db);
        Result<QList<OwnIdentityRecord>> all = records.list();
        if (!all)
            return all.error();
        bool found = false;
        for (const OwnIdentityRecord& r : all.value()) {
            if ((fingerprint.isEmpty() && r.current) || r.fingerprint == fingerprint) {
                record = r;
                found = true;
                break;
            }
        }
        if (!found) {
            return makeError(ErrorKind::Usage,
                             tr("You have no identity yet: create one with \"sharewise-cli "
                                "keygen\", or name an identity file with --identity-file."));
        }
        if (record.storage == QLatin1String("file"))
            file = record.filePath;
    }
    if (!file.isEmpty()) {
        Result<crypto::SecureBytes> pass = passphraseFrom(
            passphraseFile, tr("Passphrase for %1: ").arg(QFileInfo(file).fileName()), false);
        if (!pass)
            return pass.error();
        return secrets::IdentityFile::read(file, pass.value());
    }
    secrets::KeychainSecretStore store;
    secrets::OwnIdentities identities(store);
    std::optional<Result<crypto::Identity>> loaded;
    waitFor([&](auto finished) {
        identities.load(record.fingerprint, &store,
                        [&, finished](Result<crypto::Identity> r, secrets::SecretProblem) {
                            loaded.emplace(std::move(r));
                            finished();
                        });
    });
    return std::move(*loaded);
}

int CliApp::cmdKeygen(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption file(QStringLiteral("identity-file"), QString(),
                                  QStringLiteral("FILE"));
    const QCommandLineOption passFile(QStringLiteral("identity-passphrase-file"), QString(),
                                      QStringLiteral("FILE"));
    const QCommandLineOption replace(QStringLiteral("replace"));
    p.addOptions({name, file, passFile, replace});
    if (!p.parse(QStringList{QStringLiteral("keygen")} + args))
        return usage(tr("%1.").arg(p.errorText()));
    if (!p.positionalArguments().isEmpty())
        return usage(tr("\"keygen\" takes no file: use --identity-file FILE."));

    Result<std::unique_ptr<Database>> db = openDatabase();
    if (!db)
        return fail(db.error());
    OwnIdentityRecords records(*db.value());
    if (Result<OwnIdentityRecord> current = records.current(); current && !p.isSet(replace)) {
        return fail(makeError(ErrorKind::Usage,
                              tr("You already have an identity (fingerprint %1). To replace it, "
                                 "run keygen again with --replace; the old one is kept so that "
                                 "bundles sent to it still open.")
                                  .arg(current->fingerprint)));
    }
    QString who = p.value(name).trimmed();
    if (who.isEmpty())
        who = Session::actor().mid(QStringLiteral("login:").size());
    crypto::Identity identity = crypto::Identity::generate(who);

    if (p.isSet(file)) {
        const QString path = QFileInfo(p.value(file)).absoluteFilePath();
        Result<crypto::SecureBytes> pass = passphraseFrom(
            p.value(passFile), tr("Choose a passphrase for your identity file: "), true);
        if (!pass)
            return fail(pass.error());
        if (Status s = secrets::IdentityFile::write(path, identity, pass.value()); !s)
            return fail(s.error());
        if (Status s = records.addCurrent(identity.card(), QStringLiteral("file"), path); !s)
            return fail(s.error());
    } else {
        secrets::KeychainSecretStore store;
        secrets::OwnIdentities identities(store);
        std::optional<Status> saved;
        waitFor([&](auto finished) {
            identities.save(identity, &store, [&, finished](Status s, secrets::SecretProblem) {
                saved.emplace(s);
                finished();
            });
        });
        if (!*saved)
            return fail(saved->error());
        if (Status s = records.addCurrent(identity.card(), QStringLiteral("keychain"), {}); !s)
            return fail(s.error());
    }
    db.value()->setSigner(&identity);
    m_out << identity.card().toText() << '\n';
    warn(tr("Your identity is ready. Fingerprint: %1").arg(identity.card().fingerprint()));
    warn(tr("Send the key card line above to your partners, and read them the fingerprint "
            "over the phone so they can check it."));
    return code(ExitCode::Success);
}

int CliApp::cmdRecipients(const QStringList& args)
{
    const QString sub = args.value(0);
    QCommandLineParser p;
    const QCommandLineOption org(QStringLiteral("organisation"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption contact(QStringLiteral("contact"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption verified(QStringLiteral("verified"));
    const QCommandLineOption acceptNew(QStringLiteral("accept-new-key"));
    const QCommandLineOption how(QStringLiteral("how"), QString(), QStringLiteral("HOW"),
                                 QStringLiteral("phone"));
    const QCommandLineOption reason(QStringLiteral("reason"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption json(QStringLiteral("json"));
    p.addOptions({org, contact, verified, acceptNew, how, reason, json});
    if (!p.parse(QStringList{QStringLiteral("recipients")} + args.mid(1)))
        return usage(tr("%1.").arg(p.errorText()));
    const QStringList pos = p.positionalArguments();

    if (sub != QLatin1String("add") && sub != QLatin1String("list") &&
        sub != QLatin1String("verify") && sub != QLatin1String("revoke"))
        return usage(tr("Use \"recipients add\", \"list\", \"verify\" or \"revoke\"."));
    if (sub == QLatin1String("add") && pos.size() != 1)
        return usage(tr("Give the key card (or a file holding it): recipients add CARD "
                        "--organisation NAME --contact NAME"));
    if ((sub == QLatin1String("verify") || sub == QLatin1String("revoke")) && pos.size() != 1)
        return usage(tr("Name the key by its fingerprint."));
    if (sub == QLatin1String("revoke") && p.value(reason).trimmed().isEmpty())
        return usage(tr("Say why the key is revoked: --reason TEXT"));

    Result<std::unique_ptr<Database>> db = openDatabase();
    if (!db)
        return fail(db.error());
    RecipientsDirectory dir(*db.value());

    if (sub == QLatin1String("add")) {
        Result<crypto::KeyCard> card = crypto::KeyCard::fromText(cardTextFrom(pos.first()));
        if (!card)
            return fail(card.error());
        Result<RecipientKey> added =
            dir.add(card.value(), p.value(org), p.value(contact), p.isSet(acceptNew));
        if (!added)
            return fail(added.error());
        if (p.isSet(verified)) {
            if (Status s = dir.markVerified(added->fingerprint, p.value(how)); !s)
                return fail(s.error());
        }
        m_out << tr("Added %1. Fingerprint: %2").arg(added->label(), added->fingerprint) << '\n';
        if (!p.isSet(verified)) {
            warn(tr("Check this fingerprint with %1 by phone, on a number you already know, then "
                    "run: sharewise-cli recipients verify \"%2\"")
                     .arg(added->contact, added->fingerprint));
        }
        return code(ExitCode::Success);
    }
    if (sub == QLatin1String("list")) {
        Result<QList<RecipientKey>> keys = dir.list();
        if (!keys)
            return fail(keys.error());
        if (p.isSet(json)) {
            QJsonArray a;
            for (const RecipientKey& k : keys.value()) {
                a.append(QJsonObject{{QStringLiteral("organisation"), k.organisation},
                                     {QStringLiteral("contact"), k.contact},
                                     {QStringLiteral("fingerprint"), k.fingerprint},
                                     {QStringLiteral("card"), k.card.toText()},
                                     {QStringLiteral("verified"), k.isVerified()},
                                     {QStringLiteral("revoked"), k.isRevoked()}});
            }
            m_out << QJsonDocument(a).toJson(QJsonDocument::Indented);
            return code(ExitCode::Success);
        }
        if (keys->isEmpty())
            m_out << tr("The recipients directory is empty.") << '\n';
        for (const RecipientKey& k : keys.value()) {
            const QString state = k.isRevoked()    ? tr("revoked")
                                  : k.isVerified() ? tr("checked")
                                                   : tr("NOT CHECKED");
            m_out << k.label() << "  " << k.fingerprint << "  " << state << '\n';
        }
        return code(ExitCode::Success);
    }
    if (sub == QLatin1String("verify")) {
        if (Status s = dir.markVerified(pos.first(), p.value(how)); !s)
            return fail(s.error());
        m_out << tr("Marked as checked.") << '\n';
        return code(ExitCode::Success);
    }
    if (Status s = dir.revoke(pos.first(), p.value(reason)); !s)
        return fail(s.error());
    m_out << tr("Key revoked: it will not be offered for new bundles.") << '\n';
    return code(ExitCode::Success);
}

int CliApp::cmdReceipt(const QStringList& args)
{
    if (args.size() != 2 || args.first() != QLatin1String("import"))
        return usage(tr("Use \"sharewise-cli receipt import FILE\"."));
    QFile f(args.at(1));
    if (!f.open(QIODevice::ReadOnly)) {
        return fail(makeError(ErrorKind::BadInput,
                              tr("The receipt file cannot be read (%1).").arg(f.errorString()),
                              QDir::toNativeSeparators(args.at(1))));
    }
    Result<bundle::Receipt> receipt = bundle::Receipt::fromJson(f.read(1024 * 1024));
    if (!receipt) {
        Error e = receipt.error();
        e.where = QDir::toNativeSeparators(args.at(1));
        return fail(e);
    }
    Result<std::unique_ptr<Database>> db = openDatabase();
    if (!db)
        return fail(db.error());
    Result<BundleLedger::ImportedReceipt> r = shares::importReceipt(*db.value(), receipt.value());
    if (!r)
        return fail(r.error());
    RecipientsDirectory dir(*db.value());
    const std::optional<RecipientKey> who = dir.bySigningKey(receipt->recipient.signingKey);
    const QString name = who ? who->label() : receipt->recipient.fingerprint();
    if (r->alreadyImported)
        m_out << tr("This receipt was already recorded.") << '\n';
    else
        m_out << tr("Receipt recorded: %1 opened the bundle %2 and found it intact.")
                     .arg(name, r->bundleFile)
              << '\n';
    return code(ExitCode::Success);
}

} // namespace sharewise
