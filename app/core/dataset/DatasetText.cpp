// The scan's result written out: JSON for programs, text for people.
#include "dataset/DatasetScan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace sharewise::dataset {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatasetScan)
};

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

double rounded(double v, int places = 4)
{
    const double f = std::pow(10.0, places);
    return std::round(v * f) / f;
}

QString headerNoteKind(table::HeaderNote::Kind kind)
{
    switch (kind) {
    case table::HeaderNote::Kind::Empty:
        return QStringLiteral("empty");
    case table::HeaderNote::Kind::Duplicate:
        return QStringLiteral("duplicate");
    case table::HeaderNote::Kind::Merged:
        return QStringLiteral("merged");
    }
    return {};
}

QJsonValue rangeValue(const profile::ColumnProfile& c, bool max)
{
    switch (c.type) {
    case profile::ValueType::Integer:
    case profile::ValueType::Decimal: {
        const auto& v = max ? c.maxNumber : c.minNumber;
        return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
    }
    case profile::ValueType::Date: {
        const QDate d = max ? c.maxDate : c.minDate;
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    }
    case profile::ValueType::DateTime: {
        const QDateTime d = max ? c.maxDateTime : c.minDateTime;
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    }
    default:
        return QJsonValue(QJsonValue::Null);
    }
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

} // namespace

QString confidenceWords(double confidence)
{
    if (confidence >= 0.9)
        return Tr::tr("almost certainly");
    if (confidence >= 0.7)
        return Tr::tr("very likely");
    if (confidence >= 0.5)
        return Tr::tr("likely");
    return Tr::tr("possibly");
}

QJsonObject scanToJson(const ScanResult& r, const QString& path)
{
    const table::SourceInfo& s = r.info.source;
    const bool csv = s.format == table::FileFormat::Csv;
    QJsonObject o;
    o.insert(QStringLiteral("file"), QDir::toNativeSeparators(path));
    o.insert(QStringLiteral("format"), table::formatName(s.format));
    o.insert(QStringLiteral("encoding"),
             csv ? QJsonValue(table::encodingName(s.encoding)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("encodingDetected"), csv && s.encodingDetected);
    o.insert(QStringLiteral("encodingReason"),
             csv ? orNull(s.encodingReason) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("byteOrderMark"), s.hasByteOrderMark);
    o.insert(QStringLiteral("repairedBytes"), s.repairedBytes);
    o.insert(QStringLiteral("delimiter"),
             csv ? QJsonValue(table::delimiterName(s.delimiter)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("delimiterDetected"), csv && s.delimiterDetected);
    o.insert(QStringLiteral("sheet"), orNull(s.sheet));
    QJsonArray sheets;
    for (const table::SheetInfo& sheet : s.sheets)
        sheets.append(QJsonObject{{QStringLiteral("name"), sheet.name},
                                  {QStringLiteral("hidden"), sheet.hidden}});
    o.insert(QStringLiteral("sheets"), sheets);
    o.insert(QStringLiteral("headerRow"), r.info.headerLine);
    o.insert(QStringLiteral("headerDetected"), r.info.headerDetected);
    o.insert(QStringLiteral("rowsAboveHeader"), r.info.rowsAboveHeader);
    o.insert(QStringLiteral("rowCount"), r.counts.dataRows);
    o.insert(QStringLiteral("skippedRows"),
             QJsonObject{{QStringLiteral("blank"), r.counts.blankRows},
                         {QStringLiteral("padding"), r.counts.paddingRows}});
    o.insert(QStringLiteral("totalsRow"),
             r.counts.totalsLine ? QJsonValue(*r.counts.totalsLine) : QJsonValue(QJsonValue::Null));
    QJsonArray raggedLines;
    for (qint64 line : r.counts.raggedLines)
        raggedLines.append(line);
    o.insert(QStringLiteral("raggedRows"),
             QJsonObject{{QStringLiteral("count"), r.counts.raggedRows()},
                         {QStringLiteral("short"), r.counts.shortRows},
                         {QStringLiteral("long"), r.counts.longRows},
                         {QStringLiteral("lines"), raggedLines}});
    o.insert(QStringLiteral("trailingEmptyColumns"), r.info.trailingEmptyColumns);
    QJsonArray notes;
    for (const table::HeaderNote& n : r.info.headerNotes)
        notes.append(QJsonObject{{QStringLiteral("column"), n.column},
                                 {QStringLiteral("kind"), headerNoteKind(n.kind)},
                                 {QStringLiteral("original"), n.original},
                                 {QStringLiteral("name"), n.name}});
    o.insert(QStringLiteral("headerNotes"), notes);
    QJsonArray merged;
    for (const table::MergedRange& m : s.merged)
        merged.append(QJsonObject{{QStringLiteral("firstRow"), m.firstRow},
                                  {QStringLiteral("firstColumn"), m.firstColumn},
                                  {QStringLiteral("lastRow"), m.lastRow},
                                  {QStringLiteral("lastColumn"), m.lastColumn}});
    o.insert(QStringLiteral("mergedCells"), merged);

    QJsonArray warnings;
    if (r.counts.raggedRows() > 0)
        warnings.append(
            QJsonObject{{QStringLiteral("code"), QStringLiteral("ragged_rows")},
                        {QStringLiteral("message"),
                         Tr::tr("%n row(s) do not have the same number of fields as the header.",
                                nullptr, int(std::min<qint64>(r.counts.raggedRows(), INT_MAX)))}});
    if (r.counts.totalsLine)
        warnings.append(
            QJsonObject{{QStringLiteral("code"), QStringLiteral("totals_row")},
                        {QStringLiteral("message"),
                         Tr::tr("Row %1 looks like a totals row and is left out of the data.")
                             .arg(*r.counts.totalsLine)}});
    o.insert(QStringLiteral("warnings"), warnings);

    QJsonArray columns;
    for (const profile::ColumnProfile& c : r.columns) {
        QJsonObject col;
        col.insert(QStringLiteral("index"), c.index + 1);
        col.insert(QStringLiteral("name"), c.name);
        col.insert(QStringLiteral("type"), c.typeName());
        col.insert(QStringLiteral("typeShare"), rounded(c.typeShare));
        col.insert(QStringLiteral("emptyShare"), rounded(c.emptyShare));
        col.insert(QStringLiteral("emptyCount"), c.emptyCount);
        col.insert(QStringLiteral("valueCount"), c.valueCount);
        col.insert(QStringLiteral("distinct"), c.distinctCount);
        col.insert(QStringLiteral("distinctExact"), c.distinctExact);
        // A range is itself a value from the file: left out where the column holds
        // personal identifiers (the highest NHS number, the oldest date of birth).
        const bool personal = !c.identifiers.isEmpty();
        col.insert(QStringLiteral("min"),
                   personal ? QJsonValue(QJsonValue::Null) : rangeValue(c, false));
        col.insert(QStringLiteral("max"),
                   personal ? QJsonValue(QJsonValue::Null) : rangeValue(c, true));
        col.insert(QStringLiteral("dateFormats"),
                   QJsonArray::fromStringList(profile::dateFormatNames(c.dateFormats)));
        col.insert(QStringLiteral("maxLength"), c.maxLength);
        QJsonArray ids;
        for (const profile::IdentifierFinding& f : c.identifiers) {
            QJsonObject id{{QStringLiteral("kind"), profile::identifierKindName(f.kind)},
                           {QStringLiteral("confidence"), rounded(f.confidence, 2)},
                           {QStringLiteral("reason"), f.reason}};
            if (f.kind == profile::IdentifierKind::SpecialCategory)
                id.insert(QStringLiteral("category"), profile::specialCategoryName(f.category));
            ids.append(id);
        }
        col.insert(QStringLiteral("identifiers"), ids);
        columns.append(col);
    }
    o.insert(QStringLiteral("columns"), columns);
    return o;
}

QString scanToText(const ScanResult& r, const QString& path)
{
    const table::SourceInfo& s = r.info.source;
    QString out;
    auto line = [&out](const QString& label, const QString& value) {
        out += label.leftJustified(16) + value + QLatin1Char('\n');
    };
    line(Tr::tr("File:"), QDir::toNativeSeparators(path));
    if (s.format == table::FileFormat::Csv) {
        line(Tr::tr("Format:"),
             Tr::tr("CSV, %1, delimiter \"%2\"")
                 .arg(table::encodingName(s.encoding), table::delimiterName(s.delimiter)));
        if (s.encodingDetected)
            line(Tr::tr("Encoding:"), Tr::tr("found automatically: %1").arg(s.encodingReason));
    } else {
        QStringList names;
        for (const table::SheetInfo& sheet : s.sheets)
            names << (sheet.hidden ? Tr::tr("%1 (hidden)").arg(sheet.name) : sheet.name);
        line(Tr::tr("Format:"), Tr::tr("%1 workbook, sheet \"%2\"")
                                    .arg(table::formatName(s.format).toUpper(), s.sheet));
        line(Tr::tr("Sheets:"), names.join(QStringLiteral(", ")));
    }
    line(Tr::tr("Header:"),
         (r.info.headerDetected ? Tr::tr("row %1 (found automatically)")
                                : Tr::tr("row %1 (as chosen)"))
                 .arg(number(r.info.headerLine)) +
             (r.info.rowsAboveHeader > 0
                  ? Tr::tr("; %n row(s) above it left out", nullptr, int(r.info.rowsAboveHeader))
                  : QString()));
    line(Tr::tr("Rows:"), Tr::tr("%1 rows of data; %2 empty rows skipped")
                              .arg(number(r.counts.dataRows), number(r.counts.skippedRows())));
    if (r.counts.totalsLine)
        line(Tr::tr("Totals row:"),
             Tr::tr("row %1, left out of the data").arg(number(*r.counts.totalsLine)));
    if (r.counts.raggedRows() > 0)
        line(Tr::tr("Ragged rows:"),
             Tr::tr("%1 (%2 short, %3 long)")
                 .arg(number(r.counts.raggedRows()), number(r.counts.shortRows),
                      number(r.counts.longRows)));
    for (const table::HeaderNote& n : r.info.headerNotes)
        line(Tr::tr("Note:"), Tr::tr("column %1 is named \"%2\"").arg(n.column).arg(n.name));
    out += QLatin1Char('\n');

    int nameWidth = 6;
    for (const profile::ColumnProfile& c : r.columns)
        nameWidth = std::max(nameWidth, int(std::min<qsizetype>(c.name.size(), 28)));
    out +=
        QStringLiteral("%1  %2  %3  %4  %5  %6\n")
            .arg(QStringLiteral("#").rightJustified(3), Tr::tr("Column").leftJustified(nameWidth),
                 Tr::tr("Type").leftJustified(9), Tr::tr("Empty").rightJustified(6),
                 Tr::tr("Distinct").rightJustified(10), Tr::tr("Personal data found"));
    for (const profile::ColumnProfile& c : r.columns) {
        QStringList found;
        for (const profile::IdentifierFinding& f : c.identifiers)
            found << QStringLiteral("%1 %2").arg(profile::identifierKindName(f.kind),
                                                 QString::number(f.confidence, 'f', 2));
        out += QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                   .arg(QString::number(c.index + 1).rightJustified(3),
                        c.name.left(28).leftJustified(nameWidth), c.typeName().leftJustified(9),
                        percent(c.emptyShare).rightJustified(6),
                        QString((c.distinctExact ? QString() : QStringLiteral("~")) +
                                number(c.distinctCount))
                            .rightJustified(10),
                        found.isEmpty() ? QStringLiteral("-") : found.join(QStringLiteral(", ")));
    }
    bool any = false;
    for (const profile::ColumnProfile& c : r.columns) {
        for (const profile::IdentifierFinding& f : c.identifiers) {
            if (!any)
                out += QLatin1Char('\n') + Tr::tr("Why:") + QLatin1Char('\n');
            any = true;
            out += QStringLiteral("  %1: %2 (%3). %4\n")
                       .arg(c.name, profile::identifierKindLabel(f.kind),
                            confidenceWords(f.confidence), f.reason);
        }
    }
    return out;
}

} // namespace sharewise::dataset
