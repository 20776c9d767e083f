#pragma once

#include <QString>

namespace SniDoctor {

// Which cluster to read, the kubectl way: an empty kubeconfig means KUBECONFIG, else
// ~/.kube/config; an empty context its current-context; an empty namespace the
// context's, else apigee.
struct ClusterTarget
{
    QString kubeconfig;
    QString context;
    QString ns;

    friend bool operator==(const ClusterTarget &, const ClusterTarget &) = default;
};

} // namespace SniDoctor
