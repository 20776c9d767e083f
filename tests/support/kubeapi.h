#pragma once

#include "lab/labcertificates.h"

#include <QByteArray>
#include <QObject>
#include <QSslServer>
#include <QString>
#include <QTemporaryDir>

// A Kubernetes API server over HTTPS on loopback, with a CA of its own, shaped like a
// real one (discovery documents, lists with apiVersion/kind/metadata.resourceVersion,
// Status objects for errors) so that kubectl itself accepts it. Bearer-token auth.
class KubeApiFixture final : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Ok, Forbidden, NoCrd, Slow };

    explicit KubeApiFixture(Mode mode, const QByteArray &routesJson, QObject *parent = nullptr);
    bool start();
    quint16 port() const { return m_server.serverPort(); }
    QString server() const { return QStringLiteral("https://127.0.0.1:%1").arg(port()); }
    // A kubeconfig for this server: context "fixture", namespace apigee, with token.
    QString writeKubeconfig(const QString &token = QStringLiteral("good-token"));
    QStringList requests;    // paths asked, in order
    QStringList logRequests; // pod log requests, with their query

    static constexpr const char *kToken = "good-token";

private:
    void serve(QSslSocket *socket);
    QByteArray respond(const QByteArray &request, int &status);

    Mode m_mode;
    QByteArray m_routes;
    SniDoctor::LabCertificates m_certificates;
    QSslServer m_server;
    QTemporaryDir m_dir;
};
