#include "cli/cli.h"
#include "cli/commands.h"

#include "cluster/clusterfetch.h"
#include "overrides/overridesjson.h"
#include "overrides/overridesvalidator.h"

#include <QFile>

namespace SniDoctor::Cli {

namespace {

// The form editors and CI logs understand: FILE:LINE:COLUMN: severity: message [code]
void printDiagnostics(const QString &path, const OverridesReport &report)
{
    QTextStream &o = out();
    for (const OverridesDiagnostic &diagnostic : report.diagnostics) {
        const QString where =
            diagnostic.line > 0
                ? QStringLiteral("%1:%2:%3").arg(path).arg(diagnostic.line).arg(diagnostic.column)
                : path;
        const QString severity = diagnostic.severity == Severity::Error ? CommandLine::tr("error")
                                 : diagnostic.severity == Severity::Warning
                                     ? CommandLine::tr("warning")
                                     : CommandLine::tr("note");
        o << QStringLiteral("%1: %2: %3 [%4]\n")
                 .arg(where, severity, overridesMessage(diagnostic), diagnostic.code);
    }
    o << CommandLine::tr("%n error(s)", nullptr, report.count(Severity::Error)) << ", "
      << CommandLine::tr("%n warning(s)", nullptr, report.count(Severity::Warning)) << ", "
      << CommandLine::tr("%n note(s).", nullptr, report.count(Severity::Info)) << '\n';
}

} // namespace

int overridesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Validates an overrides.yaml: syntax, structure, certificates, and that every virtual host "
        "lists the wildcard route in additionalGateways. The routes come from --wildcard-route, "
        "--routes-from, or the cluster when --kubeconfig or --context is given."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 CommandLine::tr("The overrides.yaml to check."));
    const QCommandLineOption wildcard(QStringLiteral("wildcard-route"),
                                      CommandLine::tr("The name of the wildcard (non-SNI) route."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption routesFrom(
        QStringLiteral("routes-from"),
        CommandLine::tr("Saved kubectl get apigeeroutes -o yaml (or -o json) output."),
        QStringLiteral("FILE"));
    const ClusterOptions cluster(
        CommandLine::tr("Read the routes from the cluster of this kubeconfig."),
        CommandLine::tr("The namespace of the routes (the context's, else apigee)."));
    const QCommandLineOption chart(
        QStringLiteral("chart-dir"),
        CommandLine::tr("Helm's apigee-virtualhost chart folder, where relative certificate paths "
                        "point."),
        QStringLiteral("DIR"));
    const HybridOptions hybrid;
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption help = helpOption();
    parser.addOptions({wildcard, routesFrom});
    cluster.addTo(parser);
    parser.addOptions({chart});
    hybrid.addTo(parser);
    parser.addOptions({json, help});
    if (const auto done =
            parseOrHelp(parser, arguments, help, QStringLiteral("sni-doctor overrides")))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return fail(CommandLine::tr("Give one overrides.yaml. Try sni-doctor overrides --help."),
                    ExitUsage);
    OverridesContext context;
    if (const std::optional<int> failed = hybrid.apply(parser, context))
        return *failed;
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(CommandLine::tr("Cannot read %1: %2").arg(path, file.errorString()), ExitUsage);
    // One byte past the validator's limit is enough for it to say the file is too large.
    const QByteArray text = file.read(8 * 1024 * 1024 + 1);

    context.wildcardRoute = parser.value(wildcard);
    context.chartDir = parser.value(chart);
    if (parser.isSet(routesFrom)) {
        const Result<QList<ApigeeRoute>> routes = readApigeeRoutes(parser.value(routesFrom));
        if (!routes)
            return fail(routes.error(), ExitUsage);
        context.routes = routes.value();
    } else if (cluster.isSet(parser)) {
        const Result<ClusterRequest> request = resolvedCluster(cluster.target(parser));
        if (!request)
            return fail(request.error(), ExitUsage);
        Interruptible interruptible;
        const Result<QList<ApigeeRoute>> routes =
            fetchRoutes(request.value(), interruptible.control());
        if (!routes)
            return fail(routes.error(), ExitIncomplete);
        context.routes = routes.value();
    }
    const OverridesReport report = validateOverrides(text, path, context);
    if (parser.isSet(json))
        printJson(overridesReportToJson(report));
    else
        printDiagnostics(path, report);
    out().flush();
    return report.count(Severity::Error) > 0 ? ExitProblemFound : ExitNoProblem;
}

} // namespace SniDoctor::Cli
