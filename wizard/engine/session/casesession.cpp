#include "casesession.h"

namespace SniDoctor {

CaseSession::CaseSession(QObject *parent)
    : QObject(parent)
{}

void CaseSession::setProbeTarget(const ProbeTarget &target)
{
    m_probeTarget = target;
    Q_EMIT changed();
}

void CaseSession::setProbeReport(const ProbeReport &report)
{
    m_probeReport = report;
    m_probeTime = QDateTime::currentDateTimeUtc();
    Q_EMIT changed();
}

void CaseSession::clearProbeReport()
{
    m_probeReport.reset();
    Q_EMIT changed();
}

void CaseSession::setAccessLogSummary(const AccessLogSummary &summary)
{
    m_accessLogSummary = summary;
    Q_EMIT changed();
}

void CaseSession::clearAccessLogSummary()
{
    m_accessLogSummary.reset();
    Q_EMIT changed();
}

void CaseSession::setCaptureSummary(const CaptureSummary &summary)
{
    m_captureSummary = summary;
    Q_EMIT changed();
}

void CaseSession::setRoutes(const QList<ApigeeRoute> &routes, const QString &source)
{
    m_routes = routes;
    m_routesSource = source;
    m_routesTime = QDateTime::currentDateTimeUtc();
    Q_EMIT changed();
}

void CaseSession::setIngressPods(const std::optional<QList<IngressPod>> &pods)
{
    m_ingressPods = pods;
    Q_EMIT changed();
}

void CaseSession::setOverridesReport(const OverridesReport &report, const QByteArray &text)
{
    m_overridesReport = report;
    m_overridesText = text;
    Q_EMIT changed();
}

QList<Finding> CaseSession::overridesFindings() const
{
    QList<Finding> findings;
    if (!m_overridesReport)
        return findings;
    for (const OverridesDiagnostic &diagnostic : m_overridesReport->diagnostics) {
        if (diagnostic.severity != Severity::Info)
            findings.append(Finding{diagnostic.code, diagnostic.severity, diagnostic.args});
    }
    return findings;
}

DiagnosisInput CaseSession::diagnosisInput() const
{
    DiagnosisInput input;
    input.probe = m_probeReport;
    input.probeTime = m_probeTime;
    input.logs = m_accessLogSummary;
    input.capture = m_captureSummary;
    input.routes = m_routes;
    input.routesSource = m_routesSource;
    input.routesTime = m_routesTime;
    input.overrides = m_overridesReport;
    return input;
}

void CaseSession::setNotes(const QString &notes)
{
    m_notes = notes;
}

void CaseSession::loadState(const SessionState &state, const ReviewCase &reviewCase)
{
    const DiagnosisInput &input = state.input;
    m_probeTarget = state.probeTarget;
    m_probeReport = input.probe;
    m_probeTime = input.probeTime;
    m_accessLogSummary = input.logs;
    m_captureSummary = input.capture;
    m_routes = input.routes;
    m_routesSource = input.routesSource;
    m_routesTime = input.routesTime;
    m_ingressPods = state.pods;
    m_overridesReport = input.overrides;
    m_overridesText = state.overridesText;
    m_overridesFile = state.overridesFile;
    m_notes = state.notes;
    m_review = state.review;
    m_reviewCase = reviewCase;
    Q_EMIT changed();
    Q_EMIT loaded();
}

SessionState CaseSession::state() const
{
    SessionState state;
    state.input = diagnosisInput();
    state.probeTarget = m_probeTarget;
    state.overridesText = m_overridesText;
    state.overridesFile =
        m_overridesFile.isEmpty() && m_overridesReport ? m_overridesReport->file : m_overridesFile;
    state.pods = m_ingressPods;
    state.notes = m_notes;
    state.review = m_review;
    state.reviewedPaths = m_reviewCase.state.reviewedPaths;
    return state;
}

} // namespace SniDoctor
