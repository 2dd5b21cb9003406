#include "store/BundleLedger.h"

#include "common/Clock.h"
#include "crypto/Sodium.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace sharewise {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(BundleLedger)
};

Error sqlError(const QSqlQuery& q)
{
    return makeError(ErrorKind::Failure, Tr::tr("Could not record the bundle in the history (%1).")
                                             .arg(describeSqlError(q.lastError())));
}
} // namespace

BundleLedger::BundleLedger(Database& db)
    : m_db(db)
{}

Result<qint64> BundleLedger::recordSent(const bundle::SealResult& sealed, qint64 shareId)
{
    Database::WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO bundles (share_id, direction, bundle_uid, file_name, size_bytes, header_hash, "
        "data_hash, signature_hash, created_at_us) VALUES (?, 'sent', ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id"));
    q.addBindValue(shareId > 0 ? QVariant(shareId) : QVariant());
    q.addBindValue(QString::fromLatin1(sealed.bundleId.toHex()));
    q.addBindValue(QFileInfo(sealed.file).fileName());
    q.addBindValue(sealed.bundleSize);
    q.addBindValue(sealed.headerHash);
    q.addBindValue(sealed.dataHash);
    q.addBindValue(crypto::Blake2b256::hash(sealed.signature));
    q.addBindValue(Clock::nowUs());
    if (!q.exec() || !q.next())
        return sqlError(q);
    const qint64 id = q.value(0).toLongLong();
    q.finish(); // SQLite: the INSERT ... RETURNING statement ends here
    for (const crypto::KeyCard& r : sealed.recipients) {
        q.prepare(QStringLiteral("INSERT INTO bundle_recipients (bundle_id, receiving_key, "
                                 "signing_key) VALUES (?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(r.receivingKey);
        q.addBindValue(r.signingKey);
        if (!q.exec())
            return sqlError(q);
    }
    q.finish();
    QStringList to;
    for (const crypto::KeyCard& r : sealed.recipients)
        to << r.fingerprint();
    AuditEvent e;
    e.actor = m_db.actor();
    e.action = QStringLiteral("bundle.sealed");
    e.objectType = QStringLiteral("bundle");
    e.objectId = QString::fromLatin1(sealed.bundleId.toHex());
    e.detail = QJsonObject{{QStringLiteral("file"), QFileInfo(sealed.file).fileName()},
                           {QStringLiteral("rows"), static_cast<qint64>(sealed.rowCount)},
                           {QStringLiteral("bytes"), static_cast<qint64>(sealed.dataLength)},
                           {QStringLiteral("recipients"), QJsonArray::fromStringList(to)},
                           {QStringLiteral("passphrase"), sealed.recipients.isEmpty()}};
    if (Result<AuditEntry> r = m_db.audit().append(e); !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> BundleLedger::recordReceived(const bundle::OpenedBundle& opened,
                                            const QString& fileName)
{
    Database::WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO bundles (direction, bundle_uid, file_name, size_bytes, header_hash, "
        "data_hash, "
        "signature_hash, fingerprint, created_at_us) VALUES ('received', ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (bundle_uid, direction) DO NOTHING RETURNING id"));
    q.addBindValue(QString::fromLatin1(opened.bundleId.toHex()));
    q.addBindValue(fileName);
    q.addBindValue(static_cast<qint64>(opened.dataLength));
    q.addBindValue(opened.headerHash);
    q.addBindValue(opened.dataHash);
    q.addBindValue(crypto::Blake2b256::hash(opened.signature));
    q.addBindValue(opened.sender.fingerprint());
    q.addBindValue(Clock::nowUs());
    if (!q.exec())
        return sqlError(q);
    qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    if (id == 0) {
        // Opened before: the row that is there already.
        q.prepare(QStringLiteral(
            "SELECT id FROM bundles WHERE bundle_uid = ? AND direction = 'received'"));
        q.addBindValue(QString::fromLatin1(opened.bundleId.toHex()));
        if (!q.exec() || !q.next())
            return sqlError(q);
        id = q.value(0).toLongLong();
        q.finish();
    }
    AuditEvent e;
    e.actor = m_db.actor();
    e.action = QStringLiteral("bundle.opened");
    e.objectType = QStringLiteral("bundle");
    e.objectId = QString::fromLatin1(opened.bundleId.toHex());
    e.detail = QJsonObject{{QStringLiteral("file"), fileName},
                           {QStringLiteral("sender"), opened.sender.fingerprint()},
                           {QStringLiteral("rows"), static_cast<qint64>(opened.rowCount)}};
    if (Result<AuditEntry> r = m_db.audit().append(e); !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<BundleLedger::ImportedReceipt> BundleLedger::importReceipt(const bundle::Receipt& receipt)
{
    if (!receipt.signatureChecks()) {
        return makeError(ErrorKind::Verification,
                         Tr::tr("The receipt's signature does not check: it was altered."));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id, file_name, header_hash, data_hash, signature_hash, "
                       "received_at_us FROM bundles WHERE direction = 'sent' AND bundle_uid = ?"));
    q.addBindValue(QString::fromLatin1(receipt.bundleId.toHex()));
    if (!q.exec())
        return sqlError(q);
    if (!q.next()) {
        return makeError(ErrorKind::Verification,
                         Tr::tr("This receipt is for a bundle this history has no record of "
                                "sending. Import it into the history the bundle was sealed from."));
    }
    const qint64 bundleId = q.value(0).toLongLong();
    ImportedReceipt out;
    out.bundleFile = q.value(1).toString();
    out.recipientFingerprint = receipt.recipient.fingerprint();
    if (q.value(2).toByteArray() != receipt.headerHash ||
        q.value(3).toByteArray() != receipt.dataHash ||
        q.value(4).toByteArray() != receipt.senderSignatureHash) {
        return makeError(ErrorKind::Verification,
                         Tr::tr("The receipt does not match the bundle that was sent: what was "
                                "opened is not what was sealed."));
    }
    q.prepare(QStringLiteral("SELECT count(*) FROM bundle_recipients WHERE bundle_id = ? AND "
                             "signing_key = ? AND receiving_key = ?"));
    q.addBindValue(bundleId);
    q.addBindValue(receipt.recipient.signingKey);
    q.addBindValue(receipt.recipient.receivingKey);
    if (!q.exec() || !q.next())
        return sqlError(q);
    if (q.value(0).toInt() == 0) {
        return makeError(ErrorKind::Verification,
                         Tr::tr("The receipt is signed by someone the bundle was not sent to (%1).")
                             .arg(receipt.recipient.fingerprint()));
    }
    q.prepare(
        QStringLiteral("SELECT count(*) FROM receipts WHERE bundle_id = ? AND signer_key = ?"));
    q.addBindValue(bundleId);
    q.addBindValue(receipt.recipient.signingKey);
    if (!q.exec() || !q.next())
        return sqlError(q);
    if (q.value(0).toInt() > 0) {
        out.alreadyImported = true;
        return out;
    }
    q.finish();

    Database::WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    QSqlQuery w(m_db.connection());
    w.prepare(QStringLiteral("INSERT INTO receipts (bundle_id, statement, signature, signer_key, "
                             "received_at_us) VALUES (?, ?, ?, ?, ?)"));
    w.addBindValue(bundleId);
    w.addBindValue(receipt.statement());
    w.addBindValue(receipt.signature);
    w.addBindValue(receipt.recipient.signingKey);
    w.addBindValue(receipt.openedAtUs);
    if (!w.exec())
        return sqlError(w);
    w.prepare(QStringLiteral(
        "UPDATE bundles SET received_at_us = coalesce(received_at_us, ?) WHERE id = ?"));
    w.addBindValue(receipt.openedAtUs);
    w.addBindValue(bundleId);
    if (!w.exec())
        return sqlError(w);
    w.finish();
    AuditEvent e;
    e.actor = m_db.actor();
    e.action = QStringLiteral("receipt.imported");
    e.objectType = QStringLiteral("bundle");
    e.objectId = QString::fromLatin1(receipt.bundleId.toHex());
    e.detail = QJsonObject{{QStringLiteral("recipient"), receipt.recipient.fingerprint()},
                           {QStringLiteral("openedAtUs"), receipt.openedAtUs}};
    if (Result<AuditEntry> r = m_db.audit().append(e); !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return out;
}

} // namespace sharewise
