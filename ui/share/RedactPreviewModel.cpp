#include "share/RedactPreviewModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>

namespace sharewise::ui {

namespace {
// Long cells (free-text notes) are cut for the table; the tooltip has more.
constexpr int kMaxCellChars = 200;

// `amount` of `tint` mixed into `base`.
QColor mix(const QColor& base, const QColor& tint, double amount)
{
    return QColor::fromRgbF(float(base.redF() + (tint.redF() - base.redF()) * amount),
                            float(base.greenF() + (tint.greenF() - base.greenF()) * amount),
                            float(base.blueF() + (tint.blueF() - base.blueF()) * amount));
}

// How much tint shows on the palette's Base: more on a dark one, where a faint tint
// cannot be seen; little enough that the palette's Text stays well readable on it.
double tintAmount(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5 ? 0.3 : 0.12;
}

// The "after" side, shaded in the palette's Base: green where values are sent, grey (the
// palette's Text mixed in) where a column is left out; its text in the palette's Text.
QColor afterBackground(const QPalette& palette)
{
    return mix(palette.color(QPalette::Base), QColor(0x00, 0x70, 0x3c), tintAmount(palette));
}
QColor leftOutBackground(const QPalette& palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), tintAmount(palette));
}
} // namespace

RedactPreviewModel::RedactPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_palette(QGuiApplication::palette())
{}

void RedactPreviewModel::setPalette(const QPalette& palette)
{
    m_palette = palette;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::BackgroundRole, Qt::ForegroundRole});
}

void RedactPreviewModel::setSource(const QStringList& columns, const table::RowBlock& rows)
{
    beginResetModel();
    m_columns = columns;
    m_source = rows;
    m_redacted.clear();
    m_outputOfSource.clear();
    endResetModel();
}

void RedactPreviewModel::setRedacted(const table::RowBlock& rows, const QList<int>& outputOfSource)
{
    m_redacted = rows;
    m_outputOfSource = outputOfSource;
    if (!m_columns.isEmpty()) {
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

void RedactPreviewModel::clearRedacted()
{
    setRedacted({}, {});
}

void RedactPreviewModel::clear()
{
    beginResetModel();
    m_columns.clear();
    m_source.clear();
    m_redacted.clear();
    m_outputOfSource.clear();
    endResetModel();
}

QString RedactPreviewModel::cellText(QByteArrayView raw)
{
    QString text = QString::fromUtf8(raw);
    text.replace(QLatin1Char('\n'), QChar(0x21B5)).remove(QLatin1Char('\r'));
    if (text.size() > kMaxCellChars)
        text = text.left(kMaxCellChars) + QChar(0x2026);
    return text;
}

QString RedactPreviewModel::before(int row, int sourceColumn) const
{
    if (row < 0 || row >= m_source.rowCount())
        return {};
    return cellText(m_source.fieldOrEmpty(row, sourceColumn));
}

QString RedactPreviewModel::after(int row, int sourceColumn) const
{
    if (row < 0 || row >= m_redacted.rowCount() || sourceColumn < 0 ||
        sourceColumn >= m_outputOfSource.size())
        return {};
    const int out = m_outputOfSource[sourceColumn];
    return out < 0 ? QString() : cellText(m_redacted.fieldOrEmpty(row, out));
}

bool RedactPreviewModel::isLeftOut(int sourceColumn) const
{
    return sourceColumn >= 0 && sourceColumn < m_outputOfSource.size() &&
           m_outputOfSource[sourceColumn] < 0;
}

int RedactPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_source.rowCount());
}

int RedactPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) * 2;
}

QVariant RedactPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int source = index.column() / 2;
    const bool afterSide = isAfterColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return afterSide ? after(index.row(), source) : before(index.row(), source);
    case Qt::ToolTipRole: {
        if (afterSide && isLeftOut(source))
            return tr("Left out: this column is not sent.");
        const QByteArrayView raw =
            afterSide
                ? (hasRedacted() ? m_redacted.fieldOrEmpty(index.row(), m_outputOfSource[source])
                                 : QByteArrayView())
                : m_source.fieldOrEmpty(index.row(), source);
        return raw.size() > 40 ? QString::fromUtf8(raw).left(2000) : QVariant();
    }
    case Qt::BackgroundRole:
        if (!afterSide)
            return {};
        return QBrush(!hasRedacted() || isLeftOut(source) ? leftOutBackground(m_palette)
                                                          : afterBackground(m_palette));
    case Qt::ForegroundRole:
        return afterSide ? QBrush(m_palette.color(QPalette::Text)) : QVariant();
    default:
        return {};
    }
}

QVariant RedactPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section < m_source.rowCount())
            return QString::number(m_source.sourceLine(section)); // the file's own line number
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= columnCount())
        return {};
    const int source = section / 2;
    const bool afterSide = isAfterColumn(section);
    switch (role) {
    case Qt::DisplayRole:
        if (!afterSide)
            return tr("%1\nin the file").arg(m_columns[source]);
        if (!hasRedacted())
            return tr("%1\nnot ready").arg(m_columns[source]);
        return isLeftOut(source) ? tr("%1\nleft out").arg(m_columns[source])
                                 : tr("%1\nas sent").arg(m_columns[source]);
    case Qt::ToolTipRole:
        if (!afterSide)
            return tr("\"%1\" as it is in the file").arg(m_columns[source]);
        return isLeftOut(source) ? tr("\"%1\" is left out: it is not sent").arg(m_columns[source])
                                 : tr("\"%1\" as the recipient will get it").arg(m_columns[source]);
    case Qt::FontRole:
        if (afterSide) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

} // namespace sharewise::ui
