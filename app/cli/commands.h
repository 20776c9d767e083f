#pragma once

#include <QStringList>

// The commands of `sni-doctor COMMAND`, one file each under app/cli/.
namespace SniDoctor::Cli {

int probeCommand(const QStringList &arguments);
int labCommand(const QStringList &arguments);
int logsCommand(const QStringList &arguments);
int captureCommand(const QStringList &arguments);
int routesCommand(const QStringList &arguments);
int podsCommand(const QStringList &arguments);
int watchCommand(const QStringList &arguments);
int overridesCommand(const QStringList &arguments);
int diagnoseCommand(const QStringList &arguments);
int bundleCommand(const QStringList &arguments);
int reviewCommand(const QStringList &arguments);

} // namespace SniDoctor::Cli
