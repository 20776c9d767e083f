#pragma once

#include "capture/capturesummary.h"
#include "core/result.h"
#include "core/taskcontrol.h"

#include <cstdio>
#include <functional>

namespace SniDoctor {

// Why a capture cannot be read at all.
enum class CaptureError
{
    NoSuchFile, // capture_unreadable {file}
    IsFolder,   // capture_unreadable {file}
    NotCapture, // capture_unreadable {file, reason}: libpcap's words
    Unreadable, // capture_unreadable {file, reason}
    LinkType,   // capture_link_type {file, name, link_type}
};
[[nodiscard]] const ErrorDomain &errorDomain(CaptureError);

struct CaptureLimits
{
    int maxOpenConnections = 200000; // the oldest are forgotten beyond this
    int maxHellos = 2000;            // kept one by one in the summary (--list streams them all)
    int maxBufferedBytes = 1 << 16;  // per connection, to reassemble one ClientHello
    qint64 reactionTimeoutUs = 120'000'000; // a ClientHello unanswered this long: "none"
};

// Reads a capture file (pcap with micro- or nanosecond times, either byte order; pcapng,
// its interfaces of any mix of link types; plain or compressed: capture/capturefile.h),
// finds every TLS ClientHello by content whatever the port, reassembles those that
// span TCP segments and TLS records (out of order and retransmitted segments
// included), and records what the server answered. Blocking: call it from a worker
// thread; progress is bytes of the file read, and control.isCanceled() is checked
// every few thousand packets. Memory grows with the connections still open, not with
// the file. An unreadable file or an unsupported link type is an Error naming it; a
// file cut short is not: what was complete is returned with readError set.
[[nodiscard]] Result<CaptureSummary> analyzeCapture(const QString &path, TaskControl &control,
                                                    const CaptureLimits &limits = {});

// The same, calling sink with every ClientHello as soon as its answer is known (in
// the order answers arrive), for callers that list more hellos than the summary keeps.
[[nodiscard]] Result<CaptureSummary>
analyzeCaptureWithSink(const QString &path, TaskControl &control, const CaptureLimits &limits,
                       const std::function<void(const CaptureHello &)> &sink);

// The same over an open stream (taken over and closed, even when it is not a capture):
// for the fuzz target, which reads from memory. name stands for the file in messages.
[[nodiscard]] Result<CaptureSummary> analyzeCaptureStream(FILE *file, const QString &name,
                                                          TaskControl &control,
                                                          const CaptureLimits &limits = {});

// Findings from the summary. Pure.
[[nodiscard]] QList<Finding> captureFindings(const CaptureSummary &summary);
// Half the ClientHellos or more were cut by the snap length: nothing can be concluded
// from the few complete ones.
[[nodiscard]] bool mostHellosCut(const CaptureSummary &summary);

} // namespace SniDoctor
