#pragma once

#include <QString>

#include <optional>

namespace SniDoctor {

// What a user typed or pasted where a host name goes, read as kindly as a browser's
// address bar: a bare host name or IP address, HOST:PORT, [IPv6]:PORT, or a whole URL
// (https://api-test.mydomain.com:8443/v1/customers), whose scheme, user, path, query
// and fragment are not needed by a TLS probe and are dropped (said in droppedParts).
struct EndpointInput
{
    QString host;                // lower-case, without brackets or a trailing dot
    std::optional<quint16> port; // when the text gave one (or the URL's scheme implies one)
    QString droppedParts;        // "https://", "/v1/customers": what was left out
    QString problem;             // why it is not a host name, in the current language
    [[nodiscard]] bool ok() const { return problem.isEmpty() && !host.isEmpty(); }
};

[[nodiscard]] EndpointInput parseEndpointInput(const QString &text);

// A DNS host name as TLS's server_name may carry it (RFC 1123 labels of letters,
// digits and hyphens, up to 63 bytes each and 253 in all; underscores allowed, as
// real internal names have them), or an IPv4/IPv6 address.
[[nodiscard]] bool isHostNameOrAddress(const QString &host);

} // namespace SniDoctor
