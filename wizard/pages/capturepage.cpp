#include "capturepage.h"

#include "capture/captureanalyzer.h"
#include "capture/capturetext.h"
#include "commandbox.h"
#include "filedialogs.h"
#include "reviewmode.h"
#include "session/casesession.h"
#include "verdictpanel.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace SniDoctor {

namespace {

enum Column
{
    ColumnFrame,
    ColumnTime,
    ColumnClient,
    ColumnServer,
    ColumnSni,
    ColumnVersions,
    ColumnAlpn,
    ColumnJa4,
    ColumnReaction,
    ColumnReactionFrame,
    ColumnDelay,
    ColumnCount
};
enum Filter
{
    FilterAll,
    FilterWithoutSni,
    FilterReset,
    FilterIncomplete
};
constexpr int kKindRole = Qt::UserRole + 1; // bit 1: without SNI, bit 2: reset, bit 4: incomplete

QStandardItem *number(qint64 value)
{
    auto *item = new QStandardItem;
    item->setData(value, Qt::DisplayRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString describe(const CaptureHello &hello)
{
    return CapturePage::tr(
               "Frame %1, %2\n%3 → %4\nSNI: %5\nVersions: %6\nALPN: %7\nCipher suites: %8\n"
               "JA4: %9\nAnswer: %10")
        .arg(hello.frame)
        .arg(captureTimeIso(hello.timeUs), hello.client, hello.server,
             hello.sni.isEmpty() ? CapturePage::tr("(none: no server_name extension)") : hello.sni,
             hello.versions, hello.alpn.isEmpty() ? CapturePage::tr("(none)") : hello.alpn)
        .arg(hello.cipherCount)
        .arg(hello.ja4, CaptureText::reaction(hello));
}

class KindFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setKind(int kind)
    {
        m_kind = kind;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_kind == FilterAll)
            return true;
        const int bits = sourceModel()->index(row, 0, parent).data(kKindRole).toInt();
        const int wanted = m_kind == FilterWithoutSni ? 1 : m_kind == FilterReset ? 2 : 4;
        return (bits & wanted) != 0;
    }

private:
    int m_kind = FilterAll;
};

} // namespace

CapturePage::CapturePage(CaseSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_intro(new QLabel)
    , m_where(new QLabel)
    , m_clientLabel(new QLabel)
    , m_client(new QLineEdit)
    , m_commands(new CommandBox)
    , m_open(new QPushButton)
    , m_cancel(new QPushButton)
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_verdict(new VerdictPanel(QStringLiteral("capture")))
    , m_filter(new QComboBox)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_proxy(new KindFilter(this))
    , m_table(new QTableView)
    , m_compareLabel(new QLabel)
    , m_withSni(new QPlainTextEdit)
    , m_withoutSni(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("capturePage"));
    setAcceptDrops(true);
    m_client->setObjectName(QStringLiteral("captureClient"));
    m_open->setObjectName(QStringLiteral("captureOpen"));
    m_cancel->setObjectName(QStringLiteral("captureCancel"));
    m_status->setObjectName(QStringLiteral("captureStatus"));
    m_commands->setObjectName(QStringLiteral("captureCommands"));
    m_filter->setObjectName(QStringLiteral("captureFilter"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_table->setObjectName(QStringLiteral("captureHellos"));
    m_withSni->setObjectName(QStringLiteral("captureWithSni"));
    m_withoutSni->setObjectName(QStringLiteral("captureWithoutSni"));

    for (QLabel *label : {m_intro, m_where, m_status, m_compareLabel})
        label->setWordWrap(true);
    m_clientLabel->setBuddy(m_client);
    m_client->setMaximumWidth(260);
    m_client->setText(QSettings().value(QStringLiteral("capture/client")).toString());
    m_progress->setMaximumHeight(8);
    m_progress->setTextVisible(false);
    for (QPushButton *button : {m_open, m_cancel})
        button->setAutoDefault(false);
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ColumnFrame, Qt::AscendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    m_table->setMinimumHeight(180);
    for (QPlainTextEdit *text : {m_withSni, m_withoutSni}) {
        text->setReadOnly(true);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        text->setMinimumHeight(170);
        text->setTabChangesFocus(true);
    }

    auto *clientRow = new QHBoxLayout;
    clientRow->addWidget(m_clientLabel);
    clientRow->addWidget(m_client);
    clientRow->addStretch(1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_open);
    actions->addWidget(m_cancel);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_status, 2);
    auto *compare = new QHBoxLayout;
    compare->addWidget(m_withSni);
    compare->addWidget(m_withoutSni);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_where);
    layout->addLayout(clientRow);
    layout->addWidget(m_commands);
    layout->addLayout(actions);
    layout->addWidget(m_verdict);
    layout->addWidget(m_filter, 0, Qt::AlignLeft);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_compareLabel);
    layout->addLayout(compare);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_client, &QLineEdit::textChanged, this, &CapturePage::updateCommands);
    connect(m_client, &QLineEdit::editingFinished, this, [this] {
        QSettings().setValue(QStringLiteral("capture/client"), m_client->text().trimmed());
    });
    connect(m_open, &QPushButton::clicked, this, &CapturePage::openFile);
    connect(m_cancel, &QPushButton::clicked, this, &CapturePage::cancelAnalysis);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &CapturePage::applyFilter);
    m_task = std::make_unique<PageTask<CaptureSummary>>(this, m_progress, m_cancel,
                                                        [this] { finished(); });
    markLive({m_open});
    connect(m_session, &CaseSession::loaded, this, &CapturePage::showSummary);
    retranslate();
}

bool CapturePage::isComplete() const
{
    return !isRunning();
}

void CapturePage::cleanupPage()
{
    cancelAnalysis();
}

void CapturePage::openFile()
{
    const QString file =
        askOpenFile(this, QStringLiteral("capture/folder"), tr("Open a packet capture"),
                    tr("Captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)"));
    if (!file.isEmpty())
        analyzeFile(file);
}

void CapturePage::analyzeFile(const QString &path)
{
    if (!m_task->start([path](TaskControl &control) { return analyzeCapture(path, control); }))
        return;
    m_error = {};
    m_open->setEnabled(false);
    m_status->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    Q_EMIT runningChanged(true);
    Q_EMIT completeChanged();
}

void CapturePage::cancelAnalysis()
{
    if (!isRunning())
        return;
    m_task->cancel();
    m_status->setText(tr("Canceling…"));
}

void CapturePage::finished()
{
    m_open->setEnabled(true);
    if (const auto result = m_task->result()) {
        if (*result)
            m_session->setCaptureSummary(result->value());
        else
            m_error = result->error();
    }
    showSummary();
    Q_EMIT runningChanged(false);
    Q_EMIT completeChanged();
}

void CapturePage::showSummary()
{
    const auto &summary = m_session->captureSummary();
    if (!isRunning()) {
        if (!m_error.message.isEmpty())
            m_status->setText(m_error.message);
        else if (m_task->wasCanceled())
            m_status->setText(tr("Canceled: no result."));
        else if (summary)
            m_status->setText(
                tr("%1: %n packet(s).", nullptr, int(std::min<qint64>(summary->packets, INT_MAX)))
                    .arg(QFileInfo(summary->file).fileName()));
        else
            m_status->setText(tr("Open or drop a capture file (pcap or pcapng) here."));
    }
    m_model->removeRows(0, m_model->rowCount());
    m_model->setHorizontalHeaderLabels({tr("Frame"), tr("Time (UTC)"), tr("Client"), tr("Server"),
                                        tr("SNI"), tr("Versions"), tr("ALPN"),
                                        QStringLiteral("JA4"), tr("Server's answer"),
                                        tr("Answer frame"), tr("Delay (ms)")});
    m_withSni->clear();
    m_withoutSni->clear();
    m_compareLabel->clear();
    if (!summary) {
        m_verdict->showPlaceholder(isRunning() ? QString()
                                               : tr("Import a capture to get a verdict."));
        return;
    }
    const CaptureHello *exampleWith = nullptr;
    const CaptureHello *exampleWithout = nullptr;
    for (const CaptureHello &hello : summary->hellos) {
        const bool noSni = hello.complete && hello.sni.isEmpty();
        const int kind = (noSni ? 1 : 0) | (hello.reaction == ServerReaction::Rst ? 2 : 0) |
                         (!hello.complete ? 4 : 0);
        auto *frame = number(hello.frame);
        frame->setData(kind, kKindRole);
        QString sni = hello.sni;
        if (!hello.complete)
            sni = tr("(incomplete: %1)").arg(CaptureText::incompleteReason(hello.incompleteReason));
        else if (noSni)
            sni = tr("(none)");
        auto *sniItem = new QStandardItem(sni);
        if (noSni) {
            QFont bold = sniItem->font();
            bold.setBold(true);
            sniItem->setFont(bold);
        }
        auto *delay = new QStandardItem;
        if (hello.delayMs >= 0)
            delay->setData(hello.delayMs, Qt::DisplayRole);
        m_model->appendRow(
            {frame, new QStandardItem(captureTimeIso(hello.timeUs)),
             new QStandardItem(hello.client), new QStandardItem(hello.server), sniItem,
             new QStandardItem(hello.versions), new QStandardItem(hello.alpn),
             new QStandardItem(hello.ja4), new QStandardItem(CaptureText::reaction(hello)),
             hello.reactionFrame > 0 ? number(hello.reactionFrame) : new QStandardItem, delay});
        if (hello.complete && !hello.sni.isEmpty() && !exampleWith)
            exampleWith = &hello;
        if (noSni && !exampleWithout)
            exampleWithout = &hello;
    }
    m_table->resizeColumnsToContents();
    if (exampleWith && exampleWithout) {
        m_compareLabel->setText(tr("One ClientHello with SNI and one without, side by side:"));
        m_withSni->setPlainText(describe(*exampleWith));
        m_withoutSni->setPlainText(describe(*exampleWithout));
    }
    m_withSni->setVisible(exampleWith && exampleWithout);
    m_withoutSni->setVisible(exampleWith && exampleWithout);

    QList<VerdictPanel::Item> items;
    for (const Finding &finding : summary->findings)
        items << VerdictPanel::Item{CaptureText::title(finding), CaptureText::detail(finding)};
    QString next = CaptureText::nextStep(*summary);
    const QString wireshark = CaptureText::wiresharkHint(*summary);
    if (!wireshark.isEmpty())
        next += QLatin1Char(' ') + wireshark;
    m_verdict->showVerdict(CaptureText::verdict(*summary), leadingFinding(summary->findings), items,
                           next);
    applyFilter();
}

void CapturePage::applyFilter()
{
    static_cast<KindFilter *>(m_proxy)->setKind(m_filter->currentIndex());
}

void CapturePage::updateCommands()
{
    QString client = m_client->text().trimmed();
    QHostAddress address;
    if (client.isEmpty() || !address.setAddress(client))
        client = QStringLiteral("CLIENT_IP");
    m_commands->setCommands({
        QStringLiteral("kubectl -n apigee get pods -l app=apigee-ingressgateway -o wide"),
        QStringLiteral("gcloud compute ssh NODE"),
        QStringLiteral("toolbox apt-get install -y tcpdump"),
        QStringLiteral("tcpdump -n -i any -s 0 'host %1' -w /tmp/sni-doctor.pcap").arg(client),
    });
}

void CapturePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!isRunning() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void CapturePage::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            analyzeFile(url.toLocalFile());
            return;
        }
    }
}

void CapturePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void CapturePage::retranslate()
{
    setTitle(tr("Step 3: Read a packet capture"));
    setSubTitle(
        tr("The most precise evidence: each ClientHello shows whether the client sent SNI, and the "
           "next packet shows what the ingress did about it."));
    m_intro->setText(
        tr("Capture the client's traffic where it reaches the ingress, then open the file here. "
           "SNI Doctor finds every TLS ClientHello (whatever the port), puts together those "
           "split over several packets, and tells which carry no server name and whether the "
           "ingress answered with a certificate or a TCP reset."));
    m_where->setText(tr(
        "Where: on the node that runs the apigee-ingressgateway pod (the NODE column of the first "
        "command). On GKE, connect with gcloud compute ssh and run tcpdump inside toolbox. Stop "
        "it with Ctrl+C after the client has failed once, and copy the file to this machine."));
    m_clientLabel->setText(tr("Client &IP address:"));
    m_client->setPlaceholderText(tr("e.g. 10.138.0.28"));
    m_client->setAccessibleName(tr("Client IP address"));
    m_open->setText(tr("&Open capture…"));
    m_open->setAccessibleName(tr("Open a capture file"));
    m_cancel->setText(tr("&Stop"));
    m_cancel->setAccessibleName(tr("Stop reading the capture"));
    m_progress->setAccessibleName(tr("Reading progress"));
    m_table->setAccessibleName(tr("ClientHellos in the capture"));
    m_withSni->setAccessibleName(tr("A ClientHello with SNI"));
    m_withoutSni->setAccessibleName(tr("A ClientHello without SNI"));
    m_filter->setAccessibleName(tr("Show"));
    const int current = m_filter->currentIndex();
    m_filter->blockSignals(true);
    m_filter->clear();
    m_filter->addItems(
        {tr("All ClientHellos"), tr("Without SNI"), tr("Reset by the server"), tr("Incomplete")});
    m_filter->setCurrentIndex(std::max(0, current));
    m_filter->blockSignals(false);
    updateCommands();
    showSummary();
}

} // namespace SniDoctor
