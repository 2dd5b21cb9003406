#pragma once

#include "bundle/BundleWriter.h"
#include "common/Error.h"
#include "common/ExitCode.h"
#include "crypto/Identity.h"
#include "shares/ShareStore.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace sharewise {

// sharewise-cli: parses the command line, runs one command, returns its exit code.
// Results go to stdout; errors to stderr, one plain sentence first.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    CliApp(QTextStream& out, QTextStream& err);
    int run(const QStringList& arguments);

private:
    int usage(const QString& problem);
    int fail(const Error& error);
    // The history: the file m_databasePath names, or the shared register's server
    // (--register, or the settings) with its password.
    Result<std::unique_ptr<Database>> openDatabase();
    // The shared register's password: the first line of --register-password-file, else
    // the credential store's entry for the server, else none (null). Read once.
    Result<std::shared_ptr<const crypto::SecureBytes>> registerPassword();

    int cmdHistory(const QStringList& args);
    int cmdAudit(const QStringList& args);
    int cmdBackup(const QStringList& args);
    int cmdRestore(const QStringList& args);

    // Keys and bundles (CliKeys.cpp, CliBundles.cpp).
    int cmdKeygen(const QStringList& args);
    int cmdRecipients(const QStringList& args);
    int cmdReceipt(const QStringList& args);
    int cmdSeal(const QStringList& args);
    int cmdVerifyOrOpen(const QStringList& args, bool open);
    // Agreements' pseudonymisation keys (CliAgreementKeys.cpp).
    int cmdAgreementKey(const QStringList& args);

    // Datasets (CliDataset.cpp).
    int cmdInspect(const QStringList& args);
    // Redaction (CliRedact.cpp).
    int cmdRedact(const QStringList& args);
    // The agreements register (CliAgreements.cpp), its PDF (CliAgreementPdf.cpp) and
    // the checks of a share against an agreement (CliCheck.cpp).
    int cmdAgreements(const QStringList& args);
    int cmdAgreementPdf(const QStringList& args);
    int cmdCheck(const QStringList& args);
    // Shares from draft to receipt, the review queue, outputs returned and incidents
    // (CliShares.cpp).
    int cmdShare(const QStringList& args);
    int cmdShareSeal(const QStringList& args);
    int cmdShareManage(const QString& sub, const QStringList& args);
    int cmdReview(const QStringList& args);
    int cmdOutputs(const QStringList& args);
    int cmdIncident(const QStringList& args);
    // The shared register: its database roles and its members (CliRegister.cpp).
    int cmdRegister(const QStringList& args);
    int cmdRegisterRolesSql(const QStringList& args);
    int cmdRegisterMembers(const QStringList& args);
    int cmdRegisterMove(bool into, const QStringList& args);
    int listShares(shares::ShareStore& store, const shares::ShareFilter& filter, bool asJson);
    int showShare(shares::ShareStore& store, const shares::ShareRecord& share, bool asJson);
    void printSealed(const shares::ShareRecord& share, const bundle::SealResult& sealed);
    // Recipients named on the command line (key cards, or labels and fingerprints from
    // the directory); a revoked key refused, an unchecked one warned about.
    Result<QList<crypto::KeyCard>> resolveRecipients(Database& db, const QStringList& keys);

    // The identity to act as: an identity file named on the command line, or this
    // history's current identity (from the credential store, or its identity file).
    Result<crypto::Identity> loadIdentity(Database& db, const QString& identityFile,
                                          const QString& passphraseFile,
                                          const QString& fingerprint = {});
    Result<crypto::SecureBytes> passphraseFrom(const QString& file, const QString& prompt,
                                               bool confirm);
    // A bundle's passphrase from --passphrase-file FILE into `out`; nothing when `file` is
    // empty (the option not given).
    Status bundlePassphrase(const QString& file, std::optional<crypto::SecureBytes>& out);
    void warn(const QString& message);

    QString helpText() const;

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_databasePath;
    std::optional<ServerConnection> m_server; // the shared register, when it is the history
    QString m_registerPasswordFile;
    std::optional<std::shared_ptr<const crypto::SecureBytes>> m_registerPassword;
};

} // namespace sharewise
