#pragma once

#include <QAbstractSocket>
#include <QByteArray>
#include <QByteArrayView>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <functional>

class QSslSocket;

namespace SniDoctor {

// Reads one HTTP/1.1 response as it arrives, in bounded memory: the status line and
// headers up to maxHeaderBytes, then the body (Content-Length, chunked, or until the
// connection closes) handed out piece by piece, never held. 1xx answers are skipped.
class HttpResponseParser
{
public:
    enum class State
    {
        Head,
        Body,
        Done,
        Failed
    };

    explicit HttpResponseParser(qint64 maxHeaderBytes = 1 << 20)
        : m_maxHeaderBytes(maxHeaderBytes)
    {}

    // Feeds what arrived; body bytes go to onBody. Returns the state after it.
    State feed(QByteArrayView data, const std::function<void(QByteArrayView)> &onBody);
    // The peer closed the connection: a body read until the close ends here; anything
    // else unfinished is a failure.
    State closed();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] int status() const { return m_status; }
    [[nodiscard]] QByteArray header(QByteArrayView name) const; // the first, case-insensitive
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] bool headerTooLarge() const { return m_headerTooLarge; }
    [[nodiscard]] bool started() const { return m_state != State::Head || !m_head.isEmpty(); }

private:
    State fail(const QString &reason);
    bool parseHead();

    enum class BodyMode
    {
        None,
        Length,
        Chunked,
        UntilClose
    };
    enum class ChunkState
    {
        Size,
        Data,
        DataEnd,
        Trailer
    };

    qint64 m_maxHeaderBytes;
    State m_state = State::Head;
    QByteArray m_head;
    int m_status = 0;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    BodyMode m_mode = BodyMode::None;
    qint64 m_remaining = 0;
    ChunkState m_chunk = ChunkState::Size;
    QByteArray m_line; // a chunk-size or trailer line being read (bounded)
    QString m_error;
    bool m_headerTooLarge = false;
};

// One request on a connection of its own (HTTP/1.1, Connection: close), with an idle
// timeout (no byte for idleMs), an overall deadline (0: none) and caps on the head
// and on a body that is collected. TLS, client certificate and proxy as given (Qt's
// sockets speak HTTP CONNECT and SOCKS5 themselves).
class HttpExchange final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QUrl url;
        QByteArray verb = "GET";
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QSslConfiguration tls;
        QString peerVerifyName;
        QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        int idleMs = 30000;
        int overallMs = 0;
        qint64 maxHeaderBytes = 1 << 20;
        qint64 maxBodyBytes = 0; // for a collected body; 0: no cap
        bool streamBody = false; // a 2xx body goes to chunk() instead of being collected
    };

    enum class Failure
    {
        None,
        Canceled,
        IdleTimeout,
        Deadline,
        Socket, // see socketError
        HeadTooLarge,
        BodyTooLarge,
        Protocol,
        ClosedEarly // closed before a complete answer
    };

    struct Response
    {
        int status = 0;
        QByteArray location;   // the Location header
        QByteArray retryAfter; // the Retry-After header
        QByteArray body;       // collected (not for a streamed 2xx)
        bool encrypted = false;
        Failure failure = Failure::None;
        QAbstractSocket::SocketError socketError = QAbstractSocket::UnknownSocketError;
        QString reason;
        QStringList tlsErrors;
    };

    HttpExchange(Request request, QObject *parent = nullptr);
    ~HttpExchange() override;
    void start();
    void abort(); // finishes with Failure::Canceled

Q_SIGNALS:
    void chunk(const QByteArray &data);
    void finished(const HttpExchange::Response &response);

private:
    void onData();
    void finish(Failure failure, const QString &reason = {});

    Request m_request;
    QSslSocket *m_socket = nullptr;
    HttpResponseParser m_parser;
    Response m_response;
    QTimer m_idle;
    QTimer m_overall;
    bool m_done = false;
};

// The proxy the environment names for url when the kubeconfig names none, as Go's
// net/http reads it (client-go's default): HTTPS_PROXY or https_proxy for https URLs,
// HTTP_PROXY or http_proxy for http, the upper-case name first; NO_PROXY / no_proxy
// (comma-separated host names, .domains or domains with their subdomains, IP
// addresses, CIDRs, optional :port, or *) excludes hosts; localhost and loopback
// addresses never go through a proxy. Returns the proxy URL (http:// added when it
// has no scheme) and in variable the variable's name; empty when none applies.
[[nodiscard]] QString environmentProxy(const QUrl &url, QString *variable = nullptr);

} // namespace SniDoctor
