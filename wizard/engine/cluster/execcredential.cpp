#include "execcredential.h"

#include "core/rfc3339.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QStandardPaths>

namespace SniDoctor {

namespace {

QMutex cacheMutex;
QHash<QString, ExecCredential> &cache()
{
    static QHash<QString, ExecCredential> credentials;
    return credentials;
}

QString cacheKey(const KubeExec &exec, const KubeCluster &cluster)
{
    return exec.command + QChar(0) + exec.args.join(QChar(0)) + QChar(0) + cluster.server;
}

} // namespace

void forgetExecCredentials()
{
    QMutexLocker lock(&cacheMutex);
    cache().clear();
}

Result<ExecCredential> runExecPlugin(const KubeExec &exec, const KubeCluster &cluster,
                                     int timeoutMs, const QString &pluginPath)
{
    const QString key = cacheKey(exec, cluster);
    {
        QMutexLocker lock(&cacheMutex);
        const auto cached = cache().constFind(key);
        if (cached != cache().constEnd() &&
            (!cached->expiration.isValid() ||
             cached->expiration > QDateTime::currentDateTimeUtc().addSecs(10)))
            return *cached;
    }
    QString program = !pluginPath.isEmpty() ? pluginPath : exec.command;
    if (!QFileInfo(program).isAbsolute())
        program = QStandardPaths::findExecutable(program);
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        return Error(ClusterError::ExecMissing,
                     {{"command", exec.command}, {"hint", exec.installHint}});
    }
    QJsonObject spec{{QStringLiteral("interactive"), false}};
    if (exec.provideClusterInfo) {
        QJsonObject clusterInfo{
            {QStringLiteral("server"), cluster.server},
            {QStringLiteral("insecure-skip-tls-verify"), cluster.insecureSkipTlsVerify}};
        if (!cluster.certificateAuthorityData.isEmpty())
            clusterInfo.insert(QStringLiteral("certificate-authority-data"),
                               QString::fromLatin1(cluster.certificateAuthorityData.toBase64()));
        if (!cluster.tlsServerName.isEmpty())
            clusterInfo.insert(QStringLiteral("tls-server-name"), cluster.tlsServerName);
        if (!cluster.proxyUrl.isEmpty())
            clusterInfo.insert(QStringLiteral("proxy-url"), cluster.proxyUrl);
        spec.insert(QStringLiteral("cluster"), clusterInfo);
    }
    const QJsonObject info{{QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                           {QStringLiteral("apiVersion"), exec.apiVersion},
                           {QStringLiteral("spec"), spec}};
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : exec.env)
        environment.insert(name, value);
    environment.insert(QStringLiteral("KUBERNETES_EXEC_INFO"),
                       QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Compact)));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice()); // never interactive
    process.start(program, exec.args);
    if (!process.waitForStarted(5000)) {
        return Error(ClusterError::ExecNotStarted,
                     {{"program", program}, {"reason", process.errorString()}});
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return Error(ClusterError::ExecTimeout,
                     {{"program", program}, {"seconds", QString::number(timeoutMs / 1000)}});
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return Error(
            ClusterError::ExecFailed,
            {{"program", program},
             {"exit_code", QString::number(process.exitCode())},
             {"stderr",
              QString::fromLocal8Bit(process.readAllStandardError().left(600)).trimmed()}});
    }
    const QJsonObject answer = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    const QJsonObject status = answer.value(QStringLiteral("status")).toObject();
    ExecCredential credential;
    credential.token = status.value(QStringLiteral("token")).toString();
    credential.clientCertificateData =
        status.value(QStringLiteral("clientCertificateData")).toString().toUtf8();
    credential.clientKeyData = status.value(QStringLiteral("clientKeyData")).toString().toUtf8();
    const QByteArray expiration =
        status.value(QStringLiteral("expirationTimestamp")).toString().toLatin1();
    qint64 ms = 0;
    if (!expiration.isEmpty() &&
        parseRfc3339(std::string_view(expiration.constData(), size_t(expiration.size())), ms))
        credential.expiration = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    if (answer.value(QStringLiteral("kind")).toString() != QLatin1String("ExecCredential") ||
        (credential.token.isEmpty() && credential.clientCertificateData.isEmpty())) {
        return Error(ClusterError::ExecOutput, {{"program", program}});
    }
    QMutexLocker lock(&cacheMutex);
    cache().insert(key, credential);
    return credential;
}

} // namespace SniDoctor
