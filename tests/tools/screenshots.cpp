// Renders every main screen to PNG, in English and Welsh, for review:
//   sharewise-screenshots <folder> <scale-percent>
// Run through the `screenshots` build target, which sets the offscreen platform and a
// private HOME, and runs it at 100% and 200%.
#include "MainWindow.h"
#include "about/AboutDialog.h"
#include "common/AppSettings.h"
#include "common/Translations.h"
#include "crypto/Sodium.h"
#include "history/HistoryDialog.h"
#include "settings/SettingsDialog.h"
#include "widgets/WidgetRenderer.h"

#include <QApplication>
#include <QDir>
#include <QTextStream>

using namespace sharewise;
using namespace sharewise::ui;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Sharewise"));
    QApplication::setApplicationName(QStringLiteral("Sharewise"));
    crypto::initialise();
    const QStringList args = QApplication::arguments();
    const QString folder = args.value(1, QStringLiteral("screenshots"));
    const QString scale = args.value(2, QStringLiteral("100"));
    QDir().mkpath(folder);
    QTextStream out(stdout);

    AppSettings settings;
    settings.setOrganisationName(
        QStringLiteral("Cyngor Sir Ddinbych / Denbighshire County Council"));
    settings.sync();

    int failures = 0;
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("cy")}) {
        Translations::apply(lang);
        auto save = [&](QWidget* w, const QString& name) {
            const QString file =
                QDir(folder).filePath(QStringLiteral("%1-%2-%3.png").arg(name, lang, scale));
            if (WidgetRenderer::renderToPng(w, file)) {
                out << file << '\n';
            } else {
                ++failures;
            }
        };
        MainWindow window;
        window.show();
        save(&window, QStringLiteral("home"));
        SettingsDialog settingsDialog(window.settings(), &window);
        save(&settingsDialog, QStringLiteral("settings"));
        AboutDialog about(&window);
        save(&about, QStringLiteral("about"));
        if (window.database()) {
            HistoryDialog history(*window.database(), &window);
            history.verify();
            save(&history, QStringLiteral("history"));
        }
    }
    return failures == 0 ? 0 : 1;
}
