#pragma once

#include "probe/tlsprobe.h"

#include <QJsonObject>

namespace SniDoctor {

// The report as `sni-doctor probe --json` prints it: target {host, port, address},
// attempts [...], findings [{id, severity, title, detail}]. Titles and details are
// in the current language.
[[nodiscard]] QJsonObject probeReportToJson(const ProbeReport &report);

} // namespace SniDoctor
