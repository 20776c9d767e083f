#pragma once

class QTableWidget;

namespace SniDoctor {

// Makes a table exactly as tall as its rows, counting at least minRows and at most
// maxRows (more rows scroll inside the table), so that a page inside a scroll area
// has neither an empty block under a short table nor a scroll bar in a short one.
void fitTableHeight(QTableWidget *table, int minRows, int maxRows);

} // namespace SniDoctor
