#include "common/StrictJson.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace sharewise {
using namespace Qt::StringLiterals;
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Json)
};

struct Position
{
    int line = 1;
    int column = 1;
};

Position positionOf(QByteArrayView text, qsizetype offset)
{
    Position p;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++p.column;
        }
    }
    return p;
}

// Walks text QJsonDocument has already accepted, so it only has to find the strings
// that are object keys and compare them within each object.
class DuplicateFinder
{
public:
    explicit DuplicateFinder(QByteArrayView text)
        : m_text(text)
    {}

    // The offset of the first repeated key, and the key.
    std::optional<std::pair<qsizetype, QString>> find()
    {
        skipSpace();
        value();
        return m_found;
    }

private:
    void skipSpace()
    {
        while (m_i < m_text.size() && (m_text[m_i] == ' ' || m_text[m_i] == '\t' ||
                                       m_text[m_i] == '\n' || m_text[m_i] == '\r'))
            ++m_i;
    }

    // The string at m_i (a quote), decoded through QJsonDocument for escapes.
    QString string()
    {
        const qsizetype begin = m_i++;
        while (m_i < m_text.size() && m_text[m_i] != '"')
            m_i += m_text[m_i] == '\\' ? 2 : 1;
        ++m_i;
        const QByteArray wrapped = "[" + m_text.sliced(begin, m_i - begin).toByteArray() + "]";
        return QJsonDocument::fromJson(wrapped).array().at(0).toString();
    }

    void value()
    {
        if (m_found || m_i >= m_text.size())
            return;
        const char c = m_text[m_i];
        if (c == '{') {
            ++m_i;
            QSet<QString> keys;
            skipSpace();
            while (!m_found && m_i < m_text.size() && m_text[m_i] != '}') {
                const qsizetype at = m_i;
                const QString key = string();
                if (keys.contains(key)) {
                    m_found = std::make_pair(at, key);
                    return;
                }
                keys.insert(key);
                skipSpace();
                ++m_i; // ':'
                skipSpace();
                value();
                skipSpace();
                if (m_i < m_text.size() && m_text[m_i] == ',')
                    ++m_i;
                skipSpace();
            }
            ++m_i;
        } else if (c == '[') {
            ++m_i;
            skipSpace();
            while (!m_found && m_i < m_text.size() && m_text[m_i] != ']') {
                value();
                skipSpace();
                if (m_i < m_text.size() && m_text[m_i] == ',')
                    ++m_i;
                skipSpace();
            }
            ++m_i;
        } else if (c == '"') {
            string();
        } else {
            while (m_i < m_text.size() && m_text[m_i] != ',' && m_text[m_i] != '}' &&
                   m_text[m_i] != ']' && m_text[m_i] != ' ' && m_text[m_i] != '\n' &&
                   m_text[m_i] != '\r' && m_text[m_i] != '\t')
                ++m_i;
        }
    }

    QByteArrayView m_text;
    qsizetype m_i = 0;
    std::optional<std::pair<qsizetype, QString>> m_found;
};

} // namespace

Result<QJsonDocument> parseStrictJson(QByteArrayView json, const QString& where)
{
    QJsonParseError error{};
    const QByteArray bytes = json.toByteArray();
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const Position p = positionOf(json, error.offset);
        return makeError(ErrorKind::BadInput,
                         Tr::tr("This is not valid JSON at line %1, column %2 (%3). Correct the "
                                "file, or save it again from Sharewise.")
                             .arg(p.line)
                             .arg(p.column)
                             .arg(error.errorString()),
                         where);
    }
    if (auto dup = DuplicateFinder(json).find()) {
        const Position p = positionOf(json, dup->first);
        return makeError(ErrorKind::BadInput,
                         Tr::tr("The key \"%1\" appears twice in one object (line %2, column %3). "
                                "Remove one of them.")
                             .arg(dup->second)
                             .arg(p.line)
                             .arg(p.column),
                         where);
    }
    return doc;
}

JsonFields::JsonFields(QJsonObject object, QString where, QString path)
    : m_object(std::move(object))
    , m_where(std::move(where))
    , m_path(std::move(path))
{}

bool JsonFields::has(QStringView key) const
{
    return m_object.contains(key);
}

QString JsonFields::string(QStringView key, const QString& fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isString()) {
        fail(key, Tr::tr("must be text in quotes"));
        return fallback;
    }
    return v.toString();
}

qint64 JsonFields::integer(QStringView key, qint64 fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return fallback;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::floor(d) || std::fabs(d) > 9007199254740992.0) {
        fail(key, Tr::tr("must be a whole number"));
        return fallback;
    }
    return qint64(d);
}

double JsonFields::number(QStringView key, double fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isDouble()) {
        fail(key, Tr::tr("must be a number"));
        return fallback;
    }
    return v.toDouble();
}

bool JsonFields::boolean(QStringView key, bool fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        fail(key, Tr::tr("must be true or false"));
        return fallback;
    }
    return v.toBool();
}

QJsonObject JsonFields::object(QStringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return {};
    if (!v.isObject()) {
        fail(key, Tr::tr("must be an object in braces { }"));
        return {};
    }
    return v.toObject();
}

QJsonArray JsonFields::array(QStringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        fail(key, Tr::tr("must be a list in brackets [ ]"));
        return {};
    }
    return v.toArray();
}

void JsonFields::fail(QStringView key, const QString& what)
{
    if (m_error)
        return;
    const QString name = m_path.isEmpty() ? key.toString() : m_path + u'.' + key.toString();
    m_error = makeError(ErrorKind::BadInput,
                        Tr::tr("\"%1\" %2. Correct it and try again.").arg(name, what), m_where);
}

void JsonFields::allowOnly(const QStringList& keys)
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!keys.contains(it.key())) {
            fail(it.key(), Tr::tr("is not a setting Sharewise knows (a spelling mistake?)"));
            return;
        }
    }
}

} // namespace sharewise
