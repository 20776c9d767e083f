#pragma once

#include "cluster/kubeclient.h"
#include "core/error.h"
#include "core/result.h"
#include "core/taskcontrol.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;
class QTimer;
class QWebSocket;

namespace SniDoctor {

struct ClusterRequest;

// Why a port-forward cannot be opened or a stream of it failed. The stable id of each is
// in the comment. A 401 and the transport's failures (TLS, proxy, unreachable) come as
// the cluster's own errors (kube_unauthorized, kube_tls, ...).
enum class PortForwardError
{
    Listen,         // portforward_listen {reason}: no loopback port
    NotSupported,   // portforward_unsupported {server, status, reason, command}
    Forbidden,      // portforward_forbidden {namespace, pod, message}
    PodNotFound,    // portforward_pod_not_found {namespace, pod, message}
    Tls,            // portforward_tls {server, reason}: the WebSocket's own TLS failure
    Deadline,       // portforward_deadline {server, seconds}: no upgrade in time
    Remote,         // portforward_remote {pod, port, message}: the error channel's text
    Stream,         // portforward_stream {pod, port, reason}: a stream's WebSocket failed
    SlowClient,     // portforward_stream {pod, port, limit}: the local client stopped reading
    Canceled,       // portforward_canceled
    KubectlFailed,  // portforward_kubectl_failed {command, output}: it exited or never said
                    // where it listens; output is its own (bounded)
    KubectlTimeout, // portforward_kubectl_failed {command, seconds}
};
[[nodiscard]] const ErrorDomain &errorDomain(PortForwardError);

// The subprotocol of the API server's WebSocket port-forward (the kubelet's channel
// protocol, version 4): binary messages whose first byte is the channel (port index * 2
// for data, * 2 + 1 for errors); the first message on each channel carries the port,
// 2 bytes little-endian.
inline constexpr char kPortForwardSubprotocol[] = "v4.channel.k8s.io";

struct PortForwardOptions
{
    QString ns;
    QString pod;
    quint16 podPort = 443;
    int upgradeTimeoutMs = 15000;      // the WebSocket upgrade of each stream
    qint64 maxBufferedBytes = 1 << 20; // per stream and direction
    int maxStreams = 32;               // connections at once; more are refused
    QString kubeconfig;                // for the kubectl command shown (empty: default)
};

// The command a user runs when this program cannot forward itself:
// "kubectl [--kubeconfig F] [--context C] port-forward -n NS pod/POD LOCAL:PORT".
// localPort 0 lets kubectl choose (":PORT").
[[nodiscard]] QStringList kubectlPortForwardArguments(const QString &kubeconfig,
                                                      const QString &context, const QString &ns,
                                                      const QString &pod, quint16 localPort,
                                                      quint16 podPort);
[[nodiscard]] QString kubectlPortForwardCommand(const QString &kubeconfig, const QString &context,
                                                const QString &ns, const QString &pod,
                                                quint16 localPort, quint16 podPort);

// kubectl port-forward's "Forwarding from 127.0.0.1:NNNN -> PORT" in output: NNNN, or 0.
[[nodiscard]] quint16 kubectlForwardingPort(const QByteArray &output);

// Forwards connections to a loopback port to a pod's port through the Kubernetes API,
// as `kubectl port-forward` does, without kubectl: each accepted connection gets a
// WebSocket of its own to /api/v1/namespaces/NS/pods/POD/portforward?ports=PORT
// (subprotocol v4.channel.k8s.io) with the connection's TLS settings and credentials
// (KubeClient::requestParts), and bytes are relayed both ways, at most
// maxBufferedBytes waiting in each direction. A reset of the pod's connection (the
// error channel says "connection reset by peer") resets the local one, so that a
// probe through the forward sees what it would see at the pod.
// Lives on the thread that created it (or was moved to); needs that thread's event loop.
class PortForward final : public QObject
{
    Q_OBJECT

public:
    PortForward(const KubeConnection &connection, PortForwardOptions options,
                QObject *parent = nullptr);
    ~PortForward() override; // closes every stream and the listener

    // Opens one WebSocket to check the upgrade (credentials, RBAC, support), closes it,
    // then listens on 127.0.0.1 on a port the system chooses. done is called once, on
    // this object's thread, with that port or why not: after upgradeTimeoutMs at most,
    // plus one plain request (same timeout) that asks the server why an upgrade failed.
    // When that request needed the credential plugin run again (a 401), the check is
    // made once more with the new credential.
    void start(std::function<void(const Result<quint16> &)> done);
    // Stops listening and closes every stream (the local connections are closed).
    void close();

    [[nodiscard]] quint16 localPort() const;
    // kubectlPortForwardCommand for this forward, with localPort (8443 before start).
    [[nodiscard]] QString kubectlCommand() const;
    // What went wrong in streams since start, in order (bounded: the first 20).
    [[nodiscard]] QList<Error> streamErrors() const { return m_streamErrors; }
    // Streams opened since start, for tests and the report.
    [[nodiscard]] int streamsOpened() const { return m_streamsOpened; }

Q_SIGNALS:
    void streamFailed(const SniDoctor::Error &error);

private:
    struct Stream;
    QWebSocket *openWebSocket(Stream &stream);
    void accept();
    void onMessage(Stream &stream, const QByteArray &message);
    void pumpLocal(Stream &stream);
    void finishStream(Stream *stream, const Error &error, bool resetLocal);
    void diagnose(const QString &wsError, const QStringList &tlsErrors,
                  const QList<QPair<QByteArray, QByteArray>> &headersUsed,
                  std::function<void(const Result<quint16> &)> done);
    void recordError(const Error &error);
    [[nodiscard]] QString path() const;

    KubeConnection m_connection;
    PortForwardOptions m_options;
    KubeClient *m_client;
    QTcpServer *m_server;
    QList<Stream *> m_streams;
    QList<Error> m_streamErrors;
    int m_streamsOpened = 0;
    bool m_checkRepeated = false;
};

// A port-forward running on a thread of its own, for blocking callers: the command
// line, or an automatic diagnosis on a worker thread, which then probes
// address():port() (ProbeTarget::connectAddress and port, with the API host name as
// SNI) from any thread while the forward relays. Destroying it closes the forward and
// joins its thread.
class PortForwardSession final
{
public:
    ~PortForwardSession();
    PortForwardSession(const PortForwardSession &) = delete;
    PortForwardSession &operator=(const PortForwardSession &) = delete;

    [[nodiscard]] QString address() const { return QStringLiteral("127.0.0.1"); }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString kubectlCommand() const { return m_command; }
    // The forward's streamErrors(), copied from its thread (thread-safe).
    [[nodiscard]] QList<Error> streamErrors() const;
    [[nodiscard]] int streamsOpened() const;

private:
    friend Result<std::unique_ptr<PortForwardSession>>
    startPortForward(const KubeConnection &, const PortForwardOptions &, TaskControl &);
    PortForwardSession() = default;
    struct Thread;
    std::unique_ptr<Thread> m_thread;
    PortForward *m_forward = nullptr; // lives on m_thread
    quint16 m_port = 0;
    QString m_command;
};

// Starts a forward to options.pod's options.podPort in options.ns (PortForward::start)
// on a new thread and waits for it: blocking, at most twice options.upgradeTimeoutMs;
// control.isCanceled() is checked every 50 ms (then PortForwardError::Canceled). On
// success the session's port() is the local port on 127.0.0.1. When the server does not
// support the WebSocket port-forward the error is portforward_unsupported with the
// kubectl command (KubectlPortForward runs it, with the user's consent).
[[nodiscard]] Result<std::unique_ptr<PortForwardSession>>
startPortForward(const KubeConnection &connection, const PortForwardOptions &options,
                 TaskControl &control);
// The same for a request (its kubeconfig, context and flags, as every cluster read
// takes them; an empty options.ns is the request's namespace, an empty
// options.kubeconfig the request's). Errors of the kubeconfig or credentials come as the
// cluster's.
[[nodiscard]] Result<std::unique_ptr<PortForwardSession>>
startPortForward(const ClusterRequest &request, PortForwardOptions options, TaskControl &control);

// `kubectl port-forward` as a child process: the fallback when the API server does not
// support the WebSocket port-forward, run only with the user's consent. Not a QObject:
// start() blocks until kubectl says where it listens, and the destructor stops kubectl.
class KubectlPortForward final
{
public:
    KubectlPortForward();
    ~KubectlPortForward(); // terminates kubectl (then kills it after 3 s) and waits
    KubectlPortForward(const KubectlPortForward &) = delete;
    KubectlPortForward &operator=(const KubectlPortForward &) = delete;

    // Runs program (kubectl, or its path) with kubectlPortForwardArguments(..., 0, podPort)
    // and --address 127.0.0.1 until it prints "Forwarding from 127.0.0.1:NNNN": returns
    // NNNN. Blocking, at most timeoutMs; control.isCanceled() is checked every 50 ms.
    // environment: kubectl's (the caller's by default).
    [[nodiscard]] Result<quint16> start(const QString &program, const QString &kubeconfig,
                                        const QString &context, const QString &ns,
                                        const QString &pod, quint16 podPort, int timeoutMs,
                                        TaskControl &control, const QStringList &environment = {});
    // The exact command run (without the program's path), for the report.
    [[nodiscard]] QString command() const { return m_command; }
    // What kubectl has printed so far (standard output and error, the first 64 KiB): its
    // "Handling connection" lines and its errors about the streams.
    [[nodiscard]] QString output();
    // Whether kubectl still runs (it exits when it loses the connection to the pod).
    [[nodiscard]] bool running() const;
    // Stops kubectl now (also done by the destructor).
    void stop();

private:
    struct Process;
    std::unique_ptr<Process> d;
    QString m_command;
};

} // namespace SniDoctor
