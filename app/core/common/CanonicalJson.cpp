#include "common/CanonicalJson.h"

#include <QJsonArray>
#include <QLocale>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace sharewise::CanonicalJson {
namespace {

void writeString(QByteArray& out, const QString& s)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    const QByteArray utf8 = s.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (u < 0x20) {
                out.append("\\u00");
                out.append(hex[u >> 4]);
                out.append(hex[u & 0xF]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

void writeNumber(QByteArray& out, double d)
{
    constexpr double maxExact = 9007199254740992.0; // 2^53
    if (!std::isfinite(d)) {
        out.append("null"); // JSON has no NaN or infinity
        return;
    }
    if (std::trunc(d) == d && std::fabs(d) <= maxExact) {
        out.append(QByteArray::number(static_cast<qint64>(d)));
        return;
    }
    out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
}

void write(QByteArray& out, const QJsonValue& v);

void writeObject(QByteArray& out, const QJsonObject& o)
{
    QStringList keys = o.keys();
    // QString's operator< compares UTF-16 code units, as the rules require.
    std::sort(keys.begin(), keys.end());
    out.append('{');
    bool first = true;
    for (const QString& key : std::as_const(keys)) {
        if (!first)
            out.append(',');
        first = false;
        writeString(out, key);
        out.append(':');
        write(out, o.value(key));
    }
    out.append('}');
}

void write(QByteArray& out, const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    case QJsonValue::Bool:
        out.append(v.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double: {
        // Qt keeps integers as qint64: write those exactly, whatever their size.
        const QVariant number = v.toVariant();
        if (number.typeId() == QMetaType::LongLong)
            out.append(QByteArray::number(number.toLongLong()));
        else
            writeNumber(out, v.toDouble());
        break;
    }
    case QJsonValue::String:
        writeString(out, v.toString());
        break;
    case QJsonValue::Array: {
        out.append('[');
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i)
                out.append(',');
            write(out, a.at(i));
        }
        out.append(']');
        break;
    }
    case QJsonValue::Object:
        writeObject(out, v.toObject());
        break;
    }
}

} // namespace

QByteArray serialise(const QJsonValue& value)
{
    QByteArray out;
    write(out, value);
    return out;
}

QByteArray serialise(const QJsonObject& object)
{
    QByteArray out;
    writeObject(out, object);
    return out;
}

} // namespace sharewise::CanonicalJson
