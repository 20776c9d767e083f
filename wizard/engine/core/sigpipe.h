#pragma once

#include <signal.h>

namespace SniDoctor {

// OpenSSL writes to sockets with write(2); a peer that resets the connection (what
// this tool provokes on purpose) would then raise SIGPIPE, which kills the process
// or, under a test runner, trips its crash handler. While a guard lives, SIGPIPE is
// blocked on the calling thread only (the signal is thread-directed), and a SIGPIPE
// raised meanwhile is consumed before the guard restores the mask. The process's
// signal dispositions are never changed.
class SigpipeGuard final
{
public:
    SigpipeGuard();
    ~SigpipeGuard();
    SigpipeGuard(const SigpipeGuard &) = delete;
    SigpipeGuard &operator=(const SigpipeGuard &) = delete;

private:
    sigset_t m_previous;
    bool m_wasPending = false;
};

} // namespace SniDoctor
