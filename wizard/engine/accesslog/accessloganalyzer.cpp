#include "accessloganalyzer.h"

#include "core/decompress.h"
#include "core/logging.h"

#include "core/rfc3339.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>
#include <string>
#include <sys/mman.h>
#include <unistd.h>
#include <unordered_map>

namespace SniDoctor {

namespace {

constexpr qsizetype kChunkBytes = 1 << 20;
constexpr qsizetype kSampleBytes = 4096;
constexpr qsizetype kExcerptBytes = 160;

// Heterogeneous lookup: find by string_view without building a std::string.
struct StringHash
{
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};
template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

struct ClientCounts
{
    qint64 nonSni = 0;
    qint64 unknownSni = 0;
    qint64 firstMs = -1;
    qint64 lastMs = -1;

    void add(LogClass logClass, qint64 ms)
    {
        (logClass == LogClass::NonSniRefused ? nonSni : unknownSni) += 1;
        if (ms >= 0) {
            firstMs = firstMs < 0 ? ms : std::min(firstMs, ms);
            lastMs = std::max(lastMs, ms);
        }
    }
};

// A table of names with a cap: names past the cap are counted under "others". The
// first few names (there are few SNI hosts, protocols, flags) are kept in a short
// array searched by length first, which beats hashing every record's strings.
struct NameTable
{
    static constexpr size_t kInline = 16;
    std::array<std::pair<std::string, qint64>, kInline> few;
    size_t fewUsed = 0;
    StringMap<qint64> many;
    qint64 others = 0;

    void add(std::string_view name, size_t cap)
    {
        for (size_t i = 0; i < fewUsed; ++i) {
            if (few[i].first.size() == name.size() && few[i].first == name) {
                ++few[i].second;
                return;
            }
        }
        if (fewUsed < kInline && fewUsed < cap) {
            few[fewUsed++] = {std::string(name), 1};
        } else if (auto it = many.find(name); it != many.end()) {
            ++it->second;
        } else if (fewUsed + many.size() < cap) {
            many.emplace(std::string(name), 1);
        } else {
            ++others;
        }
    }

    QList<LogNameCount> sorted() const
    {
        QList<LogNameCount> list;
        auto append = [&list](const std::string &name, qint64 count) {
            list << LogNameCount{QString::fromUtf8(name.data(), qsizetype(name.size())), count};
        };
        for (size_t i = 0; i < fewUsed; ++i)
            append(few[i].first, few[i].second);
        for (const auto &[name, count] : many)
            append(name, count);
        std::sort(list.begin(), list.end(), [](const LogNameCount &a, const LogNameCount &b) {
            return a.count != b.count ? a.count > b.count : a.name < b.name;
        });
        if (others > 0)
            list << LogNameCount{QStringLiteral("others"), others};
        return list;
    }
};

bool hasFlag(std::string_view flags, std::string_view flag)
{
    // Envoy joins several flags with commas: "UF,URX".
    size_t start = 0;
    while (start <= flags.size()) {
        const size_t comma = flags.find(',', start);
        const std::string_view one =
            flags.substr(start, comma == std::string_view::npos ? flags.npos : comma - start);
        if (one == flag)
            return true;
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    return false;
}

LogClass classify(const AccessLogLine &line)
{
    const bool sni = line.sniHost.isSet();
    const std::string_view details =
        line.statusDetails.isSet() ? line.statusDetails.text : std::string_view();
    const std::string_view flags =
        line.responseFlags.isSet() ? line.responseFlags.text : std::string_view();
    const bool noResponse = !line.status.isSet() || line.status.text == "0";
    const bool noFilterChain = details == "filter_chain_not_found" ||
                               (hasFlag(flags, "NR") && noResponse && details.empty());
    if (noFilterChain)
        return sni ? LogClass::UnknownSniRefused : LogClass::NonSniRefused;
    if (!flags.empty())
        return LogClass::OtherError;
    if (!details.empty() && details != "via_upstream" && details != "direct_response")
        return LogClass::OtherError;
    if (line.status.isSet() && line.status.text.size() == 3 && line.status.text[0] == '5')
        return LogClass::OtherError;
    return LogClass::Ok;
}

} // namespace

// "10.138.0.28:19432" -> "10.138.0.28"; "[::1]:443" -> "::1"; a bare IPv6 stays.
std::string_view accessLogClientAddress(std::string_view remote)
{
    if (!remote.empty() && remote.front() == '[') {
        const size_t close = remote.find(']');
        return close == std::string_view::npos ? remote : remote.substr(1, close - 1);
    }
    const size_t colon = remote.find(':');
    if (colon != std::string_view::npos && remote.find(':', colon + 1) == std::string_view::npos)
        return remote.substr(0, colon);
    return remote;
}

namespace {

QString reasonId(LineStatus status)
{
    switch (status) {
    case LineStatus::NotJson:
        return QStringLiteral("not_json");
    case LineStatus::Truncated:
        return QStringLiteral("truncated");
    case LineStatus::BadJson:
        return QStringLiteral("bad_json");
    case LineStatus::NotAccessLog:
        return QStringLiteral("not_access_log");
    default:
        return {};
    }
}

QString lossyText(std::string_view text, qsizetype cap)
{
    return QString::fromUtf8(text.data(), std::min<qsizetype>(qsizetype(text.size()), cap));
}

} // namespace

QString logClassId(LogClass logClass)
{
    switch (logClass) {
    case LogClass::NonSniRefused:
        return QStringLiteral("non_sni_refused");
    case LogClass::UnknownSniRefused:
        return QStringLiteral("unknown_sni_refused");
    case LogClass::Ok:
        return QStringLiteral("ok");
    case LogClass::OtherError:
        return QStringLiteral("other_error");
    }
    return {};
}

struct AccessLogAnalyzer::State
{
    AccessLogLimits limits;
    AccessLogLineScanner scanner;
    AccessLogLine line;
    AccessLogSummary summary; // scalar totals, samples and unparsed lines live here
    QString input;
    qint64 lineNumber = 0;
    std::string carry;     // a line split across chunks
    bool skipping = false; // inside a line longer than limits.maxLineBytes

    StringMap<ClientCounts> clients;
    ClientCounts otherClients;
    NameTable sniHosts, unknownSniHosts, protocols, details, flags;
    std::array<int, kLogClassCount> samplesTaken{};
    AccessLogAnalyzer::RecordObserver observer;

    // Consecutive records mostly fall in the same second: when a UTC time shares its
    // first 19 characters ("2025-05-19T04:46:20") with the previous one, only the
    // fraction is read.
    char lastSecond[19] = {};
    qint64 lastSecondMs = -1;
    bool parseTime(std::string_view text, qint64 &ms)
    {
        constexpr size_t kSecond = sizeof lastSecond;
        const bool utcWithFraction =
            text.size() > kSecond + 2 && text[kSecond] == '.' && text.back() == 'Z';
        if (utcWithFraction && lastSecondMs >= 0 &&
            std::memcmp(text.data(), lastSecond, kSecond) == 0) {
            qint64 fraction = 0;
            int scale = 100;
            for (size_t i = kSecond + 1; i + 1 < text.size(); ++i) {
                const char c = text[i];
                if (c < '0' || c > '9')
                    return parseRfc3339(text, ms);
                fraction += (c - '0') * scale;
                scale /= 10;
            }
            ms = lastSecondMs + fraction;
            return true;
        }
        if (!parseRfc3339(text, ms))
            return false;
        if (utcWithFraction) {
            std::memcpy(lastSecond, text.data(), kSecond);
            lastSecondMs = ms - ms % 1000;
        }
        return true;
    }

    void unparsedLine(const QString &reason, qint64 column, std::string_view text)
    {
        ++summary.unparsedLines;
        if (summary.unparsed.size() < limits.unparsedKept)
            summary.unparsed << LogUnparsedLine{input, lineNumber, column, reason,
                                                lossyText(text, kExcerptBytes)};
    }

    void processLine(std::string_view text)
    {
        ++lineNumber;
        ++summary.lines;
        const LineStatus status = scanner.scan(text, line);
        if (status == LineStatus::Blank) {
            ++summary.blankLines;
            return;
        }
        if (status != LineStatus::Record) {
            unparsedLine(reasonId(status), qint64(line.errorOffset) + 1, text);
            return;
        }
        ++summary.records;
        const LogClass logClass = classify(line);
        ++summary.classes[size_t(logClass)];

        qint64 ms = -1;
        if (!(line.startTime.isSet() && parseTime(line.startTime.text, ms)) &&
            !line.kubectlTime.empty())
            ms = parseTime(line.kubectlTime, ms) ? ms : -1;
        if (ms >= 0) {
            summary.firstMs = summary.firstMs < 0 ? ms : std::min(summary.firstMs, ms);
            summary.lastMs = std::max(summary.lastMs, ms);
            qint64 &first = summary.classFirstMs[size_t(logClass)];
            first = first < 0 ? ms : std::min(first, ms);
            summary.classLastMs[size_t(logClass)] =
                std::max(summary.classLastMs[size_t(logClass)], ms);
        }
        const size_t nameCap = size_t(limits.maxNames);
        if (line.sniHost.isSet())
            sniHosts.add(line.sniHost.text, nameCap);
        else if (logClass == LogClass::Ok)
            ++summary.nonSniServed;
        if (line.tlsProtocol.isSet())
            protocols.add(line.tlsProtocol.text, nameCap);
        if (line.statusDetails.isSet())
            details.add(line.statusDetails.text, nameCap);
        if (line.responseFlags.isSet())
            flags.add(line.responseFlags.text, nameCap);

        if (logClass == LogClass::NonSniRefused || logClass == LogClass::UnknownSniRefused) {
            if (logClass == LogClass::UnknownSniRefused)
                unknownSniHosts.add(line.sniHost.text, nameCap);
            const std::string_view address = line.remoteAddress.isSet()
                                                 ? accessLogClientAddress(line.remoteAddress.text)
                                                 : std::string_view("unknown");
            if (auto it = clients.find(address); it != clients.end())
                it->second.add(logClass, ms);
            else if (clients.size() < size_t(limits.maxClients))
                clients.emplace(std::string(address), ClientCounts{})
                    .first->second.add(logClass, ms);
            else
                otherClients.add(logClass, ms);
        }
        int &taken = samplesTaken[size_t(logClass)];
        if (taken < limits.samplesPerClass) {
            ++taken;
            summary.samples << LogSample{logClass, input, lineNumber,
                                         lossyText(text, kSampleBytes)};
        }
        if (observer)
            observer(line, logClass, ms);
    }
};

AccessLogAnalyzer::AccessLogAnalyzer(const AccessLogLimits &limits)
    : d(std::make_unique<State>())
{
    d->limits = limits;
}

AccessLogAnalyzer::~AccessLogAnalyzer() = default;

void AccessLogAnalyzer::beginInput(const QString &name)
{
    d->input = name;
    d->lineNumber = 0;
    d->carry.clear();
    d->skipping = false;
    d->summary.inputs << name;
}

void AccessLogAnalyzer::feed(const char *data, qsizetype size)
{
    d->summary.bytes += size;
    const char *p = data;
    const char *end = data + size;
    while (p < end) {
        const char *newline = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *lineEnd = newline ? newline : end;
        if (d->skipping) {
            if (newline) {
                d->skipping = false;
                d->carry.clear();
            }
        } else if (d->carry.empty() && newline) {
            d->processLine(std::string_view(p, size_t(lineEnd - p))); // the common case: no copy
        } else {
            d->carry.append(p, size_t(lineEnd - p));
            if (qsizetype(d->carry.size()) > d->limits.maxLineBytes) {
                ++d->lineNumber;
                ++d->summary.lines;
                d->unparsedLine(QStringLiteral("too_long"), d->limits.maxLineBytes + 1, d->carry);
                d->carry.clear();
                d->skipping = !newline;
            } else if (newline) {
                d->processLine(d->carry);
                d->carry.clear();
            }
        }
        p = newline ? newline + 1 : end;
    }
}

void AccessLogAnalyzer::setRecordObserver(RecordObserver observer)
{
    d->observer = std::move(observer);
}

void AccessLogAnalyzer::noteInputError(const QString &input, qint64 offset, const QString &reason)
{
    d->summary.inputErrors << LogInputError{input, offset, reason};
}

void AccessLogAnalyzer::endInput()
{
    if (!d->carry.empty() && !d->skipping)
        d->processLine(d->carry);
    d->carry.clear();
    d->skipping = false;
}

AccessLogSummary AccessLogAnalyzer::summary() const
{
    AccessLogSummary result = d->summary;
    for (const auto &[address, counts] : d->clients) {
        result.clients << LogClientStat{
            QString::fromUtf8(address.data(), qsizetype(address.size())), counts.nonSni,
            counts.unknownSni, counts.firstMs, counts.lastMs};
    }
    std::sort(result.clients.begin(), result.clients.end(),
              [](const LogClientStat &a, const LogClientStat &b) {
                  const qint64 left = a.nonSniRefused + a.unknownSniRefused;
                  const qint64 right = b.nonSniRefused + b.unknownSniRefused;
                  return left != right ? left > right : a.address < b.address;
              });
    if (d->otherClients.nonSni + d->otherClients.unknownSni > 0) {
        result.clients << LogClientStat{QStringLiteral("others"), d->otherClients.nonSni,
                                        d->otherClients.unknownSni, d->otherClients.firstMs,
                                        d->otherClients.lastMs};
    }
    result.sniHosts = d->sniHosts.sorted();
    result.unknownSniHosts = d->unknownSniHosts.sorted();
    result.tlsProtocols = d->protocols.sorted();
    result.statusDetails = d->details.sorted();
    result.responseFlags = d->flags.sorted();
    result.findings = accessLogFindings(result);
    return result;
}

QList<Finding> accessLogFindings(const AccessLogSummary &summary)
{
    QList<Finding> findings;
    // The time range of a class of records (or of all), as "first" and "last".
    const auto withRange = [&summary](Args args, std::optional<LogClass> logClass = std::nullopt) {
        args.insert("first", QString::number(logClass ? summary.classFirstMs[size_t(*logClass)]
                                                      : summary.firstMs));
        args.insert("last", QString::number(logClass ? summary.classLastMs[size_t(*logClass)]
                                                     : summary.lastMs));
        return args;
    };
    const qint64 nonSni = summary.count(LogClass::NonSniRefused);
    const qint64 unknownSni = summary.count(LogClass::UnknownSniRefused);
    if (nonSni > 0) {
        QStringList top;
        qint64 clients = 0;
        for (const LogClientStat &client : summary.clients) {
            if (client.nonSniRefused == 0)
                continue;
            ++clients;
            if (top.size() < 5)
                top << QStringLiteral("%1 (%2)").arg(client.address).arg(client.nonSniRefused);
        }
        findings << Finding{QStringLiteral("log_non_sni_refused"), Severity::Error,
                            withRange({{"count", QString::number(nonSni)},
                                       {"clients", top.join(QStringLiteral(", "))},
                                       {"client_count", QString::number(clients)}},
                                      LogClass::NonSniRefused)};
    }
    if (unknownSni > 0) {
        QStringList names;
        for (const LogNameCount &name : summary.unknownSniHosts) {
            if (names.size() < 5)
                names << QStringLiteral("%1 (%2)").arg(name.name).arg(name.count);
        }
        findings << Finding{QStringLiteral("log_unknown_sni_refused"), Severity::Error,
                            withRange({{"count", QString::number(unknownSni)},
                                       {"names", names.join(QStringLiteral(", "))}},
                                      LogClass::UnknownSniRefused)};
    }
    if (summary.records > 0 && nonSni == 0 && unknownSni == 0) {
        findings << Finding{QStringLiteral("log_no_evidence"), Severity::Info,
                            withRange({{"count", QString::number(summary.records)}})};
    }
    for (const LogInputError &error : summary.inputErrors) {
        findings << Finding{QStringLiteral("log_input_incomplete"),
                            Severity::Warning,
                            {{"input", error.input},
                             {"offset", QString::number(error.offset)},
                             {"reason", error.reason}}};
    }
    const qint64 meaningful = summary.lines - summary.blankLines;
    if (summary.records == 0) {
        findings << Finding{QStringLiteral("log_no_records"),
                            Severity::Warning,
                            {{"lines", QString::number(meaningful)},
                             {"inputs", summary.inputs.join(QStringLiteral(", "))}}};
    }
    // A few start-up lines are normal in `kubectl logs`; more than 1 in 100 is not.
    if (summary.unparsedLines > 0 &&
        (summary.records == 0 || summary.unparsedLines * 100 > meaningful)) {
        const LogUnparsedLine first = summary.unparsed.value(0);
        findings << Finding{QStringLiteral("log_unparsed_lines"),
                            Severity::Warning,
                            {{"unparsed", QString::number(summary.unparsedLines)},
                             {"lines", QString::number(meaningful)},
                             {"input", first.input},
                             {"line", QString::number(first.line)},
                             {"column", QString::number(first.column)},
                             {"reason", first.reason}}};
    }
    return findings;
}

namespace {

Error readError(AccessLogError code, const QString &path, const QString &reason = {})
{
    return Error(code, {{"file", path}, {"reason", reason}});
}

} // namespace

Result<AccessLogSummary> analyzeAccessLogFiles(const QStringList &paths, TaskControl &control,
                                               const AccessLogLimits &limits)
{
    // Every file must open before any is read: a typo in the fifth name should not
    // cost the time of reading the first four.
    qint64 total = 0;
    for (const QString &path : paths) {
        if (path == QLatin1String("-"))
            continue;
        const QFileInfo info(path);
        if (!info.exists())
            return readError(AccessLogError::NoSuchFile, path);
        if (info.isDir())
            return readError(AccessLogError::IsFolder, path);
        if (!info.isReadable())
            return readError(AccessLogError::PermissionDenied, path);
        total += info.size();
    }
    // Progress in KiB so that files beyond 2 GiB fit an int.
    control.setProgressRange(0, int(std::max<qint64>(1, total / 1024)));
    AccessLogAnalyzer analyzer(limits);
    QByteArray buffer(kChunkBytes, Qt::Uninitialized);
    qint64 done = 0;
    bool canceled = false;
    for (const QString &path : paths) {
        if (canceled)
            break;
        analyzer.beginInput(path);
        if (path == QLatin1String("-")) {
            for (;;) {
                if (control.isCanceled()) {
                    canceled = true;
                    break;
                }
                const ssize_t n = ::read(STDIN_FILENO, buffer.data(), size_t(buffer.size()));
                if (n < 0 && errno == EINTR)
                    continue;
                if (n < 0)
                    return readError(AccessLogError::Unreadable, QStringLiteral("-"),
                                     QString::fromLocal8Bit(std::strerror(errno)));
                if (n == 0)
                    break;
                analyzer.feed(buffer.constData(), n);
            }
            analyzer.endInput();
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return readError(AccessLogError::Unreadable, path, file.errorString());
        const bool compressed = isCompressedHead(file.peek(6));
        // A regular file is mapped rather than copied into a buffer: the scanner reads
        // the page cache in place. The mapping is released as it is consumed, so the
        // resident memory stays small whatever the file's size.
        const qint64 size = file.size();
        void *mapped = !compressed && size > 0
                           ? ::mmap(nullptr, size_t(size), PROT_READ, MAP_PRIVATE, file.handle(), 0)
                           : MAP_FAILED;
        if (mapped != MAP_FAILED) {
            ::madvise(mapped, size_t(size), MADV_SEQUENTIAL);
            const char *data = static_cast<const char *>(mapped);
            for (qint64 offset = 0; offset < size; offset += kChunkBytes) {
                if (control.isCanceled()) {
                    canceled = true;
                    break;
                }
                const qint64 n = std::min<qint64>(kChunkBytes, size - offset);
                analyzer.feed(data + offset, n);
                // Pages behind us are not needed again (lines that cross the chunk
                // boundary were copied into the analyzer's carry-over).
                if (offset >= kChunkBytes)
                    ::madvise(const_cast<char *>(data) + offset - kChunkBytes, size_t(kChunkBytes),
                              MADV_DONTNEED);
                done += n;
                control.setProgress(int(done / 1024), path);
            }
            ::munmap(mapped, size_t(size));
        } else if (!compressed) {
            for (;;) {
                if (control.isCanceled()) {
                    canceled = true;
                    break;
                }
                const qint64 n = file.read(buffer.data(), buffer.size());
                if (n < 0)
                    return readError(AccessLogError::Unreadable, path, file.errorString());
                if (n == 0)
                    break;
                analyzer.feed(buffer.constData(), n);
                done += n;
                control.setProgress(int(done / 1024), path);
            }
        } else {
            file.close();
            CompressedStream stream;
            const qint64 before = done;
            if (!stream.openFile(path, kChunkBytes))
                return readError(AccessLogError::Unreadable, path, stream.errorString());
            for (;;) {
                if (control.isCanceled()) {
                    canceled = true;
                    break;
                }
                const qint64 n = stream.read(buffer.data(), buffer.size());
                if (n < 0) {
                    // A damaged or cut compressed file: keep what was read, say where it stopped.
                    analyzer.noteInputError(path, stream.compressedOffset(), stream.errorString());
                    break;
                }
                if (n == 0)
                    break;
                analyzer.feed(buffer.constData(), n);
                done = before + stream.compressedOffset();
                control.setProgress(int(done / 1024), path);
            }
        }
        analyzer.endInput();
    }
    AccessLogSummary summary = analyzer.summary();
    summary.canceled = canceled;
    qCDebug(logAccessLog) << "read" << paths << summary.lines << "lines," << summary.records
                          << "records," << summary.unparsedLines << "not access-log lines"
                          << (canceled ? "(canceled)" : "");
    return summary;
}

AccessLogSummary analyzeAccessLogText(const QByteArray &text, const QString &name,
                                      const AccessLogLimits &limits)
{
    AccessLogAnalyzer analyzer(limits);
    analyzer.beginInput(name);
    analyzer.feed(text.constData(), text.size());
    analyzer.endInput();
    return analyzer.summary();
}

} // namespace SniDoctor
