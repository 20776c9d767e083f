#pragma once

#include "core/finding.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace SniDoctor {

// How the server answered a ClientHello.
enum class ServerReaction
{
    None,        // nothing seen before the connection or the file ended
    ServerHello, // detail: the version it chose
    Alert,       // detail: the alert's name
    Rst,
    Fin,
    Data,              // bytes that are not a TLS handshake or alert (not a TLS server?)
    HelloRetryRequest, // TLS 1.3: a ServerHello asking for another key share; the
                       // client's second ClientHello on the connection is its own hello
};

[[nodiscard]] QString serverReactionId(ServerReaction reaction); // "server_hello", "rst", ...

struct CaptureHello
{
    qint64 frame = 0; // 1-based; the packet that completes the ClientHello (Wireshark's convention)
    qint64 timeUs = 0; // microseconds since the epoch, UTC
    QString client;    // "ip:port" ("[v6]:port")
    QString server;
    bool complete = true;
    QString incompleteReason; // "snaplen", "end_of_file", "malformed" when not complete
    QString sni;              // empty: no SNI
    QString versions;         // offered versions, highest first: "TLSv1.3,TLSv1.2"
    QString alpn;             // "h2,http/1.1"
    int cipherCount = 0;
    QString ja4;
    bool sslv2 = false;    // the SSLv2-compatible format of old clients: never SNI
    QString proxiedClient; // "ip:port" a PROXY protocol header named: the real client
    ServerReaction reaction = ServerReaction::None;
    QString reactionDetail;
    qint64 reactionFrame = 0; // 0 when none
    double delayMs = -1;      // from the ClientHello to the reaction
};

struct CaptureClientStat
{
    QString client; // IP address, without the port
    qint64 withoutSni = 0;
    qint64 resets = 0; // of those, reset by the server
    QStringList ja4s;  // distinct JA4 of its hellos without SNI
};

struct CaptureNameCount
{
    QString name;
    qint64 count = 0;
};

// Language-neutral results of a capture. hellos holds every ClientHello when there
// are few and the first maxHellos otherwise; the counts always cover the whole file.
struct CaptureSummary
{
    QString file;
    QStringList linkTypes; // "LINUX_SLL2", "EN10MB", ...
    qint64 packets = 0;
    qint64 bytes = 0;
    qint64 tcpPackets = 0;
    qint64 connections = 0; // TCP connections with a ClientHello or a SYN seen
    qint64 clientHellos = 0;
    qint64 withoutSni = 0;
    qint64 resetAfterHello = 0; // RST from the server as the answer to a ClientHello
    qint64 resetWithoutSni = 0;
    qint64 incomplete = 0;
    qint64 incompleteSnaplen = 0; // of those, cut by the capture's snap length
    qint64 sslv2Hellos = 0;       // in the SSLv2-compatible format (counted without SNI)
    QList<CaptureHello> hellos;
    bool hellosTruncated = false; // more hellos than kept
    QList<CaptureClientStat> clientsWithoutSni;
    QList<CaptureNameCount> sniNames;
    QList<CaptureNameCount> ja4WithoutSni;
    QList<CaptureNameCount> encapsulations; // "VXLAN" -> packets decoded through it
    QList<CaptureNameCount> unreadable;     // "UDP 51820 (WireGuard, encrypted)" -> packets
    QString readError; // e.g. "truncated dump file" with the frame it stopped at
    qint64 readErrorFrame = 0;
    QList<Finding> findings;
    bool canceled = false;
};

} // namespace SniDoctor
