#pragma once

#include "common/Error.h"

#include <QList>
#include <QString>

#include <optional>

namespace sharewise {

class Database;

// Who belongs to a register and in what role (schema 6, `register_members`): on a shared
// register, who may review (docs/shared-register.md). Each change is one write
// transaction with its audit entry; a member is removed (with who and when), never
// deleted, so the list of who could review at any time stays.
//
// The database's own roles (RegisterRoles) are what the server enforces; this list is
// what Sharewise checks before it records a review decision on a shared register, once
// the register lists any member: the decision's reviewer must be a current reviewer
// here (by key fingerprint when recorded, else by name; and by login when recorded).
// The local SQLite history keeps its members too, but its reviews are not checked
// against them (four eyes, as always).
enum class MemberRole : quint8
{
    Officer,
    Reviewer,
    Administrator,
};

[[nodiscard]] QString memberRoleName(MemberRole role); // "officer", "reviewer", "administrator"
[[nodiscard]] std::optional<MemberRole> memberRoleFromName(const QString& name);
[[nodiscard]] QString memberRoleLabel(MemberRole role); // for people

namespace MemberError {
inline constexpr char NotReviewer[] = "register.not_reviewer";
inline constexpr char AlreadyMember[] = "register.already_member";
inline constexpr char NotMember[] = "register.not_member";
} // namespace MemberError

struct RegisterMember
{
    qint64 id = 0;
    QString displayName;
    QString loginName;   // their login to the register's server, when recorded
    QString fingerprint; // their identity's fingerprint, when recorded
    MemberRole role = MemberRole::Officer;
    QString addedBy;
    qint64 addedUs = 0;
    QString removedBy;
    qint64 removedUs = 0; // 0 while a member

    [[nodiscard]] bool current() const { return removedUs == 0; }
};

class RegisterMembers
{
public:
    explicit RegisterMembers(Database& db);

    // Records a member (display name and role; login and fingerprint if given). Refused
    // when the same name already holds that role.
    Result<RegisterMember> add(const RegisterMember& member);
    // Ends a membership: the name's current membership in `role`.
    Result<RegisterMember> remove(const QString& displayName, MemberRole role);
    // Current members by name and role; with `includeRemoved`, everyone ever recorded.
    Result<QList<RegisterMember>> list(bool includeRemoved = false) const;

    // On a shared register that lists its members: whether `reviewerName` with the key
    // `fingerprint` is a current reviewer; refused (MemberError::NotReviewer) with a
    // plain sentence when not. Always passes on the local SQLite history and on a
    // shared register that lists no one yet.
    Status checkReviewer(const QString& reviewerName, const QString& fingerprint) const;

    // A fingerprint as typed (any case, spaces or none) in its usual groups of four;
    // empty when it is not a fingerprint.
    static QString normaliseFingerprint(const QString& text);

private:
    Database& m_db;
};

} // namespace sharewise
