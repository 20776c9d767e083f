#include "execcredential.h"

#include "core/rfc3339.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QStandardPaths>

#include <cstdio>

#include <unistd.h>

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

QMutex sinkMutex;
ExecStderrSink &stderrSink()
{
    static ExecStderrSink sink;
    return sink;
}

void passOn(const QString &program, const QByteArray &text)
{
    ExecStderrSink sink;
    {
        QMutexLocker lock(&sinkMutex);
        sink = stderrSink();
    }
    if (sink) {
        sink(program, text);
    } else if (!text.isEmpty()) {
        fwrite(text.constData(), 1, size_t(text.size()), stderr);
        fflush(stderr);
    }
}

} // namespace

void setExecStderrSink(ExecStderrSink sink)
{
    QMutexLocker lock(&sinkMutex);
    stderrSink() = std::move(sink);
}

void forgetExecCredentials()
{
    QMutexLocker lock(&cacheMutex);
    cache().clear();
}

void forgetExecCredential(const KubeExec &exec, const KubeCluster &cluster)
{
    QMutexLocker lock(&cacheMutex);
    cache().remove(cacheKey(exec, cluster));
}

Result<ExecCredential> runExecPlugin(const KubeExec &exec, const KubeCluster &cluster,
                                     const ExecRunOptions &options, const QString &pluginPath)
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
    // client-go: Never gets no standard input; IfAvailable (v1beta1's default when
    // unset) gets ours when it is a terminal; Always needs one.
    const bool terminal =
        options.stdinIsTerminal >= 0 ? options.stdinIsTerminal > 0 : isatty(STDIN_FILENO) == 1;
    const QString mode =
        exec.interactiveMode.isEmpty() ? QStringLiteral("IfAvailable") : exec.interactiveMode;
    if (mode == QLatin1String("Always") && !terminal)
        return Error(ClusterError::ExecNeedsTerminal, {{"program", program}});
    const bool interactive = mode != QLatin1String("Never") && terminal;
    QJsonObject spec{{QStringLiteral("interactive"), interactive}};
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
    if (interactive)
        process.setInputChannelMode(QProcess::ForwardedInputChannel);
    else
        process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, exec.args);
    if (!process.waitForStarted(5000)) {
        return Error(ClusterError::ExecNotStarted,
                     {{"program", program}, {"reason", process.errorString()}});
    }
    // Its standard error passes on as it comes (a device code, a URL to open); its
    // output is bounded; Stop and the deadline end it.
    constexpr qsizetype kMaxOutput = 4 << 20;
    QByteArray output;
    QByteArray errorTail;
    QElapsedTimer clock;
    clock.start();
    const auto drain = [&] {
        output += process.readAllStandardOutput();
        const QByteArray text = process.readAllStandardError();
        if (!text.isEmpty()) {
            passOn(program, text);
            errorTail = QByteArray(errorTail + text).right(2000);
        }
    };
    // Whoever was shown what it said learns that it ended (an empty text).
    struct Ended
    {
        const QString &program;
        const QByteArray &said;
        ~Ended()
        {
            if (!said.isEmpty())
                passOn(program, {});
        }
    } ended{program, errorTail};
    const auto stop = [&process] {
        process.kill();
        process.waitForFinished(2000);
    };
    while (process.state() != QProcess::NotRunning) {
        process.waitForFinished(100);
        drain();
        if (options.canceled && options.canceled()) {
            stop();
            return Error(ClusterError::Canceled);
        }
        if (options.timeoutMs > 0 && clock.elapsed() > options.timeoutMs) {
            stop();
            return Error(ClusterError::ExecTimeout,
                         {{"program", program},
                          {"seconds", QString::number((options.timeoutMs + 999) / 1000)}});
        }
        if (output.size() > kMaxOutput) {
            stop();
            return Error(ClusterError::ExecOutput, {{"program", program}});
        }
    }
    drain();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return Error(ClusterError::ExecFailed,
                     {{"program", program},
                      {"exit_code", QString::number(process.exitCode())},
                      {"stderr", QString::fromLocal8Bit(errorTail.right(600)).trimmed()}});
    }
    const QJsonObject answer = QJsonDocument::fromJson(output).object();
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
