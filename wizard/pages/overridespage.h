#pragma once

#include "overrides/overridesvalidator.h"
#include "steppage.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace SniDoctor {

class YamlEditor;

// Runbook step 6: overrides.yaml in an editor that validates while the user types (off
// the GUI thread, through the page's task runner), underlines each problem where it
// is, lists them, fixes the missing wildcard route in additionalGateways, and saves
// safely: a temporary file renamed over the original, a backup of the original the
// first time, and a question when the file changed on disk since it was opened.
class OverridesPage final : public StepPage
{
    Q_OBJECT

public:
    explicit OverridesPage(CaseModel *model, QWidget *parent = nullptr);

    void initializePage() override;

    bool openFile(const QString &path);
    bool save();
    void applyFix();
    [[nodiscard]] bool isValidating() const { return isRunning() || m_pending; }
    [[nodiscard]] QString filePath() const { return m_path; }
    [[nodiscard]] QString unsavedEdits() const override;
    [[nodiscard]] static QString backupPath(const QString &path)
    {
        return path + QStringLiteral(".sni-doctor.bak");
    }

protected:
    void retranslate() override;
    void showResult() override;
    void updateActions() override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void scheduleValidation();
    void validateNow();
    void showReport();
    void updateCommands();
    void takeWildcardRoute();
    void showWildcardNote();
    void updateFileLabel();
    void updateVersionChoice();
    [[nodiscard]] QString wildcardRoute() const;

    QLabel *m_fileLabel;
    QLabel *m_file;
    QPushButton *m_open;
    QPushButton *m_save;
    QLabel *m_wildcardLabel;
    QLineEdit *m_wildcard;
    QLabel *m_wildcardNote; // says when the wildcard route's name was assumed
    bool m_wildcardAssumed = false;
    QPushButton *m_fix;
    QLabel *m_versionLabel;
    QComboBox *m_version; // the hybrid release: from the file (0), or 1.16 down to 1.2
    YamlEditor *m_editor;
    QLabel *m_listLabel;
    QTreeWidget *m_list;
    QTimer *m_timer;
    bool m_pending = false; // a validation is scheduled or must run after the current one
    bool m_showing = false; // the editor is being filled from the case: no validation
    QString m_path;
    QString m_caseFile;    // the file a reopened session or a review read, shown, never written
    QByteArray m_diskHash; // SHA-256 of the file as last read or written
    std::optional<OverridesReport> m_report;
};

} // namespace SniDoctor
