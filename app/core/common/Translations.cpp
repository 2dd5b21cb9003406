#include "common/Translations.h"

#include "common/Logging.h"

#include <QLocale>
#include <QTranslator>

#include <memory>

namespace sharewise {
namespace {

std::unique_ptr<QTranslator>& installed()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}

QString& currentCode()
{
    static QString code = QStringLiteral("en");
    return code;
}

} // namespace

QList<Translations::Language> Translations::available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("cy"), QStringLiteral("Cymraeg")}};
}

QString Translations::resolve(const QString& setting)
{
    for (const Language& l : available()) {
        if (setting == l.code)
            return l.code;
    }
    const QStringList system = QLocale::system().uiLanguages();
    for (const QString& lang : system) {
        if (lang.startsWith(QLatin1String("cy")))
            return QStringLiteral("cy");
        if (lang.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString Translations::apply(const QString& setting)
{
    const QString code = resolve(setting);
    if (installed()) {
        QCoreApplication::removeTranslator(installed().get());
        installed().reset();
    }
    // English needs its file too: it holds the plural forms ("1 share", "2 shares").
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(QStringLiteral(":/i18n/sharewise_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(translator.get());
        installed() = std::move(translator);
    } else {
        qCWarning(lcApp) << "no translation found for language" << code;
    }
    // Installing or removing a translator posts QEvent::LanguageChange to every
    // top-level widget; they retranslate themselves when the event loop runs.
    currentCode() = code;
    // Dates, lists ("a and b" / "a a b") and numbers written through a default QLocale
    // follow the language too.
    QLocale::setDefault(locale());
    return code;
}

QString Translations::current()
{
    return currentCode();
}

QLocale Translations::locale()
{
    return currentCode() == QLatin1String("cy") ? QLocale(QLocale::Welsh, QLocale::UnitedKingdom)
                                                : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace sharewise
