#include "testproxy.h"

#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>

#include <memory>

TestProxy::TestProxy(Kind kind, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
{}

void TestProxy::requireCredentials(const QByteArray &user, const QByteArray &password)
{
    m_user = user;
    m_password = password;
}

bool TestProxy::start()
{
    if (m_kind == Kind::Https) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(m_certificate.certificatePem));
        tls.setPrivateKey(QSslKey(m_certificate.privateKeyPem, QSsl::Ec));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_tls.setSslConfiguration(tls);
        connect(&m_tls, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *client = m_tls.nextPendingConnection())
                serve(client);
        });
        return m_tls.listen(QHostAddress::LocalHost, 0);
    }
    connect(&m_plain, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_plain.nextPendingConnection())
            serve(client);
    });
    return m_plain.listen(QHostAddress::LocalHost, 0);
}

void TestProxy::serve(QTcpSocket *client)
{
    auto buffer = std::make_shared<QByteArray>();
    auto stage = std::make_shared<int>(0);
    connect(client, &QTcpSocket::readyRead, this, [this, client, buffer, stage] {
        if (*stage < 0)
            return; // tunnelling: the tunnel's own handler reads
        *buffer += client->readAll();
        if (m_kind == Kind::Socks5)
            serveSocks(client, buffer, stage);
        else
            serveHttp(client, buffer);
    });
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
}

void TestProxy::serveHttp(QTcpSocket *client, const std::shared_ptr<QByteArray> &buffer)
{
    const qsizetype end = buffer->indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QByteArray head = buffer->left(end);
    const QByteArray rest = buffer->mid(end + 4);
    buffer->clear();
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.value(0) != "CONNECT") {
        client->write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n");
        return;
    }
    if (!m_user.isEmpty()) {
        const QByteArray expected = "proxy-authorization: basic " +
                                    QByteArray(m_user + ':' + m_password).toBase64().toLower();
        if (!head.toLower().contains(expected)) {
            ++refusals;
            client->write("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic "
                          "realm=\"test\"\r\n"
                          "Content-Length: 0\r\n\r\n");
            return;
        }
    }
    const QByteArray target = requestLine.value(1);
    const qsizetype colon = target.lastIndexOf(':');
    tunnel(client, QString::fromLatin1(target.left(colon)), quint16(target.mid(colon + 1).toUInt()),
           "HTTP/1.1 200 Connection established\r\n\r\n", rest);
}

// RFC 1928 (no authentication or RFC 1929 username/password), CONNECT only.
void TestProxy::serveSocks(QTcpSocket *client, const std::shared_ptr<QByteArray> &buffer,
                           const std::shared_ptr<int> &stage)
{
    auto byte = [&buffer](qsizetype at) { return quint8(buffer->at(at)); };
    if (*stage == 0) { // greeting: VER NMETHODS METHODS
        if (buffer->size() < 2 || buffer->size() < 2 + byte(1))
            return;
        const bool wantsPassword = !m_user.isEmpty();
        const QByteArray methods = buffer->mid(2, byte(1));
        buffer->remove(0, 2 + byte(1));
        if (wantsPassword && !methods.contains('\x02')) {
            ++refusals;
            client->write(QByteArray("\x05\xff", 2));
            client->disconnectFromHost();
            return;
        }
        client->write(wantsPassword ? QByteArray("\x05\x02", 2) : QByteArray("\x05\x00", 2));
        *stage = wantsPassword ? 1 : 2;
    }
    if (*stage == 1) { // VER ULEN USER PLEN PASS
        if (buffer->size() < 2 || buffer->size() < 3 + byte(1) ||
            buffer->size() < 3 + byte(1) + byte(2 + byte(1)))
            return;
        const QByteArray user = buffer->mid(2, byte(1));
        const QByteArray password = buffer->mid(3 + byte(1), byte(2 + byte(1)));
        buffer->remove(0, 3 + byte(1) + byte(2 + byte(1)));
        if (user != m_user || password != m_password) {
            ++refusals;
            client->write(QByteArray("\x01\x01", 2));
            client->disconnectFromHost();
            return;
        }
        client->write(QByteArray("\x01\x00", 2));
        *stage = 2;
    }
    if (*stage == 2) { // VER CMD RSV ATYP ADDR PORT
        if (buffer->size() < 5)
            return;
        qsizetype length = 0;
        QString host;
        if (byte(3) == 1)
            length = 4 + 4 + 2;
        else if (byte(3) == 3)
            length = 5 + byte(4) + 2;
        else if (byte(3) == 4)
            length = 4 + 16 + 2;
        if (length == 0 || buffer->size() < length)
            return;
        if (byte(3) == 1)
            host = QHostAddress(QByteArray(buffer->constData() + 4, 4).toHex().toUInt(nullptr, 16))
                       .toString();
        else if (byte(3) == 3)
            host = QString::fromLatin1(buffer->mid(5, byte(4)));
        else
            host =
                QHostAddress(reinterpret_cast<const quint8 *>(buffer->constData() + 4)).toString();
        const quint16 port = quint16(byte(length - 2) << 8 | byte(length - 1));
        const QByteArray rest = buffer->mid(length);
        buffer->clear();
        *stage = -1;
        tunnel(client, host, port, QByteArray("\x05\x00\x00\x01\x00\x00\x00\x00\x00\x00", 10),
               rest);
    }
}

void TestProxy::tunnel(QTcpSocket *client, const QString &host, quint16 port,
                       const QByteArray &established, const QByteArray &rest)
{
    targets << QStringLiteral("%1:%2").arg(host).arg(port);
    auto *upstream = new QTcpSocket(client);
    disconnect(client, &QTcpSocket::readyRead, this, nullptr);
    connect(upstream, &QTcpSocket::connected, client, [client, upstream, established, rest] {
        client->write(established);
        if (!rest.isEmpty())
            upstream->write(rest);
        connect(client, &QTcpSocket::readyRead, upstream,
                [client, upstream] { upstream->write(client->readAll()); });
        if (client->bytesAvailable() > 0)
            upstream->write(client->readAll());
    });
    connect(upstream, &QTcpSocket::readyRead, client,
            [client, upstream] { client->write(upstream->readAll()); });
    connect(upstream, &QTcpSocket::disconnected, client,
            [client] { client->disconnectFromHost(); });
    connect(upstream, &QTcpSocket::errorOccurred, client,
            [client] { client->disconnectFromHost(); });
    connect(client, &QTcpSocket::disconnected, upstream,
            [upstream] { upstream->disconnectFromHost(); });
    upstream->connectToHost(hosts.value(host, host), port);
}
