#include "routespage.h"

#include "cluster/clusterfetch.h"
#include "cluster/kubeconfig.h"
#include "cluster/routetext.h"
#include "commandbox.h"
#include "filedialogs.h"
#include "pluginconsent.h"
#include "reviewmode.h"
#include "session/casesession.h"
#include "tableheight.h"
#include "verdictpanel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace SniDoctor {

namespace {

enum Column
{
    ColumnName,
    ColumnState,
    ColumnHostnames,
    ColumnNonSni,
    ColumnGateways,
    ColumnCredentials,
    ColumnCount
};
enum PodColumn
{
    PodName,
    PodReady,
    PodStatus,
    PodRestarts,
    PodAge,
    PodColumnCount
};
enum EventColumn
{
    EventRoute,
    EventType,
    EventReason,
    EventLastSeen,
    EventCount,
    EventMessage,
    EventColumnCount
};

} // namespace

RoutesPage::RoutesPage(CaseSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_intro(new QLabel)
    , m_kubeconfigLabel(new QLabel)
    , m_kubeconfig(new QLineEdit)
    , m_browse(new QPushButton)
    , m_contextLabel(new QLabel)
    , m_context(new QComboBox)
    , m_namespaceLabel(new QLabel)
    , m_namespace(new QLineEdit)
    , m_connect(new QPushButton)
    , m_loadFile(new QPushButton)
    , m_cancel(new QPushButton)
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_warning(new QLabel)
    , m_eventsLabel(new QLabel)
    , m_events(new QTableWidget(0, EventColumnCount))
    , m_podsLabel(new QLabel)
    , m_pods(new QTableWidget(0, PodColumnCount))
    , m_fetchLogs(new QPushButton)
    , m_verdict(new VerdictPanel(QStringLiteral("routes")))
    , m_commands(new CommandBox)
{
    setObjectName(QStringLiteral("routesPage"));
    m_kubeconfig->setObjectName(QStringLiteral("routesKubeconfig"));
    m_context->setObjectName(QStringLiteral("routesContext"));
    m_namespace->setObjectName(QStringLiteral("routesNamespace"));
    m_connect->setObjectName(QStringLiteral("routesConnect"));
    m_loadFile->setObjectName(QStringLiteral("routesLoadFile"));
    m_cancel->setObjectName(QStringLiteral("routesCancel"));
    m_status->setObjectName(QStringLiteral("routesStatus"));
    m_table->setObjectName(QStringLiteral("routesTable"));
    m_events->setObjectName(QStringLiteral("routesEvents"));
    m_pods->setObjectName(QStringLiteral("routesPods"));
    m_warning->setObjectName(QStringLiteral("routesWarning"));
    m_warning->setWordWrap(true);
    m_warning->hide();
    m_fetchLogs->setObjectName(QStringLiteral("routesFetchLogs"));
    m_commands->setObjectName(QStringLiteral("routesCommands"));
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_kubeconfigLabel->setBuddy(m_kubeconfig);
    m_contextLabel->setBuddy(m_context);
    m_namespaceLabel->setBuddy(m_namespace);
    m_context->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_progress->setMaximumHeight(8);
    m_progress->setTextVisible(false);
    for (QPushButton *button : {m_browse, m_connect, m_loadFile, m_cancel, m_fetchLogs})
        button->setAutoDefault(false);
    m_fetchLogs->setEnabled(false);
    for (QTableWidget *table : {m_table, m_events, m_pods}) {
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setTabKeyNavigation(false);
        table->horizontalHeader()->setStretchLastSection(true);
        table->setWordWrap(false);
    }
    m_eventsLabel->setBuddy(m_events);
    m_podsLabel->setBuddy(m_pods);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_kubeconfig, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_kubeconfigLabel, fileRow);
    form->addRow(m_contextLabel, m_context);
    form->addRow(m_namespaceLabel, m_namespace);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_connect);
    actions->addWidget(m_loadFile);
    actions->addWidget(m_cancel);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_status, 2);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_warning);
    layout->addWidget(m_verdict);
    layout->addWidget(m_table);
    layout->addWidget(m_eventsLabel);
    layout->addWidget(m_events);
    layout->addWidget(m_podsLabel);
    layout->addWidget(m_pods);
    auto *next = new QHBoxLayout;
    next->addWidget(m_fetchLogs);
    next->addStretch(1);
    layout->addLayout(next);
    layout->addWidget(m_commands);
    layout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_task = std::make_unique<PageTask<ClusterState>>(this, m_progress, m_cancel,
                                                      [this] { finished(); });
    connect(m_cancel, &QPushButton::clicked, this, &RoutesPage::cancel);
    connect(m_connect, &QPushButton::clicked, this, &RoutesPage::connectToCluster);
    connect(m_loadFile, &QPushButton::clicked, this, [this] {
        const QString file = askOpenFile(this, QStringLiteral("routes/folder"),
                                         tr("Saved kubectl get apigeeroutes output"),
                                         tr("YAML or JSON (*.yaml *.yml *.json);;All files (*)"));
        if (!file.isEmpty())
            loadFile(file);
    });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Kubeconfig"), m_kubeconfig->text());
        if (!file.isEmpty())
            setKubeconfig(file);
    });
    connect(m_fetchLogs, &QPushButton::clicked, this,
            [this] { Q_EMIT fetchLogsRequested(m_connectedNamespace); });
    connect(m_kubeconfig, &QLineEdit::editingFinished, this, &RoutesPage::loadContexts);
    connect(m_namespace, &QLineEdit::textChanged, this, &RoutesPage::updateCommands);
    connect(m_context, &QComboBox::currentIndexChanged, this, [this] {
        const QString problem = m_context->currentData(Qt::ToolTipRole).toString();
        setStatus([problem] { return problem; });
    });

    // Prefilled the kubectl way: KUBECONFIG's first file, else ~/.kube/config.
    const QString saved = QSettings().value(QStringLiteral("cluster/kubeconfig")).toString();
    m_kubeconfig->setText(
        !saved.isEmpty() ? saved
                         : kubeconfigFiles({}, qgetenv("KUBECONFIG"), QDir::homePath()).value(0));
    m_namespace->setText(QSettings()
                             .value(QStringLiteral("cluster/namespace"), QStringLiteral("apigee"))
                             .toString());
    loadContexts();
    markLive({m_kubeconfig, m_browse, m_context, m_namespace, m_connect, m_loadFile, m_fetchLogs});
    connect(m_session, &CaseSession::loaded, this, [this] {
        showRoutes();
        showEvents();
        showPods();
    });
    retranslate();
}

void RoutesPage::setKubeconfig(const QString &path)
{
    m_kubeconfig->setText(path);
    loadContexts();
}

void RoutesPage::loadContexts()
{
    const QString path = m_kubeconfig->text().trimmed();
    m_context->clear();
    if (path.isEmpty() || !QFile::exists(path))
        return;
    const Result<Kubeconfig> config = loadKubeconfig({path}, true);
    if (!config) {
        setStatus([message = config.error().message] { return message; });
        return;
    }
    for (const KubeContext &context : config.value().contexts) {
        m_context->addItem(context.problem.isEmpty() ? context.name
                                                     : tr("%1 (unusable)").arg(context.name),
                           context.name);
        m_context->setItemData(m_context->count() - 1, context.problem, Qt::ToolTipRole);
    }
    const int current = m_context->findData(config.value().currentContext);
    m_context->setCurrentIndex(std::max(0, current));
    if (const KubeContext *context = config.value().context(config.value().currentContext);
        context && !context->ns.isEmpty())
        m_namespace->setText(context->ns);
}

void RoutesPage::connectToCluster()
{
    if (isRunning())
        return;
    const QString kubeconfig = m_kubeconfig->text().trimmed();
    const QString context = m_context->currentData().toString();
    const QString ns = m_namespace->text().trimmed().isEmpty() ? QStringLiteral("apigee")
                                                               : m_namespace->text().trimmed();
    QSettings().setValue(QStringLiteral("cluster/kubeconfig"), kubeconfig);
    QSettings().setValue(QStringLiteral("cluster/context"), context);
    QSettings().setValue(QStringLiteral("cluster/namespace"), ns);
    // Does the context need a plugin? Ask before anything runs.
    const QString command = pluginCommand(ClusterRequest{kubeconfig, context, ns, false});
    if (command.isEmpty()) {
        startFetch(kubeconfig, context, ns, false);
        return;
    }
    askPluginConsent(
        this, kubeconfig, command,
        [this, kubeconfig, context, ns] { startFetch(kubeconfig, context, ns, true); },
        [this] {
            setStatus([] { return tr("Not connected: the credential plugin was not run."); });
        });
}

void RoutesPage::startFetch(const QString &kubeconfig, const QString &context, const QString &ns,
                            bool runPlugin)
{
    if (isRunning())
        return;
    m_error = {};
    m_connectedNamespace.clear();
    m_state = {};
    m_fetchLogs->setEnabled(false);
    m_task->start([request = ClusterRequest{kubeconfig, context, ns, runPlugin}](
                      TaskControl &control) { return fetchClusterState(request, control); });
    m_connect->setEnabled(false);
    m_loadFile->setEnabled(false);
    setStatus([context] { return tr("Connecting to %1…").arg(context); });
    Q_EMIT runningChanged(true);
    Q_EMIT completeChanged();
}

void RoutesPage::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(
            [path, why = file.errorString()] { return tr("Cannot read %1: %2").arg(path, why); });
        return;
    }
    const Result<QList<ApigeeRoute>> routes = parseApigeeRoutes(file.readAll(), path);
    if (!routes) {
        setStatus([message = routes.error().message] { return message; });
        return;
    }
    m_error = {};
    m_connectedNamespace.clear();
    m_state = {};
    m_fetchLogs->setEnabled(false);
    m_session->setIngressPods(std::nullopt);
    m_session->setRoutes(routes.value(), QFileInfo(path).fileName());
    setStatus([count = int(routes.value().size()), name = QFileInfo(path).fileName()] {
        return tr("Read %n route(s) from %1.", nullptr, count).arg(name);
    });
    showRoutes();
}

void RoutesPage::cancel()
{
    if (!isRunning())
        return;
    m_task->cancel();
    setStatus([] { return tr("Canceling…"); });
}

void RoutesPage::finished()
{
    m_connect->setEnabled(true);
    m_loadFile->setEnabled(true);
    if (const auto result = m_task->result()) {
        if (*result) {
            m_state = result->value();
            m_connectedNamespace = m_state.ns;
            m_session->setIngressPods(m_state.pods);
            m_session->setRoutes(m_state.routes, QStringLiteral("cluster"));
            setStatus([count = int(m_state.routes.size())] {
                return tr("Read %n route(s) from the cluster.", nullptr, count);
            });
        } else {
            m_error = result->error();
            setStatus([message = m_error.message] { return message; });
        }
    } else {
        setStatus([] { return tr("Canceled: no result."); });
    }
    m_fetchLogs->setEnabled(!m_connectedNamespace.isEmpty());
    showRoutes();
    Q_EMIT runningChanged(false);
    Q_EMIT completeChanged();
}

void RoutesPage::showRoutes()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Route"), tr("State"), tr("Hostnames"), QStringLiteral("enableNonSniClient"),
         QStringLiteral("additionalGateways"), tr("TLS credential")});
    const auto &routes = m_session->routes();
    m_table->setRowCount(routes ? int(routes->size()) : 0);
    showEvents();
    showPods();
    if (!routes) {
        fitTableHeight(m_table, 2, 8);
        m_verdict->showPlaceholder(
            tr("Connect to the cluster or load saved kubectl output to check the routes."));
        return;
    }
    for (int row = 0; row < routes->size(); ++row) {
        const ApigeeRoute &route = routes->at(row);
        const QStringList cells{
            route.name,
            route.state.isEmpty() ? QStringLiteral("–") : route.state,
            route.hostnames.join(QStringLiteral(", ")),
            route.enableNonSniClient
                ? (*route.enableNonSniClient ? QStringLiteral("true") : QStringLiteral("false"))
                : tr("not set"),
            route.additionalGateways.join(QStringLiteral(", ")),
            route.credentialNames.join(QStringLiteral(", "))};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (route.isWildcard()) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            if (!route.file.isEmpty())
                item->setToolTip(tr("%1, line %2").arg(route.file).arg(route.line));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    fitTableHeight(m_table, 2, 8);
    QList<Finding> findings = routeFindings(*routes);
    if (const auto &pods = m_session->ingressPods())
        findings += podFindings(*pods);
    QList<VerdictPanel::Item> items;
    for (const Finding &finding : findings)
        items << VerdictPanel::Item{RouteText::title(finding), RouteText::detail(finding)};
    m_verdict->showVerdict(RouteText::verdict(findings), leadingFinding(findings), items,
                           RouteText::nextStep(findings));
}

// Each route's events, as kubectl describe apigeeroute ends; only routes read from
// the cluster have them. Hidden when there are none.
void RoutesPage::showEvents()
{
    m_events->setHorizontalHeaderLabels(
        {tr("Route"), tr("Type"), tr("Reason"), tr("Last seen"), tr("Count"), tr("Message")});
    const auto &routes = m_session->routes();
    QList<std::pair<QString, KubeEvent>> rows;
    if (routes) {
        for (const ApigeeRoute &route : *routes) {
            for (const KubeEvent &event : route.events)
                rows.append({route.name, event});
        }
    }
    m_events->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const KubeEvent &event = rows[row].second;
        const QStringList cells{
            rows[row].first, event.type, event.reason, event.lastSeen, QString::number(event.count),
            event.message};
        for (int column = 0; column < EventColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (event.type == QLatin1String("Warning")) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            if (column == EventMessage)
                item->setToolTip(event.message);
            m_events->setItem(row, column, item);
        }
    }
    m_events->resizeColumnsToContents();
    fitTableHeight(m_events, 1, 6);
    m_eventsLabel->setVisible(!rows.isEmpty());
    m_events->setVisible(!rows.isEmpty());
}

// The ingress gateway pods as kubectl get pods prints them, and what could not be
// said: an unverified server certificate, pods the user may not list.
void RoutesPage::showPods()
{
    QStringList warnings;
    if (m_state.insecureSkipTlsVerify)
        warnings << tr(
            "Warning: the cluster's certificate was not verified (insecure-skip-tls-verify in the "
            "kubeconfig): anyone between you and the cluster could have answered.");
    if (!m_state.podsError.code.isEmpty())
        warnings << tr("The ingress gateway pods could not be listed: %1")
                        .arg(m_state.podsError.message);
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());

    m_pods->setHorizontalHeaderLabels({QStringLiteral("NAME"), QStringLiteral("READY"),
                                       QStringLiteral("STATUS"), QStringLiteral("RESTARTS"),
                                       QStringLiteral("AGE")});
    const auto &pods = m_session->ingressPods();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_pods->setRowCount(pods ? int(pods->size()) : 0);
    for (int row = 0; pods && row < pods->size(); ++row) {
        const IngressPod &pod = pods->at(row);
        const QStringList cells{pod.name, pod.ready, pod.status, QString::number(pod.restarts),
                                pod.age(now)};
        for (int column = 0; column < PodColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (!pod.healthy) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_pods->setItem(row, column, item);
        }
    }
    m_pods->resizeColumnsToContents();
    fitTableHeight(m_pods, 1, 6);
    m_podsLabel->setVisible(pods.has_value());
    m_pods->setVisible(pods.has_value());
}

void RoutesPage::updateCommands()
{
    const QString ns = m_namespace->text().trimmed().isEmpty() ? QStringLiteral("apigee")
                                                               : m_namespace->text().trimmed();
    m_commands->setCommands({
        QStringLiteral("kubectl -n %1 get apigeeroutes").arg(ns),
        QStringLiteral("kubectl -n %1 get apigeeroute ROUTE -o jsonpath='{.spec.hostnames}'")
            .arg(ns),
        QStringLiteral(
            "kubectl -n %1 get apigeeroute ROUTE -o jsonpath='{.spec.enableNonSniClient}'")
            .arg(ns),
        QStringLiteral(
            "kubectl -n %1 get apigeeroute ROUTE -o jsonpath='{.spec.additionalGateways}'")
            .arg(ns),
        QStringLiteral("kubectl -n %1 describe apigeeroute ROUTE").arg(ns),
        QStringLiteral("kubectl -n %1 get pods -l app=apigee-ingressgateway").arg(ns),
        QStringLiteral("kubectl -n %1 get apigeeroutes -o yaml > routes.yaml").arg(ns),
    });
}

void RoutesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

// The status line is kept as a function so that a language switch says it again
// in the new language.
void RoutesPage::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText());
}

void RoutesPage::retranslate()
{
    if (m_statusText)
        m_status->setText(m_statusText());
    setTitle(tr("Step 5: Check the Apigee routes"));
    setSubTitle(
        tr("Clients without SNI are served only by a wildcard ApigeeRoute (hostnames [\"*\"]) with "
           "enableNonSniClient: true, listed in additionalGateways of every virtual host."));
    m_intro->setText(
        tr("Connect with your kubeconfig, as kubectl does, or load what kubectl get apigeeroutes "
           "-o yaml printed. SNI Doctor reads the routes and says what is missing. Nothing in the "
           "cluster is changed."));
    m_kubeconfigLabel->setText(tr("&Kubeconfig:"));
    m_kubeconfig->setAccessibleName(tr("Kubeconfig file"));
    m_browse->setText(tr("Bro&wse…"));
    m_browse->setAccessibleName(tr("Browse for a kubeconfig"));
    m_contextLabel->setText(tr("Con&text:"));
    m_context->setAccessibleName(tr("Kubeconfig context"));
    m_namespaceLabel->setText(tr("&Namespace:"));
    m_namespace->setAccessibleName(tr("Namespace of the routes"));
    m_connect->setText(tr("&Connect"));
    m_connect->setAccessibleName(tr("Connect to the cluster"));
    m_loadFile->setText(tr("&Load from file…"));
    m_loadFile->setAccessibleName(tr("Load saved kubectl output"));
    m_cancel->setText(tr("&Stop"));
    m_cancel->setAccessibleName(tr("Stop connecting"));
    m_progress->setAccessibleName(tr("Connection progress"));
    m_table->setAccessibleName(tr("Apigee routes"));
    m_eventsLabel->setText(tr("&Events of the routes (as kubectl describe shows them):"));
    m_events->setAccessibleName(tr("Events of the routes"));
    m_podsLabel->setText(
        tr("Ingress gateway &pods (kubectl get pods -l app=apigee-ingressgateway):"));
    m_pods->setAccessibleName(tr("Ingress gateway pods"));
    m_fetchLogs->setText(tr("&Fetch ingress logs"));
    m_fetchLogs->setAccessibleName(tr("Fetch the ingress pods' logs of this cluster into step 2"));
    m_fetchLogs->setToolTip(
        tr("Reads the access log of every ingress gateway pod of this namespace and analyzes "
           "it on the logs page (step 2)."));
    updateCommands();
    showRoutes();
}

} // namespace SniDoctor
