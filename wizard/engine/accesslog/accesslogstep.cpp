#include "accesslog/accesslogstep.h"

#include "accesslog/accessloganalyzer.h"
#include "accesslog/accesslogjson.h"
#include "accesslog/accesslogtext.h"
#include "case/stepmodule.h"
#include "core/decompress.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace SniDoctor {

namespace {

QDateTime fromMs(qint64 ms)
{
    return ms < 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// Most non-blank lines are Envoy access-log records (kubectl --prefix and
// --timestamps prefixes included).
bool looksLikeAccessLog(const QByteArray &lines, qint64 &records)
{
    const AccessLogSummary sample = analyzeAccessLogText(lines, QStringLiteral("head"));
    records = sample.records;
    const qint64 meaningful = sample.lines - sample.blankLines;
    return sample.records > 0 && sample.records * 5 >= meaningful;
}

// Every collected log, as the live step reads them, named as the user knows them. A
// compressed log out of an archive is a stranger's: read to 100 times its size at most
// (16 MiB for a small one), as the archive itself.
AccessLogSummary analyzeCollectedLogs(const QList<FileSniff *> &files, TaskControl &control)
{
    constexpr qint64 kMaxBytes = qint64(64) << 30;
    AccessLogAnalyzer analyzer;
    bool canceled = false;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (FileSniff *sniff : files) {
        const CollectedFile &file = sniff->file();
        if (control.isCanceled()) {
            canceled = true;
            break;
        }
        analyzer.beginInput(file.name);
        if (sniff->isCompressed()) {
            const qint64 cap =
                file.inMemory()
                    ? std::min(kMaxBytes, std::max<qint64>(qint64(16) << 20, 100 * file.size))
                    : kMaxBytes;
            CompressedStream stream;
            const bool opened = file.inMemory()
                                    ? stream.openMemory(file.data.constData(), file.data.size())
                                    : stream.openFile(file.path);
            if (!opened) {
                analyzer.noteInputError(file.name, 0, stream.errorString());
            } else {
                qint64 total = 0;
                while (total < cap && !control.isCanceled()) {
                    const qint64 n =
                        stream.read(buffer.data(), std::min<qint64>(buffer.size(), cap - total));
                    if (n < 0) {
                        analyzer.noteInputError(file.name, stream.compressedOffset(),
                                                stream.errorString());
                        break;
                    }
                    if (n == 0)
                        break;
                    total += n;
                    analyzer.feed(buffer.constData(), n);
                }
            }
        } else if (file.inMemory()) {
            analyzer.feed(file.data.constData(), file.data.size());
        } else {
            QFile disk(file.path);
            if (!disk.open(QIODevice::ReadOnly)) {
                analyzer.noteInputError(file.name, 0, disk.errorString());
            } else {
                qint64 n = 0;
                while ((n = disk.read(buffer.data(), buffer.size())) > 0 && !control.isCanceled())
                    analyzer.feed(buffer.constData(), n);
            }
        }
        analyzer.endInput();
    }
    AccessLogSummary summary = analyzer.summary();
    summary.canceled = canceled || control.isCanceled();
    return summary;
}

class AccessLogStep final : public JsonStepModule<AccessLogSummary, accessLogSummaryToJson,
                                                  accessLogSummaryFromJson, isAccessLogSummaryJson>
{
public:
    QString verdict(const StepRecord &record) const override
    {
        return AccessLogText::verdict(record.as<AccessLogSummary>());
    }

    QString findingTitle(const Finding &finding) const override
    {
        return AccessLogText::title(finding);
    }

    QString findingDetail(const Finding &finding) const override
    {
        if (finding.id == QLatin1String("log_non_sni_served"))
            return QCoreApplication::translate(
                       "SniDoctor::DiagnosisText",
                       "%1 connections without SNI were served (a wildcard route at work).")
                .arg(finding.args.value("count"));
        return AccessLogText::detail(finding);
    }

    void addFacts(const StepRecord &record, QList<Fact> &facts) const override
    {
        const AccessLogSummary &logs = record.as<AccessLogSummary>();
        const auto sampleWhere = [&logs](LogClass logClass) {
            for (const LogSample &sample : logs.samples) {
                if (sample.logClass == logClass)
                    return Place::inFile(sample.input, int(sample.line));
            }
            return Place::inFiles(logs.inputs);
        };
        const auto lastOf = [&logs](LogClass logClass) {
            return fromMs(logs.classLastMs[size_t(logClass)]);
        };
        for (const Finding &finding : logs.findings) {
            if (finding.id == QLatin1String("log_non_sni_refused"))
                facts << Fact{FactKind::NonSniRefused, finding,
                              sampleWhere(LogClass::NonSniRefused),
                              lastOf(LogClass::NonSniRefused)};
            else if (finding.id == QLatin1String("log_unknown_sni_refused"))
                facts << Fact{FactKind::UnknownSniRefused, finding,
                              sampleWhere(LogClass::UnknownSniRefused),
                              lastOf(LogClass::UnknownSniRefused)};
        }
        if (logs.nonSniServed > 0)
            facts << Fact{FactKind::NonSniServed,
                          Finding{QStringLiteral("log_non_sni_served"),
                                  Severity::Info,
                                  {{"count", QString::number(logs.nonSniServed)}}},
                          Place::inFiles(logs.inputs), fromMs(logs.lastMs)};
    }

    bool recognize(FileSniff &file, RecognitionPhase phase, Args &) const override
    {
        if (phase != RecognitionPhase::Compressed && phase != RecognitionPhase::Text)
            return false;
        qint64 records = 0;
        return looksLikeAccessLog(file.headLines(), records);
    }

    QString inputKindId() const override { return QStringLiteral("access_log"); }

    QString inputKindText(const Args &) const override
    {
        return QCoreApplication::translate("SniDoctor::ReviewText", "Ingress access log");
    }

    QString resultKindText() const override
    {
        return QCoreApplication::translate("SniDoctor::ReviewText",
                                           "SNI Doctor access-log analysis");
    }

    StepRecord review(StepCollected &collected, const CaseData &,
                      TaskControl &control) const override
    {
        for (const CollectedResult &result : collected.results) {
            StepRecord record = fromJson(result.json);
            if (!record.isNull()) {
                collected.used << result.file;
                return record;
            }
        }
        if (collected.inputs.isEmpty())
            return {};
        QStringList names;
        for (FileSniff *file : std::as_const(collected.inputs)) {
            collected.used << &file->file();
            names << file->file().name;
        }
        AccessLogSummary summary = analyzeCollectedLogs(collected.inputs, control);
        return StepRecord(std::move(summary), Origin::collected(names), QDateTime());
    }

    void addToBundle(const StepRecord &record, BundleContent &content) const override
    {
        const AccessLogSummary &summary = record.as<AccessLogSummary>();
        content.addFile(QStringLiteral("logs/analysis.json"), jsonBytes(resultJson(record)));
        // The full logs, only when asked for: text, redacted as they are written.
        for (const QString &input : summary.inputs) {
            const QFileInfo info(input);
            // A compressed log goes in as its text (redacted): named without .gz.
            const QString name = withoutCompressionSuffix(info.fileName());
            if (info.isFile() && info.size() <= qint64(512) << 20)
                content.offerSourceFile(QStringLiteral("logs/") + name, info.absoluteFilePath(),
                                        info.size(), BundleFile::Kind::Text);
        }
        content.addReport(ReportBlock::paragraph(AccessLogText::verdict(summary)));
    }
};

} // namespace

const StepModule &accessLogStepModule()
{
    static const AccessLogStep module;
    return module;
}

} // namespace SniDoctor
