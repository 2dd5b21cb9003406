#include "share/ShareDraft.h"

#include "common/CanonicalJson.h"
#include "shares/ShareStore.h"

#include <QDateTime>
#include <QFileInfo>

namespace sharewise::ui {

shares::ShareRecord ShareDraft::toRecord() const
{
    shares::ShareRecord s = record.value_or(shares::ShareRecord{});
    s.agreementReference = agreement;
    if (agreementRecord && agreementRecord->reference == agreement) {
        s.agreementVersion = agreementRecord->version;
        s.agreementHash = agreementRecord->contentHash;
        s.reviewRequired = agreementRecord->requiresReview;
        QStringList partners;
        for (const agreements::Recipient& r : agreementRecord->recipients) {
            if (!partners.contains(r.organisation))
                partners.append(r.organisation);
        }
        s.partner = partners.join(QStringLiteral("; "));
    }
    s.datasetPath = datasetPath;
    const QFileInfo info(datasetPath);
    s.datasetName = info.fileName();
    s.datasetSize = info.exists() ? info.size() : 0;
    s.datasetModifiedUs = info.exists() ? info.lastModified().toMSecsSinceEpoch() * 1000 : 0;
    s.readOptions = readOptions;
    s.profileJson =
        profile.rules.isEmpty() ? QByteArray() : CanonicalJson::serialise(profile.toJson());
    s.recipients = recipients;
    return s;
}

void ShareDraft::restore(const shares::ShareRecord& share)
{
    record = share;
    agreement = share.agreementReference;
    datasetPath = share.datasetPath;
    readOptions = share.readOptions;
    if (!share.profileJson.isEmpty()) {
        Result<redact::RedactionProfile> p =
            redact::RedactionProfile::fromBytes(share.profileJson, share.datasetName);
        if (p)
            profile = std::move(p).value();
    }
    recipients = share.recipients;
    recipientLabels.clear();
    for (const crypto::KeyCard& c : share.recipients)
        recipientLabels.append(c.name);
}

Result<shares::ShareRecord> saveShareDraft(ShareDraft& draft, Database& db)
{
    shares::ShareStore store(db);
    const shares::ShareRecord record = draft.toRecord();
    Result<shares::ShareRecord> saved =
        record.id != 0 ? store.saveDraft(record, record.rowVersion) : store.createDraft(record);
    if (saved)
        draft.record = saved.value();
    return saved;
}

} // namespace sharewise::ui
