#include "share/ProfileModel.h"

#include "dataset/DatasetScan.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace sharewise::ui {

ProfileModel::ProfileModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ProfileModel::setProfiles(const QList<profile::ColumnProfile>& profiles)
{
    beginResetModel();
    m_profiles = profiles;
    endResetModel();
}

void ProfileModel::clear()
{
    beginResetModel();
    m_profiles.clear();
    endResetModel();
}

bool ProfileModel::isFlagged(int row) const
{
    for (const profile::IdentifierFinding& f : m_profiles[row].identifiers)
        if (f.confidence >= kFlagConfidence)
            return true;
    return false;
}

QHash<int, QString> ProfileModel::flaggedTooltips() const
{
    QHash<int, QString> out;
    for (int row = 0; row < m_profiles.size(); ++row)
        if (isFlagged(row))
            out.insert(m_profiles[row].index, tr("Personal data: %1").arg(foundText(row)));
    return out;
}

QString ProfileModel::foundText(int row) const
{
    QStringList parts;
    for (const profile::IdentifierFinding& f : m_profiles[row].identifiers) {
        if (f.confidence < kFlagConfidence)
            continue;
        QString label = profile::identifierKindLabel(f.kind);
        if (f.kind == profile::IdentifierKind::SpecialCategory &&
            f.category != profile::SpecialCategory::None)
            label = tr("%1: %2").arg(label, profile::specialCategoryLabel(f.category));
        parts << tr("%1 (%2)").arg(label, dataset::confidenceWords(f.confidence));
    }
    return QLocale().createSeparatedList(parts);
}

QString ProfileModel::typeText(const profile::ColumnProfile& c) const
{
    switch (c.type) {
    case profile::ValueType::Empty:
        return tr("Empty");
    case profile::ValueType::Integer:
        return tr("Whole numbers");
    case profile::ValueType::Decimal:
        return tr("Numbers");
    case profile::ValueType::Date:
        return tr("Dates");
    case profile::ValueType::DateTime:
        return tr("Dates and times");
    case profile::ValueType::Boolean:
        return tr("Yes or no");
    default:
        return tr("Text");
    }
}

QString ProfileModel::detailsHtml(int row) const
{
    if (row < 0 || row >= m_profiles.size())
        return {};
    const profile::ColumnProfile& c = m_profiles[row];
    const QLocale locale;
    QStringList parts;
    parts << QStringLiteral("<b>%1</b>").arg(c.name.toHtmlEscaped());
    QString what =
        tr("%1. %2 of the rows are empty; %3 %4 different values.")
            .arg(typeText(c), locale.toString(c.emptyShare * 100, 'f', 1) + QLatin1Char('%'),
                 c.distinctExact ? tr("there are") : tr("there are about"),
                 locale.toString(c.distinctCount));
    if (c.type == profile::ValueType::Integer || c.type == profile::ValueType::Decimal) {
        if (c.minNumber && c.maxNumber)
            what += QLatin1Char(' ') + tr("They run from %1 to %2.")
                                           .arg(locale.toString(*c.minNumber, 'g', 12),
                                                locale.toString(*c.maxNumber, 'g', 12));
    } else if (c.type == profile::ValueType::Date && c.minDate.isValid()) {
        what += QLatin1Char(' ') + tr("They run from %1 to %2.")
                                       .arg(locale.toString(c.minDate, QLocale::LongFormat),
                                            locale.toString(c.maxDate, QLocale::LongFormat));
    }
    const QStringList formats = profile::dateFormatNames(c.dateFormats);
    if (formats.size() > 1)
        what += QLatin1Char(' ') +
                tr("Dates are written in %n different ways (%1).", nullptr, int(formats.size()))
                    .arg(formats.join(QStringLiteral(", ")));
    parts << what.toHtmlEscaped();
    bool any = false;
    for (const profile::IdentifierFinding& f : c.identifiers) {
        QString label = profile::identifierKindLabel(f.kind);
        if (f.kind == profile::IdentifierKind::SpecialCategory &&
            f.category != profile::SpecialCategory::None)
            label = tr("%1: %2").arg(label, profile::specialCategoryLabel(f.category));
        parts << QStringLiteral("\u26A0 <b>%1</b> (%2). %3")
                     .arg(label.toHtmlEscaped(),
                          dataset::confidenceWords(f.confidence).toHtmlEscaped(),
                          f.reason.toHtmlEscaped());
        any = true;
    }
    if (!any)
        parts << tr("No personal identifiers were found in this column.").toHtmlEscaped();
    return parts.join(QStringLiteral("<br>"));
}

int ProfileModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

int ProfileModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_profiles.size())
        return {};
    const profile::ColumnProfile& c = m_profiles[index.row()];
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case TypeColumn:
            return typeText(c);
        case EmptyColumn:
            return QString(locale.toString(c.emptyShare * 100, 'f', 1) + QLatin1Char('%'));
        case DistinctColumn:
            return QString((c.distinctExact ? QString() : QStringLiteral("~")) +
                           locale.toString(c.distinctCount));
        case FoundColumn: {
            const QString found = foundText(index.row());
            return found.isEmpty() ? tr("None found") : found;
        }
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == EmptyColumn || index.column() == DistinctColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && isFlagged(index.row()))
        return QBrush(flaggedBackground());
    if (role == Qt::ForegroundRole && isFlagged(index.row()))
        return QBrush(flaggedForeground());
    if (role == Qt::FontRole && index.column() == FoundColumn && isFlagged(index.row())) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == FoundColumn)
        return detailsHtml(index.row());
    return {};
}

QVariant ProfileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Column");
    case TypeColumn:
        return tr("Holds");
    case EmptyColumn:
        return tr("Empty");
    case DistinctColumn:
        return tr("Different values");
    case FoundColumn:
        return tr("Personal data found");
    default:
        return {};
    }
}

} // namespace sharewise::ui
