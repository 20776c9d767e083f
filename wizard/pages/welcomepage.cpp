#include "welcomepage.h"

#include "autodiagnosisrun.h"
#include "case/casemodel.h"
#include "clusteraccess.h"
#include "filedialogs.h"
#include "review/review.h"

#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace SniDoctor {

WelcomePage::WelcomePage(CaseModel *model, QWidget *parent)
    : RunbookPage(model, parent)
    , m_intro(new QLabel(this))
    , m_cause(new QLabel(this))
    , m_choice(new QLabel(this))
    , m_live(new QRadioButton(this))
    , m_review(new QRadioButton(this))
    , m_reviewNote(new QLabel(this))
    , m_reviewHint(new QLabel(this))
    , m_openFiles(new QPushButton(this))
    , m_openFolder(new QPushButton(this))
    , m_sample(new QPushButton(this))
    , m_knownNoSni(new QCheckBox(this))
    , m_autoNote(new QLabel(this))
    , m_auto(new QPushButton(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    for (QLabel *label :
         {m_intro, m_cause, m_reviewNote, m_reviewHint, m_autoNote, statusLabel()}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
    }
    statusLabel()->setObjectName(QStringLiteral("reviewStatus"));
    m_live->setObjectName(QStringLiteral("modeLive"));
    m_review->setObjectName(QStringLiteral("modeReview"));
    m_openFiles->setObjectName(QStringLiteral("reviewOpenFiles"));
    m_openFolder->setObjectName(QStringLiteral("reviewOpenFolder"));
    m_sample->setObjectName(QStringLiteral("reviewSample"));
    m_live->setChecked(true);
    m_reviewNote->setIndent(24);
    m_reviewHint->setIndent(24);
    m_reviewHint->setObjectName(QStringLiteral("reviewHint"));
    m_reviewHint->hide();
    m_choice->setBuddy(m_live);
    m_knownNoSni->setObjectName(QStringLiteral("knownNoSni"));
    m_auto->setObjectName(QStringLiteral("autoDiagnose"));
    m_autoNote->setObjectName(QStringLiteral("autoDiagnoseNote"));
    m_autoNote->setIndent(24);
    registerField(QStringLiteral("knownNoSni"), m_knownNoSni);

    content()->addWidget(m_intro);
    content()->addWidget(m_cause);
    content()->addSpacing(12);
    content()->addWidget(m_choice);
    content()->addWidget(m_live);
    content()->addWidget(m_knownNoSni);
    content()->addWidget(m_autoNote);
    auto *autoRow = new QHBoxLayout;
    autoRow->setContentsMargins(24, 0, 0, 0);
    autoRow->addWidget(m_auto);
    autoRow->addStretch(1);
    content()->addLayout(autoRow);
    content()->addSpacing(6);
    content()->addWidget(m_review);
    content()->addWidget(m_reviewNote);
    QHBoxLayout *buttons = addTaskRow({m_openFiles, m_openFolder, m_sample});
    buttons->setContentsMargins(24, 0, 0, 0);
    content()->addWidget(m_reviewHint);
    content()->addStretch(1);

    connect(m_openFiles, &QPushButton::clicked, this, &WelcomePage::openFiles);
    connect(m_openFolder, &QPushButton::clicked, this, &WelcomePage::openFolder);
    connect(m_sample, &QPushButton::clicked, this, &WelcomePage::openSampleCase);
    connect(m_auto, &QPushButton::clicked, this, &WelcomePage::diagnoseAutomatically);
    connect(m_review, &QRadioButton::toggled, this, [this](bool on) {
        m_knownNoSni->setEnabled(!on);
        m_auto->setEnabled(!on && !isRunning());
        updateReviewHint();
    });
    // The case loaded decides the mode: a saved session of a review (File > Open
    // session) reopens as a review, a live one as live.
    connect(model, &CaseModel::loaded, this,
            [this] { (caseModel()->isReview() ? m_review : m_live)->setChecked(true); });
    connect(model, &CaseModel::changed, this, &WelcomePage::updateReviewHint);
    connect(runner(), &TaskRunner::runningChanged, this, [this](bool running) {
        for (QPushButton *button : {m_openFiles, m_openFolder, m_sample})
            button->setEnabled(!running);
        m_auto->setEnabled(!running && !m_review->isChecked());
    });
    translate();
}

bool WelcomePage::reviewMode() const
{
    return m_review->isChecked();
}

// Review without files yet: Next waits, and the hint says why.
void WelcomePage::updateReviewHint()
{
    m_reviewHint->setVisible(m_review->isChecked() && !caseModel()->isReview());
    Q_EMIT completeChanged();
}

bool WelcomePage::isComplete() const
{
    return RunbookPage::isComplete() && (!reviewMode() || caseModel()->isReview());
}

bool WelcomePage::validatePage()
{
    if (reviewMode() || !caseModel()->isReview())
        return true;
    // The collected results are not this machine's: the live steps start from nothing,
    // never on top of a review, which the pages would show read-only.
    QString text = tr("The collected files are open for review. A live diagnosis starts a new "
                      "case and closes the review.");
    if (caseModel()->hasUnsavedWork())
        text += QLatin1Char(' ') + tr("The review is not saved: to keep it, choose Keep reviewing "
                                      "and File > Save session first.");
    QMessageBox question(QMessageBox::Question, tr("Diagnose a live endpoint"), text,
                         QMessageBox::NoButton, this);
    question.setObjectName(QStringLiteral("leaveReview"));
    QPushButton *start = question.addButton(tr("&Start a live diagnosis"), QMessageBox::AcceptRole);
    QPushButton *stay = question.addButton(tr("&Keep reviewing"), QMessageBox::RejectRole);
    question.setDefaultButton(stay);
    question.exec();
    if (question.clickedButton() != start) {
        m_review->setChecked(true);
        return false;
    }
    caseModel()->load(CaseData());
    caseModel()->markSaved();
    clearStatus();
    return true;
}

void WelcomePage::review(const QStringList &paths)
{
    if (paths.isEmpty() || isRunning())
        return;
    m_review->setChecked(true);
    // Nothing of the collected files is executed, and nothing is fetched.
    run<CaseData>([paths, fix = caseModel()->data().fix](
                      TaskControl &control) { return reviewPaths(paths, control, fix); },
                  [this](const Result<CaseData> &result) {
                      if (!result) {
                          setStatus([error = result.error()] {
                              return QStringLiteral("<span style='color:#b00020'>%1</span>")
                                  .arg(error.message().toHtmlEscaped());
                          });
                          return;
                      }
                      caseModel()->load(result.value());
                      setStatus([this] { return reviewSummary(); });
                      Q_EMIT reviewReady();
                  },
                  [] { return QString(); });
}

void WelcomePage::diagnoseAutomatically()
{
    if (isRunning())
        return;
    ClusterTarget target = caseModel()->data().cluster;
    if (target.kubeconfig.isEmpty() && target.context.isEmpty()) {
        // The cluster the user connected to last (step 5), else kubectl's defaults.
        const QSettings settings;
        target.kubeconfig = settings.value(QStringLiteral("cluster/kubeconfig")).toString();
        target.context = settings.value(QStringLiteral("cluster/context")).toString();
        if (target.ns.isEmpty())
            target.ns = settings.value(QStringLiteral("cluster/namespace")).toString();
    }
    m_live->setChecked(true);
    withClusterConsent(
        this, target,
        [this](const ClusterRequest &request) {
            run<AutoDiagnosis>(
                [request](TaskControl &control) {
                    return runAutoDiagnosis(autoDiagnosisRequest(request), control);
                },
                [this](const Result<AutoDiagnosis> &result) {
                    if (!result) {
                        setStatus([error = result.error()] {
                            return QStringLiteral("<span style='color:#b00020'>%1</span>")
                                .arg(error.message().toHtmlEscaped());
                        });
                        return;
                    }
                    applyAutoDiagnosis(caseModel(), result.value(), false);
                    const Error logs = result.value().logsError;
                    const Error services = result.value().servicesError;
                    setStatus([logs, services] {
                        QStringList lines{tr("Diagnosed automatically: see the verdict (step 7).")};
                        if (!logs.isNull())
                            lines << tr("Step 2 skipped: %1").arg(logs.message().toHtmlEscaped());
                        if (!services.isNull())
                            lines << tr("The ingress Services could not be listed: %1")
                                         .arg(services.message().toHtmlEscaped());
                        return lines.join(QStringLiteral("<br>"));
                    });
                    Q_EMIT autoDiagnosisReady();
                },
                [] {
                    return tr("Reading the routes, pods, logs and ingress Services, then probing "
                              "every host through every ingress…");
                });
        },
        [this] {
            setStatus([] { return tr("Not connected: the credential plugin was not run."); });
        });
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
    review({target});
}

// What review made of the files: how many were used, each bundle's check, what was refused.
QString WelcomePage::reviewSummary() const
{
    const ReviewInfo &review = caseModel()->data().review;
    if (review.files.isEmpty() && review.problems.isEmpty())
        return {};
    int used = 0;
    for (const ReviewedFile &file : review.files)
        used += file.used ? 1 : 0;
    QString html = tr("Reviewed %n file(s);", nullptr, int(review.files.size())) +
                   QLatin1Char(' ') + tr("%n used for the steps.", nullptr, used);
    for (const BundleManifest &bundle : review.bundles) {
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
    for (const CollectionProblem &problem : review.problems) {
        if (++shown > 8) {
            html += QStringLiteral("<br>") +
                    tr("… and %n more.", nullptr, int(review.problems.size()) - 8);
            break;
        }
        html += QStringLiteral("<br><span style='color:%1'>%2</span>")
                    .arg(problem.severity == Severity::Error ? QStringLiteral("#b00020")
                                                             : QStringLiteral("#8a5a00"),
                         problem.message().toHtmlEscaped());
    }
    return html;
}

void WelcomePage::retranslate()
{
    setTexts(tr("Why are API clients reset during the TLS handshake?"),
             tr("SNI Doctor walks you through Apigee's runbook, runs each check for you and "
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
    m_autoNote->setText(
        tr("<i>Or let SNI Doctor run steps 2, 4 and 5 for you: it reads the routes, the ingress "
           "pods, their logs and the ingress Services from your kubeconfig's cluster, and probes "
           "every host name through every ingress, with and without SNI.</i>"));
    m_auto->setText(tr("Diagnose a&utomatically"));
    m_auto->setAccessibleName(tr("Diagnose automatically from the kubeconfig context"));
    m_auto->setToolTip(tr("Uses the cluster you connected to in step 5, else the kubeconfig's "
                          "current context."));
    m_reviewNote->setText(
        tr("<i>A support bundle, any zip or tar.gz, a folder, files or a saved session: each file "
           "is recognised by its content and each step shows what the files say. Nothing is "
           "executed and the network is not used.</i>"));
    m_reviewHint->setText(tr("<b>Open the collected files first</b> (a bundle, files, a folder or "
                             "the sample case): Next goes on once they are reviewed."));
    m_openFiles->setText(tr("Open &bundle or files…"));
    m_openFiles->setAccessibleName(tr("Open a bundle, an archive, a saved session or files"));
    m_openFolder->setText(tr("Open f&older…"));
    m_openFolder->setAccessibleName(tr("Open a folder of collected files"));
    m_sample->setText(tr("Practise on the sa&mple case"));
    m_sample->setAccessibleName(tr("Open the sample case"));
    m_sample->setToolTip(tr("The collected files of a broken installation: no cluster needed."));
    stopButton()->setAccessibleName(tr("Stop reviewing"));
}

} // namespace SniDoctor
