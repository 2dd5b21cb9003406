#include "shares/Outputs.h"

#include "agreements/AgreementRegister.h"
#include "common/Clock.h"
#include "crypto/Sodium.h"
#include "shares/ShareStore.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace sharewise::shares {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outputs)
};

Error sqlError(const QSqlQuery& q)
{
    return makeError(ErrorKind::Failure, Tr::tr("Could not read or record the returned outputs "
                                                "(%1).")
                                             .arg(describeSqlError(q.lastError())));
}

QVariant orNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace

OutputsRegister::OutputsRegister(Database& db)
    : m_db(db)
{}

Result<ReturnedOutput> OutputsRegister::record(const ReturnedOutput& output,
                                               const QString& filePath)
{
    ReturnedOutput o = output;
    o.description = o.description.trimmed();
    if (!o.receivedOn.isValid())
        return makeError(ErrorKind::Usage, Tr::tr("Give the date the output came back."));
    if (o.outputTitle.trimmed().isEmpty() && o.description.isEmpty())
        return makeError(ErrorKind::Usage,
                         Tr::tr("Say what came back: the promised output it answers, or a "
                                "description."));
    Result<agreements::Agreement> agreement =
        agreements::AgreementRegister(m_db).find(o.agreementReference);
    if (!agreement)
        return agreement.error();
    if (!o.outputTitle.isEmpty()) {
        const bool promised = std::any_of(
            agreement->outputs.cbegin(), agreement->outputs.cend(),
            [&](const agreements::ExpectedOutput& e) { return e.title == o.outputTitle; });
        if (!promised)
            return makeError(ErrorKind::BadInput,
                             Tr::tr("Agreement %1 promises no output called \"%2\". Check the "
                                    "title (sharewise-cli outputs list shows them).")
                                 .arg(o.agreementReference, o.outputTitle));
    }
    if (!filePath.isEmpty()) {
        QFile f(filePath);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorKind::BadInput,
                             Tr::tr("The file cannot be read (%1).").arg(f.errorString()),
                             QDir::toNativeSeparators(filePath));
        crypto::Blake2b256 h;
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        for (qint64 n; (n = f.read(buffer.data(), buffer.size())) > 0;)
            h.addData(QByteArrayView(buffer.constData(), n));
        o.fileHash = h.result();
        o.fileName = QFileInfo(filePath).fileName();
    }

    Database::WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    ShareStore shares(m_db);
    for (qint64 id : std::as_const(o.shareIds)) {
        Result<ShareRecord> s = shares.find(id);
        if (!s)
            return s.error();
        if (s->agreementReference != o.agreementReference)
            return makeError(ErrorKind::BadInput,
                             Tr::tr("Share %1 was made under agreement %2, not %3.")
                                 .arg(id)
                                 .arg(s->agreementReference, o.agreementReference));
        if (s->state != ShareState::Sealed && s->state != ShareState::Sent &&
            s->state != ShareState::Received)
            return makeError(
                ErrorKind::BadInput,
                Tr::tr("Share %1 was never sealed, so no output can come from it.").arg(id));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id FROM agreements WHERE reference = ?"_s);
    q.addBindValue(o.agreementReference);
    if (!q.exec() || !q.next())
        return sqlError(q);
    const qint64 agreementId = q.value(0).toLongLong();
    QVariant expected{QMetaType(QMetaType::LongLong)};
    if (!o.outputTitle.isEmpty()) {
        q.prepare(u"SELECT id FROM expected_outputs WHERE agreement_id = ? AND title = ? "
                  u"ORDER BY due_on LIMIT 1"_s);
        q.addBindValue(agreementId);
        q.addBindValue(o.outputTitle);
        if (!q.exec())
            return sqlError(q);
        if (q.next())
            expected = q.value(0);
    }
    o.recordedBy = m_db.actor();
    o.recordedUs = Clock::nowUs();
    q.prepare(u"INSERT INTO returned_outputs (expected_output_id, agreement_id, title, file_name, "
              u"note, received_on, recorded_at_us, file_hash, link, recorded_by, output_title) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(expected);
    q.addBindValue(agreementId);
    q.addBindValue(o.outputTitle.isEmpty() ? o.description : o.outputTitle);
    q.addBindValue(orNull(o.fileName));
    q.addBindValue(orNull(o.description));
    q.addBindValue(o.receivedOn.toString(Qt::ISODate));
    q.addBindValue(o.recordedUs);
    q.addBindValue(o.fileHash.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                        : QVariant(o.fileHash));
    q.addBindValue(orNull(o.link));
    q.addBindValue(o.recordedBy);
    q.addBindValue(orNull(o.outputTitle));
    if (!q.exec() || !q.next())
        return sqlError(q);
    o.id = q.value(0).toLongLong();
    q.finish(); // SQLite: the INSERT ... RETURNING statement ends here
    QJsonArray shareUids;
    for (qint64 id : std::as_const(o.shareIds)) {
        q.prepare(u"INSERT INTO returned_output_shares (returned_output_id, share_id) "
                  u"VALUES (?, ?)"_s);
        q.addBindValue(o.id);
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q);
        shareUids.append(id);
    }
    AuditEvent e;
    e.actor = m_db.actor();
    e.action = u"output.returned"_s;
    e.objectType = u"agreement"_s;
    e.objectId = o.agreementReference;
    e.timeUs = o.recordedUs;
    QJsonObject detail{{u"output"_s, o.id},
                       {u"title"_s, o.outputTitle},
                       {u"received_on"_s, o.receivedOn.toString(Qt::ISODate)},
                       {u"shares"_s, shareUids}};
    if (!o.fileHash.isEmpty())
        detail.insert(u"file_hash"_s, QString::fromLatin1(o.fileHash.toHex()));
    e.detail = detail;
    if (Result<AuditEntry> r = m_db.audit().append(e); !r)
        return r.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return o;
}

Result<QList<OutputDue>> OutputsRegister::due(const QDate& today) const
{
    Result<QList<agreements::Agreement>> all = agreements::AgreementRegister(m_db).list();
    if (!all)
        return all.error();
    Result<QList<ReturnedOutput>> back = returned();
    if (!back)
        return back.error();
    QList<OutputDue> out;
    for (const agreements::Agreement& a : all.value()) {
        if (a.status == agreements::AgreementStatus::Ended ||
            a.status == agreements::AgreementStatus::Draft)
            continue;
        for (const agreements::ExpectedOutput& e : a.outputs) {
            OutputDue d;
            d.agreementReference = a.reference;
            d.agreementTitle = a.title;
            d.title = e.title;
            d.description = e.description;
            d.due = e.due;
            for (const ReturnedOutput& r : back.value()) {
                if (r.agreementReference == a.reference && r.outputTitle == e.title) {
                    d.returned = true;
                    d.returnedOn = r.receivedOn;
                }
            }
            out.append(d);
        }
    }
    std::stable_sort(out.begin(), out.end(), [&](const OutputDue& x, const OutputDue& y) {
        const bool ox = x.isOverdue(today);
        const bool oy = y.isOverdue(today);
        if (ox != oy)
            return ox;
        if (x.returned != y.returned)
            return !x.returned;
        return x.due < y.due;
    });
    return out;
}

Result<QList<ReturnedOutput>> OutputsRegister::returned(const QString& agreementReference) const
{
    QSqlQuery q(m_db.connection());
    QString sql = u"SELECT r.id, a.reference, r.output_title, r.note, r.file_name, r.file_hash, "
                  u"r.link, r.received_on, r.recorded_by, r.recorded_at_us "
                  u"FROM returned_outputs r JOIN agreements a ON a.id = r.agreement_id"_s;
    if (!agreementReference.isEmpty())
        sql += u" WHERE a.reference = ?"_s;
    sql += u" ORDER BY r.received_on DESC, r.id DESC"_s;
    q.prepare(sql);
    if (!agreementReference.isEmpty())
        q.addBindValue(agreementReference);
    if (!q.exec())
        return sqlError(q);
    QList<ReturnedOutput> out;
    while (q.next()) {
        ReturnedOutput o;
        o.id = q.value(0).toLongLong();
        o.agreementReference = q.value(1).toString();
        o.outputTitle = q.value(2).toString();
        o.description = q.value(3).toString();
        o.fileName = q.value(4).toString();
        o.fileHash = q.value(5).toByteArray();
        o.link = q.value(6).toString();
        o.receivedOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        o.recordedBy = q.value(8).toString();
        o.recordedUs = q.value(9).toLongLong();
        out.append(o);
    }
    for (ReturnedOutput& o : out) {
        q.prepare(u"SELECT share_id FROM returned_output_shares WHERE returned_output_id = ? "
                  u"ORDER BY share_id"_s);
        q.addBindValue(o.id);
        if (!q.exec())
            return sqlError(q);
        while (q.next())
            o.shareIds.append(q.value(0).toLongLong());
    }
    return out;
}

} // namespace sharewise::shares
