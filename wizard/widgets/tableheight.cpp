#include "tableheight.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableWidget>

namespace SniDoctor {

void fitTableHeight(QTableWidget *table, int minRows, int maxRows)
{
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    const int rows = std::clamp(table->rowCount(), minRows, maxRows);
    for (int row = 0; row < rows; ++row)
        height += row < table->rowCount() ? table->rowHeight(row) : table->verticalHeader()->defaultSectionSize();
    if (table->horizontalScrollBar()->isVisible() || table->horizontalHeader()->length() > table->viewport()->width())
        height += table->horizontalScrollBar()->sizeHint().height();
    table->setFixedHeight(height);
}

} // namespace SniDoctor
