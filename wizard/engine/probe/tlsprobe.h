#pragma once

#include "core/finding.h"
#include "core/result.h"
#include "core/taskcontrol.h"
#include "probe/certificateinfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace SniDoctor {

// What the probe connects to: like `openssl s_client -connect HOST:PORT`, with an
// optional address to connect to instead of the host's (curl --resolve).
struct ProbeTarget
{
    QString host; // the API host name, sent as SNI in the first attempt
    quint16 port = 443;
    QString connectAddress; // optional IP address or name to connect to
    int timeoutMs = 10000;  // the whole probe: DNS, then the three attempts at once
    QString caFile;         // optional PEM bundle; system CAs when empty
};

// Why a probe cannot start: unusable input.
enum class ProbeError
{
    NoHost,           // probe_no_host
    BadPort,          // probe_bad_port
    BadTimeout,       // probe_bad_timeout
    BadCaFile,        // probe_bad_ca_file {file, detail}: read, but no PEM certificate in it
    CaFileMissing,    // probe_ca_file_missing {file}
    CaFileUnreadable, // probe_ca_file_unreadable {file, reason}: a folder, no permission
};
[[nodiscard]] const ErrorDomain &errorDomain(ProbeError);

// The name sent by the third attempt: reserved (RFC 6761), so no ingress serves it
// unless a wildcard route catches every name.
inline constexpr char kUnknownProbeName[] = "sni-doctor-probe.invalid";

enum class SniChoice
{
    HostName,
    None,
    UnknownName
};

enum class Outcome
{
    HandshakeOk,
    Reset,  // TCP RST during the handshake (ECONNRESET): Envoy's filter_chain_not_found
    Alert,  // the peer sent a TLS alert (see ProbeAttempt::alert)
    Closed, // the peer closed (FIN) without an alert
    Timeout,
    Refused,     // nothing listens on the port
    Unreachable, // no route to the address
    DnsError,
    NotTls, // the peer answered bytes that are not a TLS record
    // This side's TLS library ended the handshake (no shared version, a message larger
    // than it accepts, ...): no alert came from the peer (ProbeAttempt::alert: the one
    // sent, if any).
    Aborted,
    Canceled,
};

[[nodiscard]] QString outcomeId(Outcome outcome); // "handshake_ok", "reset", ...
// True for outcomes where the TLS handshake never started (no TCP connection).
[[nodiscard]] bool isConnectFailure(Outcome outcome);

struct ProbeAttempt
{
    SniChoice sniChoice = SniChoice::HostName;
    QString sni; // the name sent, empty when none
    Outcome outcome = Outcome::Canceled;
    QString alert; // TLS alert name, e.g. "unrecognized_name"; empty when none
    QString protocol;
    QString cipher;
    QString alpn;
    QList<CertificateInfo> chain; // leaf first
    bool certificateCoversHost = false;
    bool verified = false;
    QString verifyError; // X509_verify_cert_error_string, empty when verified
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    qint64 elapsedMs = 0;
    QString error; // OpenSSL's or the system's own error text
};

struct ProbeReport
{
    ProbeTarget target;
    QString address; // the IP address connected to, empty when resolution failed
    QList<ProbeAttempt> attempts;
    QList<Finding> findings;
    bool canceled = false;
};

// Runs the runbook's step 4: three handshakes on fresh TCP connections to the same
// address, with the host name as SNI, without SNI, and with an unknown name.
// Blocking: call it from a worker thread. The attempts run at once, each on a thread
// of its own, and the probe (name resolution included) lasts at most
// target.timeoutMs; control.isCanceled() is checked at least every 50 ms, and a
// canceled probe returns at once with report.canceled set.
// Returns an Error only for unusable input (empty host, port 0, unreadable CA file).
[[nodiscard]] Result<ProbeReport> runProbe(const ProbeTarget &target, TaskControl &control);

// Derives the findings (non_sni_rejected, non_sni_accepted, sni_rejected,
// endpoint_unreachable, certificate_mismatch) from the attempts. Pure.
[[nodiscard]] QList<Finding> probeFindings(const ProbeTarget &target,
                                           const QList<ProbeAttempt> &attempts);

// The equivalent commands a user can run by hand, one per line.
[[nodiscard]] QStringList equivalentCommands(const ProbeTarget &target);

} // namespace SniDoctor
