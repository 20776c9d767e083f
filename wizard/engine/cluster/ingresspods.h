#pragma once

#include "core/finding.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace SniDoctor {

// kubectl's AGE column: "45s", "12m", "46h", "2d1h", "558d"; "<unknown>" without a time.
[[nodiscard]] QString kubectlAge(const QDateTime &created, const QDateTime &now);

// An ingress gateway pod as `kubectl get pods` shows it.
struct IngressPod
{
    QString name;
    QString ready;  // "2/2"
    QString status; // Running, Pending, CrashLoopBackOff, Terminating, ...
    int restarts = 0;
    QDateTime created; // UTC
    QStringList containers;
    bool healthy = false;              // Running with every container ready
    QString defaultContainer;          // the kubectl.kubernetes.io/default-container annotation
    QHash<QString, int> restartCounts; // per container, from its status

    // kubectl's AGE column for the given moment: "45s", "12m", "46h", "2d1h".
    [[nodiscard]] QString age(const QDateTime &now) const { return kubectlAge(created, now); }
    // The container kubectl logs reads: the one asked for (empty when the pod has no
    // such container), else the kubectl.kubernetes.io/default-container annotation's
    // when the pod has it, else the first (kubectl: "Defaulted container ... out of").
    [[nodiscard]] QString logContainer(const QString &requested = {}) const;
};

// Reads a PodList (the API's JSON). An Error names what was not a PodList.
[[nodiscard]] Result<QList<IngressPod>> parsePodList(const QByteArray &json);

// ingress_pods_not_ready (warning) when a pod is not Running with every container
// ready, or when there is no ingress pod at all. Pure.
[[nodiscard]] QList<Finding> podFindings(const QList<IngressPod> &pods);

} // namespace SniDoctor
