#pragma once

#include "core/finding.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace SniDoctor {

// How the runbook reads one record of the ingress (Envoy) access log, Apigee's JSON format.
enum class LogClass
{
    NonSniRefused,     // no SNI, and filter_chain_not_found (or NR with status 0)
    UnknownSniRefused, // an SNI that no filter chain serves
    Ok,                // a connection that was served
    OtherError,        // any other response flag or error detail (UF, UH, URX, DC, ...)
};
inline constexpr int kLogClassCount = 4;

[[nodiscard]] QString logClassId(LogClass logClass); // "non_sni_refused", ...

struct LogClientStat
{
    QString address; // IP without the ephemeral port; "others" for the overflow bucket
    qint64 nonSniRefused = 0;
    qint64 unknownSniRefused = 0;
    qint64 firstMs = -1; // first and last refused connection, ms since the epoch (UTC)
    qint64 lastMs = -1;
};

struct LogNameCount
{
    QString name; // "others" for the overflow bucket
    qint64 count = 0;
    friend bool operator==(const LogNameCount &, const LogNameCount &) = default;
};

struct LogSample
{
    LogClass logClass = LogClass::Ok;
    QString input;   // file name as given, "-" for standard input
    qint64 line = 0; // 1-based
    QString text;    // the line, cut at 4 KiB
};

struct LogUnparsedLine
{
    QString input;
    qint64 line = 0;
    qint64 column = 0; // 1-based byte where reading stopped
    QString reason;    // not_json, truncated, bad_json, not_access_log, too_long
    QString excerpt;   // the line's first 160 bytes
};

struct LogInputError
{
    QString input;
    qint64 offset = 0; // bytes of the file read before the error
    QString reason;    // the decompressor's own words
};

// Everything the analysis found, as language-neutral data. Memory is bounded by the
// limits below whatever the size of the input.
struct AccessLogSummary
{
    QStringList inputs;
    qint64 bytes = 0;
    qint64 lines = 0;
    qint64 blankLines = 0;
    qint64 records = 0;
    qint64 unparsedLines = 0;
    std::array<qint64, kLogClassCount> classes{};
    qint64 nonSniServed = 0;      // records without SNI that were served: a wildcard route at work
    QList<LogClientStat> clients; // clients with refused connections, most refused first
    QList<LogNameCount> sniHosts; // every SNI seen, most records first
    QList<LogNameCount> unknownSniHosts; // SNIs that were refused
    QList<LogNameCount> tlsProtocols;
    QList<LogNameCount> statusDetails;
    QList<LogNameCount> responseFlags;
    qint64 firstMs = -1; // time range covered by the records
    qint64 lastMs = -1;
    std::array<qint64, kLogClassCount> classFirstMs{-1, -1, -1, -1}; // the same per class
    std::array<qint64, kLogClassCount> classLastMs{-1, -1, -1, -1};
    QList<LogSample> samples;
    QList<LogUnparsedLine> unparsed; // the first few
    QList<LogInputError> inputErrors;
    QList<Finding> findings;
    bool canceled = false;

    [[nodiscard]] qint64 count(LogClass logClass) const { return classes[size_t(logClass)]; }
};

} // namespace SniDoctor
