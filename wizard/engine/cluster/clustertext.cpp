#include "cluster/clustererror.h"

#include <QCoreApplication>

namespace SniDoctor {

namespace {

QString clusterErrorId(int code)
{
    switch (ClusterError(code)) {
    case ClusterError::KubeconfigMissing:
    case ClusterError::KubeconfigNotFound:
        return QStringLiteral("kubeconfig_missing");
    case ClusterError::KubeconfigUnreadable:
        return QStringLiteral("kubeconfig_unreadable");
    case ClusterError::KubeconfigSyntax:
    case ClusterError::KubeconfigNotMap:
        return QStringLiteral("kubeconfig_syntax");
    case ClusterError::ContextUnknownCluster:
    case ClusterError::ClusterCaNotBase64:
    case ClusterError::ClusterNoServer:
    case ClusterError::ContextUnknownUser:
    case ClusterError::UserDataNotBase64:
    case ClusterError::UserAuthProviderGcp:
    case ClusterError::UserAuthProviderAzure:
        return QStringLiteral("kube_bad_context");
    case ClusterError::NoContext:
    case ClusterError::NoCurrentContext:
        return QStringLiteral("kube_no_context");
    case ClusterError::BadProxy:
        return QStringLiteral("kube_bad_proxy");
    case ClusterError::BadRequestTimeout:
    case ClusterError::ImpersonationWithoutUser:
        return QStringLiteral("kube_bad_flag");
    case ClusterError::CredentialFileUnreadable:
    case ClusterError::CaNotPem:
    case ClusterError::ClientCertificateNotPem:
    case ClusterError::ClientCertificateExpired:
    case ClusterError::ClientKeyMismatch:
        return QStringLiteral("kube_bad_credentials");
    case ClusterError::OidcExpired:
        return QStringLiteral("kube_oidc_expired");
    case ClusterError::OidcRefreshFailed:
        return QStringLiteral("kube_oidc_refresh");
    case ClusterError::ExecNeeded:
        return QStringLiteral("kube_exec_needed");
    case ClusterError::ExecMissing:
        return QStringLiteral("kube_exec_missing");
    case ClusterError::ExecNotStarted:
    case ClusterError::ExecTimeout:
    case ClusterError::ExecFailed:
    case ClusterError::ExecNeedsTerminal:
        return QStringLiteral("kube_exec_failed");
    case ClusterError::ExecOutput:
        return QStringLiteral("kube_exec_output");
    case ClusterError::Unauthorized:
        return QStringLiteral("kube_unauthorized");
    case ClusterError::Forbidden:
        return QStringLiteral("kube_forbidden");
    case ClusterError::NotFound:
        return QStringLiteral("kube_not_found");
    case ClusterError::HttpError:
        return QStringLiteral("kube_http_error");
    case ClusterError::Canceled:
        return QStringLiteral("kube_canceled");
    case ClusterError::Timeout:
    case ClusterError::Deadline:
        return QStringLiteral("kube_timeout");
    case ClusterError::AnswerTooLarge:
        return QStringLiteral("kube_answer_too_large");
    case ClusterError::BadAnswer:
        return QStringLiteral("kube_bad_answer");
    case ClusterError::Tls:
        return QStringLiteral("kube_tls");
    case ClusterError::Proxy:
    case ClusterError::ProxyTls:
        return QStringLiteral("kube_proxy");
    case ClusterError::ClosedAfterTls:
    case ClusterError::ClosedAfterTlsCertificate:
        return QStringLiteral("kube_closed_after_tls");
    case ClusterError::Unreachable:
        return QStringLiteral("kube_unreachable");
    case ClusterError::NoCrd:
        return QStringLiteral("kube_no_crd");
    case ClusterError::PodsUnreadable:
        return QStringLiteral("pods_unreadable");
    case ClusterError::RoutesSyntax:
        return QStringLiteral("routes_syntax");
    case ClusterError::RoutesNone:
        return QStringLiteral("routes_none");
    case ClusterError::RoutesUnreadable:
    case ClusterError::RoutesTooLarge:
    case ClusterError::RoutesTooComplex:
        return QStringLiteral("routes_unreadable");
    }
    return QStringLiteral("cluster_error");
}

QString kubeconfigText(const char *text)
{
    return QCoreApplication::translate("SniDoctor::Kubeconfig", text);
}

QString clientText(const char *text)
{
    return QCoreApplication::translate("SniDoctor::KubeClient", text);
}

QString execText(const char *text)
{
    return QCoreApplication::translate("SniDoctor::Exec", text);
}

QString clusterErrorMessage(const Error &error)
{
    const Args &a = error.args();
    switch (ClusterError(error.code())) {
    case ClusterError::KubeconfigMissing:
        return kubeconfigText(
                   QT_TRANSLATE_NOOP("SniDoctor::Kubeconfig", "The kubeconfig %1 does not exist."))
            .arg(a.value("file"));
    case ClusterError::KubeconfigNotFound:
        return kubeconfigText(
                   QT_TRANSLATE_NOOP("SniDoctor::Kubeconfig",
                                     "No kubeconfig found (looked for %1). Get one with gcloud "
                                     "container clusters get-credentials, or choose the file."))
            .arg(a.value("files"));
    case ClusterError::KubeconfigUnreadable:
        return kubeconfigText(
                   QT_TRANSLATE_NOOP("SniDoctor::Kubeconfig", "Cannot read the kubeconfig %1: %2"))
            .arg(a.value("file"), a.value("reason"));
    case ClusterError::KubeconfigSyntax:
        return kubeconfigText(
                   QT_TRANSLATE_NOOP("SniDoctor::Kubeconfig",
                                     "%1, line %2, column %3: %4 (expected a kubeconfig in YAML)"))
            .arg(a.value("file"), a.value("line"), a.value("column"), a.value("reason"));
    case ClusterError::KubeconfigNotMap:
        return kubeconfigText(QT_TRANSLATE_NOOP("SniDoctor::Kubeconfig",
                                                "%1 is not a kubeconfig: expected a map with "
                                                "clusters, users and contexts."))
            .arg(a.value("file"));
    case ClusterError::ContextUnknownCluster:
        return kubeconfigText(
                   QT_TRANSLATE_NOOP("SniDoctor::Kubeconfig",
                                     "context %1 names the cluster \"%2\", which no kubeconfig "
                                     "defines"))
            .arg(a.value("context"), a.value("cluster"));
    case ClusterError::ClusterCaNotBase64:
        return kubeconfigText(
                   QT_TRANSLATE_NOOP("SniDoctor::Kubeconfig",
                                     "certificate-authority-data of cluster %1 is not base64"))
            .arg(a.value("cluster"));
    case ClusterError::ClusterNoServer:
        return kubeconfigText(QT_TRANSLATE_NOOP("SniDoctor::Kubeconfig",
                                                "the cluster %1 has no server address"))
            .arg(a.value("cluster"));
    case ClusterError::ContextUnknownUser:
        return kubeconfigText(
                   QT_TRANSLATE_NOOP("SniDoctor::Kubeconfig",
                                     "context %1 names the user \"%2\", which no kubeconfig "
                                     "defines"))
            .arg(a.value("context"), a.value("user"));
    case ClusterError::UserDataNotBase64:
        return kubeconfigText(
                   QT_TRANSLATE_NOOP("SniDoctor::Kubeconfig",
                                     "the client certificate or key data of user %1 is not base64"))
            .arg(a.value("user"));
    case ClusterError::UserAuthProviderAzure:
        return kubeconfigText(
                   QT_TRANSLATE_NOOP("SniDoctor::Kubeconfig",
                                     "the user %1 uses auth-provider azure, which kubectl 1.26 "
                                     "removed: install kubelogin and run az aks get-credentials, "
                                     "then kubelogin convert-kubeconfig -l azurecli"))
            .arg(a.value("user"));
    case ClusterError::UserAuthProviderGcp:
        return kubeconfigText(
                   QT_TRANSLATE_NOOP("SniDoctor::Kubeconfig",
                                     "the user %1 uses auth-provider gcp, which kubectl 1.26 "
                                     "removed: install gke-gcloud-auth-plugin (apt-get install "
                                     "google-cloud-cli-gke-gcloud-auth-plugin) and run gcloud "
                                     "container clusters get-credentials again"))
            .arg(a.value("user"));
    case ClusterError::NoContext:
        return clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient",
                                            "The kubeconfig has no context named %1."))
            .arg(a.value("context"));
    case ClusterError::BadRequestTimeout:
        return clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient",
                                            "--request-timeout takes seconds or a duration such "
                                            "as 30s, 2m or 1h (0 for no limit, at most 24h)."));
    case ClusterError::ImpersonationWithoutUser:
        return clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient",
                                            "--as-group and --as-uid need --as (the user to act "
                                            "as), as in kubectl."));
    case ClusterError::NoCurrentContext:
        return a.value("contexts").isEmpty()
                   ? clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient",
                                                  "The kubeconfig defines no context and sets no "
                                                  "current-context: get one for the cluster (for "
                                                  "example with gcloud container clusters "
                                                  "get-credentials) or pass --kubeconfig."))
                   : clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient",
                                                  "The kubeconfig sets no current-context: pass "
                                                  "--context with one of %1 (or run kubectl "
                                                  "config use-context NAME)."))
                         .arg(a.value("contexts"));
    case ClusterError::BadProxy:
        return clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient",
                                            "The proxy-url of cluster %1 (%2) is not an http://, "
                                            "https:// or socks5:// address with a host."))
            .arg(a.value("cluster"), a.value("proxy"));
    case ClusterError::CredentialFileUnreadable:
        return clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient", "cannot read %1: %2"))
            .arg(a.value("file"), a.value("reason"));
    case ClusterError::CaNotPem:
        return clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient", "%1 holds no PEM certificate"))
            .arg(caSourceText(a.value("ca")));
    case ClusterError::ClientCertificateNotPem:
        return clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient",
                                            "the client certificate or key of user %1 (in %2) "
                                            "cannot be read as PEM"))
            .arg(a.value("user"), a.value("file"));
    case ClusterError::ClientCertificateExpired:
        return clientText(
                   QT_TRANSLATE_NOOP("SniDoctor::KubeClient",
                                     "the client certificate of user %1 (%2, in %3) expired on "
                                     "%4: get a new one from whoever issued this kubeconfig"))
            .arg(a.value("user"), a.value("certificate"), a.value("file"), a.value("date"));
    case ClusterError::ClientKeyMismatch:
        return clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient",
                                            "the client key of user %1 (%2) does not belong to "
                                            "its client certificate (%3), in %4"))
            .arg(a.value("user"), a.value("key"), a.value("certificate"), a.value("file"));
    case ClusterError::OidcExpired:
        return clientText(
                   QT_TRANSLATE_NOOP(
                       "SniDoctor::KubeClient",
                       "the OIDC id-token of user %1 (in %2) has expired%3 and there is no "
                       "refresh-token (with idp-issuer-url) to renew it: sign in again with "
                       "your identity provider's tool; kubectl 1.26 and later need the "
                       "kubelogin plugin (kubectl oidc-login) instead of auth-provider: oidc"))
            .arg(a.value("user"), a.value("file"),
                 a.value("date").isEmpty() ? QString()
                                           : QStringLiteral(" (%1)").arg(a.value("date")));
    case ClusterError::OidcRefreshFailed:
        return clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient",
                                            "the OIDC id-token of user %1 (in %2) has expired and "
                                            "%3 did not renew it: %4"))
            .arg(a.value("user"), a.value("file"), a.value("issuer"), a.value("reason"));
    case ClusterError::ExecNeeded:
        return clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient",
                                            "The user %1 gets its credentials by running %2."))
            .arg(a.value("user"), a.value("command"));
    case ClusterError::ExecMissing: {
        QString message =
            execText(QT_TRANSLATE_NOOP("SniDoctor::Exec",
                                       "The credential plugin %1 was not found on this "
                                       "machine's PATH. Install it, or give its full path."))
                .arg(a.value("command"));
        if (!a.value("hint").isEmpty())
            message += QLatin1Char(' ') + a.value("hint");
        return message;
    }
    case ClusterError::ExecNotStarted:
        return execText(QT_TRANSLATE_NOOP("SniDoctor::Exec",
                                          "The credential plugin %1 could not start: %2"))
            .arg(a.value("program"), a.value("reason"));
    case ClusterError::ExecTimeout:
        return execText(QT_TRANSLATE_NOOP("SniDoctor::Exec",
                                          "The credential plugin %1 did not answer within %2 s."))
            .arg(a.value("program"), a.value("seconds"));
    case ClusterError::ExecNeedsTerminal:
        return execText(QT_TRANSLATE_NOOP(
                            "SniDoctor::Exec",
                            "The credential plugin %1 must ask you to sign in (interactiveMode: "
                            "Always), but there is no terminal to ask on: run the command in a "
                            "terminal, or sign in with the plugin there first."))
            .arg(a.value("program"));
    case ClusterError::ExecFailed:
        return execText(QT_TRANSLATE_NOOP("SniDoctor::Exec",
                                          "The credential plugin %1 failed (exit %2): %3"))
            .arg(a.value("program"), a.value("exit_code"), a.value("stderr"));
    case ClusterError::ExecOutput:
        return execText(QT_TRANSLATE_NOOP("SniDoctor::Exec",
                                          "The credential plugin %1 printed no ExecCredential "
                                          "with a token or a client certificate."))
            .arg(a.value("program"));
    case ClusterError::Unauthorized: {
        // The advice matches how the user authenticates.
        const QString kind = a.value("kind");
        const char *advice =
            kind == QLatin1String("gke")
                ? QT_TRANSLATE_NOOP("SniDoctor::KubeClient",
                                    "Sign in again (gcloud auth login) or get new credentials with "
                                    "gcloud container clusters get-credentials.")
            : kind == QLatin1String("eks")
                ? QT_TRANSLATE_NOOP("SniDoctor::KubeClient",
                                    "Sign in to AWS again (aws sso login, or refresh your keys) "
                                    "or run aws eks update-kubeconfig; check that your IAM "
                                    "identity is mapped in the cluster (access entries or the "
                                    "aws-auth ConfigMap).")
            : kind == QLatin1String("aks")
                ? QT_TRANSLATE_NOOP("SniDoctor::KubeClient",
                                    "Sign in again (az login, or kubelogin) or run az aks "
                                    "get-credentials.")
            : kind == QLatin1String("oidc")
                ? QT_TRANSLATE_NOOP("SniDoctor::KubeClient",
                                    "The OIDC id-token has expired or is not accepted: sign in "
                                    "again with your identity provider's login helper.")
            : kind == QLatin1String("exec")
                ? QT_TRANSLATE_NOOP("SniDoctor::KubeClient",
                                    "The credential plugin's token was not accepted: sign in "
                                    "again with the tool the plugin belongs to.")
            : kind == QLatin1String("certificate")
                ? QT_TRANSLATE_NOOP("SniDoctor::KubeClient",
                                    "The client certificate was not accepted: it has expired, "
                                    "was revoked, or is not from the cluster's CA. Ask for a new "
                                    "one.")
            : kind == QLatin1String("none")
                ? QT_TRANSLATE_NOOP("SniDoctor::KubeClient",
                                    "The user entry holds no credentials: add a token, a client "
                                    "certificate or a credential plugin to it.")
                : QT_TRANSLATE_NOOP("SniDoctor::KubeClient",
                                    "The token has expired or was revoked: ask for a new one.");
        QString text = clientText(QT_TRANSLATE_NOOP(
                                      "SniDoctor::KubeClient",
                                      "%1 refused the credentials of user %2 (401 Unauthorized). "
                                      "%3"))
                           .arg(a.value("server"), a.value("user"), clientText(advice));
        if (!a.value("file").isEmpty())
            text += QLatin1Char(' ') +
                    clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient", "(user entry in %1)"))
                        .arg(a.value("file"));
        return text;
    }
    case ClusterError::Forbidden:
        return clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient",
                                            "Access denied by the cluster's RBAC (403): %1"))
            .arg(a.value("message"));
    case ClusterError::NotFound:
        return clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient", "Not found (404): %1"))
            .arg(a.value("message"));
    case ClusterError::HttpError:
        return clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient", "The cluster answered %1: %2"))
            .arg(a.value("status"), a.value("message"));
    case ClusterError::Canceled:
        return clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient", "Canceled."));
    case ClusterError::Timeout:
        return clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient", "%1 did not answer in time."))
            .arg(a.value("server"));
    case ClusterError::Deadline:
        return clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient",
                                            "%1 did not finish its answer within %2 s (the "
                                            "request timeout; change it with --request-timeout)."))
            .arg(a.value("server"), a.value("seconds"));
    case ClusterError::AnswerTooLarge:
        return a.value("what") == QLatin1String("headers")
                   ? clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient",
                                                  "%1 sent more than %2 MiB of HTTP headers: "
                                                  "stopped reading. That is not an API server."))
                         .arg(a.value("server"), a.value("limit"))
                   : clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient",
                                                  "%1 sent an answer larger than %2 MiB: stopped "
                                                  "reading."))
                         .arg(a.value("server"), a.value("limit"));
    case ClusterError::BadAnswer:
        return clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient",
                                            "%1 did not answer as an API server does: %2."))
            .arg(a.value("server"), a.value("reason"));
    case ClusterError::Tls: {
        QString message =
            clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient",
                                         "The TLS connection to %1 failed: %2. The "
                                         "server's certificate was checked against "
                                         "%3."))
                .arg(a.value("server"), a.value("reason"), caSourceText(a.value("ca")));
        if (!a.value("cluster").isEmpty())
            message += QLatin1Char(' ') + clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient",
                                                                       "(cluster entry %1 in %2)"))
                                              .arg(a.value("cluster"), a.value("file"));
        return message;
    }
    case ClusterError::Proxy:
        return clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient", "The proxy %1 failed: %2"))
            .arg(a.value("proxy"), a.value("reason"));
    case ClusterError::ProxyTls:
        return clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient", "The proxy %1 failed: %2"))
            .arg(a.value("proxy"),
                 clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient", "TLS to the proxy: %1"))
                     .arg(a.value("reason")));
    case ClusterError::ClosedAfterTls:
        return clientText(QT_TRANSLATE_NOOP(
                              "SniDoctor::KubeClient",
                              "%1 closed the connection right after the TLS handshake, without "
                              "an answer. API servers do this when they require a client "
                              "certificate: user %2 has none (client-certificate and "
                              "client-key)."))
            .arg(a.value("server"), a.value("user"));
    case ClusterError::ClosedAfterTlsCertificate:
        return clientText(QT_TRANSLATE_NOOP(
                              "SniDoctor::KubeClient",
                              "%1 closed the connection right after the TLS handshake, without "
                              "an answer. API servers do this when they do not trust the client "
                              "certificate: check client-certificate of user %2 (%3)."))
            .arg(a.value("server"), a.value("user"), a.value("certificate"));
    case ClusterError::Unreachable:
        return clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient", "Cannot reach %1: %2"))
            .arg(a.value("server"), a.value("reason"));
    case ClusterError::NoCrd:
        return clientText(QT_TRANSLATE_NOOP(
                              "SniDoctor::KubeClient",
                              "The cluster of context %1 has no ApigeeRoute resource (404): it "
                              "is not an Apigee hybrid cluster, or this is the wrong context or "
                              "namespace (%2)."))
            .arg(a.value("context"), a.value("namespace"));
    case ClusterError::PodsUnreadable:
        return QCoreApplication::translate("SniDoctor::IngressPods",
                                           "The cluster's answer is not a PodList (%1).")
            .arg(a.value("reason"));
    case ClusterError::RoutesSyntax:
        return QCoreApplication::translate("SniDoctor::ApigeeRoute",
                                           "%1, line %2, column %3: %4 (expected the YAML or "
                                           "JSON that kubectl get apigeeroutes -o yaml prints)")
            .arg(a.value("file"), a.value("line"), a.value("column"), a.value("reason"));
    case ClusterError::RoutesNone:
        return QCoreApplication::translate("SniDoctor::ApigeeRoute",
                                           "%1 holds no ApigeeRoute object. Save the routes "
                                           "with: kubectl -n apigee get apigeeroutes -o yaml > "
                                           "routes.yaml")
            .arg(a.value("file"));
    case ClusterError::RoutesUnreadable:
        return QCoreApplication::translate("SniDoctor::ApigeeRoute", "Cannot read %1: %2")
            .arg(a.value("file"), a.value("reason"));
    case ClusterError::RoutesTooLarge:
        return QCoreApplication::translate("SniDoctor::ApigeeRoute",
                                           "%1 is larger than %2 MiB: not what kubectl get "
                                           "apigeeroutes prints. Open the saved routes.")
            .arg(a.value("file"), a.value("limit"));
    case ClusterError::RoutesTooComplex:
        return QCoreApplication::translate("SniDoctor::ApigeeRoute",
                                           "%1 nests too deeply or expands to more than %2 "
                                           "values (aliases inside aliases?): not what kubectl "
                                           "get apigeeroutes prints. Open the saved routes.")
            .arg(a.value("file"), a.value("limit"));
    }
    return {};
}

} // namespace

QString caSourceText(const QString &caSource)
{
    if (caSource.isEmpty())
        return clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient", "the system's CAs"));
    if (caSource.startsWith(QLatin1String("data:")))
        return clientText(QT_TRANSLATE_NOOP("SniDoctor::KubeClient",
                                            "certificate-authority-data of cluster %1"))
            .arg(caSource.mid(5));
    return caSource;
}

const ErrorDomain &errorDomain(ClusterError)
{
    static const ErrorDomain domain{"cluster", clusterErrorId, clusterErrorMessage,
                                    int(ClusterError::Canceled)};
    return domain;
}

} // namespace SniDoctor
