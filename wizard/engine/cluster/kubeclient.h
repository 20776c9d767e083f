#pragma once

#include "cluster/apigeeroute.h"
#include "cluster/ingresspods.h"
#include "cluster/kubeconfig.h"
#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace SniDoctor {

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
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QString proxyUrl;
    QString token;
    QString username;
    QString password;
    QSslCertificate clientCertificate;
    QSslKey clientKey;
};

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
                                                    const QString &pluginPath = {});

struct KubeResponse
{
    int httpStatus = 0;
    QByteArray body;
    Error error; // empty code when the request succeeded (2xx)
};

// A minimal Kubernetes API client: asynchronous GETs over QNetworkAccessManager with
// the kubeconfig's TLS settings and credentials, a transfer timeout, and errors a
// user can act on (401, 403 with the API's own message, 404, TLS, timeout, proxy).
// Lives on the thread that created it; callbacks run there.
class KubeClient final : public QObject
{
    Q_OBJECT

public:
    explicit KubeClient(const KubeConnection &connection, QObject *parent = nullptr);

    // GET path (e.g. "/api/v1/namespaces/apigee/pods"); done is called exactly once.
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

    // The ApigeeRoutes of a namespace (runbook step 5); a 404 means the ApigeeRoute
    // CRD is missing: not an Apigee hybrid cluster, or the wrong context.
    void listRoutes(const QString &ns, int timeoutMs,
                    std::function<void(const Result<QList<ApigeeRoute>> &)> done);

    // The events of every object of one kind in a namespace (kubectl describe's
    // Events), in one request, grouped by the object's name, oldest first.
    void listEvents(const QString &ns, const QString &kind, int timeoutMs,
                    std::function<void(const Result<QHash<QString, QList<KubeEvent>>> &)> done);

    // The ingress gateway pods (label app=apigee-ingressgateway), as kubectl get pods.
    void listIngressPods(const QString &ns, int timeoutMs,
                         std::function<void(const Result<QList<IngressPod>> &)> done);

    // Streams a pod container's log (with kubectl's --timestamps) to chunk as it
    // arrives, without holding it: hand the chunks to AccessLogAnalyzer::feed().
    // tailLines <= 0 reads the whole log. done gets the error, if any, at the end.
    void streamPodLog(const QString &ns, const QString &pod, const QString &container,
                      int tailLines, int timeoutMs,
                      std::function<void(const QByteArray &chunk)> chunk,
                      std::function<void(const Error &)> done);

    [[nodiscard]] const KubeConnection &connection() const { return m_connection; }

private:
    KubeConnection m_connection;
    QNetworkAccessManager *m_network;
    TlsProxyRelay *m_relay = nullptr; // for an https:// proxy-url
    QList<QNetworkReply *> m_inFlight;
    bool m_canceling = false;
};

} // namespace SniDoctor
