#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace sharewise {

// The languages Sharewise speaks, and switching between them at run time. The .qm
// files are embedded under :/i18n. Switching sends QEvent::LanguageChange to every
// widget, which retranslates itself, so no restart is needed.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)
public:
    struct Language
    {
        QString code;       // "en", "cy"
        QString nativeName; // "English", "Cymraeg": always in its own language
    };

    static QList<Language> available();

    // "" (follow the system) becomes "cy" or "en" from the system's UI languages.
    static QString resolve(const QString& setting);

    // Installs the translator for `code` ("" follows the system); returns the code in
    // use. Safe to call repeatedly.
    static QString apply(const QString& setting);

    // The code currently applied ("en" before any call).
    static QString current();

    // The locale for dates and numbers in the current language (en_GB or cy_GB).
    static QLocale locale();
};

} // namespace sharewise
