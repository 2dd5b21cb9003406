#include "store/RegisterMembers.h"

#include "common/Clock.h"
#include "crypto/Base32.h"
#include "crypto/Identity.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sharewise {
using namespace Qt::StringLiterals;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(RegisterMembers)
};

// PostgreSQL's "insufficient privilege": the login's role may not make this change.
constexpr auto kInsufficientPrivilege = "42501";

Error sqlError(const QSqlQuery& q)
{
    if (q.lastError().nativeErrorCode() == QLatin1String(kInsufficientPrivilege)) {
        return makeError(ErrorKind::Policy,
                         Tr::tr("Your login to the shared register may not change its members; "
                                "ask the register's administrator to make the change."));
    }
    return makeError(ErrorKind::Failure,
                     Tr::tr("Could not read or change the register's members (%1).")
                         .arg(describeSqlError(q.lastError())));
}

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

constexpr auto kColumns = "id, display_name, login_name, fingerprint, role, added_by, "
                          "added_at_us, removed_by, removed_at_us";

RegisterMember readRow(const QSqlQuery& q)
{
    RegisterMember m;
    m.id = q.value(0).toLongLong();
    m.displayName = q.value(1).toString();
    m.loginName = q.value(2).toString();
    m.fingerprint = q.value(3).toString();
    m.role = memberRoleFromName(q.value(4).toString()).value_or(MemberRole::Officer);
    m.addedBy = q.value(5).toString();
    m.addedUs = q.value(6).toLongLong();
    m.removedBy = q.value(7).toString();
    m.removedUs = q.value(8).isNull() ? 0 : q.value(8).toLongLong();
    return m;
}

bool sameName(const QString& a, const QString& b)
{
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

// The current membership of `name` in `role`, if any (names compared ignoring case and
// extra spaces).
Result<std::optional<RegisterMember>> currentMembership(Database& db, const QString& name,
                                                        MemberRole role)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT "_s + QLatin1String(kColumns) +
              u" FROM register_members WHERE role = ? AND removed_at_us IS NULL ORDER BY id"_s);
    q.addBindValue(memberRoleName(role));
    if (!q.exec())
        return sqlError(q);
    std::optional<RegisterMember> found;
    while (q.next()) {
        RegisterMember m = readRow(q);
        if (sameName(m.displayName, name)) {
            found = m;
            break;
        }
    }
    return found;
}

Status audit(Database& db, const QString& action, const RegisterMember& m)
{
    AuditEvent e;
    e.actor = db.actor();
    e.action = action;
    e.objectType = u"register_member"_s;
    e.objectId = QString::number(m.id);
    QJsonObject detail{{u"name"_s, m.displayName}, {u"role"_s, memberRoleName(m.role)}};
    if (!m.loginName.isEmpty())
        detail.insert(u"login"_s, m.loginName);
    if (!m.fingerprint.isEmpty())
        detail.insert(u"fingerprint"_s, m.fingerprint);
    e.detail = detail;
    if (Result<AuditEntry> r = db.audit().append(e); !r)
        return r.error();
    return {};
}

} // namespace

QString memberRoleName(MemberRole role)
{
    switch (role) {
    case MemberRole::Officer:
        return u"officer"_s;
    case MemberRole::Reviewer:
        return u"reviewer"_s;
    case MemberRole::Administrator:
        return u"administrator"_s;
    }
    return u"officer"_s;
}

std::optional<MemberRole> memberRoleFromName(const QString& name)
{
    for (MemberRole r : {MemberRole::Officer, MemberRole::Reviewer, MemberRole::Administrator}) {
        if (memberRoleName(r) == name)
            return r;
    }
    return std::nullopt;
}

QString memberRoleLabel(MemberRole role)
{
    switch (role) {
    case MemberRole::Officer:
        return Tr::tr("officer");
    case MemberRole::Reviewer:
        return Tr::tr("IG reviewer");
    case MemberRole::Administrator:
        return Tr::tr("administrator");
    }
    return {};
}

QString RegisterMembers::normaliseFingerprint(const QString& text)
{
    const std::optional<QByteArray> bytes = crypto::Base32::decode(text.trimmed());
    if (!bytes || bytes->size() != 16)
        return {};
    return crypto::KeyCard::formatFingerprint(*bytes);
}

RegisterMembers::RegisterMembers(Database& db)
    : m_db(db)
{}

Result<RegisterMember> RegisterMembers::add(const RegisterMember& member)
{
    RegisterMember m = member;
    m.displayName = member.displayName.simplified();
    m.loginName = member.loginName.trimmed();
    if (m.displayName.isEmpty())
        return makeError(ErrorKind::Usage, Tr::tr("Give the member's name."));
    if (m.displayName.size() > 200)
        return makeError(ErrorKind::Usage,
                         Tr::tr("The member's name is too long: use at most 200 characters."));
    if (!member.fingerprint.trimmed().isEmpty()) {
        m.fingerprint = normaliseFingerprint(member.fingerprint);
        if (m.fingerprint.isEmpty())
            return makeError(ErrorKind::Usage,
                             Tr::tr("\"%1\" is not a key fingerprint: copy it from the person's "
                                    "key card (26 letters and digits, in groups of four).")
                                 .arg(member.fingerprint.trimmed()));
    }

    Database::WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    Result<std::optional<RegisterMember>> existing = currentMembership(m_db, m.displayName, m.role);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return withCode(makeError(ErrorKind::Policy,
                                  Tr::tr("%1 is already recorded as %2 in this register.")
                                      .arg(existing->value().displayName, memberRoleLabel(m.role))),
                        MemberError::AlreadyMember);
    m.addedBy = m_db.actor();
    m.addedUs = Clock::nowUs();
    m.removedBy.clear();
    m.removedUs = 0;
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO register_members (display_name, login_name, fingerprint, role, "
              u"added_by, added_at_us) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(m.displayName);
    q.addBindValue(textOrNull(m.loginName));
    q.addBindValue(textOrNull(m.fingerprint));
    q.addBindValue(memberRoleName(m.role));
    q.addBindValue(m.addedBy);
    q.addBindValue(m.addedUs);
    if (!q.exec() || !q.next())
        return sqlError(q);
    m.id = q.value(0).toLongLong();
    q.finish(); // SQLite: the INSERT ... RETURNING statement ends here
    if (Status s = audit(m_db, u"register.member_added"_s, m); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return m;
}

Result<RegisterMember> RegisterMembers::remove(const QString& displayName, MemberRole role)
{
    Database::WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    Result<std::optional<RegisterMember>> existing = currentMembership(m_db, displayName, role);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return withCode(makeError(ErrorKind::BadInput,
                                  Tr::tr("%1 is not recorded as %2 in this register: check the "
                                         "name (sharewise-cli register members list shows them).")
                                      .arg(displayName.simplified(), memberRoleLabel(role))),
                        MemberError::NotMember);
    RegisterMember m = existing->value();
    m.removedBy = m_db.actor();
    m.removedUs = Clock::nowUs();
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE register_members SET removed_by = ?, removed_at_us = ? "
              u"WHERE id = ? AND removed_at_us IS NULL"_s);
    q.addBindValue(m.removedBy);
    q.addBindValue(m.removedUs);
    q.addBindValue(m.id);
    if (!q.exec())
        return sqlError(q);
    if (Status s = audit(m_db, u"register.member_removed"_s, m); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return m;
}

Result<QList<RegisterMember>> RegisterMembers::list(bool includeRemoved) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QString sql = u"SELECT "_s + QLatin1String(kColumns) + u" FROM register_members"_s;
    if (!includeRemoved)
        sql += u" WHERE removed_at_us IS NULL"_s;
    sql += u" ORDER BY lower(display_name), role, id"_s;
    if (!q.exec(sql))
        return sqlError(q);
    QList<RegisterMember> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

Status RegisterMembers::checkReviewer(const QString& reviewerName, const QString& fingerprint) const
{
    if (!m_db.isShared())
        return {};
    Result<QList<RegisterMember>> current = list();
    if (!current)
        return current.error();
    if (current->isEmpty())
        return {}; // the register lists no one yet: the database's roles alone decide
    const QString key = normaliseFingerprint(fingerprint);
    QString login; // the server's word for who is connected, read when needed
    for (const RegisterMember& m : current.value()) {
        if (m.role != MemberRole::Reviewer)
            continue;
        const bool byKey =
            !m.fingerprint.isEmpty() ? m.fingerprint == key : sameName(m.displayName, reviewerName);
        if (!byKey)
            continue;
        if (!m.loginName.isEmpty()) {
            if (login.isEmpty()) {
                QSqlQuery q(m_db.connection());
                if (!q.exec(u"SELECT session_user"_s) || !q.next())
                    return sqlError(q);
                login = q.value(0).toString();
            }
            if (m.loginName.compare(login, Qt::CaseInsensitive) != 0)
                continue;
        }
        return {};
    }
    return withCode(makeError(ErrorKind::Policy,
                              Tr::tr("%1 is not one of this shared register's IG reviewers, so "
                                     "the decision was not recorded; ask the register's "
                                     "administrator to add them as a reviewer.")
                                  .arg(reviewerName.simplified())),
                    MemberError::NotReviewer);
}

} // namespace sharewise
