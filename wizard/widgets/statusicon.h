#pragma once

#include <QIcon>

namespace SniDoctor {

// Icons painted at the exact device pixel size they are shown at, in colours chosen
// for the current palette: crisp on high-DPI screens, readable on dark themes, and no
// image files or image plugins to ship.
enum class StatusGlyph
{
    Ok,      // green check
    Info,    // blue "i"
    Warning, // amber "!"
    Error,   // red cross
    Pending, // hollow circle: not run yet
    Current, // filled arrow: the step shown now
    Running, // three dots
    App,     // the application icon: a padlock with a question mark
};

[[nodiscard]] QIcon statusIcon(StatusGlyph glyph);

} // namespace SniDoctor
