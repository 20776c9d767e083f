#pragma once

#include <QString>

namespace SniDoctor {

// yaml-cpp's own message ("illegal map value", "end of map not found", "unknown escape
// character: q") in the current language, so that a Spanish sentence does not quote
// the parser in English. Messages it does not know come back as they are.
[[nodiscard]] QString yamlMessageText(const QString &message);

} // namespace SniDoctor
