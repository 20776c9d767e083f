#pragma once

class QTableView;
class QTableWidget;

namespace SniDoctor {

// Makes a table exactly as tall as its rows, counting at least minRows and at most
// maxRows (more rows scroll inside the table), so that a page inside a scroll area
// has neither an empty block under a short table nor a scroll bar in a short one.
void fitTableHeight(QTableWidget *table, int minRows, int maxRows);

// Keeps every column at least as wide as its header's text, whatever the rows (none
// included) and after each change of the labels (a language switch): no clipped
// header. Columns the header stretches are left to it. Once per view; cheap.
void keepHeadersWhole(QTableView *view);

} // namespace SniDoctor
