#pragma once

#include "store/Database.h"

#include <QSettings>
#include <QString>

#include <array>
#include <optional>

namespace sharewise {

// The user's preferences, persisted with QSettings (the registry on Windows, an INI
// file under ~/.config on Linux), under the machine's policy. Holds no secret and no
// personal data.
//
// Policy (docs/deployment.md): IT may set values machine-wide, read once when the
// object is made —
//   Windows: HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Sharewise\Sharewise
//   elsewhere: Sharewise/policy.ini in the first folder of $XDG_CONFIG_DIRS that has
//              one (/etc/xdg when the variable is unset).
// A value at the top of the policy is enforced: it wins over the user's setting and
// the setting is locked (isLocked). A value under "Defaults" is used only while the
// user has chosen nothing. Each getter returns:
//   enforced policy  >  the user's setting  >  policy default  >  built-in default.
// A setter for a locked setting changes nothing; a value equal to the policy default
// (or, when IT sets none, to the built-in default) is not stored, so a later change of
// IT's default still reaches the user.
//
// The history is either a file on this computer or the council's shared register on a
// PostgreSQL server (SharedRegister and the Register* keys). The register's password is
// never a setting: it is kept in the credential store (secrets/RegisterPassword.h).
class AppSettings
{
public:
    // What the policy can set (docs/deployment.md names each value).
    enum class Key
    {
        DatabasePath,
        Language,
        OrganisationName,
        SharedRegister, // the history is the shared register, not a file
        RegisterHost,
        RegisterPort,
        RegisterDatabase,
        RegisterUser,
        RegisterSchema,
        RegisterCaCertificate,
    };
    static constexpr int KeyCount = 10;
    enum class PolicySource
    {
        None,     // not set by policy: the user's setting, or the built-in default
        Default,  // IT's default, used while the user has chosen nothing
        Enforced, // IT's value, which the user cannot change
    };

    // The user's settings and the machine's policy.
    AppSettings();
    // For tests and tools: settings kept in one INI file, with no policy.
    explicit AppSettings(const QString& iniFile);
    // For tests: settings in one INI file, policy from another (as on Linux); an empty
    // policyIniFile means no policy.
    AppSettings(const QString& iniFile, const QString& policyIniFile);

    // Where this machine's policy is read from: the registry key on Windows, else the
    // policy.ini found (or, when none exists, the first place looked).
    [[nodiscard]] static QString systemPolicyLocation();

    // Where this object's policy came from; empty when no policy was read.
    [[nodiscard]] QString policyLocation() const { return m_policyLocation; }
    [[nodiscard]] PolicySource policySource(Key key) const;
    // True when IT enforces the value: the Settings dialog shows it but cannot change it.
    [[nodiscard]] bool isLocked(Key key) const
    {
        return policySource(key) == PolicySource::Enforced;
    }

    // Empty means the default location (defaultDatabasePath()).
    [[nodiscard]] QString databasePath() const;
    void setDatabasePath(const QString& path);
    // The place used when none is chosen: IT's default, else
    // AppPaths::defaultDatabasePath().
    [[nodiscard]] QString defaultDatabasePath() const;
    // The path actually used: databasePath(), or the default when none is set.
    [[nodiscard]] QString effectiveDatabasePath() const;

    // "" follows the system; otherwise a language code such as "en" or "cy".
    [[nodiscard]] QString language() const;
    void setLanguage(const QString& code);

    [[nodiscard]] QString organisationName() const;
    void setOrganisationName(const QString& name);

    // True when the history is the shared register on a PostgreSQL server.
    [[nodiscard]] bool usesSharedRegister() const;
    void setUsesSharedRegister(bool shared);
    // The shared register's server as set (host, port, database, user, schema, CA file;
    // the TLS mode is left to ServerConnection: verify-full unless the host is this
    // computer). Fields may be empty: ServerConnection::problem() says what is missing.
    [[nodiscard]] ServerConnection registerServer() const;
    // Stores each field that is not locked.
    void setRegisterServer(const ServerConnection& server);
    // What to open: the shared register's server when usesSharedRegister(), else the
    // file effectiveDatabasePath() names. Without the password (the caller reads it from
    // the credential store) and without the actor.
    [[nodiscard]] Database::Options databaseOptions() const;

    void sync();

private:
    struct PolicyValue
    {
        std::optional<QString> enforced;
        std::optional<QString> byDefault;
    };

    void readPolicy(const QSettings& policy);
    [[nodiscard]] const PolicyValue& policy(Key key) const;
    // The user's stored value, when there is one.
    [[nodiscard]] std::optional<QString> stored(Key key) const;
    [[nodiscard]] QString value(Key key) const;
    void store(Key key, const QString& value);

    QSettings m_settings;
    std::array<PolicyValue, KeyCount> m_policy;
    QString m_policyLocation;
};

} // namespace sharewise
