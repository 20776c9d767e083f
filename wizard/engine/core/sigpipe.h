#pragma once

namespace SniDoctor {

// OpenSSL writes to sockets with write(2); a peer that resets the connection (what
// this tool provokes on purpose) would then kill the process with SIGPIPE. Sets
// SIGPIPE to ignored unless the program installed a handler of its own. Idempotent,
// thread-safe.
void ignoreSigpipe();

} // namespace SniDoctor
