#include "common/AppSettings.h"

#include "common/AppPaths.h"

namespace sharewise {
namespace {
const QString kDatabasePath = QStringLiteral("database/path");
const QString kLanguage = QStringLiteral("ui/language");
const QString kOrganisation = QStringLiteral("organisation/name");
} // namespace

AppSettings::AppSettings() = default;

AppSettings::AppSettings(const QString& iniFile)
    : m_settings(iniFile, QSettings::IniFormat)
{}

QString AppSettings::databasePath() const
{
    return m_settings.value(kDatabasePath).toString();
}

void AppSettings::setDatabasePath(const QString& path)
{
    if (path.isEmpty())
        m_settings.remove(kDatabasePath);
    else
        m_settings.setValue(kDatabasePath, path);
}

QString AppSettings::effectiveDatabasePath() const
{
    const QString path = databasePath();
    return path.isEmpty() ? AppPaths::defaultDatabasePath() : path;
}

QString AppSettings::language() const
{
    return m_settings.value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString& code)
{
    if (code.isEmpty())
        m_settings.remove(kLanguage);
    else
        m_settings.setValue(kLanguage, code);
}

QString AppSettings::organisationName() const
{
    return m_settings.value(kOrganisation).toString();
}

void AppSettings::setOrganisationName(const QString& name)
{
    m_settings.setValue(kOrganisation, name.trimmed());
}

void AppSettings::sync()
{
    m_settings.sync();
}

} // namespace sharewise
