#pragma once

#include "bundle/BundleReader.h"
#include "bundle/BundleWriter.h"
#include "bundle/Receipt.h"
#include "common/Error.h"

#include <QString>

namespace sharewise {

class Database;

// The history's record of bundles sent and received, and of the receipts that came
// back. A receipt is accepted only if it names a bundle we sent, exactly (id, header,
// data, signature), and is signed by one of that bundle's recipients.
class BundleLedger
{
public:
    explicit BundleLedger(Database& db);

    Result<qint64> recordSent(const bundle::SealResult& sealed, qint64 shareId = 0);
    Result<qint64> recordReceived(const bundle::OpenedBundle& opened, const QString& fileName);

    struct ImportedReceipt
    {
        QString bundleFile;
        QString recipientFingerprint;
        bool alreadyImported = false;
    };
    Result<ImportedReceipt> importReceipt(const bundle::Receipt& receipt);

private:
    Database& m_db;
};

} // namespace sharewise
