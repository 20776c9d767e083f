#include "accesslogline.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace SniDoctor {

namespace {

enum FieldIndex
{
    StartTime,
    RemoteAddress,
    SniHost,
    StatusDetails,
    ResponseFlags,
    Status,
    TlsProtocol,
    NotWanted
};

// The wanted keys, by length then content: one comparison in the common case.
FieldIndex fieldFor(std::string_view key)
{
    switch (key.size()) {
    case 6:
        return key == "status" ? Status : NotWanted;
    case 8:
        return key == "sni_host" ? SniHost : NotWanted;
    case 10:
        return key == "start_time" ? StartTime : NotWanted;
    case 12:
        return key == "tls_protocol" ? TlsProtocol : NotWanted;
    case 14:
        if (key == "remote_address")
            return RemoteAddress;
        return key == "status_details" ? StatusDetails : NotWanted;
    case 23:
        return key == "upstream_response_flags" ? ResponseFlags : NotWanted;
    default:
        return NotWanted;
    }
}

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(std::string &out, unsigned codePoint)
{
    if (codePoint < 0x80) {
        out += char(codePoint);
    } else if (codePoint < 0x800) {
        out += char(0xC0 | (codePoint >> 6));
        out += char(0x80 | (codePoint & 0x3F));
    } else if (codePoint < 0x10000) {
        out += char(0xE0 | (codePoint >> 12));
        out += char(0x80 | ((codePoint >> 6) & 0x3F));
        out += char(0x80 | (codePoint & 0x3F));
    } else {
        out += char(0xF0 | (codePoint >> 18));
        out += char(0x80 | ((codePoint >> 12) & 0x3F));
        out += char(0x80 | ((codePoint >> 6) & 0x3F));
        out += char(0x80 | (codePoint & 0x3F));
    }
}

bool readHex4(const char *p, const char *end, unsigned &value)
{
    if (end - p < 4)
        return false;
    value = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(p[i]);
        if (digit < 0)
            return false;
        value = value * 16 + unsigned(digit);
    }
    return true;
}

// Decodes the escapes of a JSON string body (between the quotes). A lone surrogate
// becomes U+FFFD, as every lenient decoder does. False on an invalid escape.
bool unescape(std::string_view body, std::string &out)
{
    out.clear();
    const char *p = body.data();
    const char *end = p + body.size();
    while (p < end) {
        const char *slash = static_cast<const char *>(std::memchr(p, '\\', size_t(end - p)));
        if (!slash) {
            out.append(p, size_t(end - p));
            break;
        }
        out.append(p, size_t(slash - p));
        p = slash + 1;
        if (p >= end)
            return false;
        switch (*p++) {
        case '"':
            out += '"';
            break;
        case '\\':
            out += '\\';
            break;
        case '/':
            out += '/';
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u': {
            unsigned unit;
            if (!readHex4(p, end, unit))
                return false;
            p += 4;
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                unsigned low;
                if (end - p >= 6 && p[0] == '\\' && p[1] == 'u' && readHex4(p + 2, end, low) &&
                    low >= 0xDC00 && low <= 0xDFFF) {
                    p += 6;
                    appendUtf8(out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
                } else {
                    appendUtf8(out, 0xFFFD);
                }
            } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
                appendUtf8(out, 0xFFFD);
            } else {
                appendUtf8(out, unit);
            }
            break;
        }
        default:
            return false;
        }
    }
    return true;
}

// The scanner's functions take and return a position, so that it stays in a
// register; nullptr means "stopped", with the reason in Failure.
struct Failure
{
    const char *at = nullptr;
    bool truncated = false;

    const char *stop(const char *where, bool cut)
    {
        at = where;
        truncated = cut;
        return nullptr;
    }
};

inline const char *skipSpace(const char *p, const char *end)
{
    // Envoy writes ", " and ": ", or nothing at all: one test each for those.
    if (p < end && *p == ' ')
        ++p;
    if (p < end && static_cast<unsigned char>(*p) <= ' ') {
        while (p < end && isSpace(*p))
            ++p;
    }
    return p;
}

// The next '"' or '\\' in [p, end), or nullptr. Strings in access logs are short
// (10 to 60 bytes): 16 bytes at a time inline beats a call to memchr, which is tuned
// for long spans, and finds the escapes in the same pass. Never reads outside [p, end).
inline const char *findQuoteOrBackslash(const char *p, const char *end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    while (end - p >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const int mask = _mm_movemask_epi8(
            _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)));
        if (mask != 0)
            return p + __builtin_ctz(static_cast<unsigned>(mask));
        p += 16;
    }
#endif
    while (p < end) {
        if (*p == '"' || *p == '\\')
            return p;
        ++p;
    }
    return nullptr;
}

// p at an opening quote. Returns the position after the closing quote and sets body
// to the text between; escaped tells whether it holds escapes (see unescape).
inline const char *skipString(const char *p, const char *end, std::string_view &body, bool &escaped,
                              Failure &failure)
{
    const char *start = ++p;
    escaped = false;
    for (;;) {
        const char *hit = findQuoteOrBackslash(p, end);
        if (!hit)
            return failure.stop(end, true);
        if (*hit == '"') {
            body = std::string_view(start, size_t(hit - start));
            return hit + 1;
        }
        // A backslash escapes the next byte, whatever it is ('"' and '\\' included);
        // the four hex digits of \uXXXX are never a quote or a backslash.
        escaped = true;
        p = hit + 2;
        if (p > end)
            return failure.stop(end, true);
    }
}

const char *skipLiteral(const char *p, const char *end, std::string_view word, Failure &failure)
{
    const size_t available = size_t(end - p);
    if (available < word.size())
        return failure.stop(end, std::memcmp(p, word.data(), available) == 0);
    if (std::memcmp(p, word.data(), word.size()) != 0)
        return failure.stop(p, false);
    return p + word.size();
}

const char *skipNumber(const char *p, const char *end, Failure &failure)
{
    auto digits = [end](const char *q) {
        while (q < end && *q >= '0' && *q <= '9')
            ++q;
        return q;
    };
    if (p < end && *p == '-')
        ++p;
    const char *q = digits(p);
    if (q == p)
        return failure.stop(p, p == end);
    p = q;
    if (p < end && *p == '.') {
        q = digits(p + 1);
        if (q == p + 1)
            return failure.stop(q, q == end);
        p = q;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        q = digits(p);
        if (q == p)
            return failure.stop(q, q == end);
        p = q;
    }
    return p;
}

const char *skipValue(const char *p, const char *end, int depth, Failure &failure);

// p at '{' or '['.
const char *skipContainer(const char *p, const char *end, int depth, Failure &failure)
{
    const char close = *p == '{' ? '}' : ']';
    const bool isObject = close == '}';
    p = skipSpace(p + 1, end);
    if (p == end)
        return failure.stop(end, true);
    if (*p == close)
        return p + 1;
    for (;;) {
        if (isObject) {
            if (p == end || *p != '"')
                return failure.stop(p, p == end);
            std::string_view key;
            bool escaped;
            if (!(p = skipString(p, end, key, escaped, failure)))
                return nullptr;
            p = skipSpace(p, end);
            if (p == end || *p != ':')
                return failure.stop(p, p == end);
            p = skipSpace(p + 1, end);
        }
        if (!(p = skipValue(p, end, depth + 1, failure)))
            return nullptr;
        p = skipSpace(p, end);
        if (p == end)
            return failure.stop(end, true);
        if (*p == close)
            return p + 1;
        if (*p != ',')
            return failure.stop(p, false);
        p = skipSpace(p + 1, end);
    }
}

const char *skipValue(const char *p, const char *end, int depth, Failure &failure)
{
    if (p == end)
        return failure.stop(end, true);
    if (depth > 64)
        return failure.stop(p, false); // deeper than any access log: refuse, do not recurse on
    switch (*p) {
    case '"': {
        std::string_view body;
        bool escaped;
        return skipString(p, end, body, escaped, failure);
    }
    case '{':
    case '[':
        return skipContainer(p, end, depth, failure);
    case 't':
        return skipLiteral(p, end, "true", failure);
    case 'f':
        return skipLiteral(p, end, "false", failure);
    case 'n':
        return skipLiteral(p, end, "null", failure);
    default:
        return skipNumber(p, end, failure);
    }
}

// "[pod/NAME/CONTAINER] " as kubectl logs --prefix writes it.
bool takePrefix(std::string_view &rest, std::string_view &pod)
{
    if (rest.size() < 4 || rest[0] != '[')
        return false;
    const size_t limit = std::min<size_t>(rest.size(), 512);
    const auto *close = static_cast<const char *>(std::memchr(rest.data() + 1, ']', limit - 1));
    if (!close || size_t(close - rest.data()) + 1 >= rest.size() || close[1] != ' ')
        return false;
    const std::string_view inside(rest.data() + 1, size_t(close - rest.data()) - 1);
    // A JSON array would hold quotes; kubectl's prefix holds slashes and no quotes.
    if (!std::memchr(inside.data(), '/', inside.size()) ||
        std::memchr(inside.data(), '"', inside.size()))
        return false;
    pod = inside;
    rest.remove_prefix(inside.size() + 3);
    return true;
}

// "2025-05-19T04:46:20.117154Z " as kubectl logs --timestamps writes it.
bool takeTimestamp(std::string_view &rest, std::string_view &time)
{
    if (rest.size() < 21 || rest[0] < '0' || rest[0] > '9' || rest[4] != '-' || rest[10] != 'T')
        return false;
    const auto *found =
        static_cast<const char *>(std::memchr(rest.data(), ' ', std::min<size_t>(rest.size(), 41)));
    if (!found)
        return false;
    const size_t space = size_t(found - rest.data());
    time = rest.substr(0, space);
    rest.remove_prefix(space + 1);
    return true;
}

} // namespace

LineStatus AccessLogLineScanner::scan(std::string_view line, AccessLogLine &out)
{
    out = AccessLogLine{};
    if (line.size() >= 3 && std::memcmp(line.data(), "\xEF\xBB\xBF", 3) == 0)
        line.remove_prefix(3);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
        line.remove_suffix(1);
    std::string_view rest = line;
    // kubectl puts the pod prefix first and the timestamp second; accept either order.
    for (int i = 0; i < 2; ++i) {
        if (out.pod.empty() && takePrefix(rest, out.pod))
            continue;
        if (out.kubectlTime.empty())
            takeTimestamp(rest, out.kubectlTime);
    }
    while (!rest.empty() && isSpace(rest.front()))
        rest.remove_prefix(1);
    if (rest.empty())
        return out.pod.empty() && out.kubectlTime.empty() ? LineStatus::Blank : LineStatus::NotJson;
    if (rest.front() != '{') {
        out.errorOffset = size_t(rest.data() - line.data());
        return LineStatus::NotJson;
    }

    AccessLogField *fields[] = {&out.startTime,     &out.remoteAddress, &out.sniHost,
                                &out.statusDetails, &out.responseFlags, &out.status,
                                &out.tlsProtocol};
    const char *end = rest.data() + rest.size();
    Failure failure;
    auto fail = [&]() {
        out.errorOffset = size_t(std::min(failure.at ? failure.at : end, end) - line.data());
        return failure.truncated || failure.at == end ? LineStatus::Truncated : LineStatus::BadJson;
    };
    const char *p = skipSpace(rest.data() + 1, end);
    if (p == end) {
        failure.stop(end, true);
        return fail();
    }
    if (*p != '}') {
        for (;;) {
            if (p == end || *p != '"') {
                failure.stop(p, p == end);
                return fail();
            }
            std::string_view key;
            bool keyEscaped;
            if (!(p = skipString(p, end, key, keyEscaped, failure)))
                return fail();
            FieldIndex index = fieldFor(key);
            if (keyEscaped) {
                // A key spelled with escapes ("sni\u005fhost") is still that key.
                std::string decoded;
                if (!unescape(key, decoded)) {
                    failure.stop(p, false);
                    return fail();
                }
                index = fieldFor(decoded);
            }
            p = skipSpace(p, end);
            if (p == end || *p != ':') {
                failure.stop(p, p == end);
                return fail();
            }
            p = skipSpace(p + 1, end);
            if (index == NotWanted) {
                // Inline the two values nearly every key has: a string or null.
                if (p < end && *p == '"') {
                    std::string_view body;
                    bool escaped;
                    if (!(p = skipString(p, end, body, escaped, failure)))
                        return fail();
                } else if (end - p >= 4 && std::memcmp(p, "null", 4) == 0) {
                    p += 4;
                } else if (!(p = skipValue(p, end, 1, failure))) {
                    return fail();
                }
            } else {
                AccessLogField &field = *fields[index];
                field = AccessLogField{};
                field.present = true;
                if (p == end) {
                    failure.stop(end, true);
                    return fail();
                }
                if (*p == '"') {
                    std::string_view body;
                    bool escaped;
                    if (!(p = skipString(p, end, body, escaped, failure)))
                        return fail();
                    field.isString = true;
                    if (escaped) {
                        if (!unescape(body, m_scratch[index])) {
                            failure.stop(p, false);
                            return fail();
                        }
                        field.text = m_scratch[index];
                    } else {
                        field.text = body;
                    }
                } else {
                    const char *start = p;
                    if (!(p = skipValue(p, end, 1, failure)))
                        return fail();
                    // null stays empty: unset. Numbers and literals keep their text.
                    if (*start != 'n')
                        field.text = std::string_view(start, size_t(p - start));
                }
            }
            p = skipSpace(p, end);
            if (p == end) {
                failure.stop(end, true);
                return fail();
            }
            if (*p == '}')
                break;
            if (*p != ',') {
                failure.stop(p, false);
                return fail();
            }
            p = skipSpace(p + 1, end);
        }
    }
    p = skipSpace(p + 1, end); // past '}'
    if (p != end) {
        out.errorOffset = size_t(p - line.data());
        return LineStatus::BadJson; // text after the object
    }
    if (!out.remoteAddress.present && !out.startTime.present)
        return LineStatus::NotAccessLog;
    return LineStatus::Record;
}

} // namespace SniDoctor
