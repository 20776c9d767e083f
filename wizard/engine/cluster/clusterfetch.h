#pragma once

#include "accesslog/accesslogsummary.h"
#include "cluster/apigeeroute.h"
#include "cluster/ingresspods.h"
#include "core/result.h"
#include "core/taskcontrol.h"

#include <QString>

#include <optional>

namespace SniDoctor {

// Which cluster to read, the kubectl way: an empty kubeconfig means KUBECONFIG, else
// ~/.kube/config; an empty context its current-context; an empty namespace the
// context's, else apigee.
struct ClusterRequest
{
    QString kubeconfig;
    QString context;
    QString ns;
    bool runPlugin = false; // the user agreed to run the context's credential plugin
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
};

// Blocking forms for worker threads: each builds its own client and waits in an event
// loop of the calling (worker) thread; control.isCanceled() aborts the requests.
// After a 401 with a credential plugin, the plugin is asked again, once.
//
// The routes (an Error when they cannot be listed), their events, and the pods (a
// failure there is kept in podsError, the routes still count).
[[nodiscard]] Result<ClusterState> fetchClusterState(const ClusterRequest &request,
                                                     TaskControl &control);
[[nodiscard]] Result<QList<ApigeeRoute>> fetchRoutes(const ClusterRequest &request,
                                                     TaskControl &control);
[[nodiscard]] Result<QList<IngressPod>> fetchIngressPods(const ClusterRequest &request,
                                                         TaskControl &control);

// Lists the ingress gateway pods (into pods, when given) and streams each one's
// access log (the proxy container, tailLines lines, 0 = all) through one
// AccessLogAnalyzer: the logs are never held in memory. A pod whose log cannot be read
// is recorded as an input error of the summary.
[[nodiscard]] Result<AccessLogSummary> fetchIngressLogs(const ClusterRequest &request,
                                                        int tailLines, TaskControl &control,
                                                        QList<IngressPod> *pods = nullptr);

// Applies the wildcard route to the cluster by server-side apply (field manager
// sni-doctor); with dryRun nothing is stored: the API server only validates it. The
// answer is the route's name as the server returned it.
[[nodiscard]] Result<QString> applyRoute(const ClusterRequest &request, const QString &name,
                                         const QByteArray &yaml, bool dryRun, TaskControl &control);

// The exact command of the context's credential plugin, empty when it needs none:
// what the GUI shows before asking the user's consent.
[[nodiscard]] QString pluginCommand(const ClusterRequest &request);

} // namespace SniDoctor
