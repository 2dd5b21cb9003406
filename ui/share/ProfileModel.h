#pragma once

#include "profile/Profiler.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

namespace sharewise::ui {

// The pale amber behind columns that hold personal data, in the profile and the
// preview alike; the text on it is near-black whatever the palette.
inline QColor flaggedBackground()
{
    return QColor(255, 244, 206);
}
inline QColor flaggedForeground()
{
    return QColor(0x0b, 0x0c, 0x0c);
}

// One row per column of the dataset: its name, type, share empty, distinct values and
// the personal identifiers found (highlighted), for the Dataset page's Columns tab.
class ProfileModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        EmptyColumn,
        DistinctColumn,
        FoundColumn,
        ColumnCount
    };

    explicit ProfileModel(QObject* parent = nullptr);

    void setProfiles(const QList<profile::ColumnProfile>& profiles);
    void clear();
    [[nodiscard]] const QList<profile::ColumnProfile>& profiles() const { return m_profiles; }

    // Dataset column index -> tooltip, for the columns that hold personal data.
    [[nodiscard]] QHash<int, QString> flaggedTooltips() const;
    // All that is known of one column, in plain words (rich text).
    [[nodiscard]] QString detailsHtml(int row) const;
    // "NHS number (almost certainly)", ... for one column.
    [[nodiscard]] QString foundText(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Findings at or above this confidence mark a column as holding personal data.
    static constexpr double kFlagConfidence = 0.4;

private:
    [[nodiscard]] bool isFlagged(int row) const;
    [[nodiscard]] QString typeText(const profile::ColumnProfile& c) const;

    QList<profile::ColumnProfile> m_profiles;
};

} // namespace sharewise::ui
