// The wizard driven offscreen like a user: Next to the probe page, fields typed in,
// Run against the practice lab, the verdict read off the page; then Spanish from
// the Language menu, and Cancel of a probe that would otherwise wait a minute.
#include "accesslog/accesslogsummary.h"
#include "accesslogpage.h"
#include "autocluster.h"
#include "bundlepage.h"
#include "capture/capturesummary.h"
#include "capturepage.h"
#include "case/casemodel.h"
#include "case/step.h"
#include "cluster/execcredential.h"
#include "cluster/kubeclient.h"
#include "cluster/kubeconfig.h"
#include "cluster/routesresult.h"
#include "clusteraccess.h"
#include "commandbox.h"
#include "core/shellquote.h"
#include "diffhighlighter.h"
#include "doctorwizard.h"
#include "kubeapi.h"
#include "lab/practicelab.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "overrides/overridesvalidator.h"
#include "overridespage.h"
#include "peers.h"
#include "probepage.h"
#include "resolutionpage.h"
#include "routespage.h"
#include "steplist.h"
#include "steppage.h"
#include "verdictprint.h"
#include "welcomepage.h"
#include "yamleditor.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QFuture>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QTimer>
#include <QTreeWidget>
#include <QtConcurrent>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace SniDoctor;

class tst_Wizard : public QObject
{
    Q_OBJECT

public:
    static void initMain()
    {
        // Settings of this run only: never the user's.
        static QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    }

private Q_SLOTS:
    void init();
    void cleanup();
    void probeAgainstStrictLab();
    void switchToSpanishAtRunTime();
    void cancelStopsTheProbe();
    void pluginSignInIsShown();
    void hostFieldTakesAUrl();
    void pluginRerunKeepsTheWindowAnswering();
    void closingAsksWhenWorkWouldBeLost();
    void sideListGoesBack();
    void refusedClientsSortedWithSeparators();
    void everyControlHasAnAccessibleName();
    void remembersTargetAndLanguage();
    void darkPaletteScreenshot();
    void accessLogPageImportsAFile();
    void accessLogPageInSpanishAndPaste();
    void capturePageReadsACapture();
    void capturePageNeverShowsAnOldResult();
    void logsPageNeverShowsAnOldResult();
    void routesPageNeverShowsAnOldResult();
    void pluginErrorKeepsTheStatusOneLine();
    void routesPageConnectsAndAsksBeforePlugins();
    void logsPageFetchesFromTheCluster();
    void watchShowsRefusalsLiveInBothLanguages();
    void routesPageFetchesIngressLogs();
    void overridesPageUnderlinesAndFixes();
    void overridesPageReleasePicker();
    void yamlEditorTabIndentsWithSpaces();
    void resolutionPageVerdictFixAndVerify();
    void resolutionPageAppliesWithDryRunFirst();
    void resolutionOpensOnTheChangeInColour();
    void reviewSampleCaseFromStartPage();
    void everyStepHasItsPage();
    void bundleAndStep7GiveTheSameFix();
    void bundleExportsNotesEditedAfterOpening();
    void mnemonicsAreUniqueOnEveryPage();
    void noHeaderIsClipped();
    void autoDiagnoseAndVerifyAfterFix_data();
    void autoDiagnoseAndVerifyAfterFix();
    void autoDiagnoseStops();
    void commandsCarryTheClusterAndTheNamesFound();
    void captureTakesTheClientOfStep2();
    void probeHostComesFromTheRoutes();
    void overridesCheckAndFixWithoutStep5();
    void step7CommandsCarryTheCaFileAndTheCluster();

private:
    ProbePage *goToProbePage();
    ResolutionPage *goToResolution(quint16 labPort);
    void fillTarget(const QString &host, quint16 port, const QString &connect);
    void screenshot(const QString &name);
    // Every page reached by Next, with an empty case and then with the sample case's
    // (whose results show the widgets only results show), in English and Spanish;
    // visit gets where it is ("es (sample case), page 8").
    bool walkEveryPage(const std::function<void(const QString &where)> &visit);

    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;
};

void tst_Wizard::init()
{
    m_languages = new LanguageManager;
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    m_window = new MainWindow(m_languages);
    m_window->resize(1000, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_Wizard::cleanup()
{
    delete m_window;
    delete m_languages;
}

ProbePage *tst_Wizard::goToProbePage()
{
    DoctorWizard *wizard = m_window->wizard();
    if (wizard->currentId() != DoctorWizard::WelcomePageId)
        return nullptr;
    // The runbook's shortcut: the client is known to send no SNI, straight to step 4.
    m_window->findChild<QCheckBox *>(QStringLiteral("knownNoSni"))->setChecked(true);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    if (wizard->currentId() != DoctorWizard::pageId(Step::Probe))
        return nullptr;
    return qobject_cast<ProbePage *>(wizard->currentPage());
}

// The case of resolutionPageVerdictFixAndVerify, walked with the keyboard's Next: the
// strict lab probed, routes without a wildcard, an overrides file naming "non-sni".
ResolutionPage *tst_Wizard::goToResolution(quint16 labPort)
{
    DoctorWizard *wizard = m_window->wizard();
    if (!goToProbePage())
        return nullptr;
    fillTarget(QStringLiteral("api-test.mydomain.com"), labPort, QStringLiteral("127.0.0.1"));
    auto *probe = wizard->stepPage(Step::Probe);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("probeRun")),
                      Qt::LeftButton);
    if (!QTest::qWaitFor(
            [&] {
                return !probe->isRunning() && wizard->caseModel()->result<ProbeReport>(Step::Probe);
            },
            30000))
        return nullptr;
    wizard->next();
    auto *routes = qobject_cast<RoutesPage *>(wizard->currentPage());
    if (!routes)
        return nullptr;
    routes->loadFile(QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/no-wildcard.yaml"));
    wizard->next();
    auto *overrides = qobject_cast<OverridesPage *>(wizard->currentPage());
    if (!overrides)
        return nullptr;
    m_window->findChild<QLineEdit *>(QStringLiteral("overridesWildcard"))
        ->setText(QStringLiteral("non-sni"));
    if (!overrides->openFile(
            QStringLiteral(SNI_DOCTOR_TEST_DATA "/overrides/helm-two-envgroups.yaml")) ||
        !QTest::qWaitFor(
            [&] {
                return !overrides->isValidating() &&
                       wizard->caseModel()->result<OverridesResult>(Step::Overrides);
            },
            30000))
        return nullptr;
    wizard->next();
    return qobject_cast<ResolutionPage *>(wizard->currentPage());
}

void tst_Wizard::fillTarget(const QString &host, quint16 port, const QString &connect)
{
    auto *hostEdit = m_window->findChild<QLineEdit *>(QStringLiteral("probeHost"));
    auto *portBox = m_window->findChild<QSpinBox *>(QStringLiteral("probePort"));
    auto *connectEdit = m_window->findChild<QLineEdit *>(QStringLiteral("probeConnect"));
    hostEdit->clear();
    QTest::keyClicks(hostEdit, host);
    portBox->selectAll();
    QTest::keyClicks(portBox, QString::number(port));
    connectEdit->clear();
    QTest::keyClicks(connectEdit, connect);
}

void tst_Wizard::screenshot(const QString &name)
{
    const QByteArray dir = qgetenv("SNI_DOCTOR_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // let the layouts settle, as the event loop would
    QTest::qWait(50);
    if (!dir.isEmpty())
        m_window->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name +
                              QStringLiteral(".png"));
}

void tst_Wizard::probeAgainstStrictLab()
{
    PracticeLab lab;
    const auto port = lab.start(LabOptions{LabMode::Strict});
    QVERIFY(port.ok());
    screenshot(QStringLiteral("welcome_en"));
    ProbePage *page = goToProbePage();
    QVERIFY(page);
    fillTarget(QStringLiteral("api-test.mydomain.com"), port.value(), QStringLiteral("127.0.0.1"));

    auto *commands = m_window->findChild<QWidget *>(QStringLiteral("probeCommands"));
    QVERIFY(commands->findChild<QPlainTextEdit *>()->toPlainText().contains(
        QStringLiteral("-noservername")));

    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("probeRun")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning() &&
                                 m_window->wizard()->caseModel()->result<ProbeReport>(Step::Probe),
                             30000);
    QVERIFY(page->isComplete());

    auto *table = m_window->findChild<QTableWidget *>(QStringLiteral("probeResults"));
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Handshake OK"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("(none)"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Reset by peer (TCP RST)"));
    const QString verdict = m_window->findChild<QLabel *>(QStringLiteral("probeVerdict"))->text();
    QVERIFY2(verdict.startsWith(QStringLiteral("Non-SNI clients are not enabled")),
             qPrintable(verdict));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("probeNextStep"))
                ->text()
                .contains(QStringLiteral("additionalGateways")));
    QCOMPARE(m_window->wizard()->stepList()->state(DoctorWizard::listRow(Step::Probe)),
             StepList::State::Error);
    QCOMPARE(m_window->wizard()->stepList()->state(DoctorWizard::listRow(Step::Overrides)),
             StepList::State::Pending);
    // One step run is already a verdict in step 7.
    QCOMPARE(m_window->wizard()->stepList()->state(DoctorWizard::kResolutionRow),
             StepList::State::Error);
    screenshot(QStringLiteral("probe_en"));
}

void tst_Wizard::switchToSpanishAtRunTime()
{
    PracticeLab lab;
    const auto port = lab.start(LabOptions{LabMode::Wildcard});
    QVERIFY(port.ok());
    ProbePage *page = goToProbePage();
    QVERIFY(page);
    fillTarget(QStringLiteral("api-test.mydomain.com"), port.value(), QStringLiteral("127.0.0.1"));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("probeRun")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning() &&
                                 m_window->wizard()->caseModel()->result<ProbeReport>(Step::Probe),
                             30000);
    auto *verdict = m_window->findChild<QLabel *>(QStringLiteral("probeVerdict"));
    QVERIFY(verdict->text().startsWith(QStringLiteral("Non-SNI clients are enabled")));
    const QString englishTitle = page->title();
    QAbstractButton *finish = m_window->wizard()->button(QWizard::FinishButton);
    QAbstractButton *back = m_window->wizard()->button(QWizard::BackButton);
    QCOMPARE(finish->text(), QStringLiteral("F&inish"));

    QAction *spanish = m_window->findChild<QAction *>(QStringLiteral("language_es"));
    QVERIFY(spanish);
    spanish->trigger();
    QCOMPARE(m_languages->language(), QStringLiteral("es"));
    QTRY_COMPARE(finish->text(), QStringLiteral("&Finalizar"));
    QCOMPARE(back->text(), QStringLiteral("< &Atrás"));
    QVERIFY(page->title() != englishTitle);
    QVERIFY2(page->title().startsWith(QStringLiteral("Paso 4")), qPrintable(page->title()));
    QVERIFY2(verdict->text().startsWith(QStringLiteral("Los clientes sin SNI están habilitados")),
             qPrintable(verdict->text()));
    auto *table = m_window->findChild<QTableWidget *>(QStringLiteral("probeResults"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("(ninguno)"));
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("Resultado"));
    QVERIFY(spanish->isChecked());
    screenshot(QStringLiteral("probe_es"));

    m_window->findChild<QAction *>(QStringLiteral("language_en"))->trigger();
    QTRY_COMPARE(finish->text(), QStringLiteral("F&inish"));
    QCOMPARE(page->title(), englishTitle);
    m_window->wizard()->back();
    m_window->findChild<QAction *>(QStringLiteral("language_es"))->trigger();
    QTRY_VERIFY(m_window->wizard()->currentPage()->title().startsWith(QStringLiteral("¿Por qué")));
    screenshot(QStringLiteral("welcome_es"));
    m_window->findChild<QAction *>(QStringLiteral("language_en"))->trigger();
}

void tst_Wizard::cancelStopsTheProbe()
{
    TestPeers::BlackHole hole;
    ProbePage *page = goToProbePage();
    QVERIFY(page);
    fillTarget(QStringLiteral("api-test.mydomain.com"), hole.port, QStringLiteral("127.0.0.1"));
    m_window->findChild<QSpinBox *>(QStringLiteral("probeTimeout"))->setValue(60);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("probeRun")),
                      Qt::LeftButton);
    QVERIFY(page->isRunning());
    QVERIFY(!page->isComplete()); // Finish waits for the probe
    QCOMPARE(m_window->wizard()->stepList()->state(DoctorWizard::listRow(Step::Probe)),
             StepList::State::Running);
    auto *stop = m_window->findChild<QPushButton *>(QStringLiteral("probeCancel"));
    QVERIFY(stop->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 20000);
    QVERIFY(page->isComplete());
    QVERIFY(!m_window->wizard()->caseModel()->result<ProbeReport>(Step::Probe));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("probeStatus"))
                ->text()
                .contains(QStringLiteral("Canceled")));
}

void tst_Wizard::everyControlHasAnAccessibleName()
{
    QVERIFY(goToProbePage());
    const QList<QWidget *> controls = m_window->wizard()->currentPage()->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *control : controls) {
        const bool interactive =
            qobject_cast<QLineEdit *>(control) || qobject_cast<QSpinBox *>(control) ||
            qobject_cast<QAbstractButton *>(control) || qobject_cast<QTableWidget *>(control);
        if (!interactive || control->objectName().startsWith(QLatin1String("qt_")) ||
            qobject_cast<QTableWidget *>(control->parentWidget()))
            continue; // Qt's own parts (scroll bars, the table's corner button)
        if (qobject_cast<QLineEdit *>(control) && qobject_cast<QSpinBox *>(control->parentWidget()))
            continue; // a spin box's inner editor is named through its spin box
        QVERIFY2(!control->accessibleName().isEmpty(), control->metaObject()->className());
        ++checked;
    }
    QVERIFY(checked >= 9);
}

void tst_Wizard::remembersTargetAndLanguage()
{
    PracticeLab lab;
    const auto port = lab.start(LabOptions{LabMode::Alert});
    QVERIFY(port.ok());
    ProbePage *page = goToProbePage();
    QVERIFY(page);
    fillTarget(QStringLiteral("localhost"), port.value(), QStringLiteral("127.0.0.1"));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("probeRun")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30000);
    m_window->findChild<QAction *>(QStringLiteral("language_es"))->trigger();
    delete m_window;
    delete m_languages;

    // A new window, as after a restart: the same target, and the language chosen.
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("es"));
    m_languages = new LanguageManager;
    QVERIFY(m_languages->setLanguage(QSettings().value(QStringLiteral("ui/language")).toString()));
    m_window = new MainWindow(m_languages);
    m_window->show();
    QVERIFY(goToProbePage());
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("probeHost"))->text(),
             QStringLiteral("localhost"));
    QCOMPARE(m_window->findChild<QSpinBox *>(QStringLiteral("probePort"))->value(),
             int(port.value()));
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("probeConnect"))->text(),
             QStringLiteral("127.0.0.1"));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("language_es"))->isChecked());
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
}

void tst_Wizard::darkPaletteScreenshot()
{
    // The painted status icons pick colours from the palette: look at them on a dark one.
    if (qEnvironmentVariableIsEmpty("SNI_DOCTOR_SCREENSHOTS"))
        QSKIP("screenshots only: set SNI_DOCTOR_SCREENSHOTS to a folder");
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);
    PracticeLab lab;
    const auto port = lab.start(LabOptions{LabMode::Strict});
    QVERIFY(port.ok());
    ProbePage *page = goToProbePage();
    QVERIFY(page);
    fillTarget(QStringLiteral("api-test.mydomain.com"), port.value(), QStringLiteral("127.0.0.1"));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("probeRun")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30000);
    screenshot(QStringLiteral("probe_dark"));
    QApplication::setPalette(light);
}

namespace {

QByteArray accessLog()
{
    QByteArray log =
        "[pod/apigee-ingressgateway-x/istio-proxy] 2025-05-19T04:00:00Z envoy starting\n";
    for (int i = 0; i < 2000; ++i) {
        log +=
            QStringLiteral(
                R"({"start_time":"2025-05-19T05:00:%1.000Z","remote_address":"10.0.0.%2:4000","sni_host":"api-test.mydomain.com","status_details":"via_upstream","upstream_response_flags":"-","status":200,"tls_protocol":"TLSv1.3"})")
                .arg(i % 60, 2, 10, QLatin1Char('0'))
                .arg(i % 250)
                .toUtf8() +
            '\n';
        if (i % 500 == 7)
            log +=
                R"({ "request_time": 1, "tls_protocol": null, "start_time": "2025-05-19T04:46:20.117Z", "remote_address": "10.138.0.28:19432", "status_details": "filter_chain_not_found", "request": "- - -", "status": 0, "upstream_response_flags": "NR", "sni_host": null })"
                "\n";
    }
    return log;
}

} // namespace

void tst_Wizard::accessLogPageImportsAFile()
{
    DoctorWizard *wizard = m_window->wizard();
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), DoctorWizard::pageId(Step::Logs));
    auto *page = qobject_cast<AccessLogPage *>(wizard->currentPage());
    QVERIFY(page);
    auto *commands = m_window->findChild<QWidget *>(QStringLiteral("logsCommands"));
    QVERIFY(commands->findChild<QPlainTextEdit *>()->toPlainText().contains(
        QStringLiteral("kubectl -n apigee get pods -l app=apigee-ingressgateway")));
    auto *ns = m_window->findChild<QLineEdit *>(QStringLiteral("logsNamespace"));
    ns->selectAll();
    QTest::keyClicks(ns, QStringLiteral("apigee-hybrid"));
    QVERIFY(commands->findChild<QPlainTextEdit *>()->toPlainText().contains(
        QStringLiteral("kubectl -n apigee-hybrid logs")));

    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("ingress.log")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(accessLog());
    file.close();
    // Drag and drop, as from a file manager.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file.fileName())});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page, &drop);
    QTRY_VERIFY_WITH_TIMEOUT(
        !page->isRunning() && wizard->caseModel()->result<AccessLogSummary>(Step::Logs), 30000);

    const QString verdict = m_window->findChild<QLabel *>(QStringLiteral("logsVerdict"))->text();
    QVERIFY2(
        verdict.startsWith(QStringLiteral("Clients without SNI are being refused: 4 connections")),
        qPrintable(verdict));
    QVERIFY(verdict.contains(QStringLiteral("2025-05-19T04:46:20.117Z")));
    auto *clients = m_window->findChild<QTableView *>(QStringLiteral("logsClients"));
    QCOMPARE(clients->model()->rowCount(), 1);
    QCOMPARE(clients->model()->index(0, 0).data().toString(), QStringLiteral("10.138.0.28"));
    QCOMPARE(clients->model()->index(0, 1).data().toLongLong(), 4);
    auto *hosts = m_window->findChild<QTableView *>(QStringLiteral("logsHosts"));
    QCOMPARE(hosts->model()->index(0, 0).data().toString(),
             QStringLiteral("api-test.mydomain.com"));
    QCOMPARE(m_window->wizard()->stepList()->state(DoctorWizard::listRow(Step::Logs)),
             StepList::State::Error);

    // The samples: filtered to the refused class, with the runbook's fields highlighted.
    auto *kind = m_window->findChild<QComboBox *>(QStringLiteral("logsSampleClass"));
    kind->setCurrentIndex(kind->findData(int(LogClass::NonSniRefused)));
    const QString samples =
        m_window->findChild<QTextBrowser *>(QStringLiteral("logsSamples"))->toHtml();
    QVERIFY(samples.contains(QStringLiteral("filter_chain_not_found")));
    QVERIFY(samples.contains(QStringLiteral("background-color")));
    QVERIFY(!samples.contains(QStringLiteral("via_upstream")));
    screenshot(QStringLiteral("logs_en"));

    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), DoctorWizard::pageId(Step::Capture));
}

void tst_Wizard::capturePageReadsACapture()
{
    DoctorWizard *wizard = m_window->wizard();
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), DoctorWizard::pageId(Step::Capture));
    auto *page = qobject_cast<CapturePage *>(wizard->currentPage());
    QVERIFY(page);
    auto *client = m_window->findChild<QLineEdit *>(QStringLiteral("captureClient"));
    client->clear();
    QTest::keyClicks(client, QStringLiteral("10.138.0.28"));
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("captureCommands"))
                ->findChild<QPlainTextEdit *>()
                ->toPlainText()
                .contains(QStringLiteral("tcpdump -n -i any -s 0 'host 10.138.0.28' -w")));

    // Dropped from a file manager: a capture made with tcpdump -i any against the lab.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(QStringLiteral(SNI_DOCTOR_TEST_DATA "/captures/sll2.pcap"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page, &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(page->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30000);
    QVERIFY2(wizard->caseModel()->result<CaptureSummary>(Step::Capture),
             qPrintable(m_window->findChild<QLabel *>(QStringLiteral("captureStatus"))->text()));
    const QString verdict = m_window->findChild<QLabel *>(QStringLiteral("captureVerdict"))->text();
    QVERIFY2(
        verdict.startsWith(QStringLiteral("Clients without SNI are reset: 1 of 1 ClientHello")),
        qPrintable(verdict));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("captureHellos"));
    QCOMPARE(table->model()->rowCount(), 3);
    auto *filter = m_window->findChild<QComboBox *>(QStringLiteral("captureFilter"));
    filter->setCurrentIndex(1); // without SNI
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 4).data().toString(), QStringLiteral("(none)"));
    QCOMPARE(table->model()->index(0, 8).data().toString(), QStringLiteral("TCP reset (RST)"));
    filter->setCurrentIndex(2); // reset by the server
    QCOMPARE(table->model()->rowCount(), 2);
    filter->setCurrentIndex(0);
    QVERIFY(m_window->findChild<QPlainTextEdit *>(QStringLiteral("captureWithoutSni"))
                ->toPlainText()
                .contains(QStringLiteral("no server_name extension")));
    QVERIFY(m_window->findChild<QPlainTextEdit *>(QStringLiteral("captureWithSni"))
                ->toPlainText()
                .contains(QStringLiteral("api-test.mydomain.com")));
    QCOMPARE(wizard->stepList()->state(DoctorWizard::listRow(Step::Capture)),
             StepList::State::Error);
    // Wireshark's display filter for them, one click to the clipboard.
    auto *wireshark = m_window->findChild<QLineEdit *>(QStringLiteral("captureWiresharkFilter"));
    QVERIFY(wireshark->isVisible());
    QCOMPARE(wireshark->text(),
             QStringLiteral("tls.handshake.type == 1 && !tls.handshake.extensions_server_name"));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("captureNextStep"))
                ->text()
                .contains(wireshark->text()));
    QApplication::clipboard()->clear();
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("captureCopyFilter")),
                      Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), wireshark->text());
    screenshot(QStringLiteral("capture_en"));

    m_window->findChild<QAction *>(QStringLiteral("language_es"))->trigger();
    QTRY_VERIFY(page->title().startsWith(QStringLiteral("Paso 3")));
    QVERIFY2(m_window->findChild<QLabel *>(QStringLiteral("captureVerdict"))
                 ->text()
                 .startsWith(QStringLiteral("Se restablece")),
             qPrintable(m_window->findChild<QLabel *>(QStringLiteral("captureVerdict"))->text()));
    screenshot(QStringLiteral("capture_es"));
    m_window->findChild<QAction *>(QStringLiteral("language_en"))->trigger();
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), DoctorWizard::pageId(Step::Probe));
}

namespace {

// Opens a FIFO for writing and closes it at once, when its reader is there: the reader
// blocked in open() reads end of file. False while no reader has it open.
bool releaseFifoReader(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

} // namespace

namespace {

// A kubeconfig of the fixture whose user gets its token from the credential plugin
// command (a path); empty when it could not be written.
QString pluginKubeconfig(KubeApiFixture &fixture, const QString &command)
{
    const QString kubeconfig = fixture.writeKubeconfig();
    QFile file(kubeconfig);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    text.replace(
        QStringLiteral("user: {token: good-token}"),
        QStringLiteral(
            "user:\n    exec: {apiVersion: client.authentication.k8s.io/v1, command: %1}\n")
            .arg(command));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(text.toUtf8());
    return kubeconfig;
}

// Answers the credential plugin's question when it comes.
bool answerPluginConsent(QWidget *window, QMessageBox::StandardButton answer)
{
    QMessageBox *consent = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                return (consent = window->findChild<QMessageBox *>(
                            QStringLiteral("pluginConsent"))) != nullptr;
            },
            5000))
        return false;
    consent->button(answer)->click();
    return true;
}

} // namespace

// A failed import and a Stop leave no earlier capture on the page: not in the verdict,
// not in the table. Stop is tested on a FIFO that nobody writes: the read waits for it,
// whatever the machine's speed.
void tst_Wizard::capturePageNeverShowsAnOldResult()
{
    DoctorWizard *wizard = m_window->wizard();
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    auto *page = qobject_cast<CapturePage *>(wizard->currentPage());
    QVERIFY(page);
    auto *verdict = m_window->findChild<QLabel *>(QStringLiteral("captureVerdict"));
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("captureStatus"));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("captureHellos"));
    const QString good = QStringLiteral(SNI_DOCTOR_TEST_DATA "/captures/sll2.pcap");
    const auto readGood = [&] {
        page->analyzeFile(good);
        return QTest::qWaitFor([&] { return !page->isRunning(); }, 30000) &&
               verdict->text().startsWith(QStringLiteral("Clients without SNI are reset")) &&
               table->model()->rowCount() == 3;
    };
    QVERIFY(readGood());

    page->analyzeFile(QStringLiteral(SNI_DOCTOR_TEST_DATA "/captures/garbage.pcap"));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30000);
    QVERIFY(!wizard->caseModel()->result<CaptureSummary>(Step::Capture));
    QVERIFY2(status->text().contains(QStringLiteral("garbage.pcap")), qPrintable(status->text()));
    QCOMPARE(verdict->text(), QStringLiteral("Import a capture to get a verdict."));
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(m_window->findChild<QPlainTextEdit *>(QStringLiteral("captureWithSni"))
                ->toPlainText()
                .isEmpty());
    QVERIFY(
        !m_window->findChild<QLineEdit *>(QStringLiteral("captureWiresharkFilter"))->isVisible());
    QVERIFY(wizard->stepList()->state(DoctorWizard::listRow(Step::Capture)) !=
            StepList::State::Error);

    QVERIFY(readGood());
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("never-written.pcap"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    page->analyzeFile(fifo);
    QVERIFY(page->isRunning());
    QVERIFY2(!verdict->text().startsWith(QStringLiteral("Clients")), qPrintable(verdict->text()));
    QCOMPARE(table->model()->rowCount(), 0);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("captureCancel")),
                      Qt::LeftButton);
    // The reader may be waiting in open(): let it read end of file and end.
    QTRY_VERIFY_WITH_TIMEOUT((releaseFifoReader(fifo), !page->isRunning()), 30000);
    QVERIFY2(status->text().startsWith(QStringLiteral("Canceled")), qPrintable(status->text()));
    QCOMPARE(verdict->text(), QStringLiteral("Import a capture to get a verdict."));
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(!wizard->caseModel()->result<CaptureSummary>(Step::Capture));
}

// The same on step 2: a file that cannot be read, and Stop of a fetch from a cluster
// that never answers.
void tst_Wizard::logsPageNeverShowsAnOldResult()
{
    KubeApiFixture silent(KubeApiFixture::Mode::Slow, {});
    QVERIFY(silent.start());
    DoctorWizard *wizard = m_window->wizard();
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    auto *page = qobject_cast<AccessLogPage *>(wizard->currentPage());
    QVERIFY(page);
    auto *verdict = m_window->findChild<QLabel *>(QStringLiteral("logsVerdict"));
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("logsStatus"));
    auto *clients = m_window->findChild<QTableView *>(QStringLiteral("logsClients"));
    const auto readGood = [&] {
        page->analyzeText(accessLog());
        return QTest::qWaitFor([&] { return !page->isRunning(); }, 30000) &&
               verdict->text().startsWith(
                   QStringLiteral("Clients without SNI are being refused")) &&
               clients->model()->rowCount() == 1;
    };
    QVERIFY(readGood());

    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("gone.log"));
    page->analyzeFiles({missing});
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30000);
    QVERIFY(!wizard->caseModel()->result<AccessLogSummary>(Step::Logs));
    QVERIFY2(status->text().contains(QStringLiteral("gone.log")), qPrintable(status->text()));
    QCOMPARE(verdict->text(), QStringLiteral("Import a log to get a verdict."));
    QCOMPARE(clients->model()->rowCount(), 0);

    QVERIFY(readGood());
    wizard->caseModel()->setCluster(
        ClusterTarget{silent.writeKubeconfig(), QStringLiteral("fixture"), {}});
    m_window->findChild<QLineEdit *>(QStringLiteral("logsNamespace"))
        ->setText(QStringLiteral("apigee"));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("logsFetch")),
                      Qt::LeftButton);
    QVERIFY(page->isRunning());
    QVERIFY2(!verdict->text().startsWith(QStringLiteral("Clients")), qPrintable(verdict->text()));
    QCOMPARE(clients->model()->rowCount(), 0);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("logsCancel")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30000);
    QVERIFY2(status->text().startsWith(QStringLiteral("Canceled")), qPrintable(status->text()));
    QCOMPARE(verdict->text(), QStringLiteral("Import a log to get a verdict."));
    QCOMPARE(clients->model()->rowCount(), 0);
    QVERIFY(!wizard->caseModel()->result<AccessLogSummary>(Step::Logs));

    // A cluster whose user runs a plugin, and No to it: not beside the earlier result.
    QVERIFY(readGood());
    const QString kubeconfig = pluginKubeconfig(silent, QStringLiteral("/bin/false"));
    QVERIFY(!kubeconfig.isEmpty());
    wizard->caseModel()->setCluster(ClusterTarget{kubeconfig, QStringLiteral("fixture"), {}});
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("logsFetch")),
                      Qt::LeftButton);
    QVERIFY(answerPluginConsent(m_window, QMessageBox::No));
    QTRY_VERIFY(status->text().contains(QStringLiteral("not run")));
    QVERIFY(!page->isRunning());
    QCOMPARE(verdict->text(), QStringLiteral("Import a log to get a verdict."));
    QCOMPARE(clients->model()->rowCount(), 0);
    QVERIFY(!wizard->caseModel()->result<AccessLogSummary>(Step::Logs));

    // Read from the cluster: the answer for that namespace only.
    KubeApiFixture cluster(KubeApiFixture::Mode::Ok, {});
    QVERIFY(cluster.start());
    wizard->caseModel()->setCluster(
        ClusterTarget{cluster.writeKubeconfig(), QStringLiteral("fixture"), {}});
    auto *ns = m_window->findChild<QLineEdit *>(QStringLiteral("logsNamespace"));
    ns->setText(QStringLiteral("apigee"));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("logsFetch")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !page->isRunning() && wizard->caseModel()->result<AccessLogSummary>(Step::Logs), 30000);
    auto *stale = m_window->findChild<QLabel *>(QStringLiteral("logsStale"));
    QVERIFY(!stale->isVisible());
    ns->selectAll();
    QTest::keyClicks(ns, QStringLiteral("other"));
    QVERIFY(stale->isVisible());
    QVERIFY(!verdict->isEnabled() && !clients->isEnabled());
    ns->setText(QStringLiteral("apigee"));
    QVERIFY(!stale->isVisible());
    QVERIFY(verdict->isEnabled() && clients->isEnabled());
    // A file's result does not depend on the namespace.
    QVERIFY(readGood());
    ns->setText(QStringLiteral("other"));
    QVERIFY(!stale->isVisible());
    QSettings().remove(QStringLiteral("cluster"));
}

// The same on step 5: a file that is not kubectl output, Stop of a connection to a
// cluster that never answers, a credential plugin refused; and a result read from the
// cluster is marked as soon as the fields name another namespace.
void tst_Wizard::routesPageNeverShowsAnOldResult()
{
    KubeApiFixture silent(KubeApiFixture::Mode::Slow, {});
    QVERIFY(silent.start());
    QFile list(QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/api-list.json"));
    QVERIFY(list.open(QIODevice::ReadOnly));
    KubeApiFixture cluster(KubeApiFixture::Mode::Ok, list.readAll());
    QVERIFY(cluster.start());
    DoctorWizard *wizard = m_window->wizard();
    QVERIFY(goToProbePage());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    auto *page = qobject_cast<RoutesPage *>(wizard->currentPage());
    QVERIFY(page);
    auto *verdict = m_window->findChild<QLabel *>(QStringLiteral("routesVerdict"));
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("routesStatus"));
    auto *table = m_window->findChild<QTableWidget *>(QStringLiteral("routesTable"));
    const QString placeholder =
        QStringLiteral("Connect to the cluster or load saved kubectl output to check the routes.");
    const auto readGood = [&] {
        page->loadFile(QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/healthy.yaml"));
        return verdict->text().startsWith(QStringLiteral("Non-SNI clients are enabled")) &&
               table->rowCount() > 0;
    };
    QVERIFY(readGood());

    page->loadFile(QStringLiteral(SNI_DOCTOR_TEST_DATA "/captures/garbage.pcap"));
    QVERIFY(!wizard->caseModel()->result<RoutesResult>(Step::Routes));
    QVERIFY2(status->text().contains(QStringLiteral("garbage.pcap")), qPrintable(status->text()));
    QCOMPARE(verdict->text(), placeholder);
    QCOMPARE(table->rowCount(), 0);

    QVERIFY(readGood());
    page->setKubeconfig(silent.writeKubeconfig());
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("routesConnect")),
                      Qt::LeftButton);
    QVERIFY(page->isRunning());
    QCOMPARE(table->rowCount(), 0);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("routesCancel")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30000);
    QVERIFY2(status->text().startsWith(QStringLiteral("Canceled")), qPrintable(status->text()));
    QCOMPARE(verdict->text(), placeholder);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!wizard->caseModel()->result<RoutesResult>(Step::Routes));

    // A context whose user runs a plugin, and No to it.
    QVERIFY(readGood());
    const QString kubeconfig = pluginKubeconfig(cluster, QStringLiteral("/bin/false"));
    QVERIFY(!kubeconfig.isEmpty());
    page->setKubeconfig(kubeconfig);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("routesConnect")),
                      Qt::LeftButton);
    QVERIFY(answerPluginConsent(m_window, QMessageBox::No));
    QTRY_VERIFY(status->text().contains(QStringLiteral("not run")));
    QCOMPARE(verdict->text(), placeholder);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!wizard->caseModel()->result<RoutesResult>(Step::Routes));

    // Read from the cluster: the answer for that namespace only.
    page->setKubeconfig(cluster.writeKubeconfig());
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("routesConnect")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !page->isRunning() && wizard->caseModel()->result<RoutesResult>(Step::Routes), 30000);
    auto *stale = m_window->findChild<QLabel *>(QStringLiteral("routesStale"));
    QVERIFY(!stale->isVisible());
    auto *ns = m_window->findChild<QLineEdit *>(QStringLiteral("routesNamespace"));
    const QString read = ns->text();
    ns->selectAll();
    QTest::keyClicks(ns, QStringLiteral("other"));
    QVERIFY(stale->isVisible());
    QVERIFY(!verdict->isEnabled() && !table->isEnabled());
    ns->setText(read);
    QVERIFY(!stale->isVisible());
    QVERIFY(verdict->isEnabled() && table->isEnabled());
    QSettings().remove(QStringLiteral("cluster"));
}

// A credential plugin that fails says several lines on its standard error: the status
// line beside the buttons holds the first, the whole text is its tooltip and, after
// Details, in the box under the row.
void tst_Wizard::pluginErrorKeepsTheStatusOneLine()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, {});
    QVERIFY(fixture.start());
    QTemporaryDir dir;
    const QString plugin = dir.filePath(QStringLiteral("failing-plugin"));
    QFile script(plugin);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\necho 'error: the refresh token expired' >&2\n"
                 "echo 'hint: run the login command again' >&2\n"
                 "echo 'more: https://example.invalid/help' >&2\nexit 3\n");
    script.close();
    script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
    const QString kubeconfig = pluginKubeconfig(fixture, plugin);
    QVERIFY(!kubeconfig.isEmpty());

    DoctorWizard *wizard = m_window->wizard();
    QVERIFY(goToProbePage());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    auto *page = qobject_cast<RoutesPage *>(wizard->currentPage());
    QVERIFY(page);
    page->setKubeconfig(kubeconfig);
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("routesStatus"));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("routesConnect")),
                      Qt::LeftButton);
    QVERIFY(answerPluginConsent(m_window, QMessageBox::Yes));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning() && !status->text().isEmpty() &&
                                 !status->text().startsWith(QStringLiteral("Connecting")),
                             30000);
    QVERIFY2(!status->text().contains(QLatin1Char('\n')), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("failed (exit 3)")),
             qPrintable(status->text()));
    QVERIFY(status->text().contains(QStringLiteral("the refresh token expired")));
    QVERIFY(!status->text().contains(QStringLiteral("hint:")));
    QVERIFY(status->toolTip().contains(QStringLiteral("hint: run the login command again")));
    auto *details = m_window->findChild<QPlainTextEdit *>(QStringLiteral("routesStatusDetails"));
    auto *more = m_window->findChild<QPushButton *>(QStringLiteral("routesStatusDetailsButton"));
    QVERIFY(details && more);
    QVERIFY(more->isVisible());
    QVERIFY(!details->isVisible());
    QTest::mouseClick(more, Qt::LeftButton);
    QVERIFY(details->isVisible());
    QVERIFY(details->toPlainText().contains(QStringLiteral("more: https://example.invalid/help")));
    // A one-line status again: no details.
    page->loadFile(QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/healthy.yaml"));
    QVERIFY(!more->isVisible());
    QVERIFY(!details->isVisible());
    QVERIFY(status->toolTip().isEmpty());
    QSettings().remove(QStringLiteral("cluster"));
}

void tst_Wizard::accessLogPageInSpanishAndPaste()
{
    DoctorWizard *wizard = m_window->wizard();
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    auto *page = qobject_cast<AccessLogPage *>(wizard->currentPage());
    QVERIFY(page);
    m_window->findChild<QAction *>(QStringLiteral("language_es"))->trigger();
    page->analyzeText(accessLog());
    QTRY_VERIFY_WITH_TIMEOUT(
        !page->isRunning() && wizard->caseModel()->result<AccessLogSummary>(Step::Logs), 30000);
    const QString verdict = m_window->findChild<QLabel *>(QStringLiteral("logsVerdict"))->text();
    QVERIFY2(verdict.startsWith(QStringLiteral("Se está rechazando a clientes sin SNI")),
             qPrintable(verdict));
    QVERIFY(page->title().startsWith(QStringLiteral("Paso 2")));
    screenshot(QStringLiteral("logs_es"));
    QVERIFY(goToProbePage() == nullptr); // not on the start page any more
    m_window->findChild<QAction *>(QStringLiteral("language_en"))->trigger();
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
}

void tst_Wizard::routesPageConnectsAndAsksBeforePlugins()
{
    QFile list(QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/api-list.json"));
    QVERIFY(list.open(QIODevice::ReadOnly));
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, list.readAll());
    QVERIFY(fixture.start());
    DoctorWizard *wizard = m_window->wizard();
    QVERIFY(goToProbePage());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), DoctorWizard::pageId(Step::Routes));
    auto *page = qobject_cast<RoutesPage *>(wizard->currentPage());
    QVERIFY(page);

    // Saved kubectl output first: the offline path.
    page->loadFile(QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/healthy.yaml"));
    auto *verdict = m_window->findChild<QLabel *>(QStringLiteral("routesVerdict"));
    QVERIFY2(verdict->text().startsWith(QStringLiteral("Non-SNI clients are enabled")),
             qPrintable(verdict->text()));

    // Then the cluster, through the fixture's kubeconfig.
    page->setKubeconfig(fixture.writeKubeconfig());
    auto *context = m_window->findChild<QComboBox *>(QStringLiteral("routesContext"));
    QCOMPARE(context->currentData().toString(), QStringLiteral("fixture"));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("routesConnect")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30000);
    QVERIFY2(verdict->text().startsWith(QStringLiteral("The wildcard route is not attached")),
             qPrintable(m_window->findChild<QLabel *>(QStringLiteral("routesStatus"))->text()));
    auto *table = m_window->findChild<QTableWidget *>(QStringLiteral("routesTable"));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("non-sni"));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("routesFindings"))
                ->text()
                .contains(QStringLiteral("myorg-hyb-dev-grp-000-33620d0")));
    QCOMPARE(wizard->stepList()->state(DoctorWizard::listRow(Step::Routes)),
             StepList::State::Error);
    // kubectl describe's events, oldest first, under the routes.
    auto *events = m_window->findChild<QTableWidget *>(QStringLiteral("routesEvents"));
    QVERIFY(events->isVisible());
    QCOMPARE(events->rowCount(), 2);
    QCOMPARE(events->item(1, 0)->text(), QStringLiteral("non-sni"));
    QCOMPARE(events->item(1, 2)->text(), QStringLiteral("GatewayNotFound"));
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("routesFetchLogs"))->isEnabled());
    // The ingress pods as kubectl get pods prints them; one is crash-looping.
    auto *pods = m_window->findChild<QTableWidget *>(QStringLiteral("routesPods"));
    QVERIFY(pods->isVisible());
    QCOMPARE(pods->rowCount(), 2);
    QCOMPARE(pods->item(1, 1)->text(), QStringLiteral("1/2"));
    QCOMPARE(pods->item(1, 2)->text(), QStringLiteral("CrashLoopBackOff"));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("routesFindings"))
                ->text()
                .contains(QStringLiteral("Ingress gateway pods are not ready")));
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("routesWarning"))->isVisible());
    screenshot(QStringLiteral("routes_en"));

    // A kubeconfig whose user runs a plugin: nothing runs until the user agrees.
    QTemporaryDir dir;
    const QString marker = dir.filePath(QStringLiteral("plugin-ran"));
    const QString plugin = dir.filePath(QStringLiteral("plugin"));
    QFile script(plugin);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(
        "#!/bin/sh\ntouch '" + marker.toUtf8() +
        "'\n"
        "echo '{\"kind\":\"ExecCredential\",\"apiVersion\":\"client.authentication.k8s.io/v1\","
        "\"status\":{\"token\":\"good-token\"}}'\n");
    script.close();
    script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
    const QString kubeconfig = fixture.writeKubeconfig();
    QFile file(kubeconfig);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    text.replace(
        QStringLiteral("user: {token: good-token}"),
        QStringLiteral(
            "user:\n    exec: {apiVersion: client.authentication.k8s.io/v1, command: %1}\n")
            .arg(plugin));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
    file.close();
    page->setKubeconfig(kubeconfig);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("routesConnect")),
                      Qt::LeftButton);
    QMessageBox *consent = nullptr;
    QTRY_VERIFY((consent = m_window->findChild<QMessageBox *>(QStringLiteral("pluginConsent"))));
    QVERIFY(consent->text().contains(plugin)); // the exact command
    consent->button(QMessageBox::No)->click();
    QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("routesStatus"))
                    ->text()
                    .contains(QStringLiteral("not run")));
    QVERIFY(!page->isRunning());
    QVERIFY(!QFile::exists(marker));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("routesConnect")),
                      Qt::LeftButton);
    QTRY_VERIFY((consent = m_window->findChild<QMessageBox *>(QStringLiteral("pluginConsent"))));
    consent->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(marker) && !page->isRunning(), 30000);
    QVERIFY(verdict->text().startsWith(QStringLiteral("The wildcard route is not attached")));
    // Saved output has no events: the table goes away.
    page->loadFile(QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/healthy.yaml"));
    QVERIFY(!events->isVisible());
    QVERIFY(!pods->isVisible()); // saved routes say nothing about pods
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("routesFetchLogs"))->isEnabled());
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("routesConnect")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning() && events->isVisible(), 30000);

    m_window->findChild<QAction *>(QStringLiteral("language_es"))->trigger();
    QTRY_VERIFY(page->title().startsWith(QStringLiteral("Paso 5")));
    // The status line written in English is said again in Spanish.
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("routesStatus"))->text(),
             QStringLiteral("Leídas 2 rutas del clúster."));
    screenshot(QStringLiteral("routes_es"));
    m_window->findChild<QAction *>(QStringLiteral("language_en"))->trigger();
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
}

void tst_Wizard::logsPageFetchesFromTheCluster()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, {});
    QVERIFY(fixture.start());
    // The case's cluster (step 5 sets it on Connect); the logs page reads the same one.
    DoctorWizard *wizard = m_window->wizard();
    wizard->caseModel()->setCluster(
        ClusterTarget{fixture.writeKubeconfig(), QStringLiteral("fixture"), {}});
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    auto *page = qobject_cast<AccessLogPage *>(wizard->currentPage());
    QVERIFY(page);
    auto *ns = m_window->findChild<QLineEdit *>(QStringLiteral("logsNamespace"));
    ns->setText(QStringLiteral("apigee"));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("logsFetch")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !page->isRunning() && wizard->caseModel()->result<AccessLogSummary>(Step::Logs), 30000);
    const QString verdict = m_window->findChild<QLabel *>(QStringLiteral("logsVerdict"))->text();
    QVERIFY2(
        verdict.startsWith(QStringLiteral("Clients without SNI are being refused: 2 connections")),
        qPrintable(verdict));
    QCOMPARE(wizard->caseModel()->result<AccessLogSummary>(Step::Logs)->inputs.size(),
             2); // one per ingress pod
    QCOMPARE(fixture.logRequests.size(), 2);
    // A pod's proxy restarted: its previous log is offered, and read when asked.
    auto *previous = m_window->findChild<QCheckBox *>(QStringLiteral("logsPrevious"));
    QVERIFY(previous->isVisible());
    QVERIFY2(previous->text().contains(QStringLiteral("1 restarted pod")),
             qPrintable(previous->text()));
    previous->setChecked(true);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("logsFetch")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !page->isRunning() && wizard->caseModel()->result<AccessLogSummary>(Step::Logs), 30000);
    QCOMPARE(fixture.logRequests.filter(QStringLiteral("previous=true")).size(), 1);
    QCOMPARE(wizard->caseModel()->result<AccessLogSummary>(Step::Logs)->inputs.size(), 3);
    QSettings().remove(QStringLiteral("cluster"));
}

// Watch on step 2: the refusals written after it started appear in the table as they
// are logged, the client typed highlighted, in English and in Spanish; Stop makes what
// was seen step 2's result. Step 7 has the same Watch.
void tst_Wizard::watchShowsRefusalsLiveInBothLanguages()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, {});
    QVERIFY(fixture.start());
    fixture.setLogTicker(50);
    const QString pod = QStringLiteral("apigee-ingressgateway-ext-ingress-myorg-hyb-8f2c412-dvrcp");
    DoctorWizard *wizard = m_window->wizard();
    wizard->caseModel()->setCluster(
        ClusterTarget{fixture.writeKubeconfig(), QStringLiteral("fixture"), {}});
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    auto *page = qobject_cast<AccessLogPage *>(wizard->currentPage());
    QVERIFY(page);
    m_window->findChild<QLineEdit *>(QStringLiteral("logsNamespace"))
        ->setText(QStringLiteral("apigee"));
    auto *start = page->findChild<QPushButton *>(QStringLiteral("watchStart"));
    auto *stop = page->findChild<QPushButton *>(QStringLiteral("watchStop"));
    auto *client = page->findChild<QLineEdit *>(QStringLiteral("watchClient"));
    auto *table = page->findChild<QTableView *>(QStringLiteral("watchConnections"));
    auto *status = page->findChild<QLabel *>(QStringLiteral("watchStatus"));
    QVERIFY(start && stop && client && table && status);
    QVERIFY(start->isEnabled() && !stop->isEnabled());
    QTest::keyClicks(client, QStringLiteral("10.138.0.28"));
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(stop->isEnabled(), 30000);
    QVERIFY(!start->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(fixture.openLogStreams(pod), 1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Watching 1 ingress pod")),
                             30000);
    const QByteArray refused =
        R"(","status_details":"filter_chain_not_found","request":"- - -","status":0,)"
        R"("upstream_response_flags":"NR","sni_host":null})";
    fixture.writeLogLine(
        pod, R"({"start_time":"2026-12-03T08:35:00.117Z","remote_address":"10.5.5.5:1)" + refused);
    fixture.writeLogLine(
        pod, R"({"start_time":"2026-12-03T08:35:01.117Z","remote_address":"10.138.0.28:19432)" +
                 refused);
    QAbstractItemModel *rows = table->model();
    QTRY_COMPARE_WITH_TIMEOUT(rows->rowCount(), 2, 30000);
    // The newest on top; the client typed is highlighted, the other is not.
    QCOMPARE(rows->index(0, 2).data().toString(), QStringLiteral("10.138.0.28:19432"));
    QCOMPARE(rows->index(0, 1).data().toString(), pod);
    QCOMPARE(rows->index(0, 3).data().toString(), QStringLiteral("none"));
    QCOMPARE(rows->index(0, 4).data().toString(), QStringLiteral("Refused: no SNI"));
    QVERIFY(rows->index(0, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(!rows->index(1, 0).data(Qt::BackgroundRole).isValid());
    QCOMPARE(rows->index(1, 2).data().toString(), QStringLiteral("10.5.5.5:1"));
    screenshot(QStringLiteral("watch_en"));

    m_window->findChild<QAction *>(QStringLiteral("language_es"))->trigger();
    QTRY_COMPARE(rows->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Hora"));
    QCOMPARE(rows->index(0, 3).data().toString(), QStringLiteral("ninguno"));
    QCOMPARE(start->text(), QStringLiteral("Vi&gilar en vivo"));
    QTRY_VERIFY2(status->text().startsWith(QStringLiteral("Vigilando 1 pod")),
                 qPrintable(status->text()));
    screenshot(QStringLiteral("watch_es"));
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 30000);
    const auto *summary = wizard->caseModel()->result<AccessLogSummary>(Step::Logs);
    QVERIFY(summary);
    QCOMPARE(summary->count(LogClass::NonSniRefused), 2);
    QCOMPARE(wizard->caseModel()->data().record(Step::Logs)->origin().kind, Origin::Kind::Cluster);
    QVERIFY2(status->text().startsWith(QStringLiteral("Detenido")), qPrintable(status->text()));
    QTRY_COMPARE_WITH_TIMEOUT(fixture.openLogStreams(pod), 0, 30000);
    // The step-2 verdict now reads the watch's evidence.
    const QString verdict = m_window->findChild<QLabel *>(QStringLiteral("logsVerdict"))->text();
    QVERIFY2(!verdict.isEmpty(), "no verdict after the watch");
    m_window->findChild<QAction *>(QStringLiteral("language_en"))->trigger();
    QTRY_COMPARE(rows->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Time"));

    int onResolution = 0;
    for (QPushButton *button :
         m_window->findChildren<QPushButton *>(QStringLiteral("watchStart"))) {
        for (QWidget *widget = button; widget; widget = widget->parentWidget()) {
            if (qobject_cast<ResolutionPage *>(widget)) {
                ++onResolution;
                break;
            }
        }
    }
    QCOMPARE(onResolution, 1);
    QSettings().remove(QStringLiteral("cluster"));
}

// Step 5's "Fetch ingress logs" goes back to step 2 (here through the start page:
// the runbook's shortcut skipped it) and reads the logs of the cluster just connected.
void tst_Wizard::routesPageFetchesIngressLogs()
{
    QFile list(QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/api-list.json"));
    QVERIFY(list.open(QIODevice::ReadOnly));
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, list.readAll());
    QVERIFY(fixture.start());
    DoctorWizard *wizard = m_window->wizard();
    QVERIFY(goToProbePage());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    auto *page = qobject_cast<RoutesPage *>(wizard->currentPage());
    QVERIFY(page);
    auto *fetchLogs = m_window->findChild<QPushButton *>(QStringLiteral("routesFetchLogs"));
    QVERIFY(!fetchLogs->isEnabled()); // nothing connected yet
    // This time without the CA: insecure-skip-tls-verify, honoured and said.
    const QString kubeconfig = fixture.writeKubeconfig();
    QFile file(kubeconfig);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    text.replace(QRegularExpression(QStringLiteral("certificate-authority-data: [^\\n]*")),
                 QStringLiteral("insecure-skip-tls-verify: true"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
    file.close();
    page->setKubeconfig(kubeconfig);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("routesConnect")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning() && fetchLogs->isEnabled(), 30000);
    auto *warning = m_window->findChild<QLabel *>(QStringLiteral("routesWarning"));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("insecure-skip-tls-verify")));
    QTest::mouseClick(fetchLogs, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), DoctorWizard::pageId(Step::Logs));
    auto *logs = qobject_cast<AccessLogPage *>(wizard->currentPage());
    QVERIFY(logs);
    QTRY_VERIFY_WITH_TIMEOUT(
        !logs->isRunning() && wizard->caseModel()->result<AccessLogSummary>(Step::Logs), 30000);
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("logsVerdict"))
                ->text()
                .startsWith(QStringLiteral("Clients without SNI are being refused")));
    QCOMPARE(fixture.logRequests.size(), 2);
    QSettings().remove(QStringLiteral("cluster"));
}

// Step 6: a real-shaped overrides.yaml missing the wildcard route in one of two
// virtual hosts. The underline sits where the diagnostic says; Fix makes the file
// validate clean; Save writes it and keeps the original as a backup.
// Step 6 says which release it assumed, in the picker's first item; choosing another
// release checks the file again with that release's keys and rules.
void tst_Wizard::overridesPageReleasePicker()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("overrides.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(instanceID: "example-1"
gcp:
  projectID: example-hybrid
  region: us-central1
k8sCluster:
  name: example-gke
  region: us-central1
org: example-org
ingressGateways:
- name: prod-ingress
virtualhosts:
- name: prod-group
  selector:
    app: apigee-ingressgateway
    ingress_name: prod-ingress
  sslSecret: prod-tls
  requestTimeout: 60
  additionalGateways: ["non-sni"]
)");
    file.close();

    DoctorWizard *wizard = m_window->wizard();
    QVERIFY(goToProbePage());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    auto *page = qobject_cast<OverridesPage *>(wizard->currentPage());
    QVERIFY(page);
    m_window->findChild<QLineEdit *>(QStringLiteral("overridesWildcard"))
        ->setText(QStringLiteral("non-sni"));
    QVERIFY(page->openFile(path));
    const auto report = [wizard]() -> const OverridesReport * {
        const auto *result = wizard->caseModel()->result<OverridesResult>(Step::Overrides);
        return result ? &result->report : nullptr;
    };
    QTRY_VERIFY(!page->isValidating() && report());
    const auto codes = [&report] {
        QStringList list;
        for (const OverridesDiagnostic &diagnostic : report()->diagnostics)
            list << diagnostic.code;
        return list;
    };
    QVERIFY2(report()->count(Severity::Warning) == 0 && report()->count(Severity::Error) == 0,
             qPrintable(codes().join(QLatin1Char(' '))));
    auto *picker = m_window->findChild<QComboBox *>(QStringLiteral("overridesVersion"));
    QVERIFY(picker);
    QCOMPARE(picker->currentIndex(), 0);
    QCOMPARE(picker->itemText(0), QStringLiteral("From the file (1.16, Helm)"));
    QVERIFY(!codes().contains(QStringLiteral("key_too_new")));

    // The keyboard way: focus the picker and choose 1.8 (requestTimeout came in 1.10).
    picker->setFocus();
    const int release = picker->findData(8);
    QVERIFY(release > 0);
    for (int i = 0; i < 20 && picker->currentIndex() < release; ++i)
        QTest::keyClick(picker, Qt::Key_Down);
    QCOMPARE(picker->currentIndex(), release);
    QTRY_VERIFY(!page->isValidating() && report() && report()->versionGiven);
    QCOMPARE(report()->version.minor, 8);
    QVERIFY2(codes().contains(QStringLiteral("key_too_new")),
             qPrintable(codes().join(QLatin1Char(' '))));
    QCOMPARE(picker->itemText(0), QStringLiteral("From the file"));
    auto *list = m_window->findChild<QTreeWidget *>(QStringLiteral("overridesDiagnostics"));
    bool listed = false;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        listed = listed || list->topLevelItem(i)->text(2) == QLatin1String("key_too_new");
    QVERIFY(listed);

    // Back to the file's own release.
    for (int i = 0; i < 20 && picker->currentIndex() > 0; ++i)
        QTest::keyClick(picker, Qt::Key_Up);
    QCOMPARE(picker->currentIndex(), 0);
    QTRY_VERIFY(!page->isValidating() && report() && !report()->versionGiven);
    QVERIFY(!codes().contains(QStringLiteral("key_too_new")));
    QCOMPARE(picker->itemText(0), QStringLiteral("From the file (1.16, Helm)"));
}

// Tab in overrides.yaml: spaces to the next step of two, never a tab character (YAML
// forbids them); with lines selected it indents them, Shift+Tab dedents; Ctrl+Tab and
// Ctrl+Shift+Tab leave the editor, so the keyboard reaches the rest of the page.
void tst_Wizard::yamlEditorTabIndentsWithSpaces()
{
    DoctorWizard *wizard = m_window->wizard();
    QVERIFY(goToProbePage());
    wizard->next();
    wizard->next();
    QVERIFY(qobject_cast<OverridesPage *>(wizard->currentPage()));
    auto *editor = m_window->findChild<YamlEditor *>(QStringLiteral("overridesEditor"));
    QVERIFY(editor && !editor->isReadOnly());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    editor->setPlainText(QStringLiteral("virtualhosts:\n- name: dev-grp\nsslSecret: s\n"));
    QTextCursor cursor(editor->document()->findBlockByNumber(2));
    editor->setTextCursor(cursor);
    QTest::keyClick(editor, Qt::Key_Tab);
    QCOMPARE(editor->toPlainText(),
             QStringLiteral("virtualhosts:\n- name: dev-grp\n  sslSecret: s\n"));
    QTest::keyClick(editor, Qt::Key_X);
    QTest::keyClick(editor, Qt::Key_Tab); // at column 3: one space to column 4
    QCOMPARE(editor->document()->findBlockByNumber(2).text(), QStringLiteral("  x sslSecret: s"));
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClick(editor, Qt::Key_Backspace);
    // Two lines selected: both indented, then both dedented.
    cursor = QTextCursor(editor->document()->findBlockByNumber(1));
    cursor.movePosition(QTextCursor::Down, QTextCursor::KeepAnchor);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    QTest::keyClick(editor, Qt::Key_Tab);
    QCOMPARE(editor->toPlainText(),
             QStringLiteral("virtualhosts:\n  - name: dev-grp\n    sslSecret: s\n"));
    QTest::keyClick(editor, Qt::Key_Backtab, Qt::ShiftModifier);
    QTest::keyClick(editor, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(editor->toPlainText(),
             QStringLiteral("virtualhosts:\n- name: dev-grp\nsslSecret: s\n"));
    QVERIFY(!editor->toPlainText().contains(QLatin1Char('\t')));
    // One undo brings the whole indentation back, not one line of it.
    editor->undo();
    QCOMPARE(editor->toPlainText(),
             QStringLiteral("virtualhosts:\n- name: dev-grp\n  sslSecret: s\n"));

    // Out of the editor with the keyboard, both ways, the text unchanged.
    const QString text = editor->toPlainText();
    QTest::keyClick(editor, Qt::Key_Tab, Qt::ControlModifier);
    QTRY_VERIFY(!editor->hasFocus());
    QVERIFY(QApplication::focusWidget() && QApplication::focusWidget() != editor);
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    QTest::keyClick(editor, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!editor->hasFocus());
    QCOMPARE(editor->toPlainText(), text);
}

void tst_Wizard::overridesPageUnderlinesAndFixes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("overrides.yaml"));
    QVERIFY(QFile::copy(QStringLiteral(SNI_DOCTOR_TEST_DATA "/overrides/helm-two-envgroups.yaml"),
                        path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile originalFile(path);
    QVERIFY(originalFile.open(QIODevice::ReadOnly));
    const QByteArray original = originalFile.readAll();
    originalFile.close();

    DoctorWizard *wizard = m_window->wizard();
    QVERIFY(goToProbePage());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    auto *routes = qobject_cast<RoutesPage *>(wizard->currentPage());
    QVERIFY(routes);
    routes->loadFile(
        QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/not-attached.yaml")); // has the route non-sni
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), DoctorWizard::pageId(Step::Overrides));
    auto *page = qobject_cast<OverridesPage *>(wizard->currentPage());
    QVERIFY(page);
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("overridesWildcard"))->text(),
             QStringLiteral("non-sni"));

    QVERIFY(page->openFile(path));
    QTRY_VERIFY(!page->isValidating() &&
                wizard->caseModel()->result<OverridesResult>(Step::Overrides));
    auto *editor = m_window->findChild<YamlEditor *>(QStringLiteral("overridesEditor"));
    auto *list = m_window->findChild<QTreeWidget *>(QStringLiteral("overridesDiagnostics"));
    QTreeWidgetItem *missing = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(2) == QLatin1String("additional_gateway_missing"))
            missing = list->topLevelItem(i);
    }
    QVERIFY(missing);
    QCOMPARE(missing->text(0), QStringLiteral("45:3"));
    // The wavy underline covers the reported range: line 45, columns 3 to 6 ("name").
    bool underlined = false;
    for (const QTextEdit::ExtraSelection &selection : editor->extraSelections()) {
        if (selection.format.underlineStyle() == QTextCharFormat::WaveUnderline &&
            selection.cursor.block().blockNumber() == 44 &&
            selection.cursor.selectionStart() - selection.cursor.block().position() == 2 &&
            selection.cursor.selectionEnd() - selection.cursor.block().position() == 6)
            underlined = true;
    }
    QVERIFY(underlined);
    QCOMPARE(wizard->stepList()->state(DoctorWizard::listRow(Step::Overrides)),
             StepList::State::Error);
    list->setCurrentItem(missing);
    Q_EMIT list->itemActivated(missing, 0);
    QCOMPARE(editor->textCursor().blockNumber(), 44); // the row jumps to the place
    // Tab indents with spaces: YAML forbids tab characters.
    QTest::keyClick(editor, Qt::Key_Home);
    QTest::keyClick(editor, Qt::Key_Tab);
    QVERIFY(editor->textCursor().block().text().startsWith(QStringLiteral("  - name: test-grp")));
    editor->undo();
    QTRY_VERIFY(!page->isValidating());
    QCOMPARE(editor->textCursor().block().text(), QStringLiteral("- name: test-grp"));
    screenshot(QStringLiteral("overrides_en"));
    m_window->findChild<QAction *>(QStringLiteral("language_es"))->trigger();
    QTRY_VERIFY(page->title().startsWith(QStringLiteral("Paso 6")));
    QVERIFY(missing = list->topLevelItem(0));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("overridesVerdict"))
                ->text()
                .contains(QStringLiteral("error")));
    screenshot(QStringLiteral("overrides_es"));
    m_window->findChild<QAction *>(QStringLiteral("language_en"))->trigger();
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));

    auto *fix = m_window->findChild<QPushButton *>(QStringLiteral("overridesFix"));
    QVERIFY(fix->isEnabled());
    QTest::mouseClick(fix, Qt::LeftButton);
    QTRY_VERIFY(!page->isValidating() && wizard->caseModel()
                                                 ->result<OverridesResult>(Step::Overrides)
                                                 ->report.count(Severity::Error) == 0);
    QVERIFY(!fix->isEnabled());
    QCOMPARE(wizard->stepList()->state(DoctorWizard::listRow(Step::Overrides)),
             StepList::State::Ok);

    QVERIFY(page->save());
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray savedText = saved.readAll();
    QCOMPARE(savedText, addAdditionalGateway(original, QStringLiteral("non-sni")).text);
    QFile backup(OverridesPage::backupPath(path));
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QCOMPARE(backup.readAll(), original);
    QVERIFY(validateOverrides(savedText, path, {}).count(Severity::Error) == 0);

    // Changed on disk behind our back: saving asks first; Cancel leaves the file alone.
    {
        QFile other(path);
        QVERIFY(other.open(QIODevice::WriteOnly | QIODevice::Truncate));
        other.write("org: changed-elsewhere\n");
    }
    QTimer::singleShot(0, this, [this] {
        QTRY_VERIFY(m_window->findChild<QMessageBox *>(QStringLiteral("overridesChangedOnDisk")));
        m_window->findChild<QMessageBox *>(QStringLiteral("overridesChangedOnDisk"))
            ->button(QMessageBox::Cancel)
            ->click();
    });
    QVERIFY(!page->save());
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), QByteArray("org: changed-elsewhere\n"));
    QCOMPARE(QFile(OverridesPage::backupPath(path)).size(),
             qint64(original.size())); // the backup is the first original
}

// Step 7 from a loaded case: the probe (strict lab), saved routes without a wildcard
// route, and overrides.yaml. The verdict, its evidence, the generated files, and
// Verify: the same port then served by a lab in wildcard mode, as after the fix.
void tst_Wizard::resolutionPageVerdictFixAndVerify()
{
    auto lab = std::make_unique<PracticeLab>();
    const auto port = lab->start(LabOptions{LabMode::Strict});
    QVERIFY(port.ok());
    DoctorWizard *wizard = m_window->wizard();
    auto *probe = goToProbePage();
    QVERIFY(probe);
    fillTarget(QStringLiteral("api-test.mydomain.com"), port.value(), QStringLiteral("127.0.0.1"));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("probeRun")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !probe->isRunning() && wizard->caseModel()->result<ProbeReport>(Step::Probe), 30000);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    auto *routes = qobject_cast<RoutesPage *>(wizard->currentPage());
    QVERIFY(routes);
    routes->loadFile(QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/no-wildcard.yaml"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    auto *overrides = qobject_cast<OverridesPage *>(wizard->currentPage());
    QVERIFY(overrides);
    m_window->findChild<QLineEdit *>(QStringLiteral("overridesWildcard"))
        ->setText(QStringLiteral("non-sni"));
    QVERIFY(overrides->openFile(
        QStringLiteral(SNI_DOCTOR_TEST_DATA "/overrides/helm-two-envgroups.yaml")));
    QTRY_VERIFY(!overrides->isValidating() &&
                wizard->caseModel()->result<OverridesResult>(Step::Overrides));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(DoctorWizard::ResolutionPageId));
    auto *page = qobject_cast<ResolutionPage *>(wizard->currentPage());
    QVERIFY(page);

    auto *verdict = m_window->findChild<QLabel *>(QStringLiteral("resolutionVerdict"));
    QVERIFY2(verdict->text().startsWith(
                 QStringLiteral("Clients without SNI are reset: no wildcard route serves them")),
             qPrintable(verdict->text()));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("resolutionConfidence"))
                ->text()
                .startsWith(QStringLiteral("Confidence: high")));
    auto *evidence = m_window->findChild<QTextBrowser *>(QStringLiteral("resolutionEvidence"));
    const QString evidenceHtml = evidence->toHtml();
    QVERIFY(evidenceHtml.indexOf(QStringLiteral("step:routes")) <
            evidenceHtml.indexOf(QStringLiteral("step:probe")));
    QVERIFY(evidence->toPlainText().contains(QStringLiteral("no-wildcard.yaml")));
    const QString route =
        m_window->findChild<QPlainTextEdit *>(QStringLiteral("resolutionRoute"))->toPlainText();
    QVERIFY(route.contains(QStringLiteral("enableNonSniClient: true")));
    QVERIFY(route.contains(QStringLiteral("ingress_name: ext-ingress")));
    QVERIFY(m_window->findChild<QPlainTextEdit *>(QStringLiteral("resolutionDiff"))
                ->toPlainText()
                .contains(QStringLiteral("+  - non-sni")));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("resolutionChecks"))
                ->text()
                .startsWith(QStringLiteral("Checked:")));
    QTemporaryDir dir;
    QVERIFY(page->saveRoute(dir.filePath(QStringLiteral("non-sni.yaml"))));
    QFile saved(dir.filePath(QStringLiteral("non-sni.yaml")));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const auto parsed = parseApigeeRoutes(saved.readAll(), QStringLiteral("non-sni.yaml"));
    QVERIFY(parsed.ok() && parsed.value().first().isWildcard());
    screenshot(QStringLiteral("resolution_en"));
    m_window->findChild<QAction *>(QStringLiteral("language_es"))->trigger();
    QTRY_VERIFY(page->title().startsWith(QStringLiteral("Paso 7")));
    QVERIFY2(verdict->text().startsWith(
                 QStringLiteral("Las conexiones de los clientes sin SNI se restablecen")),
             qPrintable(verdict->text()));
    screenshot(QStringLiteral("resolution_es"));
    m_window->findChild<QAction *>(QStringLiteral("language_en"))->trigger();
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));

    // The evidence leads back to its step.
    Q_EMIT evidence->anchorClicked(QUrl(QStringLiteral("step:routes")));
    QCOMPARE(wizard->currentId(), DoctorWizard::pageId(Step::Routes));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(DoctorWizard::ResolutionPageId));

    // Not fixed yet: the strict lab still resets.
    auto *result = m_window->findChild<QLabel *>(QStringLiteral("resolutionVerifyResult"));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("resolutionVerify")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !page->isVerifying() && result->text().startsWith(QStringLiteral("Not fixed yet")), 30000);
    QVERIFY2(verdict->text().startsWith(QStringLiteral("Clients without SNI are reset")),
             qPrintable(verdict->text()));
    QCOMPARE(wizard->stepList()->state(DoctorWizard::kResolutionRow), StepList::State::Error);
    // The fix applied: the same port now serves clients without SNI.
    lab.reset();
    auto fixed = std::make_unique<PracticeLab>();
    LabOptions wildcard{LabMode::Wildcard};
    wildcard.port = port.value();
    QVERIFY(fixed->start(wildcard).ok());
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("resolutionVerify")),
                      Qt::LeftButton);
    QVERIFY(page->isVerifying()); // its result comes through the event loop, not before
    QCOMPARE(wizard->stepList()->state(DoctorWizard::kResolutionRow), StepList::State::Running);
    QTRY_VERIFY_WITH_TIMEOUT(
        !page->isVerifying() && result->text().startsWith(QStringLiteral("Verified")), 30000);
    // The verdict follows: fixed, green, in step 7 and in the side list; the saved routes
    // that still lack the wildcard route are stated as the state before the fix.
    QVERIFY2(verdict->text().startsWith(QStringLiteral("Fixed: clients without SNI are served")),
             qPrintable(verdict->text()));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("resolutionConfidence"))
                ->text()
                .startsWith(QStringLiteral("Confidence: high")));
    QCOMPARE(wizard->stepList()->state(DoctorWizard::kResolutionRow), StepList::State::Ok);
    QCOMPARE(wizard->stepList()->state(DoctorWizard::listRow(Step::Probe)), StepList::State::Ok);
    QVERIFY2(evidence->toPlainText().contains(QStringLiteral("Before the fix: ")),
             qPrintable(evidence->toPlainText()));
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("resolutionRoute"))->isVisible());

    // The support bundle: contents with sizes, environment groups from the virtual
    // hosts, export on a worker thread.
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(DoctorWizard::BundlePageId));
    auto *bundle = qobject_cast<BundlePage *>(wizard->currentPage());
    QVERIFY(bundle);
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("bundleGroups"))->text(),
             QStringLiteral("dev-grp, test-grp"));
    auto *files = m_window->findChild<QTreeWidget *>(QStringLiteral("bundleFiles"));
    QStringList names;
    for (int i = 0; i < files->topLevelItemCount(); ++i)
        names << files->topLevelItem(i)->text(0);
    for (const char *name : {"report.html", "report.md", "overrides/overrides.yaml",
                             "routes/kubectl-get-apigeeroutes.txt", "probe.json"})
        QVERIFY2(names.contains(QLatin1String(name)), name);
    // Fixed: no change left to apply.
    QVERIFY(!names.contains(QStringLiteral("remediation/non-sni.yaml")));
    m_window->findChild<QPlainTextEdit *>(QStringLiteral("bundleNotes"))
        ->setPlainText(QStringLiteral("Seen since Monday."));
    screenshot(QStringLiteral("bundle_en"));
    const QString archive = dir.filePath(QStringLiteral("case.zip"));
    bundle->exportTo(archive, false);
    QTRY_VERIFY_WITH_TIMEOUT(!bundle->isExporting(), 30000);
    QVERIFY2(QFile::exists(archive),
             qPrintable(m_window->findChild<QLabel *>(QStringLiteral("bundleStatus"))->text()));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), archive, QStringLiteral("notes.txt")});
    QVERIFY(unzip.waitForFinished(30000));
    QCOMPARE(unzip.readAllStandardOutput(), QByteArray("Seen since Monday."));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("bundleStatus"))
                ->text()
                .startsWith(QStringLiteral("Wrote ")));
    m_window->findChild<QAction *>(QStringLiteral("language_es"))->trigger();
    QTRY_VERIFY(bundle->title().startsWith(QStringLiteral("Paso 7")));
    screenshot(QStringLiteral("bundle_es"));
    m_window->findChild<QAction *>(QStringLiteral("language_en"))->trigger();
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
}

// Routes read from the cluster: step 7 offers a dry run through the API server, and
// applies the route only after a yes to the exact change.
void tst_Wizard::resolutionPageAppliesWithDryRunFirst()
{
    // The fixture's routes without the wildcard one.
    QFile list(QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/api-list.json"));
    QVERIFY(list.open(QIODevice::ReadOnly));
    QJsonObject routes = QJsonDocument::fromJson(list.readAll()).object();
    QJsonArray items = routes[QStringLiteral("items")].toArray();
    items.removeLast(); // non-sni
    routes[QStringLiteral("items")] = items;
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok,
                           QJsonDocument(routes).toJson(QJsonDocument::Compact));
    QVERIFY(fixture.start());
    DoctorWizard *wizard = m_window->wizard();
    QVERIFY(goToProbePage());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    auto *routesPage = qobject_cast<RoutesPage *>(wizard->currentPage());
    QVERIFY(routesPage);
    routesPage->setKubeconfig(fixture.writeKubeconfig());
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("routesConnect")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !routesPage->isRunning() && wizard->caseModel()->result<RoutesResult>(Step::Routes), 30000);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    auto *page = qobject_cast<ResolutionPage *>(wizard->currentPage());
    QVERIFY(page);
    auto *dryRun = m_window->findChild<QPushButton *>(QStringLiteral("resolutionDryRun"));
    auto *apply = m_window->findChild<QPushButton *>(QStringLiteral("resolutionApply"));
    QVERIFY(dryRun->isVisible() && apply->isVisible());
    auto *result = m_window->findChild<QLabel *>(QStringLiteral("resolutionVerifyResult"));
    QTest::mouseClick(dryRun, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !page->isApplying() && result->text().startsWith(QStringLiteral("Dry run passed")), 30000);
    QVERIFY(fixture.appliedRoutes.isEmpty());
    QVERIFY(fixture.patchRequests.value(0).contains(QStringLiteral("dryRun=All")));

    // No: nothing is sent.
    QTimer::singleShot(0, this, [this] {
        QTRY_VERIFY(m_window->findChild<QMessageBox *>(QStringLiteral("resolutionApplyConfirm")));
        m_window->findChild<QMessageBox *>(QStringLiteral("resolutionApplyConfirm"))
            ->button(QMessageBox::No)
            ->click();
    });
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(fixture.patchRequests.size(), 1);
    // Yes: applied.
    QTimer::singleShot(0, this, [this] {
        QTRY_VERIFY(m_window->findChild<QMessageBox *>(QStringLiteral("resolutionApplyConfirm")));
        m_window->findChild<QMessageBox *>(QStringLiteral("resolutionApplyConfirm"))
            ->button(QMessageBox::Yes)
            ->click();
    });
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !page->isApplying() && result->text().startsWith(QStringLiteral("Applied")), 30000);
    QCOMPARE(fixture.appliedRoutes, QStringList{QStringLiteral("non-sni")});
    QSettings().remove(QStringLiteral("cluster"));
}

namespace {

// The background a highlighter gave the line of document that starts with prefix;
// invalid when no such line is coloured.
QColor lineBackground(QTextDocument *document, const QString &prefix)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!block.text().startsWith(prefix))
            continue;
        const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
        if (formats.isEmpty() || formats.first().start != 0 ||
            formats.first().length < block.text().size())
            return {};
        return formats.first().format.background().style() == Qt::NoBrush
                   ? QColor()
                   : formats.first().format.background().color();
    }
    return {};
}

} // namespace

// Step 7 of a case whose wildcard route exists but is not attached: the route stays as it
// is, so the page opens on the overrides.yaml change, coloured as a diff.
void tst_Wizard::resolutionOpensOnTheChangeInColour()
{
    DoctorWizard *wizard = m_window->wizard();
    QVERIFY(goToProbePage());
    wizard->next();
    auto *routes = qobject_cast<RoutesPage *>(wizard->currentPage());
    QVERIFY(routes);
    routes->loadFile(QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/not-attached.yaml"));
    wizard->next();
    auto *overrides = qobject_cast<OverridesPage *>(wizard->currentPage());
    QVERIFY(overrides);
    m_window->findChild<QLineEdit *>(QStringLiteral("overridesWildcard"))
        ->setText(QStringLiteral("non-sni"));
    QVERIFY(overrides->openFile(
        QStringLiteral(SNI_DOCTOR_TEST_DATA "/overrides/helm-two-envgroups.yaml")));
    QTRY_VERIFY_WITH_TIMEOUT(!overrides->isValidating() &&
                                 wizard->caseModel()->result<OverridesResult>(Step::Overrides),
                             30000);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(DoctorWizard::ResolutionPageId));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("resolutionFiles"));
    QVERIFY(tabs && tabs->isVisible());
    QVERIFY2(tabs->tabText(0).contains(QStringLiteral("no change")), qPrintable(tabs->tabText(0)));
    QCOMPARE(tabs->currentIndex(), 1);
    auto *diff = m_window->findChild<QPlainTextEdit *>(QStringLiteral("resolutionDiff"));
    QVERIFY(diff->isVisible());
    QVERIFY(diff->toPlainText().contains(QStringLiteral("\n+")));
    QCOMPARE(lineBackground(diff->document(), QStringLiteral("+ ")),
             DiffHighlighter::addedBackground());
    QVERIFY(!lineBackground(diff->document(), QStringLiteral("@@")).isValid()); // muted, not green
    QVERIFY(!lineBackground(diff->document(), QStringLiteral(" ")).isValid());  // context: plain
    // A removed line, in a diff of the same highlighter.
    QPlainTextEdit view;
    DiffHighlighter highlighter(view.document());
    view.setPlainText(QStringLiteral("@@ -1,2 +1,2 @@\n-  enableNonSniClient: false\n"
                                     "+  enableNonSniClient: true\n"));
    QTextDocument *removed = view.document();
    QCOMPARE(lineBackground(removed, QStringLiteral("-")), DiffHighlighter::removedBackground());
    QCOMPARE(lineBackground(removed, QStringLiteral("+")), DiffHighlighter::addedBackground());
    QVERIFY(removed->begin().layout()->formats().value(0).format.foreground().style() !=
            Qt::NoBrush);

    // A case that needs the route: the page opens on the route.
    wizard->back();
    wizard->back();
    routes = qobject_cast<RoutesPage *>(wizard->currentPage());
    QVERIFY(routes);
    routes->loadFile(QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/no-wildcard.yaml"));
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(!overrides->isValidating(), 30000);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(DoctorWizard::ResolutionPageId));
    QVERIFY(!tabs->tabText(0).contains(QStringLiteral("no change")));
    QCOMPARE(tabs->currentIndex(), 0);
}

// Offline review: the sample case, one click from the start page, walked to the
// verdict; every step says where its results came from, or what to ask for; nothing
// live can be started; the session saved and reopened gives the same verdict.
void tst_Wizard::reviewSampleCaseFromStartPage()
{
    DoctorWizard *wizard = m_window->wizard();
    QCOMPARE(wizard->currentId(), int(DoctorWizard::WelcomePageId));
    screenshot(QStringLiteral("review_welcome_en"));
    // The reviewer's own client, typed before (a live case of theirs).
    QTest::keyClicks(m_window->findChild<QLineEdit *>(QStringLiteral("captureClient")),
                     QStringLiteral("192.0.2.7"));
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("captureClient"))->text(),
             QStringLiteral("192.0.2.7"));
    // Review waits for files: Next is disabled, and says so, until they are open.
    m_window->findChild<QRadioButton *>(QStringLiteral("modeReview"))->setChecked(true);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("reviewHint"))->isVisible());
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("reviewSample")),
                      Qt::LeftButton);
    // It opens on what the files hold: each file, what it is and for which step, the
    // check of a manifest, what was refused, the steps not collected with the
    // commands to ask for, the notes.
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentId() == DoctorWizard::ReviewSummaryPageId, 30000);
    QVERIFY(wizard->caseModel()->isReview());
    auto *files = m_window->findChild<QTableWidget *>(QStringLiteral("reviewFiles"));
    QCOMPARE(files->rowCount(), wizard->caseModel()->data().review.files.size());
    QStringList rows;
    for (int row = 0; row < files->rowCount(); ++row)
        rows << files->item(row, 0)->text() + QLatin1Char('|') + files->item(row, 1)->text() +
                    QLatin1Char('|') + files->item(row, 2)->text();
    QVERIFY2(rows.contains(QStringLiteral(
                 "non-sni.pcap|Packet capture (pcap or pcapng)|Step 3 (packet capture)")),
             qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY2(rows.contains(QStringLiteral(
                 "ingress-gateway.log|Ingress access log|Step 2 (ingress access logs)")),
             qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("reviewChecks"))
                ->text()
                .contains(QStringLiteral("No bundle manifest")));
    const QStringList ask =
        m_window->findChild<CommandBox *>(QStringLiteral("reviewMissing"))->commands();
    QCOMPARE(ask.first(), QStringLiteral("# ") + stepLabel(Step::Probe));
    QCOMPARE(ask.mid(1), stepInfo(Step::Probe).askFor);
    QVERIFY(
        m_window->findChild<QLabel *>(QStringLiteral("reviewVerdict"))
            ->text()
            .contains(QStringLiteral("The wildcard route is not attached to every virtual host")));
    // The verdict for the support case: one page of PDF.
    {
        QTemporaryDir pdfDir;
        const QString pdf = pdfDir.filePath(QStringLiteral("verdict.pdf"));
        QString why;
        QVERIFY2(saveVerdictPdf(wizard->caseModel()->data(), pdf, &why), qPrintable(why));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QCOMPARE(bytes.count(QByteArrayView("/Type /Page\n")) +
                     bytes.count(QByteArrayView("/Type /Page ")) +
                     bytes.count(QByteArrayView("/Type /Page/")),
                 1);
        QCOMPARE(QDir(pdfDir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("verdict.pdf")});
    }
    screenshot(QStringLiteral("review_summary_en"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), DoctorWizard::pageId(Step::Logs));
    QVERIFY2(wizard->currentPage()->subTitle().contains(QStringLiteral("ingress-gateway.log")),
             qPrintable(wizard->currentPage()->subTitle()));
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("logsOpen"))->isEnabled());
    // No live instructions in review: what the step checks instead, no actions, no
    // commands to run, no field of the reviewer's own (the namespace).
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("logsOpen"))->isVisible());
    QVERIFY(!m_window->findChild<CommandBox *>(QStringLiteral("logsCommands"))->isVisible());
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("logsReviewIntro"))->isVisible());
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("logsVerdict"))
                ->text()
                .contains(QStringLiteral("refused")));
    screenshot(QStringLiteral("review_logs_en"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), DoctorWizard::pageId(Step::Capture));
    QVERIFY(wizard->currentPage()->subTitle().contains(QStringLiteral("non-sni.pcap")));
    // The client step 2's files name, not one the reviewer typed before.
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("captureClient"))->text(),
             QStringLiteral("10.138.0.41"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), DoctorWizard::pageId(Step::Probe));
    // Not collected: the exact command to ask the admin for, and no probe from here.
    QVERIFY2(wizard->currentPage()->subTitle().startsWith(QStringLiteral("Not collected")),
             qPrintable(wizard->currentPage()->subTitle()));
    QVERIFY(wizard->currentPage()->subTitle().contains(QStringLiteral("-noservername")));
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("probeRun"))->isEnabled());
    // Nothing collected: neither the reviewer's own last endpoint nor an empty table.
    for (const char *name : {"probeHost", "probePort", "probeConnect", "probeTimeout",
                             "probeCaFile", "probeRun", "probeResults"})
        QVERIFY2(!m_window->findChild<QWidget *>(QLatin1String(name))->isVisible(), name);
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("probeVerdict"))
                ->text()
                .startsWith(QStringLiteral("Not collected")));
    screenshot(QStringLiteral("review_probe_en"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), DoctorWizard::pageId(Step::Routes));
    QVERIFY(wizard->currentPage()->subTitle().contains(QStringLiteral("apigeeroutes.yaml")));
    // The reviewer's own kubeconfig is not shown beside the collected routes.
    for (const char *name :
         {"routesKubeconfig", "routesContext", "routesNamespace", "routesConnect"})
        QVERIFY2(!m_window->findChild<QWidget *>(QLatin1String(name))->isVisible(), name);
    QVERIFY(m_window->findChild<QTableWidget *>(QStringLiteral("routesTable"))->isVisible());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), DoctorWizard::pageId(Step::Overrides));
    auto *editor = m_window->findChild<QPlainTextEdit *>(QStringLiteral("overridesEditor"));
    QVERIFY(editor->isReadOnly());
    // The wildcard route the file was checked against, not an empty field.
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("overridesWildcard"))->text(),
             QStringLiteral("non-sni"));
    QVERIFY(editor->toPlainText().contains(QStringLiteral("name: test-grp")));
    // The collected file's name, not "(none)".
    QVERIFY2(m_window->findChild<QLabel *>(QStringLiteral("overridesFile"))
                 ->text()
                 .endsWith(QStringLiteral("overrides.yaml")),
             qPrintable(m_window->findChild<QLabel *>(QStringLiteral("overridesFile"))->text()));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(DoctorWizard::ResolutionPageId));
    auto *verdict = m_window->findChild<QLabel *>(QStringLiteral("resolutionVerdict"));
    QVERIFY2(verdict->text().startsWith(
                 QStringLiteral("The wildcard route is not attached to every virtual host")),
             qPrintable(verdict->text()));
    QVERIFY(m_window->findChild<QTextBrowser *>(QStringLiteral("resolutionEvidence"))
                ->toPlainText()
                .contains(QStringLiteral("overrides.yaml:33")));
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("resolutionVerify"))->isEnabled());
    screenshot(QStringLiteral("review_resolution_en"));
    m_window->findChild<QAction *>(QStringLiteral("language_es"))->trigger();
    QTRY_VERIFY(wizard->currentPage()->title().startsWith(QStringLiteral("Paso 7")));
    QTRY_VERIFY(wizard->currentPage()->subTitle().startsWith(QStringLiteral("Revisión")));
    screenshot(QStringLiteral("review_resolution_es"));
    wizard->back();
    wizard->back();
    wizard->back();
    QCOMPARE(wizard->currentId(), DoctorWizard::pageId(Step::Probe));
    QVERIFY2(wizard->currentPage()->subTitle().startsWith(QStringLiteral("No recogido")),
             qPrintable(wizard->currentPage()->subTitle()));
    screenshot(QStringLiteral("review_probe_es"));
    m_window->findChild<QAction *>(QStringLiteral("language_en"))->trigger();
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));

    // Live from the review asks first; kept, the review stays; left, a new empty case.
    while (wizard->currentId() != DoctorWizard::WelcomePageId)
        wizard->back();
    const auto answer = [this](const char *button) {
        QTimer::singleShot(0, this, [this, button] {
            QMessageBox *box = nullptr;
            QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("leaveReview"))));
            for (QAbstractButton *choice : box->buttons()) {
                if (choice->text() == QLatin1String(button))
                    choice->click();
            }
        });
    };
    m_window->findChild<QRadioButton *>(QStringLiteral("modeLive"))->setChecked(true);
    answer("&Keep reviewing");
    wizard->next();
    QCOMPARE(wizard->currentId(), int(DoctorWizard::WelcomePageId));
    QVERIFY(wizard->caseModel()->isReview());
    QVERIFY(m_window->findChild<QRadioButton *>(QStringLiteral("modeReview"))->isChecked());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(DoctorWizard::ReviewSummaryPageId));
    wizard->back();

    // Saved with a note, reopened in a new window: the same verdict.
    wizard->caseModel()->setNotes(QStringLiteral("Reviewed by support."));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.sni-doctor.json"));
    QVERIFY(wizard->saveSession(path).ok());
    delete m_window;
    m_window = new MainWindow(m_languages);
    m_window->show();
    wizard = m_window->wizard();
    QVERIFY(wizard->openSession(path).ok());
    QVERIFY(wizard->caseModel()->isReview());
    QCOMPARE(wizard->caseModel()->data().notes, QStringLiteral("Reviewed by support."));
    // A reopened review is a review again: its summary first, with the notes, then
    // every step as saved, none said to be missing that holds a result.
    QCOMPARE(wizard->currentId(), int(DoctorWizard::ReviewSummaryPageId));
    QCOMPARE(m_window->findChild<QPlainTextEdit *>(QStringLiteral("reviewNotes"))->toPlainText(),
             QStringLiteral("Reviewed by support."));
    for (Step step : kSteps) {
        wizard->next();
        QCOMPARE(wizard->currentId(), DoctorWizard::pageId(step));
        const bool saved = wizard->caseModel()->data().record(step) != nullptr;
        QVERIFY2(wizard->currentPage()->subTitle().startsWith(QStringLiteral("Not collected")) ==
                     !saved,
                 qPrintable(stepId(step) + QLatin1Char(' ') + wizard->currentPage()->subTitle()));
    }
    QVERIFY(wizard->caseModel()->data().record(Step::Logs));
    QVERIFY(wizard->caseModel()->data().record(Step::Capture));
    while (wizard->currentId() != DoctorWizard::ResolutionPageId) {
        const int before = wizard->currentId();
        wizard->next();
        QVERIFY(wizard->currentId() != before);
    }
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("resolutionVerdict"))
                ->text()
                .startsWith(
                    QStringLiteral("The wildcard route is not attached to every virtual host")));
    wizard->next();
    QCOMPARE(m_window->findChild<QPlainTextEdit *>(QStringLiteral("bundleNotes"))->toPlainText(),
             QStringLiteral("Reviewed by support."));

    // Leaving the review for a live diagnosis: a new, empty, editable case.
    while (wizard->currentId() != DoctorWizard::WelcomePageId)
        wizard->back();
    m_window->findChild<QRadioButton *>(QStringLiteral("modeLive"))->setChecked(true);
    QTimer::singleShot(0, this, [this] {
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("leaveReview"))));
        for (QAbstractButton *choice : box->buttons()) {
            if (choice->text() == QLatin1String("&Start a live diagnosis"))
                choice->click();
        }
    });
    wizard->next();
    QCOMPARE(wizard->currentId(), DoctorWizard::pageId(Step::Logs));
    QVERIFY(!wizard->caseModel()->isReview());
    QVERIFY(wizard->caseModel()->data().stepsRun().isEmpty());
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("logsOpen"))->isVisible());
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("logsOpen"))->isEnabled());
    QVERIFY(m_window->findChild<CommandBox *>(QStringLiteral("logsCommands"))->isVisible());
}

// The step table drives the wizard: each step has its page, its row in the side list
// with the step's name and what it checks, in both languages.
void tst_Wizard::everyStepHasItsPage()
{
    DoctorWizard *wizard = m_window->wizard();
    auto *list = m_window->findChild<QListWidget *>(QStringLiteral("stepList"));
    QVERIFY(list);
    QCOMPARE(list->count(), 2 + kStepCount);
    for (const char *language : {"en", "es"}) {
        m_window->findChild<QAction *>(QStringLiteral("language_") + QLatin1String(language))
            ->trigger();
        QTRY_COMPARE(list->item(DoctorWizard::kStartRow)->text(), language == QByteArrayView("es")
                                                                      ? QStringLiteral("1. Inicio")
                                                                      : QStringLiteral("1. Start"));
        for (Step step : kSteps) {
            StepPage *page = wizard->stepPage(step);
            QVERIFY2(page, qPrintable(stepId(step)));
            QCOMPARE(page->step(), step);
            QCOMPARE(wizard->page(DoctorWizard::pageId(step)), page);
            QVERIFY2(page->title().contains(QString::number(stepInfo(step).runbookNumber)),
                     qPrintable(page->title()));
            const QListWidgetItem *row = list->item(DoctorWizard::listRow(step));
            QVERIFY2(row->text().endsWith(stepName(step)), qPrintable(row->text()));
            QVERIFY(row->text().startsWith(QString::number(stepInfo(step).runbookNumber)));
            QCOMPARE(row->toolTip(), stepChecks(step));
        }
    }
    // The Spanish names really are Spanish: the catalogue was loaded, not English kept.
    QVERIFY2(!list->item(DoctorWizard::listRow(Step::Capture))
                  ->text()
                  .contains(QStringLiteral("Packet capture")),
             qPrintable(list->item(DoctorWizard::listRow(Step::Capture))->text()));
    m_window->findChild<QAction *>(QStringLiteral("language_en"))->trigger();
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    // Every step's page is reached by Next from the start, in the table's order.
    QCOMPARE(wizard->currentId(), int(DoctorWizard::WelcomePageId));
    for (Step step : kSteps) {
        wizard->next();
        QCOMPARE(wizard->currentId(), DoctorWizard::pageId(step));
    }
    wizard->next();
    QCOMPARE(wizard->currentId(), int(DoctorWizard::ResolutionPageId));
}

// The fix chosen on step 7 (route name, apigeectl) is the one the bundle writes: the
// same route YAML, the same overrides change, the same commands, even when the name
// was typed and the keyboard moved on at once.
void tst_Wizard::bundleAndStep7GiveTheSameFix()
{
    PracticeLab lab;
    const auto port = lab.start(LabOptions{LabMode::Strict});
    QVERIFY(port.ok());
    ResolutionPage *page = goToResolution(port.value());
    QVERIFY(page);
    DoctorWizard *wizard = m_window->wizard();
    auto *name = m_window->findChild<QLineEdit *>(QStringLiteral("resolutionRouteName"));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("catch-all"));
    auto *tool = m_window->findChild<QComboBox *>(QStringLiteral("resolutionTool"));
    tool->setCurrentIndex(tool->findData(QStringLiteral("apigeectl")));
    const QString route =
        m_window->findChild<QPlainTextEdit *>(QStringLiteral("resolutionRoute"))->toPlainText();
    const QString diff =
        m_window->findChild<QPlainTextEdit *>(QStringLiteral("resolutionDiff"))->toPlainText();
    const QStringList commands =
        m_window->findChild<CommandBox *>(QStringLiteral("resolutionCommands"))->commands();
    QVERIFY2(route.contains(QStringLiteral("name: catch-all")), qPrintable(route));
    // The overrides change names the route chosen here, not the one the file had.
    QVERIFY2(diff.contains(QStringLiteral("+  - catch-all")), qPrintable(diff));
    QVERIFY(!commands.isEmpty());
    for (const QString &command : commands)
        QVERIFY2(!command.startsWith(QStringLiteral("helm")), qPrintable(command));
    QVERIFY(commands.join(QLatin1Char('\n')).contains(QStringLiteral("apigeectl apply")));
    QSettings().remove(QStringLiteral("resolution"));

    // The case has the name while the focus is still in the field: Next by keyboard,
    // a shortcut or a session saved now all see it.
    QCOMPARE(wizard->caseModel()->data().fix.routeName, QStringLiteral("catch-all"));
    QCOMPARE(wizard->caseModel()->data().fix.tool, InstallTool::Apigeectl);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(DoctorWizard::BundlePageId));
    auto *bundle = qobject_cast<BundlePage *>(wizard->currentPage());
    QVERIFY(bundle);
    auto *files = m_window->findChild<QTreeWidget *>(QStringLiteral("bundleFiles"));
    QStringList names;
    for (int i = 0; i < files->topLevelItemCount(); ++i)
        names << files->topLevelItem(i)->text(0);
    QVERIFY2(names.contains(QStringLiteral("remediation/catch-all.yaml")),
             qPrintable(names.join(QLatin1Char(' '))));
    QVERIFY(!names.contains(QStringLiteral("remediation/non-sni.yaml")));
    QTemporaryDir dir;
    const QString archive = dir.filePath(QStringLiteral("case.zip"));
    bundle->exportTo(archive, false);
    QTRY_VERIFY_WITH_TIMEOUT(!bundle->isExporting(), 30000);
    QVERIFY(QFile::exists(archive));
    const auto entry = [&](const QString &file) {
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, file});
        unzip.waitForFinished(30000);
        return QString::fromUtf8(unzip.readAllStandardOutput());
    };
    QCOMPARE(entry(QStringLiteral("remediation/catch-all.yaml")), route);
    QCOMPARE(entry(QStringLiteral("remediation/overrides.diff")), diff);
    const QString report = entry(QStringLiteral("report.md"));
    for (const QString &command : commands)
        QVERIFY2(report.contains(command), qPrintable(command));
    QVERIFY(!report.contains(QStringLiteral("helm upgrade")));
}

// Notes typed on the bundle page after it opened, with a password in them: exported
// as they are at that moment, redacted, the redaction listed, the same notes in
// report.md.
void tst_Wizard::bundleExportsNotesEditedAfterOpening()
{
    PracticeLab lab;
    const auto port = lab.start(LabOptions{LabMode::Strict});
    QVERIFY(port.ok());
    QVERIFY(goToResolution(port.value()));
    DoctorWizard *wizard = m_window->wizard();
    wizard->next();
    auto *bundle = qobject_cast<BundlePage *>(wizard->currentPage());
    QVERIFY(bundle);
    auto *notes = m_window->findChild<QPlainTextEdit *>(QStringLiteral("bundleNotes"));
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("First seen Monday."));
    QTest::keyClick(notes, Qt::Key_Return);
    QTest::keyClicks(notes, QStringLiteral("password: Hunter2-not-for-support"));
    // The page lists the redaction before the export.
    QTRY_VERIFY(m_window->findChild<QLabel *>(QStringLiteral("bundleRedactions"))
                    ->text()
                    .contains(QStringLiteral("notes.txt")));
    // The preview of notes.txt shows the text as the archive will hold it.
    auto *files = m_window->findChild<QTreeWidget *>(QStringLiteral("bundleFiles"));
    for (int i = 0; i < files->topLevelItemCount(); ++i) {
        if (files->topLevelItem(i)->text(0) == QLatin1String("notes.txt"))
            files->setCurrentItem(files->topLevelItem(i));
    }
    const QString preview =
        m_window->findChild<QPlainTextEdit *>(QStringLiteral("bundlePreview"))->toPlainText();
    QVERIFY2(preview.startsWith(QStringLiteral("First seen Monday.\npassword: REDACTED")),
             qPrintable(preview));
    QVERIFY(!preview.contains(QStringLiteral("Hunter2")));
    QTemporaryDir dir;
    const QString archive = dir.filePath(QStringLiteral("case.zip"));
    bundle->exportTo(archive, false);
    QTRY_VERIFY_WITH_TIMEOUT(!bundle->isExporting(), 30000);
    QVERIFY(QFile::exists(archive));
    const auto entry = [&](const QString &file) {
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, file});
        unzip.waitForFinished(30000);
        return unzip.readAllStandardOutput();
    };
    QProcess all;
    all.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive});
    QVERIFY(all.waitForFinished(30000));
    QVERIFY(!all.readAllStandardOutput().contains("Hunter2"));
    const QByteArray written = entry(QStringLiteral("notes.txt"));
    QVERIFY2(written.startsWith("First seen Monday.\npassword: "), written.constData());
    QVERIFY(written.contains("REDACTED"));
    const QJsonArray redactions = QJsonDocument::fromJson(entry(
        QStringLiteral("redactions.json")))[QStringLiteral("redactions")]
                                      .toArray();
    bool listed = false;
    for (const QJsonValue &redaction : redactions)
        listed =
            listed || (redaction[QStringLiteral("file")].toString() == QLatin1String("notes.txt") &&
                       redaction[QStringLiteral("kind")].toString() == QLatin1String("password") &&
                       redaction[QStringLiteral("line")].toInt() == 2);
    QVERIFY2(listed, entry(QStringLiteral("redactions.json")).constData());
    const QByteArray report = entry(QStringLiteral("report.md"));
    QVERIFY(report.contains("First seen Monday."));
    QVERIFY(report.contains("password: REDACTED"));
}

namespace {

// The Alt+letter of a widget's text ("&Next >" -> n), or none.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            if (text[i + 1] != QLatin1Char('&'))
                return text[i + 1].toLower();
            ++i;
        }
    }
    return {};
}

} // namespace

// Alt plus a letter does one thing on each page: two labels or buttons with the same
// letter (a field's "&Namespace" and the wizard's "&Next") would make Alt+N move the
// focus instead of pressing Next. In both languages, with the menus' letters.
bool tst_Wizard::walkEveryPage(const std::function<void(const QString &where)> &visit)
{
    DoctorWizard *wizard = m_window->wizard();
    for (const bool sample : {false, true}) {
        if (sample) {
            while (wizard->currentId() != DoctorWizard::WelcomePageId)
                wizard->back();
            QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("reviewSample")),
                              Qt::LeftButton);
            if (!QTest::qWaitFor(
                    [&] { return wizard->currentId() == DoctorWizard::ReviewSummaryPageId; },
                    30000))
                return false;
        }
        for (const char *language : {"en", "es"}) {
            m_window->findChild<QAction *>(QStringLiteral("language_") + QLatin1String(language))
                ->trigger();
            if (!QTest::qWaitFor(
                    [&] { return !wizard->button(QWizard::NextButton)->text().isEmpty(); }))
                return false;
            QCoreApplication::processEvents();
            const int first =
                sample ? int(DoctorWizard::ReviewSummaryPageId) : int(DoctorWizard::WelcomePageId);
            while (wizard->currentId() != first)
                wizard->back();
            for (;;) {
                QCoreApplication::processEvents();
                visit(QStringLiteral("%1%2, page %3")
                          .arg(QLatin1String(language),
                               sample ? QStringLiteral(" (sample case)") : QString())
                          .arg(wizard->currentId()));
                const int before = wizard->currentId();
                wizard->next();
                if (wizard->currentId() == before)
                    break;
            }
        }
    }
    m_window->findChild<QAction *>(QStringLiteral("language_en"))->trigger();
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    return true;
}

// Every table's header text fits its column on every page, empty or with the sample
// case's results, in both languages, at 1024x700.
void tst_Wizard::noHeaderIsClipped()
{
    DoctorWizard *wizard = m_window->wizard();
    m_window->resize(1024, 700);
    QStringList clipped;
    const auto check = [&](const QString &where) {
        for (QTableView *view : wizard->currentPage()->findChildren<QTableView *>()) {
            if (!view->isVisible())
                continue;
            const QHeaderView *header = view->horizontalHeader();
            for (int section = 0; section < header->count(); ++section) {
                if (header->isSectionHidden(section) ||
                    header->sectionResizeMode(section) == QHeaderView::Stretch ||
                    (header->stretchLastSection() && section == header->count() - 1))
                    continue;
                if (header->sectionSize(section) < header->sectionSizeHint(section))
                    clipped
                        << QStringLiteral("%1 %2: %3 (%4 < %5)")
                               .arg(where, view->objectName(),
                                    view->model()->headerData(section, Qt::Horizontal).toString())
                               .arg(header->sectionSize(section))
                               .arg(header->sectionSizeHint(section));
            }
        }
    };
    QVERIFY(walkEveryPage(check));
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
}

void tst_Wizard::mnemonicsAreUniqueOnEveryPage()
{
    DoctorWizard *wizard = m_window->wizard();
    QStringList clashes;
    QVERIFY(walkEveryPage([&](const QString &where) {
        QHash<QChar, QStringList> users;
        const auto use = [&](const QString &text) {
            if (const QChar letter = mnemonic(text); !letter.isNull())
                users[letter] << text;
        };
        for (QAction *menu : m_window->menuBar()->actions())
            use(menu->text());
        for (const QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton,
                                                  QWizard::FinishButton, QWizard::CancelButton}) {
            if (wizard->button(which)->isVisibleTo(m_window))
                use(wizard->button(which)->text());
        }
        for (QAbstractButton *button : wizard->currentPage()->findChildren<QAbstractButton *>()) {
            if (button->isVisibleTo(m_window))
                use(button->text());
        }
        for (QLabel *label : wizard->currentPage()->findChildren<QLabel *>()) {
            if (label->isVisibleTo(m_window) && label->buddy())
                use(label->text());
        }
        for (QGroupBox *box : wizard->currentPage()->findChildren<QGroupBox *>()) {
            if (box->isVisibleTo(m_window))
                use(box->title());
        }
        if (qEnvironmentVariableIsSet("SNI_DOCTOR_MNEMONICS")) {
            QStringList all;
            for (auto it = users.cbegin(); it != users.cend(); ++it)
                all << it.value();
            qInfo().noquote() << where << all.join(QStringLiteral(" | "));
        }
        for (auto it = users.cbegin(); it != users.cend(); ++it) {
            if (it.value().size() > 1)
                clashes << QStringLiteral("%1: Alt+%2 is %3")
                               .arg(where, it.key(), it.value().join(QStringLiteral(" / ")));
        }
    }));
    for (const QString &clash : std::as_const(clashes))
        qWarning().noquote() << clash;
    QVERIFY2(clashes.isEmpty(), "the same Alt+letter twice on a page: see the warnings");
}

void tst_Wizard::pluginSignInIsShown()
{
    // A device-code plugin, as AKS kubelogin runs: its words are shown while it waits,
    // the code selectable and the URL a link; in Spanish too.
    QTemporaryDir dir;
    const QString go = dir.filePath(QStringLiteral("go"));
    const QString plugin = dir.filePath(QStringLiteral("kubelogin"));
    QFile script(plugin);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\necho 'To sign in, use a web browser to open the page "
                 "https://microsoft.com/devicelogin and enter the code F7XK-2QPL to "
                 "authenticate.' >&2\nwhile [ ! -e '" +
                 go.toUtf8() +
                 "' ]; do sleep 0.1; done\necho '{\"kind\":\"ExecCredential\","
                 "\"apiVersion\":\"client.authentication.k8s.io/v1\",\"status\":{\"token\":"
                 "\"t\"}}'\n");
    script.close();
    script.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    QVERIFY(m_languages->setLanguage(QStringLiteral("es")));
    KubeExec exec;
    exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
    exec.command = plugin;
    exec.interactiveMode = QStringLiteral("IfAvailable");
    KubeCluster cluster;
    cluster.server = QStringLiteral("https://127.0.0.1:1");
    ExecRunOptions options;
    options.stdinIsTerminal = 0;
    forgetExecCredentials();
    QFuture<Result<ExecCredential>> running =
        QtConcurrent::run([&] { return runExecPlugin(exec, cluster, options); });
    QDialog *shown = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (shown = m_window->findChild<QDialog *>(QStringLiteral("pluginOutput"))) &&
            shown->isVisible(),
        20000);
    auto *text = shown->findChild<QTextBrowser *>(QStringLiteral("pluginOutputText"));
    QTRY_VERIFY(text->toPlainText().contains(QStringLiteral("F7XK-2QPL")));
    QVERIFY(text->toHtml().contains(QStringLiteral("href=\"https://microsoft.com/devicelogin\"")));
    QVERIFY(text->openExternalLinks());
    QVERIFY(text->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(!running.isFinished()); // seen while the plugin waits
    const QString intro = shown->findChild<QLabel *>()->text();
    QVERIFY2(intro.contains(QStringLiteral("kubelogin")) &&
                 !intro.contains(QStringLiteral("is running")),
             qPrintable(intro));
    QFile(go).open(QIODevice::WriteOnly);
    running.waitForFinished();
    QVERIFY(running.result().ok());
    // It says when the plugin has ended, and keeps what it said.
    QTRY_VERIFY(shown->findChild<QLabel *>()->text() != intro);
    QVERIFY(text->toPlainText().contains(QStringLiteral("F7XK-2QPL")));
    QCOMPARE(pluginOutputHtml(QStringLiteral("a <b> https://x.example/p?q=1.")),
             QStringLiteral("<pre style=\"white-space: pre-wrap\">a &lt;b&gt; <a "
                            "href=\"https://x.example/p?q=1\">https://x.example/p?q=1</a>.</pre>"));
}

void tst_Wizard::hostFieldTakesAUrl()
{
    PracticeLab lab;
    const auto port = lab.start(LabOptions{LabMode::Strict});
    QVERIFY(port.ok());
    ProbePage *page = goToProbePage();
    QVERIFY(page);
    auto *host = m_window->findChild<QLineEdit *>(QStringLiteral("probeHost"));
    auto *portBox = m_window->findChild<QSpinBox *>(QStringLiteral("probePort"));
    auto *note = m_window->findChild<QLabel *>(QStringLiteral("probeHostNote"));
    auto *run = m_window->findChild<QPushButton *>(QStringLiteral("probeRun"));
    const auto commands = [this] {
        return m_window->findChild<QWidget *>(QStringLiteral("probeCommands"))
            ->findChild<QPlainTextEdit *>()
            ->toPlainText();
    };
    // A URL pasted whole: host and port taken, the rest left out with a note.
    host->setFocus();
    host->setText(QStringLiteral("https://api-test.mydomain.com:8443/v1/customers"));
    QVERIFY(!commands().contains(QStringLiteral("https://https://")));
    QVERIFY(commands().contains(QStringLiteral("-servername api-test.mydomain.com")));
    QTest::keyClick(host, Qt::Key_Tab); // editing finished
    QCOMPARE(host->text(), QStringLiteral("api-test.mydomain.com"));
    QCOMPARE(portBox->value(), 8443);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("/v1/customers")), qPrintable(note->text()));
    QVERIFY(run->isEnabled());
    // Not a host name: said at the field, and the probe cannot start.
    host->setText(QStringLiteral("bad host!"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("not a host name")), qPrintable(note->text()));
    QVERIFY(!run->isEnabled());
    QTest::keyClick(host, Qt::Key_Return);
    QVERIFY(!page->isRunning());
    QVERIFY(!m_window->wizard()->caseModel()->result<ProbeReport>(Step::Probe));
    // The commands quote it: copied, they are still one word each.
    QVERIFY2(commands().contains(QStringLiteral("-servername 'bad host!'")),
             qPrintable(commands()));
    // In Spanish, the same words at the field.
    QVERIFY(m_languages->setLanguage(QStringLiteral("es")));
    QTRY_VERIFY(note->text().contains(QStringLiteral("no es un nombre de host")));
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    // And a good host with the lab's port probes as before.
    host->setText(QStringLiteral("api-test.mydomain.com:%1").arg(port.value()));
    QTest::keyClick(host, Qt::Key_Tab);
    QCOMPARE(portBox->value(), int(port.value()));
    m_window->findChild<QLineEdit *>(QStringLiteral("probeConnect"))
        ->setText(QStringLiteral("127.0.0.1"));
    QTest::mouseClick(run, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning() &&
                                 m_window->wizard()->caseModel()->result<ProbeReport>(Step::Probe),
                             30000);
    QCOMPARE(m_window->wizard()->caseModel()->result<ProbeReport>(Step::Probe)->target.host,
             QStringLiteral("api-test.mydomain.com"));
    // Another host typed after the run: the verdict is marked as the old inputs' answer.
    auto *stale = m_window->findChild<QLabel *>(QStringLiteral("probeStale"));
    QVERIFY(!stale->isVisible());
    host->setText(QStringLiteral("other.mydomain.com"));
    QVERIFY(stale->isVisible());
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("probeVerdict"))->isEnabled());
    host->setText(QStringLiteral("api-test.mydomain.com"));
    QVERIFY(!stale->isVisible());
}

void tst_Wizard::autoDiagnoseAndVerifyAfterFix_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("refused");
    QTest::addColumn<QString>("served");
    QTest::addColumn<QString>("fixed");
    QTest::newRow("en") << "en"
                        << "refused without SNI"
                        << "served without SNI"
                        << "Fixed";
    QTest::newRow("es") << "es"
                        << "rechazado sin SNI"
                        << "servido sin SNI"
                        << "Corregido";
}

// "Diagnose automatically" on the start page: steps 2, 4 and 5 from the cluster alone,
// every host through both ingresses, the verdict on step 7; then the fix applied to the
// fake cluster and Verify: before and after side by side, per host and ingress.
void tst_Wizard::autoDiagnoseAndVerifyAfterFix()
{
    QFETCH(QString, language);
    QFETCH(QString, refused);
    QFETCH(QString, served);
    QFETCH(QString, fixed);
    AutoCluster cluster(AutoCluster::Scenario::Strict, 4, 2);
    QVERIFY2(cluster.start(), qPrintable(cluster.error()));
    DoctorWizard *wizard = m_window->wizard();
    wizard->caseModel()->setCluster(ClusterTarget{cluster.writeKubeconfig(), "fixture", {}});
    if (language != "en")
        m_window->findChild<QAction *>("language_" + language)->trigger();
    auto *start = m_window->findChild<QPushButton *>("autoDiagnose");
    QVERIFY(start && start->isVisible() && start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(!start->isEnabled()); // running: the GUI thread stays free
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(DoctorWizard::ResolutionPageId), 60000);
    const CaseData &data = wizard->caseModel()->data();
    QVERIFY(data.has(Step::Logs));
    QVERIFY(data.has(Step::Probe));
    QVERIFY(data.has(Step::Routes));
    QVERIFY(!data.probeMatrix.isNull());
    auto *table = m_window->findChild<QTableWidget *>("probeMatrixTable");
    QVERIFY(table && table->isVisible());
    QCOMPARE(table->rowCount(), 8);
    QCOMPARE(table->columnCount(), 3);
    for (int row = 0; row < table->rowCount(); ++row)
        QCOMPARE(table->item(row, 2)->text(), refused);
    const QString verdict = m_window->findChild<QLabel *>("resolutionVerdict")->text();
    QVERIFY2(verdict.startsWith(language == "en" ? "Clients without SNI are reset"
                                                 : "Las conexiones de los clientes sin SNI"),
             qPrintable(verdict));
    // The evidence leads back to step 4, whose page was walked through.
    auto *evidence = m_window->findChild<QTextBrowser *>("resolutionEvidence");
    QVERIFY(evidence->toHtml().contains("step:probe"));
    QVERIFY(wizard->visitedIds().contains(DoctorWizard::pageId(Step::Probe)));
    // Step 4's own page shows every host through every ingress too.
    QCOMPARE(m_window->findChild<QTableWidget *>("probePageMatrixTable")->rowCount(), 8);
    screenshot("auto_before_" + language);

    QVERIFY2(cluster.applyFix(), qPrintable(cluster.error()));
    auto *page = qobject_cast<ResolutionPage *>(wizard->currentPage());
    QVERIFY(page);
    auto *verify = m_window->findChild<QPushButton *>("resolutionVerify");
    QVERIFY(verify->isVisible());
    if (language == "en") {
        // After Apply (the user's yes), the automatic diagnosis runs again by itself.
        auto *apply = m_window->findChild<QPushButton *>("resolutionApply");
        QVERIFY(apply->isVisible());
        QTimer::singleShot(0, this, [this] {
            QTRY_VERIFY(m_window->findChild<QMessageBox *>("resolutionApplyConfirm"));
            m_window->findChild<QMessageBox *>("resolutionApplyConfirm")
                ->button(QMessageBox::Yes)
                ->click();
        });
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cluster.api().appliedRoutes, QStringList{"non-sni"}, 30000);
    } else {
        QTest::mouseClick(verify, Qt::LeftButton); // on demand
    }
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning() && table->columnCount() == 4, 60000);
    QCOMPARE(table->rowCount(), 8);
    for (int row = 0; row < table->rowCount(); ++row) {
        QCOMPARE(table->item(row, 2)->text(), refused);
        QCOMPARE(table->item(row, 3)->text(), served);
    }
    const QString result = m_window->findChild<QLabel *>("resolutionVerifyResult")->text();
    QVERIFY2(result.startsWith(fixed), qPrintable(result));
    QVERIFY(!wizard->caseModel()->data().probeMatrixBefore.isNull());
    screenshot("auto_after_" + language);
    m_window->findChild<QAction *>("language_en")->trigger();
    QSettings().setValue("ui/language", "en");
}

// A cluster that never answers: Stop ends the automatic diagnosis at once, the case
// unchanged, the start page usable again.
void tst_Wizard::autoDiagnoseStops()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Slow, {});
    QVERIFY(fixture.start());
    DoctorWizard *wizard = m_window->wizard();
    wizard->caseModel()->setCluster(ClusterTarget{fixture.writeKubeconfig(), "fixture", {}});
    auto *start = m_window->findChild<QPushButton *>("autoDiagnose");
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(!start->isEnabled());
    auto *page = wizard->welcomePage();
    QVERIFY(page->isRunning());
    QElapsedTimer clock;
    clock.start();
    QPushButton *stop = nullptr;
    for (QPushButton *button : page->findChildren<QPushButton *>()) {
        if (button->text() == "&Stop")
            stop = button;
    }
    QVERIFY(stop && stop->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 5000);
    QVERIFY(clock.elapsed() < 5000); // not the 30 s request timeout
    QVERIFY(start->isEnabled());
    QCOMPARE(wizard->currentId(), int(DoctorWizard::WelcomePageId));
    QVERIFY(wizard->caseModel()->data().probeMatrix.isNull());
    QVERIFY(!wizard->caseModel()->data().has(Step::Routes));
}

void tst_Wizard::pluginRerunKeepsTheWindowAnswering()
{
    // A live watch's client lives on the window's thread: when its plugin's credential
    // expires, the plugin runs again beside the window, which keeps answering.
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, {});
    QVERIFY(fixture.start());
    QTemporaryDir dir;
    const QString plugin = dir.filePath(QStringLiteral("plugin"));
    QFile script(plugin);
    QVERIFY(script.open(QIODevice::WriteOnly));
    const QString running = dir.filePath(QStringLiteral("running"));
    script.write("#!/bin/sh\ntouch '" + running.toUtf8() + "'\nsleep 1\nrm '" + running.toUtf8() +
                 "'\necho '{\"kind\":\"ExecCredential\",\"apiVersion\":"
                 "\"client.authentication.k8s.io/v1\",\"status\":{\"token\":\"good-token\"}}'\n");
    script.close();
    script.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const auto config =
        loadKubeconfig({fixture.writeKubeconfig(QStringLiteral("old-token"))}, true);
    QVERIFY(config.ok());
    auto connection = kubeConnection(config.value(), QStringLiteral("fixture"));
    QVERIFY(connection.ok());
    KubeExec exec;
    exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
    exec.command = plugin;
    exec.interactiveMode = QStringLiteral("Never");
    connection.value().exec = exec;
    connection.value().execCluster.server = fixture.server();
    connection.value().credentialExpiry = QDateTime::currentDateTimeUtc().addSecs(-60);
    forgetExecCredentials();
    KubeClient client(connection.value());
    std::optional<KubeResponse> answer;
    bool answeredMeanwhile = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] { answeredMeanwhile |= QFile::exists(running); });
    poll.start(20);
    client.get(QStringLiteral("/api"), 10000, [&answer](const KubeResponse &r) { answer = r; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
    QVERIFY2(answer->error.isNull(), qPrintable(answer->error.message()));
    QVERIFY(answeredMeanwhile); // the window's loop ran while the plugin did
    QCOMPARE(fixture.authorizations.last(), QStringLiteral("Bearer good-token"));
}

void tst_Wizard::closingAsksWhenWorkWouldBeLost()
{
    // Nothing to lose on the start page: Esc closes at once.
    QTest::keyClick(m_window->wizard(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->isVisible());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));

    // A result not saved as a session: Esc, Cancel and Quit ask; Keep working keeps it.
    m_window->wizard()->caseModel()->setNotes(QStringLiteral("client 10.1.2.3 since Monday"));
    const auto answer = [this](const char *button) {
        QTimer::singleShot(0, this, [this, button] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("unsavedWork"));
            QVERIFY(box->informativeText().contains(QStringLiteral("not saved as a session")));
            box->findChild<QPushButton *>(QLatin1String(button))->click();
        });
    };
    answer("unsavedStay");
    QTest::keyClick(m_window->wizard(), Qt::Key_Escape);
    QVERIFY(m_window->isVisible());
    answer("unsavedStay");
    m_window->wizard()->button(QWizard::CancelButton)->click();
    QVERIFY(m_window->isVisible());
    answer("unsavedStay");
    m_window->findChild<QAction *>(QStringLiteral("quit"))->trigger();
    QVERIFY(m_window->isVisible());
    // Saved as a session: nothing left to lose.
    QTemporaryDir dir;
    QVERIFY(m_window->wizard()->saveSession(dir.filePath(QStringLiteral("case.sni-doctor.json"))));
    QVERIFY(m_window->wizard()->unsavedWork().isEmpty());
    m_window->wizard()->caseModel()->setNotes(QStringLiteral("and Tuesday"));
    QVERIFY(!m_window->wizard()->unsavedWork().isEmpty());
    answer("unsavedDiscard");
    m_window->close();
    QTRY_VERIFY(!m_window->isVisible());
}

void tst_Wizard::sideListGoesBack()
{
    DoctorWizard *wizard = m_window->wizard();
    // Start, then steps 2, 3 and 4 (the logs and capture pages on the way).
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), DoctorWizard::pageId(Step::Probe));
    auto *list = m_window->findChild<StepList *>(QStringLiteral("stepList"));
    QCOMPARE(list->currentRow(), DoctorWizard::listRow(Step::Probe));
    // A step not reached yet stays where it is.
    QTest::mouseClick(
        list->viewport(), Qt::LeftButton, {},
        list->visualItemRect(list->item(DoctorWizard::listRow(Step::Overrides))).center());
    QCOMPARE(wizard->currentId(), DoctorWizard::pageId(Step::Probe));
    // Clicked: back to step 2.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(DoctorWizard::listRow(Step::Logs))).center());
    QCOMPARE(wizard->currentId(), DoctorWizard::pageId(Step::Logs));
    // With the keyboard: Up to the start, Enter.
    list->setFocus();
    QCOMPARE(list->currentRow(), DoctorWizard::listRow(Step::Logs));
    QTest::keyClick(list, Qt::Key_Up);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(DoctorWizard::WelcomePageId));
    QCOMPARE(list->currentRow(), DoctorWizard::kStartRow);
}

void tst_Wizard::refusedClientsSortedWithSeparators()
{
    DoctorWizard *wizard = m_window->wizard();
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    auto *page = qobject_cast<AccessLogPage *>(wizard->currentPage());
    QVERIFY(page);
    // Three clients refused 3, 12,000 and 50 times: the table lists the most refused
    // first, as the verdict says, with the language's thousands separator.
    QByteArray log;
    const auto refused = [&log](const char *client, int times) {
        for (int i = 0; i < times; ++i)
            log += R"({"start_time":"2025-05-19T04:46:20.117Z","remote_address":")" +
                   QByteArray(client) +
                   R"(:1000","status_details":"filter_chain_not_found","request":"- - -",)"
                   R"("status":0,"upstream_response_flags":"NR","sni_host":null})"
                   "\n";
    };
    refused("10.0.0.3", 3);
    refused("10.0.0.1", 12000);
    refused("10.0.0.2", 50);
    m_window->findChild<QPlainTextEdit *>(QStringLiteral("logsPaste"))
        ->setPlainText(QString::fromUtf8(log));
    auto *analyze = m_window->findChild<QPushButton *>(QStringLiteral("logsAnalyzePaste"));
    analyze->setVisible(true);
    QTest::mouseClick(analyze, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !page->isRunning() && wizard->caseModel()->result<AccessLogSummary>(Step::Logs), 30000);
    QAbstractItemModel *clients =
        m_window->findChild<QTableView *>(QStringLiteral("logsClients"))->model();
    QCOMPARE(clients->rowCount(), 3);
    QCOMPARE(clients->index(0, 0).data().toString(), QStringLiteral("10.0.0.1"));
    QCOMPARE(clients->index(1, 0).data().toString(), QStringLiteral("10.0.0.2"));
    QCOMPARE(clients->index(2, 0).data().toString(), QStringLiteral("10.0.0.3"));
    QCOMPARE(clients->index(0, 1).data().toString(), QStringLiteral("12,000"));
    QVERIFY(m_languages->setLanguage(QStringLiteral("es")));
    QTRY_COMPARE(clients->index(0, 1).data().toString(), QStringLiteral("12.000"));
    QCOMPARE(clients->index(0, 0).data().toString(), QStringLiteral("10.0.0.1"));
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
}

// The commands name the cluster chosen (--kubeconfig when not kubectl's default file,
// --context) and what the case found (the route, the pods) instead of placeholders.
void tst_Wizard::commandsCarryTheClusterAndTheNamesFound()
{
    QTemporaryDir dir;
    const QString kubeconfig = dir.filePath(QStringLiteral("prod kube.yaml"));
    {
        QFile file(kubeconfig);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster: {server: "
                   "\"https://127.0.0.1:1\"}\nusers:\n- name: u\n  user: {token: t}\ncontexts:\n"
                   "- name: dev\n  context: {cluster: c, user: u}\n- name: prod\n  context: "
                   "{cluster: c, user: u}\ncurrent-context: dev\n");
    }
    auto commands = [this](const char *box) {
        auto *found = m_window->findChild<CommandBox *>(QLatin1String(box));
        return found ? found->commands().join(QLatin1Char('\n')) : QString();
    };
    DoctorWizard *wizard = m_window->wizard();
    QVERIFY(goToProbePage());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    auto *routes = qobject_cast<RoutesPage *>(wizard->currentPage());
    QVERIFY(routes);
    // Before any route is found: ROUTE. (The fields may hold an earlier test's cluster.)
    QVERIFY2(commands("routesCommands").contains(QStringLiteral("describe apigeeroute ROUTE")),
             qPrintable(commands("routesCommands")));
    m_window->findChild<QLineEdit *>(QStringLiteral("routesNamespace"))
        ->setText(QStringLiteral("apigee"));
    m_window->findChild<QLineEdit *>(QStringLiteral("logsNamespace"))
        ->setText(QStringLiteral("apigee"));
    routes->setKubeconfig(kubeconfig);
    auto *context = m_window->findChild<QComboBox *>(QStringLiteral("routesContext"));
    QCOMPARE(context->count(), 2);
    context->setCurrentIndex(context->findData(QStringLiteral("prod")));
    const QString kubectl = QStringLiteral("kubectl --kubeconfig %1 --context prod -n apigee")
                                .arg(shellQuote(kubeconfig));
    QVERIFY(kubectl.contains(QStringLiteral("'")) && kubectl.contains(QStringLiteral("prod kube")));
    QVERIFY2(commands("routesCommands").contains(kubectl + QStringLiteral(" get apigeeroutes\n")),
             qPrintable(commands("routesCommands")));

    routes->loadFile(QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/not-attached.yaml"));
    QVERIFY(wizard->caseModel()->result<RoutesResult>(Step::Routes));
    QVERIFY2(!commands("routesCommands").contains(QStringLiteral("ROUTE")),
             qPrintable(commands("routesCommands")));
    QVERIFY(commands("routesCommands")
                .contains(kubectl + QStringLiteral(" describe apigeeroute non-sni")));
    QVERIFY(commands("routesCommands")
                .contains(kubectl + QStringLiteral(" get apigeeroute non-sni -o "
                                                   "'jsonpath={.spec.enableNonSniClient}'")));

    // The other pages address the case's cluster; step 2 logs each pod step 5 listed.
    wizard->caseModel()->setCluster(ClusterTarget(kubeconfig, QStringLiteral("prod"), {}));
    QVERIFY2(commands("logsCommands")
                 .contains(kubectl + QStringLiteral(" get pods -l app=apigee-ingressgateway")),
             qPrintable(commands("logsCommands")));
    QVERIFY(commands("logsCommands").contains(QStringLiteral(" logs POD --timestamps > POD.log")));
    QVERIFY(
        commands("captureCommands")
            .contains(kubectl + QStringLiteral(" get pods -l app=apigee-ingressgateway -o wide")));
    IngressPod pod;
    pod.name = QStringLiteral("apigee-ingressgateway-7d9f-x2");
    wizard->caseModel()->setResult(
        Step::Routes,
        RoutesResult{wizard->caseModel()->result<RoutesResult>(Step::Routes)->routes,
                     QList<IngressPod>{pod}, ClusterTarget(kubeconfig, QStringLiteral("prod"), {})},
        Origin::cluster());
    QVERIFY2(
        commands("logsCommands")
            .contains(kubectl + QStringLiteral(" logs apigee-ingressgateway-7d9f-x2 "
                                               "--timestamps > apigee-ingressgateway-7d9f-x2.log")),
        qPrintable(commands("logsCommands")));
    QVERIFY(!commands("logsCommands").contains(QStringLiteral("POD")));
}

// Step 2's refused client fills step 3's client field and command; a capture without
// that client says so; a client the user typed is never replaced.
void tst_Wizard::captureTakesTheClientOfStep2()
{
    DoctorWizard *wizard = m_window->wizard();
    AccessLogSummary logs;
    LogClientStat refused;
    refused.address = QStringLiteral("203.0.113.77");
    refused.nonSniRefused = 12;
    logs.clients = {refused};
    wizard->caseModel()->setResult(Step::Logs, logs, Origin::thisMachine());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), DoctorWizard::pageId(Step::Capture));
    auto *page = qobject_cast<CapturePage *>(wizard->currentPage());
    QVERIFY(page);
    auto *client = m_window->findChild<QLineEdit *>(QStringLiteral("captureClient"));
    QCOMPARE(client->text(), QStringLiteral("203.0.113.77"));
    QVERIFY(m_window->findChild<CommandBox *>(QStringLiteral("captureCommands"))
                ->commands()
                .contains(QStringLiteral(
                    "tcpdump -n -i any -s 0 'host 203.0.113.77' -w /tmp/sni-doctor.pcap")));

    auto *warning = m_window->findChild<QLabel *>(QStringLiteral("captureClientWarning"));
    QVERIFY(warning);
    QVERIFY(warning->isHidden());
    page->analyzeFile(QStringLiteral(SNI_DOCTOR_TEST_DATA "/captures/sll2.pcap"));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30000);
    const CaptureSummary *summary = wizard->caseModel()->result<CaptureSummary>(Step::Capture);
    QVERIFY(summary && !summary->hellos.isEmpty());
    QVERIFY(!warning->isHidden());
    QVERIFY2(warning->text().contains(QStringLiteral("no TLS connection of 203.0.113.77")),
             qPrintable(warning->text()));
    screenshot(QStringLiteral("capture_client_missing_en"));
    m_window->findChild<QAction *>(QStringLiteral("language_es"))->trigger();
    QTRY_VERIFY(page->title().startsWith(QStringLiteral("Paso 3")));
    QVERIFY2(warning->text().contains(QStringLiteral("203.0.113.77")) &&
                 !warning->text().startsWith(QStringLiteral("Warning")),
             qPrintable(warning->text()));
    screenshot(QStringLiteral("capture_client_missing_es"));
    m_window->findChild<QAction *>(QStringLiteral("language_en"))->trigger();
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));

    // The capture's own client: the warning goes.
    const QString captured = summary->hellos.first().client.section(QLatin1Char(':'), 0, 0);
    client->selectAll();
    QTest::keyClicks(client, captured);
    QCOMPARE(client->text(), captured);
    QVERIFY(warning->isHidden());
    // Typed by the user: a newer step 2 result does not replace it.
    refused.address = QStringLiteral("198.51.100.9");
    logs.clients = {refused};
    wizard->caseModel()->setResult(Step::Logs, logs, Origin::thisMachine());
    QCOMPARE(client->text(), captured);
}

// An empty host field on step 4 takes the first host name of step 5's routes; a host
// the user typed stays.
void tst_Wizard::probeHostComesFromTheRoutes()
{
    DoctorWizard *wizard = m_window->wizard();
    ProbePage *probe = goToProbePage();
    QVERIFY(probe);
    auto *host = m_window->findChild<QLineEdit *>(QStringLiteral("probeHost"));
    host->clear();
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    auto *routes = qobject_cast<RoutesPage *>(wizard->currentPage());
    QVERIFY(routes);
    routes->loadFile(QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/not-attached.yaml"));
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard->currentPage(), probe);
    QCOMPARE(host->text(), QStringLiteral("api-test.mydomain.com"));
    auto *note = m_window->findChild<QLabel *>(QStringLiteral("probeHostNote"));
    QVERIFY(!note->isHidden());
    QVERIFY2(note->text().contains(QStringLiteral("step 5")), qPrintable(note->text()));
    QVERIFY(m_window->findChild<CommandBox *>(QStringLiteral("probeCommands"))
                ->commands()
                .join(QLatin1Char('\n'))
                .contains(QStringLiteral("api-test.mydomain.com")));

    host->selectAll();
    QTest::keyClicks(host, QStringLiteral("typed.example.com"));
    QVERIFY(note->isHidden());
    routes->loadFile(QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/healthy.yaml"));
    QCOMPARE(host->text(), QStringLiteral("typed.example.com"));
}

// Step 5 skipped: step 6 checks additionalGateways for the default wildcard route
// (non-sni), says it assumed it, and Fix adds it.
void tst_Wizard::overridesCheckAndFixWithoutStep5()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("overrides.yaml"));
    QVERIFY(QFile::copy(QStringLiteral(SNI_DOCTOR_TEST_DATA "/overrides/helm-two-envgroups.yaml"),
                        path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    DoctorWizard *wizard = m_window->wizard();
    QVERIFY(goToProbePage());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QVERIFY(qobject_cast<RoutesPage *>(wizard->currentPage()));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), DoctorWizard::pageId(Step::Overrides));
    QVERIFY(!wizard->caseModel()->data().has(Step::Routes));
    auto *page = qobject_cast<OverridesPage *>(wizard->currentPage());
    QVERIFY(page);
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("overridesWildcard"))->text(),
             QStringLiteral("non-sni"));
    auto *note = m_window->findChild<QLabel *>(QStringLiteral("overridesWildcardNote"));
    QVERIFY(!note->isHidden());
    QVERIFY2(note->text().contains(QStringLiteral("non-sni")) &&
                 note->text().contains(QStringLiteral("assumed")),
             qPrintable(note->text()));

    QVERIFY(page->openFile(path));
    QTRY_VERIFY(!page->isValidating() &&
                wizard->caseModel()->result<OverridesResult>(Step::Overrides));
    bool missing = false;
    for (const OverridesDiagnostic &diagnostic :
         wizard->caseModel()->result<OverridesResult>(Step::Overrides)->report.diagnostics)
        missing = missing || (diagnostic.code == QLatin1String("additional_gateway_missing") &&
                              diagnostic.args.value("route") == QLatin1String("non-sni"));
    QVERIFY(missing);
    auto *fix = m_window->findChild<QPushButton *>(QStringLiteral("overridesFix"));
    QVERIFY(fix->isEnabled());
    QTest::mouseClick(fix, Qt::LeftButton);
    QTRY_VERIFY(!page->isValidating() && wizard->caseModel()
                                                 ->result<OverridesResult>(Step::Overrides)
                                                 ->report.count(Severity::Error) == 0);
    QVERIFY(m_window->findChild<YamlEditor *>(QStringLiteral("overridesEditor"))
                ->toPlainText()
                .contains(QStringLiteral("non-sni")));
    QVERIFY(!fix->isEnabled());
    screenshot(QStringLiteral("overrides_assumed_en"));
}

// Step 7's commands: kubectl for the case's cluster, and Verify with the CA file the
// probe verifies against.
void tst_Wizard::step7CommandsCarryTheCaFileAndTheCluster()
{
    DoctorWizard *wizard = m_window->wizard();
    QVERIFY(goToProbePage());
    ProbeTarget endpoint;
    endpoint.host = QStringLiteral("api-test.mydomain.com");
    endpoint.port = 443;
    endpoint.caFile = QStringLiteral("/tmp/lab ca.pem");
    wizard->caseModel()->setEndpoint(endpoint);
    wizard->caseModel()->setCluster(ClusterTarget(
        QStringLiteral("/srv/other-kubeconfig"), QStringLiteral("prod"), QStringLiteral("apigee")));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    auto *routes = qobject_cast<RoutesPage *>(wizard->currentPage());
    QVERIFY(routes);
    routes->loadFile(QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/no-wildcard.yaml"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(DoctorWizard::ResolutionPageId));
    const QStringList commands =
        m_window->findChild<CommandBox *>(QStringLiteral("resolutionCommands"))->commands();
    QVERIFY2(commands.contains(QStringLiteral(
                 "sni-doctor probe api-test.mydomain.com --ca-file '/tmp/lab ca.pem'")),
             qPrintable(commands.join(QLatin1Char('\n'))));
    QVERIFY2(
        commands.contains(QStringLiteral("kubectl --kubeconfig /srv/other-kubeconfig --context "
                                         "prod apply -f non-sni.yaml -n apigee")),
        qPrintable(commands.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_Wizard)
#include "tst_wizard.moc"
