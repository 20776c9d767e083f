#include "capturepage.h"

#include "capture/captureanalyzer.h"
#include "capture/capturetext.h"
#include "case/carryforward.h"
#include "case/casemodel.h"
#include "commandbox.h"
#include "core/shellquote.h"
#include "filedialogs.h"
#include "verdictpanel.h"

#include <QApplication>
#include <QClipboard>
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
#include <QPushButton>
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

CapturePage::CapturePage(CaseModel *model, QWidget *parent)
    : StepPage(Step::Capture, model, parent)
    , m_where(new QLabel)
    , m_clientLabel(new QLabel)
    , m_client(new QLineEdit)
    , m_open(new QPushButton)
    , m_clientWarning(new QLabel)
    , m_wiresharkLabel(new QLabel)
    , m_wiresharkFilter(new QLineEdit)
    , m_copyFilter(new QPushButton)
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
    m_clientWarning->setObjectName(QStringLiteral("captureClientWarning"));
    m_clientWarning->setWordWrap(true);
    m_clientWarning->hide();
    m_filter->setObjectName(QStringLiteral("captureFilter"));
    m_wiresharkFilter->setObjectName(QStringLiteral("captureWiresharkFilter"));
    m_copyFilter->setObjectName(QStringLiteral("captureCopyFilter"));
    m_wiresharkLabel->setBuddy(m_wiresharkFilter);
    m_wiresharkFilter->setReadOnly(true);
    m_wiresharkFilter->setText(CaptureText::wiresharkFilter());
    m_wiresharkFilter->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copyFilter->setAutoDefault(false);
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_table->setObjectName(QStringLiteral("captureHellos"));
    m_withSni->setObjectName(QStringLiteral("captureWithSni"));
    m_withoutSni->setObjectName(QStringLiteral("captureWithoutSni"));

    for (QLabel *label : {m_where, m_compareLabel})
        label->setWordWrap(true);
    m_clientLabel->setBuddy(m_client);
    m_client->setMaximumWidth(260);
    m_client->setText(QSettings().value(QStringLiteral("capture/client")).toString());
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
    auto *compare = new QHBoxLayout;
    compare->addWidget(m_withSni);
    compare->addWidget(m_withoutSni);

    content()->addWidget(intro());
    content()->addWidget(m_where);
    content()->addLayout(clientRow);
    content()->addWidget(commandBox());
    addTaskRow({m_open});
    content()->addWidget(m_clientWarning);
    content()->addWidget(verdictPanel());
    // Shown with a capture that has ClientHellos without SNI: to find them in Wireshark.
    auto *wiresharkRow = new QHBoxLayout;
    wiresharkRow->addWidget(m_wiresharkLabel);
    wiresharkRow->addWidget(m_wiresharkFilter, 1);
    wiresharkRow->addWidget(m_copyFilter);
    content()->addLayout(wiresharkRow);
    content()->addWidget(m_filter, 0, Qt::AlignLeft);
    content()->addWidget(m_table, 1);
    content()->addWidget(m_compareLabel);
    content()->addLayout(compare);

    connect(m_client, &QLineEdit::textChanged, this, [this] {
        updateCommands();
        showClientWarning();
    });
    // Step 2's refused client is the one to capture, unless the user typed another.
    connect(model, &CaseModel::stepChanged, this, [this](Step changed) {
        if (changed == Step::Logs)
            takeClientFromLogs();
    });
    connect(model, &CaseModel::changed, this, &CapturePage::updateCommands);
    // A review shows the client the collected files name (step 2), never the reviewer's own.
    connect(model, &CaseModel::loaded, this, [this] {
        if (caseModel()->isReview())
            m_client->setText(knownClientIp(caseModel()->data()));
        showClientWarning();
    });
    connect(m_client, &QLineEdit::editingFinished, this, [this] {
        QSettings().setValue(QStringLiteral("capture/client"), m_client->text().trimmed());
    });
    connect(m_open, &QPushButton::clicked, this, &CapturePage::openFile);
    connect(m_copyFilter, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_wiresharkFilter->text()); });
    connect(m_filter, &QComboBox::currentIndexChanged, this, &CapturePage::applyFilter);
    markLive({m_open});
    markLiveOnly({m_where});
    takeClientFromLogs();
    translate();
}

void CapturePage::takeClientFromLogs()
{
    const QString client = knownClientIp(caseModel()->data());
    if (!client.isEmpty() && !m_client->isModified())
        m_client->setText(client);
}

// Said when the capture holds no ClientHello of the client named above: it was taken
// where that client's traffic does not pass, or while the client did not connect.
void CapturePage::showClientWarning()
{
    const CaptureSummary *summary = caseModel()->result<CaptureSummary>(Step::Capture);
    const QString client = m_client->text().trimmed();
    const bool missing = summary && !QHostAddress(client).isNull() &&
                         captureHasClient(*summary, client) == std::optional<bool>(false);
    const QString warning =
        caseModel()->isReview()
            ? tr("Warning: no TLS connection of %1 is in this capture. Ask the admin for a capture "
                 "taken on the node of the ingress pod that client reaches, while it fails.")
            : tr("Warning: no TLS connection of %1 is in this capture. Capture on the node of "
                 "the ingress pod that client reaches, while it fails, with the tcpdump "
                 "command above.");
    m_clientWarning->setText(missing ? warning.arg(client) : QString());
    m_clientWarning->setVisible(missing);
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
    runStep<CaptureSummary>(
        [path](TaskControl &control) { return analyzeCapture(path, control); },
        Origin::thisMachine({path}),
        [name = QFileInfo(path).fileName()] { return tr("Reading %1…").arg(name); });
}

void CapturePage::showResult()
{
    const CaptureSummary *summary = caseModel()->result<CaptureSummary>(Step::Capture);
    if (!isRunning() && summary)
        setStatus([name = QFileInfo(summary->file).fileName(),
                   packets = int(std::min<qint64>(summary->packets, INT_MAX))] {
            return tr("%1: %n packet(s).", nullptr, packets).arg(name);
        });
    else if (!isRunning() && statusLabel()->text().isEmpty())
        setStatus([] { return tr("Open or drop a capture file (pcap or pcapng) here."); });
    m_model->removeRows(0, m_model->rowCount());
    m_model->setHorizontalHeaderLabels({tr("Frame"), tr("Time (UTC)"), tr("Client"), tr("Server"),
                                        tr("SNI"), tr("Versions"), tr("ALPN"),
                                        QStringLiteral("JA4"), tr("Server's answer"),
                                        tr("Answer frame"), tr("Delay (ms)")});
    m_withSni->clear();
    m_withoutSni->clear();
    m_compareLabel->clear();
    showClientWarning();
    const bool withoutSni = summary && !CaptureText::wiresharkHint(*summary).isEmpty();
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_wiresharkLabel, m_wiresharkFilter, m_copyFilter})
        widget->setVisible(withoutSni);
    if (!summary) {
        verdictPanel()->showPlaceholder(isRunning() ? QString()
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

    QString next = CaptureText::nextStep(*summary);
    const QString wireshark = CaptureText::wiresharkHint(*summary);
    if (!wireshark.isEmpty())
        next += QLatin1Char(' ') + wireshark;
    showFindings(CaptureText::verdict(*summary), summary->findings, next);
    applyFilter();
}

void CapturePage::applyFilter()
{
    static_cast<KindFilter *>(m_proxy)->setKind(m_filter->currentIndex());
}

void CapturePage::updateCommands()
{
    QString client = m_client->text().trimmed();
    if (QHostAddress(client).isNull())
        client = QStringLiteral("CLIENT_IP");
    const CaseData &data = caseModel()->data();
    commandBox()->setCommands({
        kubectlCommand(caseKubectlScope(data, defaultKubeconfigFile()),
                       {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-l"),
                        ingressPodSelector(data.cluster), QStringLiteral("-o"),
                        QStringLiteral("wide")}),
        QStringLiteral("gcloud compute ssh NODE"),
        QStringLiteral("toolbox apt-get install -y tcpdump"),
        QStringLiteral("tcpdump -n -i any -s 0 %1 -w /tmp/sni-doctor.pcap")
            .arg(shellQuote(QStringLiteral("host ") + client)),
    });
}

void CapturePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!isRunning() && !caseModel()->isReview() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void CapturePage::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && !caseModel()->isReview()) {
            event->acceptProposedAction();
            analyzeFile(url.toLocalFile());
            return;
        }
    }
}

void CapturePage::retranslate()
{
    setTexts(tr("Step 3: Read a packet capture"),
             tr("The most precise evidence: each ClientHello shows whether the client sent SNI, "
                "and the next packet shows what the ingress did about it."));
    intro()->setText(
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
    stopButton()->setAccessibleName(tr("Stop reading the capture"));
    m_table->setAccessibleName(tr("ClientHellos in the capture"));
    m_withSni->setAccessibleName(tr("A ClientHello with SNI"));
    m_withoutSni->setAccessibleName(tr("A ClientHello without SNI"));
    m_filter->setAccessibleName(tr("Show"));
    m_wiresharkLabel->setText(tr("Wireshark &display filter:"));
    m_wiresharkFilter->setAccessibleName(
        tr("Wireshark display filter for ClientHellos without SNI"));
    m_copyFilter->setText(tr("Copy fil&ter"));
    m_copyFilter->setAccessibleName(tr("Copy the Wireshark display filter"));
    m_copyFilter->setToolTip(tr("Copy the display filter to the clipboard, to paste it into "
                                "Wireshark's filter bar"));
    const int current = m_filter->currentIndex();
    m_filter->blockSignals(true);
    m_filter->clear();
    m_filter->addItems(
        {tr("All ClientHellos"), tr("Without SNI"), tr("Reset by the server"), tr("Incomplete")});
    m_filter->setCurrentIndex(std::max(0, current));
    m_filter->blockSignals(false);
    updateCommands();
    showResult();
}

} // namespace SniDoctor
