#pragma once

#include <QString>
#include <QStringList>

#include <utility>

namespace SniDoctor {

// Which cluster to read, the kubectl way: an empty kubeconfig means KUBECONFIG, else
// ~/.kube/config; an empty context its current-context; an empty namespace the
// context's, else apigee.
struct ClusterTarget
{
    ClusterTarget() = default;
    ClusterTarget(QString kubeconfigFile, QString contextName, QString namespaceName)
        : kubeconfig(std::move(kubeconfigFile))
        , context(std::move(contextName))
        , ns(std::move(namespaceName))
    {}

    QString kubeconfig;
    QString context;
    QString ns;
    // kubectl's --as, --as-group, --as-uid (over the kubeconfig's as, as-groups, as-uid)
    // and --request-timeout in ms (-1: the default, see KubeClient::setRequestTimeout).
    QString as;
    QStringList asGroups;
    QString asUid;
    int requestTimeoutMs = -1;
    // kubectl's -l/--selector: the ingress pods' labels where they are not the default
    // app=apigee-ingressgateway (older layouts: app=istio-ingressgateway in istio-system).
    QString podSelector;

    friend bool operator==(const ClusterTarget &, const ClusterTarget &) = default;
};

} // namespace SniDoctor
