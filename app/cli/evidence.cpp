#include "cli/evidence.h"

#include "accesslog/accessloganalyzer.h"
#include "capture/captureanalyzer.h"
#include "case/stepmodule.h"
#include "cluster/clusterfetch.h"
#include "cluster/routesresult.h"
#include "diagnosis/diagnosis.h"
#include "diagnosis/remediation.h"
#include "overrides/overridesvalidator.h"

#include <QFile>
#include <QFileInfo>

namespace SniDoctor::Cli {

EvidenceOptions::EvidenceOptions()
    : probe(QStringLiteral("probe"), CommandLine::tr("Probe this endpoint with and without SNI."),
            QStringLiteral("HOST[:PORT]"))
    , connect(QStringLiteral("connect"),
              CommandLine::tr("Connect the probe to this address instead of resolving HOST."),
              QStringLiteral("ADDRESS"))
    , logs(QStringLiteral("logs"),
           CommandLine::tr("An ingress access log (kubectl logs output); repeat for more."),
           QStringLiteral("FILE"))
    , capture(QStringLiteral("capture"), CommandLine::tr("A packet capture (pcap or pcapng)."),
              QStringLiteral("FILE"))
    , cluster(CommandLine::tr("Read the routes from the cluster of this kubeconfig."),
              CommandLine::tr("The namespace of the routes (the context's, else apigee)."))
    , routesFrom(QStringLiteral("routes-from"),
                 CommandLine::tr("Saved kubectl get apigeeroutes -o yaml (or -o json) output."),
                 QStringLiteral("FILE"))
    , overrides(QStringLiteral("overrides"), CommandLine::tr("The overrides.yaml to check."),
                QStringLiteral("FILE"))
    , routeName(QStringLiteral("route-name"),
                CommandLine::tr("The name of the wildcard route to create (non-sni by default)."),
                QStringLiteral("NAME"), QStringLiteral("non-sni"))
    , apigeectl(
          QStringLiteral("apigeectl"),
          CommandLine::tr("Give apigeectl commands (hybrid 1.11 and earlier) instead of Helm."))
{}

void EvidenceOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({probe, connect, logs, capture, cluster.kubeconfig, cluster.context,
                       cluster.ns, routesFrom, overrides});
    hybrid.addTo(parser);
    parser.addOptions({routeName, apigeectl});
}

FixOptions EvidenceOptions::fix(const QCommandLineParser &parser) const
{
    return FixOptions{parser.value(routeName),
                      parser.isSet(apigeectl) ? InstallTool::Apigeectl : InstallTool::Helm};
}

std::optional<int> collectEvidence(const QCommandLineParser &parser, const EvidenceOptions &o,
                                   CaseData &data, bool &incomplete)
{
    Interruptible interruptible;
    TaskControl &control = interruptible.control();
    data.fix = o.fix(parser);
    if (parser.isSet(o.probe)) {
        const std::optional<HostPort> hostPort = parseHostPort(parser.value(o.probe));
        if (!hostPort)
            return fail(CommandLine::tr("\"%1\" is not HOST, HOST:PORT or [IPv6]:PORT with a port "
                                        "from 1 to 65535.")
                            .arg(parser.value(o.probe)),
                        ExitUsage);
        data.endpoint.host = hostPort->host;
        data.endpoint.port = hostPort->port;
        data.endpoint.connectAddress = parser.value(o.connect);
        const Result<ProbeReport> report = runProbe(data.endpoint, control);
        if (!report)
            return fail(report.error(), ExitUsage);
        incomplete = incomplete || report.value().canceled;
        data.setRecord(Step::Probe, StepRecord(report.value(), Origin::thisMachine()));
    }
    if (parser.isSet(o.logs)) {
        const Result<AccessLogSummary> summary =
            analyzeAccessLogFiles(parser.values(o.logs), control);
        if (!summary)
            return fail(summary.error(), ExitUsage);
        incomplete = incomplete || summary.value().canceled;
        data.setRecord(Step::Logs,
                       StepRecord(summary.value(), Origin::thisMachine(parser.values(o.logs))));
    }
    if (parser.isSet(o.capture)) {
        const Result<CaptureSummary> summary = analyzeCapture(parser.value(o.capture), control);
        if (!summary)
            return fail(summary.error(), ExitUsage);
        incomplete = incomplete || summary.value().canceled;
        data.setRecord(Step::Capture,
                       StepRecord(summary.value(), Origin::thisMachine({parser.value(o.capture)})));
    }
    if (parser.isSet(o.routesFrom)) {
        const Result<QList<ApigeeRoute>> routes = readApigeeRoutes(parser.value(o.routesFrom));
        if (!routes)
            return fail(routes.error(), ExitUsage);
        const QFileInfo info(parser.value(o.routesFrom));
        RoutesResult result{routes.value(), std::nullopt, {}};
        result.cluster.ns = routes.value().first().ns;
        data.setRecord(Step::Routes, StepRecord(result, Origin::thisMachine({info.fileName()}),
                                                info.lastModified().toUTC()));
    } else if (o.cluster.isSet(parser)) {
        const Result<ClusterRequest> request = resolvedCluster(o.cluster.target(parser));
        if (!request)
            return fail(request.error(), ExitUsage);
        const Result<ClusterState> state = fetchClusterState(request.value(), control);
        if (!state)
            return fail(state.error(), ExitIncomplete);
        warnAboutEvents(state.value().eventsError);
        data.cluster = request.value().target();
        data.setRecord(Step::Routes, StepRecord(RoutesResult{state.value().routes,
                                                             state.value().pods, data.cluster},
                                                Origin::cluster()));
    }
    if (parser.isSet(o.overrides)) {
        QFile file(parser.value(o.overrides));
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                CommandLine::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()),
                ExitUsage);
        const QByteArray text = file.read(8 * 1024 * 1024 + 1);
        OverridesContext context;
        if (const std::optional<int> failed = o.hybrid.apply(parser, context))
            return failed;
        if (const RoutesResult *routes = data.result<RoutesResult>(Step::Routes))
            context.routes = routes->routes;
        if (!context.routes ||
            std::none_of(context.routes->cbegin(), context.routes->cend(),
                         [](const ApigeeRoute &route) { return route.isWildcard(); }))
            context.wildcardRoute = data.fix.routeName; // the route the fix creates
        data.setRecord(
            Step::Overrides,
            StepRecord(OverridesResult{validateOverrides(text, file.fileName(), context), text},
                       Origin::thisMachine({file.fileName()})));
    }
    return std::nullopt;
}

int printDiagnosis(const CaseData &data, bool incomplete, bool asJson, const QJsonObject &extra)
{
    const Diagnosis diagnosis = diagnose(data);
    const std::optional<Remediation> remediation = remediationFor(data, diagnosis);
    if (asJson) {
        QJsonObject report = extra;
        report.insert(QStringLiteral("verdict"), diagnosisToJson(diagnosis));
        report.insert(QStringLiteral("remediation"),
                      remediation ? QJsonValue(remediationToJson(*remediation)) : QJsonValue());
        for (Step step : kSteps) {
            if (const StepRecord *record = data.record(step))
                report.insert(stepId(step), stepModule(step).resultJson(*record));
        }
        printJson(report);
    } else {
        QTextStream &o = out();
        const QString confidence = diagnosisConfidenceText(diagnosis);
        o << CommandLine::tr("Verdict: %1 [%2]")
                 .arg(diagnosisTitle(diagnosis), rootCauseId(diagnosis.rootCause))
          << '\n'
          << CommandLine::tr("Confidence: %1").arg(confidence) << "\n\n"
          << diagnosisSummary(diagnosis) << "\n\n";
        auto printEvidence = [&o](const QList<DiagnosisEvidence> &items) {
            for (const DiagnosisEvidence &evidence : items) {
                o << "  - " << stepLabel(evidence.step) << ": " << diagnosisEvidenceText(evidence)
                  << '\n';
                const QString where =
                    diagnosisEvidencePlace(evidence, QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
                if (!where.isEmpty())
                    o << "    (" << where << ")\n";
            }
        };
        if (!diagnosis.evidence.isEmpty()) {
            o << CommandLine::tr("Evidence:") << '\n';
            printEvidence(diagnosis.evidence);
        }
        if (!diagnosis.conflicts.isEmpty()) {
            o << '\n' << CommandLine::tr("Evidence that says otherwise:") << '\n';
            printEvidence(diagnosis.conflicts);
        }
        if (remediation) {
            if (remediation->routeNeeded)
                o << '\n'
                  << CommandLine::tr("The wildcard route (save as %1.yaml):")
                         .arg(remediation->routeName)
                  << "\n\n"
                  << QString::fromUtf8(remediation->routeYaml);
            else
                o << '\n'
                  << CommandLine::tr("The wildcard route %1 exists and enables clients without "
                                     "SNI: it stays as it is.")
                         .arg(remediation->routeName)
                  << '\n';
            if (remediation->routeNeeded && !remediation->credentialKnown)
                o << '\n'
                  << CommandLine::tr("Replace the placeholder credentialName with the TLS secret "
                                     "of a virtual host first.")
                  << '\n';
            if (!remediation->overridesDiff.isEmpty())
                o << '\n'
                  << CommandLine::tr("The overrides.yaml change:") << "\n\n"
                  << remediation->overridesDiff;
            if (!remediation->skippedHosts.isEmpty())
                o << '\n'
                  << CommandLine::tr("Add the route by hand to: %1.")
                         .arg(remediation->skippedHosts.join(QStringLiteral(", ")))
                  << '\n';
            for (const QString &problem :
                 remediation->routeProblems + remediation->overridesProblems)
                o << CommandLine::tr("Check: %1").arg(problem) << '\n';
            o << '\n' << CommandLine::tr("Apply (a dry run first), then verify:") << '\n';
            for (const QString &command : remediation->commands)
                o << "  " << command << '\n';
        }
    }
    out().flush();
    if (incomplete)
        return ExitIncomplete;
    switch (diagnosis.rootCause) {
    case RootCause::NonSniSupported:
    case RootCause::Inconclusive:
    case RootCause::Fixed:
        return ExitNoProblem;
    case RootCause::NonSniClientNoWildcardRoute:
    case RootCause::WildcardRouteNonSniDisabled:
    case RootCause::WildcardRouteNotAttached:
    case RootCause::ClientSendsUnknownSni:
        break;
    }
    return ExitProblemFound;
}

} // namespace SniDoctor::Cli
