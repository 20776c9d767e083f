#pragma once

#include "probe/probematrix.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace SniDoctor {

class CommandBox;

// The automatic diagnosis's step 4: one row per host and ingress with what a client
// without SNI gets, before and after the fix side by side when both were probed; the
// matrix's verdict; and the port-forward commands for ingresses this machine does not
// reach. Shows engine data only; texts at display time.
class ProbeMatrixView final : public QWidget
{
    Q_OBJECT

public:
    explicit ProbeMatrixView(QWidget *parent = nullptr);

    // before: nullptr when there is no earlier matrix.
    void setMatrix(const ProbeMatrix *matrix, const ProbeMatrix *before);
    [[nodiscard]] QTableWidget *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    std::optional<ProbeMatrix> m_matrix;
    std::optional<ProbeMatrix> m_before;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_forwardLabel;
    CommandBox *m_forward;
};

} // namespace SniDoctor
