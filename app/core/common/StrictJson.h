#pragma once

#include "common/Error.h"

#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <optional>

// JSON written by people (saved profiles, settings files): parsed strictly, with errors
// that say where (line and column, or the key's path) and what to do.
namespace sharewise {

// Parses `json`; refuses invalid JSON (with its line and column) and an object that
// names a key twice (which QJsonDocument would quietly resolve).
Result<QJsonDocument> parseStrictJson(QByteArrayView json, const QString& where);

// Reads the fields of one object, keeping the first problem: "columns[2]: \"keep_first\"
// must be a whole number". Getters return the default when the key is absent.
class JsonFields
{
public:
    JsonFields(QJsonObject object, QString where, QString path = {});

    [[nodiscard]] bool has(QStringView key) const;
    QString string(QStringView key, const QString& fallback = {});
    qint64 integer(QStringView key, qint64 fallback);
    double number(QStringView key, double fallback);
    bool boolean(QStringView key, bool fallback);
    QJsonObject object(QStringView key);
    QJsonArray array(QStringView key);

    // Records a problem with `key`: `what` completes "\"key\" ..." ("must be a date").
    void fail(QStringView key, const QString& what);
    // Any other key is a problem (a misspelt option must not be ignored).
    void allowOnly(const QStringList& keys);

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    [[nodiscard]] Error error() const { return *m_error; }

private:
    QJsonObject m_object;
    QString m_where;
    QString m_path;
    std::optional<Error> m_error;
};

} // namespace sharewise
