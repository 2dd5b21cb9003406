// sharewise-cli register: the shared register (docs/shared-register.md): the database
// roles and grants for IT to review and apply (roles-sql), and who belongs to the register
// in which role (members).
#include "CliApp.h"

#include "common/Session.h"
#include "store/Database.h"
#include "store/HistoryTransfer.h"
#include "store/RegisterMembers.h"
#include "store/RegisterRoles.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sharewise {
namespace {

using namespace Qt::StringLiterals;

int code(ExitCode c)
{
    return static_cast<int>(c);
}

QString isoTime(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject memberJson(const RegisterMember& m)
{
    QJsonObject o{
        {u"id"_s, m.id},
        {u"name"_s, m.displayName},
        {u"role"_s, memberRoleName(m.role)},
        {u"login"_s, m.loginName.isEmpty() ? QJsonValue() : QJsonValue(m.loginName)},
        {u"fingerprint"_s, m.fingerprint.isEmpty() ? QJsonValue() : QJsonValue(m.fingerprint)},
        {u"added_by"_s, m.addedBy},
        {u"added_at"_s, isoTime(m.addedUs)}};
    if (!m.current()) {
        o.insert(u"removed_by"_s, m.removedBy);
        o.insert(u"removed_at"_s, isoTime(m.removedUs));
    }
    return o;
}

} // namespace

int CliApp::cmdRegister(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == u"roles-sql"_s)
        return cmdRegisterRolesSql(args.mid(1));
    if (sub == u"members"_s)
        return cmdRegisterMembers(args.mid(1));
    if (sub == u"import"_s || sub == u"export"_s)
        return cmdRegisterMove(sub == u"import"_s, args.mid(1));
    return usage(tr("Use \"register roles-sql\", \"register members\", \"register import\" or "
                    "\"register export\"."));
}

// register import FILE: a desktop's history file into the (new, empty) shared register.
// register export FILE: the shared register out to a new history file.
int CliApp::cmdRegisterMove(bool into, const QStringList& args)
{
    const QString verb = into ? u"import"_s : u"export"_s;
    QCommandLineParser p;
    if (!p.parse(QStringList{u"register "_s + verb} + args))
        return usage(tr("%1.").arg(p.errorText()));
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1) {
        return usage(into ? tr("Name the history file to copy into the shared register: "
                               "sharewise-cli --register \"...\" register import FILE")
                          : tr("Name the new history file to copy the shared register into: "
                               "sharewise-cli --register \"...\" register export FILE"));
    }
    if (!m_server) {
        return usage(tr("\"register %1\" works on the shared register: give --register, or "
                        "choose the shared register in Settings.")
                         .arg(verb));
    }
    const QString file = QFileInfo(pos.first()).absoluteFilePath();
    if (into && !QFileInfo(file).isFile()) {
        return fail(makeError(ErrorKind::Usage,
                              tr("There is no history file here. Check the name."),
                              QDir::toNativeSeparators(file)));
    }
    if (!into && QFileInfo::exists(file)) {
        return fail(makeError(ErrorKind::Usage,
                              tr("A file of that name exists already, and the register is only "
                                 "ever copied into a new file. Choose another name."),
                              QDir::toNativeSeparators(file)));
    }
    Result<std::shared_ptr<const crypto::SecureBytes>> password = registerPassword();
    if (!password)
        return fail(password.error());

    Database::Options fileOptions;
    fileOptions.path = file;
    fileOptions.actor = Session::actor();
    fileOptions.recordCreation = into; // a new file receives the register's own chain
    Database::Options serverOptions;
    serverOptions.server = m_server;
    serverOptions.password = password.value();
    serverOptions.actor = Session::actor();
    serverOptions.recordCreation = !into; // a new register receives the file's chain

    Result<std::unique_ptr<Database>> from = Database::open(into ? fileOptions : serverOptions);
    if (!from)
        return fail(from.error());
    Result<std::unique_ptr<Database>> to = Database::open(into ? serverOptions : fileOptions);
    if (!to) {
        if (!into)
            QFile::remove(file);
        return fail(to.error());
    }
    Result<TransferReport> copied = copyHistory(*from.value(), *to.value());
    if (!copied) {
        if (!into) {
            // Nothing half-written is left: the new file goes with the failed copy.
            to.value().reset();
            for (const QString& f : QStringList{file, file + u"-wal"_s, file + u"-shm"_s})
                QFile::remove(f);
        }
        return fail(copied.error());
    }
    for (const auto& [table, rows] : std::as_const(copied->rows))
        m_out << u"  %1  %2"_s.arg(rows, 9).arg(table) << '\n';
    m_out << (into ? tr("Copied into the shared register %1: %n audit entries, the same chain "
                        "(last entry %2), checked.",
                        nullptr, int(copied->auditEntries))
                         .arg(to.value()->location(),
                              QString::fromLatin1(copied->headHash.toHex().left(16)))
                   : tr("Copied the shared register into %1: %n audit entries, the same chain "
                        "(last entry %2), checked.",
                        nullptr, int(copied->auditEntries))
                         .arg(QDir::toNativeSeparators(file),
                              QString::fromLatin1(copied->headHash.toHex().left(16))))
          << '\n';
    return code(ExitCode::Success);
}

int CliApp::cmdRegisterRolesSql(const QStringList& args)
{
    QCommandLineParser p;
    const QCommandLineOption schemaOpt(u"schema"_s, QString(), u"SCHEMA"_s);
    p.addOption(schemaOpt);
    if (!p.parse(QStringList{u"register roles-sql"_s} + args))
        return usage(tr("%1.").arg(p.errorText()));
    if (!p.positionalArguments().isEmpty())
        return usage(tr("\"register roles-sql\" takes no file or name; choose the schema with "
                        "--schema."));
    Result<QString> sql = RegisterRoles::script(p.value(schemaOpt));
    if (!sql)
        return fail(sql.error());
    m_out << sql.value();
    return code(ExitCode::Success);
}

int CliApp::cmdRegisterMembers(const QStringList& args)
{
    QString sub = args.value(0);
    QStringList rest = args.mid(1);
    if (sub.isEmpty() || sub.startsWith(u'-')) {
        sub = u"list"_s; // "register members" alone lists them
        rest = args;
    }
    if (sub != u"add"_s && sub != u"remove"_s && sub != u"list"_s)
        return usage(tr("Use \"register members add\", \"remove\" or \"list\"."));

    QCommandLineParser p;
    const QCommandLineOption roleOpt(u"role"_s, QString(), u"ROLE"_s);
    const QCommandLineOption loginOpt(u"login"_s, QString(), u"LOGIN"_s);
    const QCommandLineOption fingerprintOpt(u"fingerprint"_s, QString(), u"FINGERPRINT"_s);
    const QCommandLineOption allOpt(u"all"_s);
    const QCommandLineOption json(u"json"_s);
    if (sub == u"add"_s)
        p.addOptions({roleOpt, loginOpt, fingerprintOpt});
    else if (sub == u"remove"_s)
        p.addOption(roleOpt);
    else
        p.addOptions({allOpt, json});
    if (!p.parse(QStringList{u"register members "_s + sub} + rest))
        return usage(tr("%1.").arg(p.errorText()));
    const QStringList pos = p.positionalArguments();

    std::optional<MemberRole> role;
    if (sub != u"list"_s) {
        if (pos.size() != 1)
            return usage(tr("Name the person, in quotes if the name has spaces: register "
                            "members %1 \"NAME\" --role officer|reviewer|administrator")
                             .arg(sub));
        if (!p.isSet(roleOpt))
            return usage(tr("Give the role: --role officer, reviewer or administrator."));
        role = memberRoleFromName(p.value(roleOpt));
        if (!role)
            return usage(tr("Unknown role \"%1\": use officer, reviewer or administrator.")
                             .arg(p.value(roleOpt)));
    } else if (!pos.isEmpty()) {
        return usage(tr("\"register members list\" takes no name."));
    }

    Result<std::unique_ptr<Database>> opened = openDatabase();
    if (!opened)
        return fail(opened.error());
    RegisterMembers members(*opened.value());

    if (sub == u"add"_s) {
        RegisterMember m;
        m.displayName = pos.first();
        m.role = *role;
        m.loginName = p.value(loginOpt);
        m.fingerprint = p.value(fingerprintOpt);
        Result<RegisterMember> added = members.add(m);
        if (!added)
            return fail(added.error());
        m_out << tr("%1 is now recorded as %2 in this register.")
                     .arg(added->displayName, memberRoleLabel(added->role))
              << '\n';
        return code(ExitCode::Success);
    }
    if (sub == u"remove"_s) {
        Result<RegisterMember> removed = members.remove(pos.first(), *role);
        if (!removed)
            return fail(removed.error());
        m_out << tr("%1 is no longer recorded as %2 in this register.")
                     .arg(removed->displayName, memberRoleLabel(removed->role))
              << '\n';
        return code(ExitCode::Success);
    }

    Result<QList<RegisterMember>> all = members.list(p.isSet(allOpt));
    if (!all)
        return fail(all.error());
    if (p.isSet(json)) {
        QJsonArray items;
        for (const RegisterMember& m : all.value())
            items.append(memberJson(m));
        m_out << QJsonDocument(QJsonObject{{u"members"_s, items}}).toJson(QJsonDocument::Indented);
        return code(ExitCode::Success);
    }
    if (all->isEmpty()) {
        m_out << tr("No members are recorded in this register yet.") << '\n';
        return code(ExitCode::Success);
    }
    for (const RegisterMember& m : all.value()) {
        QStringList parts{m.displayName, memberRoleLabel(m.role)};
        if (!m.loginName.isEmpty())
            parts << tr("login %1").arg(m.loginName);
        if (!m.fingerprint.isEmpty())
            parts << tr("key %1").arg(m.fingerprint);
        if (!m.current())
            parts << tr("removed %1 by %2").arg(isoTime(m.removedUs), m.removedBy);
        m_out << parts.join(u"  "_s) << '\n';
    }
    return code(ExitCode::Success);
}

} // namespace sharewise
