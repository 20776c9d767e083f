#pragma once

#include "case/step.h"
#include "cluster/kubeclient.h"
#include "core/finding.h"
#include "core/result.h"
#include "core/taskcontrol.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace SniDoctor {

struct ClusterRequest;
struct ClusterTarget;
struct OverridesContext;

// Exit codes shared by every command.
enum ExitCode
{
    ExitNoProblem = 0,
    ExitProblemFound = 1, // at least one finding of severity error
    ExitUsage = 2,        // usage or input error
    ExitIncomplete = 3,   // could not complete: unreachable, timeout, canceled
};

// The headless command line over the same engine as the wizard. Runs on the calling
// thread; Ctrl+C cancels what runs and stops the lab. The words of every command are
// in this class's translation context.
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
};

namespace Cli {

// One command of `sni-doctor COMMAND`: the command table (commands.cpp) lists them for
// dispatch and --help.
struct Command
{
    const char *name;
    const char *usage;   // language-neutral: "probe HOST[:PORT] [--connect ADDRESS] ..."
    const char *summary; // QT_TRANSLATE_NOOP("SniDoctor::CommandLine", ...)
    int (*run)(const QStringList &arguments); // arguments[0] is the command's name
};
[[nodiscard]] const QList<Command> &commands();

[[nodiscard]] QTextStream &out();
[[nodiscard]] QTextStream &err();

// While it lives, Ctrl+C and SIGTERM cancel control(): RAII for every command that
// runs engine work.
class Interruptible final
{
public:
    Interruptible();
    ~Interruptible();
    Interruptible(const Interruptible &) = delete;
    Interruptible &operator=(const Interruptible &) = delete;

    [[nodiscard]] TaskControl &control() { return m_cancel; }
    // True once Ctrl+C or SIGTERM arrived (the lab waits for it).
    [[nodiscard]] static bool interrupted();

private:
    CancelFlag m_cancel;
};

// The options every command has, and the ones several share.
[[nodiscard]] QCommandLineOption helpOption();
[[nodiscard]] QCommandLineOption jsonOption();
struct ClusterOptions
{
    ClusterOptions(const QString &kubeconfigHelp, const QString &namespaceHelp);
    QCommandLineOption kubeconfig;
    QCommandLineOption context;
    QCommandLineOption ns;
    QCommandLineOption as;
    QCommandLineOption asGroup;
    QCommandLineOption asUid;
    QCommandLineOption requestTimeout;
    void addTo(QCommandLineParser &parser) const;
    [[nodiscard]] bool isSet(const QCommandLineParser &parser) const;
    [[nodiscard]] ClusterTarget target(const QCommandLineParser &parser) const;
};

// The ingress pods and their logs as kubectl picks them: -l/--selector, -c/--container,
// --previous, --since and --tail.
struct PodLogCliOptions
{
    PodLogCliOptions();
    QCommandLineOption selector;
    QCommandLineOption container;
    QCommandLineOption previous;
    QCommandLineOption since;
    QCommandLineOption tail;
    void addTo(QCommandLineParser &parser) const;
    // Reads them into options and target (the selector); an exit code (after saying
    // why) when a value is not one.
    [[nodiscard]] std::optional<int> read(const QCommandLineParser &parser, PodLogOptions &options,
                                          ClusterTarget &target) const;
};

// On standard error, when the routes' events could not be listed (a 403 when the
// user may list routes but not events): the routes come without their events.
void warnAboutEvents(const Error &eventsError);

// A Go duration as kubectl reads one (1h, 2m30s, 500ms) or whole seconds; -1 when it
// is neither or longer than maxMs.
[[nodiscard]] qint64 goDurationMs(const QString &text, qint64 maxMs);

// --hybrid-version X.Y and --layout helm|apigeectl: the release an overrides.yaml is
// checked as, instead of the one its keys suggest.
struct HybridOptions
{
    HybridOptions();
    QCommandLineOption version;
    QCommandLineOption layout;
    void addTo(QCommandLineParser &parser) const;
    // Sets them in context; an exit code (after saying why) when a value is not one.
    [[nodiscard]] std::optional<int> apply(const QCommandLineParser &parser,
                                           OverridesContext &context) const;
};

// The cluster of a target the kubectl way, resolved (context, namespace), with the
// plugin allowed as kubectl allows it; says on standard error when the server's
// certificate will not be checked. An Error for a kubeconfig or credentials that cannot
// be used (exit code 2), before any request.
[[nodiscard]] Result<ClusterRequest> resolvedCluster(const ClusterTarget &target);

// Parses a command's options; when that fails or --help was asked, says so and gives
// the exit code to return.
[[nodiscard]] std::optional<int> parseOrHelp(QCommandLineParser &parser,
                                             const QStringList &arguments,
                                             const QCommandLineOption &help,
                                             const QString &command);

// HOST, HOST:PORT, [IPv6]:PORT or a bare IPv6 address.
struct HostPort
{
    QString host;
    quint16 port = 443;
};
[[nodiscard]] std::optional<HostPort> parseHostPort(const QString &text);

// Says an error on standard error and returns the exit code.
int fail(const Error &error, int code);
int fail(const QString &message, int code);

// Columns as wide as their widest cell, two spaces apart, indented by two.
void printTable(const QStringList &headers, const QList<QStringList> &rows);
// "[error] Title (id)" and the detail under it, for each finding of a step.
void printFindings(Step step, const QList<Finding> &findings, const char *separator = "");
void printJson(const QJsonObject &json);

} // namespace Cli

} // namespace SniDoctor
