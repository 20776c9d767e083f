#include "kubeapi.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QUrlQuery>

#include <cerrno>
#include <cstring>
#include <functional>

#include <zlib.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// An RFC 6455 frame from the server: never masked, FIN set.
QByteArray webSocketFrame(quint8 opcode, const QByteArray &payload)
{
    QByteArray frame;
    frame.append(char(0x80 | opcode));
    const quint64 size = quint64(payload.size());
    if (size < 126) {
        frame.append(char(size));
    } else if (size < 65536) {
        frame.append(char(126));
        frame.append(char(size >> 8));
        frame.append(char(size & 0xff));
    } else {
        frame.append(char(127));
        for (int i = 7; i >= 0; --i)
            frame.append(char((size >> (8 * i)) & 0xff));
    }
    return frame + payload;
}

QByteArray channelMessage(char channel, const QByteArray &data)
{
    return webSocketFrame(0x2, QByteArray(1, channel) + data);
}

// A TCP connection to the pod's port, as the kubelet's copy loop has it: a plain socket,
// so that a reset is told from a close (Go's io.Copy returns "connection reset by peer").
class PodConnection final : public QObject
{
public:
    PodConnection(quint16 target, QObject *parent, std::function<void(const QByteArray &)> onData,
                  std::function<void(const QString &problem)> onEnd)
        : QObject(parent)
        , m_onData(std::move(onData))
        , m_onEnd(std::move(onEnd))
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(target);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (m_fd < 0 ||
            ::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
            connectError = QStringLiteral("dial tcp4 127.0.0.1:%1: connect: %2")
                               .arg(target)
                               .arg(QString::fromLocal8Bit(std::strerror(errno)).toLower());
            close();
            return;
        }
        ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
        m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] { read(); });
    }
    ~PodConnection() override { close(); }

    QString connectError; // set when the pod's port could not be reached

    void send(const QByteArray &data)
    {
        qsizetype sent = 0;
        while (m_fd >= 0 && sent < data.size()) {
            const ssize_t n =
                ::send(m_fd, data.constData() + sent, size_t(data.size() - sent), MSG_NOSIGNAL);
            if (n > 0) {
                sent += n;
            } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
                pollfd wait{m_fd, POLLOUT, 0};
                ::poll(&wait, 1, 1000);
            } else if (errno != EINTR) {
                end(problemText(errno));
                return;
            }
        }
    }
    void shutdownWrite()
    {
        if (m_fd >= 0)
            ::shutdown(m_fd, SHUT_WR);
    }
    void close()
    {
        if (m_notifier)
            m_notifier->setEnabled(false);
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    static QString problemText(int error)
    {
        return error == ECONNRESET || error == EPIPE ? QStringLiteral("connection reset by peer")
                                                     : QString::fromLocal8Bit(std::strerror(error));
    }
    void end(const QString &problem)
    {
        close();
        if (m_onEnd) {
            const auto onEnd = std::move(m_onEnd);
            m_onEnd = nullptr;
            onEnd(problem);
        }
    }
    void read()
    {
        char buffer[16384];
        for (;;) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n > 0) {
                m_onData(QByteArray(buffer, n));
                continue;
            }
            if (n == 0) {
                end({});
                return;
            }
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                end(problemText(errno));
            return;
        }
    }

    std::function<void(const QByteArray &)> m_onData;
    std::function<void(const QString &)> m_onEnd;
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
};

QString kubeletError(quint16 podPort, const QString &pod, const QString &problem)
{
    return QStringLiteral("error forwarding port %1 to pod %2, uid : read tcp4 "
                          "127.0.0.1->127.0.0.1: read: %3")
        .arg(podPort)
        .arg(pod, problem);
}

// One forwarded stream over a WebSocket as the kubelet serves it: the port prefix on
// both channels, data on channel 0, the error on channel 1, then a close.
class PodStream final : public QObject
{
public:
    PodStream(QSslSocket *client, quint16 target, const QString &pod, quint16 podPort,
              const QByteArray &pending)
        : QObject(client)
        , m_client(client)
        , m_pod(pod)
        , m_podPort(podPort)
    {
        QByteArray port;
        port.append(char(podPort & 0xff)).append(char(podPort >> 8)); // little-endian
        m_client->write(channelMessage(0, port) + channelMessage(1, port));
        m_connection = new PodConnection(
            target, this,
            [this](const QByteArray &data) { m_client->write(channelMessage(0, data)); },
            [this](const QString &problem) { end(problem); });
        if (!m_connection->connectError.isEmpty()) {
            end(m_connection->connectError);
            return;
        }
        connect(m_client, &QSslSocket::readyRead, this, [this] { readClient(); });
        connect(m_client, &QSslSocket::disconnected, this, [this] { m_connection->close(); });
        m_in = pending;
        readClient();
    }

private:
    // The pod's end finished: problem is the read error (empty for a close).
    void end(const QString &problem)
    {
        if (m_ended)
            return;
        m_ended = true;
        m_connection->close();
        if (!problem.isEmpty())
            m_client->write(channelMessage(1, kubeletError(m_podPort, m_pod, problem).toUtf8()));
        m_client->write(webSocketFrame(0x8, QByteArray("\x03\xe8", 2)));
        m_client->disconnectFromHost();
    }

    void readClient()
    {
        m_in += m_client->readAll();
        for (;;) {
            if (m_in.size() < 2)
                return;
            const quint8 opcode = quint8(m_in.at(0)) & 0x0f;
            const bool masked = quint8(m_in.at(1)) & 0x80;
            quint64 length = quint8(m_in.at(1)) & 0x7f;
            qsizetype at = 2;
            if (length == 126) {
                if (m_in.size() < 4)
                    return;
                length = (quint64(quint8(m_in.at(2))) << 8) | quint8(m_in.at(3));
                at = 4;
            } else if (length == 127) {
                if (m_in.size() < 10)
                    return;
                length = 0;
                for (int i = 2; i < 10; ++i)
                    length = (length << 8) | quint8(m_in.at(i));
                at = 10;
            }
            const qsizetype maskAt = at;
            if (masked)
                at += 4;
            if (quint64(m_in.size()) < quint64(at) + length)
                return;
            QByteArray payload = m_in.mid(at, qsizetype(length));
            if (masked) {
                for (qsizetype i = 0; i < payload.size(); ++i)
                    payload[i] = char(payload.at(i) ^ m_in.at(maskAt + i % 4));
            }
            m_in.remove(0, at + qsizetype(length));
            if (opcode == 0x2 && !payload.isEmpty()) {
                m_continuing = payload.at(0) == 0;
                if (m_continuing)
                    m_connection->send(payload.mid(1));
            } else if (opcode == 0x0 && m_continuing) {
                m_connection->send(payload);
            } else if (opcode == 0x8) {
                // The client is done: close the pod's connection, answer the close.
                m_ended = true;
                m_connection->close();
                m_client->write(webSocketFrame(0x8, payload.left(2)));
                m_client->disconnectFromHost();
                return;
            } else if (opcode == 0x9) {
                m_client->write(webSocketFrame(0xA, payload));
            }
        }
    }

    QSslSocket *m_client;
    QString m_pod;
    quint16 m_podPort;
    PodConnection *m_connection = nullptr;
    QByteArray m_in;
    bool m_continuing = false;
    bool m_ended = false;
};

// SPDY/3's zlib dictionary for header blocks (the SPDY/3 draft, section 2.6.10.1):
// length-prefixed header names and values, then common text.
QByteArray spdyDictionary()
{
    static const char *const words[] = {"options",
                                        "head",
                                        "post",
                                        "put",
                                        "delete",
                                        "trace",
                                        "accept",
                                        "accept-charset",
                                        "accept-encoding",
                                        "accept-language",
                                        "accept-ranges",
                                        "age",
                                        "allow",
                                        "authorization",
                                        "cache-control",
                                        "connection",
                                        "content-base",
                                        "content-encoding",
                                        "content-language",
                                        "content-length",
                                        "content-location",
                                        "content-md5",
                                        "content-range",
                                        "content-type",
                                        "date",
                                        "etag",
                                        "expect",
                                        "expires",
                                        "from",
                                        "host",
                                        "if-match",
                                        "if-modified-since",
                                        "if-none-match",
                                        "if-range",
                                        "if-unmodified-since",
                                        "last-modified",
                                        "location",
                                        "max-forwards",
                                        "pragma",
                                        "proxy-authenticate",
                                        "proxy-authorization",
                                        "range",
                                        "referer",
                                        "retry-after",
                                        "server",
                                        "te",
                                        "trailer",
                                        "transfer-encoding",
                                        "upgrade",
                                        "user-agent",
                                        "vary",
                                        "via",
                                        "warning",
                                        "www-authenticate",
                                        "method",
                                        "get",
                                        "status",
                                        "200 OK",
                                        "version",
                                        "HTTP/1.1",
                                        "url",
                                        "public",
                                        "set-cookie",
                                        "keep-alive",
                                        "origin"};
    QByteArray dictionary;
    for (const char *word : words) {
        const quint32 size = quint32(std::strlen(word));
        dictionary.append(char(size >> 24)).append(char(size >> 16)).append(char(size >> 8));
        dictionary.append(char(size)).append(word);
    }
    dictionary.append(
        "100101201202205206300302303304305306307402405406407408409410411412413414415416417502504"
        "505203 Non-Authoritative Information204 No Content301 Moved Permanently400 Bad "
        "Request401 Unauthorized403 Forbidden404 Not Found500 Internal Server Error501 Not "
        "Implemented503 Service UnavailableJan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec "
        "00:00:00 Mon, Tue, Wed, Thu, Fri, Sat, Sun, GMTchunked,text/html,image/png,image/jpg,"
        "image/gif,application/xml,application/xhtml+xml,text/plain,text/javascript,"
        "publicprivatemax-age=gzip,deflate,sdchcharset=utf-8charset=iso-8859-1,utf-,*,enq=0.");
    return dictionary;
}

QByteArray bigEndian32(quint32 value)
{
    QByteArray bytes;
    bytes.append(char(value >> 24)).append(char(value >> 16)).append(char(value >> 8));
    return bytes.append(char(value));
}

quint32 readBigEndian32(const QByteArray &data, qsizetype at)
{
    return (quint32(quint8(data.at(at))) << 24) | (quint32(quint8(data.at(at + 1))) << 16) |
           (quint32(quint8(data.at(at + 2))) << 8) | quint8(data.at(at + 3));
}

// kubectl's streams as the kubelet serves them over SPDY/3.1 (the API server's
// upgrade to SPDY/3.1 with X-Stream-Protocol-Version portforward.k8s.io): for each
// connection kubectl opens an error stream and a data stream (SYN_STREAM, headers
// streamType, port, requestID), each answered by SYN_REPLY; data frames both ways; the
// kubelet half-closes both streams (FIN) when the pod's end closes, after the error
// text when it failed. Header blocks are read with zlib and the SPDY dictionary, and
// answered uncompressed (stored deflate blocks), which every zlib reader accepts.
class SpdySession final : public QObject
{
public:
    SpdySession(QSslSocket *client, quint16 target, const QString &pod)
        : QObject(client)
        , m_client(client)
        , m_target(target)
        , m_pod(pod)
    {
        inflateInit(&m_inflate);
        connect(m_client, &QSslSocket::readyRead, this, [this] { read(); });
        connect(m_client, &QSslSocket::disconnected, this, [this] {
            for (PodConnection *pod : std::as_const(m_pods))
                pod->close();
        });
        read();
    }
    ~SpdySession() override { inflateEnd(&m_inflate); }

private:
    struct PodPair
    {
        quint32 errorStream = 0;
        quint32 dataStream = 0;
        quint16 port = 0;
    };

    void write(quint32 stream, const QByteArray &data, bool fin)
    {
        QByteArray frame = bigEndian32(stream & 0x7fffffff);
        const quint32 size = quint32(data.size());
        frame.append(char(fin ? 0x01 : 0x00));
        frame.append(char(size >> 16)).append(char(size >> 8)).append(char(size));
        m_client->write(frame + data);
    }

    void control(quint16 type, const QByteArray &payload)
    {
        QByteArray frame("\x80\x03", 2);
        frame.append(char(type >> 8)).append(char(type)).append(char(0));
        const quint32 size = quint32(payload.size());
        frame.append(char(size >> 16)).append(char(size >> 8)).append(char(size));
        m_client->write(frame + payload);
    }

    QByteArray inflated(const QByteArray &block)
    {
        QByteArray out;
        m_inflate.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(block.constData()));
        m_inflate.avail_in = uInt(block.size());
        for (;;) {
            char buffer[4096];
            m_inflate.next_out = reinterpret_cast<Bytef *>(buffer);
            m_inflate.avail_out = sizeof buffer;
            const int result = inflate(&m_inflate, Z_SYNC_FLUSH);
            out.append(buffer, qsizetype(sizeof buffer - m_inflate.avail_out));
            if (result == Z_NEED_DICT) {
                // The draft's dictionary, with or without the NUL that Chrome sends.
                const QByteArray plain = spdyDictionary();
                for (const QByteArray &dictionary : {plain, QByteArray(plain + '\0')}) {
                    const auto bytes = reinterpret_cast<const Bytef *>(dictionary.constData());
                    if (adler32(adler32(0, nullptr, 0), bytes, uInt(dictionary.size())) ==
                        m_inflate.adler)
                        inflateSetDictionary(&m_inflate, bytes, uInt(dictionary.size()));
                }
                continue;
            }
            if (result != Z_OK || (m_inflate.avail_in == 0 && m_inflate.avail_out != 0))
                return out;
        }
    }

    QHash<QByteArray, QByteArray> headers(const QByteArray &block)
    {
        const QByteArray plain = inflated(block);
        QHash<QByteArray, QByteArray> result;
        if (plain.size() < 4)
            return result;
        const quint32 count = readBigEndian32(plain, 0);
        qsizetype at = 4;
        for (quint32 i = 0; i < count && at + 4 <= plain.size(); ++i) {
            const quint32 nameSize = readBigEndian32(plain, at);
            const QByteArray name = plain.mid(at + 4, nameSize);
            at += 4 + nameSize;
            if (at + 4 > plain.size())
                break;
            const quint32 valueSize = readBigEndian32(plain, at);
            result.insert(name.toLower(), plain.mid(at + 4, valueSize));
            at += 4 + valueSize;
        }
        return result;
    }

    void reply(quint32 stream)
    {
        // No headers: a count of 0 in a stored block (after the zlib header, once), then
        // an empty stored block, as a sync flush ends each block: the reader hands the
        // data out there without reading on into the next frame.
        QByteArray block;
        if (!m_replied)
            block.append("\x78\x01", 2);
        m_replied = true;
        block.append("\x00\x04\x00\xfb\xff\x00\x00\x00\x00", 9);
        block.append("\x00\x00\x00\xff\xff", 5);
        control(0x2, bigEndian32(stream) + block);
    }

    void open(const QHash<QByteArray, QByteArray> &h, quint32 stream)
    {
        const QByteArray request = h.value("requestid");
        PodPair &pair = m_pairs[request];
        pair.port = quint16(h.value("port").toUInt());
        if (h.value("streamtype") == "error") {
            pair.errorStream = stream;
            return;
        }
        pair.dataStream = stream;
        const quint32 errorStream = pair.errorStream;
        const quint16 port = pair.port;
        auto *pod = new PodConnection(
            m_target, this, [this, stream](const QByteArray &data) { write(stream, data, false); },
            [this, stream, errorStream, port](const QString &problem) {
                if (!problem.isEmpty() && errorStream)
                    write(errorStream, kubeletError(port, m_pod, problem).toUtf8(), false);
                write(stream, {}, true);
                if (errorStream)
                    write(errorStream, {}, true);
            });
        m_pods.insert(stream, pod);
        if (!pod->connectError.isEmpty()) {
            if (errorStream)
                write(errorStream, kubeletError(port, m_pod, pod->connectError).toUtf8(), true);
            write(stream, {}, true);
        }
    }

    void read()
    {
        m_in += m_client->readAll();
        while (m_in.size() >= 8) {
            const quint32 size = (quint32(quint8(m_in.at(5))) << 16) |
                                 (quint32(quint8(m_in.at(6))) << 8) | quint8(m_in.at(7));
            if (quint32(m_in.size()) < 8 + size)
                return;
            const bool isControl = quint8(m_in.at(0)) & 0x80;
            const quint8 flags = quint8(m_in.at(4));
            const QByteArray payload = m_in.mid(8, size);
            const quint32 first = readBigEndian32(m_in, 0);
            m_in.remove(0, 8 + qsizetype(size));
            if (!isControl) {
                PodConnection *pod = m_pods.value(first & 0x7fffffff);
                if (pod && !payload.isEmpty())
                    pod->send(payload);
                if (pod && (flags & 0x01))
                    pod->shutdownWrite();
                continue;
            }
            const quint16 type = quint16(first & 0xffff); // after the version
            if (type == 0x1 && payload.size() >= 10) {    // SYN_STREAM
                const quint32 stream = readBigEndian32(payload, 0) & 0x7fffffff;
                const auto h = headers(payload.mid(10));
                reply(stream);
                open(h, stream);
            } else if (type == 0x3 && payload.size() >= 4) { // RST_STREAM
                if (PodConnection *pod = m_pods.value(readBigEndian32(payload, 0) & 0x7fffffff))
                    pod->close();
            } else if (type == 0x6) { // PING: the same id back
                control(0x6, payload);
            }
        }
    }

    QSslSocket *m_client;
    quint16 m_target;
    QString m_pod;
    z_stream m_inflate{};
    bool m_replied = false;
    QByteArray m_in;
    QHash<QByteArray, PodPair> m_pairs;
    QHash<quint32, PodConnection *> m_pods;
};

QByteArray status(int code, const QByteArray &reason, const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("Status")},
                                     {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                                     {QStringLiteral("metadata"), QJsonObject{}},
                                     {QStringLiteral("status"), QStringLiteral("Failure")},
                                     {QStringLiteral("message"), message},
                                     {QStringLiteral("reason"), QString::fromLatin1(reason)},
                                     {QStringLiteral("code"), code}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

KubeApiFixture::KubeApiFixture(Mode mode, const QByteArray &routesJson, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
    , m_routes(routesJson)
{}

bool KubeApiFixture::start()
{
    const auto certificates = SniDoctor::LabCertificates::generate({QStringLiteral("localhost")});
    if (!certificates)
        return false;
    m_certificates = certificates.value();
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(m_certificates.servers[0].certificatePem));
    tls.setPrivateKey(QSslKey(m_certificates.servers[0].privateKeyPem, QSsl::Ec));
    if (m_mode == Mode::ClientCertificate) {
        tls.setCaCertificates({QSslCertificate(m_certificates.caCertificatePem)});
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer); // no valid client certificate, no handshake
    } else {
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    m_server.setSslConfiguration(tls);
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
        while (auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection()))
            serve(socket);
    });
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString KubeApiFixture::writeKubeconfig(const QString &token)
{
    const QString path = m_dir.filePath(QStringLiteral("kubeconfig"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(
        QStringLiteral(
            "apiVersion: v1\nkind: Config\ncurrent-context: fixture\nclusters:\n- name: fixture\n"
            "  cluster:\n    server: %1\n    certificate-authority-data: %2\ncontexts:\n"
            "- name: fixture\n  context: {cluster: fixture, user: admin, namespace: apigee}\n"
            "users:\n- name: admin\n  user: {token: %3}\n")
            .arg(server(), QString::fromLatin1(m_certificates.caCertificatePem.toBase64()), token)
            .toUtf8());
    return path;
}

QString KubeApiFixture::writeClientCertificateKubeconfig(bool withCertificate)
{
    for (const auto &[name, pem] : {std::pair{"client.crt", m_certificates.client.certificatePem},
                                    std::pair{"client.key", m_certificates.client.privateKeyPem}}) {
        QFile file(m_dir.filePath(QLatin1String(name)));
        file.open(QIODevice::WriteOnly);
        file.write(pem);
    }
    const QString path = m_dir.filePath(QStringLiteral("kubeconfig-mtls"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(
        QStringLiteral(
            "apiVersion: v1\nkind: Config\ncurrent-context: fixture\nclusters:\n- name: fixture\n"
            "  cluster:\n    server: %1\n    certificate-authority-data: %2\ncontexts:\n"
            "- name: fixture\n  context: {cluster: fixture, user: admin, namespace: apigee}\n"
            "users:\n- name: admin\n  user: %3\n")
            .arg(server(), QString::fromLatin1(m_certificates.caCertificatePem.toBase64()),
                 withCertificate
                     ? QStringLiteral("{client-certificate: client.crt, client-key: client.key}")
                     : QStringLiteral("{}"))
            .toUtf8());
    return path;
}

void KubeApiFixture::serve(QSslSocket *socket)
{
    auto buffer = std::make_shared<QByteArray>();
    auto reading = std::make_shared<QMetaObject::Connection>();
    *reading = connect(socket, &QSslSocket::readyRead, this, [this, socket, buffer, reading] {
        *buffer += socket->readAll();
        const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        // A body (PATCH) comes whole before the answer.
        qsizetype length = 0;
        for (const QByteArray &line : buffer->left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer->size() < headerEnd + 4 + length)
            return;
        if (m_mode == Mode::Slow)
            return; // never answers: the client's timeout must fire
        int code = 200;
        // The user a verified client certificate names, as the API server reads it.
        const bool certificateUser =
            m_mode == Mode::ClientCertificate &&
            socket->peerCertificate().subjectInfo(QSslCertificate::CommonName).value(0) ==
                QLatin1String("sni-doctor-lab-client");
        m_location.clear();
        m_retryAfter = false;
        m_upgradeTarget = 0;
        m_followPod.clear();
        QByteArray body = respond(*buffer, certificateUser, code);
        if (m_upgradeTarget != 0) {
            const QByteArray head = buffer->left(headerEnd).toLower();
            const bool webSocket = head.contains("\r\nupgrade: websocket");
            QByteArray protocols;
            for (const QByteArray &line : buffer->left(headerEnd).split('\n')) {
                if (line.toLower().startsWith("sec-websocket-protocol:"))
                    protocols += line.mid(23).trimmed() + ' ';
            }
            portForwardUpgrades << QString::fromUtf8(
                buffer->left(buffer->indexOf("\r\n")).split(' ').value(1) + ' ' +
                protocols.trimmed());
            if (webSocket && !refuseWebSocket && protocols.contains("v4.channel.k8s.io")) {
                QObject::disconnect(*reading);
                relayPortForward(socket, *buffer, m_upgradeTarget);
                return;
            }
            // kubectl's own protocol: SPDY/3.1 on the upgraded connection.
            if (head.contains("\r\nupgrade: spdy/3.1") &&
                head.contains("\r\nx-stream-protocol-version: portforward.k8s.io")) {
                QObject::disconnect(*reading);
                ++spdySessions;
                socket->write("HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\n"
                              "Upgrade: SPDY/3.1\r\nX-Stream-Protocol-Version: "
                              "portforward.k8s.io\r\n\r\n");
                const QString pod = QString::fromUtf8(
                    buffer->left(buffer->indexOf("\r\n")).split(' ').value(1).split('/').value(6));
                new SpdySession(socket, m_upgradeTarget, pod);
                return;
            }
        }
        buffer->clear();
        if (m_paging && code == 200)
            body = page(body);
        if (!m_followPod.isEmpty() && code == 200) {
            // The kubelet's follow stream: chunked, open until the pod's container stops.
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n");
            if (!body.isEmpty())
                socket->write(QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n");
            m_followers << Follower{socket, m_followPod};
            return;
        }
        QByteArray extra;
        if (!m_location.isEmpty())
            extra += "Location: " + m_location + "\r\n";
        if (m_retryAfter)
            extra += "Retry-After: 1\r\n";
        socket->write("HTTP/1.1 " + QByteArray::number(code) + (code == 200 ? " OK" : " Error") +
                      "\r\nContent-Type: application/json\r\n" + extra +
                      "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    });
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
}

void KubeApiFixture::relayPortForward(QSslSocket *socket, const QByteArray &request, quint16 target)
{
    const qsizetype headerEnd = request.indexOf("\r\n\r\n");
    QByteArray key;
    for (const QByteArray &line : request.left(headerEnd).split('\n')) {
        if (line.toLower().startsWith("sec-websocket-key:"))
            key = line.mid(18).trimmed();
    }
    const QByteArray requestTarget = request.left(request.indexOf("\r\n")).split(' ').value(1);
    const QByteArray path = requestTarget.split('?').first();
    const QString pod = QString::fromUtf8(path.split('/').value(6));
    const QUrlQuery query(QString::fromUtf8(requestTarget.mid(path.size() + 1)));
    const quint16 podPort = quint16(query.queryItemValue(QStringLiteral("ports")).toUInt());
    const QByteArray accept =
        QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                 QCryptographicHash::Sha1)
            .toBase64();
    socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: "
                  "Upgrade\r\nSec-WebSocket-Accept: " +
                  accept + "\r\nSec-WebSocket-Protocol: v4.channel.k8s.io\r\n\r\n");
    ++portForwardStreams;
    new PodStream(socket, target, pod, podPort, request.mid(headerEnd + 4));
}

QByteArray KubeApiFixture::page(const QByteArray &whole) const
{
    QJsonObject list = QJsonDocument::fromJson(whole).object();
    const QJsonArray items = list.value(QStringLiteral("items")).toArray();
    QJsonArray slice;
    for (int i = m_pageFrom; i < items.size() && i < m_pageFrom + pageSize; ++i)
        slice.append(items.at(i));
    list.insert(QStringLiteral("items"), slice);
    QJsonObject metadata = list.value(QStringLiteral("metadata")).toObject();
    if (m_pageFrom + pageSize < items.size())
        metadata.insert(QStringLiteral("continue"),
                        QStringLiteral("page-%1").arg(m_pageFrom + pageSize));
    else
        metadata.remove(QStringLiteral("continue"));
    list.insert(QStringLiteral("metadata"), metadata);
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

QByteArray KubeApiFixture::respond(const QByteArray &request, bool certificateUser, int &code)
{
    const QList<QByteArray> requestLine = request.left(request.indexOf("\r\n")).split(' ');
    const QByteArray path = requestLine.value(1).split('?').first();
    requests << QString::fromUtf8(path);
    QByteArray authorization;
    QStringList impersonation;
    for (const QByteArray &line : request.left(request.indexOf("\r\n\r\n")).split('\n')) {
        const QByteArray lower = line.toLower();
        if (lower.startsWith("authorization:"))
            authorization = line.mid(14).trimmed();
        else if (lower.startsWith("impersonate-"))
            impersonation << QString::fromUtf8(line.trimmed());
    }
    authorizations << QString::fromUtf8(authorization);
    impersonations << impersonation.join(QStringLiteral("; "));
    if (!oidcRefreshToken.isEmpty() && path == "/.well-known/openid-configuration") {
        return QJsonDocument(QJsonObject{{QStringLiteral("issuer"), server()},
                                         {QStringLiteral("token_endpoint"),
                                          QString(server() + QStringLiteral("/token"))}})
            .toJson(QJsonDocument::Compact);
    }
    if (!oidcRefreshToken.isEmpty() && path == "/token" && requestLine.value(0) == "POST") {
        const QUrlQuery form(QString::fromUtf8(request.mid(request.indexOf("\r\n\r\n") + 4)));
        oidcTokenRequests << form.query(QUrl::FullyDecoded) + QStringLiteral(" ") +
                                 QString::fromUtf8(authorization);
        if (form.queryItemValue(QStringLiteral("grant_type")) != QLatin1String("refresh_token") ||
            form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded) !=
                oidcRefreshToken) {
            code = 400;
            return R"({"error":"invalid_grant","error_description":"Token is not active"})";
        }
        oidcRefreshToken = oidcNextRefreshToken; // a refresh-token is good once
        return QJsonDocument(QJsonObject{{QStringLiteral("id_token"), oidcIssuedToken},
                                         {QStringLiteral("refresh_token"), oidcNextRefreshToken},
                                         {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                         {QStringLiteral("expires_in"), 3600}})
            .toJson(QJsonDocument::Compact);
    }
    if (!redirectTo.isEmpty() && redirectCount > 0) {
        --redirectCount;
        code = 307;
        m_location = redirectTo.toUtf8() + requestLine.value(1);
        return status(307, "TemporaryRedirect", QStringLiteral("moved"));
    }
    if (throttle > 0) {
        --throttle;
        code = 429;
        m_retryAfter = true;
        return status(429, "TooManyRequests", QStringLiteral("the server is busy"));
    }
    bool tokenGood = false;
    for (const QString &token : std::as_const(acceptedTokens))
        tokenGood = tokenGood || authorization == "Bearer " + token.toUtf8();
    if (!acceptedTokenPrefix.isEmpty() &&
        authorization.startsWith(QByteArray("Bearer " + acceptedTokenPrefix.toUtf8())))
        tokenGood = true;
    if (tokenGood && tokenUses > 0 && ++tokenUseCount[QString::fromUtf8(authorization)] > tokenUses)
        tokenGood = false;
    if (!certificateUser && !tokenGood) {
        code = 401;
        return status(401, "Unauthorized", QStringLiteral("Unauthorized"));
    }
    if (pageSize > 0 && requestLine.value(0) == "GET" &&
        (path.endsWith("/apigeeroutes") || path.endsWith("/pods"))) {
        // A server that pages: items [continue, continue + pageSize), continue token next.
        m_paging = true;
        const QUrlQuery query(QString::fromUtf8(requestLine.value(1).mid(path.size() + 1)));
        const QString token = query.queryItemValue(QStringLiteral("continue"));
        if (!token.isEmpty() && expireFirstContinue) {
            expireFirstContinue = false;
            code = 410;
            return status(410, "Expired",
                          QStringLiteral("The provided continue parameter is too old to display a "
                                         "consistent list result."));
        }
        m_pageFrom = token.isEmpty() ? 0 : token.mid(5).toInt();
    } else {
        m_paging = false;
    }
    if (forbidEvents && path.endsWith("/events")) {
        code = 403;
        return status(
            403, "Forbidden",
            QStringLiteral("events is forbidden: User \"viewer@example.com\" cannot list "
                           "resource \"events\" in API group \"\" in the namespace \"apigee\""));
    }
    const QString group = QStringLiteral("apigee.cloud.google.com");
    if (path == "/api/v1") {
        return R"({"kind":"APIResourceList","groupVersion":"v1","resources":[)"
               R"({"name":"pods","singularName":"pod","namespaced":true,"kind":"Pod","verbs":["get","list","watch"],"shortNames":["po"]},)"
               R"({"name":"pods/log","singularName":"","namespaced":true,"kind":"Pod","verbs":["get"]},)"
               R"({"name":"pods/portforward","singularName":"","namespaced":true,"kind":"PodPortForwardOptions","verbs":["create","get"]},)"
               R"({"name":"services","singularName":"service","namespaced":true,"kind":"Service","verbs":["get","list","watch"],"shortNames":["svc"]},)"
               R"({"name":"events","singularName":"event","namespaced":true,"kind":"Event","verbs":["list","watch"],"shortNames":["ev"]}]})";
    }
    if (path == "/api") {
        return R"({"kind":"APIVersions","versions":["v1"],"serverAddressByClientCIDRs":[{"clientCIDR":"0.0.0.0/0","serverAddress":"127.0.0.1:6443"}]})";
    }
    if (path == "/apis") {
        if (m_mode == Mode::NoCrd)
            return R"({"kind":"APIGroupList","apiVersion":"v1","groups":[]})";
        return R"({"kind":"APIGroupList","apiVersion":"v1","groups":[{"name":"apigee.cloud.google.com","versions":[{"groupVersion":"apigee.cloud.google.com/v1alpha1","version":"v1alpha1"}],"preferredVersion":{"groupVersion":"apigee.cloud.google.com/v1alpha1","version":"v1alpha1"}}]})";
    }
    if (path == "/apis/apigee.cloud.google.com/v1alpha1" && m_mode != Mode::NoCrd) {
        return R"({"kind":"APIResourceList","apiVersion":"v1","groupVersion":"apigee.cloud.google.com/v1alpha1","resources":[{"name":"apigeeroutes","singularName":"apigeeroute","namespaced":true,"kind":"ApigeeRoute","verbs":["delete","deletecollection","get","list","patch","create","update","watch"]}]})";
    }
    if (path == "/apis/apigee.cloud.google.com/v1alpha1/namespaces/apigee/apigeeroutes" &&
        m_mode != Mode::NoCrd) {
        if (m_mode == Mode::Forbidden) {
            code = 403;
            return status(
                403, "Forbidden",
                QStringLiteral(
                    "apigeeroutes.apigee.cloud.google.com is forbidden: User "
                    "\"viewer@example.com\" cannot list resource \"apigeeroutes\" in API group "
                    "\"%1\" in the namespace \"apigee\"")
                    .arg(group));
        }
        return m_routes;
    }
    if (requestLine.value(0) == "GET" && m_mode != Mode::NoCrd && m_mode != Mode::Forbidden &&
        path.startsWith("/apis/apigee.cloud.google.com/v1alpha1/namespaces/apigee/apigeeroutes/")) {
        // One route, as kubectl get apigeeroute NAME reads it.
        const QString name = QString::fromUtf8(path.mid(path.lastIndexOf('/') + 1));
        for (const QJsonValue &item :
             QJsonDocument::fromJson(m_routes)[QStringLiteral("items")].toArray()) {
            if (item[QStringLiteral("metadata")][QStringLiteral("name")].toString() == name) {
                QJsonObject route = item.toObject();
                route.insert(QStringLiteral("apiVersion"),
                             QString(group + QStringLiteral("/v1alpha1")));
                route.insert(QStringLiteral("kind"), QStringLiteral("ApigeeRoute"));
                return QJsonDocument(route).toJson(QJsonDocument::Compact);
            }
        }
    }
    if (requestLine.value(0) == "PATCH" &&
        path.startsWith("/apis/apigee.cloud.google.com/v1alpha1/namespaces/apigee/apigeeroutes/")) {
        const QByteArray name = path.mid(path.lastIndexOf('/') + 1);
        QByteArray contentType;
        for (const QByteArray &line : request.left(request.indexOf("\r\n\r\n")).split('\n')) {
            if (line.toLower().startsWith("content-type:"))
                contentType = line.mid(13).trimmed();
        }
        patchRequests << QString::fromUtf8(requestLine.value(1) + ' ' + contentType);
        if (contentType != "application/apply-patch+yaml") {
            code = 415;
            return status(415, "UnsupportedMediaType",
                          QStringLiteral("the body of the request was in an unknown format"));
        }
        if (m_mode == Mode::Forbidden) {
            code = 403;
            return status(
                403, "Forbidden",
                QStringLiteral(
                    "apigeeroutes.apigee.cloud.google.com \"%1\" is forbidden: User "
                    "\"viewer@example.com\" "
                    "cannot patch resource \"apigeeroutes\" in API group \"%2\" in the namespace "
                    "\"apigee\"")
                    .arg(QString::fromUtf8(name), group));
        }
        if (!requestLine.value(1).contains("dryRun=All"))
            appliedRoutes << QString::fromUtf8(name);
        return R"({"apiVersion":"apigee.cloud.google.com/v1alpha1","kind":"ApigeeRoute","metadata":{"name":")" +
               name +
               R"(","namespace":"apigee","resourceVersion":"1210999"},"spec":{"hostnames":["*"],"enableNonSniClient":true}})";
    }
    if (path == "/api/v1/namespaces/apigee/events") {
        // The ApigeeRoutes' events, out of time order, plus one of another route name
        // the list does not hold; the kind selector must reach the server.
        if (!requestLine.value(1).contains("fieldSelector=involvedObject.kind%3DApigeeRoute"))
            return R"({"kind":"EventList","apiVersion":"v1","metadata":{"resourceVersion":"1210470"},"items":[]})";
        return R"({"kind":"EventList","apiVersion":"v1","metadata":{"resourceVersion":"1210470"},"items":[)"
               R"({"metadata":{"name":"non-sni.17f2","namespace":"apigee"},"involvedObject":{"kind":"ApigeeRoute","namespace":"apigee","name":"non-sni"},)"
               R"("type":"Warning","reason":"GatewayNotFound","message":"no ApigeeGateway matches selector app=apigee-ingressgateway-other","count":3,"lastTimestamp":"2025-05-19T04:40:00Z"},)"
               R"({"metadata":{"name":"non-sni.17f1","namespace":"apigee"},"involvedObject":{"kind":"ApigeeRoute","namespace":"apigee","name":"non-sni"},)"
               R"("type":"Normal","reason":"Created","message":"route created","count":1,"lastTimestamp":"2025-05-18T10:00:00Z"},)"
               R"({"metadata":{"name":"old-route.17f3","namespace":"apigee","creationTimestamp":"2025-05-01T00:00:00Z"},"involvedObject":{"kind":"ApigeeRoute","namespace":"apigee","name":"old-route"},)"
               R"("type":"Normal","reason":"Deleted","message":"route deleted","eventTime":"2025-05-01T00:00:00.000000Z","lastTimestamp":null}]})";
    }
    if (path == "/api/v1/namespaces/apigee/services") {
        if (!servicesJson.isEmpty())
            return servicesJson;
        return R"({"kind":"ServiceList","apiVersion":"v1","metadata":{"resourceVersion":"1210470"},"items":[]})";
    }
    const QByteArray podsPath = "/api/v1/namespaces/" + podNamespace.toUtf8() + "/pods";
    if (!podsJson.isEmpty() && path == podsPath) {
        const QUrlQuery query(QString::fromUtf8(requestLine.value(1).mid(path.size() + 1)));
        if (query.queryItemValue(QStringLiteral("labelSelector"), QUrl::FullyDecoded) !=
            podSelector)
            return R"({"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"1"},"items":[]})";
        return podsJson;
    }
    if (!podsJson.isEmpty() && path.startsWith(QByteArray(podsPath + '/')) &&
        !path.mid(podsPath.size() + 1).contains('/')) {
        // One pod, as kubectl logs reads it first.
        const QByteArray name = path.mid(podsPath.size() + 1);
        for (const QJsonValue &item :
             QJsonDocument::fromJson(podsJson)[QStringLiteral("items")].toArray()) {
            if (item[QStringLiteral("metadata")][QStringLiteral("name")].toString().toUtf8() ==
                name) {
                QJsonObject pod = item.toObject();
                pod.insert(QStringLiteral("kind"), QStringLiteral("Pod"));
                pod.insert(QStringLiteral("apiVersion"), QStringLiteral("v1"));
                return QJsonDocument(pod).toJson(QJsonDocument::Compact);
            }
        }
        code = 404;
        return status(404, "NotFound",
                      QStringLiteral("pods \"%1\" not found").arg(QString::fromUtf8(name)));
    }
    if (!logs.isEmpty() && path.startsWith(QByteArray(podsPath + '/')) && path.endsWith("/log")) {
        logRequests << QString::fromUtf8(requestLine.value(1));
        const QUrlQuery query(QString::fromUtf8(requestLine.value(1).mid(path.size() + 1)));
        const QString pod = QString::fromUtf8(path.mid(podsPath.size() + 1).chopped(4));
        const QString container = query.queryItemValue(QStringLiteral("container"));
        const bool previous =
            query.queryItemValue(QStringLiteral("previous")) == QLatin1String("true");
        const QString key = pod + QLatin1Char('/') + container +
                            (previous ? QStringLiteral("/previous") : QString());
        if (!logs.contains(key)) {
            code = 400;
            return status(
                400, "BadRequest",
                previous
                    ? QStringLiteral("previous terminated container \"%1\" in pod \"%2\" not found")
                          .arg(container, pod)
                    : QStringLiteral("container %1 is not valid for pod %2").arg(container, pod));
        }
        QByteArray log = logs.value(key);
        const int tail = query.queryItemValue(QStringLiteral("tailLines")).toInt();
        if (tail > 0) {
            QList<QByteArray> lines = log.split('\n');
            if (!lines.isEmpty() && lines.last().isEmpty())
                lines.removeLast();
            log = lines.mid(qMax(0, int(lines.size()) - tail)).join('\n') + '\n';
        }
        return log;
    }
    const auto extraPods = [this] {
        QByteArray items;
        for (const QString &name : std::as_const(m_extraPods))
            items +=
                R"(,{"metadata":{"name":")" + name.toUtf8() +
                R"(","namespace":"apigee","creationTimestamp":"2026-01-01T00:00:00Z","labels":{"app":"apigee-ingressgateway"}},)"
                R"("spec":{"containers":[{"name":"istio-proxy"}]},)"
                R"("status":{"phase":"Running","containerStatuses":[{"name":"istio-proxy","ready":true,"restartCount":0,"state":{"running":{}}}]}})";
        return items;
    };
    if (path == "/api/v1/namespaces/apigee/pods") {
        return QByteArray() +
               R"({"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"1210470"},"items":[)"
               R"({"metadata":{"name":"apigee-ingressgateway-ext-ingress-myorg-hyb-8f2c412-dvrcp","namespace":"apigee","creationTimestamp":"2025-05-17T06:00:00Z","labels":{"app":"apigee-ingressgateway"}},)"
               R"("spec":{"containers":[{"name":"istio-proxy"},{"name":"discovery"}]},)"
               R"("status":{"phase":"Running","containerStatuses":[{"name":"istio-proxy","ready":true,"restartCount":0,"state":{"running":{}}},{"name":"discovery","ready":true,"restartCount":1,"state":{"running":{}}}]}},)"
               R"({"metadata":{"name":"apigee-ingressgateway-ext-ingress-myorg-hyb-8f2c412-wg26k","namespace":"apigee","creationTimestamp":"2025-05-17T06:00:00Z","labels":{"app":"apigee-ingressgateway"}},)"
               R"("spec":{"containers":[{"name":"istio-proxy"},{"name":"discovery"}]},)"
               R"("status":{"phase":"Running","containerStatuses":[{"name":"istio-proxy","ready":false,"restartCount":7,"state":{"waiting":{"reason":"CrashLoopBackOff"}}},{"name":"discovery","ready":true,"restartCount":0,"state":{"running":{}}}]}})" +
               extraPods() + "]}";
    }
    if (path.startsWith("/api/v1/namespaces/apigee/pods/") && !path.endsWith("/log") &&
        !podsJson.isEmpty()) {
        // One pod, as kubectl logs reads it first.
        const QString name = QString::fromUtf8(path.mid(path.lastIndexOf('/') + 1));
        for (const QJsonValue &item :
             QJsonDocument::fromJson(podsJson)[QStringLiteral("items")].toArray()) {
            if (item[QStringLiteral("metadata")][QStringLiteral("name")].toString() == name) {
                QJsonObject pod = item.toObject();
                pod.insert(QStringLiteral("kind"), QStringLiteral("Pod"));
                pod.insert(QStringLiteral("apiVersion"), QStringLiteral("v1"));
                return QJsonDocument(pod).toJson(QJsonDocument::Compact);
            }
        }
    }
    if (path.startsWith("/api/v1/namespaces/apigee/pods/") && path.endsWith("/log")) {
        logRequests << QString::fromUtf8(requestLine.value(1));
        const QUrlQuery query(QString::fromUtf8(requestLine.value(1).mid(path.size() + 1)));
        if (query.queryItemValue(QStringLiteral("follow")) == QLatin1String("true")) {
            const QString pod = QString::fromUtf8(path.split('/').value(6));
            const QByteArray since =
                query.queryItemValue(QStringLiteral("sinceTime"), QUrl::FullyDecoded).toLatin1();
            const bool none =
                query.queryItemValue(QStringLiteral("tailLines")) == QLatin1String("0");
            m_followPod = pod;
            QByteArray past;
            for (const LiveLine &line : std::as_const(m_liveLines)) {
                // sinceTime counts whole seconds, as the kubelet reads it.
                if (line.pod == pod && !none && line.stamp.left(19) >= since.left(19))
                    past += line.stamp + ' ' + line.line + '\n';
            }
            return past;
        }
        QByteArray log = "2025-05-19T04:00:00.000000000Z [info] envoy starting\n";
        for (int i = 0; i < 200; ++i)
            log +=
                "2025-05-19T04:46:" + QByteArray::number(10 + i % 40) +
                ".000000000Z "
                R"({"start_time":"2025-05-19T04:46:10.000Z","remote_address":"10.0.0.7:4000","sni_host":"api-test.mydomain.com","status_details":"via_upstream","upstream_response_flags":"-","status":200})"
                "\n";
        log +=
            R"(2025-05-19T04:46:20.117000000Z { "start_time": "2025-05-19T04:46:20.117Z", "remote_address": "10.138.0.28:19432", "status_details": "filter_chain_not_found", "request": "- - -", "status": 0, "upstream_response_flags": "NR", "sni_host": null })"
            "\n";
        return log;
    }
    if (path.startsWith("/api/v1/namespaces/apigee/pods/")) {
        const QList<QByteArray> parts = path.split('/'); // "", api, v1, namespaces, NS, pods, POD
        const QString pod = QString::fromUtf8(parts.value(6));
        const QByteArray sub = parts.value(7);
        if (sub == "portforward" && parts.size() == 8) {
            if (m_mode == Mode::Forbidden) {
                code = 403;
                return status(
                    403, "Forbidden",
                    QStringLiteral("pods \"%1\" is forbidden: User \"viewer@example.com\" "
                                   "cannot create resource \"pods/portforward\" in API "
                                   "group \"\" in the namespace \"apigee\"")
                        .arg(pod));
            }
            if (portForwardPods.contains(pod)) {
                m_upgradeTarget = portForwardPods.value(pod);
                code = 400;
                return status(400, "BadRequest", QStringLiteral("Upgrade request required"));
            }
        }
        if (parts.size() == 7 && portForwardPods.contains(pod)) {
            return R"({"kind":"Pod","apiVersion":"v1","metadata":{"name":")" + pod.toUtf8() +
                   R"(","namespace":"apigee","uid":"4b1e0c4e-0000-4000-8000-000000000001","labels":{"app":"apigee-ingressgateway"}},)"
                   R"("spec":{"containers":[{"name":"istio-proxy","ports":[{"containerPort":8443}]}]},)"
                   R"("status":{"phase":"Running","containerStatuses":[{"name":"istio-proxy","ready":true,"restartCount":0,"state":{"running":{}}}]}})";
        }
        if (sub == "portforward" || parts.size() == 7) {
            code = 404;
            return status(404, "NotFound", QStringLiteral("pods \"%1\" not found").arg(pod));
        }
    }
    code = 404;
    return status(404, "NotFound",
                  QStringLiteral("the server could not find the requested resource"));
}

void KubeApiFixture::writeLogLine(const QString &pod, const QByteArray &line)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // RFC 3339 with nine digits of fraction, as the kubelet stamps lines.
    const QByteArray stamp =
        now.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")).toLatin1() +
        QByteArray::number(m_liveLines.size() % 1000000).rightJustified(6, '0') + 'Z';
    m_liveLines << LiveLine{pod, stamp, line};
    const QByteArray text = stamp + ' ' + line + '\n';
    for (const Follower &follower : std::as_const(m_followers)) {
        if (follower.socket && follower.pod == pod)
            follower.socket->write(QByteArray::number(text.size(), 16) + "\r\n" + text + "\r\n");
    }
}

void KubeApiFixture::setLogTicker(int ms)
{
    if (!m_ticker) {
        m_ticker = new QTimer(this);
        connect(m_ticker, &QTimer::timeout, this, [this] {
            QStringList pods;
            for (const Follower &follower : std::as_const(m_followers)) {
                if (follower.socket && !pods.contains(follower.pod))
                    pods << follower.pod;
            }
            for (const QString &pod : std::as_const(pods))
                writeLogLine(
                    pod,
                    R"({"start_time":")" +
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1() +
                        R"(","remote_address":"10.0.0.7:4000","sni_host":"api-test.mydomain.com","status_details":"via_upstream","upstream_response_flags":"-","status":200})");
        });
    }
    if (ms > 0)
        m_ticker->start(ms);
    else
        m_ticker->stop();
}

void KubeApiFixture::addIngressPod(const QString &name)
{
    m_extraPods << name;
}

void KubeApiFixture::endLogStreams(const QString &pod)
{
    for (qsizetype i = m_followers.size() - 1; i >= 0; --i) {
        if (m_followers[i].pod != pod)
            continue;
        if (QSslSocket *socket = m_followers[i].socket) {
            socket->write("0\r\n\r\n");
            socket->disconnectFromHost();
        }
        m_followers.removeAt(i);
    }
}

int KubeApiFixture::openLogStreams(const QString &pod) const
{
    int open = 0;
    for (const Follower &follower : m_followers)
        open += follower.socket && follower.pod == pod &&
                        follower.socket->state() == QAbstractSocket::ConnectedState
                    ? 1
                    : 0;
    return open;
}
