#include "kubectlcommand.h"

#include "cluster/kubeconfig.h"
#include "core/shellquote.h"

#include <QDir>

namespace SniDoctor {

QString defaultKubeconfigFile()
{
    return kubeconfigFiles({}, qgetenv("KUBECONFIG"), QDir::homePath()).value(0);
}

KubectlScope kubectlScope(const ClusterTarget &cluster, const QString &defaultKubeconfig)
{
    KubectlScope scope;
    const QString file = cluster.kubeconfig.trimmed();
    // The same file written another way (a trailing "/./", "..") is still the default.
    if (!file.isEmpty() && QDir::cleanPath(file) != QDir::cleanPath(defaultKubeconfig))
        scope.kubeconfig = file;
    scope.context = cluster.context.trimmed();
    if (!cluster.ns.trimmed().isEmpty())
        scope.ns = cluster.ns.trimmed();
    return scope;
}

QString kubectlPrefix(const KubectlScope &scope)
{
    QString command = QStringLiteral("kubectl");
    if (!scope.kubeconfig.isEmpty())
        command += QStringLiteral(" --kubeconfig ") + shellQuote(scope.kubeconfig);
    if (!scope.context.isEmpty())
        command += QStringLiteral(" --context ") + shellQuote(scope.context);
    return command;
}

QString kubectlCommand(const KubectlScope &scope, const QStringList &args,
                       const QString &outputFile)
{
    QString command = kubectlPrefix(scope) + QStringLiteral(" -n ") +
                      shellQuote(scope.ns.isEmpty() ? QStringLiteral("apigee") : scope.ns);
    for (const QString &arg : args)
        command += QLatin1Char(' ') + shellQuote(arg);
    if (!outputFile.isEmpty())
        command += QStringLiteral(" > ") + shellQuote(outputFile);
    return command;
}

QString ingressPodSelector(const ClusterTarget &cluster)
{
    return cluster.podSelector.trimmed().isEmpty() ? QStringLiteral("app=apigee-ingressgateway")
                                                   : cluster.podSelector.trimmed();
}

} // namespace SniDoctor
