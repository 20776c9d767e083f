#include "watchpanel.h"

#include "accesslog/accesslogtext.h"
#include "case/casemodel.h"
#include "cluster/ingresswatch.h"
#include "clusteraccess.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace SniDoctor {

namespace {

enum Column
{
    TimeColumn,
    PodColumn,
    ClientColumn,
    SniColumn,
    ClassColumn,
    ColumnCount
};

constexpr int kClientRole = Qt::UserRole + 1; // the client's IP, on the row's first item
constexpr int kValueRole = Qt::UserRole + 2;  // the SNI, the class: texts made at display time

bool sameAddress(const QString &a, const QString &b)
{
    const QHostAddress left(a);
    return !left.isNull() ? left == QHostAddress(b) : a == b;
}

} // namespace

WatchPanel::WatchPanel(CaseModel *model, std::function<QString()> namespaceName, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_namespace(std::move(namespaceName))
    , m_watch(new QPushButton)
    , m_stop(new QPushButton)
    , m_clientLabel(new QLabel)
    , m_client(new QLineEdit)
    , m_status(new QLabel)
    , m_rows(new QStandardItemModel(0, ColumnCount, this))
    , m_view(new QTableView)
{
    m_watch->setObjectName(QStringLiteral("watchStart"));
    m_stop->setObjectName(QStringLiteral("watchStop"));
    m_client->setObjectName(QStringLiteral("watchClient"));
    m_status->setObjectName(QStringLiteral("watchStatus"));
    m_view->setObjectName(QStringLiteral("watchConnections"));
    m_watch->setAutoDefault(false);
    m_stop->setAutoDefault(false);
    m_clientLabel->setBuddy(m_client);
    m_client->setMaximumWidth(220);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setModel(m_rows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setMinimumHeight(150);
    m_view->setVisible(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_watch);
    bar->addWidget(m_stop);
    bar->addSpacing(12);
    bar->addWidget(m_clientLabel);
    bar->addWidget(m_client, 1);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(m_watch, &QPushButton::clicked, this, &WatchPanel::startWatch);
    connect(m_stop, &QPushButton::clicked, this, &WatchPanel::stopWatch);
    connect(m_client, &QLineEdit::textChanged, this, &WatchPanel::highlight);
    connect(&m_connecting, &QFutureWatcher<Result<ClusterConnection>>::finished, this, [this] {
        if (std::exchange(m_dropConnection, false)) {
            updateActions(); // stopped while it connected
            return;
        }
        connected(m_connecting.result());
    });
    connect(m_model, &CaseModel::loaded, this, &WatchPanel::updateActions);
    auto *tick = new QTimer(this); // the counts on the status line, while it watches
    tick->setInterval(500);
    connect(tick, &QTimer::timeout, this, [this] {
        if (m_watchJob && m_watchJob->isRunning() && m_statusText)
            m_status->setText(m_statusText());
    });
    tick->start();
    retranslate();
    updateActions();
}

WatchPanel::~WatchPanel()
{
    if (m_watchJob)
        m_watchJob->disconnect(this); // ends with the panel; the case is not touched now
}

bool WatchPanel::isWatching() const
{
    return (m_connecting.isRunning() && !m_dropConnection) ||
           (m_watchJob && m_watchJob->isRunning());
}

void WatchPanel::setClient(const QString &ip)
{
    m_client->setText(ip);
}

void WatchPanel::startWatch()
{
    if (isWatching() || m_model->isReview())
        return;
    if (m_client->text().trimmed().isEmpty()) {
        // The client step 2 found refused, if any: the one the admin is chasing.
        if (const auto *summary = m_model->result<AccessLogSummary>(Step::Logs)) {
            for (const LogClientStat &client : summary->clients) {
                if (client.address != QLatin1String("others")) {
                    m_client->setText(client.address);
                    break;
                }
            }
        }
    }
    ClusterTarget target = m_model->data().cluster;
    target.ns = m_namespace ? m_namespace() : QString();
    m_model->setCluster(target);
    m_error = {};
    withClusterConsent(
        this, target,
        [this](const ClusterRequest &request) {
            if (isWatching())
                return;
            setStatus([] { return tr("Connecting to the cluster…"); });
            // Reading the kubeconfig may run the credential plugin: not on this thread.
            m_connecting.setFuture(
                QtConcurrent::run([request] { return clusterConnection(request); }));
            updateActions();
            Q_EMIT watchingChanged(true);
        },
        [this] {
            setStatus([] { return tr("Not connected: the credential plugin was not run."); });
        });
}

void WatchPanel::connected(const Result<ClusterConnection> &connection)
{
    if (!connection) {
        m_error = connection.error();
        setStatus([error = m_error] { return error.message(); });
        updateActions();
        Q_EMIT watchingChanged(false);
        return;
    }
    m_rows->removeRows(0, m_rows->rowCount());
    m_view->setVisible(true);
    WatchOptions options;
    options.podSelector = m_model->data().cluster.podSelector; // step 5's -l, if any
    auto *watch =
        new IngressWatch(connection.value().connection, connection.value().ns, options, this);
    m_watchJob = watch;
    connect(watch, &IngressWatch::connectionSeen, this, &WatchPanel::addRow);
    connect(watch, &IngressWatch::failed, this, [this](const Error &error) { m_error = error; });
    connect(watch, &IngressWatch::stopped, this, &WatchPanel::finish);
    setStatus([watch = QPointer<IngressWatch>(watch)] {
        if (!watch)
            return QString();
        const int pods = int(watch->pods().size());
        if (pods == 0)
            return tr("Listing the ingress pods in %1…").arg(watch->ns());
        return tr("Watching %n ingress pod(s) in %1: run the failing client now. Connections "
                  "logged: %2, refused: %3.",
                  nullptr, pods)
            .arg(watch->ns())
            .arg(watch->records())
            .arg(watch->refusals());
    });
    watch->start();
    updateActions();
}

void WatchPanel::stopWatch()
{
    if (m_watchJob && m_watchJob->isRunning()) {
        m_watchJob->stop(); // finish() follows
    } else if (m_connecting.isRunning()) {
        m_dropConnection = true; // a plugin may still run: its answer is dropped
        setStatus([] { return tr("Stopped before the watch began."); });
        updateActions();
        Q_EMIT watchingChanged(false);
    }
}

void WatchPanel::addRow(const WatchedConnection &seen)
{
    QList<QStandardItem *> row;
    for (int column = 0; column < ColumnCount; ++column)
        row << new QStandardItem;
    row[TimeColumn]->setText(AccessLogText::time(seen.ms));
    row[TimeColumn]->setData(seen.client, kClientRole);
    row[PodColumn]->setText(seen.pod);
    row[PodColumn]->setToolTip(seen.pod);
    row[ClientColumn]->setText(seen.remoteAddress.isEmpty() ? seen.client : seen.remoteAddress);
    row[SniColumn]->setData(seen.sni, kValueRole);
    row[SniColumn]->setText(seen.sni.isEmpty() ? tr("none") : seen.sni);
    row[ClassColumn]->setData(int(seen.logClass), kValueRole);
    row[ClassColumn]->setText(AccessLogText::className(seen.logClass));
    m_rows->insertRow(0, row); // the newest on top, where the eye is
    if (m_rows->rowCount() > kMaxRows)
        m_rows->removeRows(kMaxRows, m_rows->rowCount() - kMaxRows);
    if (m_rows->rowCount() == 1) {
        m_view->resizeColumnsToContents();
        // Pod names are long and alike: their ends tell them apart (elided in the
        // middle, the whole name in the tooltip), and the client and kind stay in view.
        const int podWidth = m_view->fontMetrics().averageCharWidth() * 30;
        if (m_view->columnWidth(PodColumn) > podWidth)
            m_view->setColumnWidth(PodColumn, podWidth);
    } else {
        fitColumns({ClientColumn, SniColumn}); // a longer address or an SNI host came
    }
    highlight();
    if (m_statusText)
        m_status->setText(m_statusText());
}

void WatchPanel::fitColumns(std::initializer_list<int> columns)
{
    // Widened to the texts of the newest row and the header, never narrowed: the
    // columns do not jump while connections come.
    const int padding = m_view->fontMetrics().averageCharWidth() * 2;
    for (const int column : columns) {
        const QString header = m_rows->headerData(column, Qt::Horizontal).toString();
        const QString text = m_rows->rowCount() > 0 ? m_rows->item(0, column)->text() : QString();
        const int wanted =
            std::max(m_view->fontMetrics().horizontalAdvance(text),
                     m_view->horizontalHeader()->fontMetrics().horizontalAdvance(header)) +
            padding;
        if (m_view->columnWidth(column) < wanted)
            m_view->setColumnWidth(column, wanted);
    }
}

void WatchPanel::finish()
{
    IngressWatch *watch = m_watchJob;
    if (!watch)
        return;
    const AccessLogSummary summary = watch->summary();
    watch->deleteLater();
    m_watchJob = nullptr;
    if (!m_error.isNull()) {
        setStatus([error = m_error] { return error.message(); });
    } else if (summary.records > 0) {
        // What was seen is step 2's evidence: the same analysis as of the logs read there.
        m_model->setResult(Step::Logs, summary, Origin::cluster());
        setStatus([records = int(std::min<qint64>(summary.records, INT_MAX)),
                   refused = summary.count(LogClass::NonSniRefused) +
                             summary.count(LogClass::UnknownSniRefused)] {
            return tr("Stopped: %n connection(s) logged, %1 refused. Added to step 2 as "
                      "evidence.",
                      nullptr, records)
                .arg(refused);
        });
    } else {
        setStatus([] {
            return tr("Stopped: no connection was logged while watching; step 2 is unchanged.");
        });
    }
    updateActions();
    Q_EMIT watchingChanged(false);
}

void WatchPanel::highlight()
{
    const QString client = m_client->text().trimmed();
    const QColor mark(255, 193, 7, 90); // the amber of step 2's highlighted fields
    for (int row = 0; row < m_rows->rowCount(); ++row) {
        const bool match = !client.isEmpty() &&
                           sameAddress(client, m_rows->item(row)->data(kClientRole).toString());
        for (int column = 0; column < ColumnCount; ++column) {
            QStandardItem *item = m_rows->item(row, column);
            // The colour only: bold text would no longer fit the columns sized for it.
            item->setData(match ? QVariant(mark) : QVariant(), Qt::BackgroundRole);
        }
    }
}

void WatchPanel::updateActions()
{
    const bool live = !m_model->isReview();
    m_watch->setEnabled(live && !isWatching() && !m_connecting.isRunning());
    m_stop->setEnabled(isWatching());
}

void WatchPanel::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText ? m_statusText() : QString());
}

void WatchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WatchPanel::retranslate()
{
    m_watch->setText(tr("&Watch live"));
    m_watch->setAccessibleName(tr("Watch the ingress pods' logs live"));
    m_watch->setToolTip(tr("Follows every ingress pod's access log: press it, run the failing "
                           "client, and its connection shows here as it is logged."));
    m_stop->setText(tr("Sto&p watching"));
    m_stop->setAccessibleName(tr("Stop watching the logs"));
    m_clientLabel->setText(tr("Highlight &client:"));
    m_client->setAccessibleName(tr("Client address to highlight"));
    m_client->setPlaceholderText(tr("IP address"));
    m_view->setAccessibleName(tr("Refused and failed connections, newest first"));
    m_rows->setHorizontalHeaderLabels(
        {tr("Time"), tr("Pod"), tr("Client"), tr("SNI"), tr("Kind of connection")});
    for (int row = 0; row < m_rows->rowCount(); ++row) {
        const QString sni = m_rows->item(row, SniColumn)->data(kValueRole).toString();
        m_rows->item(row, SniColumn)->setText(sni.isEmpty() ? tr("none") : sni);
        m_rows->item(row, ClassColumn)
            ->setText(AccessLogText::className(
                LogClass(m_rows->item(row, ClassColumn)->data(kValueRole).toInt())));
    }
    if (m_rows->rowCount() > 0) {
        // The other language's words: "ninguno" is longer than "none".
        for (const int column : {TimeColumn, ClientColumn, SniColumn})
            m_view->resizeColumnToContents(column);
    }
    if (m_statusText)
        m_status->setText(m_statusText());
}

} // namespace SniDoctor
