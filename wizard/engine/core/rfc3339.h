#pragma once

#include <QtGlobal>

#include <string_view>

namespace SniDoctor {

// Milliseconds since the Unix epoch for an RFC 3339 / ISO 8601 time as Envoy and
// kubectl --timestamps write them: "2025-05-19T04:46:20.117Z", with or without
// fraction (any number of digits, nanoseconds included), "Z" or a "+HH:MM" offset,
// "T" or a space between date and time. Returns false for anything else. No
// allocation; safe on any thread.
[[nodiscard]] bool parseRfc3339(std::string_view text, qint64 &msSinceEpoch);

} // namespace SniDoctor
