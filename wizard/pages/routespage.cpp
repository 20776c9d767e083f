#include "routespage.h"

#include "case/carryforward.h"
#include "case/casemodel.h"
#include "case/stepmodule.h"
#include "cluster/kubeconfig.h"
#include "cluster/kubectlcommand.h"
#include "cluster/routesresult.h"
#include "cluster/routetext.h"
#include "clusteraccess.h"
#include "commandbox.h"
#include "filedialogs.h"
#include "tableheight.h"
#include "verdictpanel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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

RoutesPage::RoutesPage(CaseModel *model, QWidget *parent)
    : StepPage(Step::Routes, model, parent)
    , m_kubeconfigLabel(new QLabel)
    , m_kubeconfig(new QLineEdit)
    , m_browse(new QPushButton)
    , m_contextLabel(new QLabel)
    , m_context(new QComboBox)
    , m_namespaceLabel(new QLabel)
    , m_namespace(new QLineEdit)
    , m_connect(new QPushButton)
    , m_loadFile(new QPushButton)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_warning(new QLabel)
    , m_eventsLabel(new QLabel)
    , m_events(new QTableWidget(0, EventColumnCount))
    , m_podsLabel(new QLabel)
    , m_pods(new QTableWidget(0, PodColumnCount))
    , m_fetchLogs(new QPushButton)
{
    setObjectName(QStringLiteral("routesPage"));
    m_kubeconfig->setObjectName(QStringLiteral("routesKubeconfig"));
    m_context->setObjectName(QStringLiteral("routesContext"));
    m_namespace->setObjectName(QStringLiteral("routesNamespace"));
    m_connect->setObjectName(QStringLiteral("routesConnect"));
    m_loadFile->setObjectName(QStringLiteral("routesLoadFile"));
    m_table->setObjectName(QStringLiteral("routesTable"));
    m_events->setObjectName(QStringLiteral("routesEvents"));
    m_pods->setObjectName(QStringLiteral("routesPods"));
    m_warning->setObjectName(QStringLiteral("routesWarning"));
    m_warning->setWordWrap(true);
    m_warning->hide();
    m_fetchLogs->setObjectName(QStringLiteral("routesFetchLogs"));
    m_kubeconfigLabel->setBuddy(m_kubeconfig);
    m_contextLabel->setBuddy(m_context);
    m_namespaceLabel->setBuddy(m_namespace);
    m_context->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QPushButton *button : {m_browse, m_fetchLogs})
        button->setAutoDefault(false);
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
    content()->addWidget(intro());
    content()->addLayout(form);
    addTaskRow({m_connect, m_loadFile});
    content()->addWidget(m_warning);
    content()->addWidget(verdictPanel());
    content()->addWidget(m_table);
    content()->addWidget(m_eventsLabel);
    content()->addWidget(m_events);
    content()->addWidget(m_podsLabel);
    content()->addWidget(m_pods);
    auto *next = new QHBoxLayout;
    next->addWidget(m_fetchLogs);
    next->addStretch(1);
    content()->addLayout(next);
    content()->addWidget(commandBox());
    content()->addStretch(1);

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
    connect(m_namespace, &QLineEdit::textChanged, this, [this] {
        updateCommands();
        updateStale();
    });
    connect(m_kubeconfig, &QLineEdit::textChanged, this, [this] {
        updateCommands();
        updateStale();
    });
    connect(m_context, &QComboBox::currentIndexChanged, this, [this] {
        updateCommands();
        updateStale();
        const int index = m_context->currentIndex();
        const Error problem =
            index >= 0 && index < m_contextProblems.size() ? m_contextProblems.at(index) : Error();
        setStatus([problem] { return problem.message(); });
    });

    // Prefilled the kubectl way (KUBECONFIG's first file, else ~/.kube/config), unless
    // the user connected with another before: a preference, not the case's state.
    const QString saved = QSettings().value(QStringLiteral("cluster/kubeconfig")).toString();
    m_kubeconfig->setText(
        !saved.isEmpty() ? saved
                         : kubeconfigFiles({}, qgetenv("KUBECONFIG"), QDir::homePath()).value(0));
    m_namespace->setText(QSettings()
                             .value(QStringLiteral("cluster/namespace"), QStringLiteral("apigee"))
                             .toString());
    loadContexts();
    markLive({m_kubeconfig, m_browse, m_context, m_namespace, m_connect, m_loadFile, m_fetchLogs});
    // The reviewer's own kubeconfig is not the case's: review never connects.
    markLiveOnly({m_kubeconfigLabel, m_kubeconfig, m_browse, m_contextLabel, m_context,
                  m_namespaceLabel, m_namespace});
    translate();
}

void RoutesPage::updateActions()
{
    m_fetchLogs->setEnabled(!m_connectedNamespace.isEmpty());
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
    m_contextProblems.clear();
    if (path.isEmpty() || !QFile::exists(path))
        return;
    const Result<Kubeconfig> config = loadKubeconfig({path}, true);
    if (!config) {
        setStatus([error = config.error()] { return error.message(); });
        return;
    }
    for (const KubeContext &context : config.value().contexts) {
        m_contextProblems << context.problem;
        m_context->addItem(context.problem.isNull() ? context.name
                                                    : tr("%1 (unusable)").arg(context.name),
                           context.name);
        m_context->setItemData(m_context->count() - 1, context.problem.message(), Qt::ToolTipRole);
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
    const QString ns = m_namespace->text().trimmed().isEmpty() ? QStringLiteral("apigee")
                                                               : m_namespace->text().trimmed();
    const ClusterTarget target{m_kubeconfig->text().trimmed(), m_context->currentData().toString(),
                               ns};
    // A new result is asked for: the old one goes now, so that a refused plugin never
    // leaves it beside "Not connected".
    m_connectedNamespace.clear();
    m_state = {};
    clearResult();
    updateActions();
    caseModel()->setCluster(target);
    // Preferences: the next start prefills the same cluster.
    QSettings settings;
    settings.setValue(QStringLiteral("cluster/kubeconfig"), target.kubeconfig);
    settings.setValue(QStringLiteral("cluster/context"), target.context);
    settings.setValue(QStringLiteral("cluster/namespace"), target.ns);
    // Does the context need a plugin? Ask before anything runs.
    withClusterConsent(
        this, target, [this](const ClusterRequest &request) { startFetch(request); },
        [this] {
            setStatus([] { return tr("Not connected: the credential plugin was not run."); });
        });
}

void RoutesPage::startFetch(const ClusterRequest &request)
{
    if (isRunning())
        return;
    m_connectedNamespace.clear();
    m_state = {};
    clearResult();
    run<ClusterState>(
        [request](TaskControl &control) { return fetchClusterState(request, control); },
        [this, request](const Result<ClusterState> &result) {
            if (!result) {
                setStatus([error = result.error()] { return error.message(); });
                return;
            }
            m_state = result.value();
            m_connectedNamespace = m_state.ns;
            ClusterTarget read = request.target();
            read.context = m_state.context;
            read.ns = m_state.ns;
            const StepRecord record(RoutesResult{m_state.routes, m_state.pods, read},
                                    Origin::cluster());
            m_stateTime = record.time();
            setResult(record);
            setStatus([count = int(m_state.routes.size())] {
                return tr("Read %n route(s) from the cluster.", nullptr, count);
            });
        },
        [context = request.context] { return tr("Connecting to %1…").arg(context); });
}

void RoutesPage::loadFile(const QString &path)
{
    const Result<QList<ApigeeRoute>> routes = readApigeeRoutes(path);
    m_connectedNamespace.clear();
    m_state = {};
    clearResult();
    updateActions();
    if (!routes) {
        setStatus([error = routes.error()] { return error.message(); });
        return;
    }
    const QString name = QFileInfo(path).fileName();
    setResult(
        StepRecord(RoutesResult{routes.value(), std::nullopt, {}}, Origin::thisMachine({name})));
    setStatus([count = int(routes.value().size()), name] {
        return tr("Read %n route(s) from %1.", nullptr, count).arg(name);
    });
}

void RoutesPage::showResult()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Route"), tr("State"), tr("Hostnames"), QStringLiteral("enableNonSniClient"),
         QStringLiteral("additionalGateways"), tr("TLS credential")});
    const StepRecord *found = record();
    const RoutesResult *result = found ? found->get<RoutesResult>() : nullptr;
    // The connection's warnings and Fetch ingress logs belong to the result that
    // connection made: another one (a file, a session opened, the automatic diagnosis)
    // has none of them.
    if (!found || found->origin().kind != Origin::Kind::Cluster || found->time() != m_stateTime) {
        m_state = {};
        m_connectedNamespace.clear();
        m_stateTime = {};
        updateActions();
    }
    updateStale();
    m_table->setRowCount(result ? int(result->routes.size()) : 0);
    showEvents();
    showPods();
    updateCommands(); // the route found replaces ROUTE
    if (!result) {
        fitTableHeight(m_table, 2, 8);
        verdictPanel()->showPlaceholder(
            tr("Connect to the cluster or load saved kubectl output to check the routes."));
        return;
    }
    for (int row = 0; row < result->routes.size(); ++row) {
        const ApigeeRoute &route = result->routes.at(row);
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
    const QList<Finding> findings = stepModule(Step::Routes).findings(*found);
    showFindings(RouteText::verdict(findings), findings, RouteText::nextStep(findings));
}

// A result read from the cluster is the answer for the kubeconfig, context and namespace
// it was read with: other ones in the fields mark it (as the probe page does).
void RoutesPage::updateStale()
{
    const StepRecord *found = record();
    const RoutesResult *result = found ? found->get<RoutesResult>() : nullptr;
    const QString ns = m_namespace->text().trimmed().isEmpty() ? QStringLiteral("apigee")
                                                               : m_namespace->text().trimmed();
    // No context in the list: the kubeconfig's current one, whatever its name.
    const QString context = m_context->currentData().toString();
    const bool stale =
        result && found->origin().kind == Origin::Kind::Cluster && !isRunning() &&
        !caseModel()->isReview() &&
        (m_kubeconfig->text().trimmed() != result->cluster.kubeconfig ||
         (!context.isEmpty() && context != result->cluster.context) || ns != result->cluster.ns);
    verdictPanel()->setStale(stale);
    for (QTableWidget *table : {m_table, m_events, m_pods})
        table->setEnabled(!stale);
}

// Each route's events, as kubectl describe apigeeroute ends; only routes read from
// the cluster have them. Hidden when there are none.
void RoutesPage::showEvents()
{
    m_events->setHorizontalHeaderLabels(
        {tr("Route"), tr("Type"), tr("Reason"), tr("Last seen"), tr("Count"), tr("Message")});
    const RoutesResult *result = caseModel()->result<RoutesResult>(Step::Routes);
    QList<std::pair<QString, KubeEvent>> rows;
    if (result) {
        for (const ApigeeRoute &route : result->routes) {
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
    if (!m_state.podsError.isNull())
        warnings << tr("The ingress gateway pods could not be listed: %1")
                        .arg(m_state.podsError.message());
    if (!m_state.eventsError.isNull())
        warnings << tr("The routes' events could not be listed, so they are shown without them: %1")
                        .arg(m_state.eventsError.message());
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());

    const RoutesResult *result = caseModel()->result<RoutesResult>(Step::Routes);
    m_pods->setHorizontalHeaderLabels({QStringLiteral("NAME"), QStringLiteral("READY"),
                                       QStringLiteral("STATUS"), QStringLiteral("RESTARTS"),
                                       QStringLiteral("AGE")});
    const std::optional<QList<IngressPod>> pods = result ? result->pods : std::nullopt;
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

// The commands for the cluster the fields name (what Connect would read), about the
// route step 5 found: ROUTE only while no route is known.
void RoutesPage::updateCommands()
{
    ClusterTarget cluster = caseModel()->data().cluster;
    cluster.kubeconfig = m_kubeconfig->text().trimmed();
    cluster.context = m_context->currentData().toString();
    cluster.ns = m_namespace->text().trimmed();
    const KubectlScope scope = kubectlScope(cluster, defaultKubeconfigFile());
    QString route = knownRouteName(caseModel()->data());
    if (route.isEmpty())
        route = QStringLiteral("ROUTE");
    auto field = [&](const char *path) {
        return kubectlCommand(scope, {QStringLiteral("get"), QStringLiteral("apigeeroute"), route,
                                      QStringLiteral("-o"),
                                      QStringLiteral("jsonpath={%1}").arg(QLatin1String(path))});
    };
    commandBox()->setCommands({
        kubectlCommand(scope, {QStringLiteral("get"), QStringLiteral("apigeeroutes")}),
        field(".spec.hostnames"),
        field(".spec.enableNonSniClient"),
        field(".spec.additionalGateways"),
        kubectlCommand(scope, {QStringLiteral("describe"), QStringLiteral("apigeeroute"), route}),
        kubectlCommand(scope, {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-l"),
                               ingressPodSelector(cluster)}),
        kubectlCommand(scope,
                       {QStringLiteral("get"), QStringLiteral("apigeeroutes"), QStringLiteral("-o"),
                        QStringLiteral("yaml")},
                       QStringLiteral("routes.yaml")),
    });
}

void RoutesPage::retranslate()
{
    setTexts(tr("Step 5: Check the Apigee routes"),
             tr("Clients without SNI are served only by a wildcard ApigeeRoute (hostnames "
                "[\"*\"]) with enableNonSniClient: true, listed in additionalGateways of every "
                "virtual host."));
    intro()->setText(
        tr("Connect with your kubeconfig, as kubectl does, or load what kubectl get apigeeroutes "
           "-o yaml printed. SNI Doctor reads the routes and says what is missing. Nothing in the "
           "cluster is changed."));
    m_kubeconfigLabel->setText(tr("&Kubeconfig:"));
    m_kubeconfig->setAccessibleName(tr("Kubeconfig file"));
    m_browse->setText(tr("Bro&wse…"));
    m_browse->setAccessibleName(tr("Browse for a kubeconfig"));
    m_contextLabel->setText(tr("Con&text:"));
    m_context->setAccessibleName(tr("Kubeconfig context"));
    m_namespaceLabel->setText(tr("Na&mespace:"));
    m_namespace->setAccessibleName(tr("Namespace of the routes"));
    m_connect->setText(tr("&Connect"));
    m_connect->setAccessibleName(tr("Connect to the cluster"));
    m_loadFile->setText(tr("Loa&d from file…"));
    m_loadFile->setAccessibleName(tr("Load saved kubectl output"));
    stopButton()->setAccessibleName(tr("Stop connecting"));
    m_table->setAccessibleName(tr("Apigee routes"));
    m_eventsLabel->setText(tr("&Events of the routes (as kubectl describe shows them):"));
    m_events->setAccessibleName(tr("Events of the routes"));
    m_podsLabel->setText(
        tr("Ingress gateway &pods (kubectl get pods -l app=apigee-ingressgateway):"));
    m_pods->setAccessibleName(tr("Ingress gateway pods"));
    m_fetchLogs->setText(tr("Fetch ingress lo&gs"));
    m_fetchLogs->setAccessibleName(tr("Fetch the ingress pods' logs of this cluster into step 2"));
    m_fetchLogs->setToolTip(
        tr("Reads the access log of every ingress gateway pod of this namespace and analyzes "
           "it on the logs page (step 2)."));
    updateCommands();
    showResult();
}

} // namespace SniDoctor
