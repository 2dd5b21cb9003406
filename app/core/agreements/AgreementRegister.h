#pragma once

#include "agreements/Agreement.h"
#include "common/Error.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sharewise {

class Database;

namespace agreements {

// One kept version of an agreement.
struct AgreementVersionInfo
{
    int version = 0;
    QByteArray contentHash; // BLAKE2b-256 of the canonical content
    QString createdBy;
    qint64 createdAtUs = 0;
    QString note; // what changed, in the changer's words ("Extended to March 2027")
};

// What the register list shows. Empty members do not filter.
struct AgreementFilter
{
    std::optional<DisplayStatus> status;
    QString partner;            // a party's or recipient's organisation (contains, any case)
    bool reviewDueSoon = false; // review date within three months of `today` (or passed)
    QDate today = QDate::currentDate();
};

// Stable codes of the failures callers act on.
namespace RegisterError {
inline constexpr char Exists[] = "agreement.exists";
inline constexpr char NotFound[] = "agreement.not_found";
inline constexpr char Changed[] = "agreement.changed_meanwhile";
inline constexpr char Invalid[] = "agreement.invalid";
} // namespace RegisterError

// The agreements register (docs/agreements.md): every agreement with all its versions.
// Every change — content or status — is a new version holding the whole content and
// its hash; old versions are kept and never changed. Each change is recorded in the
// audit log (who, what, which version, the content hash). The agreements table holds
// the current version's columns for listing; agreement_versions the content.
class AgreementRegister
{
public:
    explicit AgreementRegister(Database& db);

    // Records a new agreement as version 1 (refused if the reference is taken, or if
    // problems() is not empty; an active one must also pass problemsForActivation()).
    Result<Agreement> create(const Agreement& agreement, const QString& note = {});

    // Records `edited` as the next version. `basedOnVersion` is the version the editor
    // started from: if someone saved another version meanwhile, refused (Changed).
    // Unchanged content is refused (nothing to record).
    Result<Agreement> update(const Agreement& edited, int basedOnVersion, const QString& note);

    // Suspend, end, activate (from draft or suspended): a new version with the status.
    // Ending is final. Activating checks problemsForActivation().
    Result<Agreement> setStatus(const QString& reference, AgreementStatus status,
                                const QString& reason);

    // The current version, or a given one.
    Result<Agreement> find(const QString& reference, int version = 0) const;
    Result<QList<Agreement>> list(const AgreementFilter& filter = {}) const;
    Result<QList<AgreementVersionInfo>> versions(const QString& reference) const;

    // The interchange file (docs/agreements.md): the content plus the register's
    // version and hash. Importing an agreement the register does not have creates it;
    // one it has becomes a new version when the content differs (else nothing changes).
    Result<QByteArray> exportJson(const QString& reference) const;
    Result<Agreement> importJson(QByteArrayView json, const QString& where);

private:
    Database& m_db;
};

} // namespace agreements
} // namespace sharewise
