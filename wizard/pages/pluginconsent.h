#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace SniDoctor {

// Asks once whether the kubeconfig's credential plugin may run, showing the exact
// command; the answer is remembered per kubeconfig and command (a changed command
// asks again). Asked with a window-modal box that answers through a signal: no
// nested event loop. granted runs on Yes (or at once if agreed before); refused on No.
void askPluginConsent(QWidget *parent, const QString &kubeconfig, const QString &command,
                      std::function<void()> granted, std::function<void()> refused);

} // namespace SniDoctor
