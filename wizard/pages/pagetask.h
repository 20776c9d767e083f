#pragma once

#include "core/result.h"
#include "core/taskcontrol.h"

#include <QFutureWatcher>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent>

#include <functional>
#include <optional>

namespace SniDoctor {

// The worker-thread half of a page: runs one engine call at a time on Qt's thread
// pool, drives the page's progress bar and enables its Stop button while it runs, and
// hands the result back on the GUI thread. cancel(), or the page going away, cancels
// the call through its TaskControl. Not a QObject: its signal connections live on the page
// (context).
template <typename T> class PageTask final
{
public:
    using Work = std::function<Result<T>(TaskControl &)>;

    // finished runs on the GUI thread when a started call has ended, canceled or not;
    // progress (optional) with each progress value the call reports.
    PageTask(QObject *context, QProgressBar *progress, QPushButton *stop,
             std::function<void()> finished, std::function<void(int)> progressed = {})
        : m_progress(progress)
        , m_stop(stop)
    {
        m_progress->hide();
        m_stop->setEnabled(false);
        QObject::connect(&m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress,
                         &QProgressBar::setRange);
        QObject::connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, context,
                         [this, progressed](int value) {
                             if (!m_running || m_canceled)
                                 return; // a late report must not undo "Canceling…"
                             m_progress->setValue(value);
                             if (progressed)
                                 progressed(value);
                         });
        QObject::connect(&m_watcher, &QFutureWatcherBase::finished, context, [this, finished] {
            m_running = false;
            m_stop->setEnabled(false);
            m_progress->hide();
            if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
                m_canceled = true;
            finished();
        });
    }

    ~PageTask()
    {
        // The call holds only copies and its promise, but may read files the page
        // named: let it stop before the page goes.
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }

    PageTask(const PageTask &) = delete;
    PageTask &operator=(const PageTask &) = delete;

    // Starts work unless a call is running; false if one is.
    bool start(Work work)
    {
        if (m_running)
            return false;
        m_running = true;
        m_canceled = false;
        m_watcher.setFuture(
            QtConcurrent::run([work = std::move(work)](QPromise<Result<T>> &promise) {
                PromiseControl<Result<T>> control(promise);
                promise.addResult(work(control));
            }));
        m_stop->setEnabled(true);
        m_progress->setRange(0, 0);
        m_progress->show();
        return true;
    }

    void cancel()
    {
        if (!m_running)
            return;
        m_canceled = true;
        m_watcher.cancel();
    }

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool wasCanceled() const { return m_canceled; }
    // The last call's result; nothing while running or when it was canceled.
    [[nodiscard]] std::optional<Result<T>> result() const
    {
        if (m_running || m_canceled || m_watcher.future().resultCount() == 0)
            return std::nullopt;
        return m_watcher.result();
    }

private:
    QFutureWatcher<Result<T>> m_watcher;
    QProgressBar *m_progress;
    QPushButton *m_stop;
    bool m_running = false;
    bool m_canceled = false;
};

} // namespace SniDoctor
