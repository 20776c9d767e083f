#pragma once

#include "core/result.h"
#include "core/taskcontrol.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

#include <functional>
#include <memory>

namespace SniDoctor {

// The one way a page runs long work: one engine call at a time on Qt's thread pool,
// with progress, and Stop through the call's TaskControl. The result is handed back on
// the GUI thread; a canceled call hands back nothing. Destroying the runner (its page
// going away) cancels the call and waits for it. Lives on the GUI thread.
class TaskRunner final : public QObject
{
    Q_OBJECT

public:
    explicit TaskRunner(QObject *parent = nullptr);
    ~TaskRunner() override;

    // Starts work unless a call is running (false then). done runs on the GUI thread
    // with the result, unless the call was canceled.
    template <typename T>
    bool start(std::function<Result<T>(TaskControl &)> work,
               std::function<void(const Result<T> &)> done)
    {
        return startErased([work = std::move(work),
                            done = std::move(done)](TaskControl &control) -> std::function<void()> {
            auto result = std::make_shared<Result<T>>(work(control));
            return [done, result] { done(*result); };
        });
    }
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool wasCanceled() const { return m_canceled; }

Q_SIGNALS:
    void runningChanged(bool running);
    void progressRangeChanged(int minimum, int maximum);
    // value as the call reports it; not after Stop (a late report must not undo "Canceling…")
    void progressChanged(int value);
    // After done (or instead of it, when canceled).
    void finished(bool canceled);

private:
    using Completion = std::function<void()>;
    bool startErased(std::function<Completion(TaskControl &)> work);

    QFutureWatcher<Completion> m_watcher;
    bool m_running = false;
    bool m_canceled = false;
};

} // namespace SniDoctor
