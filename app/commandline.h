#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace SniDoctor {

// Exit codes shared by every subcommand.
enum ExitCode
{
    ExitNoProblem = 0,
    ExitProblemFound = 1, // at least one finding of severity error
    ExitUsage = 2,        // usage or input error
    ExitIncomplete = 3,   // could not complete: unreachable, timeout, canceled
};

// The headless command line over the same engine as the wizard. Runs on the calling
// thread; Ctrl+C cancels a probe and stops the lab.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(SniDoctor::CommandLine)

public:
    // True when the arguments ask for the command line rather than the window.
    [[nodiscard]] static bool wantsCommandLine(const QStringList &arguments);
    // arguments as QCoreApplication::arguments() gives them (program name first).
    [[nodiscard]] static int run(const QStringList &arguments);
    // What `sni-doctor` does without a display: start the lab in strict mode on a free
    // loopback port and probe it, printing the report. Returns 0 when it ran.
    [[nodiscard]] static int runHeadlessDemo();

private:
    static int probe(const QStringList &arguments);
    static int lab(const QStringList &arguments);
    static int logs(const QStringList &arguments);
    static int capture(const QStringList &arguments);
    static int routes(const QStringList &arguments);
    static int pods(const QStringList &arguments);
    static int overrides(const QStringList &arguments);
    static int diagnoseCommand(const QStringList &arguments);
    static int bundle(const QStringList &arguments);
    static int review(const QStringList &arguments);
    static void printHelp();
};

} // namespace SniDoctor
