#include "diagnosis.h"

#include "accesslog/accesslogtext.h"
#include "capture/capturetext.h"
#include "cluster/routetext.h"
#include "probe/probetext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace SniDoctor {

namespace {

class DiagnosisText
{
    Q_DECLARE_TR_FUNCTIONS(SniDoctor::DiagnosisText)

public:
    static QString title(const QString &cause);
    static QString summary(const Diagnosis &diagnosis);
};

QDateTime fromMs(qint64 ms)
{
    return ms < 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// The evidence of each step, as the steps themselves found it.
struct Facts
{
    QList<DiagnosisEvidence> nonSniRefused; // clients without SNI were reset or refused
    QList<DiagnosisEvidence> nonSniServed;  // a client without SNI got a certificate
    QList<DiagnosisEvidence> unknownSni;    // clients sent a name no route serves
    QList<DiagnosisEvidence> otherProblems; // the endpoint itself fails (with SNI, or not reached)
    QList<DiagnosisEvidence> routeProblems; // by route finding id, in routeFindings' order
    QList<DiagnosisEvidence> routesHealthy;
    QList<DiagnosisEvidence> overridesMissing;
};

Facts collect(const DiagnosisInput &input)
{
    Facts facts;
    if (input.probe) {
        const ProbeReport &report = *input.probe;
        const QString where =
            QStringLiteral("%1:%2%3")
                .arg(report.target.host)
                .arg(report.target.port)
                .arg(report.address.isEmpty() ? QString()
                                              : QStringLiteral(" (%1)").arg(report.address));
        for (const Finding &finding : report.findings) {
            const DiagnosisEvidence evidence{
                QStringLiteral("probe"), finding, where, input.probeTime, {}};
            if (finding.id == QLatin1String("non_sni_rejected"))
                facts.nonSniRefused << evidence;
            else if (finding.id == QLatin1String("non_sni_accepted"))
                facts.nonSniServed << evidence;
            else if (finding.id == QLatin1String("sni_rejected") ||
                     finding.id == QLatin1String("endpoint_unreachable"))
                facts.otherProblems << evidence;
        }
    }
    if (input.logs) {
        const AccessLogSummary &logs = *input.logs;
        auto sampleWhere = [&logs](LogClass logClass) {
            for (const LogSample &sample : logs.samples) {
                if (sample.logClass == logClass)
                    return QStringLiteral("%1:%2")
                        .arg(QFileInfo(sample.input).fileName())
                        .arg(sample.line);
            }
            return logs.inputs.join(QStringLiteral(", "));
        };
        for (const Finding &finding : logs.findings) {
            if (finding.id == QLatin1String("log_non_sni_refused"))
                facts.nonSniRefused
                    << DiagnosisEvidence{QStringLiteral("logs"),
                                         finding,
                                         sampleWhere(LogClass::NonSniRefused),
                                         fromMs(logs.classLastMs[size_t(LogClass::NonSniRefused)]),
                                         {}};
            else if (finding.id == QLatin1String("log_unknown_sni_refused"))
                facts.unknownSni << DiagnosisEvidence{
                    QStringLiteral("logs"),
                    finding,
                    sampleWhere(LogClass::UnknownSniRefused),
                    fromMs(logs.classLastMs[size_t(LogClass::UnknownSniRefused)]),
                    {}};
        }
        if (logs.nonSniServed > 0) {
            facts.nonSniServed << DiagnosisEvidence{QStringLiteral("logs"),
                                                    Finding{QStringLiteral("log_non_sni_served"),
                                                            Severity::Info,
                                                            {QString::number(logs.nonSniServed)}},
                                                    logs.inputs.join(QStringLiteral(", ")),
                                                    fromMs(logs.lastMs),
                                                    {}};
        }
    }
    if (input.capture) {
        const CaptureSummary &capture = *input.capture;
        auto helloTime = [&capture](qint64 frame) {
            for (const CaptureHello &hello : capture.hellos) {
                if (hello.frame == frame || hello.reactionFrame == frame)
                    return QDateTime::fromMSecsSinceEpoch(hello.timeUs / 1000, Qt::UTC);
            }
            return QDateTime();
        };
        const QString file = QFileInfo(capture.file).fileName();
        for (const Finding &finding : capture.findings) {
            if (finding.id == QLatin1String("capture_client_without_sni")) {
                const qint64 frame = finding.args.value(4).toLongLong();
                const DiagnosisEvidence evidence{
                    QStringLiteral("capture"),
                    finding,
                    QStringLiteral("%1, frame %2").arg(file).arg(frame),
                    helloTime(frame),
                    {}};
                // Hellos without SNI that the server reset are refusals; without any
                // reset they only say that such clients exist.
                if (capture.resetWithoutSni > 0)
                    facts.nonSniRefused << evidence;
            } else if (finding.id == QLatin1String("capture_reset_after_client_hello") &&
                       capture.resetWithoutSni > 0) {
                const qint64 frame = finding.args.value(2).toLongLong();
                facts.nonSniRefused
                    << DiagnosisEvidence{QStringLiteral("capture"),
                                         finding,
                                         QStringLiteral("%1, frame %2").arg(file).arg(frame),
                                         helloTime(frame),
                                         {}};
            }
        }
    }
    if (input.routes) {
        const QList<Finding> findings = routeFindings(*input.routes);
        for (const Finding &finding : findings) {
            QString where =
                input.routesSource == QLatin1String("cluster") || input.routesSource.isEmpty()
                    ? QCoreApplication::translate("SniDoctor::DiagnosisText", "the cluster")
                    : input.routesSource;
            const DiagnosisEvidence evidence{
                QStringLiteral("routes"), finding, where, input.routesTime, {}};
            if (finding.id == QLatin1String("non_sni_enabled"))
                facts.routesHealthy << evidence;
            else if (finding.severity == Severity::Error)
                facts.routeProblems << evidence;
        }
    }
    if (input.overrides) {
        for (const OverridesDiagnostic &diagnostic : input.overrides->diagnostics) {
            if (diagnostic.code != QLatin1String("additional_gateway_missing"))
                continue;
            facts.overridesMissing
                << DiagnosisEvidence{QStringLiteral("overrides"),
                                     Finding{diagnostic.code, diagnostic.severity, diagnostic.args},
                                     QStringLiteral("%1:%2:%3")
                                         .arg(QFileInfo(input.overrides->file).fileName())
                                         .arg(diagnostic.line)
                                         .arg(diagnostic.column),
                                     {},
                                     diagnostic};
        }
    }
    return facts;
}

const DiagnosisEvidence *routeProblem(const Facts &facts, const char *id)
{
    for (const DiagnosisEvidence &evidence : facts.routeProblems) {
        if (evidence.finding.id == QLatin1String(id))
            return &evidence;
    }
    return nullptr;
}

} // namespace

Diagnosis diagnose(const DiagnosisInput &input)
{
    Diagnosis diagnosis;
    if (input.probe)
        diagnosis.stepsRun << QStringLiteral("probe");
    if (input.logs)
        diagnosis.stepsRun << QStringLiteral("logs");
    if (input.capture)
        diagnosis.stepsRun << QStringLiteral("capture");
    if (input.routes)
        diagnosis.stepsRun << QStringLiteral("routes");
    if (input.overrides)
        diagnosis.stepsRun << QStringLiteral("overrides");
    const Facts facts = collect(input);
    const bool refused = !facts.nonSniRefused.isEmpty();
    const bool served = !facts.nonSniServed.isEmpty();
    auto conclude =
        [&](const char *cause, const char *confidence, const QList<DiagnosisEvidence> &evidence,
            const QList<DiagnosisEvidence> &conflicts = {}, const QString &deciding = {}) {
            diagnosis.rootCause = QString::fromLatin1(cause);
            diagnosis.confidence = QString::fromLatin1(confidence);
            diagnosis.evidence = evidence;
            diagnosis.conflicts = conflicts;
            // A sure verdict needs no deciding step.
            diagnosis.decidingStep =
                diagnosis.confidence == QLatin1String("high") ? QString() : deciding;
            return diagnosis;
        };
    // The routes decide which of the three route problems it is; the traffic
    // evidence (probe, logs, capture) says how sure that is.
    if (input.routes) {
        const QList<DiagnosisEvidence> traffic = facts.nonSniRefused;
        if (const DiagnosisEvidence *missing = routeProblem(facts, "no_wildcard_route"))
            return conclude("non_sni_client_no_wildcard_route", refused ? "high" : "medium",
                            QList<DiagnosisEvidence>{*missing} + traffic, facts.nonSniServed,
                            refused ? QString() : QStringLiteral("probe"));
        if (const DiagnosisEvidence *disabled =
                routeProblem(facts, "wildcard_route_non_sni_disabled"))
            return conclude("wildcard_route_non_sni_disabled", refused ? "high" : "medium",
                            QList<DiagnosisEvidence>{*disabled} + traffic, facts.nonSniServed,
                            refused ? QString() : QStringLiteral("probe"));
        const DiagnosisEvidence *detached = routeProblem(facts, "wildcard_route_not_attached");
        if (detached || !facts.overridesMissing.isEmpty()) {
            QList<DiagnosisEvidence> evidence;
            if (detached)
                evidence << *detached;
            evidence += facts.overridesMissing;
            return conclude("wildcard_route_not_attached", refused || detached ? "high" : "medium",
                            evidence + traffic, facts.nonSniServed,
                            refused ? QString() : QStringLiteral("probe"));
        }
        QList<DiagnosisEvidence> otherRoutes = facts.routeProblems; // e.g. two wildcard routes
        if (refused) {
            // The routes allow non-SNI clients, yet they are reset: the traffic may reach
            // another ingress, or the routes read are not the ones serving it.
            return conclude("inconclusive", "low", facts.nonSniRefused,
                            facts.routesHealthy + otherRoutes, QStringLiteral("probe"));
        }
        if (!facts.unknownSni.isEmpty())
            return conclude("client_sends_unknown_sni", "high",
                            facts.unknownSni + facts.routesHealthy);
        if (!facts.routesHealthy.isEmpty())
            return conclude("non_sni_supported", served ? "high" : "medium",
                            facts.routesHealthy + facts.nonSniServed + facts.otherProblems,
                            otherRoutes);
        return conclude("inconclusive", "low", otherRoutes, {}, QStringLiteral("routes"));
    }
    // Without the routes: the overrides file and the traffic.
    if (!facts.overridesMissing.isEmpty() && !served)
        return conclude("wildcard_route_not_attached", refused ? "high" : "medium",
                        facts.overridesMissing + facts.nonSniRefused, {}, QStringLiteral("routes"));
    if (refused)
        return conclude("non_sni_client_no_wildcard_route", served ? "low" : "medium",
                        facts.nonSniRefused + facts.overridesMissing, facts.nonSniServed,
                        QStringLiteral("routes"));
    if (served)
        return conclude("non_sni_supported", input.probe ? "high" : "medium",
                        facts.nonSniServed + facts.otherProblems, facts.overridesMissing);
    if (!facts.unknownSni.isEmpty())
        return conclude("client_sends_unknown_sni", "medium", facts.unknownSni, {},
                        QStringLiteral("routes"));
    return conclude("inconclusive", "low", facts.otherProblems, {},
                    input.probe ? QStringLiteral("routes") : QStringLiteral("probe"));
}

QString DiagnosisText::title(const QString &cause)
{
    if (cause == QLatin1String("non_sni_client_no_wildcard_route"))
        return tr("Clients without SNI are reset: no wildcard route serves them");
    if (cause == QLatin1String("wildcard_route_non_sni_disabled"))
        return tr("The wildcard route exists but does not enable clients without SNI");
    if (cause == QLatin1String("wildcard_route_not_attached"))
        return tr("The wildcard route is not attached to every virtual host");
    if (cause == QLatin1String("client_sends_unknown_sni"))
        return tr("Clients send a server name that no route serves");
    if (cause == QLatin1String("non_sni_supported"))
        return tr("Clients without SNI are served: the resets have another cause");
    return tr("Not enough evidence for a verdict yet");
}

QString DiagnosisText::summary(const Diagnosis &diagnosis)
{
    const QString &cause = diagnosis.rootCause;
    QString text;
    if (cause == QLatin1String("non_sni_client_no_wildcard_route"))
        text = tr("Clients connect without sending a server name (SNI) and no ApigeeRoute with "
                  "hostnames [\"*\"] "
                  "serves them, so the ingress finds no filter chain and resets the connection. "
                  "Create the wildcard "
                  "route below with enableNonSniClient: true and add it to additionalGateways of "
                  "every virtual host.");
    else if (cause == QLatin1String("wildcard_route_non_sni_disabled"))
        text = tr("A route with hostnames [\"*\"] exists, but enableNonSniClient is not true, so "
                  "clients without SNI "
                  "are still reset. Apply the route below, which sets it to true.");
    else if (cause == QLatin1String("wildcard_route_not_attached"))
        text = tr("The wildcard route exists, but some virtual hosts do not list it in "
                  "additionalGateways, so their "
                  "ingress has no chain for clients without SNI. Apply the overrides.yaml change "
                  "below and the "
                  "virtual hosts.");
    else if (cause == QLatin1String("client_sends_unknown_sni"))
        text = tr("Clients do send SNI, but a host name that no route lists, so the ingress "
                  "refuses them. Add the name "
                  "to the environment group's host names, or correct the client's URL.");
    else if (cause == QLatin1String("non_sni_supported"))
        text = tr("A client without SNI gets a certificate, so the wildcard route works. If "
                  "connections are still "
                  "reset, look at the evidence below: the client may reach another ingress or "
                  "address, or fail later "
                  "in the handshake.");
    else
        text = tr("The steps run so far do not show why clients are reset.");
    if (!diagnosis.decidingStep.isEmpty())
        text += QLatin1Char(' ') +
                tr("%1 would decide it.").arg(diagnosisStepName(diagnosis.decidingStep));
    if (!diagnosis.conflicts.isEmpty())
        text += QLatin1Char(' ') + tr("Some evidence says otherwise: see below.");
    return text;
}

QString diagnosisStepName(const QString &step)
{
    if (step == QLatin1String("logs"))
        return QCoreApplication::translate("SniDoctor::DiagnosisText",
                                           "Step 2 (ingress access logs)");
    if (step == QLatin1String("capture"))
        return QCoreApplication::translate("SniDoctor::DiagnosisText", "Step 3 (packet capture)");
    if (step == QLatin1String("probe"))
        return QCoreApplication::translate("SniDoctor::DiagnosisText",
                                           "Step 4 (probe without SNI)");
    if (step == QLatin1String("routes"))
        return QCoreApplication::translate("SniDoctor::DiagnosisText", "Step 5 (Apigee routes)");
    if (step == QLatin1String("overrides"))
        return QCoreApplication::translate("SniDoctor::DiagnosisText", "Step 6 (overrides.yaml)");
    return step;
}

bool diagnosisNeedsFix(const Diagnosis &diagnosis)
{
    const QString &cause = diagnosis.rootCause;
    return cause == QLatin1String("non_sni_client_no_wildcard_route") ||
           cause == QLatin1String("wildcard_route_non_sni_disabled") ||
           cause == QLatin1String("wildcard_route_not_attached");
}

Severity diagnosisSeverity(const Diagnosis &diagnosis)
{
    if (diagnosis.rootCause == QLatin1String("non_sni_supported"))
        return Severity::Info;
    if (diagnosis.rootCause == QLatin1String("inconclusive"))
        return Severity::Warning;
    return Severity::Error;
}

QString diagnosisConfidenceText(const Diagnosis &diagnosis)
{
    if (diagnosis.confidence == QLatin1String("high"))
        return QCoreApplication::translate("SniDoctor::DiagnosisText", "high");
    if (diagnosis.confidence == QLatin1String("medium"))
        return QCoreApplication::translate("SniDoctor::DiagnosisText", "medium");
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
    const Finding &finding = evidence.finding;
    if (evidence.step == QLatin1String("probe"))
        return ProbeText::detail(finding);
    if (evidence.step == QLatin1String("logs")) {
        if (finding.id == QLatin1String("log_non_sni_served"))
            return QCoreApplication::translate(
                       "SniDoctor::DiagnosisText",
                       "%1 connections without SNI were served (a wildcard route at work).")
                .arg(finding.args.value(0));
        return AccessLogText::detail(finding);
    }
    if (evidence.step == QLatin1String("capture"))
        return CaptureText::detail(finding);
    if (evidence.step == QLatin1String("routes"))
        return RouteText::detail(finding);
    if (evidence.step == QLatin1String("overrides"))
        return overridesMessage(evidence.diagnostic);
    return finding.id;
}

QJsonObject diagnosisToJson(const Diagnosis &diagnosis)
{
    auto list = [](const QList<DiagnosisEvidence> &items) {
        QJsonArray array;
        for (const DiagnosisEvidence &evidence : items) {
            array.append(QJsonObject{
                {QStringLiteral("step"), evidence.step},
                {QStringLiteral("finding"), evidence.finding.id},
                {QStringLiteral("detail"), diagnosisEvidenceText(evidence)},
                {QStringLiteral("where"), evidence.where},
                {QStringLiteral("time"), evidence.time.isValid()
                                             ? QJsonValue(evidence.time.toString(Qt::ISODate))
                                             : QJsonValue()}});
        }
        return array;
    };
    return QJsonObject{
        {QStringLiteral("root_cause"), diagnosis.rootCause},
        {QStringLiteral("confidence"), diagnosis.confidence},
        {QStringLiteral("title"), diagnosisTitle(diagnosis)},
        {QStringLiteral("summary"), diagnosisSummary(diagnosis)},
        {QStringLiteral("evidence"), list(diagnosis.evidence)},
        {QStringLiteral("conflicts"), list(diagnosis.conflicts)},
        {QStringLiteral("deciding_step"),
         diagnosis.decidingStep.isEmpty() ? QJsonValue() : QJsonValue(diagnosis.decidingStep)},
        {QStringLiteral("steps_run"), QJsonArray::fromStringList(diagnosis.stepsRun)}};
}

} // namespace SniDoctor
