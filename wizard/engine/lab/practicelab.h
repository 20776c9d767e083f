#pragma once

#include "core/result.h"
#include "lab/labcertificates.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace SniDoctor {

// How the lab treats a ClientHello whose SNI it does not know (or that has none).
enum class LabMode
{
    Strict,   // TCP RST right after the ClientHello: Envoy's filter_chain_not_found
    Wildcard, // the first host's certificate: a wildcard route with enableNonSniClient
    Alert,    // a fatal unrecognized_name alert: nginx's ssl_reject_handshake
};

[[nodiscard]] QString labModeId(LabMode mode);
// Why the lab cannot start.
enum class LabError
{
    NoHosts,      // lab_no_hosts
    BadAddress,   // lab_bad_address {address}
    Listen,       // lab_listen {address, port, reason}
    Certificates, // lab_certificates
};
[[nodiscard]] const ErrorDomain &errorDomain(LabError);

[[nodiscard]] bool parseLabMode(const QString &id, LabMode &mode);

struct LabOptions
{
    LabMode mode = LabMode::Strict;
    QString bindAddress = QStringLiteral("127.0.0.1"); // loopback only by default
    quint16 port = 0;                                  // 0: any free port
    QStringList hostNames{QStringLiteral("api-test.mydomain.com"), QStringLiteral("localhost")};
};

// A local TLS endpoint that behaves like the Apigee ingress gateway: it picks a
// certificate from the SNI of each ClientHello, answers one HTTP request per
// connection, and writes one Envoy-style JSON access-log line per connection.
// Connections are served on threads of the lab's own; the object is not a QObject
// and can live on any thread.
class PracticeLab final
{
public:
    PracticeLab();
    ~PracticeLab(); // stops the lab
    PracticeLab(const PracticeLab &) = delete;
    PracticeLab &operator=(const PracticeLab &) = delete;

    // Called from a lab thread with each access-log line (without newline).
    void setAccessLogHandler(std::function<void(const QByteArray &line)> handler);

    // Generates certificates, binds and starts serving. Returns the port listened on.
    [[nodiscard]] Result<quint16> start(const LabOptions &options);
    // Closes the listener, resets open connections and joins every lab thread.
    void stop();

    [[nodiscard]] quint16 port() const;
    [[nodiscard]] const LabCertificates &certificates() const;

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace SniDoctor
