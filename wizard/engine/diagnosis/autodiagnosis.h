#pragma once

#include "case/casedata.h"
#include "cluster/clusterfetch.h"
#include "core/result.h"
#include "core/taskcontrol.h"
#include "probe/probematrix.h"

#include <optional>

namespace SniDoctor {

// The automatic diagnosis: from a kubeconfig context alone, what runbook steps 2, 4 and
// 5 find, with step 4 over every host name of every virtual host through every ingress.
struct AutoDiagnosisRequest
{
    ClusterRequest cluster;
    MatrixOptions probes;
    // Each ingress pod's log: that many last lines (0 = all). Bounded by default: a
    // busy ingress logs gigabytes, and the recent lines say what clients see now.
    int logTailLines = 20000;
    // An ingress whose address this machine cannot reach (an internal load balancer, a
    // private cluster) is probed through the Kubernetes API instead, by a port-forward
    // to one of its pods, as kubectl port-forward does (unless probes.reach is set).
    bool portForward = true;
};

// What it found, as records of the case (each with its origin and time).
struct AutoDiagnosis
{
    ClusterTarget cluster; // the context and namespace read
    StepRecord routes;     // step 5: RoutesResult (routes, events, pods)
    StepRecord logs;       // step 2: AccessLogSummary; null when the logs could not be read
    Error logsError;       // then why
    StepRecord probe;      // step 4: ProbeReport of the most telling cell (a refusal first)
    StepRecord matrix;     // ProbeMatrix
    Error servicesError;   // the ingress Services could not be listed: no matrix then
    ProbeTarget endpoint;  // the probe's target: what Verify probes again
    bool canceled = false;
};

// Runs it: routes, events and pods (clusterfetch), the pods' logs, the ingress Services,
// then the probe matrix (runProbeMatrix). Blocking: call it from a worker thread;
// control cancels every request and probe. An Error when the routes cannot be read
// (the kubeconfig, the credentials, the cluster); the logs and Services failing are
// kept in the result, the rest still counts.
[[nodiscard]] Result<AutoDiagnosis> runAutoDiagnosis(const AutoDiagnosisRequest &request,
                                                     TaskControl &control);

// Puts it in a case: steps 2, 4 and 5, the probe matrix (the one there before becomes
// probeMatrixBefore when keepBefore), the cluster and the endpoint.
void addAutoDiagnosis(CaseData &data, const AutoDiagnosis &found, bool keepBefore);

} // namespace SniDoctor
