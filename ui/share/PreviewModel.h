#pragma once

#include "table/RowBlock.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>

namespace sharewise::ui {

// The first rows of a dataset as a table. Cells are decoded from the block only when
// the view asks for them, and rows are handed to the view a page at a time
// (canFetchMore/fetchMore), so a preview of many columns appears at once.
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit PreviewModel(QObject* parent = nullptr);

    void setRows(const QStringList& columns, const table::RowBlock& rows);
    void clear();
    // Columns to highlight (they hold personal identifiers), with the tooltip to show.
    void setFlaggedColumns(const QHash<int, QString>& tooltips);

    [[nodiscard]] qsizetype availableRows() const { return m_rows.rowCount(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static constexpr int kPage = 100;

private:
    QStringList m_columns;
    table::RowBlock m_rows;
    int m_shown = 0;
    QHash<int, QString> m_flagged;
};

} // namespace sharewise::ui
