#pragma once

#include <QLoggingCategory>
#include <QString>

// One logging category per area. Never log personal data (row values, names, file
// contents) or secrets; log identifiers, counts and outcomes.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcCli)

namespace sharewise::Logging {

struct Options
{
    QString directory;                 // where sharewise.log and its rotations live
    qint64 maxFileBytes = 1024 * 1024; // rotate when the current file passes this
    int keepFiles = 5;                 // sharewise.log plus sharewise.1.log .. .4.log
    bool echoToStderr = false;         // also write to stderr (developers)
};

// Installs a message handler that writes every message to a rotating log file.
// Safe to call again (for example after the log folder changes).
void install(const Options& options);

// Removes the handler; messages go back to Qt's default.
void uninstall();

// The file currently written to (empty when not installed).
QString currentLogFile();

} // namespace sharewise::Logging
