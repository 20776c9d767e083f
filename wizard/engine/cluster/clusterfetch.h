#pragma once

#include "accesslog/accesslogsummary.h"
#include "cluster/apigeeroute.h"
#include "core/result.h"
#include "core/taskcontrol.h"

#include <QString>

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

// Blocking forms for worker threads: each builds its own client and waits in an event
// loop of the calling (worker) thread; control.isCanceled() aborts the requests.
[[nodiscard]] Result<QList<ApigeeRoute>> fetchRoutes(const ClusterRequest &request, TaskControl &control);

// Lists the ingress gateway pods and streams each one's access log (the proxy
// container, tailLines lines, 0 = all) through one AccessLogAnalyzer: the logs are
// never held in memory. A pod whose log cannot be read is recorded as an input error.
[[nodiscard]] Result<AccessLogSummary> fetchIngressLogs(const ClusterRequest &request, int tailLines,
                                                        TaskControl &control);

// The exact command of the context's credential plugin, empty when it needs none:
// what the GUI shows before asking the user's consent.
[[nodiscard]] QString pluginCommand(const ClusterRequest &request);

} // namespace SniDoctor
