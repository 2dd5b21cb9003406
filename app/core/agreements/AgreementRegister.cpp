#include "agreements/AgreementRegister.h"

#include "common/Clock.h"
#include "common/StrictJson.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sharewise::agreements {
using namespace Qt::StringLiterals;
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(AgreementRegister)
};

Error sqlError(const QSqlQuery& q)
{
    return makeError(ErrorKind::Failure,
                     Tr::tr("Could not read or change the agreements register (%1).")
                         .arg(describeSqlError(q.lastError())));
}

Error notFound(const QString& reference)
{
    return withCode(makeError(ErrorKind::BadInput,
                              Tr::tr("There is no agreement \"%1\" in the register. Check the "
                                     "reference (sharewise-cli agreements list shows them).")
                                  .arg(reference)),
                    RegisterError::NotFound);
}

QVariant dateOrNull(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType(QMetaType::QString));
}

// The agreement's row id and current version, or nullopt when there is none.
struct Row
{
    qint64 id = 0;
    int currentVersion = 0;
};

Result<std::optional<Row>> rowOf(Database& db, const QString& reference)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT id, current_version FROM agreements WHERE reference = ?"_s);
    q.addBindValue(reference);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return std::optional<Row>();
    return std::optional<Row>(Row{q.value(0).toLongLong(), q.value(1).toInt()});
}

Result<Agreement> loadVersion(Database& db, const Row& row, const QString& reference, int version)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT content_json, content_hash FROM agreement_versions "
              u"WHERE agreement_id = ? AND version = ?"_s);
    q.addBindValue(row.id);
    q.addBindValue(version);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return withCode(makeError(ErrorKind::BadInput,
                                  Tr::tr("Agreement \"%1\" has no version %2: it has versions 1 "
                                         "to %3.")
                                      .arg(reference)
                                      .arg(version)
                                      .arg(row.currentVersion)),
                        RegisterError::NotFound);
    const QByteArray content = q.value(0).toString().toUtf8();
    const QByteArray hash = q.value(1).toByteArray();
    const QString where = Tr::tr("agreement %1, version %2").arg(reference).arg(version);
    Result<Agreement> a = Agreement::fromBytes(content, where);
    if (!a)
        return a.error();
    a->version = version;
    a->contentHash = hash;
    if (a->computeContentHash() != hash)
        return makeError(ErrorKind::Verification,
                         Tr::tr("The stored content of this version no longer matches its hash: "
                                "the register was altered outside Sharewise. Ask your "
                                "administrator to check the history (sharewise-cli audit "
                                "verify)."),
                         where);
    return a;
}

// The organisation's id, added as a partner when the history does not have it yet.
Result<qint64> organisationId(Database& db, const QString& name)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT id FROM organisations WHERE lower(name) = lower(?) ORDER BY id LIMIT 1"_s);
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q);
    if (q.next())
        return q.value(0).toLongLong();
    q.finish();
    q.prepare(
        u"INSERT INTO organisations (name, kind, created_at_us) VALUES (?, 'partner', ?) RETURNING id"_s);
    q.addBindValue(name);
    q.addBindValue(Clock::nowUs());
    if (!q.exec() || !q.next())
        return sqlError(q);
    return q.value(0).toLongLong();
}

// agreement_parties and expected_outputs follow the current version. Promised outputs
// that something was already returned against stay.
Status syncSideTables(Database& db, qint64 agreementId, const Agreement& a)
{
    QSqlQuery q(db.connection());
    q.prepare(u"DELETE FROM agreement_parties WHERE agreement_id = ?"_s);
    q.addBindValue(agreementId);
    if (!q.exec())
        return sqlError(q);
    QList<std::pair<QString, QString>> parties; // organisation, role
    for (const Party& p : a.parties)
        parties.append({p.organisation.trimmed(), partyRoleName(p.role)});
    for (const Recipient& r : a.recipients)
        parties.append({r.organisation.trimmed(), u"recipient"_s});
    for (const auto& [organisation, role] : parties) {
        if (organisation.isEmpty())
            continue;
        Result<qint64> org = organisationId(db, organisation);
        if (!org)
            return org.error();
        q.prepare(u"INSERT INTO agreement_parties (agreement_id, organisation_id, role) "
                  u"VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s);
        q.addBindValue(agreementId);
        q.addBindValue(org.value());
        q.addBindValue(role);
        if (!q.exec())
            return sqlError(q);
    }

    q.prepare(
        u"SELECT id, title, due_on, description FROM expected_outputs WHERE agreement_id = ?"_s);
    q.addBindValue(agreementId);
    if (!q.exec())
        return sqlError(q);
    struct Stored
    {
        qint64 id;
        QString title;
        QString due;
        QString description;
        bool kept = false;
    };
    QList<Stored> stored;
    while (q.next())
        stored.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString()});
    q.finish();
    for (const ExpectedOutput& o : a.outputs) {
        if (!o.due.isValid())
            continue;
        const QString due = o.due.toString(Qt::ISODate);
        auto it = std::find_if(stored.begin(), stored.end(), [&](const Stored& s) {
            return !s.kept && s.title == o.title && s.due == due && s.description == o.description;
        });
        if (it != stored.end()) {
            it->kept = true;
            continue;
        }
        q.prepare(u"INSERT INTO expected_outputs (agreement_id, title, description, due_on, "
                  u"created_at_us) VALUES (?, ?, ?, ?, ?)"_s);
        q.addBindValue(agreementId);
        q.addBindValue(o.title);
        q.addBindValue(o.description);
        q.addBindValue(due);
        q.addBindValue(Clock::nowUs());
        if (!q.exec())
            return sqlError(q);
    }
    for (const Stored& s : stored) {
        if (s.kept)
            continue;
        q.prepare(u"DELETE FROM expected_outputs WHERE id = ? AND NOT EXISTS "
                  u"(SELECT 1 FROM returned_outputs WHERE expected_output_id = ?)"_s);
        q.addBindValue(s.id);
        q.addBindValue(s.id);
        if (!q.exec())
            return sqlError(q);
    }
    return {};
}

Error invalid(const QStringList& problems, ErrorKind kind, const QString& reference)
{
    return withCode(
        makeError(kind, problems.join(u' '),
                  reference.isEmpty() ? QString() : Tr::tr("agreement %1").arg(reference)),
        RegisterError::Invalid);
}

// Whether `to` may follow `from` (docs/agreements.md, "Statuses"); an error if not.
// Nothing follows an ended agreement, not even an edit.
Status checkTransition(AgreementStatus from, AgreementStatus to, const Agreement& a)
{
    if (from == AgreementStatus::Ended)
        return makeError(ErrorKind::Policy,
                         Tr::tr("Agreement \"%1\" has ended, and ending is final: make a new "
                                "agreement instead.")
                             .arg(a.reference));
    if (from == to)
        return {};
    if (to == AgreementStatus::Draft)
        return makeError(ErrorKind::Policy,
                         Tr::tr("Agreement \"%1\" cannot go back to draft: suspend it to stop "
                                "sharing while it is changed.")
                             .arg(a.reference));
    if (to == AgreementStatus::Suspended && from != AgreementStatus::Active)
        return makeError(ErrorKind::Policy,
                         Tr::tr("Only an active agreement can be suspended; \"%1\" is not "
                                "active.")
                             .arg(a.reference));
    return {};
}

// Checks an agreement may be recorded with its status.
Status checkRecordable(const Agreement& a)
{
    if (const QStringList p = a.problems(); !p.isEmpty())
        return invalid(p, ErrorKind::BadInput, a.reference);
    if (a.status == AgreementStatus::Active) {
        if (const QStringList p = a.problemsForActivation(); !p.isEmpty())
            return invalid(p, ErrorKind::Policy, a.reference);
    }
    return {};
}

} // namespace

AgreementRegister::AgreementRegister(Database& db)
    : m_db(db)
{}

namespace {

// Records `a` as version `version` of the agreement (a new row when `row` is empty)
// and its audit entry. Runs inside the caller's write transaction.
Result<Agreement> record(Database& db, std::optional<Row> row, Agreement a, const QString& note,
                         const QString& action, QJsonObject detail)
{
    const qint64 now = Clock::nowUs();
    a.version = row ? row->currentVersion + 1 : 1;
    const QByteArray content = a.canonicalContent();
    a.contentHash = a.computeContentHash();
    QSqlQuery q(db.connection());
    if (!row) {
        q.prepare(u"INSERT INTO agreements (reference, title, status, current_version, starts_on, "
                  u"ends_on, review_due_on, requires_review, created_at_us, updated_at_us) "
                  u"VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        q.addBindValue(a.reference);
        q.addBindValue(a.title);
        q.addBindValue(statusName(a.status));
        q.addBindValue(dateOrNull(a.startsOn));
        q.addBindValue(dateOrNull(a.endsOn));
        q.addBindValue(dateOrNull(a.reviewDueOn));
        q.addBindValue(a.requiresReview ? 1 : 0);
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec() || !q.next())
            return sqlError(q);
        row = Row{q.value(0).toLongLong(), 1};
        q.finish(); // SQLite: the INSERT ... RETURNING statement ends here
    } else {
        q.prepare(u"UPDATE agreements SET title = ?, status = ?, current_version = ?, "
                  u"starts_on = ?, ends_on = ?, review_due_on = ?, requires_review = ?, "
                  u"updated_at_us = ? WHERE id = ?"_s);
        q.addBindValue(a.title);
        q.addBindValue(statusName(a.status));
        q.addBindValue(a.version);
        q.addBindValue(dateOrNull(a.startsOn));
        q.addBindValue(dateOrNull(a.endsOn));
        q.addBindValue(dateOrNull(a.reviewDueOn));
        q.addBindValue(a.requiresReview ? 1 : 0);
        q.addBindValue(now);
        q.addBindValue(row->id);
        if (!q.exec())
            return sqlError(q);
    }
    q.prepare(u"INSERT INTO agreement_versions (agreement_id, version, content_json, content_hash, "
              u"created_at_us, created_by_actor, note) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(row->id);
    q.addBindValue(a.version);
    q.addBindValue(QString::fromUtf8(content));
    q.addBindValue(a.contentHash);
    q.addBindValue(now);
    q.addBindValue(db.actor());
    q.addBindValue(note.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(note));
    if (!q.exec())
        return sqlError(q);
    q.finish();
    if (Status s = syncSideTables(db, row->id, a); !s)
        return s.error();

    AuditEvent e;
    e.actor = db.actor();
    e.action = action;
    e.objectType = u"agreement"_s;
    e.objectId = a.reference;
    e.timeUs = now;
    detail.insert(u"reference"_s, a.reference);
    detail.insert(u"version"_s, a.version);
    detail.insert(u"content_hash"_s, QString::fromLatin1(a.contentHash.toHex()));
    detail.insert(u"status"_s, statusName(a.status));
    if (!note.isEmpty())
        detail.insert(u"note"_s, note);
    e.detail = detail;
    if (Result<AuditEntry> r = db.audit().append(e); !r)
        return r.error();
    return a;
}

} // namespace

Result<Agreement> AgreementRegister::create(const Agreement& agreement, const QString& note)
{
    if (Status s = checkRecordable(agreement); !s)
        return s.error();
    Database::WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    Result<std::optional<Row>> existing = rowOf(m_db, agreement.reference);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return withCode(makeError(ErrorKind::Policy,
                                  Tr::tr("The register already has an agreement \"%1\": choose "
                                         "another reference, or edit that agreement.")
                                      .arg(agreement.reference)),
                        RegisterError::Exists);
    Result<Agreement> done =
        record(m_db, std::nullopt, agreement, note, u"agreement.created"_s, {});
    if (!done)
        return done.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return done;
}

Result<Agreement> AgreementRegister::update(const Agreement& edited, int basedOnVersion,
                                            const QString& note)
{
    if (Status s = checkRecordable(edited); !s)
        return s.error();
    Database::WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    Result<std::optional<Row>> row = rowOf(m_db, edited.reference);
    if (!row)
        return row.error();
    if (!row->has_value())
        return notFound(edited.reference);
    if (row.value()->currentVersion != basedOnVersion)
        return withCode(makeError(ErrorKind::Policy,
                                  Tr::tr("Someone saved version %1 of agreement \"%2\" while you "
                                         "were editing version %3: open it again and make your "
                                         "change to the latest version.")
                                      .arg(row.value()->currentVersion)
                                      .arg(edited.reference)
                                      .arg(basedOnVersion)),
                        RegisterError::Changed);
    Result<Agreement> current =
        loadVersion(m_db, *row.value(), edited.reference, row.value()->currentVersion);
    if (!current)
        return current.error();
    if (current->computeContentHash() == edited.computeContentHash())
        return makeError(ErrorKind::Usage,
                         Tr::tr("Nothing has changed in agreement \"%1\": there is no new "
                                "version to record.")
                             .arg(edited.reference));
    if (Status s = checkTransition(current->status, edited.status, current.value()); !s)
        return s.error();
    QJsonObject detail;
    if (current->status != edited.status)
        detail.insert(u"previous_status"_s, statusName(current->status));
    Result<Agreement> done =
        record(m_db, row.value(), edited, note, u"agreement.updated"_s, detail);
    if (!done)
        return done.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return done;
}

Result<Agreement> AgreementRegister::setStatus(const QString& reference, AgreementStatus status,
                                               const QString& reason)
{
    Database::WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    Result<std::optional<Row>> row = rowOf(m_db, reference);
    if (!row)
        return row.error();
    if (!row->has_value())
        return notFound(reference);
    Result<Agreement> current =
        loadVersion(m_db, *row.value(), reference, row.value()->currentVersion);
    if (!current)
        return current.error();
    if (current->status == status)
        return makeError(
            ErrorKind::Usage,
            Tr::tr("Agreement \"%1\" is already %2.")
                .arg(reference, displayStatusLabel(current->displayStatus({})).toLower()));
    if (Status s = checkTransition(current->status, status, current.value()); !s)
        return s.error();
    if ((status == AgreementStatus::Suspended || status == AgreementStatus::Ended) &&
        reason.trimmed().isEmpty())
        return makeError(ErrorKind::Usage,
                         Tr::tr("Say why agreement \"%1\" is being suspended or ended: the reason "
                                "is kept with the version.")
                             .arg(reference));
    Agreement next = current.value();
    next.status = status;
    if (Status s = checkRecordable(next); !s)
        return s.error();
    const QJsonObject detail{{u"previous_status"_s, statusName(current->status)}};
    Result<Agreement> done =
        record(m_db, row.value(), next, reason.trimmed(), u"agreement.status_changed"_s, detail);
    if (!done)
        return done.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return done;
}

Result<Agreement> AgreementRegister::find(const QString& reference, int version) const
{
    Result<std::optional<Row>> row = rowOf(m_db, reference);
    if (!row)
        return row.error();
    if (!row->has_value())
        return notFound(reference);
    return loadVersion(m_db, *row.value(), reference,
                       version > 0 ? version : row.value()->currentVersion);
}

Result<QList<Agreement>> AgreementRegister::list(const AgreementFilter& filter) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id, reference, current_version FROM agreements ORDER BY reference"_s);
    if (!q.exec())
        return sqlError(q);
    QList<std::pair<Row, QString>> rows;
    while (q.next())
        rows.append({Row{q.value(0).toLongLong(), q.value(2).toInt()}, q.value(1).toString()});
    q.finish();
    const QString partner = filter.partner.trimmed();
    const QDate soon = filter.today.addMonths(3);
    QList<Agreement> out;
    for (const auto& [row, reference] : rows) {
        Result<Agreement> a = loadVersion(m_db, row, reference, row.currentVersion);
        if (!a)
            return a.error();
        if (filter.status && a->displayStatus(filter.today) != *filter.status)
            continue;
        if (!partner.isEmpty()) {
            const bool party =
                std::any_of(a->parties.begin(), a->parties.end(), [&](const Party& p) {
                    return p.organisation.contains(partner, Qt::CaseInsensitive);
                });
            const bool recipient =
                std::any_of(a->recipients.begin(), a->recipients.end(), [&](const Recipient& r) {
                    return r.organisation.contains(partner, Qt::CaseInsensitive);
                });
            if (!party && !recipient)
                continue;
        }
        if (filter.reviewDueSoon && (a->status == AgreementStatus::Ended ||
                                     !a->reviewDueOn.isValid() || a->reviewDueOn > soon))
            continue;
        out.append(a.value());
    }
    return out;
}

Result<QList<AgreementVersionInfo>> AgreementRegister::versions(const QString& reference) const
{
    Result<std::optional<Row>> row = rowOf(m_db, reference);
    if (!row)
        return row.error();
    if (!row->has_value())
        return notFound(reference);
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT version, content_hash, created_by_actor, created_at_us, note "
              u"FROM agreement_versions WHERE agreement_id = ? ORDER BY version"_s);
    q.addBindValue(row.value()->id);
    if (!q.exec())
        return sqlError(q);
    QList<AgreementVersionInfo> out;
    while (q.next()) {
        AgreementVersionInfo v;
        v.version = q.value(0).toInt();
        v.contentHash = q.value(1).toByteArray();
        v.createdBy = q.value(2).toString();
        v.createdAtUs = q.value(3).toLongLong();
        v.note = q.value(4).toString();
        out.append(v);
    }
    return out;
}

Result<QByteArray> AgreementRegister::exportJson(const QString& reference) const
{
    Result<Agreement> a = find(reference);
    if (!a)
        return a.error();
    QJsonObject o = a->toJson();
    o.insert(u"register"_s,
             QJsonObject{{u"version"_s, a->version},
                         {u"content_hash"_s, QString::fromLatin1(a->contentHash.toHex())}});
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<Agreement> AgreementRegister::importJson(QByteArrayView json, const QString& where)
{
    Result<QJsonDocument> parsed = parseStrictJson(json, where);
    if (!parsed)
        return parsed.error();
    if (!parsed->isObject())
        return makeError(ErrorKind::BadInput,
                         Tr::tr("This is not a Sharewise agreement: it must be a JSON object."),
                         where);
    QJsonObject o = parsed->object();
    // The register block an export adds: checked, then left out of the content.
    int exportedVersion = 0;
    QByteArray exportedHash;
    if (o.contains(u"register")) {
        JsonFields top(o, where);
        const QJsonObject reg = top.object(u"register");
        if (!top.ok())
            return top.error();
        JsonFields f(reg, where, u"register"_s);
        exportedVersion = int(f.integer(u"version", 0));
        const QString hex = f.string(u"content_hash");
        f.allowOnly({u"version"_s, u"content_hash"_s});
        if (f.ok() && !hex.isEmpty()) {
            exportedHash = QByteArray::fromHex(hex.toLatin1());
            if (exportedHash.size() != 32 || QString::fromLatin1(exportedHash.toHex()) != hex)
                f.fail(u"content_hash", Tr::tr("must be 64 lower-case hexadecimal digits"));
        }
        if (!f.ok())
            return f.error();
        o.remove(u"register"_s);
    }
    Result<Agreement> read = Agreement::fromJson(o, where);
    if (!read)
        return read.error();
    Agreement a = read.value();
    if (!exportedHash.isEmpty() && a.computeContentHash() != exportedHash)
        return makeError(ErrorKind::Verification,
                         Tr::tr("The agreement's content does not match the content hash it was "
                                "exported with: it was changed after export. Import the "
                                "original, or remove the \"register\" block to import the "
                                "changed content as a new version."),
                         where);

    if (Status s = checkRecordable(a); !s) {
        Error e = s.error();
        e.where = where;
        return e;
    }
    Database::WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    Result<std::optional<Row>> row = rowOf(m_db, a.reference);
    if (!row)
        return row.error();
    QJsonObject detail;
    if (exportedVersion > 0)
        detail.insert(u"exported_version"_s, exportedVersion);
    // The file name only: a folder may name a person.
    const QString note = Tr::tr("Imported from %1").arg(QFileInfo(where).fileName());
    if (row->has_value()) {
        Result<Agreement> current =
            loadVersion(m_db, *row.value(), a.reference, row.value()->currentVersion);
        if (!current)
            return current.error();
        if (current->computeContentHash() == a.computeContentHash())
            return current; // the register has this content already: nothing to record
        if (Status s = checkTransition(current->status, a.status, current.value()); !s)
            return s.error();
        if (current->status != a.status)
            detail.insert(u"previous_status"_s, statusName(current->status));
    }
    Result<Agreement> done = record(m_db, row.value(), a, note, u"agreement.imported"_s, detail);
    if (!done)
        return done.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return done;
}

} // namespace sharewise::agreements
