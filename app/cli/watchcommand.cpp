#include "cli/cli.h"
#include "cli/commands.h"

#include "accesslog/accesslogtext.h"
#include "cluster/clusterfetch.h"
#include "cluster/ingresswatch.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace SniDoctor::Cli {

namespace {

// One line, written (and flushed) as it happens: a script or a terminal sees it at once.
void printLine(const QString &line)
{
    out() << line << '\n';
    out().flush();
}

void printJsonLine(const QJsonObject &object)
{
    printLine(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

int watchCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Follows the access log of every ingress gateway pod and prints each refused or "
        "failed connection as it happens, until --for ends or Ctrl+C. Exit code 1 when a "
        "refusal was seen."));
    const ClusterOptions cluster(
        CommandLine::tr("The kubeconfig to use (else KUBECONFIG, else ~/.kube/config)."),
        CommandLine::tr("The namespace of the pods (the context's, else apigee)."));
    const QCommandLineOption client(QStringLiteral("client"),
                                    CommandLine::tr("Print only this client's connections."),
                                    QStringLiteral("IP"));
    const QCommandLineOption duration(
        QStringLiteral("for"), CommandLine::tr("Stop after this many seconds (default: Ctrl+C)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption selector(
        QStringList{QStringLiteral("l"), QStringLiteral("selector")},
        CommandLine::tr("The ingress pods' label selector, as kubectl -l (default "
                        "app=apigee-ingressgateway; older layouts: "
                        "app=istio-ingressgateway -n istio-system)."),
        QStringLiteral("SELECTOR"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CommandLine::tr("Print one JSON object per line."));
    const QCommandLineOption help = helpOption();
    cluster.addTo(parser);
    parser.addOptions({selector, client, duration, json, help});
    if (const auto done = parseOrHelp(parser, arguments, help, QStringLiteral("sni-doctor watch")))
        return *done;
    int seconds = 0;
    if (parser.isSet(duration)) {
        bool ok = false;
        seconds = parser.value(duration).toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 7 * 86400)
            return fail(CommandLine::tr("--for takes a number of seconds, not \"%1\".")
                            .arg(parser.value(duration)),
                        ExitUsage);
    }
    QString clientIp;
    if (parser.isSet(client)) {
        const QHostAddress address(parser.value(client).trimmed());
        if (address.isNull())
            return fail(CommandLine::tr("--client takes an IP address, not \"%1\".")
                            .arg(parser.value(client)),
                        ExitUsage);
        clientIp = address.toString(); // the log's spelling of it (IPv6 compressed)
    }
    const bool asJson = parser.isSet(json);
    const Result<ClusterRequest> request = resolvedCluster(cluster.target(parser));
    if (!request)
        return fail(request.error(), ExitUsage);
    const Result<ClusterConnection> connection = clusterConnection(request.value());
    if (!connection)
        return fail(connection.error(), ExitUsage);

    Interruptible interruptible;
    WatchOptions options;
    options.podSelector = parser.value(selector).trimmed();
    IngressWatch watch(connection.value().connection, connection.value().ns, options);
    QEventLoop loop;
    Error failure;
    qint64 shown = 0;
    qint64 refused = 0;
    int followed = 0;
    QElapsedTimer clock;
    QObject::connect(
        &watch, &IngressWatch::connectionSeen, &watch, [&](const WatchedConnection &seen) {
            if (!clientIp.isEmpty() && QHostAddress(seen.client) != QHostAddress(clientIp))
                return;
            ++shown;
            refused += seen.refused() ? 1 : 0;
            if (asJson) {
                printJsonLine(
                    QJsonObject{{QStringLiteral("event"), QStringLiteral("connection")},
                                {QStringLiteral("time"), orNull(logTimeIso(seen.ms))},
                                {QStringLiteral("pod"), seen.pod},
                                {QStringLiteral("client"), orNull(seen.client)},
                                {QStringLiteral("remote_address"), orNull(seen.remoteAddress)},
                                {QStringLiteral("sni"), orNull(seen.sni)},
                                {QStringLiteral("class"), logClassId(seen.logClass)},
                                {QStringLiteral("refused"), seen.refused()},
                                {QStringLiteral("status_details"), orNull(seen.statusDetails)},
                                {QStringLiteral("response_flags"), orNull(seen.responseFlags)}});
            } else {
                printLine(QStringLiteral("%1  %2  %3  %4  %5")
                              .arg(AccessLogText::time(seen.ms), seen.pod,
                                   seen.remoteAddress.isEmpty() ? CommandLine::tr("unknown")
                                                                : seen.remoteAddress,
                                   seen.sni.isEmpty() ? CommandLine::tr("SNI none")
                                                      : CommandLine::tr("SNI %1").arg(seen.sni),
                                   AccessLogText::className(seen.logClass)));
            }
            if (out().status() != QTextStream::Ok)
                watch.stop(); // nobody reads any more (a closed pipe)
        });
    QObject::connect(&watch, &IngressWatch::podFollowed, &watch, [&](const QString &pod) {
        ++followed;
        if (asJson)
            printJsonLine(QJsonObject{{QStringLiteral("event"), QStringLiteral("pod_followed")},
                                      {QStringLiteral("pod"), pod}});
        else
            err() << CommandLine::tr("Following the log of %1.").arg(pod) << '\n' << Qt::flush;
    });
    QObject::connect(&watch, &IngressWatch::podLeft, &watch, [&](const QString &pod) {
        if (asJson)
            printJsonLine(QJsonObject{{QStringLiteral("event"), QStringLiteral("pod_left")},
                                      {QStringLiteral("pod"), pod}});
        else
            err() << CommandLine::tr("%1 left; its log is no longer followed.").arg(pod) << '\n'
                  << Qt::flush;
    });
    QObject::connect(&watch, &IngressWatch::failed, &watch,
                     [&failure](const Error &error) { failure = error; });
    QObject::connect(&watch, &IngressWatch::stopped, &loop, &QEventLoop::quit,
                     Qt::QueuedConnection);
    // Ctrl+C sets a flag (a signal handler may do no more): looked at ten times a second.
    QTimer interrupt;
    QObject::connect(&interrupt, &QTimer::timeout, &watch, [&watch] {
        if (Interruptible::interrupted())
            watch.stop();
    });
    interrupt.start(100);
    QTimer end;
    end.setSingleShot(true);
    QObject::connect(&end, &QTimer::timeout, &watch, &IngressWatch::stop);
    if (seconds > 0)
        end.start(seconds * 1000);
    if (!asJson)
        err() << (seconds > 0 ? CommandLine::tr("Watching the ingress pods in %1 for %n second(s); "
                                                "Ctrl+C stops.",
                                                nullptr, seconds)
                                    .arg(connection.value().ns)
                              : CommandLine::tr("Watching the ingress pods in %1; Ctrl+C stops.")
                                    .arg(connection.value().ns))
              << '\n'
              << Qt::flush;
    clock.start();
    watch.start();
    if (watch.isRunning())
        loop.exec();
    if (!failure.isNull())
        return fail(failure, ExitIncomplete);

    const qint64 elapsed = clock.elapsed() / 1000;
    if (asJson) {
        printJsonLine(QJsonObject{{QStringLiteral("event"), QStringLiteral("summary")},
                                  {QStringLiteral("seconds"), elapsed},
                                  {QStringLiteral("pods"), followed},
                                  {QStringLiteral("records"), watch.records()},
                                  {QStringLiteral("client"), orNull(clientIp)},
                                  {QStringLiteral("shown"), shown},
                                  {QStringLiteral("refused"), refused},
                                  {QStringLiteral("interrupted"), Interruptible::interrupted()}});
    } else {
        printLine(
            clientIp.isEmpty()
                ? CommandLine::tr("%n refused or failed connection(s) in %1 s, %2 of them refused "
                                  "during the handshake; ingress pods followed: %3.",
                                  nullptr, int(shown))
                      .arg(elapsed)
                      .arg(refused)
                      .arg(followed)
                : CommandLine::tr("%n refused or failed connection(s) of %4 in %1 s, %2 of them "
                                  "refused during the handshake; ingress pods followed: %3.",
                                  nullptr, int(shown))
                      .arg(elapsed)
                      .arg(refused)
                      .arg(followed)
                      .arg(clientIp));
    }
    return refused > 0 ? ExitProblemFound : ExitNoProblem;
}

} // namespace SniDoctor::Cli
