#include "kubeconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "cluster/yamlnodes.h"

namespace SniDoctor {

namespace {

using Yaml::child;
using Yaml::items;
using Yaml::text;

QString resolved(const QString &path, const QString &folder)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return path;
    return QDir::cleanPath(QDir(folder).filePath(path));
}

// Base64 that must decode to something; a broken value is reported, not ignored.
bool decode(const YAML::Node &node, QByteArray &out)
{
    const QString value = text(node);
    if (value.isEmpty())
        return true;
    const auto result =
        QByteArray::fromBase64Encoding(value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    out = *result;
    return true;
}

} // namespace

const KubeContext *Kubeconfig::context(const QString &name) const
{
    for (const KubeContext &candidate : contexts) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

QString Kubeconfig::namespaceFor(const QString &contextName) const
{
    const KubeContext *found = context(contextName);
    return found && !found->ns.isEmpty() ? found->ns : QStringLiteral("apigee");
}

QStringList kubeconfigFiles(const QString &explicitPath, const QByteArray &kubeconfigVariable,
                            const QString &home)
{
    if (!explicitPath.isEmpty())
        return {explicitPath};
    QStringList files;
    for (const QByteArray &entry : kubeconfigVariable.split(':')) {
        if (!entry.isEmpty() && !files.contains(QFile::decodeName(entry)))
            files << QFile::decodeName(entry);
    }
    if (files.isEmpty())
        files << QDir(home).filePath(QStringLiteral(".kube/config"));
    return files;
}

Result<Kubeconfig> loadKubeconfig(const QStringList &files, bool explicitFile)
{
    Kubeconfig config;
    QMap<QString, QString> brokenUsers;    // user name -> problem
    QMap<QString, QString> brokenClusters; // cluster name -> problem
    for (const QString &path : files) {
        QFile file(path);
        if (!file.exists()) {
            if (explicitFile)
                return Error{QStringLiteral("kubeconfig_missing"),
                             QCoreApplication::translate("SniDoctor::Kubeconfig",
                                                         "The kubeconfig %1 does not exist.")
                                 .arg(path)};
            continue;
        }
        if (!file.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("kubeconfig_unreadable"),
                         QCoreApplication::translate("SniDoctor::Kubeconfig",
                                                     "Cannot read the kubeconfig %1: %2")
                             .arg(path, file.errorString())};
        YAML::Node root;
        try {
            root = YAML::Load(file.readAll().toStdString());
        } catch (const YAML::Exception &error) {
            return Error{QStringLiteral("kubeconfig_syntax"),
                         QCoreApplication::translate(
                             "SniDoctor::Kubeconfig",
                             "%1, line %2, column %3: %4 (expected a kubeconfig in YAML)")
                             .arg(path)
                             .arg(error.mark.line + 1)
                             .arg(error.mark.column + 1)
                             .arg(QString::fromStdString(error.msg))};
        }
        config.files << path;
        if (!root || root.IsNull())
            continue; // an empty file sets nothing
        if (!root.IsMap())
            return Error{
                QStringLiteral("kubeconfig_syntax"),
                QCoreApplication::translate(
                    "SniDoctor::Kubeconfig",
                    "%1 is not a kubeconfig: expected a map with clusters, users and contexts.")
                    .arg(path)};
        try {
            const QString folder = QFileInfo(path).absolutePath();
            if (config.currentContext.isEmpty())
                config.currentContext = text(child(root, "current-context"));

            for (const YAML::Node &entry : items(child(root, "clusters"))) {
                const QString name = text(child(entry, "name"));
                if (name.isEmpty() || config.clusters.contains(name))
                    continue; // the first file to define a name wins
                const YAML::Node c = child(entry, "cluster");
                KubeCluster cluster;
                cluster.name = name;
                cluster.file = path;
                cluster.server = text(child(c, "server"));
                cluster.certificateAuthority =
                    resolved(text(child(c, "certificate-authority")), folder);
                if (!decode(child(c, "certificate-authority-data"),
                            cluster.certificateAuthorityData))
                    brokenClusters.insert(
                        name, QCoreApplication::translate(
                                  "SniDoctor::Kubeconfig",
                                  "certificate-authority-data of cluster %1 is not base64")
                                  .arg(name));
                cluster.insecureSkipTlsVerify =
                    text(child(c, "insecure-skip-tls-verify")) == QLatin1String("true");
                cluster.tlsServerName = text(child(c, "tls-server-name"));
                cluster.proxyUrl = text(child(c, "proxy-url"));
                config.clusters.insert(name, cluster);
            }
            for (const YAML::Node &entry : items(child(root, "users"))) {
                const QString name = text(child(entry, "name"));
                if (name.isEmpty() || config.users.contains(name))
                    continue;
                const YAML::Node u = child(entry, "user");
                KubeUser user;
                user.name = name;
                user.file = path;
                user.token = text(child(u, "token"));
                user.tokenFile = resolved(text(child(u, "tokenFile")), folder);
                user.clientCertificate = resolved(text(child(u, "client-certificate")), folder);
                user.clientKey = resolved(text(child(u, "client-key")), folder);
                if (!decode(child(u, "client-certificate-data"), user.clientCertificateData) ||
                    !decode(child(u, "client-key-data"), user.clientKeyData))
                    brokenUsers.insert(
                        name, QCoreApplication::translate(
                                  "SniDoctor::Kubeconfig",
                                  "the client certificate or key data of user %1 is not base64")
                                  .arg(name));
                user.username = text(child(u, "username"));
                user.password = text(child(u, "password"));
                user.authProvider = text(child(child(u, "auth-provider"), "name"));
                if (const YAML::Node e = child(u, "exec"); e && e.IsMap()) {
                    KubeExec exec;
                    exec.apiVersion = text(child(e, "apiVersion"));
                    exec.command = text(child(e, "command"));
                    if (exec.command.contains(QLatin1Char('/')))
                        exec.command = resolved(exec.command, folder);
                    for (const YAML::Node &arg : items(child(e, "args")))
                        exec.args << text(arg);
                    for (const YAML::Node &variable : items(child(e, "env")))
                        exec.env << qMakePair(text(child(variable, "name")),
                                              text(child(variable, "value")));
                    exec.installHint = text(child(e, "installHint"));
                    exec.interactiveMode = text(child(e, "interactiveMode"));
                    exec.provideClusterInfo =
                        text(child(e, "provideClusterInfo")) == QLatin1String("true");
                    user.exec = exec;
                }
                config.users.insert(name, user);
            }
            for (const YAML::Node &entry : items(child(root, "contexts"))) {
                const QString name = text(child(entry, "name"));
                if (name.isEmpty() || config.context(name))
                    continue;
                const YAML::Node c = child(entry, "context");
                config.contexts << KubeContext{name,
                                               text(child(c, "cluster")),
                                               text(child(c, "user")),
                                               text(child(c, "namespace")),
                                               {}};
            }
        } catch (const YAML::Exception &error) {
            // A node of an unexpected type (a list where a map belongs, ...).
            return Error{QStringLiteral("kubeconfig_syntax"),
                         QCoreApplication::translate(
                             "SniDoctor::Kubeconfig",
                             "%1, line %2, column %3: %4 (expected a kubeconfig in YAML)")
                             .arg(path)
                             .arg(error.mark.line + 1)
                             .arg(error.mark.column + 1)
                             .arg(QString::fromStdString(error.msg))};
        }
    }
    if (config.files.isEmpty()) {
        return Error{
            QStringLiteral("kubeconfig_missing"),
            QCoreApplication::translate(
                "SniDoctor::Kubeconfig",
                "No kubeconfig found (looked for %1). Get one with gcloud container clusters "
                "get-credentials, or choose the file.")
                .arg(files.join(QStringLiteral(", ")))};
    }
    // Each context's problems, in the order a user would fix them.
    for (KubeContext &context : config.contexts) {
        if (!config.clusters.contains(context.cluster)) {
            context.problem =
                QCoreApplication::translate(
                    "SniDoctor::Kubeconfig",
                    "context %1 names the cluster \"%2\", which no kubeconfig defines")
                    .arg(context.name, context.cluster);
        } else if (brokenClusters.contains(context.cluster)) {
            context.problem = brokenClusters.value(context.cluster);
        } else if (config.clusters.value(context.cluster).server.isEmpty()) {
            context.problem = QCoreApplication::translate("SniDoctor::Kubeconfig",
                                                          "the cluster %1 has no server address")
                                  .arg(context.cluster);
        } else if (!context.user.isEmpty() && !config.users.contains(context.user)) {
            context.problem = QCoreApplication::translate(
                                  "SniDoctor::Kubeconfig",
                                  "context %1 names the user \"%2\", which no kubeconfig defines")
                                  .arg(context.name, context.user);
        } else if (brokenUsers.contains(context.user)) {
            context.problem = brokenUsers.value(context.user);
        } else if (config.users.value(context.user).authProvider == QLatin1String("gcp")) {
            context.problem =
                QCoreApplication::translate(
                    "SniDoctor::Kubeconfig",
                    "the user %1 uses auth-provider gcp, which kubectl 1.26 removed: install "
                    "gke-gcloud-auth-plugin (apt-get install "
                    "google-cloud-cli-gke-gcloud-auth-plugin) "
                    "and run gcloud container clusters get-credentials again")
                    .arg(context.user);
        }
    }
    return config;
}

} // namespace SniDoctor
