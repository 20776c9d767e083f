#include "clusterfetch.h"

#include "accesslog/accessloganalyzer.h"
#include "cluster/execcredential.h"
#include "cluster/kubeclient.h"
#include "cluster/kubeconfig.h"

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

Result<Target> targetFor(const ClusterRequest &request)
{
    const Result<Kubeconfig> config = loadFor(request);
    if (!config)
        return config.error();
    const QString context =
        request.context.isEmpty() ? config.value().currentContext : request.context;
    Result<KubeConnection> connection = kubeConnection(
        config.value(), context, request.runPlugin ? ExecPolicy::Run : ExecPolicy::Refuse);
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

Result<ClusterConnection> clusterConnection(const ClusterRequest &request)
{
    Result<Target> target = targetFor(request);
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
                                                  TaskControl &control)
{
    std::optional<Result<QList<IngressPod>>> pods;
    wait(client, control, [&](auto done) {
        client.listIngressPods(ns, 30000, [&pods, done](const Result<QList<IngressPod>> &result) {
            pods = result;
            done();
        });
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
    const Result<Target> target = targetFor(request);
    if (!target)
        return target.error();
    KubeClient client(target.value().connection);
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
                    }
                    done();
                });
        });
    }
    if (withPods && !control.isCanceled()) {
        const auto pods = listPods(client, state.ns, control);
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

Result<QList<ApigeeRoute>> fetchRoutes(const ClusterRequest &request, TaskControl &control)
{
    const Result<ClusterState> state =
        withRetryAfter401(request, [&] { return fetchStateOnce(request, control, false); });
    if (!state)
        return state.error();
    return state.value().routes;
}

Result<QList<IngressPod>> fetchIngressPods(const ClusterRequest &request, TaskControl &control)
{
    return withRetryAfter401(request, [&]() -> Result<QList<IngressPod>> {
        const Result<Target> target = targetFor(request);
        if (!target)
            return target.error();
        KubeClient client(target.value().connection);
        const auto pods = listPods(client, target.value().ns, control);
        return pods ? *pods : Result<QList<IngressPod>>(canceled());
    });
}

Result<QString> applyRoute(const ClusterRequest &request, const QString &name,
                           const QByteArray &yaml, bool dryRun, TaskControl &control)
{
    return withRetryAfter401(request, [&]() -> Result<QString> {
        const Result<Target> target = targetFor(request);
        if (!target)
            return target.error();
        KubeClient client(target.value().connection);
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

Result<AccessLogSummary> fetchIngressLogs(const ClusterRequest &request, int tailLines,
                                          TaskControl &control, QList<IngressPod> *podsOut)
{
    const Result<Target> target = targetFor(request);
    if (!target)
        return target.error();
    KubeClient client(target.value().connection);
    const auto pods = listPods(client, target.value().ns, control);
    if (!pods)
        return canceled();
    if (!*pods)
        return pods->error();
    if (podsOut)
        *podsOut = pods->value();
    AccessLogAnalyzer analyzer;
    bool wasCanceled = false;
    for (const IngressPod &pod : pods->value()) {
        if (control.isCanceled()) {
            wasCanceled = true;
            break;
        }
        const QString input = QStringLiteral("pod/") + pod.name;
        analyzer.beginInput(input);
        Error failed;
        wait(client, control, [&](auto done) {
            client.streamPodLog(
                target.value().ns, pod.name, pod.logContainer(), tailLines, 120000,
                [&analyzer](const QByteArray &chunk) {
                    analyzer.feed(chunk.constData(), chunk.size());
                },
                [&failed, done](const Error &error) {
                    failed = error;
                    done();
                });
        });
        analyzer.endInput();
        // The log's reason is data of the summary: said now, in the current language.
        if (!failed.isNull())
            analyzer.noteInputError(input, 0, failed.message());
    }
    AccessLogSummary summary = analyzer.summary();
    summary.canceled = wasCanceled || control.isCanceled();
    return summary;
}

} // namespace SniDoctor
