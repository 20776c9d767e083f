#include "accesslogpage.h"

#include "accesslog/accessloganalyzer.h"
#include "accesslog/accesslogtext.h"
#include "cluster/clusterfetch.h"
#include "commandbox.h"
#include "filedialogs.h"
#include "pluginconsent.h"
#include "reviewmode.h"
#include "session/casesession.h"
#include "verdictpanel.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace SniDoctor {

namespace {

QStandardItem *numberItem(qint64 value)
{
    auto *item = new QStandardItem;
    item->setData(value, Qt::DisplayRole); // a number, so that the column sorts as one
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableView *makeTable(QStandardItemModel *model, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::DisplayRole);
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
    html.replace(
        fields,
        QStringLiteral("<span style=\"background-color: rgba(255, 193, 7, 0.35);\">\\1</span>"));
    return html;
}

} // namespace

AccessLogPage::AccessLogPage(CaseSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_intro(new QLabel)
    , m_namespaceLabel(new QLabel)
    , m_namespace(new QLineEdit)
    , m_commands(new CommandBox)
    , m_open(new QPushButton)
    , m_pasteToggle(new QPushButton)
    , m_fetch(new QPushButton)
    , m_paste(new QPlainTextEdit)
    , m_analyzePaste(new QPushButton)
    , m_cancel(new QPushButton)
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_verdict(new VerdictPanel(QStringLiteral("logs")))
    , m_tabs(new QTabWidget)
    , m_clients(new QStandardItemModel(this))
    , m_hosts(new QStandardItemModel(this))
    , m_samplesTab(new QWidget)
    , m_sampleClass(new QComboBox)
    , m_sampleFilter(new QLineEdit)
    , m_samples(new QTextBrowser)
{
    setObjectName(QStringLiteral("accessLogPage"));
    setAcceptDrops(true);
    m_namespace->setObjectName(QStringLiteral("logsNamespace"));
    m_open->setObjectName(QStringLiteral("logsOpen"));
    m_paste->setObjectName(QStringLiteral("logsPaste"));
    m_analyzePaste->setObjectName(QStringLiteral("logsAnalyzePaste"));
    m_fetch->setObjectName(QStringLiteral("logsFetch"));
    m_cancel->setObjectName(QStringLiteral("logsCancel"));
    m_status->setObjectName(QStringLiteral("logsStatus"));
    m_commands->setObjectName(QStringLiteral("logsCommands"));
    m_sampleClass->setObjectName(QStringLiteral("logsSampleClass"));
    m_sampleClass->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sampleFilter->setObjectName(QStringLiteral("logsSampleFilter"));
    m_samples->setObjectName(QStringLiteral("logsSamples"));

    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_namespaceLabel->setBuddy(m_namespace);
    m_namespace->setText(QSettings()
                             .value(QStringLiteral("cluster/namespace"), QStringLiteral("apigee"))
                             .toString());
    m_namespace->setMaximumWidth(220);
    m_paste->setVisible(false);
    m_analyzePaste->setVisible(false);
    m_paste->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_paste->setMinimumHeight(120);
    m_progress->setMaximumHeight(8);
    m_progress->setTextVisible(false);
    for (QPushButton *button : {m_open, m_pasteToggle, m_fetch, m_analyzePaste, m_cancel})
        button->setAutoDefault(false);

    m_clientView = makeTable(m_clients, this);
    m_clientView->setObjectName(QStringLiteral("logsClients"));
    m_hostView = makeTable(m_hosts, this);
    m_hostView->setObjectName(QStringLiteral("logsHosts"));
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
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_open);
    actions->addWidget(m_pasteToggle);
    actions->addWidget(m_fetch);
    actions->addWidget(m_cancel);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_status, 2);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->addWidget(m_intro);
    layout->addLayout(namespaceRow);
    layout->addWidget(m_commands);
    layout->addLayout(actions);
    layout->addWidget(m_paste);
    layout->addWidget(m_analyzePaste, 0, Qt::AlignLeft);
    layout->addWidget(m_verdict);
    layout->addWidget(m_tabs, 1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_namespace, &QLineEdit::textChanged, this, &AccessLogPage::updateCommands);
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
    connect(m_cancel, &QPushButton::clicked, this, &AccessLogPage::cancelAnalysis);
    connect(m_fetch, &QPushButton::clicked, this, &AccessLogPage::fetchFromCluster);
    connect(m_sampleClass, &QComboBox::currentIndexChanged, this, &AccessLogPage::showSamples);
    connect(m_sampleFilter, &QLineEdit::textChanged, this, &AccessLogPage::showSamples);
    m_task = std::make_unique<PageTask<AccessLogSummary>>(this, m_progress, m_cancel,
                                                          [this] { finished(); });
    markLive({m_namespace, m_open, m_pasteToggle, m_fetch, m_paste, m_analyzePaste});
    connect(m_session, &CaseSession::loaded, this, &AccessLogPage::showSummary);
    retranslate();
}

bool AccessLogPage::isComplete() const
{
    return !isRunning();
}

void AccessLogPage::cleanupPage()
{
    cancelAnalysis();
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
    start([paths](TaskControl &control) { return analyzeAccessLogFiles(paths, control); });
}

void AccessLogPage::analyzeText(const QByteArray &text)
{
    const QString name = tr("pasted text");
    start([text, name](TaskControl &) -> Result<AccessLogSummary> {
        return analyzeAccessLogText(text, name);
    });
}

void AccessLogPage::setNamespace(const QString &ns)
{
    m_namespace->setText(ns);
}

void AccessLogPage::fetchFromCluster()
{
    if (isRunning())
        return;
    QSettings settings;
    ClusterRequest request{settings.value(QStringLiteral("cluster/kubeconfig")).toString(),
                           settings.value(QStringLiteral("cluster/context")).toString(),
                           m_namespace->text().trimmed(), false};
    settings.setValue(QStringLiteral("cluster/namespace"), request.ns);
    const auto begin = [this](ClusterRequest agreed) {
        start([agreed](TaskControl &control) { return fetchIngressLogs(agreed, 0, control); });
        m_status->setText(tr("Reading the ingress pods' logs from the cluster…"));
    };
    const QString command = pluginCommand(request);
    if (command.isEmpty()) {
        begin(request);
        return;
    }
    request.runPlugin = true;
    askPluginConsent(
        this, request.kubeconfig, command, [begin, request] { begin(request); },
        [this] { m_status->setText(tr("Not connected: the credential plugin was not run.")); });
}

void AccessLogPage::start(PageTask<AccessLogSummary>::Work work)
{
    if (!m_task->start(std::move(work)))
        return;
    m_error = {};
    m_open->setEnabled(false);
    m_fetch->setEnabled(false);
    m_analyzePaste->setEnabled(false);
    m_status->setText(tr("Reading…"));
    Q_EMIT runningChanged(true);
    Q_EMIT completeChanged();
}

void AccessLogPage::cancelAnalysis()
{
    if (!isRunning())
        return;
    m_task->cancel();
    m_status->setText(tr("Canceling…"));
}

void AccessLogPage::finished()
{
    m_open->setEnabled(true);
    m_fetch->setEnabled(true);
    m_analyzePaste->setEnabled(true);
    if (const auto result = m_task->result()) {
        if (*result)
            m_session->setAccessLogSummary(result->value());
        else
            m_error = result->error();
    }
    showSummary();
    Q_EMIT runningChanged(false);
    Q_EMIT completeChanged();
}

void AccessLogPage::showSummary()
{
    const auto &summary = m_session->accessLogSummary();
    if (!isRunning()) {
        if (!m_error.message.isEmpty())
            m_status->setText(m_error.message);
        else if (m_task->wasCanceled())
            m_status->setText(tr("Canceled: no result."));
        else if (summary)
            m_status->setText(
                tr("Read %n line(s).", nullptr, int(std::min<qint64>(summary->lines, INT_MAX))));
        else
            m_status->setText(tr("Open or drop the log files here, or paste the text."));
    }
    m_clients->removeRows(0, m_clients->rowCount());
    m_hosts->removeRows(0, m_hosts->rowCount());
    m_clients->setHorizontalHeaderLabels({tr("Client address"), tr("Refused: no SNI"),
                                          tr("Refused: unknown SNI"), tr("First refused"),
                                          tr("Last refused")});
    m_hosts->setHorizontalHeaderLabels({tr("SNI host"), tr("Records")});
    if (!summary) {
        m_verdict->showPlaceholder(isRunning() ? QString() : tr("Import a log to get a verdict."));
        showSamples();
        return;
    }
    for (const LogClientStat &client : summary->clients) {
        m_clients->appendRow({new QStandardItem(client.address), numberItem(client.nonSniRefused),
                              numberItem(client.unknownSniRefused),
                              new QStandardItem(AccessLogText::time(client.firstMs)),
                              new QStandardItem(AccessLogText::time(client.lastMs))});
    }
    for (const LogNameCount &host : summary->sniHosts)
        m_hosts->appendRow({new QStandardItem(host.name), numberItem(host.count)});
    m_clientView->resizeColumnsToContents();
    m_hostView->resizeColumnsToContents();

    QList<VerdictPanel::Item> items;
    for (const Finding &finding : summary->findings)
        items << VerdictPanel::Item{AccessLogText::title(finding), AccessLogText::detail(finding)};
    QString verdict = AccessLogText::verdict(*summary);
    if (summary->records > 0) {
        verdict += QLatin1Char(' ') + tr("%n record(s) from %1 to %2.", nullptr,
                                         int(std::min<qint64>(summary->records, INT_MAX)))
                                          .arg(AccessLogText::time(summary->firstMs),
                                               AccessLogText::time(summary->lastMs));
    }
    m_verdict->showVerdict(verdict, leadingFinding(summary->findings), items,
                           AccessLogText::nextStep(*summary));
    showSamples();
}

void AccessLogPage::showSamples()
{
    const auto &summary = m_session->accessLogSummary();
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

void AccessLogPage::updateCommands()
{
    QString ns = m_namespace->text().trimmed();
    if (ns.isEmpty())
        ns = QStringLiteral("apigee");
    m_commands->setCommands({
        QStringLiteral("kubectl -n %1 get pods -l app=apigee-ingressgateway").arg(ns),
        QStringLiteral("kubectl -n %1 logs -l app=apigee-ingressgateway --all-containers --prefix "
                       "--timestamps --tail=-1 > ingress.log")
            .arg(ns),
        QStringLiteral("kubectl -n %1 logs POD --timestamps > POD.log").arg(ns),
    });
}

void AccessLogPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!isRunning() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void AccessLogPage::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    analyzeFiles(files);
}

void AccessLogPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void AccessLogPage::retranslate()
{
    setTitle(tr("Step 2: Find refused clients in the ingress access logs"));
    setSubTitle(tr("The ingress gateway logs every connection; a client refused for lack of SNI "
                   "shows as \"sni_host\": null with \"filter_chain_not_found\"."));
    m_intro->setText(
        tr("Fetch the logs of the apigee-ingressgateway pods with the commands below, "
           "then open the files (plain or compressed), drop them on this page, or paste "
           "the text. SNI Doctor reads them without loading them into memory and lists "
           "the clients that were refused, since when and how often."));
    m_namespaceLabel->setText(tr("Apigee &namespace:"));
    m_namespace->setAccessibleName(tr("Apigee namespace"));
    m_open->setText(tr("&Open log files…"));
    m_open->setAccessibleName(tr("Open log files"));
    m_pasteToggle->setText(tr("P&aste text…"));
    m_pasteToggle->setAccessibleName(tr("Paste log text"));
    m_fetch->setText(tr("Fetch from the cl&uster"));
    m_fetch->setAccessibleName(tr("Fetch the ingress pods' logs from the cluster"));
    m_fetch->setToolTip(
        tr("Uses the kubeconfig and context of step 5 (else kubectl's), and the namespace above."));
    m_paste->setPlaceholderText(tr("Paste the output of kubectl logs here."));
    m_paste->setAccessibleName(tr("Pasted log text"));
    m_analyzePaste->setText(tr("Anal&yze pasted text"));
    m_analyzePaste->setAccessibleName(tr("Analyze pasted text"));
    m_cancel->setText(tr("&Stop"));
    m_cancel->setAccessibleName(tr("Stop reading the logs"));
    m_progress->setAccessibleName(tr("Reading progress"));
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
    showSummary();
}

} // namespace SniDoctor
