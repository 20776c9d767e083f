#include "portforward.h"

#include "cluster/clustererror.h"
#include "cluster/clusterfetch.h"
#include "core/logging.h"
#include "core/shellquote.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QMetaObject>
#include <QMutex>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSslCertificate>
#include <QSslError>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <optional>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace SniDoctor {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("SniDoctor::PortForward", source);
}

QString portForwardErrorId(int code)
{
    switch (PortForwardError(code)) {
    case PortForwardError::Listen:
        return QStringLiteral("portforward_listen");
    case PortForwardError::NotSupported:
        return QStringLiteral("portforward_unsupported");
    case PortForwardError::Forbidden:
        return QStringLiteral("portforward_forbidden");
    case PortForwardError::PodNotFound:
        return QStringLiteral("portforward_pod_not_found");
    case PortForwardError::Tls:
        return QStringLiteral("portforward_tls");
    case PortForwardError::Deadline:
        return QStringLiteral("portforward_deadline");
    case PortForwardError::Remote:
        return QStringLiteral("portforward_remote");
    case PortForwardError::Stream:
    case PortForwardError::SlowClient:
        return QStringLiteral("portforward_stream");
    case PortForwardError::Canceled:
        return QStringLiteral("portforward_canceled");
    case PortForwardError::KubectlFailed:
    case PortForwardError::KubectlTimeout:
        return QStringLiteral("portforward_kubectl_failed");
    }
    return QStringLiteral("portforward_error");
}

QString portForwardErrorMessage(const Error &error)
{
    const Args &a = error.args();
    switch (PortForwardError(error.code())) {
    case PortForwardError::Listen:
        return text(QT_TRANSLATE_NOOP("SniDoctor::PortForward",
                                      "Cannot listen on a loopback port for the port-forward: %1"))
            .arg(a.value("reason"));
    case PortForwardError::NotSupported:
        return text(QT_TRANSLATE_NOOP(
                        "SniDoctor::PortForward",
                        "The API server %1 does not support the WebSocket port-forward (it "
                        "answered %2: %3). kubectl can forward instead: run %4 and probe "
                        "127.0.0.1:8443 with the API host name as SNI."))
            .arg(a.value("server"), a.value("status"), a.value("reason"), a.value("command"));
    case PortForwardError::Forbidden:
        return text(QT_TRANSLATE_NOOP(
                        "SniDoctor::PortForward",
                        "The cluster's RBAC does not let this user port-forward to pod %2 in "
                        "namespace %1 (403): the user needs the verbs create and get on the "
                        "resource pods/portforward (check with kubectl auth can-i create "
                        "pods/portforward -n %1). The server said: %3"))
            .arg(a.value("namespace"), a.value("pod"), a.value("message"));
    case PortForwardError::PodNotFound:
        return text(QT_TRANSLATE_NOOP("SniDoctor::PortForward",
                                      "There is no pod %2 in namespace %1 to port-forward to "
                                      "(404; list them with sni-doctor pods): %3"))
            .arg(a.value("namespace"), a.value("pod"), a.value("message"));
    case PortForwardError::Tls:
        return text(QT_TRANSLATE_NOOP(
                        "SniDoctor::PortForward",
                        "The TLS handshake of the port-forward's WebSocket with %1 failed: %2"))
            .arg(a.value("server"), a.value("reason"));
    case PortForwardError::Deadline:
        return text(QT_TRANSLATE_NOOP("SniDoctor::PortForward",
                                      "The API server %1 did not upgrade the port-forward's "
                                      "WebSocket within %2 s."))
            .arg(a.value("server"), a.value("seconds"));
    case PortForwardError::Remote:
        return text(QT_TRANSLATE_NOOP("SniDoctor::PortForward",
                                      "Port-forward to pod %1, port %2: the cluster reported: %3"))
            .arg(a.value("pod"), a.value("port"), a.value("message"));
    case PortForwardError::Stream:
        return text(QT_TRANSLATE_NOOP("SniDoctor::PortForward",
                                      "Port-forward to pod %1, port %2: the stream failed: %3"))
            .arg(a.value("pod"), a.value("port"), a.value("reason"));
    case PortForwardError::SlowClient:
        return text(QT_TRANSLATE_NOOP("SniDoctor::PortForward",
                                      "Port-forward to pod %1, port %2: the local client stopped "
                                      "reading (more than %3 bytes waiting); the stream was "
                                      "closed."))
            .arg(a.value("pod"), a.value("port"), a.value("limit"));
    case PortForwardError::Canceled:
        return text(QT_TRANSLATE_NOOP("SniDoctor::PortForward", "Port-forward canceled."));
    case PortForwardError::KubectlFailed:
        return text(QT_TRANSLATE_NOOP("SniDoctor::PortForward", "%1 did not start forwarding: %2"))
            .arg(a.value("command"), a.value("output"));
    case PortForwardError::KubectlTimeout:
        return text(QT_TRANSLATE_NOOP("SniDoctor::PortForward",
                                      "%1 did not say where it listens within %2 s; it was "
                                      "stopped."))
            .arg(a.value("command"), a.value("seconds"));
    }
    return {};
}

// Ends a local connection with a TCP RST, as the pod's end was ended: a probe through
// the forward then sees the reset it would see at the ingress.
void resetConnection(QTcpSocket *socket)
{
    socket->flush();
#ifdef Q_OS_UNIX
    const qintptr fd = socket->socketDescriptor();
    if (fd != -1) {
        const linger immediately{1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &immediately, sizeof immediately);
    }
#endif
    socket->abort();
}

// Whether certificate names host, as Go's crypto/x509 checks it for kubectl: the
// subject alternative names only (DNS names, a wildcard for the leftmost label; IP
// addresses), not the common name.
bool certificateNames(const QSslCertificate &certificate, const QString &host)
{
    const auto names = certificate.subjectAlternativeNames();
    const QHostAddress address(host);
    if (!address.isNull()) {
        for (const QString &entry : names.values(QSsl::IpAddressEntry)) {
            if (QHostAddress(entry) == address)
                return true;
        }
        return false;
    }
    const QString wanted = host.toLower();
    for (const QString &entry : names.values(QSsl::DnsEntry)) {
        const QString pattern = entry.toLower();
        if (pattern == wanted)
            return true;
        const qsizetype dot = wanted.indexOf(QLatin1Char('.'));
        if (pattern.startsWith(QLatin1String("*.")) && dot > 0 &&
            wanted.mid(dot + 1) == pattern.mid(2))
            return true;
    }
    return false;
}

// True when every error is that the certificate does not name the URL's host while it
// names tls-server-name (name): the errors QWebSocket reports without a peer verify name.
bool onlyServerNameMismatch(const QList<QSslError> &errors, const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QSslError &error : errors) {
        if (error.error() != QSslError::HostNameMismatch ||
            !certificateNames(error.certificate(), name))
            return false;
    }
    return true;
}

constexpr qsizetype kMaxErrorText = 64 * 1024;
constexpr int kMaxStreamErrors = 20;
constexpr quint16 kSuggestedLocalPort = 8443;

} // namespace

const ErrorDomain &errorDomain(PortForwardError)
{
    static const ErrorDomain domain{"portforward", portForwardErrorId, portForwardErrorMessage,
                                    int(PortForwardError::Canceled)};
    return domain;
}

QStringList kubectlPortForwardArguments(const QString &kubeconfig, const QString &context,
                                        const QString &ns, const QString &pod, quint16 localPort,
                                        quint16 podPort)
{
    QStringList arguments{QStringLiteral("port-forward"), QStringLiteral("-n"), ns,
                          QStringLiteral("pod/") + pod,
                          (localPort ? QString::number(localPort) : QString()) + QLatin1Char(':') +
                              QString::number(podPort)};
    if (!context.isEmpty())
        arguments << QStringLiteral("--context") << context;
    if (!kubeconfig.isEmpty())
        arguments << QStringLiteral("--kubeconfig") << kubeconfig;
    return arguments;
}

QString kubectlPortForwardCommand(const QString &kubeconfig, const QString &context,
                                  const QString &ns, const QString &pod, quint16 localPort,
                                  quint16 podPort)
{
    QStringList words{QStringLiteral("kubectl")};
    for (const QString &word :
         kubectlPortForwardArguments(kubeconfig, context, ns, pod, localPort, podPort))
        words << shellQuote(word);
    return words.join(QLatin1Char(' '));
}

quint16 kubectlForwardingPort(const QByteArray &output)
{
    static const QRegularExpression line(
        QStringLiteral("^Forwarding from 127\\.0\\.0\\.1:(\\d{1,5}) -> \\d+"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(QString::fromUtf8(output));
    if (!match.hasMatch())
        return 0;
    const uint port = match.captured(1).toUInt();
    return port > 0 && port <= 65535 ? quint16(port) : 0;
}

// One forwarded connection: the local socket (none for start()'s check), its WebSocket,
// and what has come on each channel.
struct PortForward::Stream
{
    QTcpSocket *local = nullptr;
    QWebSocket *ws = nullptr;
    QTimer *deadline = nullptr;
    bool upgraded = false;
    bool done = false;
    int prefixLeft[2] = {2, 2}; // bytes of the port prefix still to come, per channel
    QByteArray errorText;
    qint64 unwritten = 0; // sent to the WebSocket, not yet written to its socket
    QList<QPair<QByteArray, QByteArray>> headers; // the upgrade's credentials
};

PortForward::PortForward(const KubeConnection &connection, PortForwardOptions options,
                         QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_options(std::move(options))
    , m_client(new KubeClient(connection, this))
    , m_server(new QTcpServer(this))
{
    m_client->setRequestTimeout(m_options.upgradeTimeoutMs);
    connect(m_server, &QTcpServer::newConnection, this, &PortForward::accept);
}

PortForward::~PortForward()
{
    close();
}

QString PortForward::path() const
{
    return QStringLiteral("/api/v1/namespaces/%1/pods/%2/portforward?ports=%3")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_options.ns)),
             QString::fromLatin1(QUrl::toPercentEncoding(m_options.pod)))
        .arg(m_options.podPort);
}

quint16 PortForward::localPort() const
{
    return m_server->isListening() ? m_server->serverPort() : 0;
}

QString PortForward::kubectlCommand() const
{
    return kubectlPortForwardCommand(m_options.kubeconfig, m_connection.context, m_options.ns,
                                     m_options.pod, localPort() ? localPort() : kSuggestedLocalPort,
                                     m_options.podPort);
}

QWebSocket *PortForward::openWebSocket(Stream &stream)
{
    auto *ws = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    stream.ws = ws;
    const KubeRequestParts parts = m_client->requestParts(path());
    QUrl url = parts.url;
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                         : QStringLiteral("ws"));
    QNetworkRequest request(url);
    stream.headers = parts.headers;
    request.setRawHeader("User-Agent", "sni-doctor/" SNI_DOCTOR_VERSION);
    for (const auto &[name, value] : parts.headers)
        request.setRawHeader(name, value);
    ws->setSslConfiguration(parts.tls);
    ws->setProxy(parts.proxy);
    if (!parts.peerVerifyName.isEmpty()) {
        // QWebSocket has no peer verify name: the certificate must name tls-server-name
        // instead of the URL's host, as kubectl checks it; only that mismatch is let go.
        const QString name = parts.peerVerifyName;
        connect(ws, &QWebSocket::sslErrors, this, [ws, name](const QList<QSslError> &errors) {
            if (onlyServerNameMismatch(errors, name))
                ws->ignoreSslErrors(errors);
        });
    }
    // One message is at most what a stream may hold: a peer cannot make it hold more.
    ws->setMaxAllowedIncomingMessageSize(quint64(m_options.maxBufferedBytes));
    ws->setMaxAllowedIncomingFrameSize(quint64(m_options.maxBufferedBytes));
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({QString::fromLatin1(kPortForwardSubprotocol)});
    stream.deadline = new QTimer(ws);
    stream.deadline->setSingleShot(true);
    stream.deadline->start(m_options.upgradeTimeoutMs);
    connect(ws, &QWebSocket::bytesWritten, this, [this, &stream](qint64 bytes) {
        stream.unwritten = qMax<qint64>(0, stream.unwritten - bytes);
        pumpLocal(stream);
    });
    connect(ws, &QWebSocket::binaryMessageReceived, this,
            [this, &stream](const QByteArray &message) { onMessage(stream, message); });
    // The request line only: never a header (the token).
    qCDebug(logCluster).noquote() << "WebSocket" << url.toString(QUrl::RemoveUserInfo);
    ws->open(request, options);
    return ws;
}

void PortForward::onMessage(Stream &stream, const QByteArray &message)
{
    if (message.isEmpty() || stream.done)
        return;
    const int channel = quint8(message.at(0));
    if (channel > 1)
        return; // one port asked: no other channel exists
    QByteArray payload = message.mid(1);
    if (stream.prefixLeft[channel] > 0) {
        const qsizetype skip = qMin<qsizetype>(stream.prefixLeft[channel], payload.size());
        payload.remove(0, skip);
        stream.prefixLeft[channel] -= int(skip);
    }
    if (channel == 1) {
        stream.errorText += payload.left(kMaxErrorText - stream.errorText.size());
        return;
    }
    if (!stream.local || payload.isEmpty())
        return;
    stream.local->write(payload);
    if (stream.local->bytesToWrite() > m_options.maxBufferedBytes)
        finishStream(&stream,
                     Error(PortForwardError::SlowClient,
                           {{"pod", m_options.pod},
                            {"port", QString::number(m_options.podPort)},
                            {"limit", QString::number(m_options.maxBufferedBytes)}}),
                     true);
}

void PortForward::pumpLocal(Stream &stream)
{
    if (!stream.upgraded || stream.done || !stream.local)
        return;
    while (stream.local->bytesAvailable() > 0 && stream.unwritten < m_options.maxBufferedBytes) {
        const QByteArray data = stream.local->read(64 * 1024);
        if (data.isEmpty())
            break;
        QByteArray frame;
        frame.reserve(data.size() + 1);
        frame.append(char(0)); // the data channel of the first (only) port
        frame.append(data);
        stream.unwritten += stream.ws->sendBinaryMessage(frame);
    }
}

void PortForward::accept()
{
    while (QTcpSocket *local = m_server->nextPendingConnection()) {
        if (qsizetype(m_streams.size()) >= m_options.maxStreams) {
            resetConnection(local);
            local->deleteLater();
            continue;
        }
        auto *stream = new Stream;
        m_streams << stream;
        ++m_streamsOpened;
        stream->local = local;
        // Qt stops reading from the kernel beyond this: the bound on the local direction.
        local->setReadBufferSize(m_options.maxBufferedBytes);
        QWebSocket *ws = openWebSocket(*stream);
        const Args where{{"pod", m_options.pod}, {"port", QString::number(m_options.podPort)}};
        connect(local, &QTcpSocket::readyRead, this, [this, stream] { pumpLocal(*stream); });
        connect(local, &QTcpSocket::disconnected, this, [this, stream] {
            // Whatever the client sent before it closed still goes to the pod.
            pumpLocal(*stream);
            finishStream(stream, {}, false);
        });
        connect(stream->deadline, &QTimer::timeout, this, [this, stream, where] {
            Args args = where;
            args.insert("reason", text(QT_TRANSLATE_NOOP("SniDoctor::PortForward",
                                                         "no WebSocket upgrade in time")));
            finishStream(stream, Error(PortForwardError::Stream, args), true);
        });
        connect(ws, &QWebSocket::connected, this, [this, stream, ws, where] {
            stream->deadline->stop();
            if (ws->subprotocol() != QLatin1String(kPortForwardSubprotocol)) {
                Args args = where;
                args.insert("reason", ws->subprotocol());
                finishStream(stream, Error(PortForwardError::Stream, args), true);
                return;
            }
            stream->upgraded = true;
            pumpLocal(*stream);
        });
        connect(ws, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
                [this, stream, ws, where] {
                    if (stream->upgraded)
                        return; // disconnected() follows and says it
                    Args args = where;
                    args.insert("reason", ws->errorString());
                    finishStream(stream, Error(PortForwardError::Stream, args), true);
                });
        connect(ws, &QWebSocket::disconnected, this, [this, stream, where] {
            if (stream->errorText.isEmpty()) {
                finishStream(stream, {}, false);
                return;
            }
            const QString message = QString::fromUtf8(stream->errorText).trimmed();
            Args args = where;
            args.insert("message", message);
            // The kubelet's copy from the pod's socket ended with ECONNRESET: reset ours.
            finishStream(stream, Error(PortForwardError::Remote, args),
                         message.contains(QLatin1String("reset by peer")));
        });
    }
}

void PortForward::finishStream(Stream *stream, const Error &error, bool resetLocal)
{
    if (stream->done)
        return;
    stream->done = true;
    if (!error.isNull())
        recordError(error);
    if (stream->deadline) {
        stream->deadline->stop();
        stream->deadline->disconnect(this);
    }
    if (stream->local) {
        stream->local->disconnect(this);
        if (resetLocal)
            resetConnection(stream->local);
        else
            stream->local->disconnectFromHost(); // after what is still to write
        stream->local->deleteLater();
        stream->local = nullptr;
    }
    if (stream->ws) {
        stream->ws->disconnect(this);
        if (stream->ws->state() == QAbstractSocket::ConnectedState)
            stream->ws->close();
        else
            stream->ws->abort();
        stream->ws->deleteLater();
        stream->ws = nullptr;
    }
    m_streams.removeOne(stream);
    delete stream;
}

void PortForward::recordError(const Error &error)
{
    qCDebug(logCluster).noquote() << "port-forward stream:" << error.id();
    if (m_streamErrors.size() < kMaxStreamErrors)
        m_streamErrors << error;
    Q_EMIT streamFailed(error);
}

void PortForward::start(std::function<void(const Result<quint16> &)> done)
{
    auto check = std::make_shared<Stream>();
    auto finished = std::make_shared<bool>(false);
    auto finish = [this, check, finished, done](const Result<quint16> &result) {
        if (*finished)
            return;
        *finished = true;
        if (check->ws) {
            check->ws->disconnect(this);
            if (check->ws->state() == QAbstractSocket::ConnectedState)
                check->ws->close();
            else
                check->ws->abort();
            check->ws->deleteLater();
            check->ws = nullptr;
        }
        done(result);
    };
    QWebSocket *ws = openWebSocket(*check);
    // The check's messages are only counted: onMessage holds a reference to *check,
    // which lives as long as this connection does (the lambdas keep it).
    auto tlsErrors = std::make_shared<QStringList>();
    const QString server = withoutUrlPasswords(m_client->connection().server);
    connect(ws, &QWebSocket::sslErrors, this,
            [tlsErrors, name = m_connection.tlsServerName](const QList<QSslError> &errors) {
                if (onlyServerNameMismatch(errors, name))
                    return; // let go by openWebSocket()
                for (const QSslError &error : errors)
                    *tlsErrors << error.errorString();
            });
    connect(check->deadline, &QTimer::timeout, this, [this, finish, server] {
        finish(Error(PortForwardError::Deadline,
                     {{"server", server},
                      {"seconds", QString::number(qMax(1, m_options.upgradeTimeoutMs / 1000))}}));
    });
    connect(ws, &QWebSocket::connected, this, [this, ws, check, finish, server] {
        check->deadline->stop();
        if (ws->subprotocol() != QLatin1String(kPortForwardSubprotocol)) {
            finish(Error(PortForwardError::NotSupported,
                         {{"server", server},
                          {"status", QStringLiteral("101")},
                          {"reason", text(QT_TRANSLATE_NOOP("SniDoctor::PortForward",
                                                            "no v4.channel.k8s.io subprotocol"))},
                          {"command", kubectlCommand()}}));
            return;
        }
        check->upgraded = true;
    });
    connect(ws, &QWebSocket::binaryMessageReceived, this, [this, check, finish] {
        if (check->prefixLeft[0] > 0 || check->prefixLeft[1] > 0)
            return;
        // Both channels named the port: the server forwards. Now take connections.
        if (!m_server->listen(QHostAddress::LocalHost, 0)) {
            finish(Error(PortForwardError::Listen, {{"reason", m_server->errorString()}}));
            return;
        }
        qCDebug(logCluster) << "port-forward listening on port" << m_server->serverPort();
        finish(m_server->serverPort());
    });
    connect(ws, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, ws, check, finish, tlsErrors] {
                if (check->upgraded)
                    return;
                check->deadline->stop();
                const QString reason = ws->errorString();
                diagnose(reason, *tlsErrors, check->headers, finish);
            });
    connect(ws, &QWebSocket::disconnected, this, [this, check, finish] {
        if (!check->upgraded)
            return; // error() said it
        const QString message = QString::fromUtf8(check->errorText).trimmed();
        Args args{{"pod", m_options.pod}, {"port", QString::number(m_options.podPort)}};
        if (!message.isEmpty()) {
            args.insert("message", message);
            finish(Error(PortForwardError::Remote, args));
        } else {
            args.insert("reason", text(QT_TRANSLATE_NOOP("SniDoctor::PortForward",
                                                         "closed before the port was confirmed")));
            finish(Error(PortForwardError::Stream, args));
        }
    });
}

void PortForward::diagnose(const QString &wsError, const QStringList &tlsErrors,
                           const QList<QPair<QByteArray, QByteArray>> &headersUsed,
                           std::function<void(const Result<quint16> &)> done)
{
    // QWebSocket says a refused upgrade only in words; the same request without the
    // upgrade, with the same credentials, gets the server's status and message.
    const QString server = withoutUrlPasswords(m_client->connection().server);
    m_client->get(
        path(), m_options.upgradeTimeoutMs,
        [this, wsError, tlsErrors, server, headersUsed, done](const KubeResponse &response) {
            const Error &error = response.error;
            // After a 401 the client ran the credential plugin again and repeated the
            // request: the upgrade was refused for a stale credential; try it again, once.
            if (!m_checkRepeated && response.httpStatus != 401 &&
                m_client->requestParts(path()).headers != headersUsed) {
                m_checkRepeated = true;
                start(done);
                return;
            }
            if (!tlsErrors.isEmpty() && !error.is(ClusterError::Tls)) {
                done(Error(PortForwardError::Tls,
                           {{"server", server}, {"reason", tlsErrors.join(QStringLiteral("; "))}}));
            } else if (response.httpStatus == 403) {
                done(Error(PortForwardError::Forbidden,
                           {{"namespace", m_options.ns},
                            {"pod", m_options.pod},
                            {"message", error.args().value("message")}}));
            } else if (response.httpStatus == 404) {
                done(Error(PortForwardError::PodNotFound,
                           {{"namespace", m_options.ns},
                            {"pod", m_options.pod},
                            {"message", error.args().value("message")}}));
            } else if (response.httpStatus == 401 ||
                       (!error.isNull() && response.httpStatus == 0)) {
                done(error); // the credentials' advice, or the transport's own failure
            } else {
                done(Error(PortForwardError::NotSupported,
                           {{"server", server},
                            {"status", QString::number(response.httpStatus)},
                            {"reason", error.isNull() ? wsError : error.args().value("message")},
                            {"command", kubectlCommand()}}));
            }
        });
}

void PortForward::close()
{
    m_server->close();
    m_client->cancel();
    const QList<Stream *> streams = m_streams;
    for (Stream *stream : streams)
        finishStream(stream, {}, false);
}

struct PortForwardSession::Thread
{
    QThread thread;
};

PortForwardSession::~PortForwardSession()
{
    if (m_forward) {
        PortForward *forward = m_forward;
        QMetaObject::invokeMethod(
            forward, [forward] { delete forward; }, Qt::BlockingQueuedConnection);
    }
    if (m_thread) {
        m_thread->thread.quit();
        m_thread->thread.wait();
    }
}

QList<Error> PortForwardSession::streamErrors() const
{
    QList<Error> errors;
    PortForward *forward = m_forward;
    QMetaObject::invokeMethod(
        forward, [forward, &errors] { errors = forward->streamErrors(); },
        Qt::BlockingQueuedConnection);
    return errors;
}

int PortForwardSession::streamsOpened() const
{
    int opened = 0;
    PortForward *forward = m_forward;
    QMetaObject::invokeMethod(
        forward, [forward, &opened] { opened = forward->streamsOpened(); },
        Qt::BlockingQueuedConnection);
    return opened;
}

Result<std::unique_ptr<PortForwardSession>> startPortForward(const KubeConnection &connection,
                                                             const PortForwardOptions &options,
                                                             TaskControl &control)
{
    std::unique_ptr<PortForwardSession> session(new PortForwardSession);
    session->m_thread = std::make_unique<PortForwardSession::Thread>();
    session->m_thread->thread.setObjectName(QStringLiteral("port-forward"));
    auto *forward = new PortForward(connection, options);
    forward->moveToThread(&session->m_thread->thread);
    session->m_forward = forward;
    session->m_thread->thread.start();

    struct Outcome
    {
        QMutex mutex;
        std::optional<Result<quint16>> result;
        QString command;
        QSemaphore ready;
    };
    auto outcome = std::make_shared<Outcome>();
    QMetaObject::invokeMethod(forward, [forward, outcome] {
        forward->start([forward, outcome](const Result<quint16> &result) {
            {
                QMutexLocker lock(&outcome->mutex);
                outcome->result = result;
                outcome->command = forward->kubectlCommand();
            }
            outcome->ready.release();
        });
    });
    while (!outcome->ready.tryAcquire(1, 50)) {
        if (control.isCanceled())
            return Error(PortForwardError::Canceled); // the session's destructor stops it
    }
    QMutexLocker lock(&outcome->mutex);
    if (!*outcome->result)
        return outcome->result->error();
    session->m_port = outcome->result->value();
    session->m_command = outcome->command;
    return Result<std::unique_ptr<PortForwardSession>>(std::move(session));
}

Result<std::unique_ptr<PortForwardSession>>
startPortForward(const ClusterRequest &request, PortForwardOptions options, TaskControl &control)
{
    if (options.kubeconfig.isEmpty())
        options.kubeconfig = request.kubeconfig;
    const Result<ClusterConnection> connection = clusterConnection(request, &control);
    if (!connection)
        return connection.error();
    if (options.ns.isEmpty())
        options.ns = connection.value().ns;
    return startPortForward(connection.value().connection, options, control);
}

struct KubectlPortForward::Process
{
    QProcess process;
    QByteArray output;
    void read()
    {
        process.waitForReadyRead(0); // what the pipe holds, without an event loop
        output += process.read(qMax<qint64>(0, kMaxErrorText - output.size()));
    }
};

QString KubectlPortForward::output()
{
    d->read();
    return QString::fromUtf8(d->output);
}

KubectlPortForward::KubectlPortForward()
    : d(std::make_unique<Process>())
{}

KubectlPortForward::~KubectlPortForward()
{
    stop();
}

bool KubectlPortForward::running() const
{
    d->process.waitForFinished(0); // notices an exit without an event loop
    return d->process.state() != QProcess::NotRunning;
}

void KubectlPortForward::stop()
{
    QProcess &process = d->process;
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(3000)) {
        process.kill();
        process.waitForFinished(1000);
    }
}

Result<quint16> KubectlPortForward::start(const QString &program, const QString &kubeconfig,
                                          const QString &context, const QString &ns,
                                          const QString &pod, quint16 podPort, int timeoutMs,
                                          TaskControl &control, const QStringList &environment)
{
    QProcess &process = d->process;
    QStringList arguments = kubectlPortForwardArguments(kubeconfig, context, ns, pod, 0, podPort);
    arguments << QStringLiteral("--address") << QStringLiteral("127.0.0.1");
    QStringList words{QStringLiteral("kubectl")};
    for (const QString &word : std::as_const(arguments))
        words << shellQuote(word);
    m_command = words.join(QLatin1Char(' '));
    process.setProgram(program);
    process.setArguments(arguments);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    if (!environment.isEmpty())
        process.setEnvironment(environment);
    process.start();
    if (!process.waitForStarted(5000))
        return Error(PortForwardError::KubectlFailed,
                     {{"command", m_command}, {"output", process.errorString()}});
    const QByteArray &output = d->output;
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        process.waitForReadyRead(50);
        // Bounded: kubectl says where it listens in its first lines.
        d->read();
        if (const quint16 port = kubectlForwardingPort(output))
            return port;
        if (process.state() == QProcess::NotRunning) {
            d->read();
            return Error(PortForwardError::KubectlFailed,
                         {{"command", m_command}, {"output", QString::fromUtf8(output).trimmed()}});
        }
        if (control.isCanceled()) {
            stop();
            return Error(PortForwardError::Canceled);
        }
        if (clock.elapsed() > timeoutMs) {
            stop();
            return Error(
                PortForwardError::KubectlTimeout,
                {{"command", m_command}, {"seconds", QString::number(qMax(1, timeoutMs / 1000))}});
        }
    }
}

} // namespace SniDoctor
