#include "kubeapi.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QUrlQuery>

namespace {

QByteArray status(int code, const QByteArray &reason, const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("Status")},
                                     {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                                     {QStringLiteral("metadata"), QJsonObject{}},
                                     {QStringLiteral("status"), QStringLiteral("Failure")},
                                     {QStringLiteral("message"), message},
                                     {QStringLiteral("reason"), QString::fromLatin1(reason)},
                                     {QStringLiteral("code"), code}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

KubeApiFixture::KubeApiFixture(Mode mode, const QByteArray &routesJson, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
    , m_routes(routesJson)
{}

bool KubeApiFixture::start()
{
    const auto certificates = SniDoctor::LabCertificates::generate({QStringLiteral("localhost")});
    if (!certificates)
        return false;
    m_certificates = certificates.value();
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(m_certificates.servers[0].certificatePem));
    tls.setPrivateKey(QSslKey(m_certificates.servers[0].privateKeyPem, QSsl::Ec));
    if (m_mode == Mode::ClientCertificate) {
        tls.setCaCertificates({QSslCertificate(m_certificates.caCertificatePem)});
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer); // no valid client certificate, no handshake
    } else {
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    m_server.setSslConfiguration(tls);
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
        while (auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection()))
            serve(socket);
    });
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString KubeApiFixture::writeKubeconfig(const QString &token)
{
    const QString path = m_dir.filePath(QStringLiteral("kubeconfig"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(
        QStringLiteral(
            "apiVersion: v1\nkind: Config\ncurrent-context: fixture\nclusters:\n- name: fixture\n"
            "  cluster:\n    server: %1\n    certificate-authority-data: %2\ncontexts:\n"
            "- name: fixture\n  context: {cluster: fixture, user: admin, namespace: apigee}\n"
            "users:\n- name: admin\n  user: {token: %3}\n")
            .arg(server(), QString::fromLatin1(m_certificates.caCertificatePem.toBase64()), token)
            .toUtf8());
    return path;
}

QString KubeApiFixture::writeClientCertificateKubeconfig(bool withCertificate)
{
    for (const auto &[name, pem] : {std::pair{"client.crt", m_certificates.client.certificatePem},
                                    std::pair{"client.key", m_certificates.client.privateKeyPem}}) {
        QFile file(m_dir.filePath(QLatin1String(name)));
        file.open(QIODevice::WriteOnly);
        file.write(pem);
    }
    const QString path = m_dir.filePath(QStringLiteral("kubeconfig-mtls"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(
        QStringLiteral(
            "apiVersion: v1\nkind: Config\ncurrent-context: fixture\nclusters:\n- name: fixture\n"
            "  cluster:\n    server: %1\n    certificate-authority-data: %2\ncontexts:\n"
            "- name: fixture\n  context: {cluster: fixture, user: admin, namespace: apigee}\n"
            "users:\n- name: admin\n  user: %3\n")
            .arg(server(), QString::fromLatin1(m_certificates.caCertificatePem.toBase64()),
                 withCertificate
                     ? QStringLiteral("{client-certificate: client.crt, client-key: client.key}")
                     : QStringLiteral("{}"))
            .toUtf8());
    return path;
}

void KubeApiFixture::serve(QSslSocket *socket)
{
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QSslSocket::readyRead, this, [this, socket, buffer] {
        *buffer += socket->readAll();
        const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        // A body (PATCH) comes whole before the answer.
        qsizetype length = 0;
        for (const QByteArray &line : buffer->left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer->size() < headerEnd + 4 + length)
            return;
        if (m_mode == Mode::Slow)
            return; // never answers: the client's timeout must fire
        int code = 200;
        // The user a verified client certificate names, as the API server reads it.
        const bool certificateUser =
            m_mode == Mode::ClientCertificate &&
            socket->peerCertificate().subjectInfo(QSslCertificate::CommonName).value(0) ==
                QLatin1String("sni-doctor-lab-client");
        m_location.clear();
        m_retryAfter = false;
        m_followPod.clear();
        QByteArray body = respond(*buffer, certificateUser, code);
        buffer->clear();
        if (m_paging && code == 200)
            body = page(body);
        if (!m_followPod.isEmpty() && code == 200) {
            // The kubelet's follow stream: chunked, open until the pod's container stops.
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n");
            if (!body.isEmpty())
                socket->write(QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n");
            m_followers << Follower{socket, m_followPod};
            return;
        }
        QByteArray extra;
        if (!m_location.isEmpty())
            extra += "Location: " + m_location + "\r\n";
        if (m_retryAfter)
            extra += "Retry-After: 1\r\n";
        socket->write("HTTP/1.1 " + QByteArray::number(code) + (code == 200 ? " OK" : " Error") +
                      "\r\nContent-Type: application/json\r\n" + extra +
                      "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    });
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
}

QByteArray KubeApiFixture::page(const QByteArray &whole) const
{
    QJsonObject list = QJsonDocument::fromJson(whole).object();
    const QJsonArray items = list.value(QStringLiteral("items")).toArray();
    QJsonArray slice;
    for (int i = m_pageFrom; i < items.size() && i < m_pageFrom + pageSize; ++i)
        slice.append(items.at(i));
    list.insert(QStringLiteral("items"), slice);
    QJsonObject metadata = list.value(QStringLiteral("metadata")).toObject();
    if (m_pageFrom + pageSize < items.size())
        metadata.insert(QStringLiteral("continue"),
                        QStringLiteral("page-%1").arg(m_pageFrom + pageSize));
    else
        metadata.remove(QStringLiteral("continue"));
    list.insert(QStringLiteral("metadata"), metadata);
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

QByteArray KubeApiFixture::respond(const QByteArray &request, bool certificateUser, int &code)
{
    const QList<QByteArray> requestLine = request.left(request.indexOf("\r\n")).split(' ');
    const QByteArray path = requestLine.value(1).split('?').first();
    requests << QString::fromUtf8(path);
    QByteArray authorization;
    QStringList impersonation;
    for (const QByteArray &line : request.left(request.indexOf("\r\n\r\n")).split('\n')) {
        const QByteArray lower = line.toLower();
        if (lower.startsWith("authorization:"))
            authorization = line.mid(14).trimmed();
        else if (lower.startsWith("impersonate-"))
            impersonation << QString::fromUtf8(line.trimmed());
    }
    authorizations << QString::fromUtf8(authorization);
    impersonations << impersonation.join(QStringLiteral("; "));
    if (!oidcRefreshToken.isEmpty() && path == "/.well-known/openid-configuration") {
        return QJsonDocument(QJsonObject{{QStringLiteral("issuer"), server()},
                                         {QStringLiteral("token_endpoint"),
                                          QString(server() + QStringLiteral("/token"))}})
            .toJson(QJsonDocument::Compact);
    }
    if (!oidcRefreshToken.isEmpty() && path == "/token" && requestLine.value(0) == "POST") {
        const QUrlQuery form(QString::fromUtf8(request.mid(request.indexOf("\r\n\r\n") + 4)));
        oidcTokenRequests << form.query(QUrl::FullyDecoded) + QStringLiteral(" ") +
                                 QString::fromUtf8(authorization);
        if (form.queryItemValue(QStringLiteral("grant_type")) != QLatin1String("refresh_token") ||
            form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded) !=
                oidcRefreshToken) {
            code = 400;
            return R"({"error":"invalid_grant","error_description":"Token is not active"})";
        }
        oidcRefreshToken = oidcNextRefreshToken; // a refresh-token is good once
        return QJsonDocument(QJsonObject{{QStringLiteral("id_token"), oidcIssuedToken},
                                         {QStringLiteral("refresh_token"), oidcNextRefreshToken},
                                         {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                         {QStringLiteral("expires_in"), 3600}})
            .toJson(QJsonDocument::Compact);
    }
    if (!redirectTo.isEmpty() && redirectCount > 0) {
        --redirectCount;
        code = 307;
        m_location = redirectTo.toUtf8() + requestLine.value(1);
        return status(307, "TemporaryRedirect", QStringLiteral("moved"));
    }
    if (throttle > 0) {
        --throttle;
        code = 429;
        m_retryAfter = true;
        return status(429, "TooManyRequests", QStringLiteral("the server is busy"));
    }
    bool tokenGood = false;
    for (const QString &token : std::as_const(acceptedTokens))
        tokenGood = tokenGood || authorization == "Bearer " + token.toUtf8();
    if (!acceptedTokenPrefix.isEmpty() &&
        authorization.startsWith(QByteArray("Bearer " + acceptedTokenPrefix.toUtf8())))
        tokenGood = true;
    if (tokenGood && tokenUses > 0 && ++tokenUseCount[QString::fromUtf8(authorization)] > tokenUses)
        tokenGood = false;
    if (!certificateUser && !tokenGood) {
        code = 401;
        return status(401, "Unauthorized", QStringLiteral("Unauthorized"));
    }
    if (pageSize > 0 && requestLine.value(0) == "GET" &&
        (path.endsWith("/apigeeroutes") || path.endsWith("/pods"))) {
        // A server that pages: items [continue, continue + pageSize), continue token next.
        m_paging = true;
        const QUrlQuery query(QString::fromUtf8(requestLine.value(1).mid(path.size() + 1)));
        const QString token = query.queryItemValue(QStringLiteral("continue"));
        if (!token.isEmpty() && expireFirstContinue) {
            expireFirstContinue = false;
            code = 410;
            return status(410, "Expired",
                          QStringLiteral("The provided continue parameter is too old to display a "
                                         "consistent list result."));
        }
        m_pageFrom = token.isEmpty() ? 0 : token.mid(5).toInt();
    } else {
        m_paging = false;
    }
    if (forbidEvents && path.endsWith("/events")) {
        code = 403;
        return status(
            403, "Forbidden",
            QStringLiteral("events is forbidden: User \"viewer@example.com\" cannot list "
                           "resource \"events\" in API group \"\" in the namespace \"apigee\""));
    }
    const QString group = QStringLiteral("apigee.cloud.google.com");
    if (path == "/api/v1") {
        return R"({"kind":"APIResourceList","groupVersion":"v1","resources":[)"
               R"({"name":"pods","singularName":"pod","namespaced":true,"kind":"Pod","verbs":["get","list","watch"],"shortNames":["po"]},)"
               R"({"name":"pods/log","singularName":"","namespaced":true,"kind":"Pod","verbs":["get"]},)"
               R"({"name":"pods/portforward","singularName":"","namespaced":true,"kind":"PodPortForwardOptions","verbs":["create","get"]},)"
               R"({"name":"services","singularName":"service","namespaced":true,"kind":"Service","verbs":["get","list","watch"],"shortNames":["svc"]},)"
               R"({"name":"events","singularName":"event","namespaced":true,"kind":"Event","verbs":["list","watch"],"shortNames":["ev"]}]})";
    }
    if (path == "/api") {
        return R"({"kind":"APIVersions","versions":["v1"],"serverAddressByClientCIDRs":[{"clientCIDR":"0.0.0.0/0","serverAddress":"127.0.0.1:6443"}]})";
    }
    if (path == "/apis") {
        if (m_mode == Mode::NoCrd)
            return R"({"kind":"APIGroupList","apiVersion":"v1","groups":[]})";
        return R"({"kind":"APIGroupList","apiVersion":"v1","groups":[{"name":"apigee.cloud.google.com","versions":[{"groupVersion":"apigee.cloud.google.com/v1alpha1","version":"v1alpha1"}],"preferredVersion":{"groupVersion":"apigee.cloud.google.com/v1alpha1","version":"v1alpha1"}}]})";
    }
    if (path == "/apis/apigee.cloud.google.com/v1alpha1" && m_mode != Mode::NoCrd) {
        return R"({"kind":"APIResourceList","apiVersion":"v1","groupVersion":"apigee.cloud.google.com/v1alpha1","resources":[{"name":"apigeeroutes","singularName":"apigeeroute","namespaced":true,"kind":"ApigeeRoute","verbs":["delete","deletecollection","get","list","patch","create","update","watch"]}]})";
    }
    if (path == "/apis/apigee.cloud.google.com/v1alpha1/namespaces/apigee/apigeeroutes" &&
        m_mode != Mode::NoCrd) {
        if (m_mode == Mode::Forbidden) {
            code = 403;
            return status(
                403, "Forbidden",
                QStringLiteral(
                    "apigeeroutes.apigee.cloud.google.com is forbidden: User "
                    "\"viewer@example.com\" cannot list resource \"apigeeroutes\" in API group "
                    "\"%1\" in the namespace \"apigee\"")
                    .arg(group));
        }
        return m_routes;
    }
    if (requestLine.value(0) == "GET" && m_mode != Mode::NoCrd && m_mode != Mode::Forbidden &&
        path.startsWith("/apis/apigee.cloud.google.com/v1alpha1/namespaces/apigee/apigeeroutes/")) {
        // One route, as kubectl get apigeeroute NAME reads it.
        const QString name = QString::fromUtf8(path.mid(path.lastIndexOf('/') + 1));
        for (const QJsonValue &item :
             QJsonDocument::fromJson(m_routes)[QStringLiteral("items")].toArray()) {
            if (item[QStringLiteral("metadata")][QStringLiteral("name")].toString() == name) {
                QJsonObject route = item.toObject();
                route.insert(QStringLiteral("apiVersion"),
                             QString(group + QStringLiteral("/v1alpha1")));
                route.insert(QStringLiteral("kind"), QStringLiteral("ApigeeRoute"));
                return QJsonDocument(route).toJson(QJsonDocument::Compact);
            }
        }
    }
    if (requestLine.value(0) == "PATCH" &&
        path.startsWith("/apis/apigee.cloud.google.com/v1alpha1/namespaces/apigee/apigeeroutes/")) {
        const QByteArray name = path.mid(path.lastIndexOf('/') + 1);
        QByteArray contentType;
        for (const QByteArray &line : request.left(request.indexOf("\r\n\r\n")).split('\n')) {
            if (line.toLower().startsWith("content-type:"))
                contentType = line.mid(13).trimmed();
        }
        patchRequests << QString::fromUtf8(requestLine.value(1) + ' ' + contentType);
        if (contentType != "application/apply-patch+yaml") {
            code = 415;
            return status(415, "UnsupportedMediaType",
                          QStringLiteral("the body of the request was in an unknown format"));
        }
        if (m_mode == Mode::Forbidden) {
            code = 403;
            return status(
                403, "Forbidden",
                QStringLiteral(
                    "apigeeroutes.apigee.cloud.google.com \"%1\" is forbidden: User "
                    "\"viewer@example.com\" "
                    "cannot patch resource \"apigeeroutes\" in API group \"%2\" in the namespace "
                    "\"apigee\"")
                    .arg(QString::fromUtf8(name), group));
        }
        if (!requestLine.value(1).contains("dryRun=All"))
            appliedRoutes << QString::fromUtf8(name);
        return R"({"apiVersion":"apigee.cloud.google.com/v1alpha1","kind":"ApigeeRoute","metadata":{"name":")" +
               name +
               R"(","namespace":"apigee","resourceVersion":"1210999"},"spec":{"hostnames":["*"],"enableNonSniClient":true}})";
    }
    if (path == "/api/v1/namespaces/apigee/events") {
        // The ApigeeRoutes' events, out of time order, plus one of another route name
        // the list does not hold; the kind selector must reach the server.
        if (!requestLine.value(1).contains("fieldSelector=involvedObject.kind%3DApigeeRoute"))
            return R"({"kind":"EventList","apiVersion":"v1","metadata":{"resourceVersion":"1210470"},"items":[]})";
        return R"({"kind":"EventList","apiVersion":"v1","metadata":{"resourceVersion":"1210470"},"items":[)"
               R"({"metadata":{"name":"non-sni.17f2","namespace":"apigee"},"involvedObject":{"kind":"ApigeeRoute","namespace":"apigee","name":"non-sni"},)"
               R"("type":"Warning","reason":"GatewayNotFound","message":"no ApigeeGateway matches selector app=apigee-ingressgateway-other","count":3,"lastTimestamp":"2025-05-19T04:40:00Z"},)"
               R"({"metadata":{"name":"non-sni.17f1","namespace":"apigee"},"involvedObject":{"kind":"ApigeeRoute","namespace":"apigee","name":"non-sni"},)"
               R"("type":"Normal","reason":"Created","message":"route created","count":1,"lastTimestamp":"2025-05-18T10:00:00Z"},)"
               R"({"metadata":{"name":"old-route.17f3","namespace":"apigee","creationTimestamp":"2025-05-01T00:00:00Z"},"involvedObject":{"kind":"ApigeeRoute","namespace":"apigee","name":"old-route"},)"
               R"("type":"Normal","reason":"Deleted","message":"route deleted","eventTime":"2025-05-01T00:00:00.000000Z","lastTimestamp":null}]})";
    }
    if (path == "/api/v1/namespaces/apigee/services") {
        if (!servicesJson.isEmpty())
            return servicesJson;
        return R"({"kind":"ServiceList","apiVersion":"v1","metadata":{"resourceVersion":"1210470"},"items":[]})";
    }
    const QByteArray podsPath = "/api/v1/namespaces/" + podNamespace.toUtf8() + "/pods";
    if (!podsJson.isEmpty() && path == podsPath) {
        const QUrlQuery query(QString::fromUtf8(requestLine.value(1).mid(path.size() + 1)));
        if (query.queryItemValue(QStringLiteral("labelSelector"), QUrl::FullyDecoded) !=
            podSelector)
            return R"({"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"1"},"items":[]})";
        return podsJson;
    }
    if (!podsJson.isEmpty() && path.startsWith(QByteArray(podsPath + '/')) &&
        !path.mid(podsPath.size() + 1).contains('/')) {
        // One pod, as kubectl logs reads it first.
        const QByteArray name = path.mid(podsPath.size() + 1);
        for (const QJsonValue &item :
             QJsonDocument::fromJson(podsJson)[QStringLiteral("items")].toArray()) {
            if (item[QStringLiteral("metadata")][QStringLiteral("name")].toString().toUtf8() ==
                name) {
                QJsonObject pod = item.toObject();
                pod.insert(QStringLiteral("kind"), QStringLiteral("Pod"));
                pod.insert(QStringLiteral("apiVersion"), QStringLiteral("v1"));
                return QJsonDocument(pod).toJson(QJsonDocument::Compact);
            }
        }
        code = 404;
        return status(404, "NotFound",
                      QStringLiteral("pods \"%1\" not found").arg(QString::fromUtf8(name)));
    }
    if (!logs.isEmpty() && path.startsWith(QByteArray(podsPath + '/')) && path.endsWith("/log")) {
        logRequests << QString::fromUtf8(requestLine.value(1));
        const QUrlQuery query(QString::fromUtf8(requestLine.value(1).mid(path.size() + 1)));
        const QString pod = QString::fromUtf8(path.mid(podsPath.size() + 1).chopped(4));
        const QString container = query.queryItemValue(QStringLiteral("container"));
        const bool previous =
            query.queryItemValue(QStringLiteral("previous")) == QLatin1String("true");
        const QString key = pod + QLatin1Char('/') + container +
                            (previous ? QStringLiteral("/previous") : QString());
        if (!logs.contains(key)) {
            code = 400;
            return status(
                400, "BadRequest",
                previous
                    ? QStringLiteral("previous terminated container \"%1\" in pod \"%2\" not found")
                          .arg(container, pod)
                    : QStringLiteral("container %1 is not valid for pod %2").arg(container, pod));
        }
        QByteArray log = logs.value(key);
        const int tail = query.queryItemValue(QStringLiteral("tailLines")).toInt();
        if (tail > 0) {
            QList<QByteArray> lines = log.split('\n');
            if (!lines.isEmpty() && lines.last().isEmpty())
                lines.removeLast();
            log = lines.mid(qMax(0, int(lines.size()) - tail)).join('\n') + '\n';
        }
        return log;
    }
    const auto extraPods = [this] {
        QByteArray items;
        for (const QString &name : std::as_const(m_extraPods))
            items +=
                R"(,{"metadata":{"name":")" + name.toUtf8() +
                R"(","namespace":"apigee","creationTimestamp":"2026-01-01T00:00:00Z","labels":{"app":"apigee-ingressgateway"}},)"
                R"("spec":{"containers":[{"name":"istio-proxy"}]},)"
                R"("status":{"phase":"Running","containerStatuses":[{"name":"istio-proxy","ready":true,"restartCount":0,"state":{"running":{}}}]}})";
        return items;
    };
    if (path == "/api/v1/namespaces/apigee/pods") {
        return QByteArray() +
               R"({"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"1210470"},"items":[)"
               R"({"metadata":{"name":"apigee-ingressgateway-ext-ingress-myorg-hyb-8f2c412-dvrcp","namespace":"apigee","creationTimestamp":"2025-05-17T06:00:00Z","labels":{"app":"apigee-ingressgateway"}},)"
               R"("spec":{"containers":[{"name":"istio-proxy"},{"name":"discovery"}]},)"
               R"("status":{"phase":"Running","containerStatuses":[{"name":"istio-proxy","ready":true,"restartCount":0,"state":{"running":{}}},{"name":"discovery","ready":true,"restartCount":1,"state":{"running":{}}}]}},)"
               R"({"metadata":{"name":"apigee-ingressgateway-ext-ingress-myorg-hyb-8f2c412-wg26k","namespace":"apigee","creationTimestamp":"2025-05-17T06:00:00Z","labels":{"app":"apigee-ingressgateway"}},)"
               R"("spec":{"containers":[{"name":"istio-proxy"},{"name":"discovery"}]},)"
               R"("status":{"phase":"Running","containerStatuses":[{"name":"istio-proxy","ready":false,"restartCount":7,"state":{"waiting":{"reason":"CrashLoopBackOff"}}},{"name":"discovery","ready":true,"restartCount":0,"state":{"running":{}}}]}})" +
               extraPods() + "]}";
    }
    if (path.startsWith("/api/v1/namespaces/apigee/pods/") && !path.endsWith("/log") &&
        !podsJson.isEmpty()) {
        // One pod, as kubectl logs reads it first.
        const QString name = QString::fromUtf8(path.mid(path.lastIndexOf('/') + 1));
        for (const QJsonValue &item :
             QJsonDocument::fromJson(podsJson)[QStringLiteral("items")].toArray()) {
            if (item[QStringLiteral("metadata")][QStringLiteral("name")].toString() == name) {
                QJsonObject pod = item.toObject();
                pod.insert(QStringLiteral("kind"), QStringLiteral("Pod"));
                pod.insert(QStringLiteral("apiVersion"), QStringLiteral("v1"));
                return QJsonDocument(pod).toJson(QJsonDocument::Compact);
            }
        }
    }
    if (path.startsWith("/api/v1/namespaces/apigee/pods/") && path.endsWith("/log")) {
        logRequests << QString::fromUtf8(requestLine.value(1));
        const QUrlQuery query(QString::fromUtf8(requestLine.value(1).mid(path.size() + 1)));
        if (query.queryItemValue(QStringLiteral("follow")) == QLatin1String("true")) {
            const QString pod = QString::fromUtf8(path.split('/').value(6));
            const QByteArray since =
                query.queryItemValue(QStringLiteral("sinceTime"), QUrl::FullyDecoded).toLatin1();
            const bool none =
                query.queryItemValue(QStringLiteral("tailLines")) == QLatin1String("0");
            m_followPod = pod;
            QByteArray past;
            for (const LiveLine &line : std::as_const(m_liveLines)) {
                // sinceTime counts whole seconds, as the kubelet reads it.
                if (line.pod == pod && !none && line.stamp.left(19) >= since.left(19))
                    past += line.stamp + ' ' + line.line + '\n';
            }
            return past;
        }
        QByteArray log = "2025-05-19T04:00:00.000000000Z [info] envoy starting\n";
        for (int i = 0; i < 200; ++i)
            log +=
                "2025-05-19T04:46:" + QByteArray::number(10 + i % 40) +
                ".000000000Z "
                R"({"start_time":"2025-05-19T04:46:10.000Z","remote_address":"10.0.0.7:4000","sni_host":"api-test.mydomain.com","status_details":"via_upstream","upstream_response_flags":"-","status":200})"
                "\n";
        log +=
            R"(2025-05-19T04:46:20.117000000Z { "start_time": "2025-05-19T04:46:20.117Z", "remote_address": "10.138.0.28:19432", "status_details": "filter_chain_not_found", "request": "- - -", "status": 0, "upstream_response_flags": "NR", "sni_host": null })"
            "\n";
        return log;
    }
    code = 404;
    return status(404, "NotFound",
                  QStringLiteral("the server could not find the requested resource"));
}

void KubeApiFixture::writeLogLine(const QString &pod, const QByteArray &line)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // RFC 3339 with nine digits of fraction, as the kubelet stamps lines.
    const QByteArray stamp =
        now.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")).toLatin1() +
        QByteArray::number(m_liveLines.size() % 1000000).rightJustified(6, '0') + 'Z';
    m_liveLines << LiveLine{pod, stamp, line};
    const QByteArray text = stamp + ' ' + line + '\n';
    for (const Follower &follower : std::as_const(m_followers)) {
        if (follower.socket && follower.pod == pod)
            follower.socket->write(QByteArray::number(text.size(), 16) + "\r\n" + text + "\r\n");
    }
}

void KubeApiFixture::setLogTicker(int ms)
{
    if (!m_ticker) {
        m_ticker = new QTimer(this);
        connect(m_ticker, &QTimer::timeout, this, [this] {
            QStringList pods;
            for (const Follower &follower : std::as_const(m_followers)) {
                if (follower.socket && !pods.contains(follower.pod))
                    pods << follower.pod;
            }
            for (const QString &pod : std::as_const(pods))
                writeLogLine(
                    pod,
                    R"({"start_time":")" +
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1() +
                        R"(","remote_address":"10.0.0.7:4000","sni_host":"api-test.mydomain.com","status_details":"via_upstream","upstream_response_flags":"-","status":200})");
        });
    }
    if (ms > 0)
        m_ticker->start(ms);
    else
        m_ticker->stop();
}

void KubeApiFixture::addIngressPod(const QString &name)
{
    m_extraPods << name;
}

void KubeApiFixture::endLogStreams(const QString &pod)
{
    for (qsizetype i = m_followers.size() - 1; i >= 0; --i) {
        if (m_followers[i].pod != pod)
            continue;
        if (QSslSocket *socket = m_followers[i].socket) {
            socket->write("0\r\n\r\n");
            socket->disconnectFromHost();
        }
        m_followers.removeAt(i);
    }
}

int KubeApiFixture::openLogStreams(const QString &pod) const
{
    int open = 0;
    for (const Follower &follower : m_followers)
        open += follower.socket && follower.pod == pod &&
                        follower.socket->state() == QAbstractSocket::ConnectedState
                    ? 1
                    : 0;
    return open;
}
