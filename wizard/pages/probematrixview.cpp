#include "probematrixview.h"

#include "commandbox.h"
#include "probe/probematrixtext.h"
#include "tableheight.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace SniDoctor {

namespace {

QColor verdictColor(CellVerdict verdict)
{
    switch (verdict) {
    case CellVerdict::NonSniServed:
        return QColor(0x1b, 0x7f, 0x3a);
    case CellVerdict::NonSniRefused:
    case CellVerdict::SniRejected:
        return QColor(0xb0, 0x00, 0x20);
    case CellVerdict::Unreachable:
        return QColor(0x8a, 0x5a, 0x00);
    case CellVerdict::Canceled:
        break;
    }
    return {};
}

QTableWidgetItem *verdictItem(const std::optional<CellVerdict> &verdict)
{
    auto *item =
        new QTableWidgetItem(verdict ? ProbeMatrixText::cellLabel(*verdict) : QStringLiteral("–"));
    if (verdict && verdictColor(*verdict).isValid())
        item->setForeground(verdictColor(*verdict));
    return item;
}

} // namespace

ProbeMatrixView::ProbeMatrixView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_forwardLabel(new QLabel(this))
    , m_forward(new CommandBox(this))
{
    setObjectName(QStringLiteral("probeMatrix"));
    m_summary->setObjectName(QStringLiteral("probeMatrixSummary"));
    m_table->setObjectName(QStringLiteral("probeMatrixTable"));
    m_forward->setObjectName(QStringLiteral("probeMatrixForward"));
    m_summary->setWordWrap(true);
    m_forwardLabel->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    layout->addWidget(m_forwardLabel);
    layout->addWidget(m_forward);
    m_table->setAccessibleName(tr("Every host through every ingress"));
    setVisible(false);
}

void ProbeMatrixView::setMatrix(const ProbeMatrix *matrix, const ProbeMatrix *before)
{
    m_matrix = matrix ? std::optional<ProbeMatrix>(*matrix) : std::nullopt;
    m_before = before ? std::optional<ProbeMatrix>(*before) : std::nullopt;
    refresh();
}

void ProbeMatrixView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void ProbeMatrixView::refresh()
{
    setVisible(m_matrix.has_value());
    if (!m_matrix)
        return;
    const ProbeMatrix &matrix = *m_matrix;
    QString summary = ProbeMatrixText::verdict(matrix);
    QList<MatrixComparisonRow> rows;
    if (m_before) {
        rows = compareMatrices(*m_before, matrix);
        summary += QLatin1Char(' ') + ProbeMatrixText::comparison(rows);
    }
    m_summary->setText(summary);
    // An ingress by its ingressGateways[] name (ext-ingress), the Service in its tooltip.
    const auto ingressItem = [this](const QString &service) {
        const MatrixIngress *ingress = m_matrix->ingress(service);
        if (!ingress && m_before)
            ingress = m_before->ingress(service);
        const QString name =
            ingress && !ingress->ingressName.isEmpty() ? ingress->ingressName : service;
        auto *item = new QTableWidgetItem(name);
        item->setToolTip(ingress && !ingress->address.isEmpty()
                             ? tr("%1 at %2:%3").arg(service, ingress->address).arg(ingress->port)
                             : service);
        return item;
    };
    m_table->clear();
    m_table->setAccessibleName(tr("Every host through every ingress"));
    if (m_before) {
        m_table->setColumnCount(4);
        m_table->setHorizontalHeaderLabels(
            {tr("Host"), tr("Ingress"), tr("Before the fix"), tr("After the fix")});
        m_table->setRowCount(int(rows.size()));
        for (int row = 0; row < rows.size(); ++row) {
            m_table->setItem(row, 0, new QTableWidgetItem(rows.at(row).host));
            m_table->setItem(row, 1, ingressItem(rows.at(row).ingress));
            m_table->setItem(row, 2, verdictItem(rows.at(row).before));
            m_table->setItem(row, 3, verdictItem(rows.at(row).after));
        }
    } else {
        m_table->setColumnCount(3);
        m_table->setHorizontalHeaderLabels({tr("Host"), tr("Ingress"), tr("Without SNI")});
        m_table->setRowCount(int(matrix.cells.size()));
        for (int row = 0; row < matrix.cells.size(); ++row) {
            const MatrixCell &cell = matrix.cells.at(row);
            m_table->setItem(row, 0, new QTableWidgetItem(cell.host));
            m_table->setItem(row, 1, ingressItem(cell.ingress));
            m_table->setItem(row, 2, verdictItem(cell.verdict));
        }
    }
    // The Service names are long: the column shows the ingress's name
    // (ingressGateways[].name) and gives way, so that the verdicts stay readable.
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < m_table->columnCount(); ++column)
        header->setSectionResizeMode(column, column == 1 ? QHeaderView::Stretch
                                                         : QHeaderView::ResizeToContents);
    fitTableHeight(m_table, 2, 10);
    QStringList commands;
    for (const Finding &finding : matrix.findings) {
        if (finding.id == QLatin1String("matrix_ingress_unreachable") &&
            !finding.args.value("command").isEmpty())
            commands << finding.args.value("command");
    }
    m_forwardLabel->setVisible(!commands.isEmpty());
    m_forward->setVisible(!commands.isEmpty());
    m_forwardLabel->setText(tr("This machine does not reach some ingress addresses (an internal "
                               "load balancer or a private cluster): their probes are marked "
                               "unreachable, not refused. Forward a local port to a pod and "
                               "probe through it:"));
    m_forward->setCommands(commands);
}

} // namespace SniDoctor
