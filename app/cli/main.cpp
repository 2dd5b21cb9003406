#include "CliApp.h"

#include "common/AppPaths.h"
#include "common/Logging.h"
#include "crypto/Sodium.h"

#include "sharewise/Version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Sharewise"));
    QCoreApplication::setApplicationName(QStringLiteral("Sharewise"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHAREWISE_VERSION_STRING));

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!sharewise::crypto::initialise()) {
        err << "Sharewise could not start its cryptography library.\n";
        return static_cast<int>(sharewise::ExitCode::Failure);
    }
    sharewise::Logging::install({sharewise::AppPaths::logDirectory()});
    sharewise::CliApp cli(out, err);
    const int code = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
