#pragma once

#include "common/Error.h"

#include <QString>
#include <QStringList>

// The database roles and grants of a shared register on PostgreSQL
// (docs/shared-register.md, "Roles and grants"). IT reviews the SQL
// (`sharewise-cli register roles-sql`) and applies it with psql as the register's
// owner (the login that created the register and runs its upgrades), after the register
// exists and again after each upgrade. Applying it twice changes nothing.
//
// Three group roles, none of which can log in; each person's own login is made a member
// of one of them:
//   sharewise_officer   reads everything; writes only where the officer's work writes
//                       (shares, bundles and receipts, outputs, incidents, partners' keys,
//                       their own identity) and appends to the audit log — never changes
//                       or removes an audit row, never records a review decision
//   sharewise_reviewer  an officer who may also record review decisions, approve or send
//                       back a share (a trigger checks the login's role), and keep the
//                       agreements register and agreement keys
//   sharewise_admin     reads everything; keeps the register's members and the
//                       partners' keys; appends to the audit log
// The owner is none of these. Purging an audit entry's detail (the one change the audit
// log's trigger allows) is left to the owner.
namespace sharewise::RegisterRoles {

inline constexpr char kOfficer[] = "sharewise_officer";
inline constexpr char kReviewer[] = "sharewise_reviewer";
inline constexpr char kAdmin[] = "sharewise_admin";

// The statements, in order, for the register in `schema` (empty: public). Each is one
// SQL statement (some are DO blocks) to run as the owner or a superuser. A schema name
// that is not a plain identifier is refused.
Result<QStringList> statements(const QString& schema = QString());

// The statements as one script for psql, with a heading, one transaction and comments.
Result<QString> script(const QString& schema = QString());

} // namespace sharewise::RegisterRoles
