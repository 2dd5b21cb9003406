#pragma once

#include "common/Error.h"
#include "common/ExitCode.h"
#include "crypto/Identity.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace sharewise {

class Database;

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
    Result<std::unique_ptr<Database>> openDatabase();

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

    // The identity to act as: an identity file named on the command line, or this
    // history's current identity (from the credential store, or its identity file).
    Result<crypto::Identity> loadIdentity(Database& db, const QString& identityFile,
                                          const QString& passphraseFile,
                                          const QString& fingerprint = {});
    Result<crypto::SecureBytes> passphraseFrom(const QString& file, const QString& prompt,
                                               bool confirm);
    void warn(const QString& message);

    QString helpText() const;

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_databasePath;
};

} // namespace sharewise
