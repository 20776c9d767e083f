#pragma once

#include <string>
#include <string_view>

namespace SniDoctor {

// One line of `kubectl logs` output from the ingress gateway, reduced to the fields
// the runbook reads. Views point into the line or into the scanner's scratch space
// (for strings with escapes): valid until the next scan.
struct AccessLogField
{
    std::string_view text; // the value, unescaped; for numbers their digits
    bool present = false;  // the key is in the object
    bool isString = false;

    // Unset as Envoy prints it: missing, null, "-" or "".
    [[nodiscard]] bool isSet() const
    {
        return present && !text.empty() && text != "-" && text != "null";
    }
};

enum class LineStatus
{
    Record,       // an access-log record
    Blank,        // empty or whitespace only: neither a record nor an error
    NotJson,      // text that is not a JSON object (start-up messages, stack traces)
    Truncated,    // a JSON object that ends before it closes
    BadJson,      // a JSON syntax error
    NotAccessLog, // valid JSON, but not an access-log record (no remote_address or start_time)
};

struct AccessLogLine
{
    AccessLogField startTime;
    AccessLogField remoteAddress;
    AccessLogField sniHost;
    AccessLogField statusDetails;
    AccessLogField responseFlags;
    AccessLogField status;
    AccessLogField tlsProtocol;
    std::string_view kubectlTime; // from `kubectl logs --timestamps`, empty when absent
    std::string_view pod;         // from `kubectl logs --prefix`: "pod/NAME/CONTAINER"
    size_t errorOffset = 0;       // where a NotJson/Truncated/BadJson line went wrong
};

// Reads one line (without its line break; a trailing '\r' is ignored) as `kubectl
// logs` prints the ingress access log: an optional "[pod/NAME/CONTAINER] " prefix,
// an optional RFC 3339 time and a space, then one JSON object. Only the fields above
// are extracted, but the whole object is checked for JSON syntax, every JSON escape
// (\uXXXX and surrogate pairs included) is decoded in the extracted strings, and
// nested values (apigee_dynamic_data) are skipped correctly. Never allocates once its
// scratch space has grown; never reads outside the line. Not thread-safe: one
// scanner per thread.
class AccessLogLineScanner final
{
public:
    [[nodiscard]] LineStatus scan(std::string_view line, AccessLogLine &out);

private:
    std::string m_scratch[7];
};

} // namespace SniDoctor
