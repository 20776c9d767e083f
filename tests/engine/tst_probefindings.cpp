// The probe's reasoning, apart from the network: which attempts lead to which
// findings, the texts in both languages' source form, and the equivalent commands.
#include "core/shellquote.h"
#include "probe/endpointinput.h"
#include "probe/probetext.h"
#include "probe/tlsalerts.h"
#include "probe/tlsprobe.h"
#include <QProcess>

#include <QtTest>

using namespace SniDoctor;

namespace {

ProbeAttempt attempt(SniChoice choice, Outcome outcome, bool covers = true, qint64 sent = 300)
{
    ProbeAttempt a;
    a.sniChoice = choice;
    a.outcome = outcome;
    a.bytesSent = sent;
    a.certificateCoversHost = covers;
    if (outcome == Outcome::HandshakeOk) {
        CertificateInfo leaf;
        leaf.subject = QStringLiteral("CN=api-test.mydomain.com");
        leaf.issuer = QStringLiteral("CN=Example CA");
        leaf.sans = {QStringLiteral("DNS:api-test.mydomain.com")};
        leaf.sha256 = QStringLiteral("AB:CD");
        a.chain << leaf;
    }
    if (outcome == Outcome::Alert)
        a.alert = QStringLiteral("unrecognized_name");
    return a;
}

} // namespace

class tst_ProbeFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data();
    void findings();
    void textsForEveryFinding();
    void equivalentCommandsFollowTheTarget();
    void alertNames();
    void endpointInputs();
};

void tst_ProbeFindings::findings_data()
{
    QTest::addColumn<int>("withSni");
    QTest::addColumn<int>("withoutSni");
    QTest::addColumn<int>("unknownSni");
    QTest::addColumn<bool>("coversHost");
    QTest::addColumn<QStringList>("expected");

    const int ok = int(Outcome::HandshakeOk), reset = int(Outcome::Reset),
              alert = int(Outcome::Alert), timeout = int(Outcome::Timeout),
              refused = int(Outcome::Refused), dns = int(Outcome::DnsError),
              unreachable = int(Outcome::Unreachable), closed = int(Outcome::Closed),
              notTls = int(Outcome::NotTls), canceled = int(Outcome::Canceled);
    QTest::newRow("runbook: reset without SNI")
        << ok << reset << reset << true << QStringList{"non_sni_rejected"};
    QTest::newRow("alert without SNI")
        << ok << alert << alert << true << QStringList{"non_sni_rejected"};
    QTest::newRow("closed without SNI")
        << ok << closed << closed << true << QStringList{"non_sni_rejected"};
    QTest::newRow("timeout without SNI")
        << ok << timeout << timeout << true << QStringList{"non_sni_rejected"};
    QTest::newRow("wildcard route") << ok << ok << ok << true << QStringList{"non_sni_accepted"};
    QTest::newRow("wildcard, other certificate")
        << ok << ok << reset << false << QStringList{"non_sni_accepted", "certificate_mismatch"};
    QTest::newRow("reset even with SNI")
        << reset << reset << reset << true << QStringList{"sni_rejected"};
    QTest::newRow("HTTP port") << notTls << notTls << notTls << true << QStringList{"sni_rejected"};
    QTest::newRow("only without SNI works")
        << alert << ok << ok << true << QStringList{"sni_rejected", "non_sni_accepted"};
    QTest::newRow("refused") << refused << refused << refused << true
                             << QStringList{"endpoint_unreachable"};
    QTest::newRow("dns") << dns << dns << dns << true << QStringList{"endpoint_unreachable"};
    QTest::newRow("unreachable") << unreachable << unreachable << unreachable << true
                                 << QStringList{"endpoint_unreachable"};
    QTest::newRow("canceled") << canceled << canceled << canceled << true << QStringList{};
}

void tst_ProbeFindings::findings()
{
    QFETCH(int, withSni);
    QFETCH(int, withoutSni);
    QFETCH(int, unknownSni);
    QFETCH(bool, coversHost);
    QFETCH(QStringList, expected);
    const ProbeTarget target{QStringLiteral("api-test.mydomain.com"), 443, {}, 1000, {}};
    const QList<ProbeAttempt> attempts{attempt(SniChoice::HostName, Outcome(withSni)),
                                       attempt(SniChoice::None, Outcome(withoutSni), coversHost),
                                       attempt(SniChoice::UnknownName, Outcome(unknownSni))};
    QStringList ids;
    for (const Finding &finding : probeFindings(target, attempts))
        ids << finding.id;
    QCOMPARE(ids, expected);
}

void tst_ProbeFindings::textsForEveryFinding()
{
    const ProbeTarget target{QStringLiteral("api-test.mydomain.com"), 443, {}, 1000, {}};
    ProbeReport report;
    report.target = target;
    report.attempts = {attempt(SniChoice::HostName, Outcome::HandshakeOk),
                       attempt(SniChoice::None, Outcome::Reset),
                       attempt(SniChoice::UnknownName, Outcome::Reset)};
    report.findings = probeFindings(target, report.attempts);
    QVERIFY(ProbeText::verdict(report).contains(QStringLiteral("not enabled")));
    QVERIFY(ProbeText::detail(report.findings[0]).contains(QStringLiteral("ECONNRESET")));
    QVERIFY(ProbeText::nextStep(report).contains(QStringLiteral("enableNonSniClient")));
    for (const QString id : {"non_sni_rejected", "non_sni_accepted", "sni_rejected",
                             "endpoint_unreachable", "certificate_mismatch"}) {
        const Finding finding{id,
                              Severity::Error,
                              {{"host", "a"},
                               {"endpoint", "a"},
                               {"outcome", "reset"},
                               {"unknown_outcome", "reset"},
                               {"error", "d"},
                               {"subject", "CN=a"}}};
        QVERIFY2(!ProbeText::title(finding).isEmpty(), qPrintable(id));
        QVERIFY2(!ProbeText::detail(finding).isEmpty(), qPrintable(id));
    }
    QCOMPARE(ProbeText::sniLabel(report.attempts[1]), QStringLiteral("(none)"));
    QCOMPARE(ProbeText::outcomeLabel(report.attempts[1]),
             QStringLiteral("Reset by peer (TCP RST)"));
}

void tst_ProbeFindings::equivalentCommandsFollowTheTarget()
{
    const QStringList plain =
        equivalentCommands(ProbeTarget{QStringLiteral("api.example.com"), 443, {}, 1000, {}});
    QCOMPARE(plain.size(), 3);
    QCOMPARE(
        plain[1],
        QStringLiteral("openssl s_client -connect api.example.com:443 -noservername </dev/null"));
    const QStringList viaIp = equivalentCommands(ProbeTarget{QStringLiteral("api.example.com"),
                                                             8443, QStringLiteral("10.0.0.5"), 1000,
                                                             QStringLiteral("/tmp/ca.pem")});
    QCOMPARE(viaIp.size(), 4);
    QCOMPARE(viaIp[0],
             QStringLiteral("openssl s_client -connect 10.0.0.5:8443 -servername api.example.com "
                            "-CAfile /tmp/ca.pem </dev/null"));
    QVERIFY(viaIp[2].contains(QStringLiteral("--resolve api.example.com:8443:10.0.0.5")));
    QCOMPARE(viaIp[3],
             QStringLiteral("curl -kv https://10.0.0.5:8443/ -H 'Host: api.example.com'"));
    const QStringList ipv6 =
        equivalentCommands(ProbeTarget{QStringLiteral("::1"), 443, {}, 1000, {}});
    QVERIFY(ipv6[0].contains(QStringLiteral("'[::1]:443'")));
    // Words a shell would split or expand are quoted: the commands are copied as they are.
    const QStringList odd = equivalentCommands(ProbeTarget{
        QStringLiteral("api.example.com"), 443, {}, 1000, QStringLiteral("/home/ana/my CA's.pem")});
    QVERIFY2(odd[0].endsWith(QStringLiteral("-CAfile '/home/ana/my CA'\\''s.pem' </dev/null")),
             qPrintable(odd[0]));
    QVERIFY2(odd[2].contains(QStringLiteral("--cacert '/home/ana/my CA'\\''s.pem'")),
             qPrintable(odd[2]));
    QVERIFY(!odd[2].contains(QStringLiteral(" -k")));
    QCOMPARE(shellQuote(QStringLiteral("plain-word_1.2/x:y")),
             QStringLiteral("plain-word_1.2/x:y"));
    QCOMPARE(shellQuote(QString()), QStringLiteral("''"));
    QCOMPARE(shellQuote(QStringLiteral("$(rm -rf ~)")), QStringLiteral("'$(rm -rf ~)'"));
    // The real shell reads each back as the one word it was.
    for (const QString &word : {QStringLiteral("a b"), QStringLiteral("it's"),
                                QStringLiteral("$HOME `x` \"q\" *?"), QStringLiteral("\\n;|&<>")}) {
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"),
                    {QStringLiteral("-c"), QStringLiteral("printf %s ") + shellQuote(word)});
        QVERIFY(shell.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()), word);
    }
}

void tst_ProbeFindings::endpointInputs()
{
    struct Case
    {
        QString typed;
        QString host;
        int port; // -1: none given
        bool ok;
    };
    const QList<Case> cases{
        {QStringLiteral("api-test.mydomain.com"), QStringLiteral("api-test.mydomain.com"), -1,
         true},
        {QStringLiteral("https://api-test.mydomain.com:8443/v1/customers"),
         QStringLiteral("api-test.mydomain.com"), 8443, true},
        {QStringLiteral("https://API-Test.MyDomain.com/v1?x=1#f"),
         QStringLiteral("api-test.mydomain.com"), 443, true},
        {QStringLiteral("  api.example.com.:9443 "), QStringLiteral("api.example.com"), 9443, true},
        {QStringLiteral("[2001:db8::1]:8443"), QStringLiteral("2001:db8::1"), 8443, true},
        {QStringLiteral("2001:db8::1"), QStringLiteral("2001:db8::1"), -1, true},
        {QStringLiteral("10.0.0.5"), QStringLiteral("10.0.0.5"), -1, true},
        {QStringLiteral("https://user:pw@api.example.com/"), QStringLiteral("api.example.com"), 443,
         true},
        {QStringLiteral("bad host!"), {}, -1, false},
        {QStringLiteral("api.example.com:99999"), {}, -1, false},
        {QStringLiteral("api.example.com:"), {}, -1, false},
        {QStringLiteral("300.1.2.3"), {}, -1, false},
        {QStringLiteral("-api.example.com"), {}, -1, false},
        {QString(), {}, -1, false},
    };
    for (const Case &c : cases) {
        const EndpointInput input = parseEndpointInput(c.typed);
        QVERIFY2(input.ok() == c.ok, qPrintable(c.typed + QStringLiteral(": ") + input.problem));
        if (!c.ok) {
            QVERIFY(!input.problem.isEmpty());
            continue;
        }
        QCOMPARE(input.host, c.host);
        QCOMPARE(input.port ? int(*input.port) : -1, c.port);
    }
    const EndpointInput url =
        parseEndpointInput(QStringLiteral("https://user:pw@api.example.com/v1/customers"));
    QVERIFY(url.droppedParts.contains(QStringLiteral("/v1/customers")));
    QVERIFY(!url.droppedParts.contains(QStringLiteral("pw"))); // a password is never repeated
}

void tst_ProbeFindings::alertNames()
{
    QCOMPARE(tlsAlertName(112), QStringLiteral("unrecognized_name"));
    QCOMPARE(tlsAlertName(40), QStringLiteral("handshake_failure"));
    QCOMPARE(tlsAlertName(70), QStringLiteral("protocol_version"));
    QCOMPARE(tlsAlertName(250), QStringLiteral("alert_250"));
}

QTEST_GUILESS_MAIN(tst_ProbeFindings)
#include "tst_probefindings.moc"
