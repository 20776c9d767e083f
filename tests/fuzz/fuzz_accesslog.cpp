// libFuzzer target for the access-log line scanner and the analyzer's line splitting:
// any bytes, in any chunking, must neither crash nor read out of bounds nor hang.
// Built with clang -fsanitize=fuzzer,address,undefined in its own configuration
// (SNI_DOCTOR_FUZZ=ON); replay_main.cpp runs the same entry point over the corpus as
// an ordinary regression test.
#include "accesslog/accessloganalyzer.h"
#include "accesslog/accesslogline.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    SniDoctor::AccessLogLineScanner scanner;
    SniDoctor::AccessLogLine line;
    const SniDoctor::LineStatus status = scanner.scan(text, line);
    if (status == SniDoctor::LineStatus::Record && line.errorOffset != 0)
        __builtin_trap(); // a record has no error position
    if (line.errorOffset > size)
        __builtin_trap();

    // The same bytes through the analyzer, cut into chunks whose size the input picks.
    SniDoctor::AccessLogLimits limits;
    limits.maxLineBytes = 4096;
    limits.maxClients = 4;
    limits.maxNames = 4;
    SniDoctor::AccessLogAnalyzer analyzer(limits);
    analyzer.beginInput(QStringLiteral("fuzz"));
    const size_t chunk = size > 0 ? 1 + data[0] % 97 : 1;
    for (size_t at = 0; at < size; at += chunk)
        analyzer.feed(text.data() + at, qsizetype(std::min(chunk, size - at)));
    analyzer.endInput();
    const SniDoctor::AccessLogSummary summary = analyzer.summary();
    if (summary.records + summary.unparsedLines + summary.blankLines != summary.lines)
        __builtin_trap(); // every line is counted exactly once
    return 0;
}
