#include "welcomepage.h"

#include "filedialogs.h"
#include "session/casesession.h"

#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace SniDoctor {

WelcomePage::WelcomePage(CaseSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_intro(new QLabel(this))
    , m_cause(new QLabel(this))
    , m_choice(new QLabel(this))
    , m_live(new QRadioButton(this))
    , m_review(new QRadioButton(this))
    , m_reviewNote(new QLabel(this))
    , m_openFiles(new QPushButton(this))
    , m_openFolder(new QPushButton(this))
    , m_sample(new QPushButton(this))
    , m_stop(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_knownNoSni(new QCheckBox(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    for (QLabel *label : {m_intro, m_cause, m_reviewNote, m_status}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
    }
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_live->setObjectName(QStringLiteral("modeLive"));
    m_review->setObjectName(QStringLiteral("modeReview"));
    m_openFiles->setObjectName(QStringLiteral("reviewOpenFiles"));
    m_openFolder->setObjectName(QStringLiteral("reviewOpenFolder"));
    m_sample->setObjectName(QStringLiteral("reviewSample"));
    m_live->setChecked(true);
    m_reviewNote->setIndent(24);
    m_choice->setBuddy(m_live);
    m_knownNoSni->setObjectName(QStringLiteral("knownNoSni"));
    registerField(QStringLiteral("knownNoSni"), m_knownNoSni);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(24, 0, 0, 0);
    buttons->addWidget(m_openFiles);
    buttons->addWidget(m_openFolder);
    buttons->addWidget(m_sample);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_stop);
    buttons->addStretch(0);
    m_status->setIndent(24);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_cause);
    layout->addSpacing(12);
    layout->addWidget(m_choice);
    layout->addWidget(m_live);
    layout->addWidget(m_knownNoSni);
    layout->addSpacing(6);
    layout->addWidget(m_review);
    layout->addWidget(m_reviewNote);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch(1);

    m_task =
        std::make_unique<PageTask<ReviewCase>>(this, m_progress, m_stop, [this] { finished(); });
    connect(m_stop, &QPushButton::clicked, this, [this] { m_task->cancel(); });
    connect(m_openFiles, &QPushButton::clicked, this, &WelcomePage::openFiles);
    connect(m_openFolder, &QPushButton::clicked, this, &WelcomePage::openFolder);
    connect(m_sample, &QPushButton::clicked, this, &WelcomePage::openSampleCase);
    connect(m_review, &QRadioButton::toggled, this,
            [this](bool on) { m_knownNoSni->setEnabled(!on); });
    retranslate();
}

bool WelcomePage::reviewMode() const
{
    return m_review->isChecked();
}

void WelcomePage::review(const QStringList &paths)
{
    if (paths.isEmpty() || m_task->isRunning())
        return;
    m_review->setChecked(true);
    m_error = {};
    m_status->clear();
    for (QPushButton *button : {m_openFiles, m_openFolder, m_sample})
        button->setEnabled(false);
    // Nothing of the collected files is executed, and nothing is fetched.
    m_task->start([paths](TaskControl &control) { return reviewPaths(paths, control); });
}

void WelcomePage::openFiles()
{
    const QStringList paths =
        askOpenFiles(this, QStringLiteral("review/folder"),
                     tr("Open a bundle, an archive, a saved session or collected files"),
                     tr("Collected files (*.zip *.tar.gz *.tgz *.tar *.json *.yaml *.yml *.log "
                        "*.txt *.pcap *.pcapng *.gz);;All files (*)"));
    review(paths);
}

void WelcomePage::openFolder()
{
    QSettings settings;
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Open a folder of collected files"),
        settings.value(QStringLiteral("review/folder")).toString());
    if (folder.isEmpty())
        return;
    settings.setValue(QStringLiteral("review/folder"), folder);
    review({folder});
}

// The sample case is compiled into the application; review reads it from a private
// copy on disk, as it would read a folder the user opened.
void WelcomePage::openSampleCase()
{
    m_sampleDir = std::make_unique<QTemporaryDir>();
    const QString target = m_sampleDir->filePath(QStringLiteral("sample-case"));
    QDir().mkpath(target);
    QDirIterator it(QStringLiteral(":/sample-case/collected"), QDir::Files);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString copy = target + QLatin1Char('/') + it.fileName();
        QFile::copy(source, copy);
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    m_sampleRequested = true;
    review({target});
}

void WelcomePage::finished()
{
    for (QPushButton *button : {m_openFiles, m_openFolder, m_sample})
        button->setEnabled(true);
    const auto result = m_task->result();
    if (!result) {
        updateStatus();
        return;
    }
    if (!*result) {
        m_error = result->error();
        updateStatus();
        return;
    }
    m_session->loadState(result->value().state, result->value());
    updateStatus();
    Q_EMIT reviewReady();
}

void WelcomePage::updateStatus()
{
    if (m_task->isRunning())
        return;
    if (!m_error.message.isEmpty()) {
        m_status->setText(QStringLiteral("<span style='color:#b00020'>%1</span>")
                              .arg(m_error.message.toHtmlEscaped()));
        return;
    }
    if (m_task->wasCanceled()) {
        m_status->setText(tr("Canceled: nothing was reviewed."));
        return;
    }
    const ReviewCase &reviewCase = m_session->reviewCase();
    if (reviewCase.files.isEmpty() && reviewCase.problems.isEmpty()) {
        m_status->clear();
        return;
    }
    int used = 0;
    for (const ReviewedFile &file : reviewCase.files)
        used += file.used ? 1 : 0;
    QString html = tr("Reviewed %n file(s);", nullptr, int(reviewCase.files.size())) +
                   QLatin1Char(' ') + tr("%n used for the steps.", nullptr, used);
    for (const BundleManifest &bundle : reviewCase.bundles) {
        html += QStringLiteral("<br>") +
                (bundle.intact ? tr("%1: every file matches the bundle's manifest.")
                                     .arg(bundle.origin.toHtmlEscaped())
                               : QStringLiteral("<span style='color:#b00020'>%1</span>")
                                     .arg(tr("%1: only %2 of %3 files match the manifest: the "
                                             "bundle was changed or "
                                             "damaged after it was made.")
                                              .arg(bundle.origin.toHtmlEscaped())
                                              .arg(bundle.verified)
                                              .arg(bundle.files)));
    }
    int shown = 0;
    for (const CollectionProblem &problem : reviewCase.problems) {
        if (++shown > 8) {
            html += QStringLiteral("<br>") +
                    tr("… and %n more.", nullptr, int(reviewCase.problems.size()) - 8);
            break;
        }
        html += QStringLiteral("<br><span style='color:%1'>%2</span>")
                    .arg(problem.severity == Severity::Error ? QStringLiteral("#b00020")
                                                             : QStringLiteral("#8a5a00"),
                         problem.message.toHtmlEscaped());
    }
    m_status->setText(html);
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void WelcomePage::retranslate()
{
    setTitle(tr("Why are API clients reset during the TLS handshake?"));
    setSubTitle(tr("SNI Doctor walks you through Apigee's runbook, runs each check for you and "
                   "says in plain words what the result means."));
    m_intro->setText(tr("<p>Your API client calls an Apigee hybrid endpoint and the connection "
                        "dies before any HTTP: Node.js and Postman say <b>ECONNRESET</b>, curl "
                        "says <b>Connection reset by peer</b>, and <tt>openssl s_client</tt> "
                        "says <b>no peer certificate available</b>.</p>"));
    m_cause->setText(tr("<p>The usual cause: the client sends no <b>SNI</b> (the server name in "
                        "its first TLS message). The Apigee ingress picks the certificate from "
                        "that name; when it is missing and no <i>wildcard route</i> accepts such "
                        "clients, the ingress sends no certificate and resets the connection. "
                        "The fix is an ApigeeRoute with hostnames <tt>[\"*\"]</tt> and "
                        "<tt>enableNonSniClient: true</tt>, listed in each virtual host's "
                        "<tt>additionalGateways</tt>.</p>"));
    m_choice->setText(tr("How do you want to work?"));
    m_live->setText(tr("&Diagnose a live endpoint from this machine"));
    m_live->setAccessibleName(tr("Diagnose a live endpoint"));
    m_review->setText(tr("&Review collected files offline"));
    m_review->setAccessibleName(tr("Review collected files offline"));
    m_knownNoSni->setText(tr("I already &know the client sends no SNI: skip the logs and the "
                             "capture and go to the probe (step 4)"));
    m_knownNoSni->setAccessibleName(tr("Client known to send no SNI"));
    m_reviewNote->setText(
        tr("<i>A support bundle, any zip or tar.gz, a folder, files or a saved session: each file "
           "is recognised by its content and each step shows what the files say. Nothing is "
           "executed and the network is not used.</i>"));
    m_openFiles->setText(tr("Open bundle or &files…"));
    m_openFiles->setAccessibleName(tr("Open a bundle, an archive, a saved session or files"));
    m_openFolder->setText(tr("Open f&older…"));
    m_openFolder->setAccessibleName(tr("Open a folder of collected files"));
    m_sample->setText(tr("Practise on the &sample case"));
    m_sample->setAccessibleName(tr("Open the sample case"));
    m_sample->setToolTip(tr("The collected files of a broken installation: no cluster needed."));
    m_stop->setText(tr("Stop"));
    m_stop->setAccessibleName(tr("Stop reviewing"));
    m_progress->setAccessibleName(tr("Review progress"));
    updateStatus();
}

} // namespace SniDoctor
