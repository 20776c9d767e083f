// The wizard driven offscreen like a user: Next to the probe page, fields typed in,
// Run against the practice lab, the verdict read off the page; then Spanish from
// the Language menu, and Cancel of a probe that would otherwise wait a minute.
#include "doctorwizard.h"
#include "lab/practicelab.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "peers.h"
#include "probepage.h"
#include "session/casesession.h"
#include "steplist.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

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
    void everyControlHasAnAccessibleName();
    void remembersTargetAndLanguage();
    void darkPaletteScreenshot();

private:
    ProbePage *goToProbePage();
    void fillTarget(const QString &host, quint16 port, const QString &connect);
    void screenshot(const QString &name);

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
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    if (wizard->currentId() != DoctorWizard::ProbePageId)
        return nullptr;
    return qobject_cast<ProbePage *>(wizard->currentPage());
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
        m_window->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name + QStringLiteral(".png"));
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

    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("probeRun")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning() && m_window->wizard()->session()->probeReport(), 30000);
    QVERIFY(page->isComplete());

    auto *table = m_window->findChild<QTableWidget *>(QStringLiteral("probeResults"));
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Handshake OK"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("(none)"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Reset by peer (TCP RST)"));
    const QString verdict = m_window->findChild<QLabel *>(QStringLiteral("probeVerdict"))->text();
    QVERIFY2(verdict.startsWith(QStringLiteral("Non-SNI clients are not enabled")), qPrintable(verdict));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("probeNextStep"))->text().contains(
        QStringLiteral("additionalGateways")));
    QCOMPARE(m_window->wizard()->stepList()->state(DoctorWizard::StepProbe), StepList::State::Error);
    QCOMPARE(m_window->wizard()->stepList()->state(DoctorWizard::StepRoutes), StepList::State::Coming);
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
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("probeRun")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning() && m_window->wizard()->session()->probeReport(), 30000);
    auto *verdict = m_window->findChild<QLabel *>(QStringLiteral("probeVerdict"));
    QVERIFY(verdict->text().startsWith(QStringLiteral("Non-SNI clients are enabled")));
    const QString englishTitle = page->title();
    QAbstractButton *finish = m_window->wizard()->button(QWizard::FinishButton);
    QAbstractButton *back = m_window->wizard()->button(QWizard::BackButton);
    QCOMPARE(finish->text(), QStringLiteral("&Finish"));

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
    QTRY_COMPARE(finish->text(), QStringLiteral("&Finish"));
    QCOMPARE(page->title(), englishTitle);
}

void tst_Wizard::cancelStopsTheProbe()
{
    TestPeers::BlackHole hole;
    ProbePage *page = goToProbePage();
    QVERIFY(page);
    fillTarget(QStringLiteral("api-test.mydomain.com"), hole.port, QStringLiteral("127.0.0.1"));
    m_window->findChild<QSpinBox *>(QStringLiteral("probeTimeout"))->setValue(60);
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("probeRun")), Qt::LeftButton);
    QVERIFY(page->isRunning());
    QVERIFY(!page->isComplete()); // Finish waits for the probe
    QCOMPARE(m_window->wizard()->stepList()->state(DoctorWizard::StepProbe), StepList::State::Running);
    auto *stop = m_window->findChild<QPushButton *>(QStringLiteral("probeCancel"));
    QVERIFY(stop->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 20000);
    QVERIFY(page->isComplete());
    QVERIFY(!m_window->wizard()->session()->probeReport());
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("probeStatus"))->text().contains(
        QStringLiteral("Canceled")));
}

void tst_Wizard::everyControlHasAnAccessibleName()
{
    QVERIFY(goToProbePage());
    const QList<QWidget *> controls = m_window->wizard()->currentPage()->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *control : controls) {
        const bool interactive = qobject_cast<QLineEdit *>(control) || qobject_cast<QSpinBox *>(control)
                                 || qobject_cast<QAbstractButton *>(control)
                                 || qobject_cast<QTableWidget *>(control);
        if (!interactive || control->objectName().startsWith(QLatin1String("qt_"))
            || qobject_cast<QTableWidget *>(control->parentWidget()))
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
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("probeRun")), Qt::LeftButton);
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
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("probeHost"))->text(), QStringLiteral("localhost"));
    QCOMPARE(m_window->findChild<QSpinBox *>(QStringLiteral("probePort"))->value(), int(port.value()));
    QCOMPARE(m_window->findChild<QLineEdit *>(QStringLiteral("probeConnect"))->text(), QStringLiteral("127.0.0.1"));
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
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("probeRun")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30000);
    screenshot(QStringLiteral("probe_dark"));
    QApplication::setPalette(light);
}

QTEST_MAIN(tst_Wizard)
#include "tst_wizard.moc"
