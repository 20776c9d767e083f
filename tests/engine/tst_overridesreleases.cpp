// overrides.yaml as Apigee's releases read it: a valid file of hybrid 1.2, 1.5, 1.8,
// 1.10 and 1.16 gives no error and no warning, with its release found or given; each
// false alarm raised on files Apigee accepts stays away; each error Helm or apigeectl
// would hit is reported at its line.
#include "overrides/hybridschema.h"
#include "overrides/overridesvalidator.h"
#include "overridestesting.h"
#include "pki.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace SniDoctor;
using OverridesTesting::find;
using OverridesTesting::write;

namespace {

QByteArray readRelease(const QString &name)
{
    QFile file(QStringLiteral(SNI_DOCTOR_TEST_DATA "/overrides/releases/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test file %s", qPrintable(name));
    return file.readAll();
}

// A certificate for api.example.test valid for a year, and its key.
void writePair(const QString &certificate, const QString &key)
{
    const Pki::Key privateKey = Pki::key();
    const Pki::Cert cert =
        Pki::make(privateKey.get(), "api.example.test", "DNS:api.example.test,DNS:*.example.test",
                  nullptr, nullptr, -1, 365, false);
    write(certificate, Pki::pem(cert.get()));
    write(key, Pki::pem(privateKey.get()));
}

OverridesContext withRoute()
{
    OverridesContext context;
    context.wildcardRoute = QStringLiteral("non-sni");
    return context;
}

QStringList codes(const OverridesReport &report, Severity atLeast = Severity::Warning)
{
    QStringList list;
    for (const OverridesDiagnostic &diagnostic : report.diagnostics) {
        if (diagnostic.severity >= atLeast)
            list << QStringLiteral("%1@%2").arg(diagnostic.code).arg(diagnostic.line);
    }
    return list;
}

// A valid Helm file of the latest release; rows change one thing in it.
const QByteArray kHelm = R"(instanceID: "example-1"
namespace: apigee
gcp:
  projectID: example-hybrid
  region: us-central1
  workloadIdentity:
    enabled: false
k8sCluster:
  name: example-gke
  region: us-central1
org: example-org
envs:
- name: prod
  serviceAccountPaths:
    synchronizer: example-apigee-synchronizer.json
    runtime: example-apigee-runtime.json
ingressGateways:
- name: prod-ingress
  replicaCountMin: 2
  replicaCountMax: 10
virtualhosts:
- name: prod-group
  selector:
    app: apigee-ingressgateway
    ingress_name: prod-ingress
  sslSecret: prod-tls
  additionalGateways: ["non-sni"]
)";

// The same for apigeectl before 1.8: no ingress gateways, no selector.
const QByteArray kApigeectl = R"(gcp:
  region: us-east1
  projectID: example-hybrid
k8sCluster:
  name: example-cluster
  region: us-east1
org: example-org
instanceID: "example-1"
virtualhosts:
- name: default
  sslSecret: default-tls
  additionalGateways: ["non-sni"]
envs:
- name: test
  serviceAccountPaths:
    synchronizer: ./service-accounts/example-apigee-synchronizer.json
    udca: ./service-accounts/example-apigee-udca.json
)";

QByteArray with(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    if (!text.contains(from))
        qFatal("test text lacks %s", from.constData());
    return text.replace(from, to);
}

OverridesContext asRelease(const QString &version, bool certificates = false)
{
    OverridesContext context = withRoute();
    context.version = HybridVersion::parse(version);
    context.checkCertificates = certificates;
    return context;
}

} // namespace

class tst_OverridesReleases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schemaLoads();
    void releaseFiles_data();
    void releaseFiles();
    void acceptedShapes_data();
    void acceptedShapes();
    void sslSecretWithPaths();
    void unknownKeys();
    void releaseChangesTheResult();
    void helmErrors_data();
    void helmErrors();
    void duplicateKeyLastWins();
};

// The tables are resources of the engine: they load, and know keys of both eras.
void tst_OverridesReleases::schemaLoads()
{
    const HybridSchema &schema = HybridSchema::instance();
    QVERIFY2(schema.loadError().isEmpty(), qPrintable(schema.loadError()));
    for (const char *path : {"virtualhosts[].connectTimeout", "guardrails", "newDataPipeline",
                             "gcp.workloadIdentityEnabled", "virtualhosts[].routingRules",
                             "tolerations", "apigeeUserID", "kmsEncryptionSecret"})
        QVERIFY2(schema.key(QString::fromLatin1(path)), path);
    QVERIFY(!schema.key(QStringLiteral("newDataReplication")));
}

// Each release's file, laid out as installed: apigeectl runs in hybrid-files (the
// parent of overrides/) and reads ./certs/ there; Helm reads paths from the
// apigee-virtualhost chart folder. Certificates are made here.
void tst_OverridesReleases::releaseFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("release");
    QTest::addColumn<int>("layout");
    QTest::addColumn<QString>("placedAt"); // where the file goes in the temporary folder
    QTest::addColumn<QStringList>("certificates");
    const int apigeectl = int(HybridLayout::Apigeectl);
    const int helm = int(HybridLayout::Helm);
    QTest::newRow("1.2, apigeectl") << "hybrid-1.2/overrides/overrides.yaml"
                                    << "1.2" << apigeectl << "hybrid-files/overrides/overrides.yaml"
                                    << QStringList{"hybrid-files/certs/api"};
    QTest::newRow("1.5, apigeectl") << "hybrid-1.5.yaml"
                                    << "1.5" << apigeectl << "hybrid-files/overrides/overrides.yaml"
                                    << QStringList{"hybrid-files/certs/prod"};
    QTest::newRow("1.8, apigeectl, mTLS from a Secret")
        << "hybrid-1.8.yaml"
        << "1.8" << apigeectl << "hybrid-files/overrides/overrides.yaml" << QStringList{};
    QTest::newRow("1.10, Helm, merge keys")
        << "hybrid-1.10.yaml"
        << "1.10" << helm << "helm/overrides.yaml"
        << QStringList{"helm/apigee-virtualhost/certs/keystore_prod-group"};
    QTest::newRow("1.16, Helm") << "hybrid-1.16.yaml"
                                << "1.16" << helm << "helm/overrides.yaml"
                                << QStringList{"helm/apigee-virtualhost/certs/keystore_prod-group"};
}

void tst_OverridesReleases::releaseFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, release);
    QFETCH(int, layout);
    QFETCH(QString, placedAt);
    QFETCH(QStringList, certificates);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray text = readRelease(file);
    const QString path = dir.filePath(placedAt);
    write(path, text);
    for (const QString &stem : std::as_const(certificates))
        writePair(dir.filePath(stem + QStringLiteral(".pem")),
                  dir.filePath(stem + QStringLiteral(".key")));
    const HybridVersion expected = HybridVersion::parse(release).value();

    // Found from the file: no false alarm, the right layout, a range with the release.
    const OverridesReport found = validateOverrides(text, path, withRoute());
    QVERIFY2(codes(found).isEmpty(), qPrintable(codes(found).join(QLatin1Char(' '))));
    QCOMPARE(int(found.layout), layout);
    QVERIFY2(found.versionLow <= expected.minor && expected.minor <= found.versionHigh,
             qPrintable(QStringLiteral("%1 to %2").arg(found.versionLow).arg(found.versionHigh)));
    QVERIFY(find(found, QStringLiteral("hybrid_version")));

    // Given: the same, and every certificate found where the installer reads it.
    OverridesContext given = withRoute();
    given.version = expected;
    const OverridesReport checked = validateOverrides(text, path, given);
    QVERIFY2(codes(checked).isEmpty(), qPrintable(codes(checked).join(QLatin1Char(' '))));
    QCOMPARE(checked.version.minor, expected.minor);
    QVERIFY(checked.versionGiven);
    int certificatesRead = 0;
    for (const OverridesDiagnostic &diagnostic : checked.diagnostics)
        certificatesRead += diagnostic.code == QLatin1String("certificate_info") ? 1 : 0;
    QCOMPARE(certificatesRead, int(certificates.size()));
}

// Shapes Apigee accepts that were once called errors: none gives an error or a warning.
void tst_OverridesReleases::acceptedShapes_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("release");
    QTest::addColumn<QString>("note"); // an Info the row must give, or empty

    QTest::newRow("selector left to the 1.2 chart")
        << with(kApigeectl, "instanceID: \"example-1\"\n", "") << "1.2"
        << "selector_default";
    QTest::newRow("selector left to the 1.7 chart") << kApigeectl << "1.7"
                                                    << "selector_default";
    QTest::newRow("guardrails and the new data pipeline")
        << kHelm + "guardrails:\n  tolerations: []\nnewDataPipeline:\n  debugSession: true\n"
        << "1.16"
        << "";
    QTest::newRow("chart top-level keys")
        << kHelm + "tolerations: []\naffinity: {}\napigeeUserID: 999\nkmsEncryptionSecret:\n  "
                   "name: kms\n  key: k\nmintTaskScheduler:\n  image:\n    tag: 1.16.0\n"
        << "1.16"
        << "";
    QTest::newRow("workload identity, apigeectl era")
        << with(kApigeectl, "  projectID: example-hybrid\n",
                "  projectID: example-hybrid\n  workloadIdentityEnabled: true\n")
        << "1.7"
        << "";
    QTest::newRow("connectTimeout")
        << with(kHelm, "  sslSecret: prod-tls\n", "  sslSecret: prod-tls\n  connectTimeout: 60\n")
        << "1.16"
        << "";
    QTest::newRow("TLS 1.0 to AUTO")
        << with(kHelm, "  sslSecret: prod-tls\n",
                "  sslSecret: prod-tls\n  minTLSProtocolVersion: \"1.0\"\n  "
                "maxTLSProtocolVersion: \"AUTO\"\n")
        << "1.16"
        << "";
    QTest::newRow("TLS AUTO to 1.3")
        << with(kHelm, "  sslSecret: prod-tls\n",
                "  sslSecret: prod-tls\n  minTLSProtocolVersion: 'AUTO'\n  "
                "maxTLSProtocolVersion: '1.3'\n")
        << "1.12"
        << "";
    QTest::newRow("requestTimeout quoted") << with(kHelm, "  sslSecret: prod-tls\n",
                                                   "  sslSecret: prod-tls\n  requestTimeout: "
                                                   "\"300\"\n")
                                           << "1.10"
                                           << "";
    QTest::newRow("mTLS through the Secret")
        << with(kHelm, "  sslSecret: prod-tls\n", "  sslSecret: prod-tls\n  tlsMode: MUTUAL\n")
        << "1.16"
        << "";
    QTest::newRow("a host inheriting everything through <<")
        << with(kHelm,
                "virtualhosts:\n- name: prod-group\n  selector:\n    app: "
                "apigee-ingressgateway\n    ingress_name: prod-ingress\n  sslSecret: "
                "prod-tls\n  additionalGateways: [\"non-sni\"]\n",
                "defaults: &vh\n  selector:\n    app: apigee-ingressgateway\n    ingress_name: "
                "prod-ingress\n  sslSecret: prod-tls\n  additionalGateways: "
                "[\"non-sni\"]\nvirtualhosts:\n- <<: *vh\n  name: prod-group\n- <<: [*vh]\n  "
                "name: test-group\n  sslSecret: test-tls\n")
        << "1.16"
        << "";
    QTest::newRow("serviceAccountSecretProviderClass")
        << kHelm + "serviceAccountSecretProviderClass: apigee-sa\n"
        << "1.16"
        << "";
}

void tst_OverridesReleases::acceptedShapes()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, release);
    QFETCH(QString, note);
    const OverridesReport report =
        validateOverrides(yaml, QStringLiteral("overrides.yaml"), asRelease(release));
    QVERIFY2(codes(report).isEmpty(), qPrintable(codes(report).join(QLatin1Char(' '))));
    if (!note.isEmpty())
        QVERIFY2(find(report, note), qPrintable(codes(report, Severity::Info).join(' ')));
    // The merged host got its selector, Secret and route from the base.
    if (QTest::currentDataTag() == QByteArrayLiteral("a host inheriting everything through <<")) {
        QCOMPARE(report.virtualHosts.size(), 2);
        QCOMPARE(report.virtualHosts[1].sslSecret, QStringLiteral("test-tls"));
        QCOMPARE(report.virtualHosts[0].selector.value(QStringLiteral("ingress_name")),
                 QStringLiteral("prod-ingress"));
        QCOMPARE(report.virtualHosts[1].additionalGateways, QStringList{"non-sni"});
    }
}

// sslSecret with paths: the chart reads the Secret; the paths get a warning, and the
// files they name (missing here) are not looked for.
void tst_OverridesReleases::sslSecretWithPaths()
{
    const QByteArray yaml = with(kHelm, "  sslSecret: prod-tls\n",
                                 "  sslSecret: prod-tls\n  sslCertPath: certs/none.pem\n  "
                                 "sslKeyPath: certs/none.key\n");
    const OverridesReport report =
        validateOverrides(yaml, QStringLiteral("/nonexistent/overrides.yaml"),
                          asRelease(QStringLiteral("1.16"), true));
    QCOMPARE(codes(report), QStringList{QStringLiteral("tls_paths_ignored@27")});
}

// Typos inside sections are found with a suggestion from the chosen release; a key of
// another release says which.
void tst_OverridesReleases::unknownKeys()
{
    const OverridesReport typo =
        validateOverrides(with(kHelm, "  replicaCountMax: 10", "  replicateCountMax: 10"),
                          QStringLiteral("overrides.yaml"), asRelease(QStringLiteral("1.16")));
    const OverridesDiagnostic *unknown = find(typo, QStringLiteral("unknown_key"));
    QVERIFY(unknown);
    QCOMPARE(unknown->line, 20);
    QCOMPARE(unknown->args.value("suggestion"), QStringLiteral("replicaCountMax"));

    // routingRules went with 1.2: read as 1.16 it says so, not "newer than SNI Doctor".
    const OverridesReport old = validateOverrides(
        with(kHelm, "  sslSecret: prod-tls\n",
             "  sslSecret: prod-tls\n  routingRules:\n  - paths: [/]\n    env: prod\n"),
        QStringLiteral("overrides.yaml"), asRelease(QStringLiteral("1.16")));
    const OverridesDiagnostic *obsolete = find(old, QStringLiteral("obsolete_key"));
    QVERIFY2(obsolete, qPrintable(codes(old).join(' ')));
    QCOMPARE(obsolete->args.value("until"), QStringLiteral("1.2"));
    QVERIFY(!find(old, QStringLiteral("unknown_key")));
}

// The picker's effect: the same file read as another release gives another result.
void tst_OverridesReleases::releaseChangesTheResult()
{
    const QByteArray yaml =
        with(kHelm, "  sslSecret: prod-tls\n", "  sslSecret: prod-tls\n  requestTimeout: 60\n");
    QVERIFY(codes(validateOverrides(yaml, QStringLiteral("o.yaml"), asRelease("1.16"))).isEmpty());
    const OverridesReport older =
        validateOverrides(yaml, QStringLiteral("o.yaml"), asRelease("1.8"));
    QVERIFY2(codes(older).contains(QStringLiteral("key_too_new@27")),
             qPrintable(codes(older).join(' ')));
    QCOMPARE(find(older, QStringLiteral("key_too_new"))->args.value("since"),
             QStringLiteral("1.10"));
    // A key only the charts show is dated by them (1.10): no claim about 1.9.
    const QByteArray chartsOnly =
        with(kHelm, "  sslSecret: prod-tls\n", "  sslSecret: prod-tls\n  connectTimeout: 60\n");
    QVERIFY(!codes(validateOverrides(chartsOnly, QStringLiteral("o.yaml"), asRelease("1.9")))
                 .contains(QStringLiteral("key_too_new@27")));
    // Without a selector: a note before 1.8, an error from 1.8.
    const QByteArray &noSelector = kApigeectl;
    QVERIFY(
        codes(validateOverrides(noSelector, QStringLiteral("o.yaml"), asRelease("1.7"))).isEmpty());
    QVERIFY(codes(validateOverrides(noSelector, QStringLiteral("o.yaml"), asRelease("1.8")))
                .contains(QStringLiteral("missing_key@10")));
}

// What Helm (or the chart's template) would fail on, at its line.
void tst_OverridesReleases::helmErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected"); // code@line

    QTest::newRow("empty first document")
        << "---\n# the real file follows\n---\n" + kHelm << "first_document_empty@3";
    QTest::newRow("Latin-1 byte") << with(kHelm, "org: example-org", "org: example-\xe9org")
                                  << "not_utf8@11";
    QTest::newRow("Helm placeholder")
        << with(kHelm, "  projectID: example-hybrid", "  projectID: {{ PROJECT_ID }}")
        << "template_placeholder@4";
    QTest::newRow("Jinja placeholder")
        << with(kHelm, "  sslSecret: prod-tls\n", "  sslSecret: prod-tls\n{% if mtls %}\n")
        << "template_placeholder@27";
    QTest::newRow("placeholder in a quoted value is a value")
        << with(kHelm, "  projectID: example-hybrid", "  projectID: \"{{ PROJECT_ID }}\"")
        << "template_placeholder@4";
    QTest::newRow("TLS min above max")
        << with(kHelm, "  sslSecret: prod-tls\n",
                "  sslSecret: prod-tls\n  minTLSProtocolVersion: \"1.3\"\n  "
                "maxTLSProtocolVersion: \"1.2\"\n")
        << "tls_version_order@27";
    QTest::newRow("TLS version unquoted")
        << with(kHelm, "  sslSecret: prod-tls\n",
                "  sslSecret: prod-tls\n  minTLSProtocolVersion: 1.2\n")
        << "tls_version_unquoted@27";
    QTest::newRow("unterminated quote, cause line")
        << with(kHelm, "  sslSecret: prod-tls\n", "  sslSecret: \"prod-tls\n") << "yaml_syntax@26";
    QTest::newRow("selector missing from 1.8")
        << with(kHelm,
                "  selector:\n    app: apigee-ingressgateway\n    ingress_name: "
                "prod-ingress\n",
                "")
        << "missing_key@22";
}

void tst_OverridesReleases::helmErrors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    const OverridesReport report = validateOverrides(yaml, QStringLiteral("overrides.yaml"),
                                                     asRelease(QStringLiteral("1.16")));
    QVERIFY2(codes(report).contains(expected), qPrintable(codes(report).join(QLatin1Char(' '))));
    const OverridesDiagnostic *diagnostic = find(report, expected.section(QLatin1Char('@'), 0, 0));
    QCOMPARE(diagnostic->severity, Severity::Error);
}

// A duplicate key: the last value is the one Helm uses, and the one checked.
void tst_OverridesReleases::duplicateKeyLastWins()
{
    const QByteArray yaml = with(kHelm, "  sslSecret: prod-tls\n",
                                 "  sslSecret: prod-tls\n  minTLSProtocolVersion: \"1.2\"\n  "
                                 "minTLSProtocolVersion: \"1.7\"\n");
    const OverridesReport report = validateOverrides(yaml, QStringLiteral("overrides.yaml"),
                                                     asRelease(QStringLiteral("1.16")));
    const OverridesDiagnostic *duplicate = find(report, QStringLiteral("duplicate_key"));
    QVERIFY(duplicate);
    QCOMPARE(duplicate->severity, Severity::Warning);
    QCOMPARE(duplicate->line, 28);
    QCOMPARE(duplicate->args.value("first_line"), QStringLiteral("27"));
    const OverridesDiagnostic *invalid = find(report, QStringLiteral("tls_version_invalid"));
    QVERIFY2(invalid, qPrintable(codes(report).join(' ')));
    QCOMPARE(invalid->line, 28); // the value used, not the first
}

QTEST_GUILESS_MAIN(tst_OverridesReleases)
#include "tst_overridesreleases.moc"
