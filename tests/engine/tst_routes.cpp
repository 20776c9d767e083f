// ApigeeRoutes read offline from saved kubectl output, and the runbook's step 5 checks.
#include "cluster/apigeeroute.h"
#include "cluster/routetext.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace SniDoctor;

namespace {

const QString kData = QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/");

QByteArray read(const QString &name)
{
    QFile file(kData + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(file.fileName()));
    return file.readAll();
}

QStringList ids(const QList<Finding> &findings)
{
    QStringList list;
    for (const Finding &finding : findings)
        list << finding.id;
    return list;
}

ApigeeRoute route(const QString &name, const QStringList &hostnames, std::optional<bool> nonSni,
                  const QStringList &gateways = {},
                  const QString &state = QStringLiteral("running"))
{
    ApigeeRoute r;
    r.name = name;
    r.hostnames = hostnames;
    r.enableNonSniClient = nonSni;
    r.additionalGateways = gateways;
    r.state = state;
    return r;
}

} // namespace

class tst_Routes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savedKubectlOutput_data();
    void savedKubectlOutput();
    void fieldsRead();
    void badInput();
    void aliasBombs();
    void readFromFile();
    void findings_data();
    void findings();
};

void tst_Routes::savedKubectlOutput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("not attached, yaml")
        << "not-attached.yaml" << QStringList{"wildcard_route_not_attached"};
    QTest::newRow("not attached, json")
        << "not-attached.json" << QStringList{"wildcard_route_not_attached"};
    QTest::newRow("healthy") << "healthy.yaml" << QStringList{"non_sni_enabled"};
    QTest::newRow("non-SNI disabled")
        << "non-sni-disabled.yaml" << QStringList{"wildcard_route_non_sni_disabled"};
    QTest::newRow("no wildcard") << "no-wildcard.yaml" << QStringList{"no_wildcard_route"};
    QTest::newRow("multi-document, creating")
        << "multi-document.yaml" << QStringList{"wildcard_route_not_running"};
}

void tst_Routes::savedKubectlOutput()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const Result<QList<ApigeeRoute>> routes = parseApigeeRoutes(read(file), file);
    QVERIFY2(routes.ok(), qPrintable(routes.ok() ? QString() : routes.error().message()));
    const QList<Finding> findings = routeFindings(routes.value());
    QCOMPARE(ids(findings), expected);
    for (const Finding &finding : findings) {
        QVERIFY(!RouteText::title(finding).isEmpty());
        QVERIFY(!RouteText::detail(finding).isEmpty());
    }
}

void tst_Routes::fieldsRead()
{
    const auto routes =
        parseApigeeRoutes(read(QStringLiteral("not-attached.yaml")), QStringLiteral("routes.yaml"));
    QVERIFY(routes.ok());
    QCOMPARE(routes.value().size(), 2);
    const ApigeeRoute &host = routes.value()[0];
    QCOMPARE(host.name, QStringLiteral("myorg-hyb-dev-grp-000-33620d0"));
    QCOMPARE(host.ns, QStringLiteral("apigee"));
    QCOMPARE(host.hostnames, QStringList{"api-test.mydomain.com"});
    QVERIFY(!host.isWildcard());
    QVERIFY(!host.enableNonSniClient.has_value());
    QCOMPARE(host.credentialNames, QStringList{"myorg-hyb-dev-grp"});
    QCOMPARE(host.selector.value(QStringLiteral("ingress_name")), QStringLiteral("ext-ingress"));
    QCOMPARE(host.file, QStringLiteral("routes.yaml"));
    QCOMPARE(host.line, 10); // metadata.name, for offline review
    const ApigeeRoute &wildcard = routes.value()[1];
    QVERIFY(wildcard.isWildcard());
    QCOMPARE(wildcard.enableNonSniClient, std::optional<bool>(true));
    QCOMPARE(wildcard.state, QStringLiteral("running"));
    const Finding finding = routeFindings(routes.value()).first();
    QVERIFY(RouteText::detail(finding).contains(QStringLiteral("myorg-hyb-dev-grp-000-33620d0")));
}

void tst_Routes::badInput()
{
    const auto broken =
        parseApigeeRoutes(read(QStringLiteral("broken.yaml")), QStringLiteral("broken.yaml"));
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().id(), QStringLiteral("routes_syntax"));
    QVERIFY2(broken.error().message().contains(QStringLiteral("broken.yaml, line 6")),
             qPrintable(broken.error().message()));
    const auto none =
        parseApigeeRoutes("apiVersion: v1\nkind: List\nitems: []\n", QStringLiteral("empty.yaml"));
    QCOMPARE(none.error().id(), QStringLiteral("routes_none"));
    const auto pods = parseApigeeRoutes("apiVersion: v1\nkind: Pod\nmetadata: {name: x}\n",
                                        QStringLiteral("pod.yaml"));
    QCOMPARE(pods.error().id(), QStringLiteral("routes_none"));
    const auto binary = parseApigeeRoutes(QByteArray("\x00\x01\x02{{{", 6), QStringLiteral("bin"));
    QVERIFY(!binary.ok());
    // yaml-cpp 0.7's LoadAll would loop forever on a stray comma: an error instead.
    const auto comma = parseApigeeRoutes("kind: ApigeeRoute\nmetadata: {name: w}\n---\n,\n",
                                         QStringLiteral("comma.yaml"));
    QCOMPARE(comma.error().id(), QStringLiteral("routes_syntax"));
    QVERIFY2(comma.error().message().contains(QStringLiteral("comma.yaml, line 4")),
             qPrintable(comma.error().message()));
    // A route with no status and a port without tls: fields missing, not an error.
    const auto sparse =
        parseApigeeRoutes("kind: ApigeeRoute\nmetadata: {name: w}\nspec: {hostnames: ['*'], "
                          "ports: [{number: 443}], selector: 7}\n",
                          QStringLiteral("sparse.yaml"));
    QVERIFY2(sparse.ok(), qPrintable(sparse.ok() ? QString() : sparse.error().message()));
    QVERIFY(sparse.value()[0].state.isEmpty());
    QVERIFY(sparse.value()[0].credentialNames.isEmpty());
}

void tst_Routes::findings_data()
{
    QTest::addColumn<QList<ApigeeRoute>>("routes");
    QTest::addColumn<QStringList>("expected");
    const QStringList star{"*"};
    QTest::newRow("two wildcards")
        << QList<ApigeeRoute>{route("a", star, true), route("b", star, true),
                              route("vh", {"api.example.com"}, {}, {"a"})}
        << QStringList{"multiple_wildcard_routes"};
    QTest::newRow("unset flag") << QList<ApigeeRoute>{route("w", star, std::nullopt),
                                                      route("vh", {"api.example.com"}, {}, {"w"})}
                                << QStringList{"wildcard_route_non_sni_disabled"};
    QTest::newRow("one of two attached")
        << QList<ApigeeRoute>{route("w", star, true), route("dev", {"dev.example.com"}, {}, {"w"}),
                              route("prod", {"api.example.com"}, {}, {"other"})}
        << QStringList{"wildcard_route_not_attached"};
    QTest::newRow("wildcard alone")
        << QList<ApigeeRoute>{route("w", star, true)} << QStringList{"non_sni_enabled"};
    QTest::newRow("everything wrong")
        << QList<ApigeeRoute>{route("w", star, false, {}, "creating"),
                              route("vh", {"api.example.com"}, {})}
        << QStringList{"wildcard_route_non_sni_disabled", "wildcard_route_not_running",
                       "wildcard_route_not_attached"};
}

void tst_Routes::findings()
{
    QFETCH(QList<ApigeeRoute>, routes);
    QFETCH(QStringList, expected);
    QCOMPARE(ids(routeFindings(routes)), expected);
}

// A saved file: read and parsed; one that is missing or far too large is an Error that
// names it, without reading it into memory.
// Lists of lists of aliases: a 700-byte file that names one route 10^9 times reads as
// that one route; lists nested past any kubectl output are an error, not a stack.
void tst_Routes::aliasBombs()
{
    QByteArray bomb = "r0: &r0 {kind: ApigeeRoute, metadata: {name: bomb}, spec: {hostnames: "
                      "['*'], enableNonSniClient: true}}\n";
    for (int level = 1; level <= 8; ++level) {
        const QByteArray alias =
            level == 1 ? QByteArray("*r0") : QByteArray("*l" + QByteArray::number(level - 1));
        QByteArrayList items(10, alias);
        bomb += "l" + QByteArray::number(level) + ": &l" + QByteArray::number(level) +
                " {kind: List, items: [" + items.join(',') + "]}\n";
    }
    bomb += "kind: List\nitems: [" + QByteArrayList(10, "*l8").join(',') + "]\n";
    QVERIFY(bomb.size() < 1024);
    // A billion routes once every alias is expanded: refused as it is read, by the
    // bound every YAML reader shares, with the file named.
    const auto routes = parseApigeeRoutes(bomb, QStringLiteral("bomb.yaml"));
    QVERIFY(!routes.ok());
    QCOMPARE(routes.error().id(), QStringLiteral("routes_unreadable"));
    QVERIFY2(routes.error().message().contains(QStringLiteral("bomb.yaml nests too deeply")),
             qPrintable(routes.error().message()));

    // Aliases used as a real file might (one route listed twice) are read, and once.
    const QByteArray twice = "r0: &r0 {kind: ApigeeRoute, metadata: {name: once}, spec: "
                             "{hostnames: ['*'], enableNonSniClient: true}}\n"
                             "kind: List\nitems: [*r0, *r0]\n";
    const auto once = parseApigeeRoutes(twice, QStringLiteral("twice.yaml"));
    QVERIFY2(once.ok(), qPrintable(once.ok() ? QString() : once.error().message()));
    QCOMPARE(once.value().size(), 1);
    QCOMPARE(once.value()[0].name, QStringLiteral("once"));

    QByteArray deep = "kind: List\nitems:\n";
    for (int i = 0; i < 100; ++i)
        deep += QByteArray(2 * i, ' ') + "- kind: List\n" + QByteArray(2 * i, ' ') + "  items:\n";
    const auto nested = parseApigeeRoutes(deep, QStringLiteral("deep.yaml"));
    QVERIFY(!nested.ok());
    QCOMPARE(nested.error().id(), QStringLiteral("routes_unreadable"));
    QVERIFY2(nested.error().message().contains(QStringLiteral("deep.yaml nests too deeply")),
             qPrintable(nested.error().message()));
}

void tst_Routes::readFromFile()
{
    const auto routes =
        readApigeeRoutes(QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/no-wildcard.yaml"));
    QVERIFY(routes.ok());
    QVERIFY(!routes.value().isEmpty());

    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("routes.yaml"));
    const auto none = readApigeeRoutes(missing);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().id(), QStringLiteral("routes_unreadable"));
    QVERIFY2(none.error().message().contains(missing), qPrintable(none.error().message()));

    const QString huge = dir.filePath(QStringLiteral("huge.yaml"));
    QFile file(huge);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(65) << 20)); // sparse: no disk used
    file.close();
    const auto tooLarge = readApigeeRoutes(huge);
    QVERIFY(!tooLarge.ok());
    QCOMPARE(tooLarge.error().id(), QStringLiteral("routes_unreadable"));
    QVERIFY2(tooLarge.error().message().contains(QStringLiteral("64 MiB")),
             qPrintable(tooLarge.error().message()));
}

QTEST_GUILESS_MAIN(tst_Routes)
#include "tst_routes.moc"
