#pragma once

#include "taskrunner.h"

#include <QPointer>
#include <QWizardPage>

#include <functional>
#include <initializer_list>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace SniDoctor {

class CaseModel;

// What every page of the wizard has in common: its content in a scroll area (so that
// nothing is cut at 1024x700 or twice the font size), one long task at a time through
// a TaskRunner with Stop, a progress bar and a status line that is said again after a
// language switch, texts set again on QEvent::LanguageChange, and the widgets that act
// on the live system (run, connect, open, save, apply) disabled while the case is
// reviewed from collected files. Pages hold no protocol logic: they call the engine
// and show what it found.
class RunbookPage : public QWizardPage
{
    Q_OBJECT

public:
    [[nodiscard]] bool isComplete() const override { return !isRunning(); }
    // Back (or a cancel of the wizard) stops the page's work.
    void cleanupPage() override { stop(); }

    [[nodiscard]] bool isRunning() const { return m_runner->isRunning(); }
    void stop();

Q_SIGNALS:
    void runningChanged(bool running);

protected:
    RunbookPage(CaseModel *model, QWidget *parent);

    [[nodiscard]] CaseModel *caseModel() const { return m_model; }
    // The layout of the scrolled content, for the page's own widgets.
    [[nodiscard]] QVBoxLayout *content() const { return m_content; }
    // A row of the page's action buttons followed by Stop, the progress bar and the
    // status line; added to the content where it is called.
    QHBoxLayout *addTaskRow(std::initializer_list<QWidget *> actions);
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QPushButton *stopButton() const { return m_stop; }
    // The status line as a function, so that a language switch says it again. A text of
    // several lines (a credential plugin's error output) shows its first line there, the
    // whole text as its tooltip and, after Details, in a box under the row.
    void setStatus(std::function<QString()> text);
    [[nodiscard]] QPlainTextEdit *statusDetails() const { return m_details; }
    [[nodiscard]] QPushButton *statusDetailsButton() const { return m_detailsButton; }
    void clearStatus() { setStatus({}); }

    // Runs work through the page's one runner; the live widgets are disabled while it
    // runs and done gets its result on the GUI thread (nothing when stopped: the status
    // then says so). runningText, when given, is the status while it runs. False when
    // work is running already.
    template <typename T>
    bool run(std::function<Result<T>(TaskControl &)> work,
             std::function<void(const Result<T> &)> done, std::function<QString()> runningText = {})
    {
        if (!m_runner->start<T>(std::move(work), std::move(done)))
            return false;
        if (runningText)
            setStatus(std::move(runningText));
        return true;
    }
    [[nodiscard]] TaskRunner *runner() const { return m_runner; }

    // Widgets that act on the live system: disabled in review and while work runs.
    void markLive(std::initializer_list<QWidget *> widgets);
    // Widgets that change what a background check looks at (a route name, a release):
    // disabled in review only, so that typing or choosing goes on while it runs.
    void markEditable(std::initializer_list<QWidget *> widgets);
    // Widgets that only make sense on the live system (instructions, the user's own
    // settings): hidden while the case is reviewed, with their form row's label. The
    // buttons among the live widgets above are hidden in review too.
    void markLiveOnly(std::initializer_list<QWidget *> widgets);
    // After the live widgets were enabled or hidden for the case's state.
    virtual void reviewStateChanged(bool /*review*/) {}
    // The page's title and subtitle; the subtitle gives way to reviewSubTitle() while
    // the case is reviewed.
    void setTexts(const QString &title, const QString &subTitle);
    [[nodiscard]] virtual QString reviewSubTitle() const { return {}; }
    // Enables the live widgets as the page's state allows (after work, in a live case).
    virtual void updateActions() {}

    // Sets every text of the page: the page's own retranslate(), then the shared
    // widgets and the status line. The page's constructor calls it once at its end;
    // every language change calls it again.
    void translate();
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;
    // The first time the page is shown: no table of it clips a header.
    void showEvent(QShowEvent *event) override;

private:
    void applyState();
    void applyReviewVisibility(bool review);
    void showStatus();

    CaseModel *m_model;
    QVBoxLayout *m_content;
    TaskRunner *m_runner;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_detailsButton;
    QPlainTextEdit *m_details;
    std::function<QString()> m_statusText;
    QList<QWidget *> m_live;
    QList<QWidget *> m_editable;
    QList<QWidget *> m_liveOnly;
    QList<QWidget *> m_hiddenForReview; // what review hid, shown again when live
    QList<std::pair<QPointer<QFormLayout>, int>> m_rowsHiddenForReview;
    bool m_reviewShown = false;
    QString m_liveSubTitle;
};

} // namespace SniDoctor
