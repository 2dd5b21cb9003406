#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace sharewise {

// Canonical JSON: the one byte sequence for a JSON value that any implementation can
// reproduce, so that its hash is stable across programs and database engines.
// Rules (docs/audit.md): no white space; object keys sorted by UTF-16 code units;
// strings in UTF-8 with only '"', '\\' and control characters escaped (\b \f \n \r \t,
// others as \u00xx in lower-case hex); integers that fit 2^53 written as integers,
// other numbers in the shortest form that reads back exactly; true, false, null.
namespace CanonicalJson {

QByteArray serialise(const QJsonValue& value);
QByteArray serialise(const QJsonObject& object);

} // namespace CanonicalJson
} // namespace sharewise
