#include "tlsproxyrelay.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

#include <memory>

namespace SniDoctor {

TlsProxyRelay::TlsProxyRelay(const QString &proxyHost, quint16 proxyPort,
                             const QList<QSslCertificate> &extraCas, bool insecure, QObject *parent)
    : QObject(parent)
    , m_host(proxyHost)
    , m_port(proxyPort)
    , m_cas(extraCas)
    , m_insecure(insecure)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *local = m_server.nextPendingConnection())
            relay(local);
    });
}

bool TlsProxyRelay::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void TlsProxyRelay::relay(QTcpSocket *local)
{
    auto *remote = new QSslSocket(local); // dies with the local side
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(tls.caCertificates() + m_cas);
    if (m_insecure)
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    remote->setSslConfiguration(tls);
    // What Qt writes before the TLS session to the proxy is up waits here.
    auto pending = std::make_shared<QByteArray>();
    connect(local, &QTcpSocket::readyRead, remote, [local, remote, pending] {
        if (remote->isEncrypted())
            remote->write(local->readAll());
        else
            *pending += local->readAll();
    });
    connect(remote, &QSslSocket::encrypted, local, [local, remote, pending] {
        remote->write(*pending);
        pending->clear();
        if (local->bytesAvailable() > 0)
            remote->write(local->readAll());
    });
    connect(remote, &QSslSocket::readyRead, local,
            [local, remote] { local->write(remote->readAll()); });
    connect(remote, &QSslSocket::errorOccurred, local,
            [this, local, remote](QAbstractSocket::SocketError error) {
                if (error != QAbstractSocket::RemoteHostClosedError || !remote->isEncrypted())
                    m_lastError = remote->errorString();
                local->disconnectFromHost();
            });
    connect(remote, &QSslSocket::disconnected, local, [local] { local->disconnectFromHost(); });
    connect(local, &QTcpSocket::disconnected, local, [local, remote] {
        remote->disconnectFromHost();
        local->deleteLater();
    });
    remote->connectToHostEncrypted(m_host, m_port);
}

} // namespace SniDoctor
