#pragma once

#include "cluster/apigeeroute.h"
#include "cluster/execcredential.h"
#include "cluster/ingresspods.h"
#include "cluster/ingressservice.h"
#include "cluster/kubeconfig.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace SniDoctor {

class HttpExchange;
class TlsProxyRelay;

// Everything needed to talk to one cluster as one user, read from a kubeconfig
// context. Holds secrets (token, key, password): never logged, never written out.
struct KubeConnection
{
    QString context;
    QString server;
    QString userName;
    QList<QSslCertificate> caCertificates; // empty: the system's CAs
    QString caSource;                      // where they came from, for TLS error messages
    QString clusterName;                   // the kubeconfig's cluster entry, and its file
    QString clusterFile;
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QString proxyUrl; // the kubeconfig's; empty: the environment's (HTTPS_PROXY, NO_PROXY)
    QString token;
    QString tokenFile; // read at each request when set (it wins over token, as in client-go)
    QString username;
    QString password;
    QSslCertificate clientCertificate;
    QSslKey clientKey;
    // Impersonation (kubeconfig as/as-groups/as-uid/as-user-extra, or --as/--as-group).
    QString asUser;
    QStringList asGroups;
    QString asUid;
    QList<QPair<QString, QString>> asExtra;
    // How the user authenticates, for the 401 advice: gke, eks, aks, oidc, exec, token,
    // token_file, certificate, basic or none; and the kubeconfig file of the user entry.
    QString authKind;
    QString userFile;
    int requestTimeoutMs = -1; // see KubeClient::setRequestTimeout
    // The credential plugin the token or client certificate came from, run again when
    // they expire or a request gets 401 (client-go's exec authenticator).
    std::optional<KubeExec> exec;
    KubeCluster execCluster;
    QString execPluginPath;
    QDateTime credentialExpiry; // invalid: until the server says otherwise
};

// The server URL as client-go reads it: without a scheme, https when the cluster has
// TLS settings (a CA, a client certificate, insecure-skip-tls-verify), else http;
// without a trailing slash, so that paths join cleanly (Rancher's /k8s/clusters/c-x/).
[[nodiscard]] QString normalizedServer(const QString &server, bool tlsConfigured);

// Whether building a connection may run the user's exec credential plugin. The GUI
// asks first; the command line runs it, as kubectl does.
enum class ExecPolicy
{
    Refuse,
    Run
};

// Builds the connection of a context: reads the CA, token and client certificate
// files it names, and runs its exec plugin when policy allows (blocking; see
// runExecPlugin). With ExecPolicy::Refuse a context that needs a plugin gets the
// Error kube_exec_needed, which names the command to ask the user about.
[[nodiscard]] Result<KubeConnection> kubeConnection(const Kubeconfig &config,
                                                    const QString &contextName,
                                                    ExecPolicy policy = ExecPolicy::Refuse,
                                                    const QString &pluginPath = {},
                                                    const ExecRunOptions &execOptions = {});

// What kubectl logs is asked for.
struct PodLogOptions
{
    QString container;       // -c/--container; empty: the pod's default (IngressPod::logContainer)
    bool previous = false;   // --previous: the instance before the last restart
    qint64 sinceSeconds = 0; // --since; 0: the whole log
    int tailLines = 0;       // --tail; 0: every line
};

// What one request to the API server carries besides its verb and body: the URL, the
// credential headers (a bearer token or basic auth, impersonation; only over https://
// and to the server's own origin), the TLS configuration (the cluster's CA, the client
// certificate, insecure-skip-tls-verify), tls-server-name and the proxy (the
// kubeconfig's proxy-url, else the environment's). Holds secrets: never log headers.
struct KubeRequestParts
{
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QSslConfiguration tls;
    QString peerVerifyName; // empty: the URL's host
    QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    QString proxyUrl;      // the proxy's URL (with its password: never shown as is)
    QString proxyVariable; // the environment variable that named it, if any
};

struct KubeResponse
{
    int httpStatus = 0;
    QByteArray body;
    Error error; // empty code when the request succeeded (2xx)
};

// A minimal Kubernetes API client with the transport client-go has: the kubeconfig's
// TLS settings and credentials (never over plain http://, never to another origin on
// a redirect), its proxy-url or else the environment's proxies, retries after 429 and
// 5xx answers that carry Retry-After (idempotent requests, at most 10), an idle
// timeout and an overall deadline per request, caps on an answer's headers (1 MiB)
// and collected body (256 MiB), and errors a user can act on (401, 403 with the API's
// own message, 404, TLS, timeout, proxy). HTTP/1.1 on a connection per request.
// Lives on the thread that created it; callbacks run there.
class KubeClient final : public QObject
{
    Q_OBJECT

public:
    explicit KubeClient(const KubeConnection &connection, QObject *parent = nullptr);
    ~KubeClient() override;

    // The overall deadline of each request, kubectl's --request-timeout: -1 (default)
    // is 30 s for requests whose answer is collected and none for streamed ones
    // (logs); 0 is none for any; otherwise that many ms for every request.
    void setRequestTimeout(int ms) { m_requestTimeoutMs = ms; }
    // The cap on an answer's collected body (256 MiB by default).
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

    // GET path (e.g. "/api/v1/namespaces/apigee/pods"); done is called exactly once.
    // timeoutMs is the idle timeout (no byte for that long).
    // With chunk set, the body goes to it as it arrives instead of into the response.
    void get(const QString &path, int timeoutMs, std::function<void(const KubeResponse &)> done,
             std::function<void(const QByteArray &)> chunk = {});
    // Any verb with a body (PATCH, POST): the same TLS, credentials, timeout and errors.
    void send(const QByteArray &verb, const QString &path, const QByteArray &body,
              const QByteArray &contentType, int timeoutMs,
              std::function<void(const KubeResponse &)> done,
              std::function<void(const QByteArray &)> chunk = {});

    // Server-side apply of one ApigeeRoute (kubectl apply --server-side, field manager
    // sni-doctor), as YAML; with dryRun the API server validates and answers without
    // storing anything (kubectl's --dry-run=server).
    void applyRoute(const QString &ns, const QString &name, const QByteArray &yaml, bool dryRun,
                    int timeoutMs, std::function<void(const KubeResponse &)> done);
    // Aborts every request in flight; their callbacks get a "canceled" error.
    void cancel();
    // Asked while a credential plugin runs (it blocks this thread): true ends it.
    void setCancelCheck(std::function<bool()> canceled) { m_cancelCheck = std::move(canceled); }

    // GETs a list in pages as kubectl does (limit 500, then continue); a 410 Gone (the
    // continue token expired) starts the list again, once. done gets the items of
    // every page in one response body ({"items": [...]}, the first page's other fields).
    void getList(const QString &path, int timeoutMs,
                 std::function<void(const KubeResponse &)> done);

    // The ApigeeRoutes of a namespace (runbook step 5); a 404 means the ApigeeRoute
    // CRD is missing: not an Apigee hybrid cluster, or the wrong context.
    void listRoutes(const QString &ns, int timeoutMs,
                    std::function<void(const Result<QList<ApigeeRoute>> &)> done);

    // The events of every object of one kind in a namespace (kubectl describe's
    // Events), in one request, grouped by the object's name, oldest first.
    void listEvents(const QString &ns, const QString &kind, int timeoutMs,
                    std::function<void(const Result<QHash<QString, QList<KubeEvent>>> &)> done);

    // The ingress gateway pods (label app=apigee-ingressgateway), as kubectl get pods.
    // selector is a label selector (kubectl -l) for other layouts (istio-ingressgateway).
    void listIngressPods(const QString &ns, int timeoutMs,
                         std::function<void(const Result<QList<IngressPod>> &)> done,
                         const QString &selector = {});

    // Streams a pod container's log (with kubectl's --timestamps) to chunk as it
    // arrives, without holding it: hand the chunks to AccessLogAnalyzer::feed().
    // tailLines <= 0 reads the whole log. done gets the error, if any, at the end.
    void streamPodLog(const QString &ns, const QString &pod, const QString &container,
                      int tailLines, int timeoutMs,
                      std::function<void(const QByteArray &chunk)> chunk,
                      std::function<void(const Error &)> done);

    // The same with kubectl logs' choices: a container (-c), the previous instance
    // (--previous), only the last seconds (--since) or lines (--tail).
    void streamPodLog(const QString &ns, const QString &pod, const PodLogOptions &options,
                      int timeoutMs, std::function<void(const QByteArray &chunk)> chunk,
                      std::function<void(const Error &)> done);

    [[nodiscard]] const KubeConnection &connection() const { return m_connection; }

    // The ingress gateway Services (label app=apigee-ingressgateway), as kubectl get
    // services: their load-balancer addresses, cluster IP and HTTPS port.
    // selector: the label selector of other layouts (kubectl -l), as for the pods.
    void listIngressServices(const QString &ns, int timeoutMs,
                             std::function<void(const Result<QList<IngressService>> &)> done,
                             const QString &selector = {});
    // Follows a pod container's log as `kubectl logs -f --timestamps` does
    // (follow=true): chunk gets the bytes as the kubelet writes them, without holding
    // them; done gets the error, if any, when the stream ends (the container stopped,
    // the pod went away, cancel()). With sinceTime (RFC 3339) the log starts at that
    // moment; else at tailLines lines from its end (0: only lines written from now on;
    // -1: the whole log). idleMs: the stream ends with kube_timeout after that long
    // without a byte. No overall deadline unless setRequestTimeout() gave one.
    void followPodLog(const QString &ns, const QString &pod, const QString &container,
                      const QString &sinceTime, int tailLines, int idleMs,
                      std::function<void(const QByteArray &chunk)> chunk,
                      std::function<void(const Error &)> done);

    // The parts of a request to path (e.g. "/api/v1/namespaces/apigee/pods/P/portforward")
    // as this client sends every request, for a connection it does not make itself: the
    // WebSocket of a port-forward. An https:// proxy gets its loopback relay here, owned
    // by this client: keep the client alive while the connection is open.
    [[nodiscard]] KubeRequestParts requestParts(const QString &path);
    // The last TLS failure towards the https:// proxy proxyUrl, for an error message.
    [[nodiscard]] QString relayError(const QString &proxyUrl) const;

private:
    struct Call;
    void issue(const std::shared_ptr<Call> &call);
    void complete(const std::shared_ptr<Call> &call, const KubeResponse &response);
    QNetworkProxy proxyFor(const QUrl &url, QString &proxyUrl, QString &proxyVariable);
    KubeRequestParts requestParts(const QUrl &url, bool sameOrigin);
    [[nodiscard]] QByteArray bearerToken();
    // Runs the credential plugin again (force: even before its credential expires).
    [[nodiscard]] Error refreshCredential(bool force);

    KubeConnection m_connection;
    int m_requestTimeoutMs = -1;
    qint64 m_maxBodyBytes = qint64(256) << 20;
    QHash<QString, TlsProxyRelay *> m_relays; // for https:// proxies, by proxy URL
    QList<std::shared_ptr<Call>> m_calls;
    QString m_tokenFileRead; // tokenFile's content and when it was read
    qint64 m_tokenFileStamp = -1;
    std::function<bool()> m_cancelCheck;
};

} // namespace SniDoctor
