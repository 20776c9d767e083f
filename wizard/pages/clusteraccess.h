#pragma once

#include "cluster/clusterfetch.h"

#include <QString>

#include <functional>

class QWidget;

namespace SniDoctor {

// Acts on a cluster the kubectl way, but asks first when the context's credential
// plugin would run: the exact command is shown, and the answer is remembered per
// kubeconfig and command (a changed command asks again). Asked with a window-modal box
// that answers through a signal: no nested event loop. go runs with the request
// (runPlugin set when the user agreed), at once when no plugin is needed or it was
// agreed before; refused runs on No. What the routes page (Connect), the logs page
// (Fetch) and step 7 (Dry run, Apply) share.
void withClusterConsent(QWidget *parent, const ClusterTarget &target,
                        std::function<void(const ClusterRequest &)> go,
                        std::function<void()> refused);

// Shows what credential plugins write on their standard error while they run (a
// device code to enter, a URL to open: AKS kubelogin, aws sso) in a window beside
// window, the code selectable and the URLs clickable; until window is destroyed.
void showPluginOutputBeside(QWidget *window);

// The plugin's words as HTML: escaped, each URL a link.
[[nodiscard]] QString pluginOutputHtml(const QString &text);

} // namespace SniDoctor
