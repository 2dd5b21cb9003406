#include "store/Migrations.h"

namespace sharewise::Migrations {
namespace {

// Schema 1: the whole history as product.md describes it. Times are UTC integer
// microseconds since 1970 (`*_us`); dates without a time are ISO "yyyy-MM-dd" text.
// Later issues fill these tables; they are designed now so they fit.
Migration schema1()
{
    Migration m;
    m.version = 1;
    m.name = QStringLiteral("history: organisations, people, agreements, shares, audit");
    m.statements = {
        QStringLiteral(R"(CREATE TABLE organisations (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'partner'
                CHECK (kind IN ('council', 'department', 'statistics_body', 'partner')),
            is_self INTEGER NOT NULL DEFAULT 0 CHECK (is_self IN (0, 1)),
            created_at_us INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            organisation_id INTEGER NOT NULL REFERENCES organisations(id),
            display_name TEXT NOT NULL,
            email TEXT,
            job_title TEXT,
            login_name TEXT,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            created_at_us INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE person_roles (
            person_id INTEGER NOT NULL REFERENCES people(id),
            role TEXT NOT NULL CHECK (role IN ('officer', 'reviewer', 'administrator')),
            granted_at_us INTEGER NOT NULL,
            PRIMARY KEY (person_id, role)))"),
        QStringLiteral(R"(CREATE TABLE agreements (
            id INTEGER PRIMARY KEY,
            reference TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'draft'
                CHECK (status IN ('draft', 'active', 'suspended', 'ended')),
            current_version INTEGER NOT NULL DEFAULT 1,
            starts_on TEXT,
            ends_on TEXT,
            review_due_on TEXT,
            requires_review INTEGER NOT NULL DEFAULT 1 CHECK (requires_review IN (0, 1)),
            created_at_us INTEGER NOT NULL,
            updated_at_us INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE agreement_versions (
            id INTEGER PRIMARY KEY,
            agreement_id INTEGER NOT NULL REFERENCES agreements(id),
            version INTEGER NOT NULL,
            content_json TEXT NOT NULL,
            content_hash BLOB NOT NULL,
            created_by INTEGER REFERENCES people(id),
            created_at_us INTEGER NOT NULL,
            UNIQUE (agreement_id, version)))"),
        QStringLiteral(R"(CREATE TABLE agreement_parties (
            agreement_id INTEGER NOT NULL REFERENCES agreements(id),
            organisation_id INTEGER NOT NULL REFERENCES organisations(id),
            role TEXT NOT NULL
                CHECK (role IN ('controller', 'joint_controller', 'processor', 'recipient')),
            PRIMARY KEY (agreement_id, organisation_id, role)))"),
        QStringLiteral(R"(CREATE TABLE shares (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            agreement_id INTEGER NOT NULL REFERENCES agreements(id),
            agreement_version INTEGER NOT NULL,
            prepared_by INTEGER REFERENCES people(id),
            status TEXT NOT NULL DEFAULT 'draft'
                CHECK (status IN ('draft', 'pending_review', 'approved', 'rejected',
                                  'sealed', 'cancelled')),
            dataset_name TEXT,
            row_count INTEGER,
            column_count INTEGER,
            summary_json TEXT,
            redacted_hash BLOB,
            row_version INTEGER NOT NULL DEFAULT 1,
            created_at_us INTEGER NOT NULL,
            updated_at_us INTEGER NOT NULL,
            submitted_at_us INTEGER))"),
        QStringLiteral(R"(CREATE TABLE approvals (
            id INTEGER PRIMARY KEY,
            share_id INTEGER NOT NULL REFERENCES shares(id),
            reviewer_id INTEGER REFERENCES people(id),
            decision TEXT NOT NULL CHECK (decision IN ('approved', 'rejected')),
            reason TEXT,
            redacted_hash BLOB,
            statement BLOB,
            signature BLOB,
            decided_at_us INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE bundles (
            id INTEGER PRIMARY KEY,
            share_id INTEGER REFERENCES shares(id),
            direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
            bundle_uid TEXT NOT NULL,
            file_name TEXT NOT NULL,
            size_bytes INTEGER,
            header_hash BLOB,
            fingerprint TEXT,
            created_at_us INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE receipts (
            id INTEGER PRIMARY KEY,
            bundle_id INTEGER NOT NULL REFERENCES bundles(id),
            statement BLOB NOT NULL,
            signature BLOB NOT NULL,
            received_at_us INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE expected_outputs (
            id INTEGER PRIMARY KEY,
            agreement_id INTEGER NOT NULL REFERENCES agreements(id),
            title TEXT NOT NULL,
            description TEXT,
            due_on TEXT NOT NULL,
            created_at_us INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE returned_outputs (
            id INTEGER PRIMARY KEY,
            expected_output_id INTEGER REFERENCES expected_outputs(id),
            agreement_id INTEGER NOT NULL REFERENCES agreements(id),
            title TEXT NOT NULL,
            file_name TEXT,
            note TEXT,
            received_on TEXT NOT NULL,
            recorded_at_us INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE returned_output_shares (
            returned_output_id INTEGER NOT NULL REFERENCES returned_outputs(id),
            share_id INTEGER NOT NULL REFERENCES shares(id),
            PRIMARY KEY (returned_output_id, share_id)))"),
        // The audit log. entry_hash chains each row to the one before (docs/audit.md).
        QStringLiteral(R"(CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY,
            time_us INTEGER NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            object_type TEXT NOT NULL,
            object_id TEXT NOT NULL,
            detail TEXT,
            detail_hash BLOB NOT NULL,
            prev_hash BLOB NOT NULL,
            entry_hash BLOB NOT NULL))"),
        QStringLiteral(R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'The audit log is append-only: entries cannot be deleted'); END)"),
        // The only change allowed is purging a detail (set to NULL) under a retention
        // rule: the chain covers the detail's hash, which stays.
        QStringLiteral(R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            WHEN NEW.detail IS NOT NULL
              OR NEW.seq IS NOT OLD.seq OR NEW.time_us IS NOT OLD.time_us
              OR NEW.actor IS NOT OLD.actor OR NEW.action IS NOT OLD.action
              OR NEW.object_type IS NOT OLD.object_type OR NEW.object_id IS NOT OLD.object_id
              OR NEW.detail_hash IS NOT OLD.detail_hash OR NEW.prev_hash IS NOT OLD.prev_hash
              OR NEW.entry_hash IS NOT OLD.entry_hash
            BEGIN SELECT RAISE(ABORT, 'The audit log is append-only: entries cannot be changed'); END)"),
        QStringLiteral("CREATE INDEX shares_status ON shares(status, submitted_at_us)"),
        QStringLiteral(
            "CREATE INDEX agreement_versions_agreement ON agreement_versions(agreement_id)"),
        QStringLiteral("CREATE INDEX approvals_share ON approvals(share_id)"),
        QStringLiteral("CREATE INDEX expected_outputs_due ON expected_outputs(due_on)"),
        QStringLiteral("CREATE INDEX audit_log_object ON audit_log(object_type, object_id)"),
    };
    return m;
}

// Schema 2: identities, the recipients directory, signed audit heads, and what a
// receipt is checked against.
Migration schema2()
{
    Migration m;
    m.version = 2;
    m.name = QStringLiteral("identities, recipients directory, signed audit heads");
    m.statements = {
        // Our own identities: the secrets are in the credential store or an identity
        // file; here only the public card and where the secret is.
        QStringLiteral(R"(CREATE TABLE own_identities (
            id INTEGER PRIMARY KEY,
            fingerprint TEXT NOT NULL UNIQUE,
            card TEXT NOT NULL,
            storage TEXT NOT NULL CHECK (storage IN ('keychain', 'file')),
            file_path TEXT,
            status TEXT NOT NULL CHECK (status IN ('current', 'retired')),
            created_at_us INTEGER NOT NULL,
            retired_at_us INTEGER))"),
        QStringLiteral("CREATE UNIQUE INDEX own_identities_one_current ON own_identities(status) "
                       "WHERE status = 'current'"),
        // Partners' keys. Several keys per organisation; a key is never deleted, only
        // revoked, so old bundles and receipts still name their signer.
        QStringLiteral(R"(CREATE TABLE recipient_keys (
            id INTEGER PRIMARY KEY,
            organisation TEXT NOT NULL,
            contact TEXT NOT NULL,
            card TEXT NOT NULL,
            fingerprint TEXT NOT NULL UNIQUE,
            signing_key BLOB NOT NULL UNIQUE,
            receiving_key BLOB NOT NULL,
            added_by TEXT NOT NULL,
            added_at_us INTEGER NOT NULL,
            verified_by TEXT,
            verified_at_us INTEGER,
            verified_how TEXT,
            revoked_by TEXT,
            revoked_at_us INTEGER,
            revoke_reason TEXT))"),
        QStringLiteral(
            "CREATE INDEX recipient_keys_contact ON recipient_keys(organisation, contact)"),
        // The audit chain's head (entry count and last hash), signed by whoever acted.
        QStringLiteral(R"(CREATE TABLE audit_heads (
            id INTEGER PRIMARY KEY,
            entry_count INTEGER NOT NULL,
            head_hash BLOB NOT NULL,
            signer_key BLOB NOT NULL,
            signature BLOB NOT NULL,
            signed_at_us INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TRIGGER audit_heads_no_update BEFORE UPDATE ON audit_heads
            BEGIN SELECT RAISE(ABORT, 'Signed audit heads cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER audit_heads_no_delete BEFORE DELETE ON audit_heads
            BEGIN SELECT RAISE(ABORT, 'Signed audit heads cannot be deleted'); END)"),
        // What a receipt is checked against.
        QStringLiteral("ALTER TABLE bundles ADD COLUMN data_hash BLOB"),
        QStringLiteral("ALTER TABLE bundles ADD COLUMN signature_hash BLOB"),
        QStringLiteral("ALTER TABLE bundles ADD COLUMN received_at_us INTEGER"),
        QStringLiteral(R"(CREATE TABLE bundle_recipients (
            bundle_id INTEGER NOT NULL REFERENCES bundles(id),
            receiving_key BLOB NOT NULL,
            signing_key BLOB NOT NULL,
            PRIMARY KEY (bundle_id, receiving_key)))"),
        QStringLiteral("ALTER TABLE receipts ADD COLUMN signer_key BLOB"),
        QStringLiteral("CREATE UNIQUE INDEX bundles_uid ON bundles(bundle_uid, direction)"),
    };
    return m;
}

// Schema 3: agreements' pseudonymisation keys (keys/AgreementKeys). Keyed by the
// agreement's reference, as agreements.reference, so keys can exist before the
// agreement is recorded. No key is ever stored: only a check value, the recovery copy
// (under the IG lead's passphrase) and each holder's sealed copy, which is deleted when
// their grant is revoked.
Migration schema3()
{
    Migration m;
    m.version = 3;
    m.name = QStringLiteral("agreement keys and their grants");
    m.statements = {
        QStringLiteral(R"(CREATE TABLE agreement_keys (
            id INTEGER PRIMARY KEY,
            agreement_ref TEXT NOT NULL UNIQUE,
            key_check BLOB NOT NULL,
            recovery_copy BLOB NOT NULL,
            created_by TEXT NOT NULL,
            created_at_us INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TRIGGER agreement_keys_no_delete BEFORE DELETE ON agreement_keys
            BEGIN SELECT RAISE(ABORT, 'Agreement keys cannot be deleted'); END)"),
        QStringLiteral(R"(CREATE TRIGGER agreement_keys_no_update BEFORE UPDATE ON agreement_keys
            BEGIN SELECT RAISE(ABORT, 'Agreement keys cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TABLE agreement_key_grants (
            id INTEGER PRIMARY KEY,
            agreement_key_id INTEGER NOT NULL REFERENCES agreement_keys(id),
            holder TEXT NOT NULL,
            card TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            receiving_key BLOB NOT NULL,
            sealed_key BLOB,
            granted_by TEXT NOT NULL,
            granted_at_us INTEGER NOT NULL,
            revoked_by TEXT,
            revoked_at_us INTEGER,
            revoke_reason TEXT,
            CHECK ((revoked_at_us IS NULL) = (sealed_key IS NOT NULL))))"),
        QStringLiteral("CREATE UNIQUE INDEX agreement_key_grants_one_active ON "
                       "agreement_key_grants(agreement_key_id, fingerprint) "
                       "WHERE revoked_at_us IS NULL"),
        QStringLiteral("CREATE INDEX agreement_key_grants_holder ON "
                       "agreement_key_grants(fingerprint, revoked_at_us)"),
        // A grant is revoked once, and stays revoked; it is never deleted.
        QStringLiteral(R"(CREATE TRIGGER agreement_key_grants_no_delete
            BEFORE DELETE ON agreement_key_grants
            BEGIN SELECT RAISE(ABORT, 'Agreement key grants cannot be deleted'); END)"),
        QStringLiteral(R"(CREATE TRIGGER agreement_key_grants_revoked_stays
            BEFORE UPDATE ON agreement_key_grants WHEN OLD.revoked_at_us IS NOT NULL
            BEGIN SELECT RAISE(ABORT, 'A revoked grant cannot be changed'); END)"),
    };
    return m;
}

// Schema 4: the agreements register (agreements/AgreementRegister). A version records
// who made it (the acting person's name, as the audit log does) and why; versions are
// kept for good, never changed or deleted.
Migration schema4()
{
    Migration m;
    m.version = 4;
    m.name = QStringLiteral("agreement versions: who and why, kept unchanged");
    m.statements = {
        QStringLiteral("ALTER TABLE agreement_versions ADD COLUMN created_by_actor TEXT"),
        QStringLiteral("ALTER TABLE agreement_versions ADD COLUMN note TEXT"),
        QStringLiteral(R"(CREATE TRIGGER agreement_versions_no_update
            BEFORE UPDATE ON agreement_versions
            BEGIN SELECT RAISE(ABORT, 'Agreement versions cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER agreement_versions_no_delete
            BEFORE DELETE ON agreement_versions
            BEGIN SELECT RAISE(ABORT, 'Agreement versions cannot be deleted'); END)"),
        QStringLiteral("CREATE INDEX expected_outputs_agreement ON expected_outputs(agreement_id)"),
    };
    return m;
}

// Schema 5: shares from draft to receipt (shares/ShareStore). Schema 1's placeholder
// shares and approvals tables were never written to; they are replaced by tables that
// name the agreement by reference (as the register does), carry what an approval is
// bound to, and keep signed decisions unchanged. Incidents and the file behind a
// returned output are new.
Migration schema5()
{
    Migration m;
    m.version = 5;
    m.name = QStringLiteral("shares, signed review decisions, incidents");
    m.statements = {
        QStringLiteral("DROP INDEX approvals_share"),
        QStringLiteral("DROP TABLE approvals"),
        QStringLiteral("DROP INDEX shares_status"),
        QStringLiteral("DROP TABLE returned_output_shares"),
        QStringLiteral("DROP TABLE shares"),
        QStringLiteral(R"(CREATE TABLE shares (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            status TEXT NOT NULL
                CHECK (status IN ('draft', 'pending_review', 'approved', 'rejected',
                                  'sealed', 'sent', 'received', 'cancelled')),
            row_version INTEGER NOT NULL DEFAULT 1,
            agreement_reference TEXT NOT NULL,
            agreement_version INTEGER NOT NULL,
            agreement_hash BLOB,
            partner TEXT,
            prepared_by TEXT NOT NULL,
            preparer_fingerprint TEXT,
            dataset_path TEXT,
            dataset_name TEXT,
            dataset_size INTEGER,
            dataset_modified_us INTEGER,
            read_options TEXT,
            profile_json TEXT,
            recipients TEXT,
            binding TEXT,
            summary TEXT,
            row_count INTEGER,
            review_required INTEGER NOT NULL DEFAULT 1 CHECK (review_required IN (0, 1)),
            bundle_path TEXT,
            bundle_uid TEXT,
            sent_route TEXT,
            sent_at_us INTEGER,
            search_text TEXT,
            created_at_us INTEGER NOT NULL,
            updated_at_us INTEGER NOT NULL,
            submitted_at_us INTEGER))"),
        QStringLiteral("CREATE INDEX shares_status ON shares(status, submitted_at_us)"),
        QStringLiteral(
            "CREATE INDEX shares_agreement ON shares(agreement_reference, created_at_us)"),
        QStringLiteral("CREATE INDEX shares_created ON shares(created_at_us)"),
        QStringLiteral(R"(CREATE TABLE share_decisions (
            id INTEGER PRIMARY KEY,
            share_id INTEGER NOT NULL REFERENCES shares(id),
            decision TEXT NOT NULL CHECK (decision IN ('approved', 'rejected')),
            reason TEXT,
            reviewer TEXT NOT NULL,
            reviewer_card TEXT NOT NULL,
            reviewer_fingerprint TEXT NOT NULL,
            statement BLOB NOT NULL,
            signature BLOB NOT NULL,
            decided_at_us INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX share_decisions_share ON share_decisions(share_id)"),
        QStringLiteral(R"(CREATE TRIGGER share_decisions_no_update BEFORE UPDATE ON share_decisions
            BEGIN SELECT RAISE(ABORT, 'Review decisions cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER share_decisions_no_delete BEFORE DELETE ON share_decisions
            BEGIN SELECT RAISE(ABORT, 'Review decisions cannot be deleted'); END)"),
        QStringLiteral(R"(CREATE TABLE returned_output_shares (
            returned_output_id INTEGER NOT NULL REFERENCES returned_outputs(id),
            share_id INTEGER NOT NULL REFERENCES shares(id),
            PRIMARY KEY (returned_output_id, share_id)))"),
        QStringLiteral("ALTER TABLE returned_outputs ADD COLUMN file_hash BLOB"),
        QStringLiteral("ALTER TABLE returned_outputs ADD COLUMN link TEXT"),
        QStringLiteral("ALTER TABLE returned_outputs ADD COLUMN recorded_by TEXT"),
        QStringLiteral("ALTER TABLE returned_outputs ADD COLUMN output_title TEXT"),
        QStringLiteral(R"(CREATE TABLE incidents (
            id INTEGER PRIMARY KEY,
            share_id INTEGER NOT NULL REFERENCES shares(id),
            kind TEXT NOT NULL
                CHECK (kind IN ('wrong_recipient', 'wrong_file', 'too_much_data', 'other')),
            description TEXT NOT NULL,
            reported_by TEXT NOT NULL,
            reported_at_us INTEGER NOT NULL,
            ico_deadline_us INTEGER NOT NULL,
            decided_by TEXT))"),
        QStringLiteral("CREATE INDEX incidents_share ON incidents(share_id)"),
        QStringLiteral(R"(CREATE TRIGGER incidents_no_delete BEFORE DELETE ON incidents
            BEGIN SELECT RAISE(ABORT, 'Incident records cannot be deleted'); END)"),
        QStringLiteral(R"(CREATE TRIGGER incidents_no_update BEFORE UPDATE ON incidents
            BEGIN SELECT RAISE(ABORT, 'Incident records cannot be changed'); END)"),
    };
    // SQLite's bundles.share_id names "shares" and so follows it to the new table;
    // PostgreSQL drops the constraint with the old table (CASCADE) and needs it again.
    m.postgresAfter = {
        QStringLiteral("ALTER TABLE bundles ADD CONSTRAINT bundles_share_id_fkey "
                       "FOREIGN KEY (share_id) REFERENCES shares(id)"),
    };
    return m;
}

// Schema 6: the shared register (docs/shared-register.md). Each step from here on
// records the oldest schema a program may know and still use the database, so that
// additive steps do not lock out desktops not yet upgraded. Who may review is recorded
// in the register (`register_members`): on a shared register, the IG leads.
Migration schema6()
{
    Migration m;
    m.version = 6;
    m.name = QStringLiteral("shared register: compatible upgrades, members and their roles");
    m.statements = {
        QStringLiteral("ALTER TABLE schema_migrations ADD COLUMN usable_from INTEGER"),
        QStringLiteral(R"(CREATE TABLE register_members (
            id INTEGER PRIMARY KEY,
            display_name TEXT NOT NULL,
            login_name TEXT,
            fingerprint TEXT,
            role TEXT NOT NULL CHECK (role IN ('officer', 'reviewer', 'administrator')),
            added_by TEXT NOT NULL,
            added_at_us INTEGER NOT NULL,
            removed_by TEXT,
            removed_at_us INTEGER))"),
        QStringLiteral("CREATE UNIQUE INDEX register_members_one_role ON "
                       "register_members(display_name, role) WHERE removed_at_us IS NULL"),
        QStringLiteral(
            R"(CREATE TRIGGER register_members_no_delete BEFORE DELETE ON register_members
            BEGIN SELECT RAISE(ABORT, 'Register members are removed, never deleted'); END)"),
        // On a shared register each person has their own current identity: identities
        // are recorded per holder (the acting login); a local history's have none.
        QStringLiteral("ALTER TABLE own_identities ADD COLUMN holder TEXT"),
        QStringLiteral("DROP INDEX own_identities_one_current"),
        QStringLiteral("CREATE UNIQUE INDEX own_identities_one_current ON "
                       "own_identities(coalesce(holder, ''), status) WHERE status = 'current'"),
    };
    return m;
}

} // namespace

const QList<Migration>& builtIn()
{
    static const QList<Migration> all = {schema1(), schema2(), schema3(),
                                         schema4(), schema5(), schema6()};
    return all;
}

int latestVersion()
{
    return builtIn().constLast().version;
}

} // namespace sharewise::Migrations
