#include "clusterfetch.h"

#include "accesslog/accessloganalyzer.h"
#include "cluster/execcredential.h"
#include "cluster/kubeclient.h"
#include "cluster/kubeconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

#include <optional>

namespace SniDoctor {

namespace {

Result<Kubeconfig> loadFor(const ClusterRequest &request)
{
    return loadKubeconfig(
        kubeconfigFiles(request.kubeconfig, qgetenv("KUBECONFIG"), QDir::homePath()),
        !request.kubeconfig.isEmpty());
}

struct Target
{
    KubeConnection connection;
    QString ns;
};

// The plugin's deadline is the request's (--request-timeout; 0: none; by default 5
// minutes, time to sign in); Stop ends it.
ExecRunOptions execOptions(const ClusterRequest &request, const TaskControl *control)
{
    ExecRunOptions options;
    options.timeoutMs = pluginTimeoutMs(request.requestTimeoutMs);
    if (control)
        options.canceled = [control] { return control->isCanceled(); };
    return options;
}

Result<Target> targetFor(const ClusterRequest &request, const TaskControl *control = nullptr)
{
    const Result<Kubeconfig> config = loadFor(request);
    if (!config)
        return config.error();
    const QString context =
        request.context.isEmpty() ? config.value().currentContext : request.context;
    Result<KubeConnection> connection = kubeConnection(
        config.value(), context, request.runPlugin ? ExecPolicy::Run : ExecPolicy::Refuse, {},
        execOptions(request, control));
    if (!connection)
        return connection.error();
    if (!request.as.isEmpty()) {
        connection.value().asUser = request.as;
        connection.value().asGroups = request.asGroups;
        connection.value().asUid = request.asUid;
        connection.value().asExtra.clear();
    } else if (!request.asGroups.isEmpty() || !request.asUid.isEmpty()) {
        connection.value().asGroups = request.asGroups;
        connection.value().asUid = request.asUid;
    }
    connection.value().requestTimeoutMs = request.requestTimeoutMs;
    return Target{std::move(connection).value(),
                  request.ns.isEmpty() ? config.value().namespaceFor(context) : request.ns};
}

// Waits in this thread's own loop until done() or a cancel.
template <typename Start> void wait(KubeClient &client, TaskControl &control, Start start)
{
    QEventLoop loop;
    bool finished = false;
    start([&loop, &finished] {
        finished = true;
        loop.quit();
    });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &client, [&control, &client] {
        if (control.isCanceled())
            client.cancel();
    });
    poll.start(50);
    if (!finished)
        loop.exec();
}

} // namespace

Result<ResolvedCluster> resolveCluster(const ClusterRequest &request)
{
    const Result<Target> target = targetFor(request);
    if (!target)
        return target.error();
    return ResolvedCluster{target.value().connection.context, target.value().ns,
                           target.value().connection.insecureSkipTlsVerify};
}

Result<ClusterConnection> clusterConnection(const ClusterRequest &request,
                                            const TaskControl *control)
{
    Result<Target> target = targetFor(request, control);
    if (!target)
        return target.error();
    return ClusterConnection{std::move(target.value().connection), target.value().ns};
}

QString pluginCommand(const ClusterRequest &request)
{
    const Result<Kubeconfig> config = loadFor(request);
    if (!config)
        return {};
    const QString context =
        request.context.isEmpty() ? config.value().currentContext : request.context;
    const KubeContext *found = config.value().context(context);
    if (!found || !config.value().users.contains(found->user))
        return {};
    const KubeUser user = config.value().users.value(found->user);
    if (!user.exec || !user.token.isEmpty() || !user.tokenFile.isEmpty() ||
        !user.clientCertificate.isEmpty() || !user.clientCertificateData.isEmpty())
        return {};
    return (QStringList{user.exec->command} + user.exec->args).join(QLatin1Char(' '));
}

namespace {

// Lists the pods with an existing client; nullopt when canceled.
std::optional<Result<QList<IngressPod>>> listPods(KubeClient &client, const QString &ns,
                                                  const QString &selector, TaskControl &control)
{
    std::optional<Result<QList<IngressPod>>> pods;
    wait(client, control, [&](auto done) {
        client.listIngressPods(
            ns, 30000,
            [&pods, done](const Result<QList<IngressPod>> &result) {
                pods = result;
                done();
            },
            selector);
    });
    return pods;
}

Error canceled()
{
    return Error(ClusterError::Canceled);
}

Result<ClusterState> fetchStateOnce(const ClusterRequest &request, TaskControl &control,
                                    bool withPods)
{
    const Result<Target> target = targetFor(request, &control);
    if (!target)
        return target.error();
    KubeClient client(target.value().connection);
    client.setCancelCheck([&control] { return control.isCanceled(); });
    ClusterState state;
    state.context = target.value().connection.context;
    state.ns = target.value().ns;
    state.insecureSkipTlsVerify = target.value().connection.insecureSkipTlsVerify;
    std::optional<Result<QList<ApigeeRoute>>> answer;
    wait(client, control, [&](auto done) {
        client.listRoutes(state.ns, 30000,
                          [&answer, done](const Result<QList<ApigeeRoute>> &result) {
                              answer = result;
                              done();
                          });
    });
    if (!answer)
        return canceled();
    if (!*answer)
        return answer->error();
    state.routes = answer->value();
    // kubectl describe's events: one list of the namespace's ApigeeRoute events,
    // handed to each route. A user allowed to list routes may not be allowed to list
    // events: then routes come without events, not as an error.
    if (!state.routes.isEmpty() && !control.isCanceled()) {
        wait(client, control, [&](auto done) {
            client.listEvents(
                state.ns, QStringLiteral("ApigeeRoute"), 15000,
                [&state, done](const Result<QHash<QString, QList<KubeEvent>>> &events) {
                    if (events) {
                        for (ApigeeRoute &route : state.routes)
                            route.events = events.value().value(route.name);
                    } else if (!events.error().is(ClusterError::Canceled)) {
                        state.eventsError = events.error();
                    }
                    done();
                });
        });
    }
    if (withPods && !control.isCanceled()) {
        const auto pods = listPods(client, state.ns, request.podSelector, control);
        if (pods && *pods)
            state.pods = pods->value();
        else if (pods)
            state.podsError = pods->error();
    }
    if (control.isCanceled())
        return canceled();
    return state;
}

// A plugin's cached token can expire early: after a 401, ask the plugin again, once.
template <typename Fetch> auto withRetryAfter401(const ClusterRequest &request, Fetch fetch)
{
    auto result = fetch();
    if (!result && result.error().is(ClusterError::Unauthorized) && request.runPlugin) {
        forgetExecCredentials();
        result = fetch();
    }
    return result;
}

} // namespace

Result<ClusterState> fetchClusterState(const ClusterRequest &request, TaskControl &control)
{
    return withRetryAfter401(request, [&] { return fetchStateOnce(request, control, true); });
}

Result<QList<ApigeeRoute>> fetchRoutes(const ClusterRequest &request, TaskControl &control,
                                       Error *eventsError)
{
    const Result<ClusterState> state =
        withRetryAfter401(request, [&] { return fetchStateOnce(request, control, false); });
    if (!state)
        return state.error();
    if (eventsError)
        *eventsError = state.value().eventsError;
    return state.value().routes;
}

Result<QList<IngressPod>> fetchIngressPods(const ClusterRequest &request, TaskControl &control)
{
    return withRetryAfter401(request, [&]() -> Result<QList<IngressPod>> {
        const Result<Target> target = targetFor(request, &control);
        if (!target)
            return target.error();
        KubeClient client(target.value().connection);
        client.setCancelCheck([&control] { return control.isCanceled(); });
        const auto pods = listPods(client, target.value().ns, request.podSelector, control);
        return pods ? *pods : Result<QList<IngressPod>>(canceled());
    });
}

Result<QString> applyRoute(const ClusterRequest &request, const QString &name,
                           const QByteArray &yaml, bool dryRun, TaskControl &control)
{
    return withRetryAfter401(request, [&]() -> Result<QString> {
        const Result<Target> target = targetFor(request, &control);
        if (!target)
            return target.error();
        KubeClient client(target.value().connection);
        client.setCancelCheck([&control] { return control.isCanceled(); });
        std::optional<KubeResponse> answer;
        wait(client, control, [&](auto done) {
            client.applyRoute(target.value().ns, name, yaml, dryRun, 30000,
                              [&answer, done](const KubeResponse &response) {
                                  answer = response;
                                  done();
                              });
        });
        if (!answer)
            return canceled();
        if (!answer->error.isNull())
            return answer->error;
        const QString applied =
            QJsonDocument::fromJson(
                answer->body)[QStringLiteral("metadata")][QStringLiteral("name")]
                .toString();
        return applied.isEmpty() ? name : applied;
    });
}

namespace {

// Streams one container's log into sink; the Error at its end, if any.
Error streamLog(KubeClient &client, TaskControl &control, const QString &ns, const QString &pod,
                const PodLogOptions &options, const std::function<void(const QByteArray &)> &sink)
{
    Error failed = canceled();
    wait(client, control, [&](auto done) {
        client.streamPodLog(ns, pod, options, 120000, sink, [&failed, done](const Error &error) {
            failed = error;
            done();
        });
    });
    return failed;
}

// Whether the last lines of a container's log hold access-log records.
bool holdsAccessLog(KubeClient &client, TaskControl &control, const QString &ns, const QString &pod,
                    PodLogOptions options)
{
    options.tailLines = options.tailLines > 0 ? qMin(options.tailLines, 200) : 200;
    AccessLogAnalyzer sniff;
    sniff.beginInput(pod);
    const Error failed =
        streamLog(client, control, ns, pod, options, [&sniff](const QByteArray &chunk) {
            sniff.feed(chunk.constData(), chunk.size());
        });
    sniff.endInput();
    return failed.isNull() && sniff.summary().records > 0;
}

} // namespace

Result<AccessLogSummary> fetchIngressLogs(const ClusterRequest &request,
                                          const PodLogOptions &options, TaskControl &control,
                                          QList<IngressPod> *podsOut)
{
    const Result<Target> target = targetFor(request, &control);
    if (!target)
        return target.error();
    const QString ns = target.value().ns;
    KubeClient client(target.value().connection);
    client.setCancelCheck([&control] { return control.isCanceled(); });
    const auto pods = listPods(client, ns, request.podSelector, control);
    if (!pods)
        return canceled();
    if (!*pods)
        return pods->error();
    if (podsOut)
        *podsOut = pods->value();
    AccessLogAnalyzer analyzer;
    bool wasCanceled = false;
    const auto feed = [&analyzer](const QByteArray &chunk) {
        analyzer.feed(chunk.constData(), chunk.size());
    };
    int done = 0;
    control.setProgressRange(0, int(pods->value().size()));
    for (const IngressPod &pod : pods->value()) {
        if (control.isCanceled()) {
            wasCanceled = true;
            break;
        }
        PodLogOptions read = options;
        read.previous = false;
        read.container = pod.logContainer(options.container);
        const QString named = QStringLiteral("pod/") + pod.name;
        if (read.container.isEmpty()) {
            // kubectl: "container X is not valid for pod Y".
            analyzer.beginInput(named);
            analyzer.endInput();
            analyzer.noteInputError(
                named, 0,
                QCoreApplication::translate("SniDoctor::ClusterFetch",
                                            "the pod has no container \"%1\" (it has: %2)")
                    .arg(options.container, pod.containers.join(QStringLiteral(", "))));
            continue;
        }
        // A proxy's name is trusted (one request per pod, as before); any other
        // default container of a pod with several is checked first.
        const bool looksLikeProxy = read.container.contains(QLatin1String("proxy")) ||
                                    read.container.contains(QLatin1String("envoy")) ||
                                    read.container.contains(QLatin1String("ingress"));
        if (options.container.isEmpty() && pod.containers.size() > 1 && !looksLikeProxy &&
            !holdsAccessLog(client, control, ns, pod.name, read)) {
            // The default container holds no access log (an agent listed first):
            // the one that does is read instead, and its name says so.
            for (const QString &other : pod.containers) {
                if (other == read.container || control.isCanceled())
                    continue;
                PodLogOptions candidate = read;
                candidate.container = other;
                if (holdsAccessLog(client, control, ns, pod.name, candidate)) {
                    read.container = other;
                    break;
                }
            }
        }
        QList<PodLogOptions> instances;
        if (options.previous && pod.restartCounts.value(read.container) > 0) {
            PodLogOptions previous = read;
            previous.previous = true;
            instances << previous;
        }
        instances << read;
        for (const PodLogOptions &instance : std::as_const(instances)) {
            const QString input = named + QStringLiteral(" -c ") + instance.container +
                                  (instance.previous ? QStringLiteral(" --previous") : QString());
            analyzer.beginInput(input);
            const Error failed = streamLog(client, control, ns, pod.name, instance, feed);
            analyzer.endInput();
            // The log's reason is data of the summary: said now, in the current language.
            if (!failed.isNull() && !failed.is(ClusterError::Canceled))
                analyzer.noteInputError(input, 0, failed.message());
        }
        control.setProgress(++done, named);
    }
    AccessLogSummary summary = analyzer.summary();
    summary.canceled = wasCanceled || control.isCanceled();
    return summary;
}

Result<QList<IngressService>> fetchIngressServices(const ClusterRequest &request,
                                                   TaskControl &control)
{
    return withRetryAfter401(request, [&]() -> Result<QList<IngressService>> {
        const Result<Target> target = targetFor(request);
        if (!target)
            return target.error();
        KubeClient client(target.value().connection);
        std::optional<Result<QList<IngressService>>> services;
        wait(client, control, [&](auto done) {
            client.listIngressServices(
                target.value().ns, 30000,
                [&services, done](const Result<QList<IngressService>> &result) {
                    services = result;
                    done();
                },
                request.podSelector);
        });
        return services ? *services : Result<QList<IngressService>>(canceled());
    });
}

} // namespace SniDoctor
