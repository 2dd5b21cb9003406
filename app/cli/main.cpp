#include "CliApp.h"

#include "common/AppPaths.h"
#include "common/Logging.h"
#include "crypto/Sodium.h"

#include "sharewise/Version.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Whether the command needs Qt Gui (fonts, to lay out a PDF): only `agreements pdf`.
// Global options come before the command, as CliApp reads them (--db, --lang,
// --register and --register-password-file take a value).
bool needsGui(int argc, char* argv[])
{
    int i = 1;
    while (i < argc && argv[i][0] == '-') {
        const bool takesValue = std::strcmp(argv[i], "--db") == 0 ||
                                std::strcmp(argv[i], "--lang") == 0 ||
                                std::strcmp(argv[i], "--register") == 0 ||
                                std::strcmp(argv[i], "--register-password-file") == 0;
        i += takesValue ? 2 : 1;
    }
    return i + 1 < argc && std::strcmp(argv[i], "agreements") == 0 &&
           std::strcmp(argv[i + 1], "pdf") == 0;
}

} // namespace

int main(int argc, char* argv[])
{
    // Every other command runs without Qt Gui, so it needs no display or platform plugin.
    // A PDF needs fonts: a QGuiApplication, on the offscreen platform unless one is set
    // (Windows' own platform needs no display, so it is left to choose there).
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
#ifndef Q_OS_WIN
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
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
