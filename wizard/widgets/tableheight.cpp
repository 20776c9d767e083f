#include "tableheight.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>

namespace SniDoctor {

namespace {

void apply(QTableWidget *table)
{
    const int minRows = table->property("fitMinRows").toInt();
    const int maxRows = table->property("fitMaxRows").toInt();
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    const int rows = std::clamp(table->rowCount(), minRows, maxRows);
    for (int row = 0; row < rows; ++row)
        height += row < table->rowCount() ? table->rowHeight(row)
                                          : table->verticalHeader()->defaultSectionSize();
    // The scroll bar's range is what the table itself decided after its last layout.
    if (table->horizontalScrollBar()->maximum() > 0)
        height += table->horizontalScrollBar()->sizeHint().height();
    table->setFixedHeight(height);
}

void widenToHeaders(QHeaderView *header)
{
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section) ||
            header->sectionResizeMode(section) == QHeaderView::Stretch ||
            (header->stretchLastSection() && section == header->count() - 1))
            continue;
        const int wanted = header->sectionSizeHint(section);
        if (header->sectionSize(section) < wanted)
            header->resizeSection(section, wanted);
    }
}

} // namespace

void keepHeadersWhole(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    if (!header || header->property("keepsHeadersWhole").toBool())
        return;
    header->setProperty("keepsHeadersWhole", true);
    const auto later = [header] {
        QMetaObject::invokeMethod(
            header, [header] { widenToHeaders(header); }, Qt::QueuedConnection);
    };
    QObject::connect(header, &QHeaderView::sectionCountChanged, header, later);
    QObject::connect(header, &QHeaderView::sectionResized, header, later);
    if (view->model()) {
        QObject::connect(view->model(), &QAbstractItemModel::headerDataChanged, header, later);
        QObject::connect(view->model(), &QAbstractItemModel::modelReset, header, later);
    }
    widenToHeaders(header);
}

void fitTableHeight(QTableWidget *table, int minRows, int maxRows)
{
    table->setProperty("fitMinRows", minRows);
    table->setProperty("fitMaxRows", maxRows);
    if (!table->property("fitFollowsScrollBar").toBool()) {
        // Widths settle only when the page is laid out: follow the horizontal scroll
        // bar as it comes and goes.
        QObject::connect(table->horizontalScrollBar(), &QScrollBar::rangeChanged, table,
                         [table] { apply(table); });
        table->setProperty("fitFollowsScrollBar", true);
    }
    table->resizeRowsToContents();
    apply(table);
}

} // namespace SniDoctor
