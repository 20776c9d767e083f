#include "kubeconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include "core/yaml.h"

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

// A boolean as kubectl reads it (YAML 1.1, through sigs.k8s.io/yaml): true, True,
// TRUE, yes, Yes, YES, y, Y, on, On, ON.
bool boolean(const YAML::Node &node)
{
    static const QStringList truths = {
        QStringLiteral("true"), QStringLiteral("True"), QStringLiteral("TRUE"),
        QStringLiteral("yes"),  QStringLiteral("Yes"),  QStringLiteral("YES"),
        QStringLiteral("y"),    QStringLiteral("Y"),    QStringLiteral("on"),
        QStringLiteral("On"),   QStringLiteral("ON")};
    return truths.contains(text(node));
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

namespace {

Error syntaxError(const QString &path, const YAML::Exception &error)
{
    return Error(ClusterError::KubeconfigSyntax,
                 {{"file", path},
                  {"line", QString::number(error.mark.line + 1)},
                  {"column", QString::number(error.mark.column + 1)},
                  {"reason", QString::fromStdString(error.msg)}});
}

} // namespace

Result<Kubeconfig> loadKubeconfig(const QStringList &files, bool explicitFile)
{
    Kubeconfig config;
    QMap<QString, Error> brokenUsers;    // user name -> problem
    QMap<QString, Error> brokenClusters; // cluster name -> problem
    QSet<QString> contextNames;          // looked up once per entry: linear in the files
    for (const QString &path : files) {
        QFile file(path);
        if (!file.exists()) {
            if (explicitFile)
                return Error(ClusterError::KubeconfigMissing, {{"file", path}});
            continue;
        }
        if (!file.open(QIODevice::ReadOnly))
            return Error(ClusterError::KubeconfigUnreadable,
                         {{"file", path}, {"reason", file.errorString()}});
        YAML::Node root;
        try {
            root = Yaml::loadDocument(file.readAll().toStdString());
        } catch (const YAML::Exception &error) {
            return syntaxError(path, error);
        }
        config.files << path;
        if (!root || root.IsNull())
            continue; // an empty file sets nothing
        if (!root.IsMap())
            return Error(ClusterError::KubeconfigNotMap, {{"file", path}});
        try {
            const QString folder = QFileInfo(path).absolutePath();
            if (config.currentContext.isEmpty())
                config.currentContext = text(child(root, "current-context"));

            for (const YAML::Node &entry : items(child(root, "clusters"))) {
                const QString name = text(child(entry, "name"));
                if (!child(entry, "cluster") || config.clusters.contains(name))
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
                        name, Error(ClusterError::ClusterCaNotBase64, {{"cluster", name}}));
                cluster.insecureSkipTlsVerify = boolean(child(c, "insecure-skip-tls-verify"));
                cluster.tlsServerName = text(child(c, "tls-server-name"));
                cluster.proxyUrl = text(child(c, "proxy-url"));
                config.clusters.insert(name, cluster);
            }
            for (const YAML::Node &entry : items(child(root, "users"))) {
                const QString name = text(child(entry, "name"));
                if (!child(entry, "user") || config.users.contains(name))
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
                    brokenUsers.insert(name,
                                       Error(ClusterError::UserDataNotBase64, {{"user", name}}));
                user.username = text(child(u, "username"));
                user.password = text(child(u, "password"));
                user.authProvider = text(child(child(u, "auth-provider"), "name"));
                if (const YAML::Node c = child(child(u, "auth-provider"), "config");
                    c && c.IsMap()) {
                    for (const auto &pair : c)
                        user.authProviderConfig.insert(QString::fromStdString(pair.first.Scalar()),
                                                       text(pair.second));
                }
                user.as = text(child(u, "as"));
                for (const YAML::Node &group : items(child(u, "as-groups")))
                    user.asGroups << text(group);
                user.asUid = text(child(u, "as-uid"));
                if (const YAML::Node extra = child(u, "as-user-extra"); extra && extra.IsMap()) {
                    for (const auto &pair : extra) {
                        for (const YAML::Node &value : items(pair.second))
                            user.asExtra << qMakePair(QString::fromStdString(pair.first.Scalar()),
                                                      text(value));
                    }
                }
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
                    exec.provideClusterInfo = boolean(child(e, "provideClusterInfo"));
                    user.exec = exec;
                }
                config.users.insert(name, user);
            }
            for (const YAML::Node &entry : items(child(root, "contexts"))) {
                const QString name = text(child(entry, "name"));
                if (!child(entry, "context") || contextNames.contains(name))
                    continue;
                contextNames.insert(name);
                const YAML::Node c = child(entry, "context");
                config.contexts << KubeContext{name,
                                               text(child(c, "cluster")),
                                               text(child(c, "user")),
                                               text(child(c, "namespace")),
                                               {}};
            }
        } catch (const YAML::Exception &error) {
            // A node of an unexpected type (a list where a map belongs, ...).
            return syntaxError(path, error);
        }
    }
    if (config.files.isEmpty()) {
        return Error(ClusterError::KubeconfigNotFound,
                     {{"files", files.join(QStringLiteral(", "))}});
    }
    // Each context's problems, in the order a user would fix them.
    for (KubeContext &context : config.contexts) {
        if (!config.clusters.contains(context.cluster)) {
            context.problem = Error(ClusterError::ContextUnknownCluster,
                                    {{"context", context.name}, {"cluster", context.cluster}});
        } else if (brokenClusters.contains(context.cluster)) {
            context.problem = brokenClusters.value(context.cluster);
        } else if (config.clusters.value(context.cluster).server.isEmpty()) {
            context.problem = Error(ClusterError::ClusterNoServer, {{"cluster", context.cluster}});
        } else if (!context.user.isEmpty() && !config.users.contains(context.user)) {
            context.problem = Error(ClusterError::ContextUnknownUser,
                                    {{"context", context.name}, {"user", context.user}});
        } else if (brokenUsers.contains(context.user)) {
            context.problem = brokenUsers.value(context.user);
        } else if (config.users.value(context.user).authProvider == QLatin1String("gcp")) {
            context.problem = Error(ClusterError::UserAuthProviderGcp, {{"user", context.user}});
        } else if (config.users.value(context.user).authProvider == QLatin1String("azure")) {
            context.problem = Error(ClusterError::UserAuthProviderAzure, {{"user", context.user}});
        }
    }
    return config;
}

} // namespace SniDoctor
