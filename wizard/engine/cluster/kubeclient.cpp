#include "kubeclient.h"

#include "cluster/execcredential.h"
#include "cluster/tlsproxyrelay.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>

namespace SniDoctor {

namespace {

QByteArray readFile(const QString &path, Error &problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problem = Error(ClusterError::CredentialFileUnreadable,
                        {{"file", path}, {"reason", file.errorString()}});
        return {};
    }
    return file.readAll();
}

// The message of a Kubernetes Status object, or the body's start.
QString statusMessage(const QByteArray &body)
{
    const QJsonObject status = QJsonDocument::fromJson(body).object();
    const QString message = status.value(QStringLiteral("message")).toString();
    return message.isEmpty() ? QString::fromUtf8(body.left(300)).trimmed() : message;
}

} // namespace

Result<KubeConnection> kubeConnection(const Kubeconfig &config, const QString &contextName,
                                      ExecPolicy policy, const QString &pluginPath)
{
    const KubeContext *context = config.context(contextName);
    if (!context)
        return Error(ClusterError::NoContext, {{"context", contextName}});
    if (!context->problem.isNull())
        return context->problem;
    const KubeCluster cluster = config.clusters.value(context->cluster);
    const KubeUser user = config.users.value(context->user);
    KubeConnection connection;
    connection.context = contextName;
    connection.server = cluster.server;
    connection.userName = user.name;
    connection.insecureSkipTlsVerify = cluster.insecureSkipTlsVerify;
    connection.tlsServerName = cluster.tlsServerName;
    connection.proxyUrl = cluster.proxyUrl;
    Error problem;
    if (!cluster.proxyUrl.isEmpty()) {
        // kubectl's schemes: http, https (TLS to the proxy itself) and socks5.
        const QUrl proxy(cluster.proxyUrl);
        const QString scheme = proxy.scheme().toLower();
        if (!proxy.isValid() || proxy.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https") &&
             scheme != QLatin1String("socks5")))
            return Error(ClusterError::BadProxy,
                         {{"cluster", cluster.name},
                          {"proxy", proxy.toDisplayString(QUrl::RemoveUserInfo)}});
    }
    if (!cluster.certificateAuthorityData.isEmpty()) {
        connection.caCertificates =
            QSslCertificate::fromData(cluster.certificateAuthorityData, QSsl::Pem);
        connection.caSource = QStringLiteral("data:") + cluster.name;
    } else if (!cluster.certificateAuthority.isEmpty()) {
        connection.caCertificates =
            QSslCertificate::fromData(readFile(cluster.certificateAuthority, problem), QSsl::Pem);
        connection.caSource = cluster.certificateAuthority;
    }
    if (problem.isNull() &&
        (!cluster.certificateAuthorityData.isEmpty() || !cluster.certificateAuthority.isEmpty()) &&
        connection.caCertificates.isEmpty())
        problem = Error(ClusterError::CaNotPem, {{"ca", connection.caSource}});
    connection.token = user.token;
    if (connection.token.isEmpty() && !user.tokenFile.isEmpty())
        connection.token = QString::fromUtf8(readFile(user.tokenFile, problem)).trimmed();
    connection.username = user.username;
    connection.password = user.password;
    const QByteArray certificate =
        !user.clientCertificateData.isEmpty() ? user.clientCertificateData
        : user.clientCertificate.isEmpty()    ? QByteArray()
                                              : readFile(user.clientCertificate, problem);
    const QByteArray key = !user.clientKeyData.isEmpty() ? user.clientKeyData
                           : user.clientKey.isEmpty()    ? QByteArray()
                                                         : readFile(user.clientKey, problem);
    if (!certificate.isEmpty()) {
        connection.clientCertificate = QSslCertificate(certificate, QSsl::Pem);
        for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
            if (connection.clientKey.isNull())
                connection.clientKey = QSslKey(key, algorithm, QSsl::Pem);
        }
        if (connection.clientCertificate.isNull() || connection.clientKey.isNull())
            problem = Error(ClusterError::ClientCertificateNotPem, {{"user", user.name}});
    }
    if (!problem.isNull())
        return problem;
    if (user.exec && connection.token.isEmpty() && certificate.isEmpty()) {
        if (policy == ExecPolicy::Refuse) {
            return Error(
                ClusterError::ExecNeeded,
                {{"user", user.name},
                 {"command",
                  (QStringList{user.exec->command} + user.exec->args).join(QLatin1Char(' '))}});
        }
        const Result<ExecCredential> credential =
            runExecPlugin(*user.exec, cluster, 60000, pluginPath);
        if (!credential)
            return credential.error();
        connection.token = credential.value().token;
        if (!credential.value().clientCertificateData.isEmpty()) {
            connection.clientCertificate =
                QSslCertificate(credential.value().clientCertificateData, QSsl::Pem);
            for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
                if (connection.clientKey.isNull())
                    connection.clientKey =
                        QSslKey(credential.value().clientKeyData, algorithm, QSsl::Pem);
            }
        }
    }
    return connection;
}

KubeClient::KubeClient(const KubeConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_network(new QNetworkAccessManager(this))
{
    if (!connection.proxyUrl.isEmpty()) {
        const QUrl proxy(connection.proxyUrl);
        const QString scheme = proxy.scheme().toLower();
        if (scheme == QLatin1String("socks5")) {
            m_network->setProxy(QNetworkProxy(QNetworkProxy::Socks5Proxy, proxy.host(),
                                              quint16(proxy.port(1080)), proxy.userName(),
                                              proxy.password()));
        } else if (scheme == QLatin1String("https")) {
            // Qt speaks to HTTP proxies in plain text: a loopback relay adds the TLS.
            m_relay =
                new TlsProxyRelay(proxy.host(), quint16(proxy.port(443)), connection.caCertificates,
                                  connection.insecureSkipTlsVerify, this);
            if (m_relay->listen())
                m_network->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy,
                                                  QStringLiteral("127.0.0.1"), m_relay->port(),
                                                  proxy.userName(), proxy.password()));
        } else {
            m_network->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, proxy.host(),
                                              quint16(proxy.port(3128)), proxy.userName(),
                                              proxy.password()));
        }
    } else {
        m_network->setProxy(
            QNetworkProxy::NoProxy); // kubectl uses proxy-url, not the environment's
    }
}

void KubeClient::get(const QString &path, int timeoutMs,
                     std::function<void(const KubeResponse &)> done,
                     std::function<void(const QByteArray &)> chunk)
{
    send("GET", path, {}, {}, timeoutMs, std::move(done), std::move(chunk));
}

void KubeClient::applyRoute(const QString &ns, const QString &name, const QByteArray &yaml,
                            bool dryRun, int timeoutMs,
                            std::function<void(const KubeResponse &)> done)
{
    QString path =
        QStringLiteral("/apis/apigee.cloud.google.com/v1alpha1/namespaces/%1/apigeeroutes/%2"
                       "?fieldManager=sni-doctor&force=true")
            .arg(ns, name);
    if (dryRun)
        path += QStringLiteral("&dryRun=All");
    send("PATCH", path, yaml, "application/apply-patch+yaml", timeoutMs, std::move(done));
}

void KubeClient::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                      const QByteArray &contentType, int timeoutMs,
                      std::function<void(const KubeResponse &)> done,
                      std::function<void(const QByteArray &)> chunk)
{
    QNetworkRequest request(QUrl(m_connection.server + path));
    request.setTransferTimeout(timeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "sni-doctor/" SNI_DOCTOR_VERSION);
    if (!m_connection.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_connection.token.toUtf8());
    else if (!m_connection.username.isEmpty())
        request.setRawHeader("Authorization", "Basic " + (m_connection.username + QLatin1Char(':') +
                                                          m_connection.password)
                                                             .toUtf8()
                                                             .toBase64());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_connection.caCertificates.isEmpty())
        tls.setCaCertificates(m_connection.caCertificates);
    if (m_connection.insecureSkipTlsVerify)
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (!m_connection.clientCertificate.isNull()) {
        tls.setLocalCertificate(m_connection.clientCertificate);
        tls.setPrivateKey(m_connection.clientKey);
    }
    request.setSslConfiguration(tls);
    if (!m_connection.tlsServerName.isEmpty())
        request.setPeerVerifyName(m_connection.tlsServerName);

    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply =
        verb == "GET" ? m_network->get(request) : m_network->sendCustomRequest(request, verb, body);
    m_inFlight << reply;
    // The request line only: never a header (the token) nor a user name in the URL.
    qCDebug(logCluster).noquote() << verb << request.url().toString(QUrl::RemoveUserInfo);
    // A server that requires a client certificate (TLS 1.3) ends the connection
    // right after a handshake the client saw succeed: tell that from unreachable.
    auto encrypted = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::encrypted, this, [encrypted] { *encrypted = true; });
    if (chunk) {
        connect(reply, &QNetworkReply::readyRead, this, [reply, chunk] {
            // Only a successful answer is the log; an error's Status object stays for done.
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() < 300)
                chunk(reply->readAll());
        });
    }
    connect(
        reply, &QNetworkReply::finished, this, [this, reply, encrypted, done = std::move(done)] {
            m_inFlight.removeOne(reply);
            reply->deleteLater();
            KubeResponse response;
            response.httpStatus =
                reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            response.body = reply->readAll();
            qCDebug(logCluster).noquote()
                << "HTTP" << response.httpStatus << reply->url().toString(QUrl::RemoveUserInfo)
                << response.body.size() << "bytes" << reply->errorString();
            const QString server = m_connection.server;
            if (response.httpStatus == 401) {
                response.error = Error(ClusterError::Unauthorized,
                                       {{"server", server}, {"user", m_connection.userName}});
            } else if (response.httpStatus == 403) {
                response.error =
                    Error(ClusterError::Forbidden, {{"message", statusMessage(response.body)}});
            } else if (response.httpStatus == 404) {
                response.error =
                    Error(ClusterError::NotFound, {{"message", statusMessage(response.body)}});
            } else if (response.httpStatus >= 400) {
                response.error = Error(ClusterError::HttpError,
                                       {{"status", QString::number(response.httpStatus)},
                                        {"message", statusMessage(response.body)}});
            } else if (reply->error() == QNetworkReply::OperationCanceledError) {
                // Qt reports a transfer timeout as a cancel too; a cancel() empties m_inFlight
                // first.
                response.error = m_canceling ? Error(ClusterError::Canceled)
                                             : Error(ClusterError::Timeout, {{"server", server}});
            } else if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
                response.error = Error(ClusterError::Tls, {{"server", server},
                                                           {"reason", reply->errorString()},
                                                           {"ca", m_connection.caSource}});
            } else if ((reply->error() >= QNetworkReply::ProxyConnectionRefusedError &&
                        reply->error() <= QNetworkReply::UnknownProxyError) ||
                       (!m_connection.proxyUrl.isEmpty() && !*encrypted &&
                        reply->error() != QNetworkReply::NoError)) {
                // With a proxy, every failure before the TLS session with the server is
                // on the way through the proxy; Qt reports some of them (a refused
                // proxy port) as UnknownNetworkError.
                // Never the proxy's password: the address is shown without user information.
                const QString relayError = m_relay ? m_relay->lastError() : QString();
                response.error = Error(
                    relayError.isEmpty() ? ClusterError::Proxy : ClusterError::ProxyTls,
                    {{"proxy", QUrl(m_connection.proxyUrl).toDisplayString(QUrl::RemoveUserInfo)},
                     {"reason", relayError.isEmpty() ? reply->errorString() : relayError}});
            } else if (reply->error() == QNetworkReply::RemoteHostClosedError && *encrypted &&
                       response.httpStatus == 0) {
                response.error =
                    m_connection.clientCertificate.isNull()
                        ? Error(ClusterError::ClosedAfterTls,
                                {{"server", server}, {"user", m_connection.userName}})
                        : Error(ClusterError::ClosedAfterTlsCertificate,
                                {{"server", server},
                                 {"user", m_connection.userName},
                                 {"certificate",
                                  m_connection.clientCertificate.subjectDisplayName()}});
            } else if (reply->error() != QNetworkReply::NoError) {
                response.error = Error(ClusterError::Unreachable,
                                       {{"server", server}, {"reason", reply->errorString()}});
            }
            done(response);
        });
}

void KubeClient::cancel()
{
    m_canceling = true;
    const QList<QNetworkReply *> replies = m_inFlight;
    for (QNetworkReply *reply : replies)
        reply->abort();
    m_canceling = false;
}

void KubeClient::listEvents(
    const QString &ns, const QString &kind, int timeoutMs,
    std::function<void(const Result<QHash<QString, QList<KubeEvent>>> &)> done)
{
    const QString path =
        QStringLiteral("/api/v1/namespaces/%1/events?fieldSelector=involvedObject.kind%3D")
            .arg(ns) +
        kind;
    get(path, timeoutMs, [done = std::move(done)](const KubeResponse &response) {
        if (!response.error.isNull()) {
            done(response.error);
            return;
        }
        QHash<QString, QList<KubeEvent>> byName;
        for (const QJsonValue &item :
             QJsonDocument::fromJson(response.body)[QStringLiteral("items")].toArray()) {
            KubeEvent event;
            event.type = item[QStringLiteral("type")].toString();
            event.reason = item[QStringLiteral("reason")].toString();
            event.message = item[QStringLiteral("message")].toString();
            event.count = std::max(1, item[QStringLiteral("count")].toInt());
            // Events made through events.k8s.io/v1 leave lastTimestamp empty and
            // carry eventTime (or only the object's creation time).
            for (const char *key : {"lastTimestamp", "eventTime"}) {
                if (event.lastSeen.isEmpty())
                    event.lastSeen = item[QLatin1String(key)].toString();
            }
            if (event.lastSeen.isEmpty())
                event.lastSeen =
                    item[QStringLiteral("metadata")][QStringLiteral("creationTimestamp")]
                        .toString();
            byName[item[QStringLiteral("involvedObject")][QStringLiteral("name")].toString()]
                << event;
        }
        // RFC 3339 times in UTC compare as text, as kubectl describe sorts them.
        for (QList<KubeEvent> &events : byName)
            std::stable_sort(
                events.begin(), events.end(),
                [](const KubeEvent &a, const KubeEvent &b) { return a.lastSeen < b.lastSeen; });
        done(byName);
    });
}

void KubeClient::listIngressPods(const QString &ns, int timeoutMs,
                                 std::function<void(const Result<QList<IngressPod>> &)> done)
{
    const QString path =
        QStringLiteral("/api/v1/namespaces/%1/pods?labelSelector=app%3Dapigee-ingressgateway")
            .arg(ns);
    get(path, timeoutMs, [done = std::move(done)](const KubeResponse &response) {
        if (!response.error.isNull())
            done(response.error);
        else
            done(parsePodList(response.body));
    });
}

void KubeClient::streamPodLog(const QString &ns, const QString &pod, const QString &container,
                              int tailLines, int timeoutMs,
                              std::function<void(const QByteArray &)> chunk,
                              std::function<void(const Error &)> done)
{
    QString path = QStringLiteral("/api/v1/namespaces/%1/pods/%2/log?timestamps=true").arg(ns, pod);
    if (!container.isEmpty())
        path += QStringLiteral("&container=") + container;
    if (tailLines > 0)
        path += QStringLiteral("&tailLines=%1").arg(tailLines);
    get(
        path, timeoutMs,
        [done = std::move(done)](const KubeResponse &response) { done(response.error); },
        std::move(chunk));
}

void KubeClient::listRoutes(const QString &ns, int timeoutMs,
                            std::function<void(const Result<QList<ApigeeRoute>> &)> done)
{
    const QString path =
        QStringLiteral("/apis/apigee.cloud.google.com/v1alpha1/namespaces/%1/apigeeroutes").arg(ns);
    get(path, timeoutMs, [this, ns, done = std::move(done)](const KubeResponse &response) {
        if (response.error.is(ClusterError::NotFound)) {
            done(
                Error(ClusterError::NoCrd, {{"context", m_connection.context}, {"namespace", ns}}));
            return;
        }
        if (!response.error.isNull()) {
            done(response.error);
            return;
        }
        Result<QList<ApigeeRoute>> routes =
            parseApigeeRoutes(response.body, withoutUrlPasswords(m_connection.server));
        if (routes) {
            for (ApigeeRoute &route : routes.value())
                route.file.clear(); // from the cluster, not a file
            done(routes);
        } else if (routes.error().is(ClusterError::RoutesNone)) {
            done(QList<ApigeeRoute>{}); // an empty list is an answer, not an error
        } else {
            done(routes);
        }
    });
}

} // namespace SniDoctor
