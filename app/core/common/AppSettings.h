#pragma once

#include <QSettings>
#include <QString>

namespace sharewise {

// The user's preferences, persisted with QSettings (the registry on Windows, an INI
// file under ~/.config on Linux). Holds no secret and no personal data.
class AppSettings
{
public:
    AppSettings();
    // For tests and tools: settings kept in one INI file.
    explicit AppSettings(const QString& iniFile);

    // Empty means the default location (AppPaths::defaultDatabasePath()).
    [[nodiscard]] QString databasePath() const;
    void setDatabasePath(const QString& path);
    // The path actually used: the setting, or the default when none is set.
    [[nodiscard]] QString effectiveDatabasePath() const;

    // "" follows the system; otherwise a language code such as "en" or "cy".
    [[nodiscard]] QString language() const;
    void setLanguage(const QString& code);

    [[nodiscard]] QString organisationName() const;
    void setOrganisationName(const QString& name);

    void sync();

private:
    QSettings m_settings;
};

} // namespace sharewise
