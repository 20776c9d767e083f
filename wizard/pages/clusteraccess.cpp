#include "clusteraccess.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QSettings>

namespace SniDoctor {

namespace {

void askPluginConsent(QWidget *parent, const QString &kubeconfig, const QString &command,
                      std::function<void()> granted, std::function<void()> refused)
{
    const QString key =
        QStringLiteral("cluster/allowedPlugins/") +
        QString::fromLatin1(
            (kubeconfig + QChar(0) + command).toUtf8().toBase64(QByteArray::Base64UrlEncoding));
    if (QSettings().value(key).toBool()) {
        granted();
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Question,
        QCoreApplication::translate("SniDoctor::PluginConsent", "Run the credential plugin?"),
        QCoreApplication::translate(
            "SniDoctor::PluginConsent",
            "To connect, this kubeconfig runs a program that prints your credentials:\n\n%1\n\n"
            "Run it now? SNI Doctor will remember your answer for this kubeconfig and this "
            "exact command.")
            .arg(command),
        QMessageBox::Yes | QMessageBox::No, parent);
    box->setObjectName(QStringLiteral("pluginConsent"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box,
                     [key, granted = std::move(granted), refused = std::move(refused)](int answer) {
                         if (answer != QMessageBox::Yes) {
                             refused();
                             return;
                         }
                         QSettings().setValue(key, true);
                         granted();
                     });
    box->open();
}

} // namespace

void withClusterConsent(QWidget *parent, const ClusterTarget &target,
                        std::function<void(const ClusterRequest &)> go,
                        std::function<void()> refused)
{
    const QString command = pluginCommand(ClusterRequest::to(target, false));
    if (command.isEmpty()) {
        go(ClusterRequest::to(target, false));
        return;
    }
    askPluginConsent(
        parent, target.kubeconfig, command,
        [target, go = std::move(go)] { go(ClusterRequest::to(target, true)); }, std::move(refused));
}

} // namespace SniDoctor
