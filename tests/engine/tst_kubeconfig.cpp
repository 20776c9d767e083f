// kubectl's rules for finding and merging kubeconfigs, and what each context can use.
#include "cluster/kubeconfig.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace SniDoctor;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// What gcloud container clusters get-credentials writes, with GKE's exec plugin.
const QByteArray kGke = R"(apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUIKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=
    server: https://34.118.1.2
  name: gke_myproject_us-central1_hybrid
contexts:
- context:
    cluster: gke_myproject_us-central1_hybrid
    user: gke_myproject_us-central1_hybrid
  name: gke_myproject_us-central1_hybrid
current-context: gke_myproject_us-central1_hybrid
kind: Config
preferences: {}
users:
- name: gke_myproject_us-central1_hybrid
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: gke-gcloud-auth-plugin
      installHint: Install gke-gcloud-auth-plugin for use with kubectl by following
        https://cloud.google.com/kubernetes-engine/docs/how-to/cluster-access-for-kubectl#install_plugin
      interactiveMode: IfAvailable
      provideClusterInfo: true
)";

} // namespace

class tst_Kubeconfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whichFiles();
    void gkeExecPlugin();
    void mergeFirstWins();
    void relativePaths();
    void brokenContextsStayListed();
    void badFiles();
    void detailsAsKubectlReadsThem();
};

void tst_Kubeconfig::whichFiles()
{
    QCOMPARE(kubeconfigFiles(QStringLiteral("/explicit"), "/a:/b", QStringLiteral("/home/u")),
             QStringList{"/explicit"});
    QCOMPARE(kubeconfigFiles({}, "/a::/b:/a", QStringLiteral("/home/u")),
             (QStringList{"/a", "/b"}));
    QCOMPARE(kubeconfigFiles({}, "", QStringLiteral("/home/u")),
             QStringList{"/home/u/.kube/config"});
}

void tst_Kubeconfig::gkeExecPlugin()
{
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("config"), kGke);
    const auto config = loadKubeconfig({path}, true);
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message()));
    QCOMPARE(config.value().currentContext, QStringLiteral("gke_myproject_us-central1_hybrid"));
    QCOMPARE(config.value().contexts.size(), 1);
    QVERIFY(config.value().contexts[0].problem.isNull());
    QCOMPARE(config.value().namespaceFor(config.value().currentContext), QStringLiteral("apigee"));
    const KubeCluster cluster =
        config.value().clusters.value(QStringLiteral("gke_myproject_us-central1_hybrid"));
    QCOMPARE(cluster.server, QStringLiteral("https://34.118.1.2"));
    QVERIFY(cluster.certificateAuthorityData.startsWith("-----BEGIN CERTIFICATE-----"));
    const KubeUser user =
        config.value().users.value(QStringLiteral("gke_myproject_us-central1_hybrid"));
    QVERIFY(user.exec.has_value());
    QCOMPARE(user.exec->command,
             QStringLiteral("gke-gcloud-auth-plugin")); // looked up on PATH, not resolved
    QCOMPARE(user.exec->apiVersion, QStringLiteral("client.authentication.k8s.io/v1beta1"));
    QVERIFY(user.exec->provideClusterInfo);
    QCOMPARE(user.exec->interactiveMode, QStringLiteral("IfAvailable"));
    QVERIFY(user.exec->installHint.contains(QStringLiteral("gke-gcloud-auth-plugin")));
}

void tst_Kubeconfig::mergeFirstWins()
{
    QTemporaryDir dir;
    const QString first = write(dir, QStringLiteral("first"), R"(
current-context: dev
clusters:
- name: shared
  cluster: {server: https://first.example:6443}
contexts:
- name: dev
  context: {cluster: shared, user: alice, namespace: apigee-dev}
users:
- name: alice
  user: {token: first-token}
)");
    const QString second = write(dir, QStringLiteral("second"), R"(
current-context: prod
clusters:
- name: shared
  cluster: {server: https://second.example:6443}
- name: prod-cluster
  cluster: {server: https://prod.example:6443, insecure-skip-tls-verify: true, proxy-url: http://proxy:3128}
contexts:
- name: dev
  context: {cluster: prod-cluster, user: bob}
- name: prod
  context: {cluster: prod-cluster, user: bob}
users:
- name: alice
  user: {token: second-token}
- name: bob
  user: {username: bob, password: secret}
)");
    const auto config =
        loadKubeconfig({first, dir.filePath(QStringLiteral("missing")), second}, false);
    QVERIFY(config.ok());
    QCOMPARE(config.value().files, (QStringList{first, second})); // the missing one skipped
    QCOMPARE(config.value().currentContext, QStringLiteral("dev"));
    QCOMPARE(config.value().clusters.value(QStringLiteral("shared")).server,
             QStringLiteral("https://first.example:6443"));
    QCOMPARE(config.value().users.value(QStringLiteral("alice")).token,
             QStringLiteral("first-token"));
    QCOMPARE(config.value().context(QStringLiteral("dev"))->cluster, QStringLiteral("shared"));
    QCOMPARE(config.value().namespaceFor(QStringLiteral("dev")), QStringLiteral("apigee-dev"));
    QCOMPARE(config.value().contexts.size(), 2);
    const KubeCluster prod = config.value().clusters.value(QStringLiteral("prod-cluster"));
    QVERIFY(prod.insecureSkipTlsVerify);
    QCOMPARE(prod.proxyUrl, QStringLiteral("http://proxy:3128"));
    QCOMPARE(config.value().users.value(QStringLiteral("bob")).password, QStringLiteral("secret"));
}

void tst_Kubeconfig::relativePaths()
{
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("kube/config"), R"(
clusters:
- name: c
  cluster: {server: https://127.0.0.1:6443, certificate-authority: certs/ca.crt}
contexts:
- name: x
  context: {cluster: c, user: u}
users:
- name: u
  user:
    client-certificate: certs/client.crt
    client-key: /abs/client.key
    tokenFile: ../token
    exec: {apiVersion: client.authentication.k8s.io/v1, command: ./bin/plugin, args: [--flag]}
)");
    const auto config = loadKubeconfig({path}, true);
    QVERIFY(config.ok());
    const QString folder = QFileInfo(path).absolutePath();
    QCOMPARE(config.value().clusters.value(QStringLiteral("c")).certificateAuthority,
             folder + QStringLiteral("/certs/ca.crt"));
    const KubeUser user = config.value().users.value(QStringLiteral("u"));
    QCOMPARE(user.clientCertificate, folder + QStringLiteral("/certs/client.crt"));
    QCOMPARE(user.clientKey, QStringLiteral("/abs/client.key"));
    QCOMPARE(user.tokenFile, QDir::cleanPath(folder + QStringLiteral("/../token")));
    QCOMPARE(user.exec->command, folder + QStringLiteral("/bin/plugin"));
    QCOMPARE(user.exec->args, QStringList{"--flag"});
}

void tst_Kubeconfig::brokenContextsStayListed()
{
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("config"), R"(
current-context: good
clusters:
- name: c
  cluster: {server: https://127.0.0.1:6443}
- name: bad-ca
  cluster: {server: https://127.0.0.1:6443, certificate-authority-data: "!!!not base64!!!"}
contexts:
- {name: good, context: {cluster: c, user: u}}
- {name: no-cluster, context: {cluster: gone, user: u}}
- {name: no-user, context: {cluster: c, user: nobody}}
- {name: legacy-gcp, context: {cluster: c, user: old}}
- {name: broken-ca, context: {cluster: bad-ca, user: u}}
users:
- {name: u, user: {token: t}}
- {name: old, user: {auth-provider: {name: gcp, config: {cmd-path: /usr/bin/gcloud}}}}
)");
    const auto config = loadKubeconfig({path}, true);
    QVERIFY(config.ok());
    QCOMPARE(config.value().contexts.size(), 5);
    QVERIFY(config.value().context(QStringLiteral("good"))->problem.isNull());
    QVERIFY(config.value()
                .context(QStringLiteral("no-cluster"))
                ->problem.message()
                .contains(QStringLiteral("gone")));
    QVERIFY(config.value()
                .context(QStringLiteral("no-user"))
                ->problem.message()
                .contains(QStringLiteral("nobody")));
    QVERIFY(config.value()
                .context(QStringLiteral("legacy-gcp"))
                ->problem.message()
                .contains(QStringLiteral("gke-gcloud-auth-plugin")));
    QVERIFY(config.value()
                .context(QStringLiteral("broken-ca"))
                ->problem.message()
                .contains(QStringLiteral("base64")));
}

void tst_Kubeconfig::badFiles()
{
    QTemporaryDir dir;
    const auto missing = loadKubeconfig({dir.filePath(QStringLiteral("nope"))}, true);
    QCOMPARE(missing.error().id(), QStringLiteral("kubeconfig_missing"));
    QVERIFY(missing.error().message().contains(QStringLiteral("nope")));
    const auto none = loadKubeconfig(
        {dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("b"))}, false);
    QCOMPARE(none.error().id(), QStringLiteral("kubeconfig_missing"));
    const QString broken = write(dir, QStringLiteral("broken"), "clusters:\n- name: [x\n");
    const auto syntax = loadKubeconfig({broken}, true);
    QCOMPARE(syntax.error().id(), QStringLiteral("kubeconfig_syntax"));
    QVERIFY2(syntax.error().message().contains(QStringLiteral("line ")),
             qPrintable(syntax.error().message()));
    const QString list = write(dir, QStringLiteral("list"), "- just\n- a list\n");
    QCOMPARE(loadKubeconfig({list}, true).error().id(), QStringLiteral("kubeconfig_syntax"));

    // A few kilobytes whose aliases copy one long argument list into every user: refused
    // by the bound every YAML reader shares, at a position, before anything is copied.
    QByteArray bomb = "apiVersion: v1\nkind: Config\nargs: &a [";
    bomb += QByteArrayList(9000, "x").join(',');
    bomb += "]\nusers:\n";
    for (int i = 0; i < 1000; ++i)
        bomb += "- {name: u" + QByteArray::number(i) + ", user: {exec: {command: c, args: *a}}}\n";
    QVERIFY(bomb.size() < 100 * 1024);
    const QString bombFile = write(dir, QStringLiteral("bomb"), bomb);
    const auto expands = loadKubeconfig({bombFile}, true);
    QVERIFY(!expands.ok());
    QCOMPARE(expands.error().id(), QStringLiteral("kubeconfig_syntax"));
    QVERIFY2(expands.error().message().contains(QStringLiteral("expand to more than")),
             qPrintable(expands.error().message()));
    // kubectl refuses the same file ("yaml: document contains excessive aliasing").
    if (const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        !kubectl.isEmpty()) {
        QProcess process;
        process.start(kubectl, {QStringLiteral("--kubeconfig"), bombFile, QStringLiteral("config"),
                                QStringLiteral("get-contexts")});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY(process.exitCode() != 0);
        QVERIFY2(process.readAllStandardError().contains("aliasing"), "kubectl accepted it");
    } else if (qEnvironmentVariableIsSet("CI")) {
        QFAIL("kubectl is not installed: the setup script must install it");
    }

    QByteArray deep = "clusters: ";
    deep += QByteArray(200, '[');
    deep += QByteArray(200, ']');
    const QString deepFile = write(dir, QStringLiteral("deep"), deep + "\n");
    const auto nested = loadKubeconfig({deepFile}, true);
    QCOMPARE(nested.error().id(), QStringLiteral("kubeconfig_syntax"));
    QVERIFY2(nested.error().message().contains(QStringLiteral("nest more than 64")),
             qPrintable(nested.error().message()));
}

void tst_Kubeconfig::detailsAsKubectlReadsThem()
{
    QTemporaryDir dir;
    // YAML 1.1 booleans (sigs.k8s.io/yaml), empty names as keys, impersonation, the
    // auth-provider's config; kubectl resolves the empty-named context as its current.
    const QString path = write(dir, QStringLiteral("details"), R"(apiVersion: v1
kind: Config
clusters:
- name: ""
  cluster: {server: "https://127.0.0.1:1", insecure-skip-tls-verify: yes}
- name: upper
  cluster: {server: "https://10.0.0.2", insecure-skip-tls-verify: True}
- name: plain
  cluster: {server: "https://10.0.0.3", insecure-skip-tls-verify: off}
contexts:
- name: ""
  context: {cluster: "", user: ""}
- name: azure
  context: {cluster: upper, user: azure-user}
users:
- name: ""
  user:
    token: abc
    as: viewer@example.com
    as-groups: [sre, admins]
    as-uid: "42"
    as-user-extra: {scopes: [view, logs]}
- name: azure-user
  user:
    auth-provider:
      name: azure
      config: {apiserver-id: api-x, tenant-id: tenant-y}
)");
    const auto config = loadKubeconfig({path}, true);
    QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message()));
    QVERIFY(config.value().clusters.value(QString()).insecureSkipTlsVerify);
    QVERIFY(config.value().clusters.value(QStringLiteral("upper")).insecureSkipTlsVerify);
    QVERIFY(!config.value().clusters.value(QStringLiteral("plain")).insecureSkipTlsVerify);
    QCOMPARE(config.value().currentContext, QString());
    const KubeContext *unnamed = config.value().context(QString());
    QVERIFY(unnamed);
    QVERIFY2(unnamed->problem.isNull(), qPrintable(unnamed->problem.message()));
    const KubeUser user = config.value().users.value(QString());
    QCOMPARE(user.as, QStringLiteral("viewer@example.com"));
    QCOMPARE(user.asGroups, (QStringList{QStringLiteral("sre"), QStringLiteral("admins")}));
    QCOMPARE(user.asUid, QStringLiteral("42"));
    QCOMPARE(user.asExtra.size(), 2);
    QCOMPARE(user.asExtra.at(1), qMakePair(QStringLiteral("scopes"), QStringLiteral("logs")));
    const KubeContext *azure = config.value().context(QStringLiteral("azure"));
    QVERIFY(azure);
    QCOMPARE(azure->problem.id(), QStringLiteral("kube_bad_context"));
    QVERIFY(azure->problem.message().contains(QStringLiteral("kubelogin")));
    QCOMPARE(config.value()
                 .users.value(QStringLiteral("azure-user"))
                 .authProviderConfig.value(QStringLiteral("tenant-id")),
             QStringLiteral("tenant-y"));

    const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (!kubectl.isEmpty()) {
        QProcess process;
        // The unnamed context is kubectl's current one: it goes to the unnamed cluster.
        process.start(kubectl, {QStringLiteral("--kubeconfig"), path, QStringLiteral("get"),
                                QStringLiteral("pods"), QStringLiteral("-v=6"),
                                QStringLiteral("--request-timeout=5s")});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.readAllStandardError().contains("https://127.0.0.1:1/api"),
                 "kubectl did not use the unnamed context");
        QCOMPARE(QStringLiteral("https://127.0.0.1:1"),
                 config.value().clusters.value(QString()).server);
    }
}

QTEST_GUILESS_MAIN(tst_Kubeconfig)
#include "tst_kubeconfig.moc"
