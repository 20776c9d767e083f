#pragma once

#include "lab/labcertificates.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSslServer>
#include <QStringList>
#include <QTcpServer>

class QTcpSocket;

// A forward proxy on loopback, as a kubeconfig's proxy-url names one: HTTP CONNECT in
// plain text (http://), CONNECT inside TLS (https://, with the given certificate),
// or SOCKS5 (socks5://). With credentials set it demands them (HTTP 407 and Basic
// auth; SOCKS5 username/password). It records each target it was asked for and then
// only relays bytes: the API server's TLS passes through it unread.
class TestProxy final : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Http,
        Https,
        Socks5
    };

    explicit TestProxy(Kind kind, QObject *parent = nullptr);
    void requireCredentials(const QByteArray &user, const QByteArray &password);
    void setCertificate(const SniDoctor::LabCertificate &certificate)
    {
        m_certificate = certificate;
    }
    bool start();
    [[nodiscard]] quint16 port() const
    {
        return m_kind == Kind::Https ? m_tls.serverPort() : m_plain.serverPort();
    }

    QStringList targets; // "host:port" of each tunnel opened
    int refusals = 0;    // requests refused for missing or wrong credentials
    // Names only the proxy can resolve (a cluster behind a bastion): name -> address.
    QHash<QString, QString> hosts;

private:
    void serve(QTcpSocket *client);
    void serveHttp(QTcpSocket *client, const std::shared_ptr<QByteArray> &buffer);
    void serveSocks(QTcpSocket *client, const std::shared_ptr<QByteArray> &buffer,
                    const std::shared_ptr<int> &stage);
    void tunnel(QTcpSocket *client, const QString &host, quint16 port,
                const QByteArray &established, const QByteArray &rest);

    Kind m_kind;
    QByteArray m_user;
    QByteArray m_password;
    SniDoctor::LabCertificate m_certificate;
    QTcpServer m_plain; // http://, socks5://
    QSslServer m_tls;   // https://
};
