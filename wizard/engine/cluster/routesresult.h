#pragma once

#include "cluster/apigeeroute.h"
#include "cluster/clustertarget.h"
#include "cluster/ingresspods.h"

#include <QList>

#include <optional>

namespace SniDoctor {

// What runbook step 5 found: the ApigeeRoutes and, read with them from a cluster, the
// ingress gateway pods.
struct RoutesResult
{
    QList<ApigeeRoute> routes;
    std::optional<QList<IngressPod>> pods; // nullopt: not read (a file, or not allowed)
    ClusterTarget cluster; // from a cluster: the kubeconfig, context and namespace read
};

} // namespace SniDoctor
