#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <string_view>

namespace SniDoctor {

// What a ClientHello says about the client, read from its handshake message.
struct ClientHelloInfo
{
    bool hasSni = false;                // the server_name extension is present
    QString sni;                        // its host name; empty when the client sent none
    quint16 legacyVersion = 0;          // the handshake's client_version
    QList<quint16> versions;            // supported_versions, GREASE removed; empty when absent
    QStringList alpn;                   // offered protocols, in order
    QList<quint16> cipherSuites;        // in order, GREASE included
    QList<quint16> extensions;          // types in order, GREASE included
    QList<quint16> signatureAlgorithms; // in order
    QString ja4;                        // FoxIO's JA4, e.g. t13d1516h2_8daaf6152771_d8a2da3f94cd

    // "TLSv1.3", ... for the highest version offered (supported_versions or legacy).
    [[nodiscard]] QString highestVersionName() const;
};

enum class HelloParse
{
    Ok,
    Incomplete,
    Malformed
};

// Parses a handshake message (type 1 and its 3-byte length first). Incomplete when
// the bytes end before the length says; Malformed when a length or a field is
// inconsistent. Never reads outside message. Safe on any thread.
[[nodiscard]] HelloParse parseClientHello(std::string_view message, ClientHelloInfo &out);

// An SSLv2-compatible ClientHello (RFC 6101 E.2, sent by old Java and OpenSSL clients):
// its 2-byte record header first. Such a hello has no extensions, so never SNI; its
// cipher specs that map to TLS suites are listed. recordLength: the bytes it takes.
[[nodiscard]] HelloParse parseSslv2ClientHello(std::string_view record, ClientHelloInfo &out,
                                               size_t &recordLength);
// The first bytes of a client's stream could be an SSLv2-compatible ClientHello.
[[nodiscard]] bool looksLikeSslv2ClientHello(const unsigned char *data, size_t length);

// JA4 of a parsed hello (the "t" for TLS over TCP); exposed for tests.
[[nodiscard]] QString ja4Fingerprint(const ClientHelloInfo &hello);

[[nodiscard]] bool isGrease(quint16 value);
[[nodiscard]] QString tlsVersionName(quint16 version); // 0x0304 -> "TLSv1.3"

} // namespace SniDoctor
