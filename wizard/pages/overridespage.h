#pragma once

#include "overrides/overridesvalidator.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace SniDoctor {

class CaseSession;
class CommandBox;
class VerdictPanel;
class YamlEditor;

// Runbook step 6: overrides.yaml in an editor that validates while the user types
// (off the GUI thread), underlines each problem where it is, lists them, fixes the
// missing wildcard route in additionalGateways, and saves safely: a temporary file
// renamed over the original, a backup of the original the first time, and a warning
// when the file changed on disk since it was opened.
class OverridesPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit OverridesPage(CaseSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override { return true; }

    bool openFile(const QString &path);
    bool save();
    void applyFix();
    [[nodiscard]] bool isValidating() const { return m_watcher.isRunning() || m_pending; }
    [[nodiscard]] QString filePath() const { return m_path; }
    [[nodiscard]] static QString backupPath(const QString &path)
    {
        return path + QStringLiteral(".sni-doctor.bak");
    }

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslate();
    void setStatus(std::function<QString()> text);
    void scheduleValidation();
    void validateNow();
    void showReport();
    void showLoaded();
    void updateCommands();
    void updateFileLabel();
    [[nodiscard]] QString wildcardRoute() const;

    CaseSession *m_session;
    QLabel *m_intro;
    QLabel *m_fileLabel;
    QLabel *m_file;
    QPushButton *m_open;
    QPushButton *m_save;
    QLabel *m_wildcardLabel;
    QLineEdit *m_wildcard;
    QPushButton *m_fix;
    QLabel *m_status;
    std::function<QString()> m_statusText;
    YamlEditor *m_editor;
    QLabel *m_listLabel;
    QTreeWidget *m_list;
    VerdictPanel *m_verdict;
    CommandBox *m_commands;
    QTimer *m_timer;
    QFutureWatcher<OverridesReport> m_watcher;
    int m_generation = 0;
    bool m_pending = false; // a validation is scheduled or must run after the current one
    QString m_path;
    QByteArray m_diskHash; // SHA-256 of the file as last read or written
    std::optional<OverridesReport> m_report;
    QByteArray m_validatedText; // the text of the validation in flight
};

} // namespace SniDoctor
