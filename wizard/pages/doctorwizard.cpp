#include "doctorwizard.h"

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

    setPage(WelcomePageId, new WelcomePage(this));
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
    const StepList::State probe = stateOf(ProbePageId, m_probeRunning, report ? &report->findings : nullptr);
    const auto &logs = m_session->accessLogSummary();
    m_steps->setState(StepAccessLogs, stateOf(AccessLogPageId, m_logsRunning, logs ? &logs->findings : nullptr));
    const auto &capture = m_session->captureSummary();
    m_steps->setState(StepCapture,
                      stateOf(CapturePageId, m_captureRunning, capture ? &capture->findings : nullptr));
    m_steps->setState(StepProbe, probe);
    const auto &routes = m_session->routes();
    QList<Finding> routeList = routes ? routeFindings(*routes) : QList<Finding>{};
    if (routes && m_session->ingressPods())
        routeList += podFindings(*m_session->ingressPods());
    m_steps->setState(StepRoutes, stateOf(RoutesPageId, m_routesRunning, routes ? &routeList : nullptr));
    // Step 7: the verdict's own severity once any step has evidence.
    const Diagnosis diagnosis = diagnose(m_session->diagnosisInput());
    if (diagnosis.stepsRun.isEmpty()) {
        m_steps->setState(StepResolution, currentId() == ResolutionPageId ? StepList::State::Current
                                                                          : StepList::State::Pending);
    } else {
        const QList<Finding> verdict{Finding{diagnosis.rootCause, diagnosisSeverity(diagnosis), {}}};
        m_steps->setState(StepResolution, stateOf(ResolutionPageId, false, &verdict));
    }
    const QList<Finding> overrides = m_session->overridesFindings();
    m_steps->setState(StepOverrides, stateOf(OverridesPageId, false,
                                             m_session->overridesReport() ? &overrides : nullptr));
}

void DoctorWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
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
    m_steps->setStepToolTip(StepOverrides,
                            tr("overrides.yaml: every virtual host lists the wildcard route in additionalGateways."));
    m_steps->setStepToolTip(StepRoutes, tr("The ApigeeRoutes: a wildcard route, enabled and attached."));
    m_steps->setStepToolTip(StepCapture, tr("ClientHellos without SNI and the ingress's answer, from a tcpdump file."));
    m_steps->setStepToolTip(StepAccessLogs,
                            tr("Refused clients in the ingress gateway's access logs (kubectl logs)."));
    m_steps->setStepToolTip(StepStart, tr("What the tool does and how you want to work."));
    m_steps->setStepToolTip(StepProbe,
                            tr("Handshakes with and without SNI, like openssl s_client -noservername."));
}

} // namespace SniDoctor
