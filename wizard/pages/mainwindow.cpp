#include "mainwindow.h"

#include "case/casemodel.h"
#include "clusteraccess.h"

#include "core/savefile.h"
#include "doctorwizard.h"
#include "filedialogs.h"
#include "languagemanager.h"
#include "statusicon.h"
#include "verdictprint.h"
#include "welcomepage.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>

namespace SniDoctor {

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_wizard(new DoctorWizard)
    , m_fileMenu(menuBar()->addMenu(QString()))
    , m_languageMenu(menuBar()->addMenu(QString()))
    , m_helpMenu(menuBar()->addMenu(QString()))
    , m_openSession(m_fileMenu->addAction(QString()))
    , m_saveSession(m_fileMenu->addAction(QString()))
    , m_printVerdict(m_fileMenu->addAction(QString()))
    , m_saveVerdictPdf(m_fileMenu->addAction(QString()))
    , m_quit(m_fileMenu->addAction(QString()))
    , m_about(m_helpMenu->addAction(QString()))
    , m_aboutQt(m_helpMenu->addAction(QString()))
    , m_languageGroup(new QActionGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(statusIcon(StatusGlyph::App));
    m_wizard->setWindowFlags(Qt::Widget);
    setCentralWidget(m_wizard);
    connect(m_wizard, &QWizard::finished, this, &QWidget::close);
    connect(m_wizard, &DoctorWizard::closeRequested, this, &QWidget::close);
    showPluginOutputBeside(this);

    m_openSession->setObjectName(QStringLiteral("openSession"));
    m_saveSession->setObjectName(QStringLiteral("saveSession"));
    m_quit->setObjectName(QStringLiteral("quit"));
    m_openSession->setShortcut(QKeySequence::Open);
    m_saveSession->setShortcut(QKeySequence::Save);
    m_fileMenu->insertSeparator(m_printVerdict);
    m_fileMenu->insertSeparator(m_quit);
    m_printVerdict->setObjectName(QStringLiteral("printVerdict"));
    m_saveVerdictPdf->setObjectName(QStringLiteral("saveVerdictPdf"));
    m_printVerdict->setShortcut(QKeySequence::Print);
    connect(m_printVerdict, &QAction::triggered, this,
            [this] { askPrintVerdict(this, m_wizard->caseModel()->data()); });
    connect(m_saveVerdictPdf, &QAction::triggered, this,
            [this] { askSaveVerdictPdf(this, m_wizard->caseModel()->data()); });
    connect(m_openSession, &QAction::triggered, this, &MainWindow::openSession);
    connect(m_saveSession, &QAction::triggered, this, &MainWindow::saveSession);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_about, &QAction::triggered, this, &MainWindow::about);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    for (const QString &language : LanguageManager::available()) {
        // Each language is named in itself, so a user lost in the other one finds theirs.
        QAction *action = m_languageMenu->addAction(LanguageManager::nativeName(language));
        action->setObjectName(QStringLiteral("language_") + language);
        action->setCheckable(true);
        action->setData(language);
        action->setChecked(language == m_languages->language());
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { chooseLanguage(language); });
    }
    connect(m_languages, &LanguageManager::languageChanged, this, [this](const QString &language) {
        for (QAction *action : m_languageGroup->actions())
            action->setChecked(action->data().toString() == language);
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray()))
        resize(1100, 780);
    fitScreen();
    retranslate();
}

void MainWindow::fitScreen()
{
    // The first window fits the screen it opens on, at any scale: a saved or default
    // size larger than the screen's free area shrinks to it, and the title bar stays on it.
    const QRect screen = this->screen()->availableGeometry();
    const QSize size = this->size().boundedTo(screen.size() - QSize(16, 40));
    resize(size.expandedTo(minimumSizeHint().boundedTo(screen.size())));
    if (!screen.contains(frameGeometry().topLeft()))
        move(screen.topLeft());
}

void MainWindow::openPaths(const QStringList &paths)
{
    // A saved session, a bundle, an archive, a folder, captures and logs: the review
    // of collected files reads each as what it is, as the start page's Open does.
    if (!paths.isEmpty())
        m_wizard->welcomePage()->review(paths);
}

void MainWindow::chooseLanguage(const QString &language)
{
    if (m_languages->setLanguage(language))
        QSettings().setValue(QStringLiteral("ui/language"), language);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About SNI Doctor"),
                       tr("<h3>SNI Doctor %1</h3><p>Finds out why API clients of an Apigee "
                          "hybrid ingress are reset during the TLS handshake, following "
                          "Apigee's runbook step by step.</p>")
                           .arg(QLatin1String(SNI_DOCTOR_VERSION)));
}

void MainWindow::openSession()
{
    const QString path =
        askOpenFile(this, QStringLiteral("session/folder"), tr("Open a saved session"),
                    tr("SNI Doctor sessions (*.sni-doctor.json *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<> opened = m_wizard->openSession(path);
    if (!opened)
        QMessageBox::warning(this, tr("Open a saved session"), opened.error().message());
}

void MainWindow::saveSession()
{
    QSettings settings;
    const QString folder =
        settings.value(QStringLiteral("session/folder"), QDir::homePath()).toString();
    QString path = QFileDialog::getSaveFileName(this, tr("Save the session"),
                                                folder + QStringLiteral("/case.sni-doctor.json"),
                                                tr("SNI Doctor sessions (*.sni-doctor.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".json"))) {
        // A name the dialog did not ask about: ask here before replacing it.
        path += QStringLiteral(".sni-doctor.json");
        if (pathTaken(path) && QMessageBox::question(this, tr("Save the session"),
                                                     tr("%1 exists already. Replace it?").arg(path),
                                                     QMessageBox::Yes | QMessageBox::No,
                                                     QMessageBox::No) != QMessageBox::Yes)
            return;
    }
    settings.setValue(QStringLiteral("session/folder"), QFileInfo(path).absolutePath());
    const Result<> saved = m_wizard->saveSession(path);
    if (!saved)
        QMessageBox::warning(this, tr("Save the session"), saved.error().message());
    else
        statusBar()->showMessage(tr("Session saved to %1.").arg(path), 5000);
}

bool MainWindow::mayClose()
{
    const QStringList work = m_wizard->unsavedWork();
    if (work.isEmpty())
        return true; // nothing to lose: at once
    QMessageBox box(QMessageBox::Warning, tr("Close SNI Doctor"),
                    tr("Closing now would lose work:"), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("unsavedWork"));
    box.setInformativeText(QStringLiteral("• ") + work.join(QStringLiteral("\n• ")) +
                           QStringLiteral("\n\n") +
                           tr("Save the session to keep the case (inputs, results and notes)."));
    QPushButton *save = box.addButton(tr("&Save session…"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard and close"), QMessageBox::DestructiveRole);
    QPushButton *stay = box.addButton(tr("&Keep working"), QMessageBox::RejectRole);
    save->setObjectName(QStringLiteral("unsavedSave"));
    discard->setObjectName(QStringLiteral("unsavedDiscard"));
    stay->setObjectName(QStringLiteral("unsavedStay"));
    box.setDefaultButton(save);
    box.setEscapeButton(stay);
    box.exec();
    if (box.clickedButton() == discard)
        return true;
    if (box.clickedButton() == save) {
        saveSession();
        // Closes only when the session was saved and nothing else is left.
        return m_wizard->unsavedWork().isEmpty() ||
               (!m_wizard->caseModel()->hasUnsavedWork() && mayClose());
    }
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayClose()) {
        event->ignore();
        return;
    }
    QSettings().setValue(QStringLiteral("ui/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("SNI Doctor"));
    m_fileMenu->setTitle(tr("&File"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openSession->setText(tr("&Open saved session…"));
    m_saveSession->setText(tr("&Save session…"));
    m_printVerdict->setText(tr("&Print the verdict…"));
    m_saveVerdictPdf->setText(tr("Save the verdict as P&DF…"));
    m_quit->setText(tr("&Quit"));
    m_about->setText(tr("&About SNI Doctor"));
    m_aboutQt->setText(tr("About &Qt"));
}

} // namespace SniDoctor
