#pragma once

#include <QPromise>
#include <QString>

#include <atomic>

namespace SniDoctor {

// The progress/cancel handle that long engine work takes. Implementations must be
// safe to call from the worker thread; cancel() may be called from any thread.
class TaskControl
{
public:
    virtual ~TaskControl() = default;
    [[nodiscard]] virtual bool isCanceled() const = 0;
    virtual void setProgressRange(int minimum, int maximum) = 0;
    virtual void setProgress(int value, const QString &text) = 0;
};

// A TaskControl for callers without a QFuture (the command line, tests).
class CancelFlag final : public TaskControl
{
public:
    void cancel() { m_canceled.store(true); }
    [[nodiscard]] bool isCanceled() const override { return m_canceled.load(); }
    void setProgressRange(int, int) override {}
    void setProgress(int, const QString &) override {}

private:
    std::atomic_bool m_canceled{false};
};

// Adapts a QPromise (QtConcurrent::run) so that QFuture::cancel() reaches the engine
// and the engine's progress reaches a QFutureWatcher.
template <typename T> class PromiseControl final : public TaskControl
{
public:
    explicit PromiseControl(QPromise<T> &promise)
        : m_promise(promise)
    {}
    [[nodiscard]] bool isCanceled() const override { return m_promise.isCanceled(); }
    void setProgressRange(int minimum, int maximum) override
    {
        m_promise.setProgressRange(minimum, maximum);
    }
    void setProgress(int value, const QString &text) override
    {
        m_promise.setProgressValueAndText(value, text);
    }

private:
    QPromise<T> &m_promise;
};

} // namespace SniDoctor
