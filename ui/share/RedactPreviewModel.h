#pragma once

#include "table/RowBlock.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPalette>
#include <QStringList>

namespace sharewise::ui {

// The Redact page's before/after preview: the first rows of the file with each column
// shown twice, side by side, as it is in the file and as it will be sent (empty and
// grey when left out). The "after" values are set again whenever a rule changes.
class RedactPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit RedactPreviewModel(QObject* parent = nullptr);

    void setSource(const QStringList& columns, const table::RowBlock& rows);
    // The redacted rows (one per source row) and, for each source column, its column
    // in them (-1: left out). Clears the "after" side when `outputOfSource` is empty.
    void setRedacted(const table::RowBlock& rows, const QList<int>& outputOfSource);
    void clearRedacted();
    void clear();
    // The palette the "after" side is shaded in (the application's until set): its
    // Base tinted, and its Text, so a dark or high-contrast palette stays readable.
    void setPalette(const QPalette& palette);

    [[nodiscard]] const QStringList& sourceColumns() const { return m_columns; }
    [[nodiscard]] const table::RowBlock& sourceRows() const { return m_source; }
    [[nodiscard]] bool hasRedacted() const { return !m_outputOfSource.isEmpty(); }
    // For tests: a cell as shown, by source column, before or after.
    [[nodiscard]] QString before(int row, int sourceColumn) const;
    [[nodiscard]] QString after(int row, int sourceColumn) const;
    [[nodiscard]] bool isLeftOut(int sourceColumn) const;

    static bool isAfterColumn(int section) { return section % 2 == 1; }
    static int viewColumn(int sourceColumn, bool after)
    {
        return sourceColumn * 2 + (after ? 1 : 0);
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] static QString cellText(QByteArrayView raw);

    QStringList m_columns;
    table::RowBlock m_source;
    table::RowBlock m_redacted;
    QList<int> m_outputOfSource;
    QPalette m_palette;
};

} // namespace sharewise::ui
