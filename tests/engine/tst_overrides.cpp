// The overrides.yaml validator and its Fix: every diagnostic code at its line and
// column, certificates made here with OpenSSL, hostile input, and fixes that keep the
// user's text and validate clean.
#include "cluster/apigeeroute.h"
#include "core/openssl.h"
#include "core/yamlscan.h"
#include "overrides/overridesvalidator.h"
#include "overridestesting.h"
#include "pki.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <openssl/rand.h>

using namespace SniDoctor;
using OverridesTesting::find;
using OverridesTesting::write;

namespace {

// A small, valid overrides file; tests change one thing in it.
const QByteArray kBase = R"(instanceID: "hybrid-1"
gcp:
  projectID: my-project
org: myorg
ingressGateways:
- name: ext-ingress
virtualhosts:
- name: dev-grp
  selector:
    app: apigee-ingressgateway
    ingress_name: ext-ingress
  sslSecret: dev-tls
  additionalGateways: ["non-sni"]
)";

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(SNI_DOCTOR_TEST_DATA "/overrides/") + name);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

OverridesContext withRoute(const QString &route = QStringLiteral("non-sni"))
{
    OverridesContext context;
    context.wildcardRoute = route;
    return context;
}

QStringList codes(const OverridesReport &report, Severity atLeast = Severity::Warning)
{
    QStringList list;
    for (const OverridesDiagnostic &diagnostic : report.diagnostics) {
        if (diagnostic.severity >= atLeast)
            list << diagnostic.code;
    }
    return list;
}

} // namespace

class tst_Overrides : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realFilesShapes();
    void diagnostics_data();
    void diagnostics();
    void wildcardRouteFromTheRoutes();
    void sensitiveValues();
    void certificates();
    void certificateSansFromTheRoutes();
    void fix_data();
    void fix();
    void fixKeepsCrlfAndSkipsFlowMaps();
    void hostileInput_data();
    void hostileInput();
    void yamlLineScanner_data();
    void yamlLineScanner();
};

// The shapes of real hybrid setups: Helm 1.12+ and apigeectl 1.8.
void tst_Overrides::realFilesShapes()
{
    const OverridesReport helm =
        validateOverrides(readData(QStringLiteral("helm-two-envgroups.yaml")),
                          QStringLiteral("helm-two-envgroups.yaml"), withRoute());
    QCOMPARE(codes(helm), QStringList{QStringLiteral("additional_gateway_missing")});
    const OverridesDiagnostic *missing = find(helm, QStringLiteral("additional_gateway_missing"));
    QCOMPARE(missing->line, 45); // "- name: test-grp"
    QCOMPARE(missing->column, 3);
    QCOMPARE(missing->path, QStringLiteral("virtualhosts[1].additionalGateways"));
    QCOMPARE(missing->args.values(),
             (QStringList{QStringLiteral("test-grp"), QStringLiteral("non-sni")}));
    QCOMPARE(helm.virtualHosts.size(), 2);
    QCOMPARE(helm.virtualHosts[0].selector.value(QStringLiteral("ingress_name")),
             QStringLiteral("ext-ingress"));
    QCOMPARE(helm.org, QStringLiteral("myorg-hyb"));

    OverridesContext noCertificates = withRoute();
    noCertificates.checkCertificates = false;
    const OverridesReport apigeectl =
        validateOverrides(readData(QStringLiteral("apigeectl-1.8.yaml")),
                          QStringLiteral("apigeectl-1.8.yaml"), noCertificates);
    QVERIFY2(codes(apigeectl, Severity::Error).isEmpty(),
             qPrintable(codes(apigeectl).join(QLatin1Char(' '))));
    QCOMPARE(codes(apigeectl),
             QStringList{QStringLiteral("obsolete_key")}); // hostAliases, a 1.2 leftover
}

void tst_Overrides::diagnostics_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("endColumn");

    auto replaced = [](const char *from, const char *to) {
        return QByteArray(kBase).replace(from, to);
    };
    QTest::newRow("valid") << kBase << QString() << 0 << 0 << 0;
    QTest::newRow("syntax") << replaced("  sslSecret: dev-tls", "  sslSecret: [dev-tls")
                            << "yaml_syntax" << 13 << 21 << 22;
    QTest::newRow("tab") << replaced("  sslSecret", "\tsslSecret") << "tab_indentation" << 12 << 1
                         << 2;
    QTest::newRow("duplicate key")
        << replaced("  sslSecret: dev-tls", "  sslSecret: dev-tls\n  sslSecret: other")
        << "duplicate_key" << 13 << 3 << 12;
    QTest::newRow("two documents") << kBase + "---\norg: other\n"
                                   << "multiple_documents" << 14 << 1 << 4;
    QTest::newRow("not a map") << QByteArray("- a\n- b\n") << "not_a_map" << 1 << 1 << 2;
    QTest::newRow("empty") << QByteArray("# nothing\n") << "empty_file" << 0 << 0 << 0;
    QTest::newRow("org missing") << replaced("org: myorg\n", "") << "missing_key" << 1 << 1 << 2;
    QTest::newRow("projectID missing")
        << replaced("  projectID: my-project\n", "  region: x\n") << "missing_key" << 2 << 1 << 4;
    QTest::newRow("virtualhosts not a list")
        << replaced("virtualhosts:\n- name", "virtualhosts:\n  name") << "wrong_type" << 8 << 3
        << 4;
    QTest::newRow("org a boolean")
        << replaced("org: myorg", "org: yes") << "wrong_type" << 4 << 6 << 9;
    QTest::newRow("instanceID long")
        << replaced("\"hybrid-1\"", QByteArray(70, 'x').prepend('"').append('"').constData())
        << "instance_id_too_long" << 1 << 13 << 85;
    QTest::newRow("env without name") << kBase + "envs:\n- serviceAccountPaths: {}\n"
                                      << "missing_key" << 15 << 3 << 4;
    QTest::newRow("gateway name") << replaced("- name: ext-ingress", "- name: Ext_Ingress")
                                  << "invalid_ingress_gateway_name" << 6 << 9 << 20;
    QTest::newRow("ingress_name unknown")
        << replaced("    ingress_name: ext-ingress", "    ingress_name: int-ingress")
        << "unknown_ingress_name" << 11 << 19 << 30;
    QTest::newRow("selector missing")
        << replaced("  selector:\n    app: apigee-ingressgateway\n    ingress_name: ext-ingress\n",
                    "")
        << "missing_key" << 8 << 3 << 4;
    QTest::newRow("no credentials")
        << replaced("  sslSecret: dev-tls\n", "") << "tls_credentials_missing" << 8 << 3 << 0;
    QTest::newRow("both credentials")
        << replaced("  sslSecret: dev-tls\n",
                    "  sslSecret: dev-tls\n  sslCertPath: a.pem\n  sslKeyPath: a.key\n")
        << "tls_paths_ignored" << 13 << 3 << 14;
    QTest::newRow("half a pair") << replaced("  sslSecret: dev-tls\n", "  sslCertPath: a.pem\n")
                                 << "tls_pair_incomplete" << 12 << 3 << 14;
    QTest::newRow("duplicate host")
        << kBase + "- name: dev-grp\n  selector: {app: apigee-ingressgateway}\n  sslSecret: x\n  "
                   "additionalGateways: [non-sni]\n"
        << "duplicate_virtualhost_name" << 14 << 9 << 16;
    QTest::newRow("gateways a string")
        << replaced("[\"non-sni\"]", "non-sni") << "wrong_type" << 13 << 23 << 30;
    QTest::newRow("tls version") << replaced(
                                        "  sslSecret: dev-tls\n",
                                        "  sslSecret: dev-tls\n  minTLSProtocolVersion: \"1.4\"\n")
                                 << "tls_version_invalid" << 13 << 26 << 31;
    QTest::newRow("tls version unquoted")
        << replaced("  sslSecret: dev-tls\n",
                    "  sslSecret: dev-tls\n  maxTLSProtocolVersion: 1.3\n")
        << "tls_version_unquoted" << 13 << 26 << 29;
    QTest::newRow("request timeout")
        << replaced("  sslSecret: dev-tls\n", "  sslSecret: dev-tls\n  requestTimeout: 0\n")
        << "request_timeout_invalid" << 13 << 19 << 20;
    QTest::newRow("tls mode") << replaced("  sslSecret: dev-tls\n",
                                          "  sslSecret: dev-tls\n  tlsMode: STRICT\n")
                              << "tls_mode_invalid" << 13 << 12 << 18;
    QTest::newRow("obsolete") << replaced("  sslSecret: dev-tls\n",
                                          "  sslSecret: dev-tls\n  hostAliases: [a.example]\n")
                              << "obsolete_key" << 13 << 3 << 14;
    QTest::newRow("unknown key") << replaced("  additionalGateways:", "  additionalGateway:")
                                 << "unknown_key" << 13 << 3 << 20;
    QTest::newRow("gateway missing in list") << replaced("[\"non-sni\"]", "[\"other\"]")
                                             << "additional_gateway_missing" << 13 << 3 << 21;
    QTest::newRow("gateway key absent") << replaced("  additionalGateways: [\"non-sni\"]\n", "")
                                        << "additional_gateway_missing" << 8 << 3 << 7;
}

void tst_Overrides::diagnostics()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, endColumn);
    const OverridesReport report =
        validateOverrides(yaml, QStringLiteral("overrides.yaml"), withRoute());
    if (code.isEmpty()) {
        QVERIFY2(codes(report).isEmpty(), qPrintable(codes(report).join(QLatin1Char(' '))));
        return;
    }
    const OverridesDiagnostic *diagnostic = find(report, code);
    QVERIFY2(diagnostic,
             qPrintable(QStringLiteral("%1 not in: %2")
                            .arg(code, codes(report, Severity::Info).join(QLatin1Char(' ')))));
    QCOMPARE(diagnostic->line, line);
    QCOMPARE(diagnostic->column, column);
    QCOMPARE(diagnostic->endColumn, endColumn);
    QVERIFY(!overridesMessage(*diagnostic).isEmpty());
    QVERIFY(overridesMessage(*diagnostic) != code); // every code has a sentence
    if (code == QLatin1String("unknown_key"))
        QCOMPARE(diagnostic->args.value("suggestion"),
                 QStringLiteral("additionalGateways")); // did you mean
}

// The wildcard route comes from the routes when no name is given; names in
// additionalGateways that no route has are flagged.
void tst_Overrides::wildcardRouteFromTheRoutes()
{
    ApigeeRoute wildcard;
    wildcard.name = QStringLiteral("catch-all");
    wildcard.hostnames = {QStringLiteral("*")};
    ApigeeRoute host;
    host.name = QStringLiteral("myorg-dev-grp-000-1234567");
    host.hostnames = {QStringLiteral("api.example.com")};
    OverridesContext context;
    context.routes = QList<ApigeeRoute>{host, wildcard};
    const OverridesReport report =
        validateOverrides(kBase, QStringLiteral("overrides.yaml"), context);
    QCOMPARE(find(report, QStringLiteral("additional_gateway_missing"))->args.value("route"),
             QStringLiteral("catch-all"));
    const OverridesDiagnostic *unknown = find(report, QStringLiteral("unknown_additional_gateway"));
    QVERIFY(unknown);
    QCOMPARE(unknown->severity, Severity::Warning);
    QCOMPARE(unknown->args.value("route"), QStringLiteral("non-sni"));

    context.routes = QList<ApigeeRoute>{host}; // routes known, none wildcard
    QVERIFY(find(validateOverrides(kBase, QStringLiteral("o.yaml"), context),
                 QStringLiteral("wildcard_route_absent")));
    QVERIFY(find(validateOverrides(kBase, QStringLiteral("o.yaml"), {}),
                 QStringLiteral("wildcard_route_unknown")));
}

void tst_Overrides::sensitiveValues()
{
    const QByteArray yaml =
        kBase + "kvmEncryptionKey: c2VjcmV0LWt2bS1rZXk=\n"
                "httpProxy:\n  host: proxy\n  password: hunter2\n"
                "axHashSalt: pepper\n"
                "inlineKey: |\n  -----BEGIN PRIVATE KEY-----\n  "
                "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n  -----END PRIVATE KEY-----\n";
    const OverridesReport report =
        validateOverrides(yaml, QStringLiteral("overrides.yaml"), withRoute());
    QStringList kinds;
    for (const SensitiveValue &value : report.sensitive)
        kinds << value.kind + QLatin1Char('@') + QString::number(value.line);
    kinds.sort();
    QCOMPARE(kinds,
             (QStringList{QStringLiteral("encryption_key@14"), QStringLiteral("hash_salt@18"),
                          QStringLiteral("password@17"), QStringLiteral("private_key@20")}));
    for (const SensitiveValue &value : report.sensitive) {
        if (value.kind == QLatin1String("private_key"))
            QCOMPARE(value.endLine, 22);
    }
    // The values themselves appear in no message.
    for (const OverridesDiagnostic &diagnostic : report.diagnostics) {
        const QString message =
            overridesMessage(diagnostic) + diagnostic.args.values().join(QLatin1Char(' '));
        QVERIFY(!message.contains(QStringLiteral("hunter2")));
        QVERIFY(!message.contains(QStringLiteral("c2VjcmV0")));
        QVERIFY(!message.contains(QStringLiteral("pepper")));
        QVERIFY(!message.contains(QStringLiteral("MIGHAgEA")));
    }
}

// Certificates and keys made here: matching, mismatching, expired, expiring, chain
// out of order; relative paths against the file and Helm's chart folder.
void tst_Overrides::certificates()
{
    QTemporaryDir dir;
    const Pki::Key caKey = Pki::key();
    const Pki::Cert ca = Pki::make(caKey.get(), "Test CA", {}, nullptr, nullptr, -10, 3650, true);
    const Pki::Key serverKey = Pki::key();
    const Pki::Cert good =
        Pki::make(serverKey.get(), "api.example.com", "DNS:api.example.com,DNS:*.apps.example.com",
                  ca.get(), caKey.get(), -10, 365, false);
    const Pki::Cert expired = Pki::make(serverKey.get(), "old.example.com", "DNS:old.example.com",
                                        ca.get(), caKey.get(), -400, -35, false);
    const Pki::Cert expiring =
        Pki::make(serverKey.get(), "soon.example.com", "DNS:soon.example.com", ca.get(),
                  caKey.get(), -300, 12, false);
    const Pki::Key otherKey = Pki::key();
    write(dir.filePath(QStringLiteral("certs/good.pem")),
          Pki::pem(good.get()) + Pki::pem(ca.get()));
    write(dir.filePath(QStringLiteral("certs/reversed.pem")),
          Pki::pem(ca.get()) + Pki::pem(good.get()));
    write(dir.filePath(QStringLiteral("certs/expired.pem")), Pki::pem(expired.get()));
    write(dir.filePath(QStringLiteral("certs/expiring.pem")), Pki::pem(expiring.get()));
    write(dir.filePath(QStringLiteral("certs/server.key")), Pki::pem(serverKey.get()));
    write(dir.filePath(QStringLiteral("certs/other.key")), Pki::pem(otherKey.get()));
    write(dir.filePath(QStringLiteral("certs/garbage.pem")), "not a certificate\n");
    // Helm: paths relative to the chart folder apigee-virtualhost/ beside the file.
    write(dir.filePath(QStringLiteral("apigee-virtualhost/certs/chart.pem")), Pki::pem(good.get()));

    auto check = [&](const char *cert, const char *key) {
        const QByteArray yaml = QByteArray(kBase).replace(
            "  sslSecret: dev-tls\n",
            QByteArray(QByteArray("  sslCertPath: ") + cert + "\n  sslKeyPath: " + key + "\n"));
        const QString file = dir.filePath(QStringLiteral("overrides.yaml"));
        write(file, yaml);
        return validateOverrides(yaml, file, withRoute());
    };
    OverridesReport report = check("certs/good.pem", "certs/server.key");
    QVERIFY2(codes(report).isEmpty(), qPrintable(codes(report).join(QLatin1Char(' '))));
    const OverridesDiagnostic *info = find(report, QStringLiteral("certificate_info"));
    QVERIFY(info);
    QCOMPARE(info->line, 12);
    QVERIFY(info->args.value("subject").contains(QStringLiteral("CN=api.example.com")));
    QVERIFY(info->args.value("names").contains(QStringLiteral("DNS:*.apps.example.com")));
    QCOMPARE(report.certificates.size(), 1);
    QCOMPARE(report.certificates[0].chain.size(), 2);

    report = check("certs/good.pem", "certs/other.key");
    QCOMPARE(codes(report), QStringList{QStringLiteral("key_mismatch")});
    QCOMPARE(find(report, QStringLiteral("key_mismatch"))->line, 13); // on sslKeyPath
    QCOMPARE(codes(check("certs/reversed.pem", "certs/server.key")),
             QStringList{QStringLiteral("chain_out_of_order")});
    QCOMPARE(codes(check("certs/expired.pem", "certs/server.key")),
             QStringList{QStringLiteral("certificate_expired")});
    report = check("certs/expiring.pem", "certs/server.key");
    QCOMPARE(codes(report), QStringList{QStringLiteral("certificate_expiring")});
    QCOMPARE(find(report, QStringLiteral("certificate_expiring"))->severity, Severity::Warning);
    QCOMPARE(codes(check("certs/garbage.pem", "certs/server.key")),
             QStringList{QStringLiteral("certificate_invalid_pem")});
    QCOMPARE(codes(check("certs/missing.pem", "certs/server.key")),
             QStringList{QStringLiteral("certificate_unreadable")});
    QCOMPARE(codes(check("certs/chart.pem", "certs/server.key")), QStringList());
    report = check("certs/good.pem", "certs/good.pem"); // a certificate where the key belongs
    QCOMPARE(codes(report), QStringList{QStringLiteral("key_invalid_pem")});
    // The key's text is in no diagnostic.
    const QByteArray keyText = Pki::pem(serverKey.get());
    const QByteArray keyBody = keyText.split('\n').value(1);
    for (const OverridesDiagnostic &diagnostic :
         check("certs/good.pem", "certs/other.key").diagnostics)
        QVERIFY(!(overridesMessage(diagnostic) + diagnostic.args.values().join(QLatin1Char(' ')))
                     .toUtf8()
                     .contains(keyBody));
}

// The virtual-host route (ORG-ENVGROUP-HASH) tells which names the certificate must cover.
void tst_Overrides::certificateSansFromTheRoutes()
{
    QTemporaryDir dir;
    const Pki::Key key = Pki::key();
    const Pki::Cert leaf = Pki::make(key.get(), "api.example.com", "DNS:api.example.com", nullptr,
                                     nullptr, -1, 365, false);
    write(dir.filePath(QStringLiteral("tls.pem")), Pki::pem(leaf.get()));
    write(dir.filePath(QStringLiteral("tls.key")), Pki::pem(key.get()));
    const QByteArray yaml = QByteArray(kBase).replace(
        "  sslSecret: dev-tls\n", "  sslCertPath: tls.pem\n  sslKeyPath: tls.key\n");
    ApigeeRoute host;
    host.name = QStringLiteral("myorg-dev-grp-000-1234567");
    host.hostnames = {QStringLiteral("api.example.com"), QStringLiteral("api2.example.com")};
    ApigeeRoute wildcard;
    wildcard.name = QStringLiteral("non-sni");
    wildcard.hostnames = {QStringLiteral("*")};
    OverridesContext context;
    context.routes = QList<ApigeeRoute>{host, wildcard};
    const OverridesReport report =
        validateOverrides(yaml, dir.filePath(QStringLiteral("overrides.yaml")), context);
    QCOMPARE(codes(report), QStringList{QStringLiteral("certificate_sans_missing")});
    QCOMPARE(find(report, QStringLiteral("certificate_sans_missing"))->args.value("hosts"),
             QStringLiteral("api2.example.com"));
}

void tst_Overrides::fix_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");

    QTest::newRow("block list")
        << QByteArray("virtualhosts:\n- name: a  # group a\n  additionalGateways:\n  - other # "
                      "keep\n  sslSecret: s\n")
        << QByteArray("virtualhosts:\n- name: a  # group a\n  additionalGateways:\n  - other # "
                      "keep\n  - non-sni\n  sslSecret: s\n");
    QTest::newRow("block list, quoted, indented")
        << QByteArray("virtualhosts:\n  - name: a\n    additionalGateways:\n      - \"other\"\n")
        << QByteArray("virtualhosts:\n  - name: a\n    additionalGateways:\n      - \"other\"\n    "
                      "  - \"non-sni\"\n");
    QTest::newRow("flow list")
        << QByteArray("virtualhosts:\n- name: a\n  additionalGateways: [\"other\" ] # x\n")
        << QByteArray(
               "virtualhosts:\n- name: a\n  additionalGateways: [\"other\", \"non-sni\" ] # x\n");
    QTest::newRow("empty flow list")
        << QByteArray("virtualhosts:\n- name: a\n  additionalGateways: []\n")
        << QByteArray("virtualhosts:\n- name: a\n  additionalGateways: [non-sni]\n");
    QTest::newRow("empty value")
        << QByteArray(
               "virtualhosts:\n- name: a\n  additionalGateways:   # none yet\n  sslSecret: s\n")
        << QByteArray("virtualhosts:\n- name: a\n  additionalGateways: [non-sni]   # none yet\n  "
                      "sslSecret: s\n");
    QTest::newRow("null") << QByteArray("virtualhosts:\n- name: a\n  additionalGateways: null\n")
                          << QByteArray(
                                 "virtualhosts:\n- name: a\n  additionalGateways: [non-sni]\n");
    QTest::newRow("key absent, items at key column")
        << QByteArray("virtualhosts:\n- name: a\n  selector:\n    app: apigee-ingressgateway\n- "
                      "name: b\n  additionalGateways: [non-sni]\n")
        << QByteArray(
               "virtualhosts:\n- name: a\n  additionalGateways:\n  - non-sni\n  selector:\n    "
               "app: apigee-ingressgateway\n- name: b\n  additionalGateways: [non-sni]\n");
    QTest::newRow("key absent, items indented")
        << QByteArray("virtualhosts:\n  - name: a\n    sslSecret: s\n")
        << QByteArray("virtualhosts:\n  - name: a\n    additionalGateways:\n      - non-sni\n    "
                      "sslSecret: s\n");
    // Hosts that merge one base share its list: one edit there.
    QTest::newRow("hosts merging one base")
        << QByteArray("vh: &vh\n  additionalGateways: [other]\nvirtualhosts:\n- <<: *vh\n  name: "
                      "a\n- <<: *vh\n  name: b\n")
        << QByteArray("vh: &vh\n  additionalGateways: [other, non-sni]\nvirtualhosts:\n- <<: "
                      "*vh\n  name: a\n- <<: *vh\n  name: b\n");
    // A host repeated by an alias is one place in the text.
    QTest::newRow("aliased host")
        << QByteArray("virtualhosts:\n- &a\n  name: a\n- *a\n")
        << QByteArray("virtualhosts:\n- &a\n  name: a\n  additionalGateways:\n  - non-sni\n- *a\n");
    QTest::newRow("already there")
        << QByteArray("virtualhosts:\n- name: a\n  additionalGateways: [non-sni]\n")
        << QByteArray("virtualhosts:\n- name: a\n  additionalGateways: [non-sni]\n");
}

void tst_Overrides::fix()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    const OverridesFix fixed = addAdditionalGateway(before, QStringLiteral("non-sni"));
    QCOMPARE(fixed.text, after);
    QVERIFY(fixed.skippedHosts.isEmpty());
    // Applying it again changes nothing.
    QCOMPARE(addAdditionalGateway(fixed.text, QStringLiteral("non-sni")).text, after);
}

// The whole file of the done-when: the fix validates clean; CRLF files stay CRLF; a
// virtual host written as a flow map is left for the user.
void tst_Overrides::fixKeepsCrlfAndSkipsFlowMaps()
{
    const QByteArray original = readData(QStringLiteral("helm-two-envgroups.yaml"));
    const OverridesFix fixed = addAdditionalGateway(original, QStringLiteral("non-sni"));
    QCOMPARE(fixed.fixedHosts, QStringList{QStringLiteral("test-grp")});
    const OverridesReport report =
        validateOverrides(fixed.text, QStringLiteral("helm-two-envgroups.yaml"), withRoute());
    QVERIFY2(codes(report).isEmpty(), qPrintable(codes(report).join(QLatin1Char(' '))));
    // Only lines were added: every original line is still there, in order.
    QCOMPARE(fixed.text.count('\n'), original.count('\n') + 2);
    QVERIFY(fixed.text.contains("# the wildcard route for clients without SNI"));

    QByteArray crlf = original;
    crlf.replace("\n", "\r\n");
    const OverridesFix fixedCrlf = addAdditionalGateway(crlf, QStringLiteral("non-sni"));
    QCOMPARE(fixedCrlf.text.count("\r\n"), fixedCrlf.text.count('\n'));
    QVERIFY(codes(validateOverrides(fixedCrlf.text, QStringLiteral("crlf.yaml"), withRoute()))
                .isEmpty());

    const OverridesFix flow = addAdditionalGateway("virtualhosts:\n- {name: a, sslSecret: s}\n",
                                                   QStringLiteral("non-sni"));
    QCOMPARE(flow.skippedHosts, QStringList{QStringLiteral("a")});
    QCOMPARE(flow.text, QByteArray("virtualhosts:\n- {name: a, sslSecret: s}\n"));
    // With an anchor, yaml-cpp's mark is on the & and the { comes after it.
    const QByteArray anchored = "h: &h {name: a}\nvirtualhosts: [*h]\n";
    const OverridesFix anchoredFlow = addAdditionalGateway(anchored, QStringLiteral("non-sni"));
    QCOMPARE(anchoredFlow.skippedHosts, QStringList{QStringLiteral("a")});
    QCOMPARE(anchoredFlow.text, anchored);
}

void tst_Overrides::hostileInput_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("code");

    QByteArray bomb =
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    for (char c = 'b'; c <= 'k'; ++c) {
        bomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [";
        for (int i = 0; i < 9; ++i)
            bomb += (i ? ",*" : "*") + QByteArray(1, char(c - 1));
        bomb += "]\n";
    }
    QByteArray deepBlock;
    for (int i = 0; i < 300; ++i)
        deepBlock += QByteArray(i * 2, ' ') + "k:\n";
    QTest::newRow("binary") << QByteArray("org: x\n\0\x01\x02", 10) << "not_text";
    QTest::newRow("huge") << QByteArray(8 * 1024 * 1024 + 1, 'a') << "file_too_large";
    QTest::newRow("deep flow") << QByteArray(100000, '[') << "too_deep";
    QTest::newRow("deep block") << deepBlock << "too_deep";
    // Aliases are walked once: a "billion laughs" costs what its text costs.
    QTest::newRow("alias bomb") << bomb << "missing_key";
    // A large map aliased as every virtual host: the checks would go through it at
    // each place; they stop at a bound set by the text's size.
    QByteArray manyNodes = "org: x\nh: &h {";
    for (int i = 0; i < 2000; ++i)
        manyNodes += "k" + QByteArray::number(i) + ": 1, ";
    manyNodes += "name: a}\nvirtualhosts: [*h";
    for (int i = 0; i < 100000; ++i)
        manyNodes += ",*h";
    manyNodes += "]\n";
    QTest::newRow("many nodes") << manyNodes << "too_many_nodes";
    // A long list of values is just long: walked once, as its text.
    QByteArray longList = "org: x\nlist: [";
    for (int i = 0; i < 250000; ++i)
        longList += "1,";
    longList += "1]\n";
    QTest::newRow("long list") << longList << "hybrid_version";
    QByteArray manyProblems;
    for (int i = 0; i < 2000; ++i)
        manyProblems += "k" + QByteArray::number(i) + ": 1\n";
    QTest::newRow("many problems") << manyProblems << "too_many_problems";
    QTest::newRow("unterminated quote")
        << QByteArray("org: \"abc\nvirtualhosts: []\n") << "unterminated_quote";
    QTest::newRow("bad alias") << QByteArray("org: *nothing\n") << "yaml_syntax";
    QTest::newRow("garbage") << QByteArray("}}}: ::: [[ - -\n") << "yaml_syntax";
    // yaml-cpp 0.7's LoadAll loops forever on these, allocating; only the first
    // document is parsed, as Helm reads it, and the rest is said to be ignored.
    QTest::newRow("stray comma") << QByteArray(",") << "yaml_syntax";
    QTest::newRow("stray comma after a document")
        << QByteArray("org: x\n---\n,\n") << "multiple_documents";
}

void tst_Overrides::hostileInput()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, code);
    const OverridesReport report =
        validateOverrides(yaml, QStringLiteral("hostile.yaml"), withRoute());
    QVERIFY2(find(report, code), qPrintable(codes(report, Severity::Info).join(QLatin1Char(' '))));
    // The Fix leaves hostile text alone rather than guess.
    QVERIFY(addAdditionalGateway(yaml, QStringLiteral("non-sni")).fixedHosts.isEmpty());
}

// The one scanner the validator, the fix and the editor share: for each line, where
// its comment starts (-1: none), the flow brackets it sees outside quotes, and whether
// a quote is still open after it.
void tst_Overrides::yamlLineScanner_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QList<int>>("comments");
    QTest::addColumn<QString>("brackets");
    QTest::addColumn<int>("depthAtEnd");

    QTest::newRow("apostrophe in a plain scalar")
        << QStringList{QStringLiteral("name: don't [stop] # yes")} << QList<int>{19}
        << QStringLiteral("[]") << 0;
    QTest::newRow("hash inside quotes")
        << QStringList{QStringLiteral(R"(a: "x # [y" # z)"), QStringLiteral("b: 'it''s # ]' #c")}
        << QList<int>{12, 15} << QString() << 0;
    QTest::newRow("hash without a space before")
        << QStringList{QStringLiteral("url: a#b [")} << QList<int>{-1} << QStringLiteral("[") << 1;
    QTest::newRow("block scalar text is not YAML")
        << QStringList{QStringLiteral("cert: |"), QStringLiteral("  # not a comment ["),
                       QStringLiteral(""), QStringLiteral("  it's { text"),
                       QStringLiteral("other: [1] # comment")}
        << QList<int>{-1, -1, -1, -1, 11} << QStringLiteral("[]") << 0;
    QTest::newRow("block scalar with header and comment in a sequence")
        << QStringList{QStringLiteral("- key: >- # folded"), QStringLiteral("    # text"),
                       QStringLiteral("  sibling: x # comment")}
        << QList<int>{10, -1, 13} << QString() << 0;
    QTest::newRow("block scalar as a sequence item")
        << QStringList{QStringLiteral("- |"), QStringLiteral("  [text"),
                       QStringLiteral("- [b] # c")}
        << QList<int>{-1, -1, 6} << QStringLiteral("[]") << 0;
    QTest::newRow("a plain scalar ending in a bar")
        << QStringList{QStringLiteral("key: a |"), QStringLiteral("  # a comment")}
        << QList<int>{-1, 2} << QString() << 0;
    QTest::newRow("JSON-like flow map") << QStringList{QStringLiteral(R"({"a":"b]", 'c': [d]})")}
                                        << QList<int>{-1} << QStringLiteral("{[]}") << 0;
    QTest::newRow("quoted scalar over lines")
        << QStringList{QStringLiteral(R"(k: "a \" [)"), QStringLiteral("# b]\""),
                       QStringLiteral("c: [d # e")}
        << QList<int>{-1, -1, 6} << QStringLiteral("[") << 1;
}

void tst_Overrides::yamlLineScanner()
{
    QFETCH(QStringList, lines);
    QFETCH(QList<int>, comments);
    QFETCH(QString, brackets);
    QFETCH(int, depthAtEnd);
    YamlLineScanner scanner;
    YamlLineScanner carried; // the same lines, its state passed through an int each line
    QString seen;
    for (int row = 0; row < lines.size(); ++row) {
        const QString &line = lines.at(row);
        const int stop = scanner.scan(line, 0, [&](int, QChar c) {
            if (QStringLiteral("[]{}").contains(c))
                seen += c;
            return true;
        });
        QCOMPARE(stop < line.size() ? stop : -1, comments.at(row));
        carried = YamlLineScanner::fromState(carried.state());
        QCOMPARE(carried.scan(line, 0, [](int, QChar) { return true; }), stop);
    }
    QCOMPARE(seen, brackets);
    QCOMPARE(scanner.flowDepth(), depthAtEnd);
    QCOMPARE(carried.state(), scanner.state());
    QVERIFY(scanner.openQuote().isNull());

    // closingQuote agrees with the scanner on every quote that opens a scalar.
    const auto close = closingQuote({QStringLiteral(R"(a: "x \" y" b)")}, 0, 3);
    QCOMPARE(close, std::make_pair(0, 10));
    QCOMPARE(closingQuote({QStringLiteral("a: 'it''s"), QStringLiteral("x' b")}, 0, 3),
             std::make_pair(1, 1));
    QCOMPARE(closingQuote({QStringLiteral("a: 'open")}, 0, 3), std::make_pair(-1, -1));
}

QTEST_GUILESS_MAIN(tst_Overrides)
#include "tst_overrides.moc"
