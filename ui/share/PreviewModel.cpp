#include "share/PreviewModel.h"

#include "share/ProfileModel.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace sharewise::ui {

namespace {
// Long cells (free-text notes) are cut for the table; the tooltip has more.
constexpr int kMaxCellChars = 200;
} // namespace

PreviewModel::PreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PreviewModel::setRows(const QStringList& columns, const table::RowBlock& rows)
{
    beginResetModel();
    m_columns = columns;
    m_rows.clear();
    for (qsizetype r = 0; r < rows.rowCount(); ++r) {
        m_rows.beginRow(rows.sourceLine(r));
        for (qsizetype c = 0; c < rows.fieldCount(r); ++c)
            m_rows.addField(rows.field(r, c), rows.kind(r, c));
    }
    m_shown = int(std::min<qsizetype>(kPage, m_rows.rowCount()));
    endResetModel();
}

void PreviewModel::clear()
{
    beginResetModel();
    m_columns.clear();
    m_rows.clear();
    m_shown = 0;
    m_flagged.clear();
    endResetModel();
}

void PreviewModel::setFlaggedColumns(const QHash<int, QString>& tooltips)
{
    m_flagged = tooltips;
    if (!m_columns.isEmpty()) {
        emit headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
        if (m_shown > 0)
            emit dataChanged(index(0, 0), index(m_shown - 1, int(m_columns.size()) - 1));
    }
}

int PreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int PreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown)
        return {};
    const QByteArrayView raw = m_rows.fieldOrEmpty(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = QString::fromUtf8(raw);
        text.replace(QLatin1Char('\n'), QChar(0x21B5)).remove(QLatin1Char('\r'));
        if (text.size() > kMaxCellChars)
            text = text.left(kMaxCellChars) + QChar(0x2026);
        return text;
    }
    case Qt::ToolTipRole:
        return raw.size() > 40 ? QString::fromUtf8(raw).left(2000) : QVariant();
    case Qt::BackgroundRole:
        if (m_flagged.contains(index.column()))
            return QBrush(flaggedBackground());
        return {};
    case Qt::ForegroundRole:
        if (m_flagged.contains(index.column()))
            return QBrush(flaggedForeground());
        return {};
    default:
        return {};
    }
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section < m_rows.rowCount())
            return QString::number(m_rows.sourceLine(section)); // the file's own line number
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= m_columns.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_flagged.contains(section) ? QStringLiteral("\u26A0 ") + m_columns[section]
                                           : m_columns[section];
    case Qt::ToolTipRole:
        return m_flagged.value(section);
    case Qt::FontRole:
        if (m_flagged.contains(section)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

bool PreviewModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_shown < m_rows.rowCount();
}

void PreviewModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid())
        return;
    const int more = int(std::min<qsizetype>(kPage, m_rows.rowCount() - m_shown));
    if (more <= 0)
        return;
    beginInsertRows({}, m_shown, m_shown + more - 1);
    m_shown += more;
    endInsertRows();
}

} // namespace sharewise::ui
