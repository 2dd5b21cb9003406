#pragma once

#include <QList>

class QTableWidget;

namespace sharewise::ui::IdTable {

// Tables whose rows each stand for a record: the record's id is kept as Qt::UserRole
// data of the row's first cell (the shares list, the review queue).
[[nodiscard]] QList<qint64> ids(const QTableWidget* table);
// The selected row's id; 0 when nothing is selected.
[[nodiscard]] qint64 selectedId(const QTableWidget* table);
// Selects the row of `id`; false when it is not listed.
bool select(QTableWidget* table, qint64 id);

} // namespace sharewise::ui::IdTable
