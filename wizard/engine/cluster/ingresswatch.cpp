#include "ingresswatch.h"

#include "accesslog/accessloganalyzer.h"
#include "cluster/clustererror.h"
#include "core/logging.h"

#include <QTimer>

#include <cstring>

namespace SniDoctor {

namespace {

constexpr qsizetype kCutLineBytes = 4096; // what the analyzer sees of a line that was cut

// The kubelet's time at the start of a line (--timestamps, RFC 3339 with up to nine
// digits of fraction, trailing zeros dropped) as text that sorts in time order:
// "2026-12-03T08:35:00.123400000". Empty when the line starts otherwise.
QByteArray timeKey(QByteArrayView line)
{
    const qsizetype space = line.indexOf(' ');
    if (space < 20 || space > 40 || line[4] != '-' || line[10] != 'T' || line[space - 1] != 'Z')
        return {};
    const QByteArrayView stamp = line.first(space - 1);
    QByteArray key = stamp.first(19).toByteArray();
    QByteArray fraction =
        stamp.size() > 20 && stamp[19] == '.' ? stamp.sliced(20).toByteArray() : QByteArray();
    key += '.' + fraction.leftJustified(9, '0', true);
    return key;
}

QString fieldText(const AccessLogField &field)
{
    return field.isSet() ? QString::fromUtf8(field.text.data(), qsizetype(field.text.size()))
                         : QString();
}

} // namespace

struct IngressWatch::Follower
{
    QString pod;
    QString container;
    bool joined = false;          // started after the watch: read from its first line
    KubeClient *client = nullptr; // its own, so that dropping one stream leaves the others
    std::shared_ptr<bool> alive = std::make_shared<bool>(true);
    QByteArray prefix; // "[pod/NAME/CONTAINER] ", as kubectl logs --prefix writes it
    QByteArray carry;  // a line split across chunks (at most maxLineBytes)
    bool skipping = false;
    QByteArray lastTime;  // the kubelet's time of the last line read, as written
    QByteArray lastKey;   // the same as timeKey()
    QByteArray resumeKey; // after a reconnect: lines up to this time were read already
    int retryMs = 0;
    QTimer *retry = nullptr;
};

IngressWatch::IngressWatch(const KubeConnection &connection, const QString &ns,
                           const WatchOptions &options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_ns(ns)
    , m_options(options)
    , m_analyzer(std::make_unique<AccessLogAnalyzer>())
{
    m_analyzer->setRecordObserver([this](const AccessLogLine &line, LogClass logClass, qint64 ms) {
        ++m_records;
        if (logClass == LogClass::Ok)
            return;
        WatchedConnection seen;
        seen.ms = ms;
        seen.pod = m_currentPod;
        seen.remoteAddress = fieldText(line.remoteAddress);
        if (line.remoteAddress.isSet()) {
            const std::string_view address = accessLogClientAddress(line.remoteAddress.text);
            seen.client = QString::fromUtf8(address.data(), qsizetype(address.size()));
        }
        seen.sni = fieldText(line.sniHost);
        seen.logClass = logClass;
        seen.statusDetails = fieldText(line.statusDetails);
        seen.responseFlags = fieldText(line.responseFlags);
        if (seen.refused())
            ++m_refusals;
        Q_EMIT connectionSeen(seen);
    });
}

IngressWatch::~IngressWatch()
{
    for (const std::shared_ptr<Follower> &follower : std::as_const(m_followers))
        *follower->alive = false;
}

void IngressWatch::start()
{
    if (m_running)
        return;
    m_running = true;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_analyzer->beginInput(QStringLiteral("watch"));
    m_lister = new KubeClient(m_connection, this);
    m_poll = new QTimer(this);
    m_poll->setInterval(m_options.podPollMs);
    connect(m_poll, &QTimer::timeout, this, [this] { listPods(false); });
    listPods(true);
}

void IngressWatch::stop()
{
    if (!m_running)
        return;
    m_running = false;
    for (const std::shared_ptr<Follower> &follower : std::as_const(m_followers)) {
        *follower->alive = false;
        if (follower->retry)
            follower->retry->stop();
        // Deleted later: stop() may be called from inside one of its callbacks.
        follower->client->deleteLater();
    }
    m_followers.clear();
    if (m_poll)
        m_poll->stop();
    if (m_lister) {
        m_lister->cancel();
        m_lister->deleteLater();
        m_lister = nullptr;
    }
    Q_EMIT stopped();
}

AccessLogSummary IngressWatch::summary() const
{
    return m_analyzer->summary();
}

QStringList IngressWatch::pods() const
{
    QStringList names = m_followers.keys();
    names.sort();
    return names;
}

void IngressWatch::listPods(bool first)
{
    if (!m_running || m_listing)
        return;
    m_listing = true;
    m_lister->listIngressPods(
        m_ns, m_options.listTimeoutMs,
        [this, first](const Result<QList<IngressPod>> &pods) {
            m_listing = false;
            if (!m_running)
                return;
            if (!pods) {
                if (first) {
                    fail(pods.error());
                    return;
                }
                // A passing failure (a timeout, an API server restarting): the streams go
                // on, and the next poll asks again.
                qCDebug(logCluster) << "watch: pod list failed:" << pods.error().id();
            } else {
                onPods(pods.value(), first);
            }
            if (m_running && !m_poll->isActive())
                m_poll->start();
        },
        m_options.podSelector);
}

void IngressWatch::onPods(const QList<IngressPod> &pods, bool first)
{
    QStringList listed;
    for (const IngressPod &pod : pods) {
        listed << pod.name;
        // Only a running container has a log to follow; a pod still starting is taken
        // at a later poll, from its first line.
        if (m_followers.contains(pod.name) || pod.status != QLatin1String("Running"))
            continue;
        auto follower = std::make_shared<Follower>();
        follower->pod = pod.name;
        follower->container = pod.logContainer();
        follower->joined = !first;
        follower->prefix = "[pod/" + pod.name.toUtf8() + '/' + follower->container.toUtf8() + "] ";
        follower->client = new KubeClient(m_connection, this);
        follower->client->setRequestTimeout(-1); // a followed log has no overall deadline
        m_followers.insert(pod.name, follower);
        follow(follower);
        Q_EMIT podFollowed(pod.name);
    }
    const QStringList followed = m_followers.keys();
    for (const QString &pod : followed) {
        if (!listed.contains(pod))
            drop(pod);
    }
}

void IngressWatch::follow(const std::shared_ptr<Follower> &follower)
{
    follower->carry.clear();
    follower->skipping = false;
    QString since;
    int tail = 0; // a pod that ran before the watch: only what it writes from now on
    if (!follower->lastTime.isEmpty()) {
        // Again after the stream ended: from the last line's second on, the lines read
        // already skipped by their time.
        since = QString::fromLatin1(follower->lastTime);
        follower->resumeKey = follower->lastKey;
    } else if (follower->joined) {
        tail = -1;
    }
    std::weak_ptr<Follower> weak = follower;
    const std::shared_ptr<bool> alive = follower->alive;
    follower->client->followPodLog(
        m_ns, follower->pod, follower->container, since, tail, m_options.idleMs,
        [this, weak, alive](const QByteArray &data) {
            if (*alive)
                if (const auto strong = weak.lock())
                    onChunk(*strong, data);
        },
        [this, weak, alive](const Error &error) {
            if (*alive)
                if (const auto strong = weak.lock())
                    onStreamEnd(strong, error);
        });
}

void IngressWatch::onChunk(Follower &follower, const QByteArray &data)
{
    follower.retryMs = 0; // it streams: a later end waits the first delay again
    const std::shared_ptr<bool> alive = follower.alive;
    qsizetype at = 0;
    while (at < data.size() && *alive) {
        const qsizetype newline = data.indexOf('\n', at);
        const qsizetype end = newline < 0 ? data.size() : newline;
        const QByteArrayView piece(data.constData() + at, end - at);
        if (follower.skipping) {
            follower.skipping = newline < 0;
        } else if (follower.carry.isEmpty() && newline >= 0) {
            onLine(follower, piece);
        } else if (follower.carry.size() + piece.size() > m_options.maxLineBytes) {
            // Too long to be an access-log record: its start is read (and counted as a
            // line that is not one), the rest is skipped up to its end.
            QByteArray start = follower.carry.left(kCutLineBytes);
            start.append(piece.first(std::min(piece.size(), kCutLineBytes - start.size())));
            follower.carry.clear();
            follower.skipping = newline < 0;
            onLine(follower, start);
        } else {
            follower.carry.append(piece);
            if (newline >= 0) {
                const QByteArray line = std::exchange(follower.carry, {});
                onLine(follower, line);
            }
        }
        at = newline < 0 ? data.size() : newline + 1;
    }
}

void IngressWatch::onLine(Follower &follower, QByteArrayView line)
{
    const QByteArray key = timeKey(line);
    if (!key.isEmpty()) {
        if (!follower.resumeKey.isEmpty()) {
            if (key <= follower.resumeKey)
                return; // read before the stream was opened again
            follower.resumeKey.clear();
        }
        follower.lastKey = key;
        follower.lastTime = line.first(line.indexOf(' ')).toByteArray();
    }
    // As `kubectl logs --prefix --timestamps` writes it, which the analyzer reads.
    QByteArray prefixed;
    prefixed.reserve(follower.prefix.size() + line.size() + 1);
    prefixed += follower.prefix;
    prefixed += line;
    prefixed += '\n';
    m_currentPod = follower.pod;
    m_analyzer->feed(prefixed.constData(), prefixed.size());
}

void IngressWatch::onStreamEnd(const std::shared_ptr<Follower> &follower, const Error &error)
{
    if (!m_running)
        return;
    if (error.is(ClusterError::Unauthorized) || error.is(ClusterError::Forbidden)) {
        fail(error); // no pod's log may be read: nothing to wait for
        return;
    }
    if (error.is(ClusterError::NotFound)) {
        drop(follower->pod); // the pod is gone
        return;
    }
    // The container restarted, the kubelet or a proxy closed the stream, it was idle
    // too long: opened again while the pod is listed.
    qCDebug(logCluster) << "watch: log stream of" << follower->pod << "ended:" << error.id();
    follower->retryMs = follower->retryMs == 0
                            ? m_options.retryMs
                            : std::min(follower->retryMs * 2, m_options.maxRetryMs);
    if (!follower->retry) {
        follower->retry = new QTimer(follower->client);
        follower->retry->setSingleShot(true);
        std::weak_ptr<Follower> weak = follower;
        connect(follower->retry, &QTimer::timeout, this, [this, weak] {
            if (const auto strong = weak.lock(); strong && *strong->alive && m_running)
                follow(strong);
        });
    }
    follower->retry->start(follower->retryMs);
}

void IngressWatch::drop(const QString &pod)
{
    const std::shared_ptr<Follower> follower = m_followers.take(pod);
    if (!follower)
        return;
    *follower->alive = false;
    if (follower->retry)
        follower->retry->stop();
    follower->client->deleteLater();
    Q_EMIT podLeft(pod);
}

void IngressWatch::fail(const Error &error)
{
    if (!m_running)
        return;
    Q_EMIT failed(error);
    stop();
}

} // namespace SniDoctor
