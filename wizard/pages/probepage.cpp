#include "probepage.h"

#include "probe/endpointinput.h"

#include "case/carryforward.h"
#include "case/casemodel.h"
#include "commandbox.h"
#include "probe/probetext.h"
#include "probematrixview.h"
#include "statusicon.h"
#include "tableheight.h"
#include "verdictpanel.h"

#include <QCompleter>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace SniDoctor {

namespace {

enum Column
{
    ColumnSni,
    ColumnOutcome,
    ColumnProtocol,
    ColumnCertificate,
    ColumnBytes,
    ColumnTime,
    ColumnCount
};

QString commonName(const QString &subject)
{
    for (const QString &part : subject.split(QLatin1Char(','))) {
        if (part.startsWith(QLatin1String("CN=")))
            return part.mid(3);
    }
    return subject;
}

} // namespace

ProbePage::ProbePage(CaseModel *model, QWidget *parent)
    : StepPage(Step::Probe, model, parent)
    , m_hostLabel(new QLabel)
    , m_host(new QLineEdit)
    , m_hostNote(new QLabel)
    , m_portLabel(new QLabel)
    , m_port(new QSpinBox)
    , m_connectLabel(new QLabel)
    , m_connect(new QLineEdit)
    , m_timeoutLabel(new QLabel)
    , m_timeout(new QSpinBox)
    , m_caLabel(new QLabel)
    , m_caFile(new QLineEdit)
    , m_browse(new QPushButton)
    , m_run(new QPushButton)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_knownHosts(new QStringListModel(this))
{
    setObjectName(QStringLiteral("probePage"));
    auto *completer = new QCompleter(m_knownHosts, m_host);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_host->setCompleter(completer);
    m_host->setObjectName(QStringLiteral("probeHost"));
    m_hostNote->setObjectName(QStringLiteral("probeHostNote"));
    m_hostNote->setWordWrap(true);
    m_hostNote->setVisible(false);
    m_port->setObjectName(QStringLiteral("probePort"));
    m_connect->setObjectName(QStringLiteral("probeConnect"));
    m_timeout->setObjectName(QStringLiteral("probeTimeout"));
    m_caFile->setObjectName(QStringLiteral("probeCaFile"));
    m_run->setObjectName(QStringLiteral("probeRun"));
    m_table->setObjectName(QStringLiteral("probeResults"));

    m_port->setRange(1, 65535);
    m_port->setValue(443);
    m_timeout->setRange(1, 120);
    m_timeout->setValue(10);
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_connectLabel->setBuddy(m_connect);
    m_timeoutLabel->setBuddy(m_timeout);
    m_caLabel->setBuddy(m_caFile);
    m_run->setDefault(false);
    m_browse->setAutoDefault(false);

    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The SNI column gives way (elided, full text in its tooltip) so that the
    // outcome, certificate and numbers stay readable on narrow windows.
    m_table->horizontalHeader()->setSectionResizeMode(ColumnSni, QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setWordWrap(false);
    fitTableHeight(m_table, 3, 3); // three attempts, always all visible

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_port);
    portRow->addSpacing(16);
    portRow->addWidget(m_timeoutLabel);
    portRow->addWidget(m_timeout);
    portRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(m_hostLabel, m_host);
    form->addRow(QString(), m_hostNote);
    form->addRow(m_portLabel, portRow);
    form->addRow(m_connectLabel, m_connect);
    form->addRow(m_caLabel, caRow);

    content()->addWidget(intro());
    content()->addLayout(form);
    addTaskRow({m_run});
    content()->addWidget(m_table);
    // The automatic diagnosis probed every host through every ingress: shown here too,
    // where step 7's evidence leads back to.
    auto *matrix = new ProbeMatrixView;
    matrix->table()->setObjectName(QStringLiteral("probePageMatrixTable"));
    content()->addWidget(matrix);
    content()->addWidget(verdictPanel());
    content()->addWidget(commandBox());
    content()->addStretch(1);

    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_timeout);
    setTabOrder(m_timeout, m_connect);
    setTabOrder(m_connect, m_caFile);
    setTabOrder(m_caFile, m_browse);
    setTabOrder(m_browse, m_run);
    setTabOrder(m_run, stopButton());
    setTabOrder(stopButton(), m_table);

    connect(m_run, &QPushButton::clicked, this, &ProbePage::startProbe);
    connect(m_browse, &QPushButton::clicked, this, &ProbePage::browseCaFile);
    connect(m_host, &QLineEdit::returnPressed, this, &ProbePage::startProbe);
    for (QLineEdit *edit : {m_host, m_connect, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &ProbePage::updateCommands);
    connect(m_port, &QSpinBox::valueChanged, this, &ProbePage::updateCommands);
    connect(m_host, &QLineEdit::textChanged, this, [this] {
        m_hostFromRoutes = 0; // the note says where a prefilled host came from, until edited
        checkHost(false);
        updateActions();
    });
    connect(m_host, &QLineEdit::editingFinished, this, [this] { checkHost(true); });
    connect(runner(), &TaskRunner::progressChanged, this, [this](int attempt) {
        setStatus(
            [attempt] { return tr("Attempt %1 of %2…").arg(std::min(attempt + 1, 3)).arg(3); });
    });
    connect(model, &CaseModel::loaded, this, [this] {
        if (const ProbeReport *report = caseModel()->result<ProbeReport>(Step::Probe)) {
            m_host->setText(report->target.host);
            m_port->setValue(report->target.port);
            m_connect->setText(report->target.connectAddress);
        }
    });

    // The routes' host names: the first fills an empty field, all are offered as it is typed.
    connect(model, &CaseModel::stepChanged, this, [this](Step changed) {
        if (changed == Step::Routes)
            takeHostFromRoutes();
    });

    loadSettings();
    markLive({m_host, m_port, m_connect, m_timeout, m_caFile, m_browse, m_run});
    // The reviewer's own time limit and CA file are not the case's.
    markLiveOnly({m_timeoutLabel, m_timeout, m_caLabel, m_caFile, m_browse});
    translate();
    takeHostFromRoutes();
}

// In review the fields show the endpoint the collected probe ran against; without one,
// neither the fields (they would hold the reviewer's own last probe) nor the empty table.
void ProbePage::reviewStateChanged(bool review)
{
    StepPage::reviewStateChanged(review);
    const bool collected = caseModel()->result<ProbeReport>(Step::Probe) != nullptr;
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_hostLabel, m_host, m_portLabel, m_port, m_connectLabel, m_connect, m_table})
        widget->setVisible(!review || collected);
}

void ProbePage::takeHostFromRoutes()
{
    const QStringList hosts = knownHosts(caseModel()->data());
    m_knownHosts->setStringList(hosts);
    // Never over what the user typed (or what the probe ran with).
    if (hosts.isEmpty() || !m_host->text().trimmed().isEmpty() || caseModel()->isReview())
        return;
    m_host->setText(hosts.first());
    m_hostFromRoutes = hosts.size();
    showHostOrigin();
}

void ProbePage::showHostOrigin()
{
    if (m_hostFromRoutes == 0 || !m_hostNote->text().isEmpty())
        return;
    const int others = m_hostFromRoutes - 1;
    m_hostNote->setText(others == 0
                            ? tr("From the routes of step 5.")
                            : tr("From the routes of step 5; %n more host name(s) offered as "
                                 "you type.",
                                 nullptr, others));
    m_hostNote->setStyleSheet(QString());
    m_hostNote->setVisible(true);
}

void ProbePage::updateActions()
{
    m_run->setEnabled(!isRunning() && !caseModel()->isReview() &&
                      parseEndpointInput(m_host->text()).ok());
}

void ProbePage::checkHost(bool apply)
{
    const QString typed = m_host->text();
    const EndpointInput input = parseEndpointInput(typed);
    QString note;
    bool problem = false;
    if (typed.trimmed().isEmpty()) {
        // nothing to say yet
    } else if (!input.ok()) {
        note = input.problem;
        problem = true;
    } else if (apply && (input.host != typed.trimmed() || input.port)) {
        // A pasted URL or HOST:PORT: split into the fields, and said.
        const QSignalBlocker quiet(m_host);
        m_host->setText(input.host);
        if (input.port)
            m_port->setValue(*input.port);
        note = input.droppedParts.isEmpty()
                   ? tr("Read as host %1, port %2.").arg(input.host).arg(m_port->value())
                   : tr("Read as host %1, port %2; left out, as a TLS probe does not need them: "
                        "%3.")
                         .arg(input.host)
                         .arg(m_port->value())
                         .arg(input.droppedParts);
        updateCommands();
        updateActions();
    }
    m_hostNote->setText(note);
    m_hostNote->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
    m_hostNote->setVisible(!note.isEmpty());
    m_host->setToolTip(problem ? note
                               : tr("The API host name your clients call; it is sent as SNI."));
}

ProbeTarget ProbePage::targetFromFields() const
{
    ProbeTarget target;
    // What the field holds as a host name (a URL still being typed is read the same way).
    const EndpointInput input = parseEndpointInput(m_host->text());
    target.host = input.ok() ? input.host : m_host->text().trimmed();
    target.port = static_cast<quint16>(m_port->value());
    target.connectAddress = m_connect->text().trimmed();
    target.timeoutMs = m_timeout->value() * 1000;
    target.caFile = m_caFile->text().trimmed();
    return target;
}

void ProbePage::startProbe()
{
    if (isRunning())
        return;
    checkHost(true);
    if (!parseEndpointInput(m_host->text()).ok()) {
        m_host->setFocus();
        return;
    }
    const ProbeTarget target = targetFromFields();
    caseModel()->setEndpoint(target);
    saveSettings();
    runStep<ProbeReport>([target](TaskControl &control) { return runProbe(target, control); },
                         Origin::thisMachine(),
                         [] { return tr("Attempt %1 of %2…").arg(1).arg(3); });
}

void ProbePage::showResult()
{
    updateStale();
    const CaseData &data = caseModel()->data();
    if (auto *matrix = findChild<ProbeMatrixView *>())
        matrix->setMatrix(
            data.probeMatrix.isNull() ? nullptr : &data.probeMatrix.as<ProbeMatrix>(),
            data.probeMatrixBefore.isNull() ? nullptr : &data.probeMatrixBefore.as<ProbeMatrix>());
    const ProbeReport *report = caseModel()->result<ProbeReport>(Step::Probe);
    if (!isRunning() && report && !report->canceled)
        setStatus([address = report->address.isEmpty() ? report->target.host : report->address,
                   count = int(report->attempts.size())] {
            return tr("Done: %n attempt(s) against %1.", nullptr, count).arg(address);
        });
    m_table->setRowCount(report ? int(report->attempts.size()) : 0);
    if (!report) {
        verdictPanel()->showPlaceholder(isRunning() ? QString()
                                                    : tr("Run the probe to get a verdict."));
        return;
    }
    for (int row = 0; row < report->attempts.size(); ++row) {
        const ProbeAttempt &attempt = report->attempts.at(row);
        const bool ok = attempt.outcome == Outcome::HandshakeOk;
        auto *sni = new QTableWidgetItem(ProbeText::sniLabel(attempt));
        sni->setToolTip(ProbeText::sniLabel(attempt));
        sni->setIcon(statusIcon(ok ? StatusGlyph::Ok : StatusGlyph::Error));
        auto *outcome = new QTableWidgetItem(ProbeText::outcomeLabel(attempt));
        outcome->setToolTip(attempt.error);
        QString certificate = tr("none");
        QString certificateTip;
        if (!attempt.chain.isEmpty()) {
            const CertificateInfo &leaf = attempt.chain.first();
            certificate = commonName(leaf.subject);
            certificateTip =
                tr("Subject: %1\nIssuer: %2\nNames: %3\nValid: %4 to %5\nSHA-256: %6\n%7")
                    .arg(leaf.subject, leaf.issuer, leaf.sans.join(QStringLiteral(", ")),
                         QLocale().toString(leaf.notBefore, QLocale::ShortFormat),
                         QLocale().toString(leaf.notAfter, QLocale::ShortFormat), leaf.sha256,
                         attempt.verified ? tr("Verified against the trusted CAs.")
                                          : tr("Not verified: %1").arg(attempt.verifyError));
        }
        auto *certificateItem = new QTableWidgetItem(certificate);
        certificateItem->setToolTip(certificateTip);
        m_table->setItem(row, ColumnSni, sni);
        m_table->setItem(row, ColumnOutcome, outcome);
        m_table->setItem(row, ColumnProtocol,
                         new QTableWidgetItem(attempt.protocol.isEmpty() ? QStringLiteral("–")
                                                                         : attempt.protocol));
        m_table->setItem(row, ColumnCertificate, certificateItem);
        m_table->setItem(
            row, ColumnBytes,
            new QTableWidgetItem(tr("%1 / %2").arg(attempt.bytesSent).arg(attempt.bytesReceived)));
        m_table->setItem(row, ColumnTime, new QTableWidgetItem(tr("%1 ms").arg(attempt.elapsedMs)));
    }
    fitTableHeight(m_table, 3, 3); // three attempts, always all visible
    showFindings(ProbeText::verdict(*report), report->findings, ProbeText::nextStep(*report));
}

void ProbePage::updateCommands()
{
    commandBox()->setCommands(equivalentCommands(targetFromFields()));
    updateStale();
}

void ProbePage::updateStale()
{
    // A result is always the result of the inputs shown: changed inputs mark it.
    const ProbeReport *report = caseModel()->result<ProbeReport>(Step::Probe);
    const ProbeTarget shown = targetFromFields();
    const bool stale = report && !isRunning() && !caseModel()->isReview() &&
                       (shown.host != report->target.host || shown.port != report->target.port ||
                        shown.connectAddress != report->target.connectAddress ||
                        shown.caFile != report->target.caFile);
    verdictPanel()->setStale(stale);
    m_table->setEnabled(!stale);
}

void ProbePage::browseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("CA certificates to verify against"), m_caFile->text(),
        tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

// The last target is a preference: it prefills the fields; the case holds the one probed.
void ProbePage::loadSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("probe"));
    m_host->setText(settings.value(QStringLiteral("host")).toString());
    m_port->setValue(settings.value(QStringLiteral("port"), 443).toInt());
    m_connect->setText(settings.value(QStringLiteral("connect")).toString());
    m_timeout->setValue(settings.value(QStringLiteral("timeout"), 10).toInt());
    m_caFile->setText(settings.value(QStringLiteral("caFile")).toString());
    updateCommands();
}

void ProbePage::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("probe"));
    settings.setValue(QStringLiteral("host"), m_host->text().trimmed());
    settings.setValue(QStringLiteral("port"), m_port->value());
    settings.setValue(QStringLiteral("connect"), m_connect->text().trimmed());
    settings.setValue(QStringLiteral("timeout"), m_timeout->value());
    settings.setValue(QStringLiteral("caFile"), m_caFile->text().trimmed());
}

void ProbePage::retranslate()
{
    setTexts(tr("Step 4: Probe the endpoint with and without SNI"),
             tr("The decisive test of the runbook: does the ingress answer a client that "
                "sends no server name?"));
    intro()->setText(tr("SNI Doctor opens three TLS connections to the same address: one that "
                        "sends the host name as SNI, one that sends none, and one that sends a "
                        "name no route can know. If only the first gets a certificate, clients "
                        "without SNI are being reset."));
    m_hostLabel->setText(tr("H&ost name:"));
    m_host->setPlaceholderText(tr("api-test.mydomain.com"));
    m_host->setAccessibleName(tr("Host name"));
    checkHost(false);
    showHostOrigin();
    m_portLabel->setText(tr("&Port:"));
    m_port->setAccessibleName(tr("Port"));
    m_timeoutLabel->setText(tr("T&imeout:"));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Timeout in seconds per attempt"));
    m_connectLabel->setText(tr("Connect &to (optional):"));
    m_connect->setPlaceholderText(tr("Ingress IP address, e.g. 1.2.3.4"));
    m_connect->setAccessibleName(tr("Address to connect to"));
    m_connect->setToolTip(tr("Connect to this address instead of the host name's, like curl "
                             "--resolve. Leave empty to use DNS."));
    m_caLabel->setText(tr("C&A file (optional):"));
    m_caFile->setPlaceholderText(tr("System CAs"));
    m_caFile->setAccessibleName(tr("CA file"));
    m_browse->setText(tr("Bro&wse…"));
    m_browse->setAccessibleName(tr("Browse for a CA file"));
    m_run->setText(tr("&Run probe"));
    m_run->setAccessibleName(tr("Run probe"));
    stopButton()->setAccessibleName(tr("Stop the probe"));
    m_table->setHorizontalHeaderLabels({tr("SNI sent"), tr("Outcome"), tr("Protocol"),
                                        tr("Certificate"), tr("Bytes"), tr("Time")});
    m_table->horizontalHeaderItem(ColumnBytes)->setToolTip(tr("Bytes sent / received"));
    m_table->setAccessibleName(tr("Probe results"));
    showResult();
}

} // namespace SniDoctor
