#include "ingresspods.h"

#include "cluster/clustererror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SniDoctor {

QString kubectlAge(const QDateTime &created, const QDateTime &now)
{
    if (!created.isValid())
        return QStringLiteral("<unknown>");
    const qint64 seconds = std::max<qint64>(0, created.secsTo(now));
    if (seconds < 120)
        return QStringLiteral("%1s").arg(seconds);
    if (seconds < 3600 * 3)
        return QStringLiteral("%1m").arg(seconds / 60);
    if (seconds < 3600 * 48)
        return QStringLiteral("%1h").arg(seconds / 3600);
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    if (days < 8 && hours > 0)
        return QStringLiteral("%1d%2h").arg(days).arg(hours);
    return QStringLiteral("%1d").arg(days);
}

QString IngressPod::logContainer(const QString &requested) const
{
    if (!requested.isEmpty())
        return containers.contains(requested) ? requested : QString();
    if (!defaultContainer.isEmpty() && containers.contains(defaultContainer))
        return defaultContainer;
    return containers.value(0);
}

Result<QList<IngressPod>> parsePodList(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonObject list = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError ||
        list.value(QStringLiteral("kind")).toString() != QLatin1String("PodList")) {
        return Error(ClusterError::PodsUnreadable,
                     {{"reason", error.error != QJsonParseError::NoError
                                     ? error.errorString()
                                     : list.value(QStringLiteral("kind")).toString()}});
    }
    QList<IngressPod> pods;
    for (const QJsonValue &item : list.value(QStringLiteral("items")).toArray()) {
        const QJsonObject metadata = item[QStringLiteral("metadata")].toObject();
        const QJsonObject status = item[QStringLiteral("status")].toObject();
        IngressPod pod;
        pod.name = metadata[QStringLiteral("name")].toString();
        pod.defaultContainer = metadata[QStringLiteral("annotations")]
                                       [QStringLiteral("kubectl.kubernetes.io/default-container")]
                                           .toString();
        pod.created = QDateTime::fromString(
            metadata[QStringLiteral("creationTimestamp")].toString(), Qt::ISODate);
        for (const QJsonValue &container :
             item[QStringLiteral("spec")][QStringLiteral("containers")].toArray())
            pod.containers << container[QStringLiteral("name")].toString();
        int ready = 0;
        QString waiting;
        for (const QJsonValue &container : status[QStringLiteral("containerStatuses")].toArray()) {
            ready += container[QStringLiteral("ready")].toBool() ? 1 : 0;
            const int restarts = container[QStringLiteral("restartCount")].toInt();
            pod.restarts += restarts;
            pod.restartCounts.insert(container[QStringLiteral("name")].toString(), restarts);
            const QString reason = container[QStringLiteral("state")][QStringLiteral("waiting")]
                                            [QStringLiteral("reason")]
                                                .toString();
            if (waiting.isEmpty() && !reason.isEmpty())
                waiting = reason;
        }
        pod.ready = QStringLiteral("%1/%2").arg(ready).arg(pod.containers.size());
        pod.status = status[QStringLiteral("phase")].toString();
        if (!waiting.isEmpty())
            pod.status = waiting; // CrashLoopBackOff and the like, as kubectl prints them
        if (metadata.contains(QStringLiteral("deletionTimestamp")))
            pod.status = QStringLiteral("Terminating");
        pod.healthy =
            pod.status == QLatin1String("Running") && ready == pod.containers.size() && ready > 0;
        pods << pod;
    }
    return pods;
}

QList<Finding> podFindings(const QList<IngressPod> &pods)
{
    QStringList unhealthy;
    for (const IngressPod &pod : pods) {
        if (!pod.healthy)
            unhealthy << QStringLiteral("%1 (%2, %3)").arg(pod.name, pod.status, pod.ready);
    }
    if (pods.isEmpty())
        return {Finding{QStringLiteral("ingress_pods_not_ready"),
                        Severity::Warning,
                        {{"count", QStringLiteral("0")}}}};
    if (!unhealthy.isEmpty())
        return {Finding{QStringLiteral("ingress_pods_not_ready"),
                        Severity::Warning,
                        {{"count", QString::number(pods.size())},
                         {"pods", unhealthy.join(QStringLiteral(", "))}}}};
    return {};
}

} // namespace SniDoctor
