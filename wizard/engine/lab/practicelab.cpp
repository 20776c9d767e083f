#include "practicelab.h"

#include "core/logging.h"
#include "core/openssl.h"
#include "core/sigpipe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <netinet/in.h>
#include <poll.h>
#include <set>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace SniDoctor {

namespace {

constexpr int kConnectionTimeoutSeconds = 5;

struct ServerIdentity
{
    QString hostName;
    X509 *certificate = nullptr;
    EVP_PKEY *key = nullptr;
};

// What one connection did, for its access-log line.
struct Connection
{
    QString remoteAddress;
    QString sni;
    int identity = -1;
    bool refused = false;
};

QString peerAddress(const sockaddr_storage &address)
{
    char text[INET6_ADDRSTRLEN] = {};
    quint16 port = 0;
    if (address.ss_family == AF_INET) {
        const auto &v4 = reinterpret_cast<const sockaddr_in &>(address);
        inet_ntop(AF_INET, &v4.sin_addr, text, sizeof text);
        port = ntohs(v4.sin_port);
        return QStringLiteral("%1:%2").arg(QLatin1String(text)).arg(port);
    }
    const auto &v6 = reinterpret_cast<const sockaddr_in6 &>(address);
    inet_ntop(AF_INET6, &v6.sin6_addr, text, sizeof text);
    port = ntohs(v6.sin6_port);
    return QStringLiteral("[%1]:%2").arg(QLatin1String(text)).arg(port);
}

QString serverName(SSL *ssl)
{
    const unsigned char *data = nullptr;
    size_t length = 0;
    if (SSL_client_hello_get0_ext(ssl, TLSEXT_TYPE_server_name, &data, &length) != 1 || length < 5)
        return {};
    // ServerNameList: uint16 length, then NameType (0 = host_name), uint16 length, name.
    const size_t listLength = (size_t(data[0]) << 8) | data[1];
    if (listLength + 2 > length || data[2] != 0)
        return {};
    const size_t nameLength = (size_t(data[3]) << 8) | data[4];
    if (5 + nameLength > length)
        return {};
    return QString::fromLatin1(reinterpret_cast<const char *>(data + 5),
                               static_cast<qsizetype>(nameLength));
}

} // namespace

struct PracticeLab::State
{
    LabOptions options;
    LabCertificates certificates;
    std::vector<ServerIdentity> identities;
    SSL_CTX *ctx = nullptr;
    int listenFd = -1;
    int wakeFd = -1;
    quint16 port = 0;
    std::thread acceptThread;
    std::atomic_bool stopping{false};

    std::mutex mutex;
    std::condition_variable idle;
    std::set<int> openSockets;
    int running = 0;
    std::function<void(const QByteArray &)> accessLog;

    ~State() { release(); }

    void release()
    {
        for (ServerIdentity &identity : identities) {
            X509_free(identity.certificate);
            EVP_PKEY_free(identity.key);
        }
        identities.clear();
        if (ctx)
            SSL_CTX_free(ctx);
        ctx = nullptr;
        if (listenFd >= 0)
            ::close(listenFd);
        listenFd = -1;
        if (wakeFd >= 0)
            ::close(wakeFd);
        wakeFd = -1;
    }

    static int clientHello(SSL *ssl, int *alert, void *arg)
    {
        auto *state = static_cast<State *>(arg);
        auto *connection = static_cast<Connection *>(SSL_get_app_data(ssl));
        connection->sni = serverName(ssl);
        int index = -1;
        for (size_t i = 0; i < state->identities.size(); ++i) {
            if (state->identities[i].hostName.compare(connection->sni, Qt::CaseInsensitive) == 0)
                index = static_cast<int>(i);
        }
        if (index < 0) {
            switch (state->options.mode) {
            case LabMode::Wildcard:
                index = 0;
                break;
            case LabMode::Alert:
                connection->refused = true;
                *alert = SSL_AD_UNRECOGNIZED_NAME;
                return SSL_CLIENT_HELLO_ERROR;
            case LabMode::Strict:
                // Suspend the handshake: the caller then resets the TCP connection
                // without writing a byte, as Envoy does when no filter chain matches.
                connection->refused = true;
                return SSL_CLIENT_HELLO_RETRY;
            }
        }
        connection->identity = index;
        const ServerIdentity &identity = state->identities[static_cast<size_t>(index)];
        if (SSL_use_certificate(ssl, identity.certificate) != 1 ||
            SSL_use_PrivateKey(ssl, identity.key) != 1) {
            *alert = SSL_AD_INTERNAL_ERROR;
            return SSL_CLIENT_HELLO_ERROR;
        }
        return SSL_CLIENT_HELLO_SUCCESS;
    }

    void serve(int fd, const sockaddr_storage &peer)
    {
        QElapsedTimer clock;
        clock.start();
        const QDateTime started = QDateTime::currentDateTimeUtc();
        Connection connection;
        connection.remoteAddress = peerAddress(peer);
        timeval timeout{kConnectionTimeoutSeconds, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);

        SSL *ssl = SSL_new(ctx);
        SSL_set_fd(ssl, fd);
        SSL_set_app_data(ssl, &connection);
        QByteArray request;
        QByteArray tlsProtocol;
        qint64 bytesSent = 0;
        int status = 0;
        QString details = QStringLiteral("filter_chain_not_found");
        QString flags = QStringLiteral("NR");
        const int accepted = SSL_accept(ssl);
        if (accepted == 1) {
            tlsProtocol = SSL_get_version(ssl);
            char buffer[4096];
            while (!request.contains("\r\n\r\n") && request.size() < 16384) {
                const int n = SSL_read(ssl, buffer, sizeof buffer);
                if (n <= 0)
                    break;
                request.append(buffer, n);
            }
            if (request.contains("\r\n\r\n")) {
                const ServerIdentity &identity =
                    identities[static_cast<size_t>(std::max(connection.identity, 0))];
                const QByteArray body =
                    QStringLiteral("SNI Doctor practice lab (%1 mode): certificate %2, SNI %3\n")
                        .arg(labModeId(options.mode), identity.hostName,
                             connection.sni.isEmpty() ? QStringLiteral("none") : connection.sni)
                        .toUtf8();
                const QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                                            "Connection: close\r\nContent-Length: " +
                                            QByteArray::number(body.size()) + "\r\n\r\n" + body;
                bytesSent = std::max(
                    0, SSL_write(ssl, response.constData(), static_cast<int>(response.size())));
                status = 200;
                details = QStringLiteral("via_upstream");
                flags = QStringLiteral("-");
            } else {
                details = QStringLiteral("downstream_remote_disconnect");
                flags = QStringLiteral("DC");
            }
            SSL_shutdown(ssl);
        } else if (connection.refused && options.mode == LabMode::Strict) {
            const linger reset{1, 0};
            ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        } else if (!connection.refused) {
            details = QStringLiteral("ssl_handshake_error");
            flags = QStringLiteral("-");
        }
        ERR_clear_error();
        SSL_free(ssl);
        {
            std::lock_guard lock(mutex);
            openSockets.erase(fd);
        }
        ::close(fd);
        writeAccessLog(started, clock.elapsed(), connection, request, tlsProtocol, status, details,
                       flags, bytesSent);
    }

    void writeAccessLog(const QDateTime &started, qint64 elapsedMs, const Connection &connection,
                        const QByteArray &request, const QByteArray &tlsProtocol, int status,
                        const QString &details, const QString &flags, qint64 bytesSent)
    {
        std::function<void(const QByteArray &)> handler;
        {
            std::lock_guard lock(mutex);
            handler = accessLog;
        }
        if (!handler)
            return;
        const QList<QByteArray> requestLine = request.left(request.indexOf("\r\n")).split(' ');
        const bool hasRequest = requestLine.size() == 3;
        QByteArray host;
        QByteArray userAgent;
        for (const QByteArray &line : request.split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.toLower().startsWith("host:"))
                host = trimmed.mid(5).trimmed();
            else if (trimmed.toLower().startsWith("user-agent:"))
                userAgent = trimmed.mid(11).trimmed();
        }
        auto textOrNull = [](const QByteArray &value) {
            return value.isEmpty() ? QJsonValue() : QJsonValue(QString::fromUtf8(value));
        };
        QJsonObject record{
            {QStringLiteral("start_time"), started.toString(Qt::ISODateWithMs)},
            {QStringLiteral("remote_address"), connection.remoteAddress},
            {QStringLiteral("user_agent"), textOrNull(userAgent)},
            {QStringLiteral("host"), textOrNull(host)},
            {QStringLiteral("request"),
             hasRequest ? QString::fromUtf8(request.left(request.indexOf("\r\n")))
                        : QStringLiteral("- - -")},
            {QStringLiteral("request_time"), elapsedMs},
            {QStringLiteral("status"), status},
            {QStringLiteral("status_details"), details},
            {QStringLiteral("bytes_received"), hasRequest ? request.size() : 0},
            {QStringLiteral("bytes_sent"), bytesSent},
            {QStringLiteral("upstream_address"), QJsonValue()},
            {QStringLiteral("upstream_response_flags"), flags},
            {QStringLiteral("upstream_response_time"), QJsonValue()},
            {QStringLiteral("upstream_service_time"), QJsonValue()},
            {QStringLiteral("upstream_cluster"),
             status ? QJsonValue(QStringLiteral("practice-lab")) : QJsonValue()},
            {QStringLiteral("x_forwarded_for"), QJsonValue()},
            {QStringLiteral("request_method"),
             textOrNull(hasRequest ? requestLine[0] : QByteArray())},
            {QStringLiteral("request_path"),
             textOrNull(hasRequest ? requestLine[1] : QByteArray())},
            {QStringLiteral("request_protocol"),
             textOrNull(hasRequest ? requestLine[2] : QByteArray())},
            {QStringLiteral("tls_protocol"), textOrNull(tlsProtocol)},
            {QStringLiteral("request_id"), QJsonValue()},
            {QStringLiteral("sni_host"),
             connection.sni.isEmpty() ? QJsonValue() : QJsonValue(connection.sni)},
            {QStringLiteral("apigee_dynamic_data"), QJsonValue()},
        };
        handler(QJsonDocument(record).toJson(QJsonDocument::Compact));
    }

    void acceptLoop()
    {
        for (;;) {
            pollfd fds[2] = {{listenFd, POLLIN, 0}, {wakeFd, POLLIN, 0}};
            if (::poll(fds, 2, -1) < 0 && errno != EINTR)
                return;
            if (stopping.load() || (fds[1].revents & POLLIN))
                return;
            if (!(fds[0].revents & POLLIN))
                continue;
            sockaddr_storage peer{};
            socklen_t peerLength = sizeof peer;
            const int fd =
                ::accept4(listenFd, reinterpret_cast<sockaddr *>(&peer), &peerLength, SOCK_CLOEXEC);
            if (fd < 0)
                continue;
            {
                std::lock_guard lock(mutex);
                openSockets.insert(fd);
                ++running;
            }
            std::thread([this, fd, peer] {
                {
                    const SigpipeGuard sigpipe; // clients reset; the lab must not die of it
                    serve(fd, peer);
                }
                // Free OpenSSL's per-thread state now: stop() returns, and the process
                // may end, as soon as the count below reaches zero.
                OPENSSL_thread_stop();
                std::lock_guard lock(mutex);
                if (--running == 0)
                    idle.notify_all();
            }).detach();
        }
    }
};

QString labModeId(LabMode mode)
{
    switch (mode) {
    case LabMode::Strict:
        return QStringLiteral("strict");
    case LabMode::Wildcard:
        return QStringLiteral("wildcard");
    case LabMode::Alert:
        return QStringLiteral("alert");
    }
    return {};
}

bool parseLabMode(const QString &id, LabMode &mode)
{
    for (const LabMode candidate : {LabMode::Strict, LabMode::Wildcard, LabMode::Alert}) {
        if (labModeId(candidate) == id) {
            mode = candidate;
            return true;
        }
    }
    return false;
}

PracticeLab::PracticeLab()
    : d(std::make_unique<State>())
{}

PracticeLab::~PracticeLab()
{
    stop();
}

void PracticeLab::setAccessLogHandler(std::function<void(const QByteArray &)> handler)
{
    std::lock_guard lock(d->mutex);
    d->accessLog = std::move(handler);
}

Result<quint16> PracticeLab::start(const LabOptions &options)
{
    stop();
    if (options.hostNames.isEmpty())
        return Error(LabError::NoHosts);
    d->options = options;
    d->stopping = false;
    Result<LabCertificates> certificates = LabCertificates::generate(options.hostNames);
    if (!certificates)
        return certificates.error();
    d->certificates = std::move(certificates).value();
    for (const LabCertificate &server : d->certificates.servers) {
        const OpenSsl::BioPtr certBio(BIO_new_mem_buf(
            server.certificatePem.constData(), static_cast<int>(server.certificatePem.size())));
        const OpenSsl::BioPtr keyBio(BIO_new_mem_buf(
            server.privateKeyPem.constData(), static_cast<int>(server.privateKeyPem.size())));
        d->identities.push_back({server.hostName,
                                 PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr),
                                 PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr)});
    }
    d->ctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX_set_client_hello_cb(d->ctx, &State::clientHello, d.get());

    sockaddr_storage address{};
    socklen_t addressLength = 0;
    const QByteArray bind = options.bindAddress.toLatin1();
    auto &v4 = reinterpret_cast<sockaddr_in &>(address);
    auto &v6 = reinterpret_cast<sockaddr_in6 &>(address);
    if (inet_pton(AF_INET, bind.constData(), &v4.sin_addr) == 1) {
        v4.sin_family = AF_INET;
        v4.sin_port = htons(options.port);
        addressLength = sizeof v4;
    } else if (inet_pton(AF_INET6, bind.constData(), &v6.sin6_addr) == 1) {
        v6.sin6_family = AF_INET6;
        v6.sin6_port = htons(options.port);
        addressLength = sizeof v6;
    } else {
        d->release();
        return Error(LabError::BadAddress, {{"address", options.bindAddress}});
    }
    d->listenFd = ::socket(address.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    ::setsockopt(d->listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (d->listenFd < 0 ||
        ::bind(d->listenFd, reinterpret_cast<sockaddr *>(&address), addressLength) != 0 ||
        ::listen(d->listenFd, 64) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        d->release();
        return Error(LabError::Listen, {{"address", options.bindAddress},
                                        {"port", QString::number(options.port)},
                                        {"reason", reason}});
    }
    socklen_t length = sizeof address;
    ::getsockname(d->listenFd, reinterpret_cast<sockaddr *>(&address), &length);
    d->port = ntohs(address.ss_family == AF_INET ? v4.sin_port : v6.sin6_port);
    d->wakeFd = ::eventfd(0, EFD_CLOEXEC);
    d->acceptThread = std::thread([state = d.get()] { state->acceptLoop(); });
    qCDebug(logLab) << "listening on" << options.bindAddress << "port" << d->port << "mode"
                    << labModeId(options.mode);
    return d->port;
}

void PracticeLab::stop()
{
    if (!d->acceptThread.joinable())
        return;
    d->stopping = true;
    const uint64_t one = 1;
    [[maybe_unused]] const auto written = ::write(d->wakeFd, &one, sizeof one);
    d->acceptThread.join();
    {
        std::unique_lock lock(d->mutex);
        for (const int fd : d->openSockets)
            ::shutdown(fd, SHUT_RDWR);
        d->idle.wait(lock, [this] { return d->running == 0; });
    }
    d->release();
    d->port = 0;
}

quint16 PracticeLab::port() const
{
    return d->port;
}

const LabCertificates &PracticeLab::certificates() const
{
    return d->certificates;
}

} // namespace SniDoctor
