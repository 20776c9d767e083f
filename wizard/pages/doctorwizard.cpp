#include "doctorwizard.h"

#include "reviewmode.h"
#include "session/sessionfile.h"

#include "accesslogpage.h"
#include "bundlepage.h"
#include "capturepage.h"
#include "overridespage.h"
#include "probepage.h"
#include "resolutionpage.h"
#include "routespage.h"
#include "session/casesession.h"
#include "steplist.h"
#include "welcomepage.h"

#include <QEvent>
#include <QTimer>

namespace SniDoctor {

DoctorWizard::DoctorWizard(QWidget *parent)
    : QWizard(parent)
    , m_session(new CaseSession(this))
    , m_steps(new StepList(this))
{
    setObjectName(QStringLiteral("doctorWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setSideWidget(m_steps);
    m_steps->setObjectName(QStringLiteral("stepList"));

    m_welcome = new WelcomePage(m_session, this);
    setPage(WelcomePageId, m_welcome);
    connect(m_welcome, &WelcomePage::reviewReady, this, &DoctorWizard::startReview);
    auto *logs = new AccessLogPage(m_session, this);
    setPage(AccessLogPageId, logs);
    auto *capture = new CapturePage(m_session, this);
    setPage(CapturePageId, capture);
    auto *probe = new ProbePage(m_session, this);
    setPage(ProbePageId, probe);
    auto *routes = new RoutesPage(m_session, this);
    setPage(RoutesPageId, routes);
    setPage(OverridesPageId, new OverridesPage(m_session, this));
    auto *resolution = new ResolutionPage(m_session, this);
    setPage(ResolutionPageId, resolution);
    setPage(BundlePageId, new BundlePage(m_session, this));
    connect(resolution, &ResolutionPage::showStep, this, [this](const QString &step) {
        static const QHash<QString, int> pages{{QStringLiteral("logs"), AccessLogPageId},
                                               {QStringLiteral("capture"), CapturePageId},
                                               {QStringLiteral("probe"), ProbePageId},
                                               {QStringLiteral("routes"), RoutesPageId},
                                               {QStringLiteral("overrides"), OverridesPageId}};
        if (pages.contains(step))
            returnToPage(pages.value(step));
    });
    setStartId(WelcomePageId);

    retranslate(); // creates the side list's entries
    connect(this, &QWizard::currentIdChanged, this, &DoctorWizard::updateSteps);
    connect(this, &QWizard::currentIdChanged, this, &DoctorWizard::applyReviewMode);
    connect(m_session, &CaseSession::loaded, this, &DoctorWizard::applyReviewMode);
    connect(m_session, &CaseSession::changed, this, &DoctorWizard::updateSteps);
    connect(logs, &AccessLogPage::runningChanged, this, [this](bool running) {
        m_logsRunning = running;
        updateSteps();
    });
    connect(capture, &CapturePage::runningChanged, this, [this](bool running) {
        m_captureRunning = running;
        updateSteps();
    });
    connect(routes, &RoutesPage::runningChanged, this, [this](bool running) {
        m_routesRunning = running;
        updateSteps();
    });
    // The routes page's "Fetch ingress logs": back to step 2 (through the start page
    // when the runbook's shortcut skipped it), which reads the logs of the same cluster.
    connect(routes, &RoutesPage::fetchLogsRequested, this, [this, logs](const QString &ns) {
        while (currentId() != AccessLogPageId && currentId() != WelcomePageId) {
            const int before = currentId();
            back();
            if (currentId() == before)
                break;
        }
        if (currentId() == WelcomePageId) {
            setField(QStringLiteral("knownNoSni"), false);
            next();
        }
        logs->setNamespace(ns);
        logs->fetchFromCluster();
    });
    connect(probe, &ProbePage::runningChanged, this, [this](bool running) {
        m_probeRunning = running;
        updateSteps();
    });
    updateSteps();
}

int DoctorWizard::nextId() const
{
    switch (currentId()) {
    case WelcomePageId:
        if (m_welcome->reviewMode())
            return AccessLogPageId; // review shows every step, collected or not
        // The runbook's own shortcut: "if you already know the client sends no SNI,
        // go to step 4".
        return field(QStringLiteral("knownNoSni")).toBool() ? ProbePageId : AccessLogPageId;
    case AccessLogPageId:
        return CapturePageId;
    case CapturePageId:
        return ProbePageId;
    case ProbePageId:
        return RoutesPageId;
    case RoutesPageId:
        return OverridesPageId;
    case OverridesPageId:
        return ResolutionPageId;
    case ResolutionPageId:
        return BundlePageId;
    default:
        return -1;
    }
}

void DoctorWizard::returnToPage(int pageId)
{
    if (!visitedIds().contains(pageId))
        return;
    while (currentId() != pageId) {
        const int before = currentId();
        back();
        if (currentId() == before)
            break;
    }
}

// The collected files are in the session: walk the steps from the first.
void DoctorWizard::startReview()
{
    if (currentId() == WelcomePageId)
        next();
}

QString DoctorWizard::saveSession(const QString &path)
{
    const Result<QString> saved = SniDoctor::saveSession(path, m_session->state());
    return saved ? QString() : saved.error().message;
}

QString DoctorWizard::openSession(const QString &path)
{
    const Result<SessionState> loaded = loadSession(path);
    if (!loaded)
        return loaded.error().message;
    ReviewCase reviewCase;
    reviewCase.state = loaded.value();
    reviewCase.state.reviewedPaths = {path};
    m_session->loadState(loaded.value(), reviewCase);
    // Back to the start, then through the steps: every page shows what was saved.
    while (currentId() != WelcomePageId && currentId() != -1) {
        const int before = currentId();
        back();
        if (currentId() == before)
            break;
    }
    if (currentId() == WelcomePageId)
        next();
    return {};
}

void DoctorWizard::applyReviewMode()
{
    const bool review = m_session->isReview();
    // The pages enable their own buttons as their state allows; only a change of mode
    // (into review, or out of it when a live session is opened) touches them here.
    if (review || m_reviewApplied) {
        for (int id : pageIds()) {
            for (QWidget *widget : page(id)->findChildren<QWidget *>()) {
                if (widget->property(kLiveProperty).toBool())
                    widget->setEnabled(!review);
            }
        }
        m_reviewApplied = review;
    }
    static const QHash<int, QString> steps{{AccessLogPageId, QStringLiteral("logs")},
                                           {CapturePageId, QStringLiteral("capture")},
                                           {ProbePageId, QStringLiteral("probe")},
                                           {RoutesPageId, QStringLiteral("routes")},
                                           {OverridesPageId, QStringLiteral("overrides")}};
    QWizardPage *current = currentPage();
    if (!current)
        return;
    if (!current->property("liveSubTitle").isValid() ||
        current->property("reviewSubTitle").toString() != current->subTitle())
        current->setProperty("liveSubTitle", current->subTitle());
    QString subTitle = current->property("liveSubTitle").toString();
    if (review && steps.contains(currentId())) {
        const QString step = steps.value(currentId());
        const QStringList sources = m_session->reviewCase().sources.value(step);
        if (!sources.isEmpty())
            subTitle = tr("Review (read-only): from %1.").arg(sources.join(QStringLiteral(", ")));
        else
            subTitle = tr("Not collected. Ask the admin for: %1")
                           .arg(reviewCommandsFor(step).join(QStringLiteral("  ·  ")));
    } else if (review && currentId() == ResolutionPageId) {
        subTitle = tr("Review (read-only): the verdict from the collected files. Nothing is run "
                      "against a cluster.");
    }
    current->setProperty("reviewSubTitle", subTitle);
    current->setSubTitle(subTitle);
}

void DoctorWizard::updateSteps()
{
    if (m_steps->count() == 0)
        return;
    m_steps->setState(StepStart, currentId() == WelcomePageId ? StepList::State::Current
                                                              : StepList::State::Ok);
    const auto stateOf = [this](int pageId, bool running, const QList<Finding> *findings) {
        if (running)
            return StepList::State::Running;
        if (!findings)
            return currentId() == pageId ? StepList::State::Current : StepList::State::Pending;
        StepList::State state = StepList::State::Ok;
        for (const Finding &finding : *findings) {
            if (finding.severity == Severity::Error)
                state = StepList::State::Error;
            else if (finding.severity == Severity::Warning && state != StepList::State::Error)
                state = StepList::State::Warning;
        }
        return state;
    };
    const auto &report = m_session->probeReport();
    const StepList::State probe =
        stateOf(ProbePageId, m_probeRunning, report ? &report->findings : nullptr);
    const auto &logs = m_session->accessLogSummary();
    m_steps->setState(StepAccessLogs,
                      stateOf(AccessLogPageId, m_logsRunning, logs ? &logs->findings : nullptr));
    const auto &capture = m_session->captureSummary();
    m_steps->setState(StepCapture, stateOf(CapturePageId, m_captureRunning,
                                           capture ? &capture->findings : nullptr));
    m_steps->setState(StepProbe, probe);
    const auto &routes = m_session->routes();
    QList<Finding> routeList = routes ? routeFindings(*routes) : QList<Finding>{};
    if (routes && m_session->ingressPods())
        routeList += podFindings(*m_session->ingressPods());
    m_steps->setState(StepRoutes,
                      stateOf(RoutesPageId, m_routesRunning, routes ? &routeList : nullptr));
    // Step 7: the verdict's own severity once any step has evidence.
    const Diagnosis diagnosis = diagnose(m_session->diagnosisInput());
    if (diagnosis.stepsRun.isEmpty()) {
        m_steps->setState(StepResolution, currentId() == ResolutionPageId
                                              ? StepList::State::Current
                                              : StepList::State::Pending);
    } else {
        const QList<Finding> verdict{
            Finding{diagnosis.rootCause, diagnosisSeverity(diagnosis), {}}};
        m_steps->setState(StepResolution, stateOf(ResolutionPageId, false, &verdict));
    }
    const QList<Finding> overrides = m_session->overridesFindings();
    m_steps->setState(StepOverrides, stateOf(OverridesPageId, false,
                                             m_session->overridesReport() ? &overrides : nullptr));
}

void DoctorWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The pages set their own subtitles again on the same event: say review's after them.
        QTimer::singleShot(0, this, [this] {
            if (QWizardPage *current = currentPage())
                current->setProperty("liveSubTitle", QVariant());
            applyReviewMode();
        });
    }
    QWizard::changeEvent(event);
}

void DoctorWizard::retranslate()
{
    setWindowTitle(tr("SNI Doctor"));
    // QWizard sets its button texts once and ignores QEvent::LanguageChange: set them
    // again from Qt's own catalogue (qtbase_<lang>), in QWizard's context. The context
    // is a variable so that lupdate does not copy Qt's strings into ours.
    static const char *const qtContext = "QWizard";
    setButtonText(QWizard::BackButton, QCoreApplication::translate(qtContext, "< &Back"));
    setButtonText(QWizard::NextButton, QCoreApplication::translate(qtContext, "&Next >"));
    setButtonText(QWizard::CommitButton, QCoreApplication::translate(qtContext, "Commit"));
    setButtonText(QWizard::FinishButton, QCoreApplication::translate(qtContext, "&Finish"));
    setButtonText(QWizard::CancelButton, QCoreApplication::translate(qtContext, "Cancel"));
    setButtonText(QWizard::HelpButton, QCoreApplication::translate(qtContext, "&Help"));
    m_steps->setStepNames({tr("1. Start"), tr("2. Ingress access logs"), tr("3. Packet capture"),
                           tr("4. Probe the endpoint"), tr("5. Apigee routes"),
                           tr("6. overrides.yaml"), tr("7. Resolution and bundle")});
    m_steps->setAccessibleName(tr("Runbook steps"));
    m_steps->setStepToolTip(StepResolution, tr("One verdict from all the evidence, and the fix."));
    m_steps->setStepToolTip(
        StepOverrides,
        tr("overrides.yaml: every virtual host lists the wildcard route in additionalGateways."));
    m_steps->setStepToolTip(StepRoutes,
                            tr("The ApigeeRoutes: a wildcard route, enabled and attached."));
    m_steps->setStepToolTip(
        StepCapture, tr("ClientHellos without SNI and the ingress's answer, from a tcpdump file."));
    m_steps->setStepToolTip(
        StepAccessLogs, tr("Refused clients in the ingress gateway's access logs (kubectl logs)."));
    m_steps->setStepToolTip(StepStart, tr("What the tool does and how you want to work."));
    m_steps->setStepToolTip(
        StepProbe, tr("Handshakes with and without SNI, like openssl s_client -noservername."));
}

} // namespace SniDoctor
