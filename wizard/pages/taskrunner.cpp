#include "taskrunner.h"

namespace SniDoctor {

TaskRunner::TaskRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::progressRangeChanged, this,
            &TaskRunner::progressRangeChanged);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        if (m_running && !m_canceled)
            Q_EMIT progressChanged(value);
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_running = false;
        if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
            m_canceled = true;
        if (!m_canceled)
            m_watcher.result()();
        Q_EMIT runningChanged(false);
        Q_EMIT finished(m_canceled);
    });
}

TaskRunner::~TaskRunner()
{
    // The call holds only copies and its promise, but may read files the page named:
    // let it stop before the page goes.
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

bool TaskRunner::startErased(std::function<Completion(TaskControl &)> work)
{
    if (m_running)
        return false;
    m_running = true;
    m_canceled = false;
    m_watcher.setFuture(QtConcurrent::run([work = std::move(work)](QPromise<Completion> &promise) {
        PromiseControl<Completion> control(promise);
        promise.addResult(work(control));
    }));
    Q_EMIT runningChanged(true);
    return true;
}

void TaskRunner::cancel()
{
    if (!m_running)
        return;
    m_canceled = true;
    m_watcher.cancel();
}

} // namespace SniDoctor
