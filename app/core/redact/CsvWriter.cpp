#include "redact/CsvWriter.h"

namespace sharewise::redact::Csv {
using table::ByteBuffer;
namespace {

bool isPlainNegativeNumber(QByteArrayView f)
{
    if (f.size() < 2 || f[0] != '-')
        return false;
    qsizetype i = 1;
    const qsizetype intStart = i;
    while (i < f.size() && f[i] >= '0' && f[i] <= '9')
        ++i;
    if (i == intStart)
        return false;
    if (i < f.size() && f[i] == '.') {
        const qsizetype fracStart = ++i;
        while (i < f.size() && f[i] >= '0' && f[i] <= '9')
            ++i;
        if (i == fracStart)
            return false;
    }
    return i == f.size();
}

} // namespace

bool needsNeutralising(QByteArrayView f)
{
    if (f.isEmpty())
        return false;
    switch (f[0]) {
    case '=':
    case '+':
    case '@':
    case '\t':
    case '\r':
        return true;
    case '-':
        return !isPlainNegativeNumber(f);
    default:
        return false;
    }
}

void appendField(ByteBuffer& out, QByteArrayView field)
{
    const bool neutralise = needsNeutralising(field);
    bool quote = false;
    for (const char c : field) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote && !neutralise) {
        out.append(field);
        return;
    }
    if (quote)
        out.append('"');
    if (neutralise)
        out.append('\'');
    qsizetype start = 0;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '"') {
            out.append(field.sliced(start, i + 1 - start));
            out.append('"');
            start = i + 1;
        }
    }
    out.append(field.sliced(start));
    if (quote)
        out.append('"');
}

void appendRow(ByteBuffer& out, const QByteArrayView* fields, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            out.append(',');
        appendField(out, fields[i]);
    }
    out.append("\r\n", 2);
}

void appendHeader(ByteBuffer& out, const QStringList& names)
{
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendField(out, names[i].toUtf8());
    }
    out.append("\r\n", 2);
}

} // namespace sharewise::redact::Csv
