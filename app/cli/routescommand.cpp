#include "cli/cli.h"
#include "cli/commands.h"

#include "case/casedata.h"
#include "case/stepmodule.h"
#include "cluster/clusterfetch.h"
#include "cluster/routesresult.h"
#include "cluster/routetext.h"

namespace SniDoctor::Cli {

namespace {

void printRoutes(const QList<ApigeeRoute> &routes, const QList<Finding> &findings)
{
    QTextStream &o = out();
    o << CommandLine::tr("Verdict: %1").arg(RouteText::verdict(findings)) << "\n\n";
    QList<QStringList> rows;
    for (const ApigeeRoute &route : routes) {
        rows << QStringList{
            route.name, route.state.isEmpty() ? QStringLiteral("-") : route.state,
            route.hostnames.join(QLatin1Char(',')),
            route.enableNonSniClient
                ? (*route.enableNonSniClient ? QStringLiteral("true") : QStringLiteral("false"))
                : QStringLiteral("-"),
            route.additionalGateways.join(QLatin1Char(','))};
    }
    printTable({CommandLine::tr("Route"), CommandLine::tr("State"), CommandLine::tr("Hostnames"),
                QStringLiteral("enableNonSniClient"), QStringLiteral("additionalGateways")},
               rows);
    o << '\n';
    // Each route's events, as kubectl describe apigeeroute ends.
    for (const ApigeeRoute &route : routes) {
        if (route.events.isEmpty())
            continue;
        o << CommandLine::tr("Events of %1:").arg(route.name) << '\n';
        QList<QStringList> eventRows;
        for (const KubeEvent &event : route.events)
            eventRows << QStringList{event.type, event.reason, event.lastSeen,
                                     QString::number(event.count), event.message};
        printTable({CommandLine::tr("Type"), CommandLine::tr("Reason"),
                    CommandLine::tr("Last seen"), CommandLine::tr("Count"),
                    CommandLine::tr("Message")},
                   eventRows);
        o << '\n';
    }
    printFindings(Step::Routes, findings);
    o << '\n' << CommandLine::tr("What it means: %1").arg(RouteText::nextStep(findings)) << '\n';
}

} // namespace

int routesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Checks the ApigeeRoutes for a wildcard route that serves clients "
                        "without SNI and is attached to every virtual host."));
    const QCommandLineOption from(
        QStringLiteral("from"),
        CommandLine::tr(
            "The output of kubectl get apigeeroutes -o yaml (or -o json) saved to FILE."),
        QStringLiteral("FILE"));
    const ClusterOptions cluster(
        CommandLine::tr("The kubeconfig to use (else KUBECONFIG, else ~/.kube/config)."),
        CommandLine::tr("The namespace of the routes (the context's, else apigee)."));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption help = helpOption();
    parser.addOption(from);
    cluster.addTo(parser);
    parser.addOptions({json, help});
    if (const auto done = parseOrHelp(parser, arguments, help, QStringLiteral("sni-doctor routes")))
        return *done;
    RoutesResult result;
    Origin origin = Origin::thisMachine();
    if (parser.isSet(from)) {
        const QString path = parser.value(from);
        const Result<QList<ApigeeRoute>> routes = readApigeeRoutes(path);
        if (!routes)
            return fail(routes.error(), ExitUsage);
        result.routes = routes.value();
        result.cluster.ns = parser.value(cluster.ns).isEmpty() ? result.routes.first().ns
                                                               : parser.value(cluster.ns);
    } else {
        const Result<ClusterRequest> request = resolvedCluster(cluster.target(parser));
        if (!request)
            return fail(request.error(), ExitUsage);
        Interruptible interruptible;
        Error eventsError;
        const Result<QList<ApigeeRoute>> routes =
            fetchRoutes(request.value(), interruptible.control(), &eventsError);
        if (!routes)
            return fail(routes.error(), ExitIncomplete);
        warnAboutEvents(eventsError);
        if (routes.value().isEmpty())
            return fail(CommandLine::tr("The namespace %1 has no ApigeeRoute: check the namespace "
                                        "(--namespace).")
                            .arg(request.value().ns),
                        ExitProblemFound);
        result.routes = routes.value();
        result.cluster = request.value().target();
        origin = Origin::cluster();
    }
    const QList<Finding> findings = routeFindings(result.routes);
    if (parser.isSet(json))
        printJson(stepModule(Step::Routes).resultJson(StepRecord(result, origin)));
    else
        printRoutes(result.routes, findings);
    out().flush();
    return hasError(findings) ? ExitProblemFound : ExitNoProblem;
}

} // namespace SniDoctor::Cli
