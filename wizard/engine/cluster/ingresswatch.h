#pragma once

#include "accesslog/accesslogsummary.h"
#include "cluster/kubeclient.h"
#include "core/error.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTimer;

namespace SniDoctor {

class AccessLogAnalyzer;

// One connection the ingress refused or failed, as a pod's access log recorded it.
struct WatchedConnection
{
    qint64 ms = -1; // start_time (else the kubelet's time), ms since the epoch, UTC; -1: unknown
    QString pod;
    QString client;        // remote_address without the ephemeral port
    QString remoteAddress; // as logged: "10.138.0.28:19432"
    QString sni;           // empty: the client sent none
    LogClass logClass = LogClass::Ok;
    QString statusDetails; // "filter_chain_not_found"; empty when unset
    QString responseFlags; // "NR"; empty when unset

    // Refused during the handshake: no SNI, or an SNI no filter chain serves.
    [[nodiscard]] bool refused() const
    {
        return logClass == LogClass::NonSniRefused || logClass == LogClass::UnknownSniRefused;
    }
};

struct WatchOptions
{
    int podPollMs = 2000;      // the pod list is read again this often: new pods join within it
    int listTimeoutMs = 15000; // idle timeout of one pod list
    int idleMs = 300000;       // a log stream silent this long is opened again
    int retryMs = 1000;        // first wait before a stream that ended is opened again
    int maxRetryMs = 10000;    // the wait doubles up to this
    qsizetype maxLineBytes = 1 << 20; // a longer line is cut (counted as unparsed), never held
    QString podSelector; // kubectl -l for other layouts; empty: app=apigee-ingressgateway
};

// Follows the access log of every ingress gateway pod (label app=apigee-ingressgateway,
// or options.podSelector)
// at once, as `stern` or `kubectl logs -f --prefix` would: the pods running at start()
// from the moment it is called (tailLines=0), pods that start later from their first
// line, each through a stream of its own (follow=true) that is opened again, without
// repeating lines, when it ends while its pod still runs. Every line goes through one
// AccessLogAnalyzer (the same reading as step 2's); each refused or failed connection is
// announced as it is read. Memory is bounded: lines are cut at maxLineBytes, the analyzer
// keeps aggregates only. Asynchronous on the event loop of the thread that created it;
// never blocks. Ends on stop() or a fatal error; delete it with deleteLater() from its
// own signals.
class IngressWatch final : public QObject
{
    Q_OBJECT

public:
    IngressWatch(const KubeConnection &connection, const QString &ns,
                 const WatchOptions &options = {}, QObject *parent = nullptr);
    ~IngressWatch() override;

    // Lists the pods and starts following them. A first list that fails ends the watch
    // with failed(); later failures of the list are tried again at the next poll.
    void start();
    // Ends every stream and emits stopped(). Safe to call from any of its signals.
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }

    // Everything read so far, as step 2's analysis of the same lines.
    [[nodiscard]] AccessLogSummary summary() const;
    // The pods whose logs are followed now, by name.
    [[nodiscard]] QStringList pods() const;
    [[nodiscard]] qint64 records() const { return m_records; }
    [[nodiscard]] qint64 refusals() const { return m_refusals; }
    [[nodiscard]] const QString &ns() const { return m_ns; }
    [[nodiscard]] QDateTime startedAt() const { return m_startedAt; }

Q_SIGNALS:
    // A refused or failed connection (not the served ones), as soon as its line is read.
    void connectionSeen(const SniDoctor::WatchedConnection &connection);
    // A pod's log is followed: at start, and when a pod joins.
    void podFollowed(const QString &pod);
    // A pod left the list (deleted or replaced): its log is no longer followed.
    void podLeft(const QString &pod);
    // The watch cannot go on: the first pod list failed, or the logs may not be read
    // (401, 403). stopped() follows.
    void failed(const SniDoctor::Error &error);
    void stopped();

private:
    struct Follower;
    void listPods(bool first);
    void onPods(const QList<IngressPod> &pods, bool first);
    void follow(const std::shared_ptr<Follower> &follower);
    void onChunk(Follower &follower, const QByteArray &data);
    void onLine(Follower &follower, QByteArrayView line);
    void onStreamEnd(const std::shared_ptr<Follower> &follower, const Error &error);
    void drop(const QString &pod);
    void fail(const Error &error);

    KubeConnection m_connection;
    QString m_ns;
    WatchOptions m_options;
    KubeClient *m_lister = nullptr;
    QTimer *m_poll = nullptr;
    std::unique_ptr<AccessLogAnalyzer> m_analyzer;
    QHash<QString, std::shared_ptr<Follower>> m_followers;
    QString m_currentPod; // the pod whose line the analyzer reads now
    QDateTime m_startedAt;
    qint64 m_records = 0;
    qint64 m_refusals = 0;
    bool m_running = false;
    bool m_listing = false;
};

} // namespace SniDoctor
