#include "cli/cli.h"
#include "cli/commands.h"

#include <openssl/opensslv.h>

namespace SniDoctor {

namespace Cli {

const QList<Command> &commands()
{
    // One sentence per command, so that a new command adds strings to translate
    // instead of changing one long text.
    static const QList<Command> table{
        {"probe",
         "probe HOST[:PORT] [--connect ADDRESS | --through-pod POD [--kubeconfig FILE] "
         "[--context NAME] [-n NS] [--pod-port PORT] [--kubectl-port-forward]] "
         "[--timeout SECONDS] [--ca-file FILE] [--json]",
         QT_TRANSLATE_NOOP("SniDoctor::CommandLine",
                           "Handshake with the host name as SNI, without SNI, and with an unknown "
                           "name."),
         probeCommand},
        {"lab",
         "lab [--port N] [--mode strict|wildcard|alert] [--bind ADDRESS] [--host NAME]... "
         "[--ca-out FILE [--force]]",
         QT_TRANSLATE_NOOP("SniDoctor::CommandLine",
                           "A local TLS endpoint that behaves like the Apigee ingress."),
         labCommand},
        {"logs", "logs FILE... [--json]",
         QT_TRANSLATE_NOOP("SniDoctor::CommandLine",
                           "Finds the clients refused for lack of SNI in ingress access logs."),
         logsCommand},
        {"capture", "capture FILE [--json | --list]",
         QT_TRANSLATE_NOOP("SniDoctor::CommandLine",
                           "Reads a packet capture: which ClientHellos carry no SNI, and what the "
                           "server answered."),
         captureCommand},
        {"routes",
         "routes [--kubeconfig FILE] [--context NAME] [--namespace NS] [--from FILE] [--json]",
         QT_TRANSLATE_NOOP("SniDoctor::CommandLine",
                           "Checks the ApigeeRoutes (from the cluster, or saved kubectl get "
                           "apigeeroutes -o yaml output) for a wildcard route that serves clients "
                           "without SNI."),
         routesCommand},
        {"pods",
         "pods [--kubeconfig FILE] [--context NAME] [--namespace NS] [--logs] [--tail N] [--json]",
         QT_TRANSLATE_NOOP("SniDoctor::CommandLine",
                           "Lists the ingress gateway pods; with --logs, reads their access logs "
                           "for refused clients."),
         podsCommand},
        {"watch",
         "watch [--kubeconfig FILE] [--context NAME] [-n NS] [-l SELECTOR] [--client IP] "
         "[--for SECONDS] [--json]",
         QT_TRANSLATE_NOOP("SniDoctor::CommandLine",
                           "Follows every ingress pod's access log and prints each refused or "
                           "failed connection as it happens."),
         watchCommand},
        {"overrides",
         "overrides FILE [--wildcard-route NAME] [--routes-from FILE] [--kubeconfig FILE] "
         "[--context NAME] [--namespace NS] [--chart-dir DIR] [--hybrid-version X.Y] "
         "[--layout helm|apigeectl] [--json]",
         QT_TRANSLATE_NOOP("SniDoctor::CommandLine",
                           "Validates an overrides.yaml: syntax, structure, certificates, and that "
                           "every virtual host lists the wildcard route in additionalGateways."),
         overridesCommand},
        {"diagnose",
         "diagnose [--probe HOST[:PORT] [--connect ADDRESS]] [--logs FILE]... [--capture FILE] "
         "[--kubeconfig FILE --context NAME | --routes-from FILE] [--overrides FILE] [--json] | "
         "diagnose --cluster [--kubeconfig FILE] [--context NAME] [--namespace NS] "
         "[--max-connections N] [--json]",
         QT_TRANSLATE_NOOP("SniDoctor::CommandLine",
                           "Runs the steps it is given and prints one verdict with its evidence, "
                           "and the fix; with --cluster, every step from the kubeconfig context "
                           "alone."),
         diagnoseCommand},
        {"bundle",
         "bundle --out FILE [the inputs of diagnose] [--envgroup NAME]... [--include-logs] "
         "[--include-capture] [--tar-gz] [--force]",
         QT_TRANSLATE_NOOP("SniDoctor::CommandLine",
                           "Writes the support bundle: what support asks for, secrets redacted, "
                           "with a manifest of checksums."),
         bundleCommand},
        {"review", "review PATH... [--route-name NAME] [--apigeectl] [--json]",
         QT_TRANSLATE_NOOP("SniDoctor::CommandLine",
                           "Reviews a bundle, an archive, a folder or files offline: each file "
                           "recognised by its content, and the verdict as diagnose prints it. "
                           "Nothing is executed."),
         reviewCommand},
    };
    return table;
}

namespace {

bool isVersion(const QString &word)
{
    return word == QLatin1String("--version") || word == QLatin1String("-v");
}

bool isHelp(const QString &word)
{
    return word == QLatin1String("--help") || word == QLatin1String("-h") ||
           word == QLatin1String("help");
}

void printHelp()
{
    QTextStream &o = out();
    o << CommandLine::tr("Usage: sni-doctor [COMMAND] [OPTIONS]") << "\n\n"
      << CommandLine::tr("SNI Doctor finds out why API clients of an Apigee hybrid ingress get "
                         "\"Connection reset by peer\" during the TLS handshake.")
      << '\n'
      << CommandLine::tr("Without a command it opens the wizard (or, without a display, probes "
                         "the practice lab).")
      << "\n\n"
      << CommandLine::tr("Commands:") << '\n';
    for (const Command &command : commands())
        o << "  " << command.usage << "\n        "
          << QCoreApplication::translate("SniDoctor::CommandLine", command.summary) << '\n';
    o << '\n'
      << CommandLine::tr("Options for every command:") << '\n'
      << "  --lang es|en   " << CommandLine::tr("language of the output") << '\n'
      << "  --help         " << CommandLine::tr("this help; COMMAND --help for a command's options")
      << '\n'
      << "  --version      " << CommandLine::tr("the version") << "\n\n"
      << CommandLine::tr("Exit codes: 0 no problem found, 1 a problem found, 2 usage or input "
                         "error, 3 could not complete (unreachable, timeout, canceled).")
      << '\n';
    o.flush();
}

} // namespace

} // namespace Cli

bool CommandLine::wantsCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    if (Cli::isVersion(first) || Cli::isHelp(first))
        return true;
    for (const Cli::Command &command : Cli::commands()) {
        if (first == QLatin1String(command.name))
            return true;
    }
    return false;
}

int CommandLine::run(const QStringList &arguments)
{
    const QString word = arguments.value(1);
    if (Cli::isVersion(word)) {
        Cli::out() << "sni-doctor " << SNI_DOCTOR_VERSION << " (Qt " << qVersion() << ", "
                   << OPENSSL_VERSION_TEXT << ")\n";
        Cli::out().flush();
        return ExitNoProblem;
    }
    if (Cli::isHelp(word)) {
        Cli::printHelp();
        return ExitNoProblem;
    }
    // The command stands where the program name was.
    for (const Cli::Command &command : Cli::commands()) {
        if (word == QLatin1String(command.name))
            return command.run(arguments.mid(1));
    }
    return Cli::fail(tr("Unknown command \"%1\". Try sni-doctor --help.").arg(word), ExitUsage);
}

} // namespace SniDoctor
