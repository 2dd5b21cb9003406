#pragma once

#include "common/Error.h"
#include "common/ExitCode.h"

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

    QString helpText() const;

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_databasePath;
};

} // namespace sharewise
