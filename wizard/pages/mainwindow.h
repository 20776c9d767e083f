#pragma once

#include <QMainWindow>

class QActionGroup;
class QMenu;
class QAction;

namespace SniDoctor {

class DoctorWizard;
class LanguageManager;

// The window: a menu bar (file, language, help) around the wizard.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);

    [[nodiscard]] DoctorWizard *wizard() const { return m_wizard; }
    // What `sni-doctor FILE...` was given: reviewed as collected files.
    void openPaths(const QStringList &paths);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslate();
    void fitScreen();
    // Asks when closing would lose work (Save session, Discard, Keep working).
    [[nodiscard]] bool mayClose();
    void openSession();
    void saveSession();
    void chooseLanguage(const QString &language);
    void about();

    LanguageManager *m_languages;
    DoctorWizard *m_wizard;
    QMenu *m_fileMenu;
    QMenu *m_languageMenu;
    QMenu *m_helpMenu;
    QAction *m_openSession;
    QAction *m_saveSession;
    QAction *m_printVerdict;
    QAction *m_saveVerdictPdf;
    QAction *m_quit;
    QAction *m_about;
    QAction *m_aboutQt;
    QActionGroup *m_languageGroup;
};

} // namespace SniDoctor
