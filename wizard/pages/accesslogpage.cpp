#include "accesslogpage.h"

#include "accesslog/accessloganalyzer.h"
#include "accesslog/accesslogtext.h"
#include "case/carryforward.h"
#include "case/casemodel.h"
#include "clusteraccess.h"
#include "commandbox.h"
#include "filedialogs.h"
#include "verdictpanel.h"
#include "watchpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace SniDoctor {

namespace {

// The role the tables sort by: the number itself for counts, the text for the rest.
constexpr int kSortRole = Qt::UserRole + 1;

// A count as the language writes it (1,234 / 1.234), sorted as a number.
QStandardItem *numberItem(qint64 value)
{
    auto *item = new QStandardItem(QLocale().toString(value));
    item->setData(value, kSortRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QStandardItem *textItem(const QString &text, const QVariant &sortKey = {})
{
    auto *item = new QStandardItem(text);
    item->setData(sortKey.isValid() ? sortKey : QVariant(text), kSortRole);
    item->setToolTip(text);
    return item;
}

QTableView *makeTable(QStandardItemModel *model, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(kSortRole);
    auto *view = new QTableView(parent);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setTabKeyNavigation(false);
    return view;
}

// The fields the runbook names, highlighted where they stand in a sample line.
QString highlighted(const QString &line)
{
    static const QRegularExpression fields(
        QStringLiteral("(&quot;(?:sni_host|status_details|upstream_response_flags|remote_address|"
                       "status)&quot;\\s*:\\s*"
                       "(?:&quot;(?:[^&]|&(?!quot;))*&quot;|[^,}\\s]+))"));
    QString html = line.toHtmlEscaped();
    html.replace(fields, QStringLiteral("<span style=\"background-color: rgba(255, 193, 7, "
                                        "0.35);\">\\1</span>"));
    return html;
}

} // namespace

AccessLogPage::AccessLogPage(CaseModel *model, QWidget *parent)
    : StepPage(Step::Logs, model, parent)
    , m_namespaceLabel(new QLabel)
    , m_namespace(new QLineEdit)
    , m_open(new QPushButton)
    , m_pasteToggle(new QPushButton)
    , m_fetch(new QPushButton)
    , m_previous(new QCheckBox)
    , m_paste(new QPlainTextEdit)
    , m_analyzePaste(new QPushButton)
    , m_tabs(new QTabWidget)
    , m_clients(new QStandardItemModel(this))
    , m_hosts(new QStandardItemModel(this))
    , m_samplesTab(new QWidget)
    , m_sampleClass(new QComboBox)
    , m_sampleFilter(new QLineEdit)
    , m_samples(new QTextBrowser)
    , m_watchPanel(new WatchPanel(model, [this] { return namespaceName(); }))
{
    setObjectName(QStringLiteral("accessLogPage"));
    setAcceptDrops(true);
    m_namespace->setObjectName(QStringLiteral("logsNamespace"));
    m_open->setObjectName(QStringLiteral("logsOpen"));
    m_paste->setObjectName(QStringLiteral("logsPaste"));
    m_analyzePaste->setObjectName(QStringLiteral("logsAnalyzePaste"));
    m_fetch->setObjectName(QStringLiteral("logsFetch"));
    m_previous->setObjectName(QStringLiteral("logsPrevious"));
    m_previous->setVisible(false);
    m_sampleClass->setObjectName(QStringLiteral("logsSampleClass"));
    m_sampleClass->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sampleFilter->setObjectName(QStringLiteral("logsSampleFilter"));
    m_samples->setObjectName(QStringLiteral("logsSamples"));

    m_namespaceLabel->setBuddy(m_namespace);
    m_namespace->setText(QSettings()
                             .value(QStringLiteral("cluster/namespace"), QStringLiteral("apigee"))
                             .toString());
    m_namespace->setMaximumWidth(220);
    m_paste->setVisible(false);
    m_analyzePaste->setVisible(false);
    m_paste->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_paste->setMinimumHeight(120);
    m_analyzePaste->setAutoDefault(false);

    m_clientView = makeTable(m_clients, this);
    m_clientView->setObjectName(QStringLiteral("logsClients"));
    m_hostView = makeTable(m_hosts, this);
    m_hostView->setObjectName(QStringLiteral("logsHosts"));
    // As the verdict says: the most refused clients, the busiest hosts first.
    m_clientView->sortByColumn(1, Qt::DescendingOrder);
    m_hostView->sortByColumn(1, Qt::DescendingOrder);
    m_samples->setLineWrapMode(QTextEdit::WidgetWidth);
    m_samples->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *sampleBar = new QHBoxLayout;
    sampleBar->addWidget(m_sampleClass);
    sampleBar->addWidget(m_sampleFilter, 1);
    auto *samplesLayout = new QVBoxLayout(m_samplesTab);
    samplesLayout->setContentsMargins(4, 4, 4, 4);
    samplesLayout->addLayout(sampleBar);
    samplesLayout->addWidget(m_samples);
    m_tabs->addTab(m_clientView, QString());
    m_tabs->addTab(m_hostView, QString());
    m_tabs->addTab(m_samplesTab, QString());
    m_tabs->setMinimumHeight(220);

    auto *namespaceRow = new QHBoxLayout;
    namespaceRow->addWidget(m_namespaceLabel);
    namespaceRow->addWidget(m_namespace);
    namespaceRow->addStretch(1);
    content()->addWidget(intro());
    content()->addLayout(namespaceRow);
    content()->addWidget(commandBox());
    addTaskRow({m_open, m_pasteToggle, m_fetch});
    content()->addWidget(m_previous); // an option of Fetch, under its row
    content()->addWidget(m_watchPanel);
    content()->addWidget(m_paste);
    content()->addWidget(m_analyzePaste, 0, Qt::AlignLeft);
    content()->addWidget(verdictPanel());
    content()->addWidget(m_tabs, 1);

    connect(m_namespace, &QLineEdit::textChanged, this, [this] {
        updateCommands();
        updateStale();
    });
    connect(m_namespace, &QLineEdit::editingFinished, this, [this] {
        QSettings().setValue(QStringLiteral("cluster/namespace"), m_namespace->text().trimmed());
    });
    connect(m_open, &QPushButton::clicked, this, &AccessLogPage::openFiles);
    connect(m_pasteToggle, &QPushButton::clicked, this, [this] {
        const bool show = !m_paste->isVisible();
        m_paste->setVisible(show);
        m_analyzePaste->setVisible(show);
        if (show)
            m_paste->setFocus();
    });
    connect(m_analyzePaste, &QPushButton::clicked, this,
            [this] { analyzeText(m_paste->toPlainText().toUtf8()); });
    connect(m_fetch, &QPushButton::clicked, this, &AccessLogPage::fetchFromCluster);
    connect(m_previous, &QCheckBox::toggled, this, [this] {
        updateCommands();
        updateStale();
    });
    connect(m_sampleClass, &QComboBox::currentIndexChanged, this, &AccessLogPage::showSamples);
    connect(m_sampleFilter, &QLineEdit::textChanged, this, &AccessLogPage::showSamples);
    // The cluster and the pods step 5 found go into the commands.
    connect(model, &CaseModel::changed, this, &AccessLogPage::updateCommands);
    // A fetch that ended without a result leaves no inputs to compare with.
    connect(this, &RunbookPage::runningChanged, this, [this](bool running) {
        if (!running && m_fetched && !m_fetched->time.isValid())
            m_fetched.reset();
        updateStale();
    });
    markLive({m_namespace, m_open, m_pasteToggle, m_fetch, m_paste, m_analyzePaste});
    markLiveOnly({m_namespaceLabel, m_namespace, m_previous, m_watchPanel});
    translate();
}

void AccessLogPage::openFiles()
{
    const QStringList files =
        askOpenFiles(this, QStringLiteral("logs/folder"), tr("Open ingress access logs"),
                     tr("Logs (*.log *.txt *.json *.gz *.xz *.bz2 *.zst);;All files (*)"));
    if (!files.isEmpty())
        analyzeFiles(files);
}

void AccessLogPage::analyzeFiles(const QStringList &paths)
{
    runStep<AccessLogSummary>(
        [paths](TaskControl &control) { return analyzeAccessLogFiles(paths, control); },
        Origin::thisMachine(paths), [] { return tr("Reading…"); });
}

void AccessLogPage::analyzeText(const QByteArray &text)
{
    const QString name = tr("pasted text");
    runStep<AccessLogSummary>(
        [text, name](TaskControl &) -> Result<AccessLogSummary> {
            return analyzeAccessLogText(text, name);
        },
        Origin::thisMachine(), [] { return tr("Reading…"); });
}

void AccessLogPage::setNamespace(const QString &ns)
{
    m_namespace->setText(ns);
}

QString AccessLogPage::namespaceName() const
{
    const QString ns = m_namespace->text().trimmed();
    return ns.isEmpty() ? QStringLiteral("apigee") : ns;
}

void AccessLogPage::fetchFromCluster()
{
    if (isRunning())
        return;
    // A new result is asked for: the old one goes now, not only once the fetch runs, so
    // that a refused plugin never leaves it beside "Not connected".
    clearResult();
    ClusterTarget target = caseModel()->data().cluster;
    target.ns = m_namespace->text().trimmed();
    caseModel()->setCluster(target);
    QSettings().setValue(QStringLiteral("cluster/namespace"), target.ns);
    withClusterConsent(
        this, target,
        [this](const ClusterRequest &request) {
            PodLogOptions options;
            options.previous = m_previous->isChecked();
            m_fetched = FetchInputs{namespaceName(), options.previous, {}};
            runStep<AccessLogSummary>(
                [request, options, restarted = m_restartedPods](TaskControl &control) {
                    QList<IngressPod> pods;
                    Result<AccessLogSummary> summary =
                        fetchIngressLogs(request, options, control, &pods);
                    *restarted =
                        int(std::count_if(pods.cbegin(), pods.cend(), [](const IngressPod &pod) {
                            return pod.restartCounts.value(pod.logContainer()) > 0;
                        }));
                    return summary;
                },
                Origin::cluster(),
                [] { return tr("Reading the ingress pods' logs from the cluster…"); });
        },
        [this] {
            setStatus([] { return tr("Not connected: the credential plugin was not run."); });
        });
}

void AccessLogPage::showResult()
{
    // Pods that restarted hold the log of before the restart too: offered, as kubectl
    // logs --previous.
    m_previous->setVisible(*m_restartedPods > 0 || m_previous->isChecked());
    m_previous->setText(
        tr("Also read the pre&vious logs of the %n restarted pod(s)", nullptr, *m_restartedPods));
    m_previous->setAccessibleName(tr("Also read the previous logs of restarted pods"));
    const AccessLogSummary *summary = caseModel()->result<AccessLogSummary>(Step::Logs);
    // The fetch's inputs belong to the record it made, and to no other.
    const StepRecord *found = record();
    if (m_fetched && !m_fetched->time.isValid() && found &&
        found->origin().kind == Origin::Kind::Cluster && !isRunning())
        m_fetched->time = found->time();
    else if (m_fetched && m_fetched->time.isValid() && (!found || found->time() != m_fetched->time))
        m_fetched.reset();
    updateStale();
    if (!isRunning() && summary)
        setStatus([lines = int(std::min<qint64>(summary->lines, INT_MAX))] {
            return tr("Read %n line(s).", nullptr, lines);
        });
    else if (!isRunning() && statusLabel()->text().isEmpty())
        setStatus([] { return tr("Open or drop the log files here, or paste the text."); });
    m_clients->removeRows(0, m_clients->rowCount());
    m_hosts->removeRows(0, m_hosts->rowCount());
    m_clients->setHorizontalHeaderLabels({tr("Client address"), tr("Refused: no SNI"),
                                          tr("Refused: unknown SNI"), tr("First refused"),
                                          tr("Last refused")});
    m_hosts->setHorizontalHeaderLabels({tr("SNI host"), tr("Records")});
    if (!summary) {
        verdictPanel()->showPlaceholder(isRunning() ? QString()
                                                    : tr("Import a log to get a verdict."));
        showSamples();
        return;
    }
    for (const LogClientStat &client : summary->clients) {
        m_clients->appendRow({textItem(client.address), numberItem(client.nonSniRefused),
                              numberItem(client.unknownSniRefused),
                              textItem(AccessLogText::time(client.firstMs), client.firstMs),
                              textItem(AccessLogText::time(client.lastMs), client.lastMs)});
    }
    for (const LogNameCount &host : summary->sniHosts)
        m_hosts->appendRow({textItem(host.name), numberItem(host.count)});
    m_clientView->resizeColumnsToContents();
    m_hostView->resizeColumnsToContents();

    QString verdict = AccessLogText::verdict(*summary);
    if (summary->records > 0) {
        verdict += QLatin1Char(' ') + tr("%n record(s) from %1 to %2.", nullptr,
                                         int(std::min<qint64>(summary->records, INT_MAX)))
                                          .arg(AccessLogText::time(summary->firstMs),
                                               AccessLogText::time(summary->lastMs));
    }
    showFindings(verdict, summary->findings, AccessLogText::nextStep(*summary));
    showSamples();
}

void AccessLogPage::updateStale()
{
    const bool stale =
        m_fetched && m_fetched->time.isValid() && !isRunning() && !caseModel()->isReview() &&
        (namespaceName() != m_fetched->ns || m_previous->isChecked() != m_fetched->previous);
    verdictPanel()->setStale(stale);
    m_tabs->setEnabled(!stale);
}

void AccessLogPage::showSamples()
{
    const AccessLogSummary *summary = caseModel()->result<AccessLogSummary>(Step::Logs);
    if (!summary) {
        m_samples->clear();
        return;
    }
    const int classFilter =
        m_sampleClass->currentData().isValid() ? m_sampleClass->currentData().toInt() : -1;
    const QString text = m_sampleFilter->text();
    QString html;
    int shown = 0;
    for (const LogSample &sample : summary->samples) {
        if (classFilter == -2 || (classFilter >= 0 && int(sample.logClass) != classFilter))
            continue;
        if (!text.isEmpty() && !sample.text.contains(text, Qt::CaseInsensitive))
            continue;
        ++shown;
        html += QStringLiteral("<p><b>%1</b> — %2<br><code>%3</code></p>")
                    .arg(AccessLogText::className(sample.logClass).toHtmlEscaped(),
                         tr("%1, line %2")
                             .arg(QFileInfo(sample.input).fileName())
                             .arg(sample.line)
                             .toHtmlEscaped(),
                         highlighted(sample.text));
    }
    for (const LogUnparsedLine &line : summary->unparsed) {
        if (classFilter != -2 && classFilter != -1)
            continue;
        if (!text.isEmpty() && !line.excerpt.contains(text, Qt::CaseInsensitive))
            continue;
        ++shown;
        html +=
            QStringLiteral("<p><b>%1</b> — %2<br><code>%3</code></p>")
                .arg(tr("Not a record: %1").arg(AccessLogText::reason(line.reason)).toHtmlEscaped(),
                     tr("%1, line %2")
                         .arg(QFileInfo(line.input).fileName())
                         .arg(line.line)
                         .toHtmlEscaped(),
                     line.excerpt.toHtmlEscaped());
    }
    if (shown == 0)
        html = tr("<i>No sample line matches.</i>");
    m_samples->setHtml(html);
}

// The commands for the case's cluster and this namespace; one logs command per pod
// step 5 listed (POD while none is known).
void AccessLogPage::updateCommands()
{
    KubectlScope scope = caseKubectlScope(caseModel()->data(), defaultKubeconfigFile());
    scope.ns = namespaceName();
    const QString selector = ingressPodSelector(caseModel()->data().cluster);
    QStringList commands{
        kubectlCommand(
            scope, {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-l"), selector}),
        kubectlCommand(scope,
                       {QStringLiteral("logs"), QStringLiteral("-l"), selector,
                        QStringLiteral("--all-containers"), QStringLiteral("--prefix"),
                        QStringLiteral("--timestamps"), QStringLiteral("--tail=-1")},
                       QStringLiteral("ingress.log")),
    };
    QStringList pods = knownPods(caseModel()->data());
    if (pods.isEmpty())
        pods << QStringLiteral("POD");
    for (const QString &pod : std::as_const(pods)) {
        commands << kubectlCommand(scope,
                                   {QStringLiteral("logs"), pod, QStringLiteral("--timestamps")},
                                   pod + QStringLiteral(".log"));
        if (m_previous->isChecked())
            commands << kubectlCommand(scope,
                                       {QStringLiteral("logs"), pod, QStringLiteral("--previous"),
                                        QStringLiteral("--timestamps")},
                                       pod + QStringLiteral(".previous.log"));
    }
    commandBox()->setCommands(commands);
}

void AccessLogPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!isRunning() && !caseModel()->isReview() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void AccessLogPage::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    if (files.isEmpty() || caseModel()->isReview())
        return;
    event->acceptProposedAction();
    analyzeFiles(files);
}

void AccessLogPage::retranslate()
{
    setTexts(tr("Step 2: Find refused clients in the ingress access logs"),
             tr("The ingress gateway logs every connection; a client refused for lack of SNI "
                "shows as \"sni_host\": null with \"filter_chain_not_found\"."));
    intro()->setText(
        tr("Fetch the logs of the apigee-ingressgateway pods with the commands below, "
           "then open the files (plain or compressed), drop them on this page, or paste "
           "the text. SNI Doctor reads them without loading them into memory and lists "
           "the clients that were refused, since when and how often."));
    m_namespaceLabel->setText(tr("Apigee na&mespace:"));
    m_namespace->setAccessibleName(tr("Apigee namespace"));
    m_open->setText(tr("&Open log files…"));
    m_open->setAccessibleName(tr("Open log files"));
    m_pasteToggle->setText(tr("P&aste text…"));
    m_pasteToggle->setAccessibleName(tr("Paste log text"));
    m_fetch->setText(tr("Fetch from the cl&uster"));
    m_previous->setText(
        tr("Also read the pre&vious logs of the %n restarted pod(s)", nullptr, *m_restartedPods));
    m_fetch->setAccessibleName(tr("Fetch the ingress pods' logs from the cluster"));
    m_fetch->setToolTip(
        tr("Uses the kubeconfig and context of step 5 (else kubectl's), and the namespace above."));
    m_paste->setPlaceholderText(tr("Paste the output of kubectl logs here."));
    m_paste->setAccessibleName(tr("Pasted log text"));
    m_analyzePaste->setText(tr("Anal&yze pasted text"));
    m_analyzePaste->setAccessibleName(tr("Analyze pasted text"));
    stopButton()->setAccessibleName(tr("Stop reading the logs"));
    m_tabs->setTabText(0, tr("Refused clients"));
    m_tabs->setTabText(1, tr("SNI hosts"));
    m_tabs->setTabText(2, tr("Sample lines"));
    m_clientView->setAccessibleName(tr("Refused clients"));
    m_hostView->setAccessibleName(tr("SNI hosts"));
    m_samples->setAccessibleName(tr("Sample lines"));
    m_sampleFilter->setPlaceholderText(tr("Filter the sample lines"));
    m_sampleFilter->setAccessibleName(tr("Filter the sample lines"));
    m_sampleClass->setAccessibleName(tr("Kind of line"));
    const int current = m_sampleClass->currentIndex();
    m_sampleClass->blockSignals(true);
    m_sampleClass->clear();
    m_sampleClass->addItem(tr("All lines"), -1);
    for (int i = 0; i < kLogClassCount; ++i)
        m_sampleClass->addItem(AccessLogText::className(LogClass(i)), i);
    m_sampleClass->addItem(tr("Not records"), -2);
    m_sampleClass->setCurrentIndex(std::max(0, current));
    m_sampleClass->blockSignals(false);
    updateCommands();
    showResult();
}

} // namespace SniDoctor
