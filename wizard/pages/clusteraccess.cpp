#include "clusteraccess.h"

#include "cluster/execcredential.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QTextBrowser>
#include <QVBoxLayout>

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

QString pluginOutputHtml(const QString &text)
{
    static const QRegularExpression url(QStringLiteral(R"(https?://[^\s<>"']+[^\s<>"'.,;:!?)])"));
    QString html;
    qsizetype at = 0;
    for (auto it = url.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        html += text.mid(at, match.capturedStart() - at).toHtmlEscaped();
        const QString link = match.captured().toHtmlEscaped();
        html += QStringLiteral("<a href=\"%1\">%1</a>").arg(link);
        at = match.capturedEnd();
    }
    html += text.mid(at).toHtmlEscaped();
    return QStringLiteral("<pre style=\"white-space: pre-wrap\">%1</pre>").arg(html);
}

namespace {

// The window of what plugins say; one per main window, shown when they speak.
class PluginOutputDialog final : public QDialog
{
public:
    explicit PluginOutputDialog(QWidget *parent)
        : QDialog(parent)
        , m_intro(new QLabel(this))
        , m_text(new QTextBrowser(this))
    {
        setObjectName(QStringLiteral("pluginOutput"));
        m_text->setObjectName(QStringLiteral("pluginOutputText"));
        m_text->setOpenExternalLinks(true);
        m_text->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
        m_intro->setWordWrap(true);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_intro);
        layout->addWidget(m_text, 1);
        layout->addWidget(buttons);
    }

    void add(const QString &program, const QByteArray &text)
    {
        if (text.isEmpty()) {
            m_running = false;
            retranslate();
            return;
        }
        if (program != m_program || !m_running) {
            m_program = program;
            m_said.clear();
        }
        m_running = true;
        m_said += QString::fromLocal8Bit(text);
        if (m_said.size() > 20000)
            m_said = m_said.right(20000);
        retranslate();
        m_text->setHtml(pluginOutputHtml(m_said));
        if (!isVisible()) {
            // Fits the screen at any scale.
            const QRect screen =
                (parentWidget() ? parentWidget()->screen() : this->screen())->availableGeometry();
            resize(qMin(560, screen.width() - 40), qMin(260, screen.height() - 60));
        }
        show();
        raise();
    }

private:
    void retranslate()
    {
        setWindowTitle(QCoreApplication::translate("SniDoctor::PluginOutput", "Sign in"));
        const QString name = QFileInfo(m_program).fileName();
        m_intro->setText(
            m_running ? QCoreApplication::translate(
                            "SniDoctor::PluginOutput",
                            "The credential plugin %1 is running and says (it waits for you when "
                            "it asks you to sign in; Stop ends it):")
                            .arg(name)
                      : QCoreApplication::translate("SniDoctor::PluginOutput",
                                                    "The credential plugin %1 has ended. It said:")
                            .arg(name));
    }

    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QDialog::changeEvent(event);
    }

    bool m_running = false;
    QLabel *m_intro;
    QTextBrowser *m_text;
    QString m_program;
    QString m_said;
};

} // namespace

void showPluginOutputBeside(QWidget *window)
{
    QPointer<PluginOutputDialog> dialog = new PluginOutputDialog(window);
    setExecStderrSink([dialog](const QString &program, const QByteArray &text) {
        // From the worker thread that runs the plugin: shown on the GUI thread.
        if (dialog)
            QMetaObject::invokeMethod(
                dialog.data(),
                [dialog, program, text] {
                    if (dialog)
                        dialog->add(program, text);
                },
                Qt::QueuedConnection);
    });
}

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
