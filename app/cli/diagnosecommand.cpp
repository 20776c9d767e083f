#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/evidence.h"

#include "diagnosis/autodiagnosis.h"
#include "probe/probematrixtext.h"

#include <QJsonObject>

namespace SniDoctor::Cli {

namespace {

// Every host through every ingress, as a table per ingress, then what the matrix found.
void printMatrix(const ProbeMatrix &matrix)
{
    QTextStream &o = out();
    o << CommandLine::tr("Every host through every ingress (at most %1 connections at once, %2 s):")
             .arg(matrix.maxConnections)
             .arg(double(matrix.elapsedMs) / 1000.0, 0, 'f', 1)
      << '\n';
    int width = 0;
    for (const MatrixCell &cell : matrix.cells)
        width = std::max(width, int(cell.host.size()));
    for (const MatrixIngress &ingress : matrix.ingresses) {
        o << "  "
          << (ingress.address.isEmpty()
                  ? CommandLine::tr("%1 (%2)").arg(ingress.service,
                                                   ProbeMatrixText::viaLabel(ingress.via))
                  : CommandLine::tr("%1 at %2:%3 (%4)")
                        .arg(ingress.service, ingress.address)
                        .arg(ingress.port)
                        .arg(ProbeMatrixText::viaLabel(ingress.via)))
          << '\n';
        for (const MatrixCell &cell : matrix.cells) {
            if (cell.ingress == ingress.service)
                o << "    " << cell.host.leftJustified(width) << "  "
                  << ProbeMatrixText::cellLabel(cell.verdict) << '\n';
        }
    }
    o << ProbeMatrixText::verdict(matrix) << '\n';
    for (const Finding &finding : matrix.findings)
        o << "  - " << ProbeMatrixText::detail(finding) << '\n';
    o << '\n';
}

// diagnose --cluster: routes, pods, logs and Services from the cluster, every host probed
// through every ingress, then the verdict.
int diagnoseCluster(const QCommandLineParser &parser, const EvidenceOptions &evidence,
                    const QCommandLineOption &maxConnections, const QCommandLineOption &selector,
                    bool asJson)
{
    for (const QCommandLineOption *other :
         {&evidence.probe, &evidence.connect, &evidence.logs, &evidence.capture,
          &evidence.routesFrom, &evidence.overrides}) {
        if (parser.isSet(*other))
            return fail(CommandLine::tr("--cluster reads every step from the cluster: it does "
                                        "not take --%1.")
                            .arg(other->names().constFirst()),
                        ExitUsage);
    }
    bool ok = false;
    const int connections = parser.value(maxConnections).toInt(&ok);
    if (!ok || connections < 3 || connections > 300)
        return fail(CommandLine::tr("--max-connections takes a number from 3 to 300."), ExitUsage);
    ClusterTarget target = evidence.cluster.target(parser);
    target.podSelector = parser.value(selector).trimmed();
    const Result<ClusterRequest> request = resolvedCluster(target);
    if (!request)
        return fail(request.error(), ExitUsage);
    AutoDiagnosisRequest automatic;
    automatic.cluster = request.value();
    automatic.probes.maxConnections = connections;
    Interruptible interruptible;
    const Result<AutoDiagnosis> found = runAutoDiagnosis(automatic, interruptible.control());
    if (!found)
        return fail(found.error(), ExitIncomplete);
    if (!found.value().logsError.isNull())
        err() << CommandLine::tr("Step 2 skipped: %1").arg(found.value().logsError.message())
              << '\n';
    if (!found.value().servicesError.isNull())
        err() << CommandLine::tr("The ingress Services could not be listed: %1")
                     .arg(found.value().servicesError.message())
              << '\n';
    CaseData data;
    data.fix = evidence.fix(parser);
    addAutoDiagnosis(data, found.value(), false);
    QJsonObject extra;
    if (!data.probeMatrix.isNull()) {
        const ProbeMatrix &matrix = data.probeMatrix.as<ProbeMatrix>();
        if (asJson)
            extra.insert(QStringLiteral("probe_matrix"), probeMatrixToJson(matrix));
        else
            printMatrix(matrix);
    }
    return printDiagnosis(data, found.value().canceled, asJson, extra);
}

} // namespace

// sni-doctor diagnose: each step it is given, then the verdict from all of them.
int diagnoseCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Runs the runbook steps it is given (any of them) and prints one verdict "
                        "with its evidence, the wildcard route and overrides.yaml change that fix "
                        "it, and the commands to apply and verify them. With --cluster, the "
                        "kubeconfig context alone: the routes, pods, logs and ingress Services "
                        "from the cluster, and every host probed through every ingress."));
    const EvidenceOptions evidence;
    evidence.addTo(parser);
    const QCommandLineOption cluster(
        QStringLiteral("cluster"),
        CommandLine::tr("Diagnose automatically from the kubeconfig context alone."));
    const QCommandLineOption maxConnections(
        QStringLiteral("max-connections"),
        CommandLine::tr("With --cluster: at most this many probe connections at once (24)."),
        QStringLiteral("N"), QStringLiteral("24"));
    const QCommandLineOption selector(
        QStringList{QStringLiteral("l"), QStringLiteral("selector")},
        CommandLine::tr("With --cluster: the ingress pods' and Services' label selector, as "
                        "kubectl -l (default app=apigee-ingressgateway)."),
        QStringLiteral("SELECTOR"));
    parser.addOptions({cluster, maxConnections, selector, evidence.cluster.as,
                       evidence.cluster.asGroup, evidence.cluster.asUid,
                       evidence.cluster.requestTimeout});
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption help = helpOption();
    parser.addOptions({json, help});
    if (const auto done =
            parseOrHelp(parser, arguments, help, QStringLiteral("sni-doctor diagnose")))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return fail(CommandLine::tr("Unexpected argument \"%1\". Try sni-doctor diagnose --help.")
                        .arg(parser.positionalArguments().first()),
                    ExitUsage);
    if (parser.isSet(cluster))
        return diagnoseCluster(parser, evidence, maxConnections, selector, parser.isSet(json));
    CaseData data;
    bool incomplete = false;
    if (const auto failed = collectEvidence(parser, evidence, data, incomplete))
        return *failed;
    return printDiagnosis(data, incomplete, parser.isSet(json));
}

} // namespace SniDoctor::Cli
