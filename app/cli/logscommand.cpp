#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/printers.h"

#include "accesslog/accessloganalyzer.h"
#include "accesslog/accesslogjson.h"

namespace SniDoctor::Cli {

int logsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Finds the clients the ingress refused in its access logs."));
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        CommandLine::tr("Output of kubectl logs of an ingress gateway pod; .gz and other "
                        "compressed files are read as they are; - reads standard input."),
        QStringLiteral("FILE..."));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption help = helpOption();
    parser.addOptions({json, help});
    if (const auto done = parseOrHelp(parser, arguments, help, QStringLiteral("sni-doctor logs")))
        return *done;
    if (parser.positionalArguments().isEmpty())
        return fail(CommandLine::tr("Give at least one FILE (or - for standard input). Try "
                                    "sni-doctor logs --help."),
                    ExitUsage);
    Interruptible interruptible;
    const Result<AccessLogSummary> result =
        analyzeAccessLogFiles(parser.positionalArguments(), interruptible.control());
    if (!result)
        return fail(result.error(), ExitUsage);
    if (parser.isSet(json))
        printJson(accessLogSummaryToJson(result.value()));
    else
        printLogSummary(result.value());
    if (result.value().canceled)
        return ExitIncomplete;
    return hasError(result.value().findings) ? ExitProblemFound : ExitNoProblem;
}

} // namespace SniDoctor::Cli
