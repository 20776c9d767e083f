#include "kubeclient.h"

#include "cluster/execcredential.h"
#include "cluster/kubehttp.h"
#include "cluster/oidcrefresh.h"
#include "cluster/tlsproxyrelay.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <thread>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace SniDoctor {

namespace {

// The labelSelector query value of the ingress gateways: the default layout's label,
// or the one the user gave (kubectl -l), percent-encoded.
QString ingressSelector(const QString &selector)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(
        selector.isEmpty() ? QStringLiteral("app=apigee-ingressgateway") : selector));
}

// A plugin's credential this close to its expiry is asked for again (client-go: 10 s).
constexpr int kExpirySlackSeconds = 10;

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

// Whether a PEM private key is the one of a PEM certificate (OpenSSL's check, as Go's
// tls.X509KeyPair makes it).
bool keyMatchesCertificate(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    BIO *certificateBio = BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size()));
    BIO *keyBio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
    X509 *certificate = PEM_read_bio_X509(certificateBio, nullptr, nullptr, nullptr);
    EVP_PKEY *key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
    const bool matches = certificate && key && X509_check_private_key(certificate, key) == 1;
    EVP_PKEY_free(key);
    X509_free(certificate);
    BIO_free(keyBio);
    BIO_free(certificateBio);
    ERR_clear_error();
    return matches;
}

// How a user authenticates, for the advice after a 401.
QString authKindOf(const KubeUser &user, bool noCertificate)
{
    if (!user.token.isEmpty())
        return QStringLiteral("token");
    if (!user.tokenFile.isEmpty())
        return QStringLiteral("token_file");
    if (!noCertificate)
        return QStringLiteral("certificate");
    if (user.authProvider == QLatin1String("oidc"))
        return QStringLiteral("oidc");
    if (user.exec) {
        const QString program = QFileInfo(user.exec->command).fileName();
        const QString args = user.exec->args.join(QLatin1Char(' '));
        if (program.startsWith(QLatin1String("gke-gcloud-auth-plugin")) ||
            program == QLatin1String("gcloud"))
            return QStringLiteral("gke");
        if (program == QLatin1String("aws") || program.startsWith(QLatin1String("aws-iam-")) ||
            args.contains(QLatin1String("eks get-token")))
            return QStringLiteral("eks");
        if (program == QLatin1String("kubelogin") || program == QLatin1String("az"))
            return QStringLiteral("aks");
        return QStringLiteral("exec");
    }
    if (!user.username.isEmpty())
        return QStringLiteral("basic");
    return QStringLiteral("none");
}

} // namespace

QString normalizedServer(const QString &server, bool tlsConfigured)
{
    QString url = server.trimmed();
    if (!url.contains(QLatin1String("://")))
        url.prepend(tlsConfigured ? QLatin1String("https://") : QLatin1String("http://"));
    while (url.endsWith(QLatin1Char('/')) && url.count(QLatin1Char('/')) > 2)
        url.chop(1);
    return url;
}

Result<KubeConnection> kubeConnection(const Kubeconfig &config, const QString &contextName,
                                      ExecPolicy policy, const QString &pluginPath,
                                      const ExecRunOptions &execOptions)
{
    const KubeContext *context = config.context(contextName);
    if (!context) {
        if (contextName.isEmpty()) {
            QStringList names;
            for (const KubeContext &candidate : config.contexts)
                names << candidate.name;
            return Error(ClusterError::NoCurrentContext,
                         {{"contexts", names.join(QStringLiteral(", "))}});
        }
        return Error(ClusterError::NoContext, {{"context", contextName}});
    }
    if (!context->problem.isNull())
        return context->problem;
    const KubeCluster cluster = config.clusters.value(context->cluster);
    const KubeUser user = config.users.value(context->user);
    KubeConnection connection;
    connection.context = contextName;
    connection.server = cluster.server;
    connection.clusterName = cluster.name;
    connection.clusterFile = cluster.file;
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
    if (connection.caCertificates.isEmpty() && problem.isNull()) {
        // No CA in the kubeconfig: the system's, plus SSL_CERT_FILE and SSL_CERT_DIR
        // (corporate CAs), as Go's crypto/x509 reads them.
        QList<QSslCertificate> extra;
        QStringList sources;
        if (const QString file = QFile::decodeName(qgetenv("SSL_CERT_FILE")); !file.isEmpty()) {
            extra += QSslCertificate::fromPath(file, QSsl::Pem);
            sources << QStringLiteral("SSL_CERT_FILE=") + file;
        }
        for (const QByteArray &dir : qgetenv("SSL_CERT_DIR").split(':')) {
            if (dir.isEmpty())
                continue;
            const QDir folder(QFile::decodeName(dir));
            for (const QFileInfo &entry : folder.entryInfoList(QDir::Files | QDir::Readable))
                extra += QSslCertificate::fromPath(entry.filePath(), QSsl::Pem);
            sources << QStringLiteral("SSL_CERT_DIR=") + QFile::decodeName(dir);
        }
        if (!extra.isEmpty()) {
            connection.caCertificates = QSslConfiguration::systemCaCertificates() + extra;
            connection.caSource = QStringLiteral("env:") + sources.join(QStringLiteral(", "));
        }
    }
    connection.token = user.token;
    connection.tokenFile = user.tokenFile;
    if (!user.tokenFile.isEmpty()) {
        // client-go: the file wins over an inline token; when it cannot be read the
        // inline token is used, and without one that is an error.
        Error fileProblem;
        const QString fromFile = QString::fromUtf8(readFile(user.tokenFile, fileProblem)).trimmed();
        if (!fromFile.isEmpty())
            connection.token = fromFile;
        else if (connection.token.isEmpty() && problem.isNull())
            problem = fileProblem;
    }
    if (connection.token.isEmpty() && user.authProvider == QLatin1String("oidc") &&
        problem.isNull()) {
        // The removed client-go plugin's way: the id-token, renewed when it expired.
        const Result<OidcTokens> oidc =
            oidcIdToken(user, execOptions.timeoutMs > 0 ? execOptions.timeoutMs : 30000);
        if (!oidc)
            return oidc.error();
        connection.token = oidc.value().idToken;
    }
    connection.asUser = user.as;
    connection.asGroups = user.asGroups;
    connection.asUid = user.asUid;
    connection.asExtra = user.asExtra;
    connection.userFile = user.file;
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
        const QString certificateSource = !user.clientCertificateData.isEmpty()
                                              ? QStringLiteral("client-certificate-data")
                                              : user.clientCertificate;
        const QString keySource =
            !user.clientKeyData.isEmpty() ? QStringLiteral("client-key-data") : user.clientKey;
        if (!problem.isNull()) {
            // a file that could not be read: said as it is
        } else if (connection.clientCertificate.isNull() || connection.clientKey.isNull()) {
            problem = Error(ClusterError::ClientCertificateNotPem,
                            {{"user", user.name}, {"file", user.file}});
        } else if (!keyMatchesCertificate(certificate, key)) {
            // kubectl: "tls: private key does not match public key", before any request.
            problem = Error(ClusterError::ClientKeyMismatch, {{"user", user.name},
                                                              {"file", user.file},
                                                              {"certificate", certificateSource},
                                                              {"key", keySource}});
        } else if (connection.clientCertificate.expiryDate() < QDateTime::currentDateTimeUtc()) {
            problem =
                Error(ClusterError::ClientCertificateExpired,
                      {{"user", user.name},
                       {"file", user.file},
                       {"certificate", certificateSource},
                       {"date",
                        connection.clientCertificate.expiryDate().toUTC().toString(Qt::ISODate)}});
        }
    }
    if (!problem.isNull())
        return problem;
    connection.authKind = authKindOf(user, certificate.isEmpty());
    if (user.exec && connection.token.isEmpty() && certificate.isEmpty()) {
        if (policy == ExecPolicy::Refuse) {
            return Error(
                ClusterError::ExecNeeded,
                {{"user", user.name},
                 {"command",
                  (QStringList{user.exec->command} + user.exec->args).join(QLatin1Char(' '))}});
        }
        const Result<ExecCredential> credential =
            runExecPlugin(*user.exec, cluster, execOptions, pluginPath);
        if (!credential)
            return credential.error();
        connection.exec = *user.exec;
        connection.execCluster = cluster;
        connection.execPluginPath = pluginPath;
        connection.credentialExpiry = credential.value().expiration;
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
    , m_requestTimeoutMs(connection.requestTimeoutMs)
{
    m_connection.server =
        normalizedServer(connection.server, !connection.caCertificates.isEmpty() ||
                                                !connection.clientCertificate.isNull() ||
                                                connection.insecureSkipTlsVerify);
}

struct KubeClient::Call
{
    QByteArray verb;
    QByteArray body;
    QByteArray contentType;
    int idleMs = 30000;
    int overallMs = 0;
    std::function<void(const KubeResponse &)> done;
    std::function<void(const QByteArray &)> chunk;
    QUrl url;
    bool sameOrigin = true;
    int redirects = 0;
    int retries = 0;
    QElapsedTimer clock;
    HttpExchange *exchange = nullptr;
    QTimer *wait = nullptr;
    QString proxyUrl;
    QString proxyVariable;
    bool reauthenticated = false;
    bool finished = false;
};

KubeClient::~KubeClient()
{
    for (const std::shared_ptr<Call> &call : std::as_const(m_calls)) {
        call->finished = true;
        if (call->exchange)
            call->exchange->disconnect(this);
    }
}

QNetworkProxy KubeClient::proxyFor(const QUrl &url, QString &proxyUrl, QString &proxyVariable)
{
    proxyUrl = m_connection.proxyUrl;
    proxyVariable.clear();
    if (proxyUrl.isEmpty())
        proxyUrl = environmentProxy(url, &proxyVariable);
    if (proxyUrl.isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QUrl proxy(proxyUrl);
    const QString scheme = proxy.scheme().toLower();
    if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h"))
        return QNetworkProxy(QNetworkProxy::Socks5Proxy, proxy.host(), quint16(proxy.port(1080)),
                             proxy.userName(), proxy.password());
    if (scheme == QLatin1String("https")) {
        // Qt speaks to HTTP proxies in plain text: a loopback relay adds the TLS.
        TlsProxyRelay *&relay = m_relays[proxyUrl];
        if (!relay) {
            relay = new TlsProxyRelay(proxy.host(), quint16(proxy.port(443)),
                                      m_connection.caCertificates,
                                      m_connection.insecureSkipTlsVerify, this);
            relay->listen();
        }
        return QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), relay->port(),
                             proxy.userName(), proxy.password());
    }
    return QNetworkProxy(QNetworkProxy::HttpProxy, proxy.host(),
                         quint16(proxy.port(scheme == QLatin1String("http") ? 80 : 3128)),
                         proxy.userName(), proxy.password());
}

QByteArray KubeClient::bearerToken()
{
    // client-go's cached file token source: the file wins over an inline token and is
    // read again when it changes (a projected or rotated token); when it cannot be
    // read, the inline token stays.
    if (!m_connection.tokenFile.isEmpty()) {
        const QFileInfo info(m_connection.tokenFile);
        const qint64 stamp = info.exists() ? info.lastModified().toMSecsSinceEpoch() : -1;
        if (stamp != m_tokenFileStamp || m_tokenFileRead.isEmpty()) {
            QFile file(m_connection.tokenFile);
            if (file.open(QIODevice::ReadOnly)) {
                m_tokenFileRead = QString::fromUtf8(file.read(1 << 20)).trimmed();
                m_tokenFileStamp = stamp;
            }
        }
        if (!m_tokenFileRead.isEmpty())
            return m_tokenFileRead.toUtf8();
    }
    return m_connection.token.toUtf8();
}

Error KubeClient::refreshCredential(bool force)
{
    if (!m_connection.exec)
        return {};
    if (!force && (!m_connection.credentialExpiry.isValid() ||
                   m_connection.credentialExpiry >
                       QDateTime::currentDateTimeUtc().addSecs(kExpirySlackSeconds)))
        return {};
    if (force)
        forgetExecCredential(*m_connection.exec, m_connection.execCluster);
    ExecRunOptions options;
    options.timeoutMs = pluginTimeoutMs(m_requestTimeoutMs);
    options.canceled = m_cancelCheck;
    const auto run = [exec = *m_connection.exec, cluster = m_connection.execCluster, options,
                      path = m_connection.execPluginPath] {
        return runExecPlugin(exec, cluster, options, path);
    };
    std::optional<Result<ExecCredential>> answer;
    if (QCoreApplication::instance() &&
        QThread::currentThread() == QCoreApplication::instance()->thread() &&
        QCoreApplication::instance()->inherits("QGuiApplication")) {
        // On the window's thread (a live watch): the plugin runs beside it and the window
        // keeps answering until it is done.
        QEventLoop loop;
        std::thread worker([&answer, &loop, &run] {
            Result<ExecCredential> result = run();
            QMetaObject::invokeMethod(
                &loop,
                [&answer, &loop, result] {
                    answer = result;
                    loop.quit();
                },
                Qt::QueuedConnection);
        });
        loop.exec();
        worker.join();
    } else {
        answer = run();
    }
    const Result<ExecCredential> &credential = *answer;
    if (!credential)
        return credential.error();
    m_connection.token = credential.value().token;
    m_connection.credentialExpiry = credential.value().expiration;
    if (!credential.value().clientCertificateData.isEmpty()) {
        m_connection.clientCertificate =
            QSslCertificate(credential.value().clientCertificateData, QSsl::Pem);
        m_connection.clientKey = QSslKey();
        for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
            if (m_connection.clientKey.isNull())
                m_connection.clientKey =
                    QSslKey(credential.value().clientKeyData, algorithm, QSsl::Pem);
        }
    }
    return {};
}

KubeRequestParts KubeClient::requestParts(const QString &path)
{
    // A plugin's credential about to expire is asked for again first, as issue() does;
    // when that fails, the server's 401 says so to whoever asks it next.
    [[maybe_unused]] const Error failed = refreshCredential(false);
    return requestParts(QUrl(m_connection.server + path), true);
}

KubeRequestParts KubeClient::requestParts(const QUrl &url, bool sameOrigin)
{
    KubeRequestParts parts;
    parts.url = url;
    // Credentials only over TLS (client-go reads none for an http:// server) and only
    // to the server's own origin (a redirect elsewhere goes without them).
    if (url.scheme() == QLatin1String("https") && sameOrigin) {
        const QByteArray token = bearerToken();
        if (!token.isEmpty())
            parts.headers << qMakePair(QByteArray("Authorization"), "Bearer " + token);
        else if (!m_connection.username.isEmpty())
            parts.headers << qMakePair(
                QByteArray("Authorization"),
                "Basic " + (m_connection.username + QLatin1Char(':') + m_connection.password)
                               .toUtf8()
                               .toBase64());
        if (!m_connection.asUser.isEmpty()) {
            parts.headers << qMakePair(QByteArray("Impersonate-User"),
                                       m_connection.asUser.toUtf8());
            for (const QString &group : std::as_const(m_connection.asGroups))
                parts.headers << qMakePair(QByteArray("Impersonate-Group"), group.toUtf8());
            if (!m_connection.asUid.isEmpty())
                parts.headers << qMakePair(QByteArray("Impersonate-Uid"),
                                           m_connection.asUid.toUtf8());
            for (const auto &[key, value] : std::as_const(m_connection.asExtra))
                parts.headers << qMakePair("Impersonate-Extra-" + QUrl::toPercentEncoding(key),
                                           value.toUtf8());
        }
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_connection.caCertificates.isEmpty())
        tls.setCaCertificates(m_connection.caCertificates);
    if (m_connection.insecureSkipTlsVerify)
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (!m_connection.clientCertificate.isNull()) {
        tls.setLocalCertificate(m_connection.clientCertificate);
        tls.setPrivateKey(m_connection.clientKey);
    }
    parts.tls = tls;
    parts.peerVerifyName = m_connection.tlsServerName;
    parts.proxy = proxyFor(url, parts.proxyUrl, parts.proxyVariable);
    return parts;
}

QString KubeClient::relayError(const QString &proxyUrl) const
{
    const TlsProxyRelay *relay = m_relays.value(proxyUrl);
    return relay ? relay->lastError() : QString();
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
    auto call = std::make_shared<Call>();
    call->verb = verb;
    call->body = body;
    call->contentType = contentType;
    call->idleMs = timeoutMs > 0 ? timeoutMs : 30000;
    call->overallMs = m_requestTimeoutMs >= 0 ? m_requestTimeoutMs : chunk ? 0 : 30000;
    call->done = std::move(done);
    call->chunk = std::move(chunk);
    call->url = QUrl(m_connection.server + path);
    call->clock.start();
    m_calls << call;
    issue(call);
}

namespace {

QString origin(const QUrl &url)
{
    return url.scheme().toLower() + QStringLiteral("://") + url.host().toLower() +
           QLatin1Char(':') +
           QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1 << 20), 'g', 3);
}

constexpr int kMaxRedirects = 10;
constexpr int kMaxRetries = 10;

} // namespace

void KubeClient::issue(const std::shared_ptr<Call> &call)
{
    // A plugin's credential that expired (or is about to) is asked for again first,
    // for every request of a long run, as client-go does.
    if (const Error failed = refreshCredential(false); !failed.isNull()) {
        QTimer::singleShot(0, this, [this, call, failed] { complete(call, {0, {}, failed}); });
        return;
    }
    HttpExchange::Request request;
    request.url = call->url;
    request.verb = call->verb;
    request.body = call->body;
    request.idleMs = call->idleMs;
    if (call->overallMs > 0)
        request.overallMs = int(qMax<qint64>(1, call->overallMs - call->clock.elapsed()));
    request.maxBodyBytes = m_maxBodyBytes;
    request.streamBody = bool(call->chunk);
    request.headers << qMakePair(QByteArray("Accept"), QByteArray("application/json"))
                    << qMakePair(QByteArray("User-Agent"),
                                 QByteArray("sni-doctor/" SNI_DOCTOR_VERSION));
    if (!call->contentType.isEmpty())
        request.headers << qMakePair(QByteArray("Content-Type"), call->contentType);
    const KubeRequestParts parts = requestParts(call->url, call->sameOrigin);
    request.headers += parts.headers;
    request.tls = parts.tls;
    request.peerVerifyName = parts.peerVerifyName;
    request.proxy = parts.proxy;
    call->proxyUrl = parts.proxyUrl;
    call->proxyVariable = parts.proxyVariable;

    auto *exchange = new HttpExchange(std::move(request), this);
    call->exchange = exchange;
    // The request line only: never a header (the token) nor a user name in the URL.
    qCDebug(logCluster).noquote() << call->verb << call->url.toString(QUrl::RemoveUserInfo);
    if (call->chunk)
        connect(exchange, &HttpExchange::chunk, this,
                [call](const QByteArray &data) { call->chunk(data); });
    connect(
        exchange, &HttpExchange::finished, this,
        [this, call, exchange](const HttpExchange::Response &answer) {
            exchange->deleteLater();
            call->exchange = nullptr;
            if (call->finished)
                return;
            const QString server = withoutUrlPasswords(m_connection.server);
            qCDebug(logCluster).noquote()
                << "HTTP" << answer.status << call->url.toString(QUrl::RemoveUserInfo)
                << answer.body.size() << "bytes" << answer.reason;
            // Redirects, followed as Go's client does, credentials kept to the origin.
            if (answer.failure == HttpExchange::Failure::None &&
                QList<int>{301, 302, 303, 307, 308}.contains(answer.status) &&
                !answer.location.isEmpty()) {
                const QUrl next = call->url.resolved(QUrl::fromEncoded(answer.location));
                if (call->redirects >= kMaxRedirects || (next.scheme() != QLatin1String("https") &&
                                                         next.scheme() != QLatin1String("http"))) {
                    complete(call,
                             {answer.status,
                              {},
                              Error(ClusterError::HttpError,
                                    {{"status", QString::number(answer.status)},
                                     {"message", QStringLiteral("redirect to %1 not followed")
                                                     .arg(next.toString(QUrl::RemoveUserInfo))}})});
                    return;
                }
                ++call->redirects;
                if (origin(next) != origin(QUrl(m_connection.server)))
                    call->sameOrigin = false;
                if (answer.status <= 303 && call->verb != "GET") {
                    call->verb = "GET";
                    call->body.clear();
                    call->contentType.clear();
                }
                call->url = next;
                issue(call);
                return;
            }
            // 429 and 5xx with Retry-After: wait and ask again (client-go's checkWait).
            const bool idempotent =
                call->verb == "GET" || call->contentType.contains("apply-patch");
            if (answer.failure == HttpExchange::Failure::None &&
                (answer.status == 429 || answer.status >= 500) && !answer.retryAfter.isEmpty() &&
                idempotent && call->retries < kMaxRetries) {
                bool ok = false;
                const int seconds = answer.retryAfter.trimmed().toInt(&ok);
                const qint64 waitMs = ok ? qBound(0, seconds, 600) * qint64(1000) : 1000;
                if (call->overallMs == 0 || call->clock.elapsed() + waitMs < call->overallMs) {
                    ++call->retries;
                    call->wait = new QTimer(this);
                    call->wait->setSingleShot(true);
                    connect(call->wait, &QTimer::timeout, this, [this, call] {
                        call->wait->deleteLater();
                        call->wait = nullptr;
                        if (!call->finished)
                            issue(call);
                    });
                    call->wait->start(int(waitMs));
                    return;
                }
            }
            KubeResponse response;
            response.httpStatus = answer.status;
            response.body = answer.body;
            using F = HttpExchange::Failure;
            const QString proxyText =
                QUrl(call->proxyUrl).toDisplayString(QUrl::RemoveUserInfo) +
                (call->proxyVariable.isEmpty() ? QString()
                                               : QStringLiteral(" (%1)").arg(call->proxyVariable));
            const bool viaProxy = !call->proxyUrl.isEmpty();
            switch (answer.failure) {
            case F::Canceled:
                response.error = Error(ClusterError::Canceled);
                break;
            case F::IdleTimeout:
                response.error = Error(ClusterError::Timeout, {{"server", server}});
                break;
            case F::Deadline:
                response.error =
                    Error(ClusterError::Deadline,
                          {{"server", server},
                           {"seconds", QString::number(qMax(1, call->overallMs / 1000))}});
                break;
            case F::HeadTooLarge:
                response.error =
                    Error(ClusterError::AnswerTooLarge, {{"server", server},
                                                         {"what", QStringLiteral("headers")},
                                                         {"limit", QStringLiteral("1")}});
                break;
            case F::BodyTooLarge:
                response.error =
                    Error(ClusterError::AnswerTooLarge, {{"server", server},
                                                         {"what", QStringLiteral("body")},
                                                         {"limit", mib(m_maxBodyBytes)}});
                break;
            case F::Protocol:
                response.error =
                    Error(ClusterError::BadAnswer, {{"server", server}, {"reason", answer.reason}});
                break;
            case F::ClosedEarly:
            case F::Socket: {
                const auto socketError = answer.socketError;
                const bool proxyError =
                    socketError >= QAbstractSocket::ProxyAuthenticationRequiredError &&
                    socketError <= QAbstractSocket::ProxyProtocolError;
                if (socketError == QAbstractSocket::SslHandshakeFailedError ||
                    (!answer.tlsErrors.isEmpty() && !answer.encrypted)) {
                    response.error =
                        Error(ClusterError::Tls, {{"server", server},
                                                  {"cluster", m_connection.clusterName},
                                                  {"file", m_connection.clusterFile},
                                                  {"reason", answer.reason},
                                                  {"ca", m_connection.caSource}});
                } else if (proxyError || (viaProxy && !answer.encrypted)) {
                    // With a proxy, every failure before the TLS session with the server
                    // is on the way through the proxy. Never the proxy's password.
                    const QString relayText = relayError(call->proxyUrl);
                    response.error =
                        Error(relayText.isEmpty() ? ClusterError::Proxy : ClusterError::ProxyTls,
                              {{"proxy", proxyText},
                               {"reason", relayText.isEmpty() ? answer.reason : relayText}});
                } else if (answer.encrypted && answer.status == 0 &&
                           (answer.failure == F::ClosedEarly ||
                            socketError == QAbstractSocket::RemoteHostClosedError)) {
                    // A server that requires a client certificate (TLS 1.3) ends the
                    // connection right after a handshake the client saw succeed.
                    response.error =
                        m_connection.clientCertificate.isNull()
                            ? Error(ClusterError::ClosedAfterTls,
                                    {{"server", server}, {"user", m_connection.userName}})
                            : Error(ClusterError::ClosedAfterTlsCertificate,
                                    {{"server", server},
                                     {"user", m_connection.userName},
                                     {"certificate",
                                      m_connection.clientCertificate.subjectDisplayName()}});
                } else {
                    response.error = Error(ClusterError::Unreachable,
                                           {{"server", server}, {"reason", answer.reason}});
                }
                break;
            }
            case F::None:
                if (response.httpStatus == 401 && m_connection.exec && !call->reauthenticated &&
                    call->sameOrigin) {
                    // client-go: a 401 with a plugin's credential runs the plugin again
                    // and repeats the request, once.
                    call->reauthenticated = true;
                    if (const Error failed = refreshCredential(true); failed.isNull()) {
                        issue(call);
                        return;
                    }
                }
                if (response.httpStatus == 401) {
                    response.error =
                        Error(ClusterError::Unauthorized, {{"server", server},
                                                           {"user", m_connection.userName},
                                                           {"kind", m_connection.authKind},
                                                           {"file", m_connection.userFile}});
                } else if (response.httpStatus == 403) {
                    response.error =
                        Error(ClusterError::Forbidden, {{"message", statusMessage(response.body)}});
                } else if (response.httpStatus == 404) {
                    response.error =
                        Error(ClusterError::NotFound, {{"message", statusMessage(response.body)}});
                } else if (response.httpStatus >= 400 || response.httpStatus < 200) {
                    response.error = Error(ClusterError::HttpError,
                                           {{"status", QString::number(response.httpStatus)},
                                            {"message", statusMessage(response.body)}});
                }
                break;
            }
            complete(call, response);
        });
    exchange->start();
}

void KubeClient::complete(const std::shared_ptr<Call> &call, const KubeResponse &response)
{
    if (call->finished)
        return;
    call->finished = true;
    m_calls.removeOne(call);
    call->done(response);
}

void KubeClient::cancel()
{
    const QList<std::shared_ptr<Call>> calls = m_calls;
    for (const std::shared_ptr<Call> &call : calls) {
        if (call->exchange) {
            call->exchange->abort(); // finishes it with Canceled
        } else if (!call->finished) {
            if (call->wait)
                call->wait->stop();
            complete(call, {0, {}, Error(ClusterError::Canceled)});
        }
    }
}

void KubeClient::getList(const QString &path, int timeoutMs,
                         std::function<void(const KubeResponse &)> done)
{
    struct State
    {
        QJsonObject first;
        QJsonArray items;
        bool restarted = false;
    };
    auto state = std::make_shared<State>();
    auto page = std::make_shared<std::function<void(const QString &)>>();
    const QChar join = path.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    *page = [this, path, join, timeoutMs, state, page, done](const QString &token) {
        QString url = path + join + QStringLiteral("limit=500");
        if (!token.isEmpty())
            url +=
                QStringLiteral("&continue=") + QString::fromLatin1(QUrl::toPercentEncoding(token));
        get(url, timeoutMs, [state, page, done, token](const KubeResponse &response) {
            if (response.httpStatus == 410 && !token.isEmpty() && !state->restarted) {
                // The continue token expired (resourceVersion too old): the list again.
                state->restarted = true;
                state->first = {};
                state->items = {};
                (*page)({});
                return;
            }
            if (!response.error.isNull()) {
                *page = nullptr; // breaks the cycle
                done(response);
                return;
            }
            const QJsonObject object = QJsonDocument::fromJson(response.body).object();
            if (state->first.isEmpty())
                state->first = object;
            for (const QJsonValue &item : object.value(QStringLiteral("items")).toArray())
                state->items.append(item);
            const QString next = object.value(QStringLiteral("metadata"))
                                     .toObject()
                                     .value(QStringLiteral("continue"))
                                     .toString();
            if (!next.isEmpty() && next != token) {
                (*page)(next);
                return;
            }
            QJsonObject whole = state->first;
            if (whole.isEmpty() && !response.body.isEmpty()) {
                // Not a JSON object: hand the answer on as it came, for its parser to say so.
                *page = nullptr;
                done(response);
                return;
            }
            whole.insert(QStringLiteral("items"), state->items);
            KubeResponse joined = response;
            joined.body = QJsonDocument(whole).toJson(QJsonDocument::Compact);
            *page = nullptr;
            done(joined);
        });
    };
    (*page)({});
}

void KubeClient::listEvents(
    const QString &ns, const QString &kind, int timeoutMs,
    std::function<void(const Result<QHash<QString, QList<KubeEvent>>> &)> done)
{
    const QString path =
        QStringLiteral("/api/v1/namespaces/%1/events?fieldSelector=involvedObject.kind%3D")
            .arg(ns) +
        kind;
    getList(path, timeoutMs, [done = std::move(done)](const KubeResponse &response) {
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
                                 std::function<void(const Result<QList<IngressPod>> &)> done,
                                 const QString &selector)
{
    const QString path = QStringLiteral("/api/v1/namespaces/%1/pods?labelSelector=").arg(ns) +
                         ingressSelector(selector);
    getList(path, timeoutMs, [done = std::move(done)](const KubeResponse &response) {
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
    PodLogOptions options;
    options.container = container;
    options.tailLines = tailLines;
    streamPodLog(ns, pod, options, timeoutMs, std::move(chunk), std::move(done));
}

void KubeClient::streamPodLog(const QString &ns, const QString &pod, const PodLogOptions &options,
                              int timeoutMs, std::function<void(const QByteArray &)> chunk,
                              std::function<void(const Error &)> done)
{
    QString path = QStringLiteral("/api/v1/namespaces/%1/pods/%2/log?timestamps=true").arg(ns, pod);
    if (!options.container.isEmpty())
        path += QStringLiteral("&container=") +
                QString::fromLatin1(QUrl::toPercentEncoding(options.container));
    if (options.previous)
        path += QStringLiteral("&previous=true");
    if (options.sinceSeconds > 0)
        path += QStringLiteral("&sinceSeconds=%1").arg(options.sinceSeconds);
    if (options.tailLines > 0)
        path += QStringLiteral("&tailLines=%1").arg(options.tailLines);
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
    getList(path, timeoutMs, [this, ns, done = std::move(done)](const KubeResponse &response) {
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

// The ingress gateway Services: where clients reach each ingress (automatic diagnosis).
void KubeClient::listIngressServices(
    const QString &ns, int timeoutMs,
    std::function<void(const Result<QList<IngressService>> &)> done, const QString &selector)
{
    const QString path = QStringLiteral("/api/v1/namespaces/%1/services?labelSelector=").arg(ns) +
                         ingressSelector(selector);
    getList(path, timeoutMs, [this, done = std::move(done)](const KubeResponse &response) {
        if (!response.error.isNull())
            done(response.error);
        else
            done(parseServiceList(response.body, withoutUrlPasswords(m_connection.server)));
    });
}

} // namespace SniDoctor

namespace SniDoctor {

void KubeClient::followPodLog(const QString &ns, const QString &pod, const QString &container,
                              const QString &sinceTime, int tailLines, int idleMs,
                              std::function<void(const QByteArray &)> chunk,
                              std::function<void(const Error &)> done)
{
    QString path = QStringLiteral("/api/v1/namespaces/%1/pods/%2/log?follow=true&timestamps=true")
                       .arg(ns, pod);
    if (!container.isEmpty())
        path += QStringLiteral("&container=") + container;
    if (!sinceTime.isEmpty())
        path +=
            QStringLiteral("&sinceTime=") + QString::fromLatin1(QUrl::toPercentEncoding(sinceTime));
    else if (tailLines >= 0)
        path += QStringLiteral("&tailLines=%1").arg(tailLines);
    get(
        path, idleMs,
        [done = std::move(done)](const KubeResponse &response) { done(response.error); },
        std::move(chunk));
}

} // namespace SniDoctor
