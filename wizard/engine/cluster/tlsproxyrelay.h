#pragma once

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QTcpServer>

class QTcpSocket;

namespace SniDoctor {

// A kubeconfig's proxy-url may be https://: the CONNECT request itself travels over
// TLS to the proxy. Qt's HTTP proxy support speaks plain text to the proxy, so this
// relay listens on a loopback port for Qt and carries each connection to the proxy
// inside TLS, verified as kubectl verifies it: against the cluster's CA (and here also
// the system's, since proxies usually carry a public certificate), or not at all with
// insecure-skip-tls-verify. The relay sees only the proxy protocol: the CONNECT
// request, then the API server's own TLS, which it cannot read.
//
// Anyone on this machine could connect to the loopback port while it is open and
// reach the proxy through it, but with no credentials of ours: the proxy's
// Proxy-Authorization and the cluster's credentials are sent by Qt inside the stream.
class TlsProxyRelay final : public QObject
{
    Q_OBJECT

public:
    TlsProxyRelay(const QString &proxyHost, quint16 proxyPort,
                  const QList<QSslCertificate> &extraCas, bool insecure, QObject *parent = nullptr);

    // Listens on 127.0.0.1; false if no port could be had.
    bool listen();
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    // The last TLS failure towards the proxy, for the error message; empty if none.
    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    void relay(QTcpSocket *local);

    QString m_host;
    quint16 m_port;
    QList<QSslCertificate> m_cas;
    bool m_insecure;
    QTcpServer m_server;
    QString m_lastError;
};

} // namespace SniDoctor
