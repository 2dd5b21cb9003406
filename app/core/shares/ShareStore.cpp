#include "shares/ShareStore.h"

#include "common/CanonicalJson.h"
#include "common/Clock.h"
#include "shares/Approval.h"
#include "store/BundleLedger.h"
#include "store/Database.h"
#include "store/RegisterMembers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace sharewise::shares {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ShareStore)
};

Error sqlError(const QSqlQuery& q)
{
    return makeError(ErrorKind::Failure, Tr::tr("Could not read or change the shares in the "
                                                "history (%1).")
                                             .arg(describeSqlError(q.lastError())));
}

Error notFound(const QString& ref)
{
    return withCode(makeError(ErrorKind::BadInput,
                              Tr::tr("There is no share \"%1\" in this history. Check the number "
                                     "(sharewise-cli share list shows them).")
                                  .arg(ref)),
                    StoreError::NotFound);
}

Error stale()
{
    return withCode(makeError(ErrorKind::Policy,
                              Tr::tr("Someone changed this share since you opened it. Open it "
                                     "again to see its current state, then try again.")),
                    StoreError::Stale);
}

Error wrongState(const ShareRecord& s, const QString& what)
{
    return withCode(makeError(ErrorKind::Policy, Tr::tr("Share %1 is \"%2\", so it cannot be %3.")
                                                     .arg(s.id)
                                                     .arg(stateLabel(s.state), what)),
                    StoreError::WrongState);
}

QString newUid()
{
    unsigned char bytes[16];
    randombytes_buf(bytes, sizeof bytes);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(bytes), sizeof bytes).toHex());
}

QString toText(const QJsonObject& o)
{
    return QString::fromUtf8(CanonicalJson::serialise(o));
}

QJsonObject fromText(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonObject optionsToJson(const table::TableOptions& o)
{
    QJsonObject j;
    if (o.encoding != table::TextEncoding::Auto)
        j.insert(u"encoding"_s, table::encodingName(o.encoding));
    if (o.delimiter != 0)
        j.insert(u"delimiter"_s, QString(QLatin1Char(o.delimiter)));
    if (!o.sheet.isEmpty())
        j.insert(u"sheet"_s, o.sheet);
    if (o.headerRow > 0)
        j.insert(u"header_row"_s, o.headerRow);
    return j;
}

table::TableOptions optionsFromJson(const QJsonObject& j)
{
    table::TableOptions o;
    if (const auto e = table::encodingFromName(j.value(u"encoding"_s).toString()))
        o.encoding = *e;
    const QString d = j.value(u"delimiter"_s).toString();
    if (d.size() == 1 && d.at(0).unicode() < 128)
        o.delimiter = char(d.at(0).unicode());
    o.sheet = j.value(u"sheet"_s).toString();
    o.headerRow = j.value(u"header_row"_s).toInt(-1);
    return o;
}

QString recipientsToText(const QList<crypto::KeyCard>& cards)
{
    QJsonArray a;
    for (const crypto::KeyCard& c : cards)
        a.append(c.toText());
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<crypto::KeyCard> recipientsFromText(const QString& text)
{
    QList<crypto::KeyCard> cards;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        if (Result<crypto::KeyCard> c = crypto::KeyCard::fromText(v.toString()))
            cards.append(c.value());
    }
    return cards;
}

// A LIKE pattern for "contains", with the wildcards in `text` taken literally.
QString likeContains(const QString& text)
{
    QString t = text;
    t.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + t + u'%';
}

// What the history's search box looks in, lower-cased once when the share is written
// (one instr() per row instead of five case-blind LIKEs: 100,000 shares stay instant).
QString searchText(const ShareRecord& s)
{
    return QStringList{s.datasetName, s.agreementReference, s.partner, s.preparedBy, s.uid}
        .join(u'\n')
        .toLower();
}

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

constexpr auto kColumns =
    "id, uid, status, row_version, agreement_reference, agreement_version, agreement_hash, "
    "partner, prepared_by, preparer_fingerprint, dataset_path, dataset_name, dataset_size, "
    "dataset_modified_us, read_options, profile_json, recipients, binding, summary, "
    "review_required, bundle_path, bundle_uid, sent_route, sent_at_us, created_at_us, "
    "updated_at_us, submitted_at_us";

ShareRecord readRow(const QSqlQuery& q)
{
    ShareRecord s;
    s.id = q.value(0).toLongLong();
    s.uid = q.value(1).toString();
    s.state = stateFromName(q.value(2).toString()).value_or(ShareState::Draft);
    s.rowVersion = q.value(3).toInt();
    s.agreementReference = q.value(4).toString();
    s.agreementVersion = q.value(5).toInt();
    s.agreementHash = q.value(6).toByteArray();
    s.partner = q.value(7).toString();
    s.preparedBy = q.value(8).toString();
    s.preparerFingerprint = q.value(9).toString();
    s.datasetPath = q.value(10).toString();
    s.datasetName = q.value(11).toString();
    s.datasetSize = q.value(12).toLongLong();
    s.datasetModifiedUs = q.value(13).toLongLong();
    s.readOptions = optionsFromJson(fromText(q.value(14).toString()));
    s.profileJson = q.value(15).toString().toUtf8();
    s.recipients = recipientsFromText(q.value(16).toString());
    if (!q.value(17).isNull()) {
        if (Result<ShareBinding> b =
                ShareBinding::fromJson(fromText(q.value(17).toString()), QString()))
            s.binding = b.value();
    }
    s.summary = fromText(q.value(18).toString());
    s.reviewRequired = q.value(19).toInt() != 0;
    s.bundlePath = q.value(20).toString();
    s.bundleUid = q.value(21).toString();
    s.sentRoute = q.value(22).toString();
    s.sentUs = q.value(23).toLongLong();
    s.createdUs = q.value(24).toLongLong();
    s.updatedUs = q.value(25).toLongLong();
    s.submittedUs = q.value(26).toLongLong();
    return s;
}

Result<ShareRecord> findWhere(Database& db, const QString& where, const QVariant& value,
                              const QString& ref)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT "_s + QLatin1String(kColumns) + u" FROM shares WHERE "_s + where);
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return notFound(ref);
    return readRow(q);
}

// Writes every mutable column of `s` where the row version is still `basedOn`, and
// bumps it. Zero rows changed means someone else changed it first.
Status writeRow(Database& db, ShareRecord& s, int basedOn, qint64 now)
{
    QSqlQuery q(db.connection());
    q.prepare(u"UPDATE shares SET status = ?, row_version = row_version + 1, "
              u"agreement_reference = ?, agreement_version = ?, agreement_hash = ?, partner = ?, "
              u"preparer_fingerprint = ?, dataset_path = ?, dataset_name = ?, dataset_size = ?, "
              u"dataset_modified_us = ?, read_options = ?, profile_json = ?, recipients = ?, "
              u"binding = ?, summary = ?, review_required = ?, bundle_path = ?, bundle_uid = ?, "
              u"sent_route = ?, sent_at_us = ?, updated_at_us = ?, submitted_at_us = ?, "
              u"row_count = ?, search_text = ? WHERE id = ? AND row_version = ?"_s);
    q.addBindValue(stateName(s.state));
    q.addBindValue(s.agreementReference);
    q.addBindValue(s.agreementVersion);
    q.addBindValue(s.agreementHash);
    q.addBindValue(textOrNull(s.partner));
    q.addBindValue(textOrNull(s.preparerFingerprint));
    q.addBindValue(textOrNull(s.datasetPath));
    q.addBindValue(textOrNull(s.datasetName));
    q.addBindValue(s.datasetSize);
    q.addBindValue(s.datasetModifiedUs);
    q.addBindValue(toText(optionsToJson(s.readOptions)));
    q.addBindValue(textOrNull(QString::fromUtf8(s.profileJson)));
    q.addBindValue(recipientsToText(s.recipients));
    q.addBindValue(s.binding ? QVariant(toText(s.binding->toJson()))
                             : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(toText(s.summary));
    q.addBindValue(s.reviewRequired ? 1 : 0);
    q.addBindValue(textOrNull(s.bundlePath));
    q.addBindValue(textOrNull(s.bundleUid));
    q.addBindValue(textOrNull(s.sentRoute));
    q.addBindValue(s.sentUs > 0 ? QVariant(s.sentUs) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(now);
    q.addBindValue(s.submittedUs > 0 ? QVariant(s.submittedUs)
                                     : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(s.binding ? QVariant(qint64(s.binding->rowCount))
                             : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(searchText(s));
    q.addBindValue(s.id);
    q.addBindValue(basedOn);
    if (!q.exec())
        return sqlError(q);
    if (q.numRowsAffected() != 1)
        return stale();
    s.rowVersion = basedOn + 1;
    s.updatedUs = now;
    return {};
}

Status audit(Database& db, const ShareRecord& s, const QString& action, QJsonObject detail,
             qint64 now)
{
    AuditEvent e;
    e.actor = db.actor();
    e.action = action;
    e.objectType = u"share"_s;
    e.objectId = s.uid;
    e.timeUs = now;
    detail.insert(u"share"_s, s.id);
    detail.insert(u"state"_s, stateName(s.state));
    detail.insert(u"agreement"_s, s.agreementReference);
    detail.insert(u"agreement_version"_s, s.agreementVersion);
    e.detail = detail;
    if (Result<AuditEntry> r = db.audit().append(e); !r)
        return r.error();
    return {};
}

} // namespace

ShareStore::ShareStore(Database& db)
    : m_db(db)
{}

namespace {

// One change of a share: read it in the write transaction, check its state and row
// version, change it, write it back, audit it, commit.
template <typename Change>
Result<ShareRecord> transition(Database& db, qint64 id, int basedOn,
                               std::initializer_list<ShareState> from, const QString& what,
                               const QString& action, Change&& change)
{
    Database::WriteTransaction tx(db);
    if (!tx.begun())
        return tx.error();
    Result<ShareRecord> found = findWhere(db, u"id = ?"_s, id, QString::number(id));
    if (!found)
        return found.error();
    ShareRecord s = std::move(found).value();
    if (s.rowVersion != basedOn)
        return stale();
    if (std::find(from.begin(), from.end(), s.state) == from.end())
        return wrongState(s, what);
    const qint64 now = Clock::nowUs();
    QJsonObject detail;
    if (Status st = change(s, detail, now); !st)
        return st.error();
    if (Status st = writeRow(db, s, basedOn, now); !st)
        return st.error();
    if (Status st = audit(db, s, action, detail, now); !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return s;
}

} // namespace

Result<ShareRecord> ShareStore::createDraft(const ShareRecord& draft)
{
    if (draft.agreementReference.isEmpty())
        return makeError(ErrorKind::Usage, Tr::tr("A share needs an agreement."));
    Database::WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    ShareRecord s = draft;
    s.uid = newUid();
    s.state = ShareState::Draft;
    s.preparedBy = m_db.actor();
    const qint64 now = Clock::nowUs();
    s.createdUs = now;
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO shares (uid, status, row_version, agreement_reference, "
              u"agreement_version, prepared_by, created_at_us, updated_at_us) "
              u"VALUES (?, 'draft', 1, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(s.uid);
    q.addBindValue(s.agreementReference);
    q.addBindValue(s.agreementVersion);
    q.addBindValue(s.preparedBy);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec() || !q.next())
        return sqlError(q);
    s.id = q.value(0).toLongLong();
    q.finish(); // SQLite: the INSERT ... RETURNING statement ends here
    if (Status st = writeRow(m_db, s, 1, now); !st)
        return st.error();
    QJsonObject detail{{u"dataset"_s, s.datasetName}};
    if (Status st = audit(m_db, s, u"share.drafted"_s, detail, now); !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return s;
}

Result<ShareRecord> ShareStore::saveDraft(const ShareRecord& edited, int basedOnVersion)
{
    return transition(
        m_db, edited.id, basedOnVersion,
        {ShareState::Draft, ShareState::Rejected, ShareState::PendingReview, ShareState::Approved},
        Tr::tr("changed"), u"share.changed"_s,
        [&](ShareRecord& s, QJsonObject& detail, qint64) -> Status {
            const ShareState was = s.state;
            const QString uid = s.uid;
            const qint64 id = s.id;
            const QString preparedBy = s.preparedBy;
            const qint64 created = s.createdUs;
            const int version = s.rowVersion;
            s = edited;
            s.uid = uid;
            s.id = id;
            s.preparedBy = preparedBy;
            s.createdUs = created;
            s.rowVersion = version;
            // An edit of a submitted or approved share takes it back to
            // draft: what was reviewed is no longer what would be sent.
            s.state = ShareState::Draft;
            s.binding.reset();
            s.submittedUs = 0;
            if (was != ShareState::Draft)
                detail.insert(u"was"_s, stateName(was));
            detail.insert(u"dataset"_s, s.datasetName);
            return {};
        });
}

Result<ShareRecord> ShareStore::submit(qint64 id, int basedOnVersion, const ShareBinding& binding,
                                       const QJsonObject& summary)
{
    return transition(m_db, id, basedOnVersion, {ShareState::Draft, ShareState::Rejected},
                      Tr::tr("submitted for review"), u"share.submitted"_s,
                      [&](ShareRecord& s, QJsonObject& detail, qint64 now) -> Status {
                          s.state = ShareState::PendingReview;
                          s.binding = binding;
                          s.preparerFingerprint = binding.preparer;
                          s.summary = summary;
                          s.submittedUs = now;
                          detail.insert(u"binding"_s, binding.toJson());
                          return {};
                      });
}

Result<ShareRecord> ShareStore::importForReview(const ShareRecord& share, const QString& source)
{
    if (!share.binding)
        return makeError(ErrorKind::BadInput,
                         Tr::tr("The review request has nothing to review (it was never "
                                "submitted)."));
    Database::WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    if (Result<ShareRecord> existing = findByUid(share.uid); existing)
        return withCode(
            makeError(
                ErrorKind::Policy,
                Tr::tr("This share is already in your history (share %1).").arg(existing->id)),
            StoreError::WrongState);
    const qint64 now = Clock::nowUs();
    ShareRecord s = share;
    s.state = ShareState::PendingReview;
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO shares (uid, status, row_version, agreement_reference, "
              u"agreement_version, prepared_by, created_at_us, updated_at_us) "
              u"VALUES (?, 'pending_review', 1, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(s.uid);
    q.addBindValue(s.agreementReference);
    q.addBindValue(s.agreementVersion);
    q.addBindValue(s.preparedBy);
    q.addBindValue(s.createdUs > 0 ? s.createdUs : now);
    q.addBindValue(now);
    if (!q.exec() || !q.next())
        return sqlError(q);
    s.id = q.value(0).toLongLong();
    q.finish(); // SQLite: the INSERT ... RETURNING statement ends here
    if (Status st = writeRow(m_db, s, 1, now); !st)
        return st.error();
    QJsonObject detail{{u"source"_s, source}, {u"binding"_s, s.binding->toJson()}};
    if (Status st = audit(m_db, s, u"share.imported_for_review"_s, detail, now); !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return s;
}

Result<ShareRecord> ShareStore::recordDecision(qint64 id, int basedOnVersion,
                                               const ShareDecision& decision)
{
    return transition(
        m_db, id, basedOnVersion, {ShareState::PendingReview}, Tr::tr("reviewed"),
        decision.approved ? u"share.approved"_s : u"share.rejected"_s,
        [&](ShareRecord& s, QJsonObject& detail, qint64) -> Status {
            if (Result<QJsonObject> ok = checkDecision(decision, s); !ok)
                return ok.error();
            // Four eyes by name too: the same person with a second identity.
            if (!s.preparedBy.isEmpty() && decision.reviewer.simplified().compare(
                                               s.preparedBy.simplified(), Qt::CaseInsensitive) == 0)
                return withCode(makeError(ErrorKind::Policy,
                                          Tr::tr("You prepared this share, so you cannot review "
                                                 "it: another IG lead must approve or send it "
                                                 "back (four eyes).")),
                                ApprovalError::OwnShare);
            // A shared register that lists its members takes decisions from its
            // reviewers only (docs/shared-register.md).
            if (Status member = RegisterMembers(m_db).checkReviewer(
                    decision.reviewer, decision.reviewerCard.fingerprint());
                !member)
                return member.error();
            QSqlQuery q(m_db.connection());
            q.prepare(u"INSERT INTO share_decisions (share_id, decision, reason, reviewer, "
                      u"reviewer_card, reviewer_fingerprint, statement, signature, "
                      u"decided_at_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
            q.addBindValue(s.id);
            q.addBindValue(decision.approved ? u"approved"_s : u"rejected"_s);
            q.addBindValue(decision.reason);
            q.addBindValue(decision.reviewer);
            q.addBindValue(decision.reviewerCard.toText());
            q.addBindValue(decision.reviewerCard.fingerprint());
            q.addBindValue(decision.statement);
            q.addBindValue(decision.signature);
            q.addBindValue(decision.decidedUs);
            if (!q.exec())
                return sqlError(q);
            s.state = decision.approved ? ShareState::Approved : ShareState::Rejected;
            detail.insert(u"reviewer"_s, decision.reviewerCard.fingerprint());
            detail.insert(u"reviewer_name"_s, decision.reviewer);
            detail.insert(u"statement_hash"_s,
                          QString::fromLatin1(profileHash(decision.statement).toHex()));
            if (!decision.reason.isEmpty())
                detail.insert(u"reason"_s, decision.reason);
            return {};
        });
}

Result<ShareRecord> ShareStore::markSealed(qint64 id, int basedOnVersion,
                                           const ShareBinding& binding, const QJsonObject& summary,
                                           const bundle::SealResult& sealed)
{
    return transition(
        m_db, id, basedOnVersion, {ShareState::Approved, ShareState::Draft}, Tr::tr("sealed"),
        u"share.sealed"_s, [&](ShareRecord& s, QJsonObject& detail, qint64) -> Status {
            if (s.state == ShareState::Draft && s.reviewRequired)
                return withCode(makeError(ErrorKind::Policy,
                                          Tr::tr("This share's agreement needs an IG review "
                                                 "before sealing: submit it for review first.")),
                                StoreError::WrongState);
            if (s.state == ShareState::Approved && s.binding && !(s.binding.value() == binding))
                return withCode(makeError(ErrorKind::Policy,
                                          Tr::tr("The share differs from what was approved: %1.")
                                              .arg(s.binding->firstDifference(binding))),
                                StoreError::WrongState);
            Result<qint64> bundleRow = BundleLedger(m_db).recordSent(sealed, s.id);
            if (!bundleRow)
                return bundleRow.error();
            s.state = ShareState::Sealed;
            s.binding = binding;
            s.preparerFingerprint = binding.preparer;
            if (!summary.isEmpty())
                s.summary = summary;
            s.bundlePath = sealed.file;
            s.bundleUid = QString::fromLatin1(sealed.bundleId.toHex());
            detail.insert(u"bundle"_s, s.bundleUid);
            detail.insert(u"data_hash"_s, QString::fromLatin1(sealed.dataHash.toHex()));
            return {};
        });
}

Result<ShareRecord> ShareStore::markSent(qint64 id, int basedOnVersion, const QString& route)
{
    if (route.trimmed().isEmpty())
        return makeError(ErrorKind::Usage,
                         Tr::tr("Say how the bundle was sent (for example, \"DLUHC portal\")."));
    return transition(m_db, id, basedOnVersion, {ShareState::Sealed}, Tr::tr("marked as sent"),
                      u"share.sent"_s,
                      [&](ShareRecord& s, QJsonObject& detail, qint64 now) -> Status {
                          s.state = ShareState::Sent;
                          s.sentRoute = route.trimmed();
                          s.sentUs = now;
                          detail.insert(u"route"_s, s.sentRoute);
                          return {};
                      });
}

Result<ShareRecord> ShareStore::markReceivedByBundle(const QString& bundleUidHex)
{
    Result<ShareRecord> found = findWhere(m_db, u"bundle_uid = ?"_s, bundleUidHex, bundleUidHex);
    if (!found)
        return found.error();
    if (found->state == ShareState::Received)
        return found;
    return transition(m_db, found->id, found->rowVersion, {ShareState::Sealed, ShareState::Sent},
                      Tr::tr("marked as received"), u"share.received"_s,
                      [&](ShareRecord& s, QJsonObject& detail, qint64) -> Status {
                          s.state = ShareState::Received;
                          detail.insert(u"bundle"_s, bundleUidHex);
                          return {};
                      });
}

Result<ShareRecord> ShareStore::cancel(qint64 id, int basedOnVersion, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorKind::Usage, Tr::tr("Say why the share is cancelled."));
    return transition(
        m_db, id, basedOnVersion,
        {ShareState::Draft, ShareState::PendingReview, ShareState::Approved, ShareState::Rejected},
        Tr::tr("cancelled"), u"share.cancelled"_s,
        [&](ShareRecord& s, QJsonObject& detail, qint64) -> Status {
            s.state = ShareState::Cancelled;
            detail.insert(u"reason"_s, reason.trimmed());
            return {};
        });
}

Status ShareStore::note(const ShareRecord& share, const QString& action, const QJsonObject& detail)
{
    Database::WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    if (Status st = audit(m_db, share, action, detail, Clock::nowUs()); !st)
        return st;
    return tx.commit();
}

Result<ShareRecord> ShareStore::find(qint64 id) const
{
    return findWhere(m_db, u"id = ?"_s, id, QString::number(id));
}

Result<ShareRecord> ShareStore::findByUid(const QString& uid) const
{
    return findWhere(m_db, u"uid = ?"_s, uid.toLower(), uid);
}

Result<ShareRecord> ShareStore::findByRef(const QString& ref) const
{
    const QString r = ref.trimmed();
    bool isNumber = false;
    const qint64 id = r.toLongLong(&isNumber);
    if (isNumber && r.size() < 8)
        return find(id);
    if (r.size() >= 8 && r.size() <= 32) {
        QSqlQuery q(m_db.connection());
        q.prepare(u"SELECT id FROM shares WHERE substr(uid, 1, ?) = ?"_s);
        q.addBindValue(r.size());
        q.addBindValue(r.toLower());
        if (!q.exec())
            return sqlError(q);
        QList<qint64> ids;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        if (ids.size() == 1)
            return find(ids.first());
        if (ids.size() > 1)
            return makeError(ErrorKind::Usage,
                             Tr::tr("More than one share starts with \"%1\": give more of its "
                                    "id.")
                                 .arg(r));
    }
    return notFound(r);
}

Result<QList<ShareListItem>> ShareStore::list(const ShareFilter& f) const
{
    QStringList where;
    QVariantList values;
    if (!f.states.isEmpty()) {
        QStringList marks;
        for (ShareState st : f.states) {
            marks << u"?"_s;
            values << stateName(st);
        }
        where << u"status IN ("_s + marks.join(u", "_s) + u")"_s;
    }
    if (!f.agreement.isEmpty()) {
        where << u"agreement_reference = ?"_s;
        values << f.agreement;
    }
    if (!f.partner.isEmpty()) {
        where << sql::containsLike(m_db.engine(), u"partner"_s);
        values << likeContains(f.partner);
    }
    if (!f.person.isEmpty()) {
        where << sql::containsLike(m_db.engine(), u"prepared_by"_s);
        values << likeContains(f.person);
    }
    if (!f.text.isEmpty()) {
        where << sql::containsText(m_db.engine(), u"search_text"_s);
        values << f.text.trimmed().toLower();
    }
    if (f.from.isValid()) {
        where << u"created_at_us >= ?"_s;
        values << QDateTime(f.from, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() * 1000;
    }
    if (f.to.isValid()) {
        where << u"created_at_us < ?"_s;
        values << QDateTime(f.to.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() * 1000;
    }
    QString sql = u"SELECT id, uid, status, agreement_reference, partner, prepared_by, "
                  u"dataset_name, row_count, created_at_us, submitted_at_us, updated_at_us "
                  u"FROM shares"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += f.oldestFirst ? u" ORDER BY coalesce(submitted_at_us, created_at_us), id"_s
                         : u" ORDER BY created_at_us DESC, id DESC"_s;
    sql += u" LIMIT "_s + QString::number(qMax(1, f.limit));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    QList<ShareListItem> items;
    while (q.next()) {
        ShareListItem i;
        i.id = q.value(0).toLongLong();
        i.uid = q.value(1).toString();
        i.state = stateFromName(q.value(2).toString()).value_or(ShareState::Draft);
        i.agreementReference = q.value(3).toString();
        i.partner = q.value(4).toString();
        i.preparedBy = q.value(5).toString();
        i.datasetName = q.value(6).toString();
        i.rowCount = q.value(7).isNull() ? -1 : q.value(7).toLongLong();
        i.createdUs = q.value(8).toLongLong();
        i.submittedUs = q.value(9).toLongLong();
        i.updatedUs = q.value(10).toLongLong();
        items.append(i);
    }
    return items;
}

Result<QList<ShareDecision>> ShareStore::decisions(qint64 shareId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id, share_id, decision, reason, reviewer, reviewer_card, statement, "
              u"signature, decided_at_us FROM share_decisions WHERE share_id = ? ORDER BY id"_s);
    q.addBindValue(shareId);
    if (!q.exec())
        return sqlError(q);
    QList<ShareDecision> out;
    while (q.next()) {
        ShareDecision d;
        d.id = q.value(0).toLongLong();
        d.shareId = q.value(1).toLongLong();
        d.approved = q.value(2).toString() == u"approved"_s;
        d.reason = q.value(3).toString();
        d.reviewer = q.value(4).toString();
        if (Result<crypto::KeyCard> c = crypto::KeyCard::fromText(q.value(5).toString()))
            d.reviewerCard = c.value();
        d.statement = q.value(6).toByteArray();
        d.signature = q.value(7).toByteArray();
        d.decidedUs = q.value(8).toLongLong();
        out.append(d);
    }
    return out;
}

Result<std::optional<ShareDecision>> ShareStore::currentApproval(qint64 shareId) const
{
    Result<ShareRecord> s = find(shareId);
    if (!s)
        return s.error();
    Result<QList<ShareDecision>> all = decisions(shareId);
    if (!all)
        return all.error();
    std::optional<ShareDecision> out;
    if (s->state == ShareState::PendingReview || s->state == ShareState::Draft ||
        s->state == ShareState::Rejected)
        return out;
    for (auto it = all->crbegin(); it != all->crend(); ++it) {
        if (it->approved && checkDecision(*it, s.value())) {
            out = *it;
            break;
        }
    }
    return out;
}

Result<QList<AuditEntry>> ShareStore::auditTrail(const QString& uid) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT seq, time_us, actor, action, object_type, object_id, detail "
              u"FROM audit_log WHERE object_type = 'share' AND object_id = ? ORDER BY seq"_s);
    q.addBindValue(uid);
    if (!q.exec())
        return sqlError(q);
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.timeUs = q.value(1).toLongLong();
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.objectType = q.value(4).toString();
        e.objectId = q.value(5).toString();
        if (!q.value(6).isNull())
            e.detail = q.value(6).toByteArray();
        out.append(e);
    }
    return out;
}

Result<BundleLedger::ImportedReceipt> importReceipt(Database& db, const bundle::Receipt& receipt)
{
    Database::WriteTransaction tx(db);
    if (!tx.begun())
        return tx.error();
    Result<BundleLedger::ImportedReceipt> r = BundleLedger(db).importReceipt(receipt);
    if (!r)
        return r.error();
    Result<ShareRecord> share =
        ShareStore(db).markReceivedByBundle(QString::fromLatin1(receipt.bundleId.toHex()));
    if (!share && share.error().code != QLatin1String(StoreError::NotFound))
        return share.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return r;
}

} // namespace sharewise::shares
