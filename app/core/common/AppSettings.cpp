#include "common/AppSettings.h"

#include "common/AppPaths.h"
#include "common/Logging.h"
#include "common/Translations.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace sharewise {
namespace {

// The user's settings (unchanged since the first release), and the shared register's.
const QString kDatabasePath = QStringLiteral("database/path");
const QString kLanguage = QStringLiteral("ui/language");
const QString kOrganisation = QStringLiteral("organisation/name");
const QString kSharedRegister = QStringLiteral("register/shared");
const QString kRegisterHost = QStringLiteral("register/host");
const QString kRegisterPort = QStringLiteral("register/port");
const QString kRegisterDatabase = QStringLiteral("register/database");
const QString kRegisterUser = QStringLiteral("register/user");
const QString kRegisterSchema = QStringLiteral("register/schema");
const QString kRegisterCaCertificate = QStringLiteral("register/caCertificate");

// The policy's value names (docs/deployment.md). Matched without regard to case: the
// registry ignores case, and an INI file written by hand should not fail on it.
const QString kPolicyDatabasePath = QStringLiteral("databasepath");
const QString kPolicyLanguage = QStringLiteral("language");
const QString kPolicyOrganisation = QStringLiteral("organisationname");
const QString kPolicySharedRegister = QStringLiteral("sharedregister");
const QString kPolicyRegisterHost = QStringLiteral("sharedregisterhost");
const QString kPolicyRegisterPort = QStringLiteral("sharedregisterport");
const QString kPolicyRegisterDatabase = QStringLiteral("sharedregisterdatabase");
const QString kPolicyRegisterUser = QStringLiteral("sharedregisteruser");
const QString kPolicyRegisterSchema = QStringLiteral("sharedregisterschema");
const QString kPolicyRegisterCaCertificate = QStringLiteral("sharedregistercacertificate");
const QString kPolicyDefaults = QStringLiteral("defaults/");

const QString kTrue = QStringLiteral("true");
const QString kFalse = QStringLiteral("false");
constexpr int kDefaultPort = 5432;

constexpr std::array<AppSettings::Key, AppSettings::KeyCount> kAllKeys = {
    AppSettings::Key::DatabasePath,     AppSettings::Key::Language,
    AppSettings::Key::OrganisationName, AppSettings::Key::SharedRegister,
    AppSettings::Key::RegisterHost,     AppSettings::Key::RegisterPort,
    AppSettings::Key::RegisterDatabase, AppSettings::Key::RegisterUser,
    AppSettings::Key::RegisterSchema,   AppSettings::Key::RegisterCaCertificate,
};

#ifdef Q_OS_WIN
const QString kPolicyRegistryKey =
    QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Sharewise\\Sharewise");
#else
const QString kPolicyFileName = QStringLiteral("Sharewise/policy.ini");

// The XDG configuration folders in order of preference; relative entries are ignored,
// as the XDG Base Directory specification says.
QStringList policyFolders()
{
    QStringList folders;
    const QString dirs = qEnvironmentVariable("XDG_CONFIG_DIRS");
    for (const QString& dir : dirs.split(u':', Qt::SkipEmptyParts)) {
        if (QDir::isAbsolutePath(dir))
            folders.append(dir);
    }
    if (folders.isEmpty())
        folders.append(QStringLiteral("/etc/xdg"));
    return folders;
}

QString findPolicyFile()
{
    for (const QString& dir : policyFolders()) {
        const QString file = QDir(dir).filePath(kPolicyFileName);
        if (QFileInfo::exists(file))
            return file;
    }
    return {};
}
#endif

size_t indexOf(AppSettings::Key key)
{
    return static_cast<size_t>(key);
}

const QString& userKey(AppSettings::Key key)
{
    switch (key) {
    case AppSettings::Key::DatabasePath:
        return kDatabasePath;
    case AppSettings::Key::Language:
        return kLanguage;
    case AppSettings::Key::OrganisationName:
        return kOrganisation;
    case AppSettings::Key::SharedRegister:
        return kSharedRegister;
    case AppSettings::Key::RegisterHost:
        return kRegisterHost;
    case AppSettings::Key::RegisterPort:
        return kRegisterPort;
    case AppSettings::Key::RegisterDatabase:
        return kRegisterDatabase;
    case AppSettings::Key::RegisterUser:
        return kRegisterUser;
    case AppSettings::Key::RegisterSchema:
        return kRegisterSchema;
    case AppSettings::Key::RegisterCaCertificate:
        break;
    }
    return kRegisterCaCertificate;
}

const QString& policyName(AppSettings::Key key)
{
    switch (key) {
    case AppSettings::Key::DatabasePath:
        return kPolicyDatabasePath;
    case AppSettings::Key::Language:
        return kPolicyLanguage;
    case AppSettings::Key::OrganisationName:
        return kPolicyOrganisation;
    case AppSettings::Key::SharedRegister:
        return kPolicySharedRegister;
    case AppSettings::Key::RegisterHost:
        return kPolicyRegisterHost;
    case AppSettings::Key::RegisterPort:
        return kPolicyRegisterPort;
    case AppSettings::Key::RegisterDatabase:
        return kPolicyRegisterDatabase;
    case AppSettings::Key::RegisterUser:
        return kPolicyRegisterUser;
    case AppSettings::Key::RegisterSchema:
        return kPolicyRegisterSchema;
    case AppSettings::Key::RegisterCaCertificate:
        break;
    }
    return kPolicyRegisterCaCertificate;
}

// The value used when neither IT nor the user has set one; a setter given it stores
// nothing, so a default IT sets later still reaches the user.
QString builtInDefault(AppSettings::Key key)
{
    switch (key) {
    case AppSettings::Key::SharedRegister:
        return kFalse;
    case AppSettings::Key::RegisterPort:
        return QString::number(kDefaultPort);
    default:
        break;
    }
    return {};
}

// %NAME% replaced by the environment variable NAME (as Windows expands REG_EXPAND_SZ),
// so one machine-wide value can name a per-user place such as
// %LOCALAPPDATA%\Sharewise\history.sqlite. Nothing when a variable is not set.
std::optional<QString> expandVariables(const QString& text)
{
    static const QRegularExpression variable(QStringLiteral("%([A-Za-z_][A-Za-z0-9_()]*)%"));
    QString result;
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = variable.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        if (!qEnvironmentVariableIsSet(name.toLocal8Bit().constData()))
            return std::nullopt;
        result += text.mid(from, m.capturedStart() - from);
        result += qEnvironmentVariable(name.toLocal8Bit().constData());
        from = m.capturedEnd();
    }
    result += text.mid(from);
    return result;
}

// A full path from a policy value: %NAME% expanded, native separators, cleaned; nothing
// (after a warning) when a variable is not set or the path is relative.
std::optional<QString> policyPath(const QString& text, const QString& name)
{
    const std::optional<QString> expanded = expandVariables(text);
    if (!expanded) {
        qCWarning(lcSettings) << "policy" << name
                              << "ignored: it names an environment variable that is not set";
        return std::nullopt;
    }
    const QString path = QDir::fromNativeSeparators(*expanded);
    if (!QDir::isAbsolutePath(path)) {
        qCWarning(lcSettings) << "policy" << name << "ignored: not a full path";
        return std::nullopt;
    }
    return QDir::cleanPath(path);
}

// A policy value made ready for use, or nothing when it is empty or unusable (a
// warning names the value, never its content: a path may hold a user name).
std::optional<QString> normalise(AppSettings::Key key, const QString& raw, const QString& name)
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    switch (key) {
    case AppSettings::Key::SharedRegister: {
        // REG_DWORD 1 or 0 reads as a number; a REG_SZ or an INI file may say it in words.
        const QString word = text.toLower();
        for (const char* yes : {"1", "true", "yes", "on"}) {
            if (word == QLatin1String(yes))
                return kTrue;
        }
        for (const char* no : {"0", "false", "no", "off"}) {
            if (word == QLatin1String(no))
                return kFalse;
        }
        qCWarning(lcSettings) << "policy" << name << "ignored: not 1 (the shared register) or 0";
        return std::nullopt;
    }
    case AppSettings::Key::RegisterPort: {
        bool ok = false;
        const int port = text.toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            qCWarning(lcSettings) << "policy" << name << "ignored: not a port from 1 to 65535";
            return std::nullopt;
        }
        return QString::number(port);
    }
    case AppSettings::Key::RegisterHost:
    case AppSettings::Key::RegisterDatabase:
        if (text.contains(QLatin1Char(';')) ||
            text.contains(QRegularExpression(QStringLiteral("\\s")))) {
            qCWarning(lcSettings) << "policy" << name << "ignored: it holds a space or a semicolon";
            return std::nullopt;
        }
        return text;
    case AppSettings::Key::RegisterUser: {
        // %USERNAME% gives each person their own login from one machine-wide value.
        const std::optional<QString> expanded = expandVariables(text);
        if (!expanded || expanded->trimmed().isEmpty()) {
            qCWarning(lcSettings) << "policy" << name
                                  << "ignored: it names an environment variable that is not set";
            return std::nullopt;
        }
        return expanded->trimmed();
    }
    case AppSettings::Key::RegisterSchema: {
        static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
        if (!identifier.match(text).hasMatch()) {
            qCWarning(lcSettings) << "policy" << name
                                  << "ignored: not a schema name (letters, digits, underscores)";
            return std::nullopt;
        }
        return text;
    }
    case AppSettings::Key::RegisterCaCertificate:
        return policyPath(text, name);
    case AppSettings::Key::DatabasePath:
        return policyPath(text, name);
    case AppSettings::Key::Language: {
        const QString code = text.toLower();
        if (code == QLatin1String("system"))
            return QString();
        for (const Translations::Language& l : Translations::available()) {
            if (l.code == code)
                return code;
        }
        qCWarning(lcSettings) << "policy" << name << "ignored: not one of en, cy, system";
        return std::nullopt;
    }
    case AppSettings::Key::OrganisationName:
        break;
    }
    return text;
}

QString policyText(const QVariant& value)
{
    // An INI value with an unquoted comma is read as a list: put it back together.
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral(", "));
    return value.toString();
}

} // namespace

AppSettings::AppSettings()
{
#ifdef Q_OS_WIN
    const QSettings policy(kPolicyRegistryKey, QSettings::NativeFormat);
    if (!policy.allKeys().isEmpty()) {
        m_policyLocation = kPolicyRegistryKey;
        readPolicy(policy);
    }
#else
    const QString file = findPolicyFile();
    if (!file.isEmpty()) {
        m_policyLocation = file;
        const QSettings policy(file, QSettings::IniFormat);
        readPolicy(policy);
    }
#endif
}

AppSettings::AppSettings(const QString& iniFile)
    : m_settings(iniFile, QSettings::IniFormat)
{}

AppSettings::AppSettings(const QString& iniFile, const QString& policyIniFile)
    : m_settings(iniFile, QSettings::IniFormat)
{
    if (policyIniFile.isEmpty() || !QFileInfo::exists(policyIniFile))
        return;
    m_policyLocation = policyIniFile;
    const QSettings policy(policyIniFile, QSettings::IniFormat);
    readPolicy(policy);
}

QString AppSettings::systemPolicyLocation()
{
#ifdef Q_OS_WIN
    return kPolicyRegistryKey;
#else
    const QString found = findPolicyFile();
    return found.isEmpty() ? QDir(policyFolders().constFirst()).filePath(kPolicyFileName) : found;
#endif
}

void AppSettings::readPolicy(const QSettings& policy)
{
    if (policy.status() != QSettings::NoError) {
        qCWarning(lcSettings) << "policy could not be read from" << m_policyLocation;
        return;
    }
    QHash<QString, QVariant> values;
    const QStringList keys = policy.allKeys();
    for (const QString& key : keys) {
        // QSettings files a top-level INI key under "General/" when written by Qt.
        QString name = key.toLower();
        if (name.startsWith(QLatin1String("general/")))
            name.remove(0, 8);
        values.insert(name, policy.value(key));
    }
    for (const Key key : kAllKeys) {
        const QString& name = policyName(key);
        PolicyValue& target = m_policy.at(indexOf(key));
        if (values.contains(name))
            target.enforced = normalise(key, policyText(values.value(name)), name);
        const QString defaultName = kPolicyDefaults + name;
        if (values.contains(defaultName))
            target.byDefault = normalise(key, policyText(values.value(defaultName)), defaultName);
        if (target.enforced)
            qCInfo(lcSettings) << "policy enforces" << name;
        else if (target.byDefault)
            qCInfo(lcSettings) << "policy sets the default of" << name;
    }
}

const AppSettings::PolicyValue& AppSettings::policy(Key key) const
{
    return m_policy.at(indexOf(key));
}

AppSettings::PolicySource AppSettings::policySource(Key key) const
{
    const PolicyValue& p = policy(key);
    if (p.enforced)
        return PolicySource::Enforced;
    if (p.byDefault && !stored(key))
        return PolicySource::Default;
    return PolicySource::None;
}

std::optional<QString> AppSettings::stored(Key key) const
{
    const QString text = m_settings.value(userKey(key)).toString();
    if (text.isEmpty())
        return std::nullopt;
    return text;
}

QString AppSettings::value(Key key) const
{
    const PolicyValue& p = policy(key);
    if (p.enforced)
        return *p.enforced;
    if (std::optional<QString> mine = stored(key))
        return *mine;
    return p.byDefault.value_or(QString());
}

void AppSettings::store(Key key, const QString& text)
{
    const PolicyValue& p = policy(key);
    if (p.enforced) {
        qCDebug(lcSettings) << "not stored: enforced by policy" << policyName(key);
        return;
    }
    if (text.isEmpty() || text == (p.byDefault ? *p.byDefault : builtInDefault(key)))
        m_settings.remove(userKey(key));
    else
        m_settings.setValue(userKey(key), text);
}

QString AppSettings::databasePath() const
{
    return value(Key::DatabasePath);
}

void AppSettings::setDatabasePath(const QString& path)
{
    store(Key::DatabasePath, path);
}

QString AppSettings::defaultDatabasePath() const
{
    const PolicyValue& p = policy(Key::DatabasePath);
    return p.byDefault ? *p.byDefault : AppPaths::defaultDatabasePath();
}

QString AppSettings::effectiveDatabasePath() const
{
    const QString path = databasePath();
    return path.isEmpty() ? AppPaths::defaultDatabasePath() : path;
}

QString AppSettings::language() const
{
    return value(Key::Language);
}

void AppSettings::setLanguage(const QString& code)
{
    store(Key::Language, code);
}

QString AppSettings::organisationName() const
{
    return value(Key::OrganisationName);
}

void AppSettings::setOrganisationName(const QString& name)
{
    store(Key::OrganisationName, name.trimmed());
}

bool AppSettings::usesSharedRegister() const
{
    return value(Key::SharedRegister) == kTrue;
}

void AppSettings::setUsesSharedRegister(bool shared)
{
    store(Key::SharedRegister, shared ? kTrue : kFalse);
}

ServerConnection AppSettings::registerServer() const
{
    ServerConnection server;
    server.host = value(Key::RegisterHost);
    bool ok = false;
    const int port = value(Key::RegisterPort).toInt(&ok);
    server.port = ok ? port : kDefaultPort;
    server.database = value(Key::RegisterDatabase);
    server.user = value(Key::RegisterUser);
    server.schema = value(Key::RegisterSchema);
    server.sslRootCert = value(Key::RegisterCaCertificate);
    return server;
}

void AppSettings::setRegisterServer(const ServerConnection& server)
{
    store(Key::RegisterHost, server.host.trimmed());
    store(Key::RegisterPort, QString::number(server.port));
    store(Key::RegisterDatabase, server.database.trimmed());
    store(Key::RegisterUser, server.user.trimmed());
    store(Key::RegisterSchema, server.schema.trimmed());
    store(Key::RegisterCaCertificate, server.sslRootCert.trimmed());
}

Database::Options AppSettings::databaseOptions() const
{
    Database::Options options;
    if (usesSharedRegister())
        options.server = registerServer();
    else
        options.path = effectiveDatabasePath();
    return options;
}

void AppSettings::sync()
{
    m_settings.sync();
}

} // namespace sharewise
