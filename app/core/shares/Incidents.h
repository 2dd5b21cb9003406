#pragma once

#include "common/Error.h"

#include <QList>
#include <QString>

namespace sharewise {
class Database;
}

// "Report a problem with this share": a possible personal data breach (sent to the wrong
// recipient, the wrong file, more data than agreed). Recorded against the share with
// who reported it and when, and the 72 hours in which the ICO may need to be told
// (UK GDPR Article 33), counted from when the council became aware (the report).
namespace sharewise::shares {

enum class IncidentKind : quint8
{
    WrongRecipient,
    WrongFile,
    TooMuchData,
    Other,
};
[[nodiscard]] QString incidentKindName(IncidentKind kind); // "wrong_recipient", ...
[[nodiscard]] std::optional<IncidentKind> incidentKindFromName(const QString& name);
[[nodiscard]] QString incidentKindLabel(IncidentKind kind);

struct Incident
{
    qint64 id = 0;
    qint64 shareId = 0;
    QString shareUid;
    IncidentKind kind = IncidentKind::Other;
    QString description; // what happened, in the reporter's words (no row values)
    QString reportedBy;
    qint64 reportedUs = 0;
    qint64 icoDeadlineUs = 0; // reportedUs + 72 hours
    // Who decides whether the ICO is told: the council's Data Protection Officer, from
    // the agreement's sign-offs where named.
    QString decidedBy;
};

// Plain words on what happens next: the deadline and who decides.
[[nodiscard]] QString incidentNextSteps(const Incident& incident);

class IncidentLog
{
public:
    explicit IncidentLog(Database& db);
    Result<Incident> report(qint64 shareId, IncidentKind kind, const QString& description);
    Result<QList<Incident>> forShare(qint64 shareId) const;
    Result<QList<Incident>> all() const;

private:
    Database& m_db;
};

} // namespace sharewise::shares
