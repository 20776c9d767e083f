#pragma once

#include "cluster/clustererror.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace SniDoctor {

struct KubeCluster
{
    QString name;
    QString server;
    QString certificateAuthority;        // absolute path, resolved against its kubeconfig's folder
    QByteArray certificateAuthorityData; // decoded PEM
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QString proxyUrl;
    QString file; // the kubeconfig that defined it
};

// A client-go credential plugin (client.authentication.k8s.io/v1 or v1beta1).
struct KubeExec
{
    QString apiVersion;
    QString command; // as written; absolute when it was a relative path with a slash
    QStringList args;
    QList<QPair<QString, QString>> env;
    QString installHint;
    QString interactiveMode; // Never, IfAvailable, Always
    bool provideClusterInfo = false;
};

struct KubeUser
{
    QString name;
    QString token;
    QString tokenFile;                // absolute
    QString clientCertificate;        // absolute
    QString clientKey;                // absolute
    QByteArray clientCertificateData; // decoded PEM
    QByteArray clientKeyData;         // decoded PEM: a secret, never logged
    QString username;
    QString password;
    std::optional<KubeExec> exec;
    QString authProvider;                      // legacy auth-provider name (gcp, oidc, ...)
    QMap<QString, QString> authProviderConfig; // its config (oidc: id-token, refresh-token, ...)
    QString as;                                // impersonation
    QStringList asGroups;
    QString asUid;
    QList<QPair<QString, QString>> asExtra;
    QString file;
};

struct KubeContext
{
    QString name;
    QString cluster;
    QString user;
    QString ns;    // empty when the context sets none
    Error problem; // why this context cannot be used; null when usable
};

// The merged kubeconfig, by kubectl's rules (KUBECONFIG files merged, first wins).
struct Kubeconfig
{
    QStringList files; // the files read, in order
    QString currentContext;
    QList<KubeContext> contexts;
    QMap<QString, KubeCluster> clusters;
    QMap<QString, KubeUser> users;

    [[nodiscard]] const KubeContext *context(const QString &name) const;
    // The context's namespace, else "apigee": where our resources live by default.
    [[nodiscard]] QString namespaceFor(const QString &contextName) const;
};

// Which files kubectl would read: explicitPath (--kubeconfig) alone when given; else
// every non-empty entry of kubeconfigVariable (KUBECONFIG, ':'-separated); else
// HOME/.kube/config.
[[nodiscard]] QStringList kubeconfigFiles(const QString &explicitPath,
                                          const QByteArray &kubeconfigVariable,
                                          const QString &home);

// Reads and merges the files: the first file to set a value or a map key wins, and
// current-context comes from the first file that sets it. Files of the KUBECONFIG list
// that do not exist are skipped, as kubectl does; an explicit file that does not exist,
// or any file that is not valid YAML, is an Error naming the file (and line and
// column). A context that names a missing cluster or user, or uses a removed
// auth-provider, is kept with its problem set: the others stay usable.
[[nodiscard]] Result<Kubeconfig> loadKubeconfig(const QStringList &files, bool explicitFile);

} // namespace SniDoctor
