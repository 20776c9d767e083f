#include "cli/cli.h"

#include "probe/endpointinput.h"

#include <QRegularExpression>

#include "case/stepmodule.h"
#include "cluster/clusterfetch.h"
#include "overrides/overridesvalidator.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace SniDoctor::Cli {

namespace {

bool jsonAsked = false; // the command line has --json: an error is a JSON object too

std::atomic_bool g_interrupted{false};
std::atomic<CancelFlag *> g_cancel{nullptr};

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
    if (CancelFlag *cancel = g_cancel.load())
        cancel->cancel();
}

// What the commands print, with every control character but newline and tab shown
// as \x1b (and C1 controls as \u009b): file names, route names, notes and log lines
// come from files the user did not write, and must not clear the screen, set the
// window title or forge a line of output.
class TerminalSafe final : public QIODevice
{
public:
    explicit TerminalSafe(int fd)
        : m_fd(fd)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        // Runs of plain bytes are copied whole; only control bytes (and C1 controls,
        // 0xC2 0x80..0x9F in UTF-8) are escaped. Nothing to escape: written as given.
        QByteArray safe;
        qint64 run = 0; // where the current run of plain bytes starts
        const auto plain = [](unsigned char byte) {
            return !((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7f || byte == 0xc2);
        };
        for (qint64 i = 0; i < size; ++i) {
            const auto byte = static_cast<unsigned char>(data[i]);
            if (m_lead) { // after 0xC2: U+0080..U+009F are C1 controls
                m_lead = false;
                if (byte >= 0x80 && byte <= 0x9f) {
                    safe += "\\u00" + QByteArray::number(byte, 16);
                    run = i + 1;
                    continue;
                }
                safe += char(0xc2);
            }
            if (plain(byte))
                continue;
            if (safe.isEmpty())
                safe.reserve(size + 16);
            safe.append(data + run, i - run);
            run = i + 1;
            if (byte == 0xc2)
                m_lead = true;
            else
                safe += "\\x" + QByteArray::number(byte, 16).rightJustified(2, '0');
        }
        const char *bytes = data;
        qint64 length = size;
        if (run > 0 || !safe.isEmpty()) {
            safe.append(data + run, size - run);
            bytes = safe.constData();
            length = safe.size();
        }
        qint64 done = 0;
        while (done < length) {
            const ssize_t written = ::write(m_fd, bytes + done, size_t(length - done));
            if (written < 0 && errno == EINTR)
                continue;
            if (written <= 0)
                return -1;
            done += written;
        }
        return size;
    }

private:
    int m_fd;
    bool m_lead = false;
};

} // namespace

QTextStream &out()
{
    static TerminalSafe device(STDOUT_FILENO);
    static QTextStream stream(&device);
    return stream;
}

QTextStream &err()
{
    static TerminalSafe device(STDERR_FILENO);
    static QTextStream stream(&device);
    return stream;
}

Interruptible::Interruptible()
{
    g_cancel.store(&m_cancel);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

Interruptible::~Interruptible()
{
    g_cancel.store(nullptr);
}

bool Interruptible::interrupted()
{
    return g_interrupted.load();
}

QCommandLineOption helpOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                              CommandLine::tr("This help."));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), CommandLine::tr("Print one JSON object."));
}

ClusterOptions::ClusterOptions(const QString &kubeconfigHelp, const QString &namespaceHelp)
    : kubeconfig(QStringLiteral("kubeconfig"), kubeconfigHelp, QStringLiteral("FILE"))
    , context(QStringLiteral("context"),
              CommandLine::tr("The kubeconfig context (its current-context by default)."),
              QStringLiteral("NAME"))
    , ns(QStringList{QStringLiteral("n"), QStringLiteral("namespace")}, namespaceHelp,
         QStringLiteral("NS"))
    , as(QStringLiteral("as"),
         CommandLine::tr("Act as this user (kubectl's impersonation, over the kubeconfig's as)."),
         QStringLiteral("USER"))
    , asGroup(QStringLiteral("as-group"),
              CommandLine::tr("Act as a member of this group (repeat for several)."),
              QStringLiteral("GROUP"))
    , asUid(QStringLiteral("as-uid"), CommandLine::tr("Act as this user UID."),
            QStringLiteral("UID"))
    , requestTimeout(QStringLiteral("request-timeout"),
                     CommandLine::tr("How long one request to the cluster may take, as kubectl: "
                                     "30s, 2m, 1h or seconds; 0 for no limit (default: 30s, and "
                                     "none while following logs)."),
                     QStringLiteral("DURATION"))
{}

void ClusterOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({kubeconfig, context, ns, as, asGroup, asUid, requestTimeout});
}

namespace {

// kubectl's --request-timeout: a whole number of seconds, or a Go duration such as
// 1m30s or 500ms (at most a day). -2 when it is neither.
int requestTimeoutMs(const QString &text)
{
    const qint64 ms = goDurationMs(text, 86400000);
    return ms < 0 ? -2 : int(ms);
}

} // namespace

qint64 goDurationMs(const QString &text, qint64 maxMs)
{
    const QString value = text.trimmed();
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return seconds >= 0 && seconds <= maxMs / 1000 ? seconds * 1000 : -1;
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?)(ms|s|m|h)"));
    qint64 total = 0;
    qsizetype at = 0;
    while (at < value.size()) {
        const QRegularExpressionMatch match =
            part.match(value, at, QRegularExpression::NormalMatch,
                       QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch())
            return -1;
        const double number = match.captured(1).toDouble();
        const QString unit = match.captured(2);
        total += qint64(number * (unit == QLatin1String("ms")  ? 1
                                  : unit == QLatin1String("s") ? 1000
                                  : unit == QLatin1String("m") ? 60000
                                                               : 3600000));
        if (total > maxMs)
            return -1;
        at = match.capturedEnd();
    }
    return value.isEmpty() ? -1 : total;
}

void warnAboutEvents(const Error &eventsError)
{
    if (eventsError.isNull())
        return;
    err() << CommandLine::tr("Warning: the ApigeeRoutes' events could not be listed, so they are "
                             "shown without them: %1")
                 .arg(eventsError.message())
          << '\n';
    err().flush();
}

PodLogCliOptions::PodLogCliOptions()
    : selector(QStringList{QStringLiteral("l"), QStringLiteral("selector")},
               CommandLine::tr("The ingress pods' label selector, as kubectl -l (default "
                               "app=apigee-ingressgateway; older layouts: "
                               "app=istio-ingressgateway -n istio-system)."),
               QStringLiteral("SELECTOR"))
    , container(QStringList{QStringLiteral("c"), QStringLiteral("container")},
                CommandLine::tr("Read this container's log in every pod (default: the pod's "
                                "default container, else the one that holds the access log)."),
                QStringLiteral("NAME"))
    , previous(QStringLiteral("previous"),
               CommandLine::tr("Also read the previous instance of containers that restarted."))
    , since(QStringLiteral("since"),
            CommandLine::tr("Read only lines newer than this, as kubectl: 30s, 5m, 1h."),
            QStringLiteral("DURATION"))
    , tail(QStringLiteral("tail"),
           CommandLine::tr("Read only the last N lines of each log (all by default)."),
           QStringLiteral("N"), QStringLiteral("0"))
{}

void PodLogCliOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({selector, container, previous, since, tail});
}

std::optional<int> PodLogCliOptions::read(const QCommandLineParser &parser, PodLogOptions &options,
                                          ClusterTarget &target) const
{
    bool ok = false;
    options.tailLines = parser.value(tail).toInt(&ok);
    if (!ok || options.tailLines < 0)
        return fail(
            CommandLine::tr("--tail takes a number of lines, not \"%1\".").arg(parser.value(tail)),
            ExitUsage);
    if (parser.isSet(since)) {
        const qint64 ms = goDurationMs(parser.value(since), qint64(10) * 366 * 86400000);
        if (ms <= 0)
            return fail(CommandLine::tr("--since takes a duration such as 30s, 5m or 1h, not "
                                        "\"%1\".")
                            .arg(parser.value(since)),
                        ExitUsage);
        options.sinceSeconds = qMax<qint64>(1, (ms + 999) / 1000);
    }
    options.container = parser.value(container).trimmed();
    options.previous = parser.isSet(previous);
    target.podSelector = parser.value(selector).trimmed();
    return std::nullopt;
}

bool ClusterOptions::isSet(const QCommandLineParser &parser) const
{
    return parser.isSet(kubeconfig) || parser.isSet(context);
}

ClusterTarget ClusterOptions::target(const QCommandLineParser &parser) const
{
    ClusterTarget target{parser.value(kubeconfig), parser.value(context), parser.value(ns)};
    target.as = parser.value(as);
    target.asGroups = parser.values(asGroup);
    target.asUid = parser.value(asUid);
    if (parser.isSet(requestTimeout))
        target.requestTimeoutMs = requestTimeoutMs(parser.value(requestTimeout));
    return target;
}

HybridOptions::HybridOptions()
    : version(QStringLiteral("hybrid-version"),
              CommandLine::tr("Check overrides.yaml as this Apigee hybrid release (1.2 to 1.16) "
                              "instead of the one its keys suggest."),
              QStringLiteral("X.Y"))
    , layout(QStringLiteral("layout"),
             CommandLine::tr("How it is installed: helm or apigeectl (default: from the file)."),
             QStringLiteral("helm|apigeectl"))
{}

void HybridOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({version, layout});
}

std::optional<int> HybridOptions::apply(const QCommandLineParser &parser,
                                        OverridesContext &context) const
{
    if (parser.isSet(version)) {
        context.version = HybridVersion::parse(parser.value(version));
        if (!context.version)
            return fail(CommandLine::tr("--hybrid-version %1 is not an Apigee hybrid release: give "
                                        "one from 1.1 to 1.16, such as 1.12.")
                            .arg(parser.value(version)),
                        ExitUsage);
    }
    if (parser.isSet(layout)) {
        context.layout = hybridLayoutFromId(parser.value(layout));
        if (!context.layout)
            return fail(
                CommandLine::tr("--layout is helm or apigeectl, not %1.").arg(parser.value(layout)),
                ExitUsage);
    }
    return std::nullopt;
}

Result<ClusterRequest> resolvedCluster(const ClusterTarget &target)
{
    if (target.requestTimeoutMs == -2)
        return Error(ClusterError::BadRequestTimeout);
    if (target.as.isEmpty() && (!target.asGroups.isEmpty() || !target.asUid.isEmpty()))
        return Error(ClusterError::ImpersonationWithoutUser);
    // Like kubectl, the command line runs the context's credential plugin.
    const Result<ResolvedCluster> resolved = resolveCluster(ClusterRequest::to(target, true));
    if (!resolved)
        return resolved.error();
    if (resolved.value().insecureSkipTlsVerify)
        err() << CommandLine::tr("Warning: the cluster's certificate is not verified "
                                 "(insecure-skip-tls-verify).")
              << '\n';
    ClusterRequest request = ClusterRequest::to(target, true);
    request.context = resolved.value().context;
    request.ns = resolved.value().ns;
    return request;
}

std::optional<int> parseOrHelp(QCommandLineParser &parser, const QStringList &arguments,
                               const QCommandLineOption &help, const QString &command)
{
    jsonAsked = arguments.contains(QStringLiteral("--json"));
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // The usage line names the program as started (argv[0]); name the command
        // instead, and leave the description's words alone.
        QString text = parser.helpText();
        const QString usage = QStringLiteral("Usage: ") + QCoreApplication::arguments().value(0);
        if (text.startsWith(usage))
            text.replace(0, usage.size(), QStringLiteral("Usage: ") + command);
        out() << text;
        return ExitNoProblem;
    }
    return std::nullopt;
}

std::optional<HostPort> parseHostPort(const QString &text)
{
    // The engine's reading: HOST, HOST:PORT, [IPv6]:PORT or a URL pasted whole.
    const EndpointInput input = parseEndpointInput(text);
    if (!input.ok())
        return std::nullopt;
    return HostPort{input.host, input.port.value_or(443)};
}

namespace {

int failWith(const QString &id, const QString &message, int code)
{
    err() << message << '\n';
    err().flush();
    if (jsonAsked) {
        // A script reading --json gets an object whatever happened.
        out() << QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                            QJsonObject{{QStringLiteral("id"), id},
                                                        {QStringLiteral("message"), message},
                                                        {QStringLiteral("exit_code"), code}}}})
                     .toJson(QJsonDocument::Indented);
        out().flush();
    }
    return code;
}

} // namespace

int fail(const Error &error, int code)
{
    return failWith(error.id(), error.message(), code);
}

int fail(const QString &message, int code)
{
    return failWith(code == ExitUsage ? QStringLiteral("usage") : QStringLiteral("error"), message,
                    code);
}

void printTable(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (int column = 0; column < headers.size(); ++column) {
        qsizetype width = headers[column].size();
        for (const QStringList &row : rows)
            width = std::max(width, row.value(column).size());
        widths << width + 2;
    }
    const auto printRow = [&widths](const QStringList &cells) {
        QString line;
        for (int column = 0; column < cells.size(); ++column)
            line += cells[column] +
                    QString(std::max<qsizetype>(0, widths[column] - cells[column].size()),
                            QLatin1Char(' '));
        out() << QStringLiteral("  ") << line.trimmed() << '\n';
    };
    printRow(headers);
    for (const QStringList &row : rows)
        printRow(row);
}

void printFindings(Step step, const QList<Finding> &findings, const char *separator)
{
    const StepModule &module = stepModule(step);
    for (const Finding &finding : findings) {
        out() << separator
              << QStringLiteral("[%1] %2 (%3)\n")
                     .arg(severityId(finding.severity), module.findingTitle(finding), finding.id)
              << "    " << module.findingDetail(finding) << '\n';
    }
}

void printJson(const QJsonObject &json)
{
    out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    out().flush();
}

} // namespace SniDoctor::Cli
