#pragma once

#include "accesslog/accesslogsummary.h"
#include "cluster/apigeeroute.h"
#include "cluster/clustertarget.h"
#include "cluster/ingresspods.h"
#include "cluster/ingressservice.h"
#include "cluster/kubeclient.h"
#include "core/result.h"
#include "core/taskcontrol.h"

#include <QString>

#include <optional>

namespace SniDoctor {

// Which cluster to read (ClusterTarget's rules), and whether the context's credential
// plugin may run.
struct ClusterRequest
{
    ClusterRequest() = default;
    ClusterRequest(QString kubeconfigFile, QString contextName, QString namespaceName,
                   bool mayRunPlugin = false)
        : kubeconfig(std::move(kubeconfigFile))
        , context(std::move(contextName))
        , ns(std::move(namespaceName))
        , runPlugin(mayRunPlugin)
    {}

    QString kubeconfig;
    QString context;
    QString ns;
    bool runPlugin = false; // the user agreed to run the context's credential plugin
    QString as;             // ClusterTarget's kubectl flags
    QStringList asGroups;
    QString asUid;
    int requestTimeoutMs = -1;
    QString podSelector;

    [[nodiscard]] static ClusterRequest to(const ClusterTarget &target, bool runPlugin)
    {
        ClusterRequest request(target.kubeconfig, target.context, target.ns, runPlugin);
        request.as = target.as;
        request.asGroups = target.asGroups;
        request.asUid = target.asUid;
        request.requestTimeoutMs = target.requestTimeoutMs;
        request.podSelector = target.podSelector;
        return request;
    }
    [[nodiscard]] ClusterTarget target() const
    {
        ClusterTarget target(kubeconfig, context, ns);
        target.as = as;
        target.asGroups = asGroups;
        target.asUid = asUid;
        target.requestTimeoutMs = requestTimeoutMs;
        target.podSelector = podSelector;
        return target;
    }
};

// What runbook step 5 reads from a cluster: the ApigeeRoutes with their events, and
// the ingress gateway pods.
struct ClusterState
{
    QString context;
    QString ns;
    bool insecureSkipTlsVerify = false;    // the server's certificate was not checked: say so
    QList<ApigeeRoute> routes;             // each with its events when the user may list them
    std::optional<QList<IngressPod>> pods; // empty when they could not be listed:
    Error podsError;                       // then why
    Error eventsError; // the routes' events could not be listed (often a 403): say so
};

// Blocking forms for worker threads: each builds its own client and waits in an event
// loop of the calling (worker) thread; control.isCanceled() aborts the requests.
// After a 401 with a credential plugin, the plugin is asked again, once.
//
// The routes (an Error when they cannot be listed), their events, and the pods (a
// failure there is kept in podsError, the routes still count).
[[nodiscard]] Result<ClusterState> fetchClusterState(const ClusterRequest &request,
                                                     TaskControl &control);
// eventsError, when given, gets why the routes' events could not be listed.
[[nodiscard]] Result<QList<ApigeeRoute>>
fetchRoutes(const ClusterRequest &request, TaskControl &control, Error *eventsError = nullptr);
[[nodiscard]] Result<QList<IngressPod>> fetchIngressPods(const ClusterRequest &request,
                                                         TaskControl &control);

// Lists the ingress gateway pods (into pods, when given) and streams each one's
// access log through one AccessLogAnalyzer: the logs are never held in memory. The
// container is kubectl's choice (options.container, else the default-container
// annotation, else the first); when a pod has several and the chosen one is not named
// like a proxy (istio-proxy, envoy, ingress) and its last lines hold no access-log
// record, the others are tried and the one that holds them is read.
// Each input is named as kubectl would ask for it ("pod/NAME -c CONTAINER", with
// " --previous" for the instance before a restart: with options.previous, every pod
// that restarted is read twice, previous and current). A pod whose log cannot be read
// is recorded as an input error of the summary.
[[nodiscard]] Result<AccessLogSummary> fetchIngressLogs(const ClusterRequest &request,
                                                        const PodLogOptions &options,
                                                        TaskControl &control,
                                                        QList<IngressPod> *pods = nullptr);
[[nodiscard]] inline Result<AccessLogSummary> fetchIngressLogs(const ClusterRequest &request,
                                                               int tailLines, TaskControl &control,
                                                               QList<IngressPod> *pods = nullptr)
{
    PodLogOptions options;
    options.tailLines = tailLines;
    return fetchIngressLogs(request, options, control, pods);
}

// Applies the wildcard route to the cluster by server-side apply (field manager
// sni-doctor); with dryRun nothing is stored: the API server only validates it. The
// answer is the route's name as the server returned it.
[[nodiscard]] Result<QString> applyRoute(const ClusterRequest &request, const QString &name,
                                         const QByteArray &yaml, bool dryRun, TaskControl &control);

// The context and namespace a request comes to, the kubectl way (--context, else
// current-context; --namespace, else the context's, else apigee), and whether the
// server's certificate goes unchecked: what the command line names before it reads.
// Builds the connection (running the plugin when the request allows), so an Error here
// is the kubeconfig's or the credentials', not the cluster's.
struct ResolvedCluster
{
    QString context;
    QString ns;
    bool insecureSkipTlsVerify = false;
};
[[nodiscard]] Result<ResolvedCluster> resolveCluster(const ClusterRequest &request);

// The exact command of the context's credential plugin, empty when it needs none:
// what the GUI shows before asking the user's consent.
[[nodiscard]] QString pluginCommand(const ClusterRequest &request);

// The ingress gateway Services of the request's namespace (automatic diagnosis): where
// each ingress is reached. Blocking, like the others.
[[nodiscard]] Result<QList<IngressService>> fetchIngressServices(const ClusterRequest &request,
                                                                 TaskControl &control);
// The connection and namespace a request comes to (resolveCluster's rules), for work
// that keeps its own KubeClient on an event loop (IngressWatch). Blocking: it may run
// the credential plugin when the request allows; call it from a worker thread in the
// GUI. An Error is the kubeconfig's or the credentials'. Also for a port-forward
// (startPortForward). control, when given, stops a credential plugin that runs.
struct ClusterConnection
{
    KubeConnection connection; // holds secrets: never logged
    QString ns;
};
[[nodiscard]] Result<ClusterConnection> clusterConnection(const ClusterRequest &request,
                                                          const TaskControl *control = nullptr);

} // namespace SniDoctor
