#include "diagnosis.h"

#include "case/stepmodule.h"
#include "core/logging.h"
#include "probe/probematrix.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace SniDoctor {

namespace {

class DiagnosisText
{
    Q_DECLARE_TR_FUNCTIONS(SniDoctor::DiagnosisText)

public:
    static QString title(RootCause cause);
    static QString summary(const Diagnosis &diagnosis);
};

// The facts of every step run, by kind, each as evidence of its step.
class Facts
{
public:
    explicit Facts(const CaseData &data)
    {
        // The most direct test's evidence first.
        std::array<Step, kStepCount> steps = kSteps;
        std::stable_sort(steps.begin(), steps.end(), [](Step a, Step b) {
            return stepInfo(a).evidenceRank < stepInfo(b).evidenceRank;
        });
        // Step 4 speaks once: through its own probe or the probe matrix, the newer.
        const StepRecord *probe = data.record(Step::Probe);
        const bool matrixSpeaks =
            !data.probeMatrix.isNull() &&
            (!probe || !probe->time().isValid() || !data.probeMatrix.time().isValid() ||
             data.probeMatrix.time() >= probe->time());
        for (Step step : steps) {
            const StepRecord *record = data.record(step);
            if (step == Step::Probe && matrixSpeaks) {
                addMatrixFacts(data.probeMatrix);
                continue;
            }
            if (!record)
                continue;
            QList<Fact> facts;
            stepModule(step).addFacts(*record, facts);
            for (const Fact &fact : std::as_const(facts))
                m_byKind[size_t(fact.kind)]
                    << DiagnosisEvidence{step, fact.finding, fact.where, fact.time};
        }
    }

    // The probe matrix is the newest and most direct test of every ingress: when every
    // ingress it reached serves clients without SNI, the refusals other steps saw before
    // it (logs, a capture) are history. Removes them from the evidence and returns them,
    // to be stated as evidence that says otherwise.
    [[nodiscard]] QList<DiagnosisEvidence> takeRefusalsBeforeMatrix()
    {
        QList<DiagnosisEvidence> history;
        if (!m_matrixServedAt.isValid())
            return history;
        QList<DiagnosisEvidence> &refusals = m_byKind[size_t(FactKind::NonSniRefused)];
        for (qsizetype i = refusals.size() - 1; i >= 0; --i) {
            const DiagnosisEvidence &refusal = refusals.at(i);
            if (refusal.step != Step::Probe && refusal.time.isValid() &&
                refusal.time < m_matrixServedAt)
                history.prepend(refusals.takeAt(i));
        }
        return history;
    }

    // Each ingress's refusals, services and unreachable address, as step 4's evidence.
    void addMatrixFacts(const StepRecord &record)
    {
        const ProbeMatrix &matrix = record.as<ProbeMatrix>();
        const bool anyRefused = std::any_of(
            matrix.findings.cbegin(), matrix.findings.cend(), [](const Finding &finding) {
                return finding.id == QLatin1String("matrix_non_sni_refused");
            });
        const bool anyServed = std::any_of(
            matrix.findings.cbegin(), matrix.findings.cend(), [](const Finding &finding) {
                return finding.id == QLatin1String("matrix_non_sni_served");
            });
        if (anyServed && !anyRefused && record.time().isValid())
            m_matrixServedAt = record.time();
        for (const Finding &finding : matrix.findings) {
            const Place where =
                Place::atEndpoint(finding.args.value("ingress"), finding.args.value("address"));
            std::optional<FactKind> kind;
            if (finding.id == QLatin1String("matrix_non_sni_refused"))
                kind = FactKind::NonSniRefused;
            else if (finding.id == QLatin1String("matrix_non_sni_served"))
                kind = FactKind::NonSniServed;
            else if (finding.id == QLatin1String("matrix_ingress_unreachable") ||
                     finding.id == QLatin1String("matrix_sni_rejected"))
                kind = FactKind::EndpointProblem;
            if (kind)
                m_byKind[size_t(*kind)]
                    << DiagnosisEvidence{Step::Probe, finding, where, record.time()};
        }
    }

    [[nodiscard]] const QList<DiagnosisEvidence> &of(FactKind kind) const
    {
        return m_byKind[size_t(kind)];
    }
    [[nodiscard]] bool any(FactKind kind) const { return !of(kind).isEmpty(); }
    [[nodiscard]] const DiagnosisEvidence *first(FactKind kind) const
    {
        return any(kind) ? &of(kind).first() : nullptr;
    }

private:
    std::array<QList<DiagnosisEvidence>, size_t(FactKind::OverridesNotAttached) + 1> m_byKind;
    QDateTime m_matrixServedAt; // when the probe matrix found every ingress serving
};

// What says the fix is missing: a refused client without SNI, a route or overrides.yaml
// without the wildcard route. A client sending an unknown name is another problem, which
// a probe without SNI does not test.
bool saysFixMissing(FactKind kind)
{
    switch (kind) {
    case FactKind::NonSniRefused:
    case FactKind::NoWildcardRoute:
    case FactKind::WildcardNonSniDisabled:
    case FactKind::WildcardNotAttached:
    case FactKind::OverridesNotAttached:
        return true;
    case FactKind::NonSniServed:
    case FactKind::UnknownSniRefused:
    case FactKind::EndpointProblem:
    case FactKind::OtherRouteProblem:
    case FactKind::RoutesServeNonSni:
        break;
    }
    return false;
}

// Step 7's Verify after the fix: step 4's result is its probe, which served a client
// without SNI and was refused nowhere. The evidence of the fix missing that steps read
// before it found is then the state before the fix (returned in before); read after it,
// such evidence means it is not fixed (false). False as well when nothing said the fix
// was missing: that is a plain "served".
bool verifiedFixed(const CaseData &data, QList<DiagnosisEvidence> &served,
                   QList<DiagnosisEvidence> &before)
{
    if (!data.probeIsVerification())
        return false;
    const StepRecord *probe = data.record(Step::Probe);
    // The probe matrix speaks for step 4 when it is newer (Facts): then it verifies.
    if (!data.probeMatrix.isNull() &&
        (!data.probeMatrix.time().isValid() || data.probeMatrix.time() >= probe->time()))
        return false;
    QList<Fact> probeFacts;
    stepModule(Step::Probe).addFacts(*probe, probeFacts);
    for (const Fact &fact : std::as_const(probeFacts)) {
        if (fact.kind == FactKind::NonSniRefused)
            return false;
        if (fact.kind == FactKind::NonSniServed)
            served << DiagnosisEvidence{Step::Probe, fact.finding, fact.where, fact.time};
    }
    if (served.isEmpty())
        return false;
    for (Step step : kSteps) {
        const StepRecord *record = data.record(step);
        if (step == Step::Probe || !record)
            continue;
        QList<Fact> facts;
        stepModule(step).addFacts(*record, facts);
        for (const Fact &fact : std::as_const(facts)) {
            if (!saysFixMissing(fact.kind))
                continue;
            // Unknown time (a collected file): not known to be older than the fix.
            if (!record->time().isValid() || record->time() >= probe->time())
                return false;
            before << DiagnosisEvidence{step, fact.finding, fact.where, fact.time};
        }
    }
    // Step 4's own probe that Verify replaced: refused then, served now.
    if (!data.probeBeforeFix.isNull()) {
        QList<Fact> facts;
        stepModule(Step::Probe).addFacts(data.probeBeforeFix, facts);
        for (const Fact &fact : std::as_const(facts)) {
            if (fact.kind == FactKind::NonSniRefused)
                before << DiagnosisEvidence{Step::Probe, fact.finding, fact.where, fact.time};
        }
    }
    std::stable_sort(before.begin(), before.end(),
                     [](const DiagnosisEvidence &a, const DiagnosisEvidence &b) {
                         return stepInfo(a.step).evidenceRank < stepInfo(b.step).evidenceRank;
                     });
    return !before.isEmpty();
}

} // namespace

QString rootCauseId(RootCause cause)
{
    switch (cause) {
    case RootCause::NonSniClientNoWildcardRoute:
        return QStringLiteral("non_sni_client_no_wildcard_route");
    case RootCause::WildcardRouteNonSniDisabled:
        return QStringLiteral("wildcard_route_non_sni_disabled");
    case RootCause::WildcardRouteNotAttached:
        return QStringLiteral("wildcard_route_not_attached");
    case RootCause::ClientSendsUnknownSni:
        return QStringLiteral("client_sends_unknown_sni");
    case RootCause::NonSniSupported:
        return QStringLiteral("non_sni_supported");
    case RootCause::Inconclusive:
        return QStringLiteral("inconclusive");
    case RootCause::Fixed:
        return QStringLiteral("fixed");
    }
    return QStringLiteral("inconclusive");
}

std::optional<RootCause> rootCauseFromId(const QString &id)
{
    for (int i = 0; i < kRootCauseCount; ++i) {
        if (rootCauseId(RootCause(i)) == id)
            return RootCause(i);
    }
    return std::nullopt;
}

QString confidenceId(Confidence confidence)
{
    switch (confidence) {
    case Confidence::High:
        return QStringLiteral("high");
    case Confidence::Medium:
        return QStringLiteral("medium");
    case Confidence::Low:
        return QStringLiteral("low");
    }
    return QStringLiteral("low");
}

Diagnosis diagnose(const CaseData &data)
{
    Diagnosis diagnosis;
    diagnosis.stepsRun = data.stepsRun();
    if (!data.probeMatrix.isNull() && !diagnosis.stepsRun.contains(Step::Probe))
        diagnosis.stepsRun << Step::Probe;
    std::stable_sort(diagnosis.stepsRun.begin(), diagnosis.stepsRun.end(), [](Step a, Step b) {
        return stepInfo(a).evidenceRank < stepInfo(b).evidenceRank;
    });
    Facts facts(data);
    const QList<DiagnosisEvidence> history = facts.takeRefusalsBeforeMatrix();
    const QList<DiagnosisEvidence> &refusals = facts.of(FactKind::NonSniRefused);
    const QList<DiagnosisEvidence> &served = facts.of(FactKind::NonSniServed);
    const QList<DiagnosisEvidence> &overridesMissing = facts.of(FactKind::OverridesNotAttached);
    const bool refused = !refusals.isEmpty();
    const bool wasServed = !served.isEmpty();
    const auto conclude = [&](RootCause cause, Confidence confidence,
                              const QList<DiagnosisEvidence> &evidence,
                              const QList<DiagnosisEvidence> &conflicts = {},
                              std::optional<Step> deciding = std::nullopt) {
        diagnosis.rootCause = cause;
        diagnosis.confidence = confidence;
        diagnosis.evidence = evidence;
        diagnosis.conflicts = conflicts + history;
        // A sure verdict needs no deciding step.
        diagnosis.decidingStep = confidence == Confidence::High ? std::nullopt : deciding;
        qCDebug(logDiagnosis) << "verdict" << rootCauseId(cause) << confidenceId(confidence)
                              << evidence.size() << "pieces of evidence," << conflicts.size()
                              << "against";
        return diagnosis;
    };
    // Verified after the fix, with nothing read since that says otherwise.
    QList<DiagnosisEvidence> verification;
    QList<DiagnosisEvidence> beforeFix;
    if (verifiedFixed(data, verification, beforeFix))
        return conclude(RootCause::Fixed, Confidence::High,
                        verification + facts.of(FactKind::RoutesServeNonSni), beforeFix);
    const Confidence ifRefused = refused ? Confidence::High : Confidence::Medium;
    const std::optional<Step> probeUnlessRefused =
        refused ? std::nullopt : std::optional<Step>(Step::Probe);
    // The routes decide which of the three route problems it is; the traffic evidence
    // (probe, logs, capture) says how sure that is.
    if (data.has(Step::Routes)) {
        if (const DiagnosisEvidence *missing = facts.first(FactKind::NoWildcardRoute))
            return conclude(RootCause::NonSniClientNoWildcardRoute, ifRefused,
                            QList<DiagnosisEvidence>{*missing} + refusals, served,
                            probeUnlessRefused);
        if (const DiagnosisEvidence *disabled = facts.first(FactKind::WildcardNonSniDisabled))
            return conclude(RootCause::WildcardRouteNonSniDisabled, ifRefused,
                            QList<DiagnosisEvidence>{*disabled} + refusals, served,
                            probeUnlessRefused);
        const DiagnosisEvidence *detached = facts.first(FactKind::WildcardNotAttached);
        if (detached || !overridesMissing.isEmpty()) {
            QList<DiagnosisEvidence> evidence;
            if (detached)
                evidence << *detached;
            evidence += overridesMissing;
            return conclude(RootCause::WildcardRouteNotAttached,
                            refused || detached ? Confidence::High : Confidence::Medium,
                            evidence + refusals, served, probeUnlessRefused);
        }
        const QList<DiagnosisEvidence> &otherRoutes = facts.of(FactKind::OtherRouteProblem);
        const QList<DiagnosisEvidence> &healthy = facts.of(FactKind::RoutesServeNonSni);
        if (refused) {
            // The routes allow non-SNI clients, yet they are reset: the traffic may reach
            // another ingress, or the routes read are not the ones serving it.
            return conclude(RootCause::Inconclusive, Confidence::Low, refusals,
                            healthy + otherRoutes, Step::Probe);
        }
        if (facts.any(FactKind::UnknownSniRefused))
            return conclude(RootCause::ClientSendsUnknownSni, Confidence::High,
                            facts.of(FactKind::UnknownSniRefused) + healthy);
        if (!healthy.isEmpty())
            return conclude(RootCause::NonSniSupported,
                            wasServed ? Confidence::High : Confidence::Medium,
                            healthy + served + facts.of(FactKind::EndpointProblem), otherRoutes);
        return conclude(RootCause::Inconclusive, Confidence::Low, otherRoutes, {}, Step::Routes);
    }
    // Without the routes: the overrides file and the traffic.
    if (!overridesMissing.isEmpty() && !wasServed)
        return conclude(RootCause::WildcardRouteNotAttached, ifRefused, overridesMissing + refusals,
                        {}, Step::Routes);
    if (refused)
        return conclude(RootCause::NonSniClientNoWildcardRoute,
                        wasServed ? Confidence::Low : Confidence::Medium,
                        refusals + overridesMissing, served, Step::Routes);
    if (wasServed)
        return conclude(RootCause::NonSniSupported,
                        data.has(Step::Probe) || !data.probeMatrix.isNull() ? Confidence::High
                                                                            : Confidence::Medium,
                        served + facts.of(FactKind::EndpointProblem), overridesMissing);
    if (facts.any(FactKind::UnknownSniRefused))
        return conclude(RootCause::ClientSendsUnknownSni, Confidence::Medium,
                        facts.of(FactKind::UnknownSniRefused), {}, Step::Routes);
    return conclude(
        RootCause::Inconclusive, Confidence::Low, facts.of(FactKind::EndpointProblem), {},
        data.has(Step::Probe) || !data.probeMatrix.isNull() ? Step::Routes : Step::Probe);
}

QString DiagnosisText::title(RootCause cause)
{
    switch (cause) {
    case RootCause::NonSniClientNoWildcardRoute:
        return tr("Clients without SNI are reset: no wildcard route serves them");
    case RootCause::WildcardRouteNonSniDisabled:
        return tr("The wildcard route exists but does not enable clients without SNI");
    case RootCause::WildcardRouteNotAttached:
        return tr("The wildcard route is not attached to every virtual host");
    case RootCause::ClientSendsUnknownSni:
        return tr("Clients send a server name that no route serves");
    case RootCause::NonSniSupported:
        return tr("Clients without SNI are served: the resets have another cause");
    case RootCause::Fixed:
        return tr("Fixed: clients without SNI are served now");
    case RootCause::Inconclusive:
        break;
    }
    return tr("Not enough evidence for a verdict yet");
}

QString DiagnosisText::summary(const Diagnosis &diagnosis)
{
    QString text;
    switch (diagnosis.rootCause) {
    case RootCause::NonSniClientNoWildcardRoute:
        text = tr("Clients connect without sending a server name (SNI) and no ApigeeRoute with "
                  "hostnames [\"*\"] serves them, so the ingress finds no filter chain and resets "
                  "the connection. Create the wildcard route below with enableNonSniClient: true "
                  "and add it to additionalGateways of every virtual host.");
        break;
    case RootCause::WildcardRouteNonSniDisabled:
        text = tr("A route with hostnames [\"*\"] exists, but enableNonSniClient is not true, so "
                  "clients without SNI are still reset. Apply the route below, which sets it to "
                  "true.");
        break;
    case RootCause::WildcardRouteNotAttached:
        text = tr("The wildcard route exists, but some virtual hosts do not list it in "
                  "additionalGateways, so their ingress has no chain for clients without SNI. "
                  "Apply the overrides.yaml change below and the virtual hosts.");
        break;
    case RootCause::ClientSendsUnknownSni:
        text = tr("Clients do send SNI, but a host name that no route lists, so the ingress "
                  "refuses them. Add the name to the environment group's host names, or correct "
                  "the client's URL.");
        break;
    case RootCause::NonSniSupported:
        text = tr("A client without SNI gets a certificate, so the wildcard route works. If "
                  "connections are still reset, look at the evidence below: the client may reach "
                  "another ingress or address, or fail later in the handshake.");
        break;
    case RootCause::Inconclusive:
        text = tr("The steps run so far do not show why clients are reset.");
        break;
    case RootCause::Fixed:
        // Its conflicts are what the steps found before the fix, not evidence against it.
        return tr("Verify probed the endpoint again after the other steps were read, and a "
                  "client without SNI got a certificate: the fix works. What those steps found "
                  "is from before the fix (below). Read the routes and overrides.yaml again to "
                  "record the state after it.");
    }
    if (diagnosis.decidingStep)
        text +=
            QLatin1Char(' ') + tr("%1 would decide it.").arg(stepLabel(*diagnosis.decidingStep));
    if (!diagnosis.conflicts.isEmpty())
        text += QLatin1Char(' ') + tr("Some evidence says otherwise: see below.");
    return text;
}

bool diagnosisNeedsFix(const Diagnosis &diagnosis)
{
    switch (diagnosis.rootCause) {
    case RootCause::NonSniClientNoWildcardRoute:
    case RootCause::WildcardRouteNonSniDisabled:
    case RootCause::WildcardRouteNotAttached:
        return true;
    case RootCause::ClientSendsUnknownSni:
    case RootCause::NonSniSupported:
    case RootCause::Inconclusive:
    case RootCause::Fixed:
        break;
    }
    return false;
}

Severity diagnosisSeverity(const Diagnosis &diagnosis)
{
    switch (diagnosis.rootCause) {
    case RootCause::NonSniSupported:
    case RootCause::Fixed:
        return Severity::Info;
    case RootCause::Inconclusive:
        return Severity::Warning;
    case RootCause::NonSniClientNoWildcardRoute:
    case RootCause::WildcardRouteNonSniDisabled:
    case RootCause::WildcardRouteNotAttached:
    case RootCause::ClientSendsUnknownSni:
        break;
    }
    return Severity::Error;
}

QString diagnosisConfidenceText(const Diagnosis &diagnosis)
{
    switch (diagnosis.confidence) {
    case Confidence::High:
        return QCoreApplication::translate("SniDoctor::DiagnosisText", "high");
    case Confidence::Medium:
        return QCoreApplication::translate("SniDoctor::DiagnosisText", "medium");
    case Confidence::Low:
        break;
    }
    return QCoreApplication::translate("SniDoctor::DiagnosisText", "low");
}

QString diagnosisTitle(const Diagnosis &diagnosis)
{
    return DiagnosisText::title(diagnosis.rootCause);
}

QString diagnosisSummary(const Diagnosis &diagnosis)
{
    return DiagnosisText::summary(diagnosis);
}

QString diagnosisEvidenceText(const DiagnosisEvidence &evidence)
{
    return stepModule(evidence.step).findingDetail(evidence.finding);
}

QString diagnosisEvidencePlace(const DiagnosisEvidence &evidence, const QString &timeFormat)
{
    QString where = placeText(evidence.where);
    if (evidence.time.isValid())
        where += (where.isEmpty() ? QString() : QStringLiteral(", ")) +
                 evidence.time.toUTC().toString(timeFormat);
    return where;
}

QJsonObject diagnosisToJson(const Diagnosis &diagnosis)
{
    const auto list = [](const QList<DiagnosisEvidence> &items) {
        QJsonArray array;
        for (const DiagnosisEvidence &evidence : items) {
            array.append(QJsonObject{
                {QStringLiteral("step"), stepId(evidence.step)},
                {QStringLiteral("finding"), evidence.finding.id},
                {QStringLiteral("detail"), diagnosisEvidenceText(evidence)},
                {QStringLiteral("where"), placeText(evidence.where)},
                {QStringLiteral("time"), evidence.time.isValid()
                                             ? QJsonValue(evidence.time.toString(Qt::ISODate))
                                             : QJsonValue()}});
        }
        return array;
    };
    QJsonArray steps;
    for (Step step : diagnosis.stepsRun)
        steps.append(stepId(step));
    return QJsonObject{
        {QStringLiteral("root_cause"), rootCauseId(diagnosis.rootCause)},
        {QStringLiteral("confidence"), confidenceId(diagnosis.confidence)},
        {QStringLiteral("title"), diagnosisTitle(diagnosis)},
        {QStringLiteral("summary"), diagnosisSummary(diagnosis)},
        {QStringLiteral("evidence"), list(diagnosis.evidence)},
        {QStringLiteral("conflicts"), list(diagnosis.conflicts)},
        {QStringLiteral("deciding_step"),
         diagnosis.decidingStep ? QJsonValue(stepId(*diagnosis.decidingStep)) : QJsonValue()},
        {QStringLiteral("steps_run"), steps}};
}

} // namespace SniDoctor
