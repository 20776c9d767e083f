#pragma once

#include "lab/labcertificates.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>
#include <vector>

// Real peers over loopback for the tests: processes of the system's own tools
// (nginx, openssl s_server) and minimal listeners for the failures they cannot show.
namespace TestPeers {

// A free TCP port on 127.0.0.1, found by binding port 0 (the port is released again).
quint16 freePort();

// Writes the lab certificates of `hosts` into dir as HOST.crt / HOST.key / ca.crt.
bool writeCertificates(const SniDoctor::LabCertificates &certificates, const QString &dir);

// Is the program on PATH? In CI (CI=true) a missing peer fails the test instead of
// skipping it, because .ci/run installs them all.
bool available(const QString &program);

// nginx on 127.0.0.1: an HTTPS port whose default server rejects the handshake
// (ssl_reject_handshake on) and one named server for `host`; and a plain HTTP port.
class Nginx final
{
public:
    ~Nginx();
    bool start(const SniDoctor::LabCertificates &certificates, const QString &host);
    quint16 tlsPort = 0;
    quint16 httpPort = 0;
    QString error;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};

// openssl s_server with one certificate, answering every SNI (or none) alike.
class OpenSslServer final
{
public:
    ~OpenSslServer();
    bool start(const SniDoctor::LabCertificates &certificates, const QString &host);
    quint16 port = 0;
    QString error;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};

// A socket in listen state that never accepts: the kernel completes the TCP
// handshake, the ClientHello is never answered.
class BlackHole final
{
public:
    BlackHole();
    ~BlackHole();
    quint16 port = 0;

private:
    int m_fd = -1;
};

// Accepts connections, reads what the client sends, writes answer (nothing by
// default: not a byte of TLS), then closes normally (FIN).
class ClosingPeer final
{
public:
    explicit ClosingPeer(QByteArray answer = {});
    ~ClosingPeer();
    quint16 port = 0;

private:
    int m_fd = -1;
    QByteArray m_answer;
    std::atomic_bool m_stop{false};
    std::thread m_thread;
};

// Accepts connections and answers none until `count` of them are open at once; then
// closes them all (FIN). Clients that connect one after the other never see that
// close: they time out. So "closed" on every attempt shows they ran at the same time.
class Rendezvous final
{
public:
    explicit Rendezvous(int count);
    ~Rendezvous();
    quint16 port = 0;
    std::atomic_int mostAtOnce{0};

private:
    int m_fd = -1;
    int m_count;
    std::atomic_bool m_stop{false};
    std::thread m_thread;
};

} // namespace TestPeers
