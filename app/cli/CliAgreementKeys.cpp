// sharewise-cli agreement-key: agreements' pseudonymisation keys, who holds them, and
// handing them over when someone leaves (app/core/keys/AgreementKeys).
#include "CliApp.h"

#include "crypto/Base32.h"
#include "keys/AgreementKeys.h"
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
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace sharewise {
namespace {

int code(ExitCode c)
{
    return static_cast<int>(c);
}

QString formatTime(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

// A fingerprint typed with or without spaces, in any case; empty if it is not one.
QString fingerprintFrom(const QString& text)
{
    const std::optional<QByteArray> bytes = crypto::Base32::decode(text);
    return bytes && bytes->size() == 16 ? crypto::KeyCard::formatFingerprint(*bytes) : QString();
}

// A key card given as its text, or as a file holding it; nothing otherwise.
std::optional<Result<crypto::KeyCard>> cardFrom(const QString& argument)
{
    if (argument.startsWith(QLatin1String("sharewise-key-")))
        return crypto::KeyCard::fromText(argument);
    QFile f(argument);
    if (QFileInfo(argument).isFile() && f.open(QIODevice::ReadOnly))
        return crypto::KeyCard::fromText(QString::fromUtf8(f.read(64 * 1024)).trimmed());
    return std::nullopt;
}

// A person's key card and the name Sharewise knows them by: from the card itself, the
// recipients directory, a grant they hold, or this history's own identities.
struct Person
{
    crypto::KeyCard card;
    QString name;
};

Result<Person> personFrom(Database& db, const QString& argument)
{
    if (std::optional<Result<crypto::KeyCard>> card = cardFrom(argument)) {
        if (!*card)
            return card->error();
        return Person{card->value(), card->value().name};
    }
    const QString fp = fingerprintFrom(argument);
    if (!fp.isEmpty()) {
        Result<QList<keys::AgreementKeyGrant>> held = keys::AgreementKeys(db).grants({}, true);
        if (!held)
            return held.error();
        for (const keys::AgreementKeyGrant& g : held.value()) {
            if (g.fingerprint == fp)
                return Person{g.card, g.holder};
        }
        Result<QList<OwnIdentityRecord>> own = OwnIdentityRecords(db).list();
        if (!own)
            return own.error();
        for (const OwnIdentityRecord& r : own.value()) {
            if (r.fingerprint == fp)
                return Person{r.card, r.card.name};
        }
    }
    Result<RecipientKey> known = RecipientsDirectory(db).find(argument);
    if (!known)
        return known.error();
    if (known->isRevoked()) {
        return makeError(ErrorKind::Policy,
                         CliApp::tr("The key of %1 was revoked: it cannot be given an agreement's "
                                    "key.")
                             .arg(known->label()));
    }
    return Person{known->card, known->label()};
}

// The fingerprint of someone who holds (or held) keys: a card, a fingerprint, the name
// of a holder, or a person in the recipients directory.
Result<QString> holderFingerprint(Database& db, const QString& argument)
{
    if (std::optional<Result<crypto::KeyCard>> card = cardFrom(argument)) {
        if (!*card)
            return card->error();
        return card->value().fingerprint();
    }
    const QString fp = fingerprintFrom(argument);
    if (!fp.isEmpty())
        return fp;
    Result<QList<keys::AgreementKeyGrant>> held = keys::AgreementKeys(db).grants();
    if (!held)
        return held.error();
    QStringList matches;
    for (const keys::AgreementKeyGrant& g : held.value()) {
        if (g.holder.compare(argument.trimmed(), Qt::CaseInsensitive) == 0 &&
            !matches.contains(g.fingerprint))
            matches << g.fingerprint;
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.size() > 1) {
        return makeError(ErrorKind::Usage,
                         CliApp::tr("\"%1\" matches %2 keys: name the person by their key's "
                                    "fingerprint.")
                             .arg(argument)
                             .arg(matches.size()));
    }
    Result<RecipientKey> known = RecipientsDirectory(db).find(argument);
    if (!known)
        return known.error();
    return known->fingerprint;
}

QJsonObject grantJson(const keys::AgreementKeyGrant& g)
{
    QJsonObject o{{QStringLiteral("holder"), g.holder},
                  {QStringLiteral("fingerprint"), g.fingerprint},
                  {QStringLiteral("grantedBy"), g.grantedBy},
                  {QStringLiteral("grantedAtUs"), g.grantedAtUs},
                  {QStringLiteral("active"), g.isActive()}};
    if (!g.isActive()) {
        o.insert(QStringLiteral("revokedBy"), g.revokedBy);
        o.insert(QStringLiteral("revokedAtUs"), g.revokedAtUs);
        o.insert(QStringLiteral("revokeReason"), g.revokeReason);
    }
    return o;
}

} // namespace

int CliApp::cmdAgreementKey(const QStringList& args)
{
    const QString sub = args.value(0);
    QCommandLineParser p;
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("KEY"));
    const QCommandLineOption from(QStringLiteral("from"), QString(), QStringLiteral("KEY"));
    const QCommandLineOption holder(QStringLiteral("holder"), QString(), QStringLiteral("KEY"));
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption reason(QStringLiteral("reason"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QString(), QStringLiteral("FILE"));
    const QCommandLineOption recoveryFile(QStringLiteral("recovery-passphrase-file"), QString(),
                                          QStringLiteral("FILE"));
    const QCommandLineOption idFile(QStringLiteral("identity-file"), QString(),
                                    QStringLiteral("FILE"));
    const QCommandLineOption idPass(QStringLiteral("identity-passphrase-file"), QString(),
                                    QStringLiteral("FILE"));
    const QCommandLineOption all(QStringLiteral("all"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption force(QStringLiteral("force"));
    p.addOptions(
        {to, from, holder, name, reason, output, recoveryFile, idFile, idPass, all, json, force});
    if (!p.parse(QStringList{QStringLiteral("agreement-key")} + args.mid(1)))
        return usage(tr("%1.").arg(p.errorText()));
    const QStringList pos = p.positionalArguments();

    const QStringList subs{QStringLiteral("create"),         QStringLiteral("grant"),
                           QStringLiteral("revoke"),         QStringLiteral("handover"),
                           QStringLiteral("list"),           QStringLiteral("export-recovery"),
                           QStringLiteral("import-recovery")};
    if (!subs.contains(sub)) {
        return usage(tr("Use \"agreement-key create\", \"grant\", \"revoke\", \"handover\", "
                        "\"list\", \"export-recovery\" or \"import-recovery\"."));
    }
    const bool needsReference = sub == QLatin1String("create") || sub == QLatin1String("grant") ||
                                sub == QLatin1String("revoke") ||
                                sub == QLatin1String("export-recovery");
    if (needsReference && pos.size() != 1)
        return usage(
            tr("Name the agreement by its reference: agreement-key %1 REFERENCE").arg(sub));
    if (sub == QLatin1String("grant") && !p.isSet(to))
        return usage(tr("Say who is to hold the key: --to KEY"));
    if (sub == QLatin1String("revoke") && (!p.isSet(holder) || p.value(reason).trimmed().isEmpty()))
        return usage(tr("Say whose key is taken back, and why: --holder KEY --reason TEXT"));
    if (sub == QLatin1String("handover") && (!p.isSet(from) || !p.isSet(to) || !pos.isEmpty()))
        return usage(tr("Say who is leaving and who takes over: agreement-key handover --from KEY "
                        "--to KEY"));
    if (sub == QLatin1String("export-recovery") && !p.isSet(output))
        return usage(tr("Say where to write the recovery copy: -o FILE"));
    if (sub == QLatin1String("import-recovery") && pos.size() != 1)
        return usage(tr("Give the recovery copy: agreement-key import-recovery FILE"));
    if (sub == QLatin1String("list") && pos.size() > 1)
        return usage(tr("\"agreement-key list\" takes at most one agreement reference."));

    Result<std::unique_ptr<Database>> opened = openDatabase();
    if (!opened)
        return fail(opened.error());
    Database& db = *opened.value();
    keys::AgreementKeys keys(db);

    if (sub == QLatin1String("list")) {
        Result<QList<keys::AgreementKeyRecord>> records = keys.list();
        if (!records)
            return fail(records.error());
        Result<QList<keys::AgreementKeyGrant>> grants = keys.grants(pos.value(0), p.isSet(all));
        if (!grants)
            return fail(grants.error());
        QJsonArray out;
        bool any = false;
        for (const keys::AgreementKeyRecord& r : records.value()) {
            if (!pos.isEmpty() && r.agreement != pos.first().trimmed())
                continue;
            any = true;
            QJsonArray holders;
            if (!p.isSet(json)) {
                m_out << tr("%1  key %2  made %3 by %4")
                             .arg(r.agreement, r.keyId(), formatTime(r.createdAtUs), r.createdBy)
                      << '\n';
            }
            for (const keys::AgreementKeyGrant& g : grants.value()) {
                if (g.agreement != r.agreement)
                    continue;
                holders.append(grantJson(g));
                if (p.isSet(json))
                    continue;
                m_out << "    " << g.holder << "  " << g.fingerprint << "  "
                      << (g.isActive() ? tr("since %1").arg(formatTime(g.grantedAtUs))
                                       : tr("taken back %1: %2")
                                             .arg(formatTime(g.revokedAtUs), g.revokeReason))
                      << '\n';
            }
            out.append(QJsonObject{{QStringLiteral("agreement"), r.agreement},
                                   {QStringLiteral("keyId"), r.keyId()},
                                   {QStringLiteral("createdBy"), r.createdBy},
                                   {QStringLiteral("createdAtUs"), r.createdAtUs},
                                   {QStringLiteral("holders"), holders}});
        }
        if (p.isSet(json)) {
            m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        } else if (!any) {
            m_out << (pos.isEmpty()
                          ? tr("No agreement has a pseudonymisation key yet.")
                          : tr("Agreement %1 has no pseudonymisation key yet.").arg(pos.first()))
                  << '\n';
        }
        return code(ExitCode::Success);
    }

    if (sub == QLatin1String("revoke")) {
        Result<QString> fp = holderFingerprint(db, p.value(holder));
        if (!fp)
            return fail(fp.error());
        if (Status s = keys.revoke(pos.first(), fp.value(), p.value(reason)); !s)
            return fail(s.error());
        m_out
            << tr("Key of agreement %1 taken back from %2.").arg(pos.first().trimmed(), fp.value())
            << '\n';
        return code(ExitCode::Success);
    }

    if (sub == QLatin1String("export-recovery")) {
        const QString path = p.value(output);
        if (QFileInfo::exists(path) && !p.isSet(force)) {
            return fail(makeError(ErrorKind::BadInput,
                                  tr("The file already exists: choose another name, or add "
                                     "--force to replace it."),
                                  QDir::toNativeSeparators(path)));
        }
        Result<QByteArray> copy = keys.exportRecovery(pos.first());
        if (!copy)
            return fail(copy.error());
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(copy.value()) != copy->size() ||
            !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !f.commit()) {
            return fail(
                makeError(ErrorKind::Failure,
                          tr("Could not write the recovery copy (%1).").arg(f.errorString()),
                          QDir::toNativeSeparators(path)));
        }
        m_out << tr("Recovery copy written: %1").arg(QDir::toNativeSeparators(path)) << '\n';
        warn(tr("Keep it away from this computer, and its recovery passphrase apart from it: "
                "together they open the key."));
        return code(ExitCode::Success);
    }

    if (sub == QLatin1String("create")) {
        if (Status s = keys.canCreate(pos.first()); !s)
            return fail(s.error());
        warn(tr("Before you rely on it: this key turns identifiers into pseudonyms for this "
                "agreement. Data pseudonymised with it is still personal data. Whoever holds "
                "the key can reverse pseudonyms (an NHS number by trying them all), so give it "
                "only to the people who need it. If every holder loses it and the recovery "
                "passphrase is lost too, new shares can never be linked to old ones."));
    }

    // The rest may need the recovery passphrase.
    std::optional<crypto::SecureBytes> recovery;
    if (p.isSet(recoveryFile) || sub == QLatin1String("create") ||
        sub == QLatin1String("import-recovery")) {
        if (sub == QLatin1String("create") && !p.isSet(recoveryFile)) {
            warn(tr("Choose the recovery passphrase for this key. The information governance "
                    "lead keeps it, apart from this computer: with it the key can be recovered "
                    "if every holder loses theirs."));
        }
        Result<crypto::SecureBytes> pass = passphraseFrom(
            p.value(recoveryFile), tr("Recovery passphrase: "), sub == QLatin1String("create"));
        if (!pass)
            return fail(pass.error());
        recovery = std::move(pass).value();
    }

    if (sub == QLatin1String("import-recovery")) {
        QFile f(pos.first());
        if (!f.open(QIODevice::ReadOnly)) {
            return fail(makeError(ErrorKind::BadInput,
                                  tr("The recovery copy cannot be read (%1).").arg(f.errorString()),
                                  QDir::toNativeSeparators(pos.first())));
        }
        Result<keys::AgreementKeyRecord> r = keys.importRecovery(f.read(64 * 1024), *recovery);
        if (!r) {
            Error e = r.error();
            e.where = QDir::toNativeSeparators(pos.first());
            return fail(e);
        }
        m_out << tr("The key of agreement %1 is in this history (key %2). Nobody holds it here "
                    "yet: give it with \"agreement-key grant %1 --to KEY "
                    "--recovery-passphrase-file FILE\".")
                     .arg(r->agreement, r->keyId())
              << '\n';
        return code(ExitCode::Success);
    }

    // Who is acting: their identity unwraps their own grant (and signs the audit head).
    // With only a recovery passphrase file and no identity file, the passphrase is used.
    std::optional<crypto::Identity> me;
    if (sub == QLatin1String("create") || p.isSet(idFile) || !recovery) {
        Result<crypto::Identity> loaded = loadIdentity(db, p.value(idFile), p.value(idPass));
        if (!loaded)
            return fail(loaded.error());
        me = std::move(loaded).value();
        // It signs the audit head only if it is one of this history's own identities:
        // a head signed by anyone else would not check (AuditLog::verify).
        Result<QList<OwnIdentityRecord>> own = OwnIdentityRecords(db).list();
        if (own && std::any_of(own->cbegin(), own->cend(), [&](const OwnIdentityRecord& r) {
                return r.fingerprint == me->card().fingerprint();
            }))
            db.setSigner(&*me);
    }
    const keys::KeyAccess access{me ? &*me : nullptr, recovery ? &*recovery : nullptr};

    if (sub == QLatin1String("create")) {
        const QString holderName =
            p.value(name).trimmed().isEmpty() ? me->card().name : p.value(name).trimmed();
        Result<keys::AgreementKeyRecord> r =
            keys.create(pos.first(), me->card(), holderName, *recovery);
        if (!r)
            return fail(r.error());
        m_out << tr("Key made for agreement %1 (key %2). Held by: %3 (%4).")
                     .arg(r->agreement, r->keyId(), holderName, me->card().fingerprint())
              << '\n';
        return code(ExitCode::Success);
    }

    if (sub == QLatin1String("grant")) {
        Result<Person> person = personFrom(db, p.value(to));
        if (!person)
            return fail(person.error());
        const QString holderName =
            p.value(name).trimmed().isEmpty() ? person->name : p.value(name).trimmed();
        Result<keys::AgreementKeyGrant> g =
            keys.grant(pos.first(), person->card, holderName, access);
        if (!g)
            return fail(g.error());
        m_out << tr("%1 (%2) holds the key of agreement %3.")
                     .arg(g->holder, g->fingerprint, g->agreement)
              << '\n';
        return code(ExitCode::Success);
    }

    // handover
    Result<QString> leaver = holderFingerprint(db, p.value(from));
    if (!leaver)
        return fail(leaver.error());
    Result<Person> successor = personFrom(db, p.value(to));
    if (!successor)
        return fail(successor.error());
    const QString successorName =
        p.value(name).trimmed().isEmpty() ? successor->name : p.value(name).trimmed();
    Result<keys::Handover> h =
        keys.handOver(leaver.value(), successor->card, successorName, access);
    if (!h)
        return fail(h.error());
    m_out << tr("Handed over to %1 (%2): %3")
                 .arg(successorName, successor->card.fingerprint(),
                      h->agreements.join(QStringLiteral(", ")))
          << '\n';
    return code(ExitCode::Success);
}

} // namespace sharewise
