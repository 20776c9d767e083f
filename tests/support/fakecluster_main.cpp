// A fake Apigee hybrid cluster for benchmarks and manual runs: the fake API server and
// two practice labs as ingress load balancers (tests/support/autocluster.h). Prints the
// kubeconfig's path, then serves until its standard input ends.
//
//   sni-doctor-fakecluster [--hosts N] [--virtual-hosts N] [--scenario
//   strict|wildcard|alert|mixed|unreachable]
#include "autocluster.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <thread>
#include <unistd.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption hosts("hosts", "Host names (12).", "N", "12");
    const QCommandLineOption virtualHosts("virtual-hosts", "Virtual hosts (3).", "N", "3");
    const QCommandLineOption scenario("scenario", "strict, wildcard, alert, mixed, unreachable.",
                                      "NAME", "strict");
    parser.addOptions({hosts, virtualHosts, scenario});
    parser.addHelpOption();
    parser.process(app);
    const QStringList names{"strict", "wildcard", "alert", "mixed", "unreachable"};
    const int index = int(names.indexOf(parser.value(scenario)));
    if (index < 0) {
        QTextStream(stderr) << "unknown scenario " << parser.value(scenario) << '\n';
        return 2;
    }
    AutoCluster cluster(AutoCluster::Scenario(index), parser.value(hosts).toInt(),
                        parser.value(virtualHosts).toInt());
    if (!cluster.start()) {
        QTextStream(stderr) << cluster.error() << '\n';
        return 1;
    }
    QTextStream(stdout) << cluster.writeKubeconfig() << Qt::endl;
    // Standard input's end (the caller closed it) stops the server: its files go too.
    std::thread([&app] {
        char buffer[256];
        while (::read(STDIN_FILENO, buffer, sizeof buffer) > 0) {
        }
        QMetaObject::invokeMethod(&app, &QCoreApplication::quit, Qt::QueuedConnection);
    }).detach();
    return app.exec();
}
