#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/evidence.h"

namespace SniDoctor::Cli {

// sni-doctor diagnose: each step it is given, then the verdict from all of them.
int diagnoseCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Runs the runbook steps it is given (any of them) and prints one verdict "
                        "with its evidence, the wildcard route and overrides.yaml change that fix "
                        "it, and the commands to apply and verify them."));
    const EvidenceOptions evidence;
    evidence.addTo(parser);
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
    CaseData data;
    bool incomplete = false;
    if (const auto failed = collectEvidence(parser, evidence, data, incomplete))
        return *failed;
    return printDiagnosis(data, incomplete, parser.isSet(json));
}

} // namespace SniDoctor::Cli
