#include "shares/Incidents.h"

#include "agreements/AgreementRegister.h"
#include "common/Clock.h"
#include "shares/ShareStore.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace sharewise::shares {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Incidents)
};

constexpr qint64 kIcoWindowUs = 72LL * 3600 * 1000 * 1000;

Error sqlError(const QSqlQuery& q)
{
    return makeError(
        ErrorKind::Failure,
        Tr::tr("Could not read or record the incident (%1).").arg(describeSqlError(q.lastError())));
}

struct KindRow
{
    IncidentKind kind;
    const char* name;
};
constexpr KindRow kKinds[] = {
    {IncidentKind::WrongRecipient, "wrong_recipient"},
    {IncidentKind::WrongFile, "wrong_file"},
    {IncidentKind::TooMuchData, "too_much_data"},
    {IncidentKind::Other, "other"},
};

// The council's Data Protection Officer, as the agreement's sign-offs name them.
QString dpoOf(Database& db, const QString& reference)
{
    Result<agreements::Agreement> a = agreements::AgreementRegister(db).find(reference);
    if (!a)
        return {};
    for (const agreements::SignOff& s : a->signOffs) {
        if (s.role == agreements::SignOffRole::Dpo && !s.name.isEmpty())
            return s.name;
    }
    return {};
}

QList<Incident> readAll(QSqlQuery& q)
{
    QList<Incident> out;
    while (q.next()) {
        Incident i;
        i.id = q.value(0).toLongLong();
        i.shareId = q.value(1).toLongLong();
        i.kind = incidentKindFromName(q.value(2).toString()).value_or(IncidentKind::Other);
        i.description = q.value(3).toString();
        i.reportedBy = q.value(4).toString();
        i.reportedUs = q.value(5).toLongLong();
        i.icoDeadlineUs = q.value(6).toLongLong();
        i.decidedBy = q.value(7).toString();
        i.shareUid = q.value(8).toString();
        out.append(i);
    }
    return out;
}

constexpr auto kSelect = "SELECT i.id, i.share_id, i.kind, i.description, i.reported_by, "
                         "i.reported_at_us, i.ico_deadline_us, i.decided_by, s.uid "
                         "FROM incidents i JOIN shares s ON s.id = i.share_id";

} // namespace

QString incidentKindName(IncidentKind kind)
{
    for (const KindRow& r : kKinds) {
        if (r.kind == kind)
            return QString::fromLatin1(r.name);
    }
    return {};
}

std::optional<IncidentKind> incidentKindFromName(const QString& name)
{
    for (const KindRow& r : kKinds) {
        if (name == QLatin1String(r.name))
            return r.kind;
    }
    return std::nullopt;
}

QString incidentKindLabel(IncidentKind kind)
{
    switch (kind) {
    case IncidentKind::WrongRecipient:
        return Tr::tr("Sent to the wrong recipient");
    case IncidentKind::WrongFile:
        return Tr::tr("The wrong file was sent");
    case IncidentKind::TooMuchData:
        return Tr::tr("More data was sent than the agreement allows");
    case IncidentKind::Other:
        return Tr::tr("Something else went wrong");
    }
    return {};
}

QString incidentNextSteps(const Incident& i)
{
    // In the user's own time and words: the short date and time, to the minute (no
    // seconds, no time zone name; some locales' short time has seconds).
    const QLocale locale;
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QRegularExpression(QStringLiteral("[^Hhmap]*s+")));
    timeFormat.remove(QRegularExpression(QStringLiteral("\\s*t+")));
    const QString deadline =
        locale.toString(QDateTime::fromMSecsSinceEpoch(i.icoDeadlineUs / 1000).toLocalTime(),
                        locale.dateFormat(QLocale::ShortFormat) + u' ' + timeFormat.trimmed());
    const QString who = i.decidedBy.isEmpty()
                            ? Tr::tr("your council's Data Protection Officer")
                            : Tr::tr("%1, your council's Data Protection Officer").arg(i.decidedBy);
    return Tr::tr("Tell %1 now. If this is a personal data breach that risks people's rights, "
                  "the council must report it to the Information Commissioner's Office within "
                  "72 hours of becoming aware of it: by %2. The Data Protection Officer decides "
                  "whether to report it; do not contact the recipient about the data without "
                  "their advice.")
        .arg(who, deadline);
}

IncidentLog::IncidentLog(Database& db)
    : m_db(db)
{}

Result<Incident> IncidentLog::report(qint64 shareId, IncidentKind kind, const QString& description)
{
    if (description.trimmed().isEmpty())
        return makeError(ErrorKind::Usage,
                         Tr::tr("Describe what happened (no personal details from the data)."));
    Database::WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    Result<ShareRecord> share = ShareStore(m_db).find(shareId);
    if (!share)
        return share.error();
    Incident i;
    i.shareId = shareId;
    i.shareUid = share->uid;
    i.kind = kind;
    i.description = description.trimmed();
    i.reportedBy = m_db.actor();
    i.reportedUs = Clock::nowUs();
    i.icoDeadlineUs = i.reportedUs + kIcoWindowUs;
    i.decidedBy = dpoOf(m_db, share->agreementReference);
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO incidents (share_id, kind, description, reported_by, reported_at_us, "
              u"ico_deadline_us, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(shareId);
    q.addBindValue(incidentKindName(kind));
    q.addBindValue(i.description);
    q.addBindValue(i.reportedBy);
    q.addBindValue(i.reportedUs);
    q.addBindValue(i.icoDeadlineUs);
    q.addBindValue(i.decidedBy.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                         : QVariant(i.decidedBy));
    if (!q.exec() || !q.next())
        return sqlError(q);
    i.id = q.value(0).toLongLong();
    q.finish(); // SQLite: the INSERT ... RETURNING statement ends here
    AuditEvent e;
    e.actor = m_db.actor();
    e.action = u"share.incident_reported"_s;
    e.objectType = u"share"_s;
    e.objectId = share->uid;
    e.timeUs = i.reportedUs;
    e.detail = QJsonObject{{u"incident"_s, i.id},
                           {u"kind"_s, incidentKindName(kind)},
                           {u"description"_s, i.description},
                           {u"ico_deadline_us"_s, QString::number(i.icoDeadlineUs)}};
    if (Result<AuditEntry> r = m_db.audit().append(e); !r)
        return r.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return i;
}

Result<QList<Incident>> IncidentLog::forShare(qint64 shareId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kSelect) + u" WHERE i.share_id = ? ORDER BY i.id"_s);
    q.addBindValue(shareId);
    if (!q.exec())
        return sqlError(q);
    return readAll(q);
}

Result<QList<Incident>> IncidentLog::all() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kSelect) + u" ORDER BY i.id DESC"_s);
    if (!q.exec())
        return sqlError(q);
    return readAll(q);
}

} // namespace sharewise::shares
