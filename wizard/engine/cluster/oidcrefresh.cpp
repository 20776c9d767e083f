#include "oidcrefresh.h"

#include "cluster/clustererror.h"
#include "cluster/kubehttp.h"
#include "core/savefile.h"
#include "core/yaml.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QUrlQuery>

#include <optional>

namespace SniDoctor {

QDateTime jwtExpiry(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    const QByteArray payload = QByteArray::fromBase64(
        parts[1].toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonValue exp = QJsonDocument::fromJson(payload).object().value(QStringLiteral("exp"));
    if (!exp.isDouble())
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC);
}

namespace {

// One request, waited for in a loop of this thread.
HttpExchange::Response exchange(HttpExchange::Request request)
{
    HttpExchange::Response answer;
    answer.failure = HttpExchange::Failure::Canceled;
    QEventLoop loop;
    HttpExchange call(std::move(request));
    QObject::connect(&call, &HttpExchange::finished, &loop,
                     [&answer, &loop](const HttpExchange::Response &response) {
                         answer = response;
                         loop.quit();
                     });
    call.start();
    loop.exec();
    return answer;
}

QString failureText(const HttpExchange::Response &answer)
{
    if (answer.failure != HttpExchange::Failure::None)
        return answer.reason;
    const QJsonObject error = QJsonDocument::fromJson(answer.body).object();
    const QString code = error.value(QStringLiteral("error")).toString();
    const QString description = error.value(QStringLiteral("error_description")).toString();
    QString text = QStringLiteral("HTTP %1").arg(answer.status);
    if (!code.isEmpty())
        text += QStringLiteral(": ") + code;
    if (!description.isEmpty())
        text += QStringLiteral(" (") + description + QLatin1Char(')');
    return text;
}

// Writes the new tokens into the user's entry of the kubeconfig that defined it.
QString persist(const KubeUser &user, const OidcTokens &tokens)
{
    QFile file(user.file);
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    YAML::Node root;
    try {
        root = Yaml::loadDocument(file.readAll().toStdString());
    } catch (const YAML::Exception &error) {
        return QString::fromStdString(error.what());
    }
    file.close();
    bool found = false;
    for (YAML::Node entry : Yaml::items(Yaml::child(root, "users"))) {
        if (Yaml::text(Yaml::child(entry, "name")) != user.name)
            continue;
        YAML::Node config = entry["user"]["auth-provider"]["config"];
        config["id-token"] = tokens.idToken.toStdString();
        if (!tokens.refreshToken.isEmpty())
            config["refresh-token"] = tokens.refreshToken.toStdString();
        found = true;
        break;
    }
    if (!found)
        return QStringLiteral("no user %1").arg(user.name);
    YAML::Emitter out;
    out << root;
    QByteArray text(out.c_str(), qsizetype(out.size()));
    text += '\n';
    // Through a link to the file it names, as kubectl writes a kubeconfig.
    const QFileInfo info(user.file);
    const QString target = info.isSymLink() ? info.canonicalFilePath() : user.file;
    return writeFileReplacing(target, text, QFileInfo(target).permissions());
}

} // namespace

Result<OidcTokens> oidcIdToken(const KubeUser &user, int timeoutMs)
{
    const auto value = [&user](const char *key) {
        return user.authProviderConfig.value(QLatin1String(key));
    };
    OidcTokens tokens{value("id-token"), value("refresh-token")};
    const QDateTime expiry = jwtExpiry(tokens.idToken);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!tokens.idToken.isEmpty() && (!expiry.isValid() || expiry > now))
        return tokens;
    const QString when = expiry.isValid() ? expiry.toString(Qt::ISODate) : QString();
    if (tokens.refreshToken.isEmpty() || value("idp-issuer-url").isEmpty())
        return Error(ClusterError::OidcExpired,
                     {{"user", user.name}, {"file", user.file}, {"date", when}});
    const QString issuer = value("idp-issuer-url");
    const auto refreshError = [&](const QString &reason) {
        return Error(
            ClusterError::OidcRefreshFailed,
            {{"user", user.name}, {"file", user.file}, {"issuer", issuer}, {"reason", reason}});
    };
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QByteArray caPem = QByteArray::fromBase64(value("idp-certificate-authority-data").toLatin1());
    if (caPem.isEmpty() && !value("idp-certificate-authority").isEmpty()) {
        QString path = value("idp-certificate-authority");
        if (QFileInfo(path).isRelative())
            path = QFileInfo(user.file).dir().filePath(path);
        QFile ca(path);
        if (!ca.open(QIODevice::ReadOnly))
            return refreshError(ca.fileName() + QStringLiteral(": ") + ca.errorString());
        caPem = ca.read(4 << 20);
    }
    if (!caPem.isEmpty())
        tls.setCaCertificates(QSslCertificate::fromData(caPem, QSsl::Pem));
    QElapsedTimer clock;
    clock.start();
    const auto request = [&](const QUrl &url, const QByteArray &verb) {
        HttpExchange::Request r;
        r.url = url;
        r.verb = verb;
        r.tls = tls;
        r.idleMs = qMax(1000, timeoutMs);
        r.overallMs = int(qMax<qint64>(1, timeoutMs - clock.elapsed()));
        r.maxBodyBytes = 1 << 20;
        r.headers << qMakePair(QByteArray("Accept"), QByteArray("application/json"));
        return r;
    };
    QString base = issuer;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const HttpExchange::Response discovery =
        exchange(request(QUrl(base + QStringLiteral("/.well-known/openid-configuration")), "GET"));
    if (discovery.failure != HttpExchange::Failure::None || discovery.status != 200)
        return refreshError(failureText(discovery));
    const QUrl endpoint(QJsonDocument::fromJson(discovery.body)
                            .object()
                            .value(QStringLiteral("token_endpoint"))
                            .toString());
    if (!endpoint.isValid() || endpoint.scheme() != QLatin1String("https"))
        return refreshError(QStringLiteral("no https token_endpoint in the discovery document"));
    // Go's oauth2: client credentials as HTTP Basic first, in the form if refused.
    HttpExchange::Response answer;
    for (const bool inHeader : {true, false}) {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"), tokens.refreshToken);
        HttpExchange::Request post = request(endpoint, "POST");
        post.headers << qMakePair(QByteArray("Content-Type"),
                                  QByteArray("application/x-www-form-urlencoded"));
        if (inHeader) {
            const QByteArray credentials = QUrl::toPercentEncoding(value("client-id")) + ':' +
                                           QUrl::toPercentEncoding(value("client-secret"));
            post.headers << qMakePair(QByteArray("Authorization"),
                                      QByteArray("Basic " + credentials.toBase64()));
        } else {
            form.addQueryItem(QStringLiteral("client_id"), value("client-id"));
            if (!value("client-secret").isEmpty())
                form.addQueryItem(QStringLiteral("client_secret"), value("client-secret"));
        }
        post.body = form.query(QUrl::FullyEncoded).toUtf8();
        answer = exchange(post);
        if (answer.failure != HttpExchange::Failure::None || answer.status == 200 ||
            (answer.status != 400 && answer.status != 401))
            break;
    }
    if (answer.failure != HttpExchange::Failure::None || answer.status != 200)
        return refreshError(failureText(answer));
    const QJsonObject fresh = QJsonDocument::fromJson(answer.body).object();
    const QString idToken = fresh.value(QStringLiteral("id_token")).toString();
    if (idToken.isEmpty())
        return refreshError(QStringLiteral("the answer has no id_token"));
    tokens.idToken = idToken;
    if (const QString next = fresh.value(QStringLiteral("refresh_token")).toString();
        !next.isEmpty())
        tokens.refreshToken = next;
    if (const QString failed = persist(user, tokens); !failed.isEmpty())
        return refreshError(
            QStringLiteral("renewed, but %1 could not be updated: %2").arg(user.file, failed));
    return tokens;
}

} // namespace SniDoctor
