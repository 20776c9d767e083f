#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/printers.h"

#include "cluster/clusterfetch.h"
#include "cluster/portforward.h"
#include "probe/probejson.h"

#include <QStandardPaths>

#include <memory>

namespace SniDoctor::Cli {

namespace {

int exitCodeFor(const ProbeReport &report)
{
    if (report.canceled)
        return ExitIncomplete;
    for (const Finding &finding : report.findings) {
        if (finding.id == QLatin1String("endpoint_unreachable"))
            return ExitIncomplete;
    }
    return hasError(report.findings) ? ExitProblemFound : ExitNoProblem;
}

// A port-forward to a pod for the probe, kept open while it lives: ours through the
// API's WebSocket, or kubectl's when the server has none and the user agreed.
struct PodForward
{
    std::unique_ptr<PortForwardSession> session;
    std::unique_ptr<KubectlPortForward> kubectl;
    quint16 port = 0;
    QString byHand; // kubectl port-forward to the same local port, for the commands shown
};

// Opens the forward; an exit code (after saying why) when it cannot.
std::optional<int> openForward(const ClusterRequest &request, const QString &pod, quint16 podPort,
                               bool runKubectl, int timeoutMs, TaskControl &control,
                               PodForward &forward)
{
    const Result<ClusterConnection> connection = clusterConnection(request, &control);
    if (!connection)
        return fail(connection.error(), ExitUsage);
    PortForwardOptions options;
    options.ns = connection.value().ns;
    options.pod = pod;
    options.podPort = podPort;
    options.upgradeTimeoutMs = timeoutMs;
    options.kubeconfig = request.kubeconfig;
    err() << CommandLine::tr("Probing through a port-forward to pod %1, port %2, in namespace %3 "
                             "(context %4).")
                 .arg(pod)
                 .arg(podPort)
                 .arg(options.ns, connection.value().connection.context)
          << '\n';
    Result<std::unique_ptr<PortForwardSession>> session =
        startPortForward(connection.value().connection, options, control);
    const auto byHand = [&](quint16 port) {
        return kubectlPortForwardCommand(request.kubeconfig, connection.value().connection.context,
                                         options.ns, pod, port, podPort);
    };
    if (session) {
        forward.port = session.value()->port();
        forward.byHand = byHand(forward.port);
        forward.session = std::move(session).value();
        return std::nullopt;
    }
    const Error &error = session.error();
    if (error.isCanceled() || error.is(PortForwardError::Canceled))
        return fail(error, ExitIncomplete);
    if (!error.is(PortForwardError::NotSupported))
        return fail(error, ExitIncomplete);
    if (!runKubectl)
        return fail(error.message() + QLatin1Char('\n') +
                        CommandLine::tr("Or let sni-doctor run kubectl port-forward for this "
                                        "probe and stop it afterwards: add "
                                        "--kubectl-port-forward."),
                    ExitIncomplete);
    err() << error.message() << '\n';
    const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (kubectl.isEmpty())
        return fail(CommandLine::tr("kubectl is not installed (not found in PATH): install it, "
                                    "or run the command above on a machine that has it."),
                    ExitIncomplete);
    forward.kubectl = std::make_unique<KubectlPortForward>();
    const Result<quint16> port =
        forward.kubectl->start(kubectl, request.kubeconfig, connection.value().connection.context,
                               options.ns, pod, podPort, 30000, control);
    if (!port)
        return fail(port.error(), ExitIncomplete);
    err() << CommandLine::tr("Started %1; it forwards 127.0.0.1:%2 and stops after the probe.")
                 .arg(forward.kubectl->command())
                 .arg(port.value())
          << '\n';
    forward.port = port.value();
    forward.byHand = byHand(forward.port);
    return std::nullopt;
}

} // namespace

int probeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Probes an endpoint with and without SNI."));
    parser.addPositionalArgument(QStringLiteral("HOST[:PORT]"),
                                 CommandLine::tr("The API host name and port (443 by default)."));
    const QCommandLineOption connect(
        QStringLiteral("connect"),
        CommandLine::tr("Connect to ADDRESS instead of the host's address (like curl --resolve)."),
        QStringLiteral("ADDRESS"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     CommandLine::tr("Seconds per attempt (10 by default)."),
                                     QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption caFile(
        QStringLiteral("ca-file"),
        CommandLine::tr("PEM file of CA certificates to verify against (system CAs by default)."),
        QStringLiteral("FILE"));
    const QCommandLineOption throughPod(
        QStringLiteral("through-pod"),
        CommandLine::tr("Probe through a port-forward to this ingress gateway pod, by the "
                        "Kubernetes API (when the ingress address cannot be reached from here)."),
        QStringLiteral("POD"));
    const QCommandLineOption podPort(
        QStringLiteral("pod-port"),
        CommandLine::tr("The pod's port to forward to with --through-pod (443 by default)."),
        QStringLiteral("PORT"), QStringLiteral("443"));
    const QCommandLineOption kubectlForward(
        QStringLiteral("kubectl-port-forward"),
        CommandLine::tr("When the API server does not support the WebSocket port-forward, run "
                        "kubectl port-forward for the probe (and stop it afterwards)."));
    const ClusterOptions cluster(
        CommandLine::tr("With --through-pod: the kubeconfig to use (else KUBECONFIG, else "
                        "~/.kube/config)."),
        CommandLine::tr("With --through-pod: the pod's namespace (the context's, else apigee)."));
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption help = helpOption();
    parser.addOptions({connect, timeout, caFile, throughPod, podPort, kubectlForward});
    cluster.addTo(parser);
    parser.addOptions({json, help});
    if (const auto done = parseOrHelp(parser, arguments, help, QStringLiteral("sni-doctor probe")))
        return *done;
    if (parser.positionalArguments().size() != 1)
        return fail(CommandLine::tr("Give exactly one HOST[:PORT]. Try sni-doctor probe --help."),
                    ExitUsage);
    const std::optional<HostPort> hostPort = parseHostPort(parser.positionalArguments().first());
    if (!hostPort)
        return fail(CommandLine::tr("\"%1\" is not HOST, HOST:PORT or [IPv6]:PORT with a port from "
                                    "1 to 65535.")
                        .arg(parser.positionalArguments().first()),
                    ExitUsage);
    bool ok = false;
    const double seconds = parser.value(timeout).toDouble(&ok);
    if (!ok || seconds < 1 || seconds > 600)
        return fail(CommandLine::tr("--timeout takes seconds from 1 to 600, not \"%1\".")
                        .arg(parser.value(timeout)),
                    ExitUsage);
    const bool forwarded = parser.isSet(throughPod);
    if (!forwarded &&
        (cluster.isSet(parser) || parser.isSet(kubectlForward) || parser.isSet(podPort)))
        return fail(CommandLine::tr("--kubeconfig, --context, -n, --pod-port and "
                                    "--kubectl-port-forward go with --through-pod POD."),
                    ExitUsage);
    if (forwarded && parser.isSet(connect))
        return fail(CommandLine::tr("--connect and --through-pod exclude each other: the "
                                    "port-forward is where the probe connects."),
                    ExitUsage);
    const uint podPortValue = parser.value(podPort).toUInt(&ok);
    if (!ok || podPortValue < 1 || podPortValue > 65535)
        return fail(CommandLine::tr("--pod-port takes a port from 1 to 65535, not \"%1\".")
                        .arg(parser.value(podPort)),
                    ExitUsage);
    ProbeTarget target;
    target.host = hostPort->host;
    target.port = hostPort->port;
    target.timeoutMs = static_cast<int>(seconds * 1000);
    target.connectAddress = parser.value(connect);
    target.caFile = parser.value(caFile);

    Interruptible interruptible;
    PodForward forward;
    if (forwarded) {
        const Result<ClusterRequest> request = resolvedCluster(cluster.target(parser));
        if (!request)
            return fail(request.error(), ExitUsage);
        if (const auto code = openForward(request.value(), parser.value(throughPod),
                                          quint16(podPortValue), parser.isSet(kubectlForward),
                                          target.timeoutMs, interruptible.control(), forward))
            return *code;
        // The real SNI logic: the host name as SNI, the forward's end as the address.
        target.connectAddress = QStringLiteral("127.0.0.1");
        target.port = forward.port;
    }
    const Result<ProbeReport> result = runProbe(target, interruptible.control());
    if (!result)
        return fail(result.error(), ExitUsage);
    if (forward.session) {
        // What the cluster said about the streams; a reset is already the probe's outcome.
        for (const Error &error : forward.session->streamErrors()) {
            if (!error.args().value("message").contains(QLatin1String("reset by peer")))
                err() << error.message() << '\n';
        }
    }
    if (forward.kubectl && !forward.kubectl->running()) {
        // kubectl gives up the whole forward at the first error a stream reports: the
        // attempts after it failed for that, not for the ingress.
        const QStringList lines =
            forward.kubectl->output().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        err() << CommandLine::tr("kubectl port-forward stopped during the probe, so later "
                                 "attempts may show its failure rather than the ingress's: %1")
                     .arg(lines.isEmpty() ? QString() : lines.last().trimmed())
              << '\n';
    }
    if (parser.isSet(json))
        printJson(probeReportToJson(result.value()));
    else
        printProbeReport(result.value());
    if (forwarded && !parser.isSet(json))
        err() << CommandLine::tr("The port-forward ends with this probe. To run the commands "
                                 "above by hand, start one on the same port first: %1")
                     .arg(forward.byHand)
              << '\n';
    const int code = exitCodeFor(result.value());
    if (code == ExitIncomplete && !forwarded && !result.value().canceled)
        err() << CommandLine::tr("The endpoint cannot be reached from this machine (an internal "
                                 "load balancer, a private cluster?). Probe it through the "
                                 "Kubernetes API instead: sni-doctor probe --through-pod POD %1 "
                                 "(list the pods with sni-doctor pods).")
                     .arg(parser.positionalArguments().first())
              << '\n';
    return code;
}

} // namespace SniDoctor::Cli
