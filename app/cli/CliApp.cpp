#include "CliApp.h"
#include "Terminal.h"

#include "common/AppSettings.h"
#include "common/Logging.h"
#include "common/Session.h"
#include "common/Translations.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/RegisterPassword.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/HistoryBackup.h"

#include "sharewise/Version.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace sharewise {
namespace {

int code(ExitCode c)
{
    return static_cast<int>(c);
}

QString formatTime(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString isoTime(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC).toString(Qt::ISODateWithMs);
}

// Splits global options (before the command) from the command and its arguments.
struct Split
{
    QStringList global; // program name first
    QString command;
    QStringList rest;
};

Split splitArguments(const QStringList& args)
{
    Split s;
    s.global << (args.isEmpty() ? QStringLiteral("sharewise-cli") : args.first());
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (!s.command.isEmpty()) {
            s.rest << a;
        } else if (a == QLatin1String("--db") || a == QLatin1String("--lang") ||
                   a == QLatin1String("--register") ||
                   a == QLatin1String("--register-password-file")) {
            s.global << a;
            if (i + 1 < args.size())
                s.global << args.at(++i);
        } else if (a.startsWith(QLatin1Char('-'))) {
            s.global << a;
        } else {
            s.command = a;
        }
    }
    return s;
}

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)
};

// The shared register named on the command line, as a libpq connection string:
// "host=H port=P dbname=D user=U [sslmode=M] [sslrootcert=FILE] [schema=S]". Values may
// be single-quoted (with \' and \\ inside). Read strictly: an unknown or repeated key,
// and a password, are refused.
Result<ServerConnection> parseRegister(const QString& text)
{
    ServerConnection server;
    QSet<QString> seen;
    const auto refuse = [](const QString& message) {
        return makeError(ErrorKind::Usage, message);
    };
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto skipSpace = [&] {
        while (i < n && text.at(i).isSpace())
            ++i;
    };
    skipSpace();
    if (i == n)
        return refuse(Tr::tr("--register needs the server, for example --register \"host=register."
                             "council.local port=5432 dbname=sharewise user=jbloggs\"."));
    while (i < n) {
        const qsizetype keyStart = i;
        while (i < n && (text.at(i).isLetterOrNumber() || text.at(i) == u'_'))
            ++i;
        const QString key = text.mid(keyStart, i - keyStart);
        skipSpace();
        if (key.isEmpty() || i == n || text.at(i) != u'=')
            return refuse(Tr::tr("--register is not a connection string: write key=value pairs "
                                 "separated by spaces, such as \"host=H port=P dbname=D "
                                 "user=U\"."));
        ++i;
        skipSpace();
        QString value;
        if (i < n && text.at(i) == u'\'') {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = text.at(i++);
                if (c == u'\\' && i < n) {
                    value += text.at(i++);
                } else if (c == u'\'') {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed)
                return refuse(
                    Tr::tr("The value of \"%1\" in --register has no closing quote.").arg(key));
        } else {
            while (i < n && !text.at(i).isSpace()) {
                const QChar c = text.at(i++);
                if (c == u'\\' && i < n)
                    value += text.at(i++);
                else
                    value += c;
            }
        }
        skipSpace();
        if (seen.contains(key))
            return refuse(Tr::tr("\"%1\" is given twice in --register.").arg(key));
        seen.insert(key);
        if (key == QLatin1String("host")) {
            server.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            server.port = value.toInt(&ok);
            if (!ok)
                return refuse(Tr::tr("The port in --register must be a number, such as 5432."));
        } else if (key == QLatin1String("dbname")) {
            server.database = value;
        } else if (key == QLatin1String("user")) {
            server.user = value;
        } else if (key == QLatin1String("sslmode")) {
            server.sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            server.sslRootCert = value;
        } else if (key == QLatin1String("schema")) {
            server.schema = value;
        } else if (key == QLatin1String("password")) {
            return refuse(Tr::tr("Do not put the password in --register, where other users of "
                                 "this computer can see it: use --register-password-file "
                                 "FILE, or save it in Settings."));
        } else {
            return refuse(Tr::tr("--register does not take \"%1\": use host, port, dbname, "
                                 "user, sslmode, sslrootcert and schema.")
                              .arg(key));
        }
    }
    if (const QString problem = server.problem(); !problem.isEmpty())
        return refuse(problem);
    return server;
}

} // namespace

CliApp::CliApp(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{}

QString CliApp::helpText() const
{
    return tr(
        "Usage: sharewise-cli [--db FILE | --register CONNECTION] [--lang en|cy] COMMAND\n"
        "                     [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  history [--json] [--limit N]  List the events recorded in the history.\n"
        "  audit verify                  Check that the audit trail has not been altered.\n"
        "  backup FILE [--force]         Write a consistent copy of the history to FILE.\n"
        "  restore FILE                  Replace the history with a checked backup.\n"
        "  keygen [--name NAME] [--identity-file FILE] [--replace]\n"
        "                                Create your identity and print your key card.\n"
        "  seal FILE -o OUT.swb (--to KEY)... | --passphrase-file FILE\n"
        "                                Encrypt and sign FILE for the named recipients.\n"
        "  verify BUNDLE                 Check that a bundle is genuine and intact.\n"
        "  open BUNDLE -o FOLDER [--receipt FILE]\n"
        "                                Check a bundle and write out its data.\n"
        "  inspect FILE [--sheet NAME] [--encoding E] [--delimiter D] [--json]\n"
        "                                Show how a dataset reads and what each column holds.\n"
        "  redact FILE --profile PROFILE.json -o OUT.csv [--risk --quasi COL,COL]\n"
        "         [--sensitive COL] [--threshold N] [--ragged skip|pad] [--json]\n"
        "         [--agreement REF | --key-file FILE [--key-passphrase-file FILE]]\n"
        "                                Redact a dataset by a saved profile into a CSV.\n"
        "  check FILE --agreement REF --profile PROFILE.json\n"
        "        [--recipient FINGERPRINT]... [--json]\n"
        "                                Check a share against its agreement (4: blocked).\n"
        "  share FILE --agreement REF --profile PROFILE.json\n"
        "        ((--to KEY)... | --passphrase-file FILE | --by-passphrase)\n"
        "        (-o OUT.swb | --submit)\n"
        "                                Check, redact, record and seal a share (4: blocked),\n"
        "                                or submit it for an IG review.\n"
        "  share seal ID -o OUT.swb [--passphrase-file FILE]\n"
        "                                Seal an approved share (4: not approved, or changed).\n"
        "  share list [--state S] [--agreement REF] [--json] | show ID [--json]\n"
        "  share sent ID --route ROUTE | cancel ID --reason TEXT\n"
        "  share export-request ID -o FILE | import-decision FILE\n"
        "                                Follow shares from draft to receipt.\n"
        "  review list | show ID | approve ID | reject ID --reason TEXT\n"
        "  review import FILE | export-decision ID -o FILE\n"
        "                                Review shares waiting for an IG lead (four eyes).\n"
        "  outputs list [--json] | record --agreement REF --output TITLE\n"
        "        --received YYYY-MM-DD [--file FILE | --link URL] [--share ID]...\n"
        "                                Outputs promised back, and what came back.\n"
        "  incident report ID --kind KIND --description TEXT | incident list\n"
        "                                Report a problem with a share.\n"
        "  receipt import FILE           Record a recipient's receipt for a bundle.\n"
        "  recipients add|list|verify|revoke\n"
        "                                Keep the directory of partners' keys.\n"
        "  agreements list [--status S] [--partner P] [--review-due] [--json]\n"
        "  agreements show REF [--version N] [--json]\n"
        "  agreements import FILE | export REF -o FILE | pdf REF -o FILE\n"
        "                                Keep the agreements register.\n"
        "  agreement-key create|grant|revoke|handover|list|export-recovery|import-recovery\n"
        "                                Keep agreements' pseudonymisation keys.\n"
        "  register roles-sql [--schema S]\n"
        "                                Print the shared register's database roles for IT.\n"
        "  register members [list [--all] [--json]]\n"
        "  register members add|remove NAME --role officer|reviewer|administrator\n"
        "        [--login LOGIN] [--fingerprint FP]\n"
        "                                Record who belongs to the register, and who reviews.\n"
        "  register import FILE | export NEW-FILE\n"
        "                                Copy a history file into an empty shared register,\n"
        "                                or the register into a new file (checked).\n"
        "  version                       Print the program's version.\n"
        "\n"
        "Options:\n"
        "  --db FILE        The history database to use (or set SHAREWISE_DB).\n"
        "  --register CONNECTION             The shared register on a PostgreSQL server:\n"
        "                                    \"host=H port=P dbname=D user=U\", and if\n"
        "                                    needed sslrootcert=CA-FILE, schema=S and\n"
        "                                    sslmode=verify-full.\n"
        "  --register-password-file FILE     The register's password, from FILE's first\n"
        "                                    line (else the credential store's, or none).\n"
        "  --lang en|cy     The language of messages (English or Welsh).\n"
        "  -h, --help       Show this help.\n"
        "  -v, --version    Print the program's version.\n"
        "  --identity-file FILE              Act as the identity in this protected file.\n"
        "  --identity-passphrase-file FILE   Read that file's passphrase from FILE.\n"
        "  --passphrase-file FILE            A bundle's passphrase, read from FILE.\n"
        "\n"
        "Exit codes: 0 success, 1 usage error, 2 bad input, 3 verification failed,\n"
        "4 refused by policy, 5 the system failed (disk, database).\n");
}

int CliApp::usage(const QString& problem)
{
    m_err << problem << '\n' << tr("Run \"sharewise-cli --help\" to see the commands.") << '\n';
    return code(ExitCode::Usage);
}

int CliApp::fail(const Error& error)
{
    m_err << error.message << '\n';
    if (!error.where.isEmpty())
        m_err << tr("Where: %1").arg(error.where) << '\n';
    return code(exitCodeFor(error.kind));
}

int CliApp::run(const QStringList& arguments)
{
    const Split split = splitArguments(arguments);

    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption registerOption(QStringLiteral("register"), QString(),
                                            QStringLiteral("CONNECTION"));
    const QCommandLineOption registerPasswordOption(QStringLiteral("register-password-file"),
                                                    QString(), QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption versionOption(
        QStringList{QStringLiteral("v"), QStringLiteral("version")});
    parser.addOptions(
        {dbOption, registerOption, registerPasswordOption, langOption, helpOption, versionOption});

    AppSettings settings;
    const bool parsed = parser.parse(split.global);
    Translations::apply(parser.isSet(langOption) ? parser.value(langOption) : settings.language());
    if (!parsed)
        return usage(tr("%1.").arg(parser.errorText()));
    if (parser.isSet(langOption)) {
        const QString lang = parser.value(langOption);
        if (lang != QLatin1String("en") && lang != QLatin1String("cy"))
            return usage(tr("Unknown language \"%1\": use en (English) or cy (Welsh).").arg(lang));
    }

    if (parser.isSet(versionOption) || split.command == QLatin1String("version")) {
        m_out << "sharewise-cli " << SHAREWISE_VERSION_STRING << '\n';
        return code(ExitCode::Success);
    }
    if (parser.isSet(helpOption) || split.command == QLatin1String("help")) {
        m_out << helpText();
        return code(ExitCode::Success);
    }

    // The history: --register or --db on the command line, then SHAREWISE_DB (a file),
    // then the settings under the machine policy (the shared register, or a file).
    if (parser.isSet(dbOption) && parser.isSet(registerOption))
        return usage(tr("Give either --db (a history file) or --register (the shared "
                        "register), not both."));
    if (parser.isSet(registerOption)) {
        Result<ServerConnection> server = parseRegister(parser.value(registerOption));
        if (!server)
            return usage(server.error().message);
        m_server = server.value();
    } else if (parser.isSet(dbOption)) {
        m_databasePath = parser.value(dbOption);
    } else if (!qEnvironmentVariable("SHAREWISE_DB").isEmpty()) {
        m_databasePath = qEnvironmentVariable("SHAREWISE_DB");
    } else if (settings.usesSharedRegister()) {
        m_server = settings.registerServer();
    } else {
        m_databasePath = settings.effectiveDatabasePath();
    }
    if (!m_server && m_databasePath.isEmpty())
        return usage(tr("The --db option needs a file name."));
    m_registerPasswordFile = parser.value(registerPasswordOption);
    if (parser.isSet(registerPasswordOption) && !m_server)
        return usage(tr("--register-password-file is for the shared register: give --register "
                        "too, or choose the shared register in Settings."));

    if (split.command.isEmpty())
        return usage(tr("Name a command."));
    qCInfo(lcCli) << "command" << split.command;
    if (split.command == QLatin1String("history"))
        return cmdHistory(split.rest);
    if (split.command == QLatin1String("audit"))
        return cmdAudit(split.rest);
    if (split.command == QLatin1String("backup"))
        return cmdBackup(split.rest);
    if (split.command == QLatin1String("restore"))
        return cmdRestore(split.rest);
    if (split.command == QLatin1String("keygen"))
        return cmdKeygen(split.rest);
    if (split.command == QLatin1String("recipients"))
        return cmdRecipients(split.rest);
    if (split.command == QLatin1String("receipt"))
        return cmdReceipt(split.rest);
    if (split.command == QLatin1String("seal"))
        return cmdSeal(split.rest);
    if (split.command == QLatin1String("verify"))
        return cmdVerifyOrOpen(split.rest, false);
    if (split.command == QLatin1String("inspect"))
        return cmdInspect(split.rest);
    if (split.command == QLatin1String("redact"))
        return cmdRedact(split.rest);
    if (split.command == QLatin1String("open"))
        return cmdVerifyOrOpen(split.rest, true);
    if (split.command == QLatin1String("agreement-key"))
        return cmdAgreementKey(split.rest);
    if (split.command == QLatin1String("agreements"))
        return cmdAgreements(split.rest);
    if (split.command == QLatin1String("check"))
        return cmdCheck(split.rest);
    if (split.command == QLatin1String("share"))
        return cmdShare(split.rest);
    if (split.command == QLatin1String("review"))
        return cmdReview(split.rest);
    if (split.command == QLatin1String("outputs"))
        return cmdOutputs(split.rest);
    if (split.command == QLatin1String("incident"))
        return cmdIncident(split.rest);
    if (split.command == QLatin1String("register"))
        return cmdRegister(split.rest);
    return usage(tr("Unknown command \"%1\".").arg(split.command));
}

Result<std::unique_ptr<Database>> CliApp::openDatabase()
{
    Database::Options options;
    options.path = m_databasePath;
    options.actor = Session::actor();
    if (m_server) {
        if (const QString problem = m_server->problem(); !problem.isEmpty()) {
            // The settings' server is incomplete (--register was checked when read).
            return makeError(ErrorKind::Usage,
                             tr("The shared register in Settings is not complete: %1").arg(problem),
                             m_server->display());
        }
        Result<std::shared_ptr<const crypto::SecureBytes>> password = registerPassword();
        if (!password)
            return password.error();
        options.server = m_server;
        options.password = password.value();
    }
    return Database::open(options);
}

Result<std::shared_ptr<const crypto::SecureBytes>> CliApp::registerPassword()
{
    if (m_registerPassword)
        return *m_registerPassword;
    std::shared_ptr<const crypto::SecureBytes> password;
    if (!m_registerPasswordFile.isEmpty()) {
        QString error;
        std::optional<crypto::SecureBytes> read =
            cli::readPassphraseFile(m_registerPasswordFile, &error);
        if (!read) {
            return makeError(ErrorKind::BadInput,
                             tr("Could not read the register's password file (%1). Check its "
                                "name, and that you may read it.")
                                 .arg(error),
                             QDir::toNativeSeparators(m_registerPasswordFile));
        }
        // An empty first line: no password (Kerberos, or a trusted local socket).
        if (!read->isEmpty())
            password = std::make_shared<const crypto::SecureBytes>(std::move(*read));
    } else {
        // The credential store answers asynchronously: run the event loop until it does.
        secrets::KeychainSecretStore store;
        std::optional<Result<std::shared_ptr<const crypto::SecureBytes>>> answer;
        QEventLoop loop;
        secrets::readRegisterPassword(
            store, *m_server, &store,
            [&](Result<std::shared_ptr<const crypto::SecureBytes>> r, secrets::SecretProblem) {
                answer.emplace(std::move(r));
                loop.quit();
            });
        if (!answer)
            loop.exec();
        if (!answer->ok())
            return answer->error();
        password = answer->value();
    }
    m_registerPassword = password;
    return password;
}

int CliApp::cmdHistory(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption limit(QStringLiteral("limit"), QString(), QStringLiteral("N"));
    p.addOptions({json, limit});
    if (!p.parse(QStringList{QStringLiteral("history")} + args))
        return usage(tr("%1.").arg(p.errorText()));
    if (!p.positionalArguments().isEmpty())
        return usage(
            tr("\"history\" takes no file or name: %1").arg(p.positionalArguments().first()));
    qint64 max = -1;
    if (p.isSet(limit)) {
        bool ok = false;
        max = p.value(limit).toLongLong(&ok);
        if (!ok || max < 0)
            return usage(tr("--limit needs a whole number of 0 or more."));
    }

    Result<std::unique_ptr<Database>> db = openDatabase();
    if (!db)
        return fail(db.error());
    Result<QList<AuditEntry>> entries = db.value()->audit().entries(max, true);
    if (!entries)
        return fail(entries.error());

    if (p.isSet(json)) {
        QJsonArray array;
        for (const AuditEntry& e : entries.value()) {
            QJsonObject o{{QStringLiteral("seq"), e.seq},
                          {QStringLiteral("time"), isoTime(e.timeUs)},
                          {QStringLiteral("timeUs"), e.timeUs},
                          {QStringLiteral("actor"), e.actor},
                          {QStringLiteral("action"), e.action},
                          {QStringLiteral("objectType"), e.objectType},
                          {QStringLiteral("objectId"), e.objectId},
                          {QStringLiteral("entryHash"), QString::fromLatin1(e.entryHash.toHex())}};
            o.insert(QStringLiteral("detail"),
                     e.detail ? QJsonValue(QJsonDocument::fromJson(*e.detail).object())
                              : QJsonValue(QJsonValue::Null));
            array.append(o);
        }
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return code(ExitCode::Success);
    }

    if (entries->isEmpty()) {
        m_out << tr("No events are recorded yet.") << '\n';
        return code(ExitCode::Success);
    }
    for (const AuditEntry& e : entries.value()) {
        m_out << QStringLiteral("%1  %2  %3  %4  %5/%6")
                     .arg(e.seq, 5)
                     .arg(formatTime(e.timeUs), e.action.leftJustified(20), e.actor, e.objectType,
                          e.objectId)
              << '\n';
    }
    return code(ExitCode::Success);
}

int CliApp::cmdAudit(const QStringList& args)
{
    if (args.size() != 1 || args.first() != QLatin1String("verify"))
        return usage(tr("Use \"sharewise-cli audit verify\"."));
    Result<std::unique_ptr<Database>> db = openDatabase();
    if (!db)
        return fail(db.error());
    const AuditVerification v = db.value()->audit().verify();
    if (!v.intact) {
        m_err << tr("The audit trail is broken at entry %1.").arg(v.firstBadSeq) << '\n'
              << v.problem << '\n'
              << tr("The entries before it are intact. Do not rely on this history until your "
                    "information governance lead has looked at it.")
              << '\n';
        return code(ExitCode::VerificationFailed);
    }
    m_out << tr("The audit trail is intact: %n entries checked.", nullptr,
                static_cast<int>(v.entriesChecked))
          << '\n'
          << tr("Last entry hash: %1").arg(QString::fromLatin1(v.headHash.toHex())) << '\n';
    return code(ExitCode::Success);
}

int CliApp::cmdBackup(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption force(QStringLiteral("force"));
    p.addOption(force);
    if (!p.parse(QStringList{QStringLiteral("backup")} + args))
        return usage(tr("%1.").arg(p.errorText()));
    if (p.positionalArguments().size() != 1)
        return usage(tr("Name the backup file: sharewise-cli backup FILE"));
    if (m_server)
        return fail(makeError(ErrorKind::Usage,
                              tr("The shared register is backed up on its server, by IT (for "
                                 "example with pg_dump); \"backup\" copies a history file.")));
    Result<std::unique_ptr<Database>> db = openDatabase();
    if (!db)
        return fail(db.error());
    Result<HistoryBackup::Summary> r =
        HistoryBackup::create(*db.value(), p.positionalArguments().first(), p.isSet(force));
    if (!r)
        return fail(r.error());
    m_out << tr("Backup written: %1 (%n audit entries, checked).", nullptr,
                static_cast<int>(r->auditEntries))
                 .arg(QDir::toNativeSeparators(r->file))
          << '\n';
    return code(ExitCode::Success);
}

int CliApp::cmdRestore(const QStringList& args)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-')))
        return usage(tr("Name the backup file: sharewise-cli restore FILE"));
    if (m_server)
        return fail(
            makeError(ErrorKind::Usage, tr("The shared register is restored on its server, by IT; "
                                           "\"restore\" replaces a history file.")));
    Result<HistoryBackup::Summary> r =
        HistoryBackup::restore(m_databasePath, args.first(), Session::actor());
    if (!r)
        return fail(r.error());
    m_out << tr("History restored from %1.").arg(QDir::toNativeSeparators(args.first())) << '\n';
    if (!r->previousHistoryKeptAs.isEmpty()) {
        m_out << tr("The history it replaced is kept as %1.")
                     .arg(QDir::toNativeSeparators(r->previousHistoryKeptAs))
              << '\n';
    }
    return code(ExitCode::Success);
}

} // namespace sharewise
