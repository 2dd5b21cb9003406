#include "widgets/IdTable.h"

#include <QTableWidget>

namespace sharewise::ui::IdTable {
namespace {

qint64 idOfRow(const QTableWidget* table, int row)
{
    const QTableWidgetItem* item = table->item(row, 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

} // namespace

QList<qint64> ids(const QTableWidget* table)
{
    QList<qint64> out;
    for (int row = 0; row < table->rowCount(); ++row)
        out.append(idOfRow(table, row));
    return out;
}

qint64 selectedId(const QTableWidget* table)
{
    const QList<QTableWidgetItem*> selected = table->selectedItems();
    return selected.isEmpty() ? 0 : idOfRow(table, selected.first()->row());
}

bool select(QTableWidget* table, qint64 id)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (idOfRow(table, row) == id) {
            table->selectRow(row);
            return true;
        }
    }
    return false;
}

} // namespace sharewise::ui::IdTable
