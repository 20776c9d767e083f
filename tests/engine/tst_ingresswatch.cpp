// IngressWatch against the fake API server on loopback: follow streams that stay open
// and get lines over time (chunked), a pod that joins mid-watch, a stream that ends
// and is opened again, a line too long to hold.
#include "cluster/ingresswatch.h"
#include "cluster/kubeconfig.h"
#include "kubeapi.h"

#include <QSignalSpy>
#include <QtTest>

using namespace SniDoctor;

namespace {

constexpr auto kPod = "apigee-ingressgateway-ext-ingress-myorg-hyb-8f2c412-dvrcp";
constexpr auto kCrashing = "apigee-ingressgateway-ext-ingress-myorg-hyb-8f2c412-wg26k";
constexpr int kWait = 15000;

QByteArray refusal(const QByteArray &client)
{
    return R"({"start_time":"2026-12-03T08:35:00.117Z","remote_address":")" + client +
           R"(:19432","status_details":"filter_chain_not_found","request":"- - -","status":0,)"
           R"("upstream_response_flags":"NR","sni_host":null,"tls_protocol":null})";
}

KubeConnection connectionFor(const QString &kubeconfig)
{
    const auto config = loadKubeconfig({kubeconfig}, true);
    if (!config)
        return KubeConnection();
    const auto connection = kubeConnection(config.value(), QStringLiteral("fixture"));
    return connection ? connection.value() : KubeConnection();
}

WatchOptions fastOptions()
{
    WatchOptions options;
    options.podPollMs = 100;
    options.retryMs = 50;
    options.maxRetryMs = 200;
    return options;
}

// The connections seen, by client.
struct Seen
{
    explicit Seen(IngressWatch &watch)
    {
        QObject::connect(&watch, &IngressWatch::connectionSeen,
                         [this](const WatchedConnection &connection) { all << connection; });
    }
    [[nodiscard]] int count(const QString &client) const
    {
        return int(std::count_if(all.begin(), all.end(), [&client](const WatchedConnection &c) {
            return c.client == client;
        }));
    }
    QList<WatchedConnection> all;
};

} // namespace

class tst_IngressWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seesARefusalWrittenAfterItStarted();
    void aPodJoinsMidWatch();
    void streamOpenedAgainWithoutRepeats();
    void longLineIsCut();
    void firstListFailing();
};

void tst_IngressWatch::seesARefusalWrittenAfterItStarted()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, {});
    QVERIFY(fixture.start());
    fixture.writeLogLine(QLatin1String(kPod), refusal("10.9.9.9")); // before the watch: not news
    fixture.setLogTicker(30);
    IngressWatch watch(connectionFor(fixture.writeKubeconfig()), QStringLiteral("apigee"),
                       fastOptions());
    Seen seen(watch);
    QSignalSpy followed(&watch, &IngressWatch::podFollowed);
    watch.start();
    QTRY_COMPARE_WITH_TIMEOUT(fixture.openLogStreams(QLatin1String(kPod)), 1, kWait);
    QCOMPARE(followed.size(), 1); // the crash-looping pod has no running container to follow
    QCOMPARE(followed.first().first().toString(), QLatin1String(kPod));
    QCOMPARE(fixture.openLogStreams(QLatin1String(kCrashing)), 0);
    QVERIFY(fixture.logRequests.last().contains(QLatin1String("follow=true")));
    QVERIFY(fixture.logRequests.last().contains(QLatin1String("tailLines=0")));
    QVERIFY(fixture.logRequests.last().contains(QLatin1String("container=istio-proxy")));
    QTRY_VERIFY_WITH_TIMEOUT(watch.records() > 2, kWait); // the ticker's served connections

    fixture.writeLogLine(QLatin1String(kPod), refusal("10.138.0.28"));
    QTRY_COMPARE_WITH_TIMEOUT(seen.count(QStringLiteral("10.138.0.28")), 1, kWait);
    const WatchedConnection &refused = seen.all.last();
    QCOMPARE(refused.pod, QLatin1String(kPod));
    QCOMPARE(refused.remoteAddress, QStringLiteral("10.138.0.28:19432"));
    QVERIFY(refused.sni.isEmpty());
    QCOMPARE(refused.logClass, LogClass::NonSniRefused);
    QVERIFY(refused.refused());
    QCOMPARE(refused.statusDetails, QStringLiteral("filter_chain_not_found"));
    QCOMPARE(refused.ms,
             QDateTime::fromString(QStringLiteral("2026-12-03T08:35:00.117Z"), Qt::ISODateWithMs)
                 .toMSecsSinceEpoch());
    QCOMPARE(seen.count(QStringLiteral("10.9.9.9")), 0);
    QCOMPARE(seen.count(QStringLiteral("10.0.0.7")), 0); // served: not announced
    QCOMPARE(watch.refusals(), 1);

    QSignalSpy stopped(&watch, &IngressWatch::stopped);
    watch.stop();
    QCOMPARE(stopped.size(), 1);
    QVERIFY(!watch.isRunning());
    const AccessLogSummary summary = watch.summary();
    QCOMPARE(summary.count(LogClass::NonSniRefused), 1);
    QVERIFY(summary.count(LogClass::Ok) > 2);
    QCOMPARE(summary.clients.value(0).address, QStringLiteral("10.138.0.28"));
    QCOMPARE(summary.findings.value(0).id, QStringLiteral("log_non_sni_refused"));
    QTRY_COMPARE_WITH_TIMEOUT(fixture.openLogStreams(QLatin1String(kPod)), 0, kWait);
}

void tst_IngressWatch::aPodJoinsMidWatch()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, {});
    QVERIFY(fixture.start());
    fixture.setLogTicker(30);
    IngressWatch watch(connectionFor(fixture.writeKubeconfig()), QStringLiteral("apigee"),
                       fastOptions());
    Seen seen(watch);
    QSignalSpy followed(&watch, &IngressWatch::podFollowed);
    watch.start();
    QTRY_COMPARE_WITH_TIMEOUT(followed.size(), 1, kWait);

    // A new pod starts and logs before the watch sees it: its whole log is news.
    const QString joined =
        QStringLiteral("apigee-ingressgateway-ext-ingress-myorg-hyb-8f2c412-n3w");
    fixture.writeLogLine(joined, refusal("10.1.1.1"));
    fixture.addIngressPod(joined);
    QTRY_COMPARE_WITH_TIMEOUT(followed.size(), 2, kWait);
    QCOMPARE(followed.last().first().toString(), joined);
    QTRY_COMPARE_WITH_TIMEOUT(seen.count(QStringLiteral("10.1.1.1")), 1, kWait);
    QCOMPARE(seen.all.last().pod, joined);
    QTRY_COMPARE_WITH_TIMEOUT(fixture.openLogStreams(joined), 1, kWait);
    fixture.writeLogLine(joined, refusal("10.1.1.2"));
    fixture.writeLogLine(QLatin1String(kPod), refusal("10.1.1.3"));
    QTRY_COMPARE_WITH_TIMEOUT(seen.count(QStringLiteral("10.1.1.2")), 1, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(seen.count(QStringLiteral("10.1.1.3")), 1, kWait);
    QCOMPARE(watch.pods(), (QStringList{QLatin1String(kPod), joined}));

    // The pod is deleted: it leaves the watch, and its stream is closed.
    QSignalSpy left(&watch, &IngressWatch::podLeft);
    fixture.removeIngressPod(joined);
    QTRY_COMPARE_WITH_TIMEOUT(left.size(), 1, kWait);
    QCOMPARE(left.first().first().toString(), joined);
    QCOMPARE(watch.pods(), QStringList{QLatin1String(kPod)});
    QTRY_COMPARE_WITH_TIMEOUT(fixture.openLogStreams(joined), 0, kWait);
    watch.stop();
}

void tst_IngressWatch::streamOpenedAgainWithoutRepeats()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, {});
    QVERIFY(fixture.start());
    IngressWatch watch(connectionFor(fixture.writeKubeconfig()), QStringLiteral("apigee"),
                       fastOptions());
    Seen seen(watch);
    watch.start();
    QTRY_COMPARE_WITH_TIMEOUT(fixture.openLogStreams(QLatin1String(kPod)), 1, kWait);
    fixture.writeLogLine(QLatin1String(kPod), refusal("10.2.2.1"));
    QTRY_COMPARE_WITH_TIMEOUT(seen.count(QStringLiteral("10.2.2.1")), 1, kWait);
    const int asked = int(fixture.logRequests.size());

    // The container restarts: the stream ends while the pod still runs.
    fixture.endLogStreams(QLatin1String(kPod));
    QTRY_VERIFY_WITH_TIMEOUT(fixture.logRequests.size() > asked, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(fixture.openLogStreams(QLatin1String(kPod)), 1, kWait);
    // From the last line's time on (the fixture sends that second again), not from now.
    QVERIFY(fixture.logRequests.last().contains(QLatin1String("sinceTime=")));
    fixture.writeLogLine(QLatin1String(kPod), refusal("10.2.2.2"));
    QTRY_COMPARE_WITH_TIMEOUT(seen.count(QStringLiteral("10.2.2.2")), 1, kWait);
    QCOMPARE(seen.count(QStringLiteral("10.2.2.1")), 1); // not read twice
    watch.stop();
}

void tst_IngressWatch::longLineIsCut()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, {});
    QVERIFY(fixture.start());
    WatchOptions options = fastOptions();
    options.maxLineBytes = 64 * 1024;
    IngressWatch watch(connectionFor(fixture.writeKubeconfig()), QStringLiteral("apigee"), options);
    Seen seen(watch);
    watch.start();
    QTRY_COMPARE_WITH_TIMEOUT(fixture.openLogStreams(QLatin1String(kPod)), 1, kWait);
    fixture.writeLogLine(QLatin1String(kPod), "{\"start_time\":\"" + QByteArray(1 << 20, 'x'));
    fixture.writeLogLine(QLatin1String(kPod), refusal("10.3.3.3"));
    QTRY_COMPARE_WITH_TIMEOUT(seen.count(QStringLiteral("10.3.3.3")), 1, kWait);
    const AccessLogSummary summary = watch.summary();
    QCOMPARE(summary.unparsedLines, 1);
    QVERIFY(summary.unparsed.value(0).excerpt.startsWith(QLatin1String("[pod/")));
    watch.stop();
}

void tst_IngressWatch::firstListFailing()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, {});
    QVERIFY(fixture.start());
    IngressWatch watch(connectionFor(fixture.writeKubeconfig(QStringLiteral("expired-token"))),
                       QStringLiteral("apigee"), fastOptions());
    QSignalSpy failed(&watch, &IngressWatch::failed);
    QSignalSpy stopped(&watch, &IngressWatch::stopped);
    watch.start();
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, kWait);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<Error>().id(), QStringLiteral("kube_unauthorized"));
    QVERIFY(!watch.isRunning());
}

QTEST_GUILESS_MAIN(tst_IngressWatch)
#include "tst_ingresswatch.moc"
