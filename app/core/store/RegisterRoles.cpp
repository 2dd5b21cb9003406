#include "store/RegisterRoles.h"

#include "store/Migrations.h"

#include "sharewise/Version.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sharewise::RegisterRoles {
using namespace Qt::StringLiterals;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(RegisterRoles)
};

// Where each group role may write, table by table: a column list limits UPDATE to the
// columns Sharewise changes (a share's uid, preparer and creation time stay as made).
struct Write
{
    QString privileges; // "INSERT", "INSERT, DELETE", ...
    QString table;
    QString updateColumns; // empty: no UPDATE
};

// What an officer's work writes: ShareStore, BundleLedger, Outputs, Incidents,
// RecipientsDirectory (a sender's key added when a bundle is opened), OwnIdentityRecords
// and AuditLog::append (appends only).
QList<Write> officerWrites()
{
    return {
        {u"INSERT"_s, u"audit_log"_s, {}},
        {u"INSERT"_s, u"audit_heads"_s, {}},
        {u"INSERT"_s, u"shares"_s,
         u"status, row_version, agreement_reference, agreement_version, agreement_hash, "
         "partner, preparer_fingerprint, dataset_path, dataset_name, dataset_size, "
         "dataset_modified_us, read_options, profile_json, recipients, binding, summary, "
         "review_required, bundle_path, bundle_uid, sent_route, sent_at_us, updated_at_us, "
         "submitted_at_us, row_count, search_text"_s},
        {u"INSERT"_s, u"bundles"_s, u"received_at_us"_s},
        {u"INSERT"_s, u"bundle_recipients"_s, {}},
        {u"INSERT"_s, u"receipts"_s, {}},
        {u"INSERT"_s, u"returned_outputs"_s, {}},
        {u"INSERT"_s, u"returned_output_shares"_s, {}},
        {u"INSERT"_s, u"incidents"_s, {}},
        {u"INSERT"_s, u"recipient_keys"_s,
         u"verified_by, verified_at_us, verified_how, revoked_by, revoked_at_us, "
         "revoke_reason"_s},
        {u"INSERT"_s, u"own_identities"_s, u"status, retired_at_us"_s},
    };
}

// What only an IG reviewer writes, beyond an officer's: review decisions, the agreements
// register (AgreementRegister) and agreements' keys (AgreementKeys).
QList<Write> reviewerWrites()
{
    return {
        {u"INSERT"_s, u"share_decisions"_s, {}},
        {u"INSERT"_s, u"organisations"_s, {}},
        {u"INSERT"_s, u"agreements"_s,
         u"title, status, current_version, starts_on, ends_on, review_due_on, "
         "requires_review, updated_at_us"_s},
        {u"INSERT"_s, u"agreement_versions"_s, {}},
        {u"INSERT, DELETE"_s, u"agreement_parties"_s, {}},
        {u"INSERT, DELETE"_s, u"expected_outputs"_s, {}},
        {u"INSERT"_s, u"agreement_keys"_s, {}},
        {u"INSERT"_s, u"agreement_key_grants"_s,
         u"sealed_key, revoked_by, revoked_at_us, revoke_reason"_s},
    };
}

// The register's administrator: its members, partners' keys, and the audit entries
// those changes write.
QList<Write> adminWrites()
{
    return {
        {u"INSERT"_s, u"audit_log"_s, {}},
        {u"INSERT"_s, u"audit_heads"_s, {}},
        {u"INSERT"_s, u"register_members"_s, u"removed_by, removed_at_us"_s},
        {u"INSERT"_s, u"recipient_keys"_s,
         u"verified_by, verified_at_us, verified_how, revoked_by, revoked_at_us, "
         "revoke_reason"_s},
    };
}

QStringList grantsOf(const QList<Write>& writes, const QString& schema, const QString& role)
{
    QStringList out;
    for (const Write& w : writes) {
        out << u"GRANT %1 ON %2.%3 TO %4"_s.arg(w.privileges, schema, w.table, role);
        if (!w.updateColumns.isEmpty()) {
            out << u"GRANT UPDATE (%1) ON %2.%3 TO %4"_s.arg(w.updateColumns, schema, w.table,
                                                             role);
        }
    }
    return out;
}

} // namespace

Result<QStringList> statements(const QString& schemaName)
{
    static const QRegularExpression identifier(u"^[A-Za-z_][A-Za-z0-9_]{0,62}$"_s);
    const QString schema = schemaName.isEmpty() ? u"public"_s : schemaName.toLower();
    if (!identifier.match(schema).hasMatch()) {
        return makeError(ErrorKind::Usage,
                         Tr::tr("The schema name may hold only letters, digits and underscores, "
                                "and cannot start with a digit."));
    }
    const QString officer = QLatin1String(kOfficer);
    const QString reviewer = QLatin1String(kReviewer);
    const QString admin = QLatin1String(kAdmin);
    const int latest = Migrations::latestVersion();

    QStringList out;
    // The register must exist, at the schema this program knows: its tables are named
    // below, and a newer register may have tables this program cannot name.
    out << uR"(DO $check$
DECLARE
    v integer;
    reg_owner name;
BEGIN
    IF to_regclass('%1.schema_migrations') IS NULL THEN
        RAISE EXCEPTION 'There is no Sharewise register in schema %1 of database %: open it once with Sharewise as the owner login first, then apply this SQL.', current_database();
    END IF;
    SELECT max(version) INTO v FROM %1.schema_migrations;
    IF v < %2 THEN
        RAISE EXCEPTION 'The register in schema %1 is at version %, older than this SQL (version %2): open it once with Sharewise %3 as the owner login to upgrade it, then apply this SQL.', v;
    END IF;
    IF v > %2 THEN
        RAISE EXCEPTION 'The register in schema %1 is at version %, newer than this SQL (version %2): apply the roles SQL of the Sharewise that upgraded it (sharewise-cli register roles-sql).', v;
    END IF;
    SELECT tableowner INTO reg_owner FROM pg_tables
        WHERE schemaname = '%1' AND tablename = 'schema_migrations';
    IF reg_owner IN ('%4', '%5', '%6') THEN
        RAISE EXCEPTION 'The register is owned by the group role %, which must not own it: make IT''s own login the owner (ALTER TABLE ... OWNER TO), then apply this SQL.', reg_owner;
    END IF;
END
$check$)"_s.arg(schema)
               .arg(latest)
               .arg(QStringLiteral(SHAREWISE_VERSION_STRING), officer, reviewer, admin);

    // The group roles: cluster-wide, made once; none can log in.
    out << uR"(DO $roles$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN
        CREATE ROLE %1 NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%2') THEN
        CREATE ROLE %2 NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%3') THEN
        CREATE ROLE %3 NOLOGIN;
    END IF;
END
$roles$)"_s.arg(officer, reviewer, admin);
    for (const QString& role : {officer, reviewer, admin})
        out << u"ALTER ROLE %1 NOLOGIN"_s.arg(role);
    out << u"GRANT %1 TO %2"_s.arg(officer, reviewer);

    // The database is the register's own: only its roles (and the owner) connect.
    out << uR"(DO $database$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %1, %2', current_database());
END
$database$)"_s.arg(officer, admin);

    // Start from nothing each time, so applying a newer version's SQL also takes away
    // what it no longer grants; all of this runs in one transaction.
    out << u"REVOKE CREATE ON SCHEMA %1 FROM PUBLIC"_s.arg(schema);
    out << u"REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM PUBLIC, %2, %3, %4"_s.arg(schema, officer,
                                                                                  reviewer, admin);
    out << u"REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM PUBLIC, %2, %3, %4"_s.arg(
        schema, officer, reviewer, admin);
    out << u"GRANT USAGE ON SCHEMA %1 TO %2, %3"_s.arg(schema, officer, admin);
    out << u"GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2, %3"_s.arg(schema, officer, admin);
    // Identity columns draw their numbers from sequences.
    out << u"GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2, %3"_s.arg(schema, officer, admin);
    out << grantsOf(officerWrites(), schema, officer);
    out << grantsOf(reviewerWrites(), schema, reviewer);
    out << grantsOf(adminWrites(), schema, admin);

    // Tables a later upgrade adds (run by the owner) can be read at once; what may be
    // written to them comes with that version's roles SQL.
    out << uR"(DO $defaults$
DECLARE
    reg_owner name;
BEGIN
    SELECT tableowner INTO reg_owner FROM pg_tables
        WHERE schemaname = '%1' AND tablename = 'schema_migrations';
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %1 GRANT SELECT ON TABLES TO %2, %3', reg_owner);
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %1 GRANT USAGE ON SEQUENCES TO %2, %3', reg_owner);
END
$defaults$)"_s.arg(schema, officer, admin);

    // A share becomes approved or rejected only from a reviewer's login. session_user is
    // the login itself, which SET ROLE does not change. (The decision must also carry
    // the reviewer's signature, which the database alone cannot make.)
    out << uR"(CREATE OR REPLACE FUNCTION %1.sharewise_review_by_reviewer() RETURNS trigger
    LANGUAGE plpgsql AS $body$
BEGIN
    IF NEW.status IN ('approved', 'rejected')
       AND (TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status)
       AND NOT pg_has_role(session_user, '%2', 'MEMBER') THEN
        RAISE EXCEPTION USING
            MESSAGE = format('Only an IG reviewer''s login can approve or send back a share; %s is not one', session_user),
            ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$body$)"_s.arg(schema, reviewer);
    out << u"DROP TRIGGER IF EXISTS shares_review_by_reviewer ON %1.shares"_s.arg(schema);
    out << u"CREATE TRIGGER shares_review_by_reviewer BEFORE INSERT OR UPDATE OF status ON "
           "%1.shares FOR EACH ROW EXECUTE FUNCTION %1.sharewise_review_by_reviewer()"_s.arg(
               schema);
    return out;
}

Result<QString> script(const QString& schema)
{
    Result<QStringList> all = statements(schema);
    if (!all)
        return all.error();
    QString text =
        u"-- Sharewise %1: database roles and grants of the shared register (schema %2).\n"
        "-- Review, then apply as the register's owner (or a superuser), for example:\n"
        "--   psql -v ON_ERROR_STOP=1 \"host=HOST dbname=DATABASE user=OWNER\" -f roles.sql\n"
        "-- Apply it again after each upgrade of the register. See docs/shared-register.md.\n"
        "-- Group roles: %3 (officers), %4 (IG reviewers, also officers),\n"
        "-- %5 (keeps the register's members). None can log in: grant each person's own\n"
        "-- login one of them, e.g. GRANT %3 TO jsmith;\n"
        "\n"
        "BEGIN;\n\n"_s.arg(QStringLiteral(SHAREWISE_VERSION_STRING),
                           schema.isEmpty() ? u"public"_s : schema.toLower(),
                           QLatin1String(kOfficer), QLatin1String(kReviewer),
                           QLatin1String(kAdmin));
    for (const QString& s : all.value())
        text += s + u";\n\n"_s;
    text += u"COMMIT;\n"_s;
    return text;
}

} // namespace sharewise::RegisterRoles
