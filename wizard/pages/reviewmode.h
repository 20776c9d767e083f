#pragma once

#include <QWidget>

#include <initializer_list>

namespace SniDoctor {

// Widgets that act on the live system (run a probe, connect to a cluster, open or
// change a file): disabled while the wizard reviews collected files.
inline constexpr char kLiveProperty[] = "sniDoctorLive";

inline void markLive(std::initializer_list<QWidget *> widgets)
{
    for (QWidget *widget : widgets)
        widget->setProperty(kLiveProperty, true);
}

} // namespace SniDoctor
