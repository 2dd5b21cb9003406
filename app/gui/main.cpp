#include "MainWindow.h"

#include "common/AppPaths.h"
#include "common/AppSettings.h"
#include "common/Logging.h"
#include "common/Translations.h"
#include "crypto/Sodium.h"

#include "sharewise/Version.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <cstring>

int main(int argc, char* argv[])
{
    // Answer --version before any window system is needed (a console exists on Linux;
    // the Windows GUI build has none, so About shows the version there).
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("sharewise %s\n", SHAREWISE_VERSION_STRING);
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Sharewise"));
    QApplication::setApplicationName(QStringLiteral("Sharewise"));
    QApplication::setApplicationDisplayName(QStringLiteral("Sharewise"));
    QApplication::setApplicationVersion(QStringLiteral(SHAREWISE_VERSION_STRING));
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/sharewise-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    QApplication::setDesktopFileName(QStringLiteral("sharewise"));

    sharewise::Logging::install({sharewise::AppPaths::logDirectory()});
    qCInfo(lcApp) << "Sharewise" << SHAREWISE_VERSION_STRING << "starting";

    const sharewise::AppSettings settings;
    sharewise::Translations::apply(settings.language());

    if (!sharewise::crypto::initialise()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Sharewise cannot start"),
                              QApplication::translate("main",
                                                      "Sharewise could not start its encryption "
                                                      "library. Tell your IT support."));
        return 5;
    }

    sharewise::ui::MainWindow window;
    window.show();
    // A bundle opened from the desktop (the .swb file association) arrives as the first
    // argument: open it once the window is up.
    const QStringList args = QApplication::arguments();
    if (args.size() > 1 && !args.at(1).startsWith(u'-')) {
        const QString bundle = QFileInfo(args.at(1)).absoluteFilePath();
        QTimer::singleShot(0, &window, [&window, bundle] { window.openBundleFile(bundle); });
    }
    return QApplication::exec();
}
