#include "tlsprobe.h"

#include "core/logging.h"
#include "core/openssl.h"
#include "core/sigpipe.h"
#include "probe/tlsalerts.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <arpa/inet.h>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <mutex>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace SniDoctor {

namespace {

constexpr int kPollSliceMs = 50;

struct Deadline
{
    QElapsedTimer clock;
    int limitMs;
    [[nodiscard]] int remainingMs() const { return std::max<qint64>(0, limitMs - clock.elapsed()); }
};

// getaddrinfo() cannot be interrupted, so it runs on a thread of its own that
// outlives a timeout or a cancel: the shared state keeps what it writes alive.
struct Resolution
{
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    int status = 0;
    sockaddr_storage address{};
    socklen_t addressLength = 0;
};

enum class ResolveStatus
{
    Resolved,
    Failed,
    TimedOut,
    Canceled
};

ResolveStatus resolve(const QString &name, quint16 port, const Deadline &deadline,
                      TaskControl &control, sockaddr_storage &address, socklen_t &addressLength,
                      QString &error)
{
    auto state = std::make_shared<Resolution>();
    std::thread([state, host = name.toUtf8(), service = QByteArray::number(port)] {
        addrinfo hints{};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        hints.ai_flags = AI_ADDRCONFIG;
        addrinfo *list = nullptr;
        int status = getaddrinfo(host.constData(), service.constData(), &hints, &list);
        if (status == EAI_NONAME || status == EAI_ADDRFAMILY) {
            // AI_ADDRCONFIG hides ::1 and 127.0.0.1 on hosts with only loopback.
            hints.ai_flags = 0;
            status = getaddrinfo(host.constData(), service.constData(), &hints, &list);
        }
        std::lock_guard lock(state->mutex);
        state->status = status;
        if (status == 0 && list) {
            std::memcpy(&state->address, list->ai_addr, list->ai_addrlen);
            state->addressLength = list->ai_addrlen;
        }
        if (list)
            freeaddrinfo(list);
        state->finished = true;
        state->done.notify_all();
    }).detach();

    std::unique_lock lock(state->mutex);
    while (!state->finished) {
        if (control.isCanceled())
            return ResolveStatus::Canceled;
        if (deadline.remainingMs() == 0) {
            error = QStringLiteral("name resolution of %1 timed out").arg(name);
            return ResolveStatus::TimedOut;
        }
        state->done.wait_for(
            lock, std::chrono::milliseconds(std::min(kPollSliceMs, deadline.remainingMs())));
    }
    if (state->status != 0) {
        error = QStringLiteral("getaddrinfo(%1): %2")
                    .arg(name, QString::fromLocal8Bit(gai_strerror(state->status)));
        return ResolveStatus::Failed;
    }
    address = state->address;
    addressLength = state->addressLength;
    return ResolveStatus::Resolved;
}

QString addressToString(const sockaddr_storage &address)
{
    char text[INET6_ADDRSTRLEN] = {};
    if (address.ss_family == AF_INET) {
        inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in &>(address).sin_addr, text,
                  sizeof text);
    } else if (address.ss_family == AF_INET6) {
        inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6 &>(address).sin6_addr, text,
                  sizeof text);
    }
    return QString::fromLatin1(text);
}

QString systemError(const char *operation, int error)
{
    return QStringLiteral("%1: errno=%2 (%3)")
        .arg(QLatin1String(operation))
        .arg(error)
        .arg(QString::fromLocal8Bit(std::strerror(error)));
}

// Waits for the socket to be ready, in slices so that a cancel is seen quickly.
// Returns the poll revents, 0 on timeout, -1 on cancel.
int waitFor(int fd, short events, const Deadline &deadline, TaskControl &control)
{
    for (;;) {
        if (control.isCanceled())
            return -1;
        const int remaining = deadline.remainingMs();
        if (remaining == 0)
            return 0;
        pollfd p{fd, events, 0};
        const int n = ::poll(&p, 1, std::min(kPollSliceMs, remaining));
        if (n > 0)
            return p.revents;
        if (n < 0 && errno != EINTR)
            return POLLERR;
    }
}

// What the socket BIO saw, recorded by a BIO callback: the bytes on the wire and
// the errno of the last failing read or write (OpenSSL's own error queue often
// says only "unexpected eof" or nothing for a reset).
struct WireTrace
{
    qint64 bytesRead = 0;
    qint64 bytesWritten = 0;
    QByteArray firstBytes; // first bytes the peer sent, to tell TLS from anything else
    int lastErrno = 0;
    bool sawEof = false;
    int alertReceived = -1;
    int alertSent = -1; // the alert this side sent when it ended the handshake
};

long traceCallback(BIO *bio, int operation, const char *data, size_t length, int, long, int ret,
                   size_t *processed)
{
    auto *trace = reinterpret_cast<WireTrace *>(BIO_get_callback_arg(bio));
    if (!trace)
        return ret;
    if (operation == (BIO_CB_READ | BIO_CB_RETURN)) {
        if (ret > 0 && processed) {
            if (trace->firstBytes.size() < 5) {
                trace->firstBytes.append(data, static_cast<qsizetype>(std::min<size_t>(
                                                   *processed, 5 - trace->firstBytes.size())));
            }
            trace->bytesRead += static_cast<qint64>(*processed);
        } else if (ret == 0) {
            trace->sawEof = true;
        } else if (!BIO_should_retry(bio)) {
            trace->lastErrno = errno;
        }
    } else if (operation == (BIO_CB_WRITE | BIO_CB_RETURN)) {
        if (ret > 0 && processed)
            trace->bytesWritten += static_cast<qint64>(*processed);
        else if (!BIO_should_retry(bio) && errno != 0 && errno != EAGAIN)
            trace->lastErrno = errno;
    }
    (void)length;
    return ret;
}

void infoCallback(const SSL *ssl, int where, int ret)
{
    // SSL_CB_READ_ALERT and SSL_CB_WRITE_ALERT share the SSL_CB_ALERT bit: only what
    // the peer sent counts.
    if (!(where & SSL_CB_ALERT))
        return;
    auto *trace = static_cast<WireTrace *>(SSL_get_app_data(ssl));
    if (!trace)
        return;
    if ((where & SSL_CB_READ) && trace->alertReceived < 0)
        trace->alertReceived = ret & 0xff;
    else if ((where & SSL_CB_WRITE) && trace->alertSent < 0)
        trace->alertSent = ret & 0xff;
}

QString openSslErrors()
{
    QStringList lines;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        lines << QString::fromLatin1(buffer);
    }
    return lines.join(QLatin1Char('\n'));
}

bool looksLikeTls(const QByteArray &firstBytes)
{
    if (firstBytes.isEmpty())
        return true;
    const auto type = static_cast<unsigned char>(firstBytes.at(0));
    if (type < 20 || type > 24) // change_cipher_spec .. heartbeat
        return false;
    return firstBytes.size() < 2 || firstBytes.at(1) == 3;
}

class Socket final
{
public:
    explicit Socket(int fd)
        : m_fd(fd)
    {}
    ~Socket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Socket(const Socket &) = delete;
    Socket &operator=(const Socket &) = delete;
    [[nodiscard]] int fd() const { return m_fd; }

private:
    int m_fd;
};

void runAttempt(SSL_CTX *ctx, const ProbeTarget &target, const sockaddr_storage &address,
                socklen_t addressLength, ProbeAttempt &attempt, TaskControl &control, int limitMs)
{
    Deadline deadline{{}, limitMs};
    deadline.clock.start();
    auto finish = [&](Outcome outcome) {
        attempt.outcome = outcome;
        attempt.elapsedMs = deadline.clock.elapsed();
    };

    Socket socket(::socket(address.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
    if (socket.fd() < 0) {
        attempt.error = systemError("socket", errno);
        return finish(Outcome::Unreachable);
    }
    const int one = 1;
    ::setsockopt(socket.fd(), IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);

    if (::connect(socket.fd(), reinterpret_cast<const sockaddr *>(&address), addressLength) != 0 &&
        errno != EINPROGRESS) {
        const int error = errno;
        attempt.error = systemError("connect", error);
        return finish(error == ECONNREFUSED ? Outcome::Refused : Outcome::Unreachable);
    }
    const int ready = waitFor(socket.fd(), POLLOUT, deadline, control);
    if (ready < 0)
        return finish(Outcome::Canceled);
    if (ready == 0) {
        attempt.error = QStringLiteral("connect: no answer within %1 ms").arg(limitMs);
        return finish(Outcome::Timeout);
    }
    int soError = 0;
    socklen_t soLength = sizeof soError;
    ::getsockopt(socket.fd(), SOL_SOCKET, SO_ERROR, &soError, &soLength);
    if (soError != 0) {
        attempt.error = systemError("connect", soError);
        switch (soError) {
        case ECONNREFUSED:
            return finish(Outcome::Refused);
        case ETIMEDOUT:
            return finish(Outcome::Timeout);
        default:
            return finish(Outcome::Unreachable);
        }
    }

    OpenSsl::SslPtr ssl(SSL_new(ctx));
    WireTrace trace;
    BIO *bio = BIO_new_socket(socket.fd(), BIO_NOCLOSE);
    BIO_set_callback_ex(bio, traceCallback);
    BIO_set_callback_arg(bio, reinterpret_cast<char *>(&trace));
    SSL_set_bio(ssl.get(), bio, bio);
    SSL_set_app_data(ssl.get(), &trace);
    SSL_set_info_callback(ssl.get(), infoCallback);
    if (!attempt.sni.isEmpty())
        SSL_set_tlsext_host_name(ssl.get(), attempt.sni.toUtf8().constData());
    // Verification against the name the user asked for, whatever SNI was sent: the
    // question is whether a client calling that host name would accept the certificate.
    QHostAddress literal;
    if (literal.setAddress(target.host))
        X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl.get()),
                                      target.host.toLatin1().constData());
    else
        SSL_set1_host(ssl.get(), target.host.toUtf8().constData());

    ERR_clear_error();
    Outcome outcome = Outcome::HandshakeOk;
    for (;;) {
        errno = 0;
        const int rc = SSL_connect(ssl.get());
        if (rc == 1)
            break;
        const int sslError = SSL_get_error(ssl.get(), rc);
        if (sslError == SSL_ERROR_WANT_READ || sslError == SSL_ERROR_WANT_WRITE) {
            const int revents = waitFor(
                socket.fd(), sslError == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT, deadline, control);
            if (revents < 0) {
                outcome = Outcome::Canceled;
                break;
            }
            if (revents == 0) {
                attempt.error =
                    QStringLiteral("TLS handshake: no answer within %1 ms").arg(limitMs);
                outcome = Outcome::Timeout;
                break;
            }
            continue;
        }
        const QString sslText = openSslErrors();
        if (trace.alertReceived >= 0) {
            outcome = Outcome::Alert;
            attempt.alert = tlsAlertName(trace.alertReceived);
        } else if (!looksLikeTls(trace.firstBytes)) {
            outcome = Outcome::NotTls;
        } else if (trace.lastErrno == ECONNRESET || trace.lastErrno == EPIPE) {
            outcome = Outcome::Reset;
        } else if (trace.lastErrno == ETIMEDOUT) {
            outcome = Outcome::Timeout;
        } else if (trace.sawEof || sslError == SSL_ERROR_ZERO_RETURN ||
                   sslError == SSL_ERROR_SYSCALL) {
            outcome = Outcome::Closed;
        } else {
            // A TLS-level failure without an alert from the peer (no shared protocol
            // version, an excessive message size): this side ended it.
            outcome = Outcome::Aborted;
            if (trace.alertSent >= 0)
                attempt.alert = tlsAlertName(trace.alertSent);
        }
        QStringList parts;
        if (trace.lastErrno != 0)
            parts << systemError(trace.lastErrno == EPIPE ? "write" : "read", trace.lastErrno);
        else if (outcome == Outcome::Closed)
            parts << QStringLiteral("unexpected EOF: the peer closed the connection");
        if (!sslText.isEmpty())
            parts << sslText;
        attempt.error = parts.join(QLatin1Char('\n'));
        break;
    }

    if (STACK_OF(X509) *chain = SSL_get_peer_cert_chain(ssl.get())) {
        for (int i = 0; i < sk_X509_num(chain); ++i)
            attempt.chain << CertificateInfo::fromX509(sk_X509_value(chain, i));
    }
    if (X509 *leaf = SSL_get0_peer_certificate(ssl.get()))
        attempt.certificateCoversHost = CertificateInfo::covers(leaf, target.host);

    if (outcome == Outcome::HandshakeOk) {
        attempt.protocol = QString::fromLatin1(SSL_get_version(ssl.get()));
        attempt.cipher = QString::fromLatin1(SSL_get_cipher_name(ssl.get()));
        const unsigned char *alpn = nullptr;
        unsigned int alpnLength = 0;
        SSL_get0_alpn_selected(ssl.get(), &alpn, &alpnLength);
        attempt.alpn = QString::fromLatin1(reinterpret_cast<const char *>(alpn),
                                           static_cast<qsizetype>(alpnLength));
        const long verify = SSL_get_verify_result(ssl.get());
        attempt.verified = verify == X509_V_OK;
        if (!attempt.verified)
            attempt.verifyError = QString::fromLatin1(X509_verify_cert_error_string(verify));
        SSL_shutdown(ssl.get()); // close_notify; the answer is not waited for
    }
    attempt.bytesSent = trace.bytesWritten;
    attempt.bytesReceived = trace.bytesRead;
    finish(outcome);
}

} // namespace

QString outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::HandshakeOk:
        return QStringLiteral("handshake_ok");
    case Outcome::Reset:
        return QStringLiteral("reset");
    case Outcome::Alert:
        return QStringLiteral("alert");
    case Outcome::Closed:
        return QStringLiteral("closed");
    case Outcome::Timeout:
        return QStringLiteral("timeout");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::Unreachable:
        return QStringLiteral("unreachable");
    case Outcome::DnsError:
        return QStringLiteral("dns_error");
    case Outcome::NotTls:
        return QStringLiteral("not_tls");
    case Outcome::Aborted:
        return QStringLiteral("aborted");
    case Outcome::Canceled:
        return QStringLiteral("canceled");
    }
    return {};
}

bool isConnectFailure(Outcome outcome)
{
    return outcome == Outcome::Refused || outcome == Outcome::Unreachable ||
           outcome == Outcome::DnsError;
}

Result<ProbeReport> runProbe(const ProbeTarget &target, TaskControl &control)
{
    if (target.host.trimmed().isEmpty())
        return Error(ProbeError::NoHost);
    if (target.port == 0)
        return Error(ProbeError::BadPort);
    if (target.timeoutMs <= 0)
        return Error(ProbeError::BadTimeout);

    const SigpipeGuard sigpipe; // the attempts write to peers that reset on purpose
    // Worker threads (a thread pool's) outlive the probe: free OpenSSL's per-thread
    // state (the error queue) when it returns, not when the thread someday ends.
    const struct ThreadStateRelease
    {
        ~ThreadStateRelease() { OPENSSL_thread_stop(); }
    } releaseThreadState;
    OpenSsl::SslCtxPtr ctx(SSL_CTX_new(TLS_client_method()));
    if (!target.caFile.isEmpty()) {
        // Said apart: a path typed wrong, a file this user may not read, a file that
        // holds no certificate.
        const QFileInfo ca(target.caFile);
        if (!ca.exists())
            return Error(ProbeError::CaFileMissing, {{"file", target.caFile}});
        QFile readable(target.caFile);
        if (ca.isDir() || !readable.open(QIODevice::ReadOnly))
            return Error(
                ProbeError::CaFileUnreadable,
                {{"file", target.caFile},
                 {"reason", ca.isDir() ? QStringLiteral("folder") : QStringLiteral("open")},
                 {"detail", readable.errorString()}});
        readable.close();
        if (SSL_CTX_load_verify_locations(ctx.get(), QFile::encodeName(target.caFile).constData(),
                                          nullptr) != 1) {
            return Error(ProbeError::BadCaFile,
                         {{"file", target.caFile}, {"detail", openSslErrors()}});
        }
    } else {
        SSL_CTX_set_default_verify_paths(ctx.get());
    }
    SSL_CTX_set_verify(ctx.get(), SSL_VERIFY_NONE, nullptr); // the result is reported, not enforced
    // What curl offers; an ingress that negotiates h2 shows it in the results.
    static const unsigned char alpn[] = "\x02h2\x08http/1.1";
    SSL_CTX_set_alpn_protos(ctx.get(), alpn, sizeof alpn - 1);

    ProbeReport report;
    report.target = target;
    const QList<SniChoice> choices{SniChoice::HostName, SniChoice::None, SniChoice::UnknownName};
    for (const SniChoice choice : choices) {
        ProbeAttempt attempt;
        attempt.sniChoice = choice;
        if (choice == SniChoice::HostName)
            attempt.sni = target.host;
        else if (choice == SniChoice::UnknownName)
            attempt.sni = QLatin1String(kUnknownProbeName);
        report.attempts << attempt;
    }

    control.setProgressRange(0, static_cast<int>(report.attempts.size()));
    Deadline dnsDeadline{{}, target.timeoutMs};
    dnsDeadline.clock.start();
    sockaddr_storage address{};
    socklen_t addressLength = 0;
    QString dnsError;
    const QString connectName =
        target.connectAddress.trimmed().isEmpty() ? target.host : target.connectAddress.trimmed();
    control.setProgress(0, QStringLiteral("resolve"));
    const ResolveStatus resolved =
        resolve(connectName, target.port, dnsDeadline, control, address, addressLength, dnsError);
    if (resolved != ResolveStatus::Resolved) {
        for (ProbeAttempt &attempt : report.attempts) {
            attempt.outcome =
                resolved == ResolveStatus::Canceled ? Outcome::Canceled : Outcome::DnsError;
            attempt.error = dnsError;
            attempt.elapsedMs = dnsDeadline.clock.elapsed();
        }
        report.canceled = resolved == ResolveStatus::Canceled;
        report.findings = probeFindings(target, report.attempts);
        return report;
    }
    report.address = addressToString(address);
    qCDebug(logProbe) << "probing" << target.host << "port" << target.port << "at"
                      << report.address;

    // The three attempts at once, each on a thread of its own: the probe lasts one
    // timeout at most (name resolution included), not three.
    const int limitMs = dnsDeadline.remainingMs();
    control.setProgress(0, outcomeId(Outcome::HandshakeOk));
    ProbeAttempt *slots = report.attempts.data(); // detached here, before the threads
    std::vector<std::thread> workers;
    workers.reserve(size_t(report.attempts.size()));
    for (qsizetype i = 0; i < report.attempts.size(); ++i) {
        workers.emplace_back([&, attempt = slots + i] {
            const SigpipeGuard threadSigpipe; // a peer's reset must not kill the process
            runAttempt(ctx.get(), target, address, addressLength, *attempt, control, limitMs);
            OPENSSL_thread_stop();
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    for (const ProbeAttempt &attempt : std::as_const(report.attempts)) {
        qCDebug(logProbe) << "attempt with SNI"
                          << (attempt.sni.isEmpty() ? QStringLiteral("(none)") : attempt.sni)
                          << "->" << outcomeId(attempt.outcome) << attempt.alert << attempt.error
                          << attempt.elapsedMs << "ms";
        if (attempt.outcome == Outcome::Canceled)
            report.canceled = true;
    }
    control.setProgress(static_cast<int>(report.attempts.size()), QString());
    report.findings = probeFindings(target, report.attempts);
    return report;
}

} // namespace SniDoctor
