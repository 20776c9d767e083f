#pragma once

#include "core/result.h"
#include "core/taskcontrol.h"

#include <QByteArray>
#include <QString>

namespace SniDoctor {

// A capture as a support bundle may carry it: every frame kept, in order, with its
// headers (frame numbers and times as in the original, each frame's length on the wire
// kept), and of the TCP payload only the TLS handshake records of each connection up to
// the server's first answer (the ClientHello, the ServerHello or the alert: what step 3
// reads). Every other payload byte is cut, as `editcap -s` would: application data,
// plaintext HTTP, frames that are not TCP. Written as pcap; as pcapng (one interface
// per link type) when the capture's interfaces differ in link type, which pcap cannot say.
struct ReducedCapture
{
    QByteArray pcap;         // pcap or pcapng; empty when the capture holds no TLS handshake
    qint64 frames = 0;       // all of them, kept
    qint64 handshakes = 0;   // connections whose handshake bytes were kept
    qint64 bytesRemoved = 0; // payload bytes cut
    [[nodiscard]] bool hasTls() const { return handshakes > 0; }
};

// Reads path twice (to learn which connections are TLS, then to write), compressed or
// not. Errors are CaptureError's (unreadable, not a capture, link type).
[[nodiscard]] Result<ReducedCapture> reduceCapture(const QString &path, TaskControl &control);

} // namespace SniDoctor
