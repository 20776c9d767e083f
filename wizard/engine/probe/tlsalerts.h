#pragma once

#include <QString>

namespace SniDoctor {

// The TLS alert's name as RFC 8446 (and RFC 5246 before it) spells it, e.g. 112 ->
// "unrecognized_name"; "alert_N" for codes no RFC names.
[[nodiscard]] QString tlsAlertName(int description);

} // namespace SniDoctor
