#include "peers.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace TestPeers {

namespace {

int listenOnLoopback(quint16 &port, int backlog)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        ::listen(fd, backlog) != 0) {
        ::close(fd);
        return -1;
    }
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    port = ntohs(address.sin_port);
    return fd;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// Waits until something accepts TCP connections on the port (the server is up).
bool waitForPort(quint16 port, QProcess &process)
{
    for (int i = 0; i < 100; ++i) {
        if (process.state() == QProcess::NotRunning)
            return false;
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (socket.waitForConnected(100))
            return true;
        QThread::msleep(50);
    }
    return false;
}

void stopProcess(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(3000)) {
        process.kill();
        process.waitForFinished(3000);
    }
}

} // namespace

quint16 freePort()
{
    quint16 port = 0;
    const int fd = listenOnLoopback(port, 1);
    ::close(fd);
    return port;
}

bool writeCertificates(const SniDoctor::LabCertificates &certificates, const QString &dir)
{
    bool ok = writeFile(dir + QStringLiteral("/ca.crt"), certificates.caCertificatePem);
    for (const SniDoctor::LabCertificate &server : certificates.servers) {
        ok = ok && writeFile(dir + QLatin1Char('/') + server.hostName + QStringLiteral(".crt"),
                             server.certificatePem);
        ok = ok && writeFile(dir + QLatin1Char('/') + server.hostName + QStringLiteral(".key"),
                             server.privateKeyPem);
    }
    return ok;
}

bool available(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty() ||
           !QStandardPaths::findExecutable(program,
                                           {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")})
                .isEmpty();
}

Nginx::~Nginx()
{
    stopProcess(m_process);
}

bool Nginx::start(const SniDoctor::LabCertificates &certificates, const QString &host)
{
    QString nginx = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    if (nginx.isEmpty())
        nginx =
            QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin")});
    const QString dir = m_dir.path();
    if (nginx.isEmpty() || !writeCertificates(certificates, dir)) {
        error = QStringLiteral("nginx or its certificates are missing");
        return false;
    }
    tlsPort = freePort();
    httpPort = freePort();
    const QString config = QStringLiteral(R"(
daemon off;
master_process off;
worker_processes 1;
pid %1/nginx.pid;
error_log %1/error.log info;
events { worker_connections 64; }
http {
    access_log %1/access.log;
    client_body_temp_path %1/body;
    proxy_temp_path %1/proxy;
    fastcgi_temp_path %1/fastcgi;
    uwsgi_temp_path %1/uwsgi;
    scgi_temp_path %1/scgi;
    server {
        listen 127.0.0.1:%2 ssl default_server;
        ssl_reject_handshake on;
    }
    server {
        listen 127.0.0.1:%2 ssl;
        server_name %4;
        ssl_certificate %1/%4.crt;
        ssl_certificate_key %1/%4.key;
        location / { return 200 "nginx named server\n"; }
    }
    server {
        listen 127.0.0.1:%3;
        location / { return 200 "plain http\n"; }
    }
}
)")
                               .arg(dir)
                               .arg(tlsPort)
                               .arg(httpPort)
                               .arg(host);
    if (!writeFile(dir + QStringLiteral("/nginx.conf"), config.toUtf8()))
        return false;
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(nginx, {QStringLiteral("-p"), dir, QStringLiteral("-c"),
                            dir + QStringLiteral("/nginx.conf"), QStringLiteral("-e"),
                            dir + QStringLiteral("/error.log")});
    if (!m_process.waitForStarted(5000) || !waitForPort(tlsPort, m_process) ||
        !waitForPort(httpPort, m_process)) {
        QFile log(dir + QStringLiteral("/error.log"));
        log.open(QIODevice::ReadOnly);
        error = QString::fromUtf8(m_process.readAll() + log.readAll());
        return false;
    }
    return true;
}

OpenSslServer::~OpenSslServer()
{
    stopProcess(m_process);
}

bool OpenSslServer::start(const SniDoctor::LabCertificates &certificates, const QString &host)
{
    const QString dir = m_dir.path();
    if (!writeCertificates(certificates, dir)) {
        error = QStringLiteral("cannot write certificates");
        return false;
    }
    port = freePort();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral("openssl"),
                    {QStringLiteral("s_server"), QStringLiteral("-accept"),
                     QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-cert"),
                     dir + QLatin1Char('/') + host + QStringLiteral(".crt"), QStringLiteral("-key"),
                     dir + QLatin1Char('/') + host + QStringLiteral(".key"),
                     QStringLiteral("-quiet")});
    if (!m_process.waitForStarted(5000) || !waitForPort(port, m_process)) {
        error = QString::fromUtf8(m_process.readAll());
        return false;
    }
    return true;
}

BlackHole::BlackHole()
{
    m_fd = listenOnLoopback(port, 16);
}

BlackHole::~BlackHole()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

ClosingPeer::ClosingPeer(QByteArray answer)
    : m_answer(std::move(answer))
{
    m_fd = listenOnLoopback(port, 16);
    m_thread = std::thread([this] {
        while (!m_stop.load()) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            const int client = ::accept(m_fd, nullptr, nullptr);
            if (client < 0)
                continue;
            char buffer[4096];
            pollfd c{client, POLLIN, 0};
            if (::poll(&c, 1, 2000) > 0) [[maybe_unused]]
                const auto n = ::read(client, buffer, sizeof buffer);
            if (!m_answer.isEmpty()) [[maybe_unused]]
                const auto written = ::write(client, m_answer.constData(), size_t(m_answer.size()));
            ::shutdown(client, SHUT_WR);
            // Read the rest so that close() sends a FIN, not a RST for unread data.
            while (::poll(&c, 1, 200) > 0 && ::read(client, buffer, sizeof buffer) > 0) {
            }
            ::close(client);
        }
    });
}

ClosingPeer::~ClosingPeer()
{
    m_stop = true;
    m_thread.join();
    if (m_fd >= 0)
        ::close(m_fd);
}

Rendezvous::Rendezvous(int count)
    : m_count(count)
{
    m_fd = listenOnLoopback(port, 16);
    m_thread = std::thread([this] {
        std::vector<int> open;
        while (!m_stop.load()) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            const int client = ::accept(m_fd, nullptr, nullptr);
            if (client < 0)
                continue;
            open.push_back(client);
            mostAtOnce = std::max(mostAtOnce.load(), int(open.size()));
            if (int(open.size()) < m_count)
                continue;
            for (const int fd : open) {
                ::shutdown(fd, SHUT_WR);
                char buffer[4096];
                pollfd c{fd, POLLIN, 0};
                while (::poll(&c, 1, 200) > 0 && ::read(fd, buffer, sizeof buffer) > 0) {
                }
                ::close(fd);
            }
            open.clear();
        }
        for (const int fd : open)
            ::close(fd);
    });
}

Rendezvous::~Rendezvous()
{
    m_stop = true;
    m_thread.join();
    if (m_fd >= 0)
        ::close(m_fd);
}

} // namespace TestPeers
