#pragma once

#include "accesslog/accesslogline.h"
#include "accesslog/accesslogsummary.h"
#include "core/result.h"
#include "core/taskcontrol.h"

#include <QByteArray>

#include <functional>
#include <memory>
#include <string_view>

namespace SniDoctor {

// Why a log file cannot be read.
enum class AccessLogError
{
    NoSuchFile,       // log_unreadable {file}
    IsFolder,         // log_unreadable {file}
    PermissionDenied, // log_unreadable {file}
    Unreadable,       // log_unreadable {file, reason}: the system's or the decompressor's words
};
[[nodiscard]] const ErrorDomain &errorDomain(AccessLogError);

struct AccessLogLimits
{
    int maxClients = 10000; // refused clients tracked one by one; the rest go to "others"
    int maxNames = 1000;    // per table of names (SNI hosts, details, flags, protocols)
    int samplesPerClass = 5;
    int unparsedKept = 10;
    qsizetype maxLineBytes = 1 << 20; // longer lines are counted as unparsed, never buffered
};

// Streaming analysis of ingress access logs: feed it bytes in chunks of any size,
// from any source (files, standard input, pasted text, a stream from the cluster);
// it splits lines, reads each with AccessLogLineScanner and keeps aggregates only.
// Not thread-safe: one analyzer per task.
class AccessLogAnalyzer final
{
public:
    explicit AccessLogAnalyzer(const AccessLogLimits &limits = {});
    ~AccessLogAnalyzer();
    AccessLogAnalyzer(const AccessLogAnalyzer &) = delete;
    AccessLogAnalyzer &operator=(const AccessLogAnalyzer &) = delete;

    // Starts a new input: line numbers restart at 1; samples name it.
    void beginInput(const QString &name);
    void feed(const char *data, qsizetype size);
    // Reads a last line that has no line break. Call once per beginInput.
    void endInput();
    // Records that the current input could not be read to its end (a damaged or cut
    // compressed file): what was read is kept, and a finding says where it stopped.
    void noteInputError(const QString &input, qint64 offset, const QString &reason);
    // The aggregates so far, sorted, with their findings.
    [[nodiscard]] AccessLogSummary summary() const;

    // Called for every record as it is read, after it is counted, with the record's
    // fields (views valid during the call only), its class and its time (ms since the
    // epoch, -1 when unknown): what a live view (IngressWatch) shows line by line.
    using RecordObserver =
        std::function<void(const AccessLogLine &line, LogClass logClass, qint64 ms)>;
    void setRecordObserver(RecordObserver observer);

private:
    struct State;
    std::unique_ptr<State> d;
};

// Reads the files (plain, or compressed with gzip, bzip2, xz or zstd: recognised by
// their content) one after the other; "-" reads standard input. Blocking: call from
// a worker thread. Progress is bytes read of the total; control.isCanceled() is
// checked between chunks of 1 MiB. An unreadable file is an Error naming it; what is
// inside a file is never an error (garbage lines are counted and reported).
[[nodiscard]] Result<AccessLogSummary> analyzeAccessLogFiles(const QStringList &paths,
                                                             TaskControl &control,
                                                             const AccessLogLimits &limits = {});

// The same for text the user pasted. name appears in samples ("pasted text").
[[nodiscard]] AccessLogSummary analyzeAccessLogText(const QByteArray &text, const QString &name,
                                                    const AccessLogLimits &limits = {});

// The client's address of a remote_address without the ephemeral port, as the summary
// counts clients: "10.138.0.28:19432" -> "10.138.0.28", "[::1]:443" -> "::1".
[[nodiscard]] std::string_view accessLogClientAddress(std::string_view remoteAddress);

// Derives the findings from the aggregates. Pure.
[[nodiscard]] QList<Finding> accessLogFindings(const AccessLogSummary &summary);

} // namespace SniDoctor
