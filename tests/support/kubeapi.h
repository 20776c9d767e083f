#pragma once

#include "lab/labcertificates.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslServer>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>

// A Kubernetes API server over HTTPS on loopback, with a CA of its own, shaped like a
// real one (discovery documents, lists with apiVersion/kind/metadata.resourceVersion,
// Status objects for errors) so that kubectl itself accepts it. Bearer-token auth; in
// mode ClientCertificate, mutual TLS instead: the handshake requires a certificate of
// the fixture's CA, and the request is the user that certificate names.
class KubeApiFixture final : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Ok,
        Forbidden,
        NoCrd,
        Slow,
        ClientCertificate
    };

    explicit KubeApiFixture(Mode mode, const QByteArray &routesJson, QObject *parent = nullptr);
    bool start();
    quint16 port() const { return m_server.serverPort(); }
    QString server() const { return QStringLiteral("https://127.0.0.1:%1").arg(port()); }
    // A kubeconfig for this server: context "fixture", namespace apigee, with token.
    QString writeKubeconfig(const QString &token = QStringLiteral("good-token"));
    // The routes list it answers from now on (a fix applied by hand).
    void setRoutes(const QByteArray &routesJson) { m_routes = routesJson; }
    // A kubeconfig whose user authenticates with the fixture CA's client
    // certificate, from files next to it named by relative paths (client.crt,
    // client.key); withCertificate false leaves the user without credentials.
    QString writeClientCertificateKubeconfig(bool withCertificate = true);
    // Its CA and certificates: a test proxy can present one the kubeconfig's CA trusts.
    [[nodiscard]] const SniDoctor::LabCertificates &certificates() const { return m_certificates; }
    QStringList requests;      // paths asked, in order
    QStringList logRequests;   // pod log requests, with their query
    QStringList patchRequests; // PATCH requests: "path?query content-type"
    QStringList appliedRoutes; // routes stored by a server-side apply (not a dry run)

    static constexpr const char *kToken = "good-token";

    // Shapes of real servers, set before requests come:
    int pageSize = 0;                 // > 0: lists come in pages of this many, with continue
    bool expireFirstContinue = false; // the first continue request gets 410 Gone
    QString redirectTo;               // with redirectCount: 307 to this base URL + the path
    int redirectCount = 0;            // how many requests (the first ones) are redirected
    int throttle = 0;                 // the first N requests get 429 with Retry-After: 1
    QStringList acceptedTokens{QString::fromLatin1(kToken)};
    QString acceptedTokenPrefix; // also any token that starts with it (a plugin's fresh ones)
    int tokenUses = 0;           // > 0: a token is accepted this many times, then 401
    QStringList authorizations;  // each request's Authorization header ("" when none)
    // Pods and their logs, when set: the PodList answered to the pods' list (only to
    // the label selector podSelector, in namespace podNamespace), and each container's
    // log by "POD/CONTAINER" (the previous instance's by "POD/CONTAINER/previous"); a
    // container without a log gets the 400 a real server gives.
    QByteArray podsJson;
    QString podSelector = QStringLiteral("app=apigee-ingressgateway");
    QString podNamespace = QStringLiteral("apigee");
    QHash<QString, QByteArray> logs;
    QHash<QString, int> tokenUseCount;
    bool forbidEvents = false; // the events list gets 403 (a user who may list routes only)
    // An OIDC identity provider on the same server, when oidcRefreshToken is set: its
    // discovery document, and a token endpoint that renews that refresh-token (once:
    // the next one is oidcNextRefreshToken) with oidcIssuedToken as id_token.
    QString oidcRefreshToken;
    QString oidcNextRefreshToken;
    QString oidcIssuedToken;
    QStringList oidcTokenRequests; // each token request's form and Authorization
    QStringList impersonations;    // each request's Impersonate-* headers, "; "-joined
    // The ingress gateway Services (a ServiceList) of namespace apigee; empty: none.
    QByteArray servicesJson;

    // The port-forward (GET .../pods/POD/portforward?ports=P upgraded to a WebSocket with
    // subprotocol v4.channel.k8s.io, as the kubelet answers it): each pod named here is
    // forwarded to this loopback port; each WebSocket is one TCP connection to it,
    // relayed with the channel framing (port prefix on both channels, the error channel
    // saying "connection reset by peer" when the pod's end resets). A plain GET of the
    // endpoint gets 400 "Upgrade request required", as from the API server.
    QHash<QString, quint16> portForwardPods;
    // Answer WebSocket upgrades 400, as a server without them; kubectl's SPDY/3.1 upgrade
    // (its streams: error and data per connection, as the kubelet serves them) still works.
    bool refuseWebSocket = false;
    int spdySessions = 0;            // kubectl's SPDY connections
    QStringList portForwardUpgrades; // each upgrade's "path?query protocols"
    int portForwardStreams = 0;      // WebSockets opened

    // Live logs, as the kubelet streams them. A log request with follow=true stays open
    // and gets (chunked, one chunk per line) every line written for its pod from then
    // on: with tailLines=0 none before; with sinceTime those written at or after it;
    // else every live line of the pod so far. Lines are stamped with the current time
    // (timestamps=true).
    void writeLogLine(const QString &pod, const QByteArray &line);
    // A served connection written to every followed pod every ms (0 stops it): a log
    // that moves while a test waits for something else.
    void setLogTicker(int ms);
    // A Running ingress pod joins the pod list (its container istio-proxy).
    void addIngressPod(const QString &name);
    // A pod added so leaves the list again (deleted, or replaced by a rollout).
    void removeIngressPod(const QString &name) { m_extraPods.removeAll(name); }
    // The pod's open log streams end (its container restarted; the kubelet closed them).
    void endLogStreams(const QString &pod);
    // How many follow streams of the pod are open now.
    [[nodiscard]] int openLogStreams(const QString &pod) const;

private:
    struct LiveLine
    {
        QString pod;
        QByteArray stamp; // RFC 3339 with nanoseconds
        QByteArray line;
    };
    struct Follower
    {
        QPointer<QSslSocket> socket;
        QString pod;
    };
    void serve(QSslSocket *socket);
    QByteArray respond(const QByteArray &request, bool certificateUser, int &status);
    QByteArray page(const QByteArray &whole) const;
    void relayPortForward(QSslSocket *socket, const QByteArray &request, quint16 target);

    Mode m_mode;
    QByteArray m_routes;
    SniDoctor::LabCertificates m_certificates;
    QSslServer m_server;
    QTemporaryDir m_dir;
    QByteArray m_location;
    bool m_retryAfter = false;
    bool m_paging = false;
    int m_pageFrom = 0;
    quint16 m_upgradeTarget = 0; // set by respond() for a port-forward that may upgrade
    QString m_followPod;         // set by respond() for a follow=true log request
    QList<LiveLine> m_liveLines;
    QList<Follower> m_followers;
    QStringList m_extraPods;
    QTimer *m_ticker = nullptr;
};
