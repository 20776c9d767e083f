#include "kubehttp.h"

#include <QHostAddress>
#include <QSslError>
#include <QSslSocket>

namespace SniDoctor {

namespace {

constexpr qsizetype kMaxChunkLine = 4096; // a chunk-size line or one trailer line

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

HttpResponseParser::State HttpResponseParser::fail(const QString &reason)
{
    m_state = State::Failed;
    m_error = reason;
    return m_state;
}

QByteArray HttpResponseParser::header(QByteArrayView name) const
{
    for (const auto &[key, value] : m_headers) {
        if (equalsIgnoringCase(key, name))
            return value;
    }
    return {};
}

bool HttpResponseParser::parseHead()
{
    const QList<QByteArray> lines = m_head.split('\n');
    const QByteArray statusLine = lines.value(0).trimmed();
    // HTTP/1.x SP code [SP reason]
    if (!statusLine.startsWith("HTTP/1.") || statusLine.size() < 12 || statusLine.at(8) != ' ') {
        fail(QStringLiteral("not an HTTP/1.x status line: \"%1\"")
                 .arg(QString::fromLatin1(statusLine.left(60))));
        return false;
    }
    bool ok = false;
    m_status = statusLine.mid(9, 3).toInt(&ok);
    if (!ok || m_status < 100 || m_status > 999) {
        fail(QStringLiteral("bad status code in \"%1\"")
                 .arg(QString::fromLatin1(statusLine.left(60))));
        return false;
    }
    m_headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(QStringLiteral("bad header line \"%1\"").arg(QString::fromLatin1(line.left(60))));
            return false;
        }
        m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const QByteArray encoding = header("Transfer-Encoding").toLower();
    const QByteArray length = header("Content-Length");
    if (m_status < 200 || m_status == 204 || m_status == 304) {
        m_mode = BodyMode::None;
    } else if (encoding.contains("chunked")) {
        m_mode = BodyMode::Chunked;
        m_chunk = ChunkState::Size;
    } else if (!length.isEmpty()) {
        m_remaining = length.toLongLong(&ok);
        if (!ok || m_remaining < 0) {
            fail(QStringLiteral("bad Content-Length \"%1\"").arg(QString::fromLatin1(length)));
            return false;
        }
        m_mode = m_remaining == 0 ? BodyMode::None : BodyMode::Length;
    } else {
        m_mode = BodyMode::UntilClose;
    }
    return true;
}

HttpResponseParser::State
HttpResponseParser::feed(QByteArrayView data, const std::function<void(QByteArrayView)> &onBody)
{
    while (!data.isEmpty() && (m_state == State::Head || m_state == State::Body)) {
        if (m_state == State::Head) {
            // Look for the blank line, also across the previous piece's end.
            const qsizetype before = m_head.size();
            const qsizetype room = qMax<qsizetype>(0, m_maxHeaderBytes - before);
            const QByteArrayView take = data.first(qMin(data.size(), room + 4));
            m_head.append(take);
            qsizetype end = -1;
            qsizetype endLength = 0;
            const qsizetype from = qMax<qsizetype>(0, before - 3);
            const qsizetype crlf = m_head.indexOf("\r\n\r\n", from);
            const qsizetype lf = m_head.indexOf("\n\n", from);
            if (crlf >= 0 && (lf < 0 || crlf < lf)) {
                end = crlf;
                endLength = 4;
            } else if (lf >= 0) {
                end = lf;
                endLength = 2;
            }
            if (end < 0) {
                if (m_head.size() > m_maxHeaderBytes) {
                    m_headerTooLarge = true;
                    return fail(QStringLiteral("the response's headers exceed %1 KiB")
                                    .arg(m_maxHeaderBytes / 1024));
                }
                data = data.sliced(take.size());
                continue;
            }
            const qsizetype used = end + endLength - before; // bytes of take in the head
            m_head.truncate(end);
            data = data.sliced(used);
            if (!parseHead())
                return m_state;
            m_head.clear();
            if (m_status < 200) {
                continue; // 100 Continue and the like: the real answer follows
            }
            m_state = m_mode == BodyMode::None ? State::Done : State::Body;
            continue;
        }
        switch (m_mode) {
        case BodyMode::None:
            m_state = State::Done;
            break;
        case BodyMode::UntilClose:
            onBody(data);
            data = {};
            break;
        case BodyMode::Length: {
            const qsizetype n = qsizetype(qMin<qint64>(m_remaining, data.size()));
            onBody(data.first(n));
            data = data.sliced(n);
            m_remaining -= n;
            if (m_remaining == 0)
                m_state = State::Done;
            break;
        }
        case BodyMode::Chunked:
            if (m_chunk == ChunkState::Data) {
                const qsizetype n = qsizetype(qMin<qint64>(m_remaining, data.size()));
                onBody(data.first(n));
                data = data.sliced(n);
                m_remaining -= n;
                if (m_remaining == 0)
                    m_chunk = ChunkState::DataEnd;
                break;
            }
            {
                // A line: chunk size, the CRLF after a chunk's data, or a trailer line.
                const qsizetype newline = data.indexOf('\n');
                const QByteArrayView part = newline < 0 ? data : data.first(newline);
                if (m_line.size() + part.size() > kMaxChunkLine)
                    return fail(QStringLiteral("a chunk header line longer than %1 bytes")
                                    .arg(kMaxChunkLine));
                m_line.append(part);
                if (newline < 0) {
                    data = {};
                    break;
                }
                data = data.sliced(newline + 1);
                const QByteArray line = m_line.trimmed();
                m_line.clear();
                if (m_chunk == ChunkState::DataEnd) {
                    if (!line.isEmpty())
                        return fail(QStringLiteral("no line end after a chunk's data"));
                    m_chunk = ChunkState::Size;
                } else if (m_chunk == ChunkState::Size) {
                    // Without chunk extensions there is no ';' (Qt 6's left(-1) is empty).
                    const qsizetype extension = line.indexOf(';');
                    const QByteArray hex = (extension < 0 ? line : line.left(extension)).trimmed();
                    bool ok = false;
                    const qint64 size = hex.toLongLong(&ok, 16);
                    if (!ok || size < 0 || hex.size() > 15)
                        return fail(QStringLiteral("bad chunk size \"%1\"")
                                        .arg(QString::fromLatin1(hex.left(20))));
                    if (size == 0) {
                        m_chunk = ChunkState::Trailer;
                    } else {
                        m_remaining = size;
                        m_chunk = ChunkState::Data;
                    }
                } else if (line.isEmpty()) { // the trailer's end
                    m_state = State::Done;
                }
            }
            break;
        }
    }
    return m_state;
}

HttpResponseParser::State HttpResponseParser::closed()
{
    if (m_state == State::Body && m_mode == BodyMode::UntilClose)
        m_state = State::Done;
    else if (m_state == State::Head || m_state == State::Body)
        return fail(QStringLiteral("the connection closed in the middle of the answer"));
    return m_state;
}

HttpExchange::HttpExchange(Request request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_parser(m_request.maxHeaderBytes)
{
    m_idle.setSingleShot(true);
    m_overall.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        finish(Failure::IdleTimeout,
               QStringLiteral("no data for %1 s").arg(m_request.idleMs / 1000));
    });
    connect(&m_overall, &QTimer::timeout, this, [this] {
        finish(Failure::Deadline,
               QStringLiteral("no complete answer within %1 s").arg(m_request.overallMs / 1000));
    });
}

HttpExchange::~HttpExchange()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void HttpExchange::start()
{
    m_socket = new QSslSocket(this);
    m_socket->setProxy(m_request.proxy);
    const bool tls = m_request.url.scheme() == QLatin1String("https");
    const quint16 port = quint16(m_request.url.port(tls ? 443 : 80));
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_response.encrypted = true;
        m_idle.start();
    });
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_response.tlsErrors << error.errorString();
    });
    connect(m_socket, &QAbstractSocket::connected, this, [this] { m_idle.start(); });
    connect(m_socket, &QIODevice::readyRead, this, &HttpExchange::onData);
    connect(m_socket, &QAbstractSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError error) {
                if (m_done)
                    return;
                if (error == QAbstractSocket::RemoteHostClosedError) {
                    onData(); // whatever is still buffered first
                    if (m_done)
                        return;
                    m_response.socketError = error;
                    if (!m_parser.started()) {
                        finish(Failure::ClosedEarly,
                               QStringLiteral("the connection closed without an answer"));
                        return;
                    }
                    if (m_parser.closed() == HttpResponseParser::State::Done)
                        finish(Failure::None);
                    else
                        finish(Failure::Protocol, m_parser.error());
                    return;
                }
                m_response.socketError = error;
                QString reason = m_socket->errorString();
                if (!m_response.tlsErrors.isEmpty())
                    reason = m_response.tlsErrors.join(QStringLiteral("; "));
                finish(Failure::Socket, reason);
            });

    QByteArray head = m_request.verb + ' ';
    QByteArray target = m_request.url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (m_request.url.hasQuery())
        target += '?' + m_request.url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = m_request.url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (m_request.url.port() > 0)
        host += ':' + QByteArray::number(m_request.url.port());
    head += target + " HTTP/1.1\r\nHost: " + host;
    head += "\r\nConnection: close\r\n";
    for (const auto &[name, value] : m_request.headers)
        head += name + ": " + value + "\r\n";
    if (!m_request.body.isEmpty() || m_request.verb != "GET")
        head += "Content-Length: " + QByteArray::number(m_request.body.size()) + "\r\n";
    head += "\r\n";
    // Qt buffers what is written before the connection (and TLS) is up.
    m_idle.setInterval(m_request.idleMs);
    m_idle.start();
    if (m_request.overallMs > 0)
        m_overall.start(m_request.overallMs);
    if (tls) {
        m_socket->setSslConfiguration(m_request.tls);
        if (!m_request.peerVerifyName.isEmpty())
            m_socket->setPeerVerifyName(m_request.peerVerifyName);
        m_socket->connectToHostEncrypted(m_request.url.host(), port);
    } else {
        m_socket->connectToHost(m_request.url.host(), port);
    }
    m_socket->write(head + m_request.body);
}

void HttpExchange::abort()
{
    finish(Failure::Canceled, QStringLiteral("canceled"));
}

void HttpExchange::onData()
{
    if (m_done || !m_socket)
        return;
    m_idle.start();
    char buffer[64 * 1024];
    for (;;) {
        const qint64 n = m_socket->read(buffer, sizeof buffer);
        if (n <= 0)
            break;
        const bool wasHead = m_parser.state() == HttpResponseParser::State::Head;
        bool tooLarge = false;
        const HttpResponseParser::State state =
            m_parser.feed(QByteArrayView(buffer, n), [&](QByteArrayView body) {
                if (m_response.status == 0)
                    m_response.status = m_parser.status();
                if (m_request.streamBody && m_response.status < 300) {
                    Q_EMIT chunk(body.toByteArray());
                    return;
                }
                // An error's Status object, or a collected answer: capped.
                const qint64 cap = m_request.streamBody || m_response.status >= 300
                                       ? qint64(1) << 20
                                       : m_request.maxBodyBytes;
                if (cap > 0 && m_response.body.size() + body.size() > cap) {
                    tooLarge = true;
                    return;
                }
                m_response.body.append(body);
            });
        if (wasHead && state != HttpResponseParser::State::Head &&
            state != HttpResponseParser::State::Failed) {
            m_response.status = m_parser.status();
            m_response.location = m_parser.header("Location");
            m_response.retryAfter = m_parser.header("Retry-After");
        }
        if (m_done)
            return; // a chunk() receiver aborted
        if (tooLarge)
            return finish(Failure::BodyTooLarge);
        if (state == HttpResponseParser::State::Failed)
            return finish(m_parser.headerTooLarge() ? Failure::HeadTooLarge : Failure::Protocol,
                          m_parser.error());
        if (state == HttpResponseParser::State::Done)
            return finish(Failure::None);
    }
}

void HttpExchange::finish(Failure failure, const QString &reason)
{
    if (m_done)
        return;
    m_done = true;
    m_idle.stop();
    m_overall.stop();
    m_response.failure = failure;
    m_response.reason = reason;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    Q_EMIT finished(m_response);
}

namespace {

// Whether host (lower case, no brackets) matches one NO_PROXY entry, the way Go does.
bool excludedBy(const QString &entryText, const QString &host, int port)
{
    QString entry = entryText.trimmed().toLower();
    if (entry.isEmpty())
        return false;
    if (entry == QLatin1String("*"))
        return true;
    // A CIDR or an address.
    if (entry.contains(QLatin1Char('/'))) {
        const auto subnet = QHostAddress::parseSubnet(entry);
        const QHostAddress address(host);
        return !address.isNull() && subnet.first.protocol() == address.protocol() &&
               address.isInSubnet(subnet);
    }
    int entryPort = -1;
    if (entry.startsWith(QLatin1Char('['))) {
        const qsizetype close = entry.indexOf(QLatin1Char(']'));
        if (close > 0) {
            if (entry.mid(close + 1).startsWith(QLatin1Char(':')))
                entryPort = entry.mid(close + 2).toInt();
            entry = entry.mid(1, close - 1);
        }
    } else if (entry.count(QLatin1Char(':')) == 1) {
        entryPort = entry.section(QLatin1Char(':'), 1).toInt();
        entry = entry.section(QLatin1Char(':'), 0, 0);
    }
    if (entryPort > 0 && entryPort != port)
        return false;
    const QHostAddress entryAddress(entry);
    if (!entryAddress.isNull())
        return entryAddress.isEqual(QHostAddress(host));
    if (entry.startsWith(QLatin1String("*.")))
        entry = entry.mid(1);
    if (entry.startsWith(QLatin1Char('.')))
        return host.endsWith(entry) || host == entry.mid(1);
    return host == entry || host.endsWith(QLatin1Char('.') + entry);
}

QString variable(const char *upper, const char *lower, QString *name)
{
    for (const char *candidate : {upper, lower}) {
        const QByteArray value = qgetenv(candidate);
        if (!value.isEmpty()) {
            if (name)
                *name = QLatin1String(candidate);
            return QString::fromLocal8Bit(value);
        }
    }
    return {};
}

} // namespace

QString environmentProxy(const QUrl &url, QString *variableName)
{
    const bool https = url.scheme() == QLatin1String("https");
    QString name;
    QString proxy = https ? variable("HTTPS_PROXY", "https_proxy", &name)
                          : variable("HTTP_PROXY", "http_proxy", &name);
    if (proxy.isEmpty())
        return {};
    const QString host = url.host().toLower();
    const QHostAddress address(host);
    if (host == QLatin1String("localhost") || (!address.isNull() && address.isLoopback()))
        return {};
    const int port = url.port(https ? 443 : 80);
    const QString noProxy = variable("NO_PROXY", "no_proxy", nullptr);
    for (const QString &entry : noProxy.split(QLatin1Char(','))) {
        if (excludedBy(entry, host, port))
            return {};
    }
    if (!proxy.contains(QLatin1String("://")))
        proxy.prepend(QLatin1String("http://"));
    if (variableName)
        *variableName = name;
    return proxy;
}

} // namespace SniDoctor
