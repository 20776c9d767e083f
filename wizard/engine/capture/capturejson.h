#pragma once

#include "capture/capturesummary.h"

#include <QJsonObject>

namespace SniDoctor {

// The summary as `sni-doctor capture --json` prints it: file, link_types, packets,
// connections, client_hellos, summary, findings (in the current language).
[[nodiscard]] QJsonObject captureSummaryToJson(const CaptureSummary &summary);

} // namespace SniDoctor
