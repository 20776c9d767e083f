#pragma once

#include "cluster/clustertarget.h"

#include <QString>
#include <QStringList>

namespace SniDoctor {

// The cluster a command shown for copying addresses, as kubectl's global flags say it:
// kubeconfig only when it is not the file kubectl reads by default, context only when
// one was chosen, and the namespace (never empty: "apigee" by default).
struct KubectlScope
{
    QString kubeconfig; // empty: kubectl's default (no --kubeconfig)
    QString context;    // empty: the kubeconfig's current-context (no --context)
    QString ns = QStringLiteral("apigee");

    friend bool operator==(const KubectlScope &, const KubectlScope &) = default;
};

// The file kubectl reads when no --kubeconfig is given: KUBECONFIG's first entry, else
// HOME/.kube/config. Reads the environment; any thread.
[[nodiscard]] QString defaultKubeconfigFile();

// The scope of cluster's commands. defaultKubeconfig is the file kubectl reads without
// --kubeconfig (defaultKubeconfigFile() in the application); a kubeconfig equal to it,
// or empty, gives no --kubeconfig. An empty namespace is "apigee". Pure.
[[nodiscard]] KubectlScope kubectlScope(const ClusterTarget &cluster,
                                        const QString &defaultKubeconfig);

// "kubectl [--kubeconfig FILE] [--context NAME]": the program and the global flags,
// every word quoted for a POSIX shell. Pure.
[[nodiscard]] QString kubectlPrefix(const KubectlScope &scope);

// "kubectl [--kubeconfig FILE] [--context NAME] -n NS ARGS...", every word quoted for
// a POSIX shell (shellQuote); with outputFile, " > FILE" after it. Pure.
[[nodiscard]] QString kubectlCommand(const KubectlScope &scope, const QStringList &args,
                                     const QString &outputFile = {});

// The ingress gateway pods' label selector: the cluster's, else app=apigee-ingressgateway.
[[nodiscard]] QString ingressPodSelector(const ClusterTarget &cluster);

} // namespace SniDoctor
