// sharewise-cli register: the shared register (docs/shared-register.md): the database
// roles and grants for IT to review and apply (roles-sql), and who belongs to the register
// in which role (members).
#include "CliApp.h"

#include "store/Database.h"
#include "store/RegisterMembers.h"
#include "store/RegisterRoles.h"

#include <QCommandLineParser>
#include <QDateTime>
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
    return usage(tr("Use \"register roles-sql\" or \"register members\"."));
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
