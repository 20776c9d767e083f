#include "capture/capturestep.h"

#include "capture/captureanalyzer.h"
#include "capture/capturejson.h"
#include "capture/capturetext.h"
#include "case/stepmodule.h"
#include "core/decompress.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace SniDoctor {

namespace {

bool isCaptureMagic(const QByteArray &head)
{
    static const QByteArray magics[] = {
        QByteArrayLiteral("\xd4\xc3\xb2\xa1"), QByteArrayLiteral("\xa1\xb2\xc3\xd4"),
        QByteArrayLiteral("\x4d\x3c\xb2\xa1"), QByteArrayLiteral("\xa1\xb2\x3c\x4d"),
        QByteArrayLiteral("\x0a\x0d\x0d\x0a")};
    for (const QByteArray &magic : magics) {
        if (head.startsWith(magic))
            return true;
    }
    return false;
}

// A collected capture, read with libpcap: an archive's entry through a FILE over its
// bytes in memory, never written to disk.
Result<CaptureSummary> analyzeCollectedCapture(const CollectedFile &file, TaskControl &control)
{
    Result<CaptureSummary> summary = [&]() -> Result<CaptureSummary> {
        if (!file.inMemory())
            return analyzeCapture(file.path, control);
        QByteArray copy = file.data;
        FILE *stream = ::fmemopen(copy.data(), size_t(copy.size()), "rb");
        if (!stream)
            return Error(
                CaptureError::Unreadable,
                {{"file", file.name}, {"reason", QString::fromLocal8Bit(std::strerror(errno))}});
        return analyzeCaptureStream(stream, file.name, control);
    }();
    if (!summary)
        return summary;
    CaptureSummary value = summary.value();
    value.file = file.name;
    return value;
}

class CaptureStep final : public JsonStepModule<CaptureSummary, captureSummaryToJson,
                                                captureSummaryFromJson, isCaptureSummaryJson>
{
public:
    QString verdict(const StepRecord &record) const override
    {
        return CaptureText::verdict(record.as<CaptureSummary>());
    }

    QString findingTitle(const Finding &finding) const override
    {
        return CaptureText::title(finding);
    }

    QString findingDetail(const Finding &finding) const override
    {
        return CaptureText::detail(finding);
    }

    void addFacts(const StepRecord &record, QList<Fact> &facts) const override
    {
        const CaptureSummary &capture = record.as<CaptureSummary>();
        // Hellos without SNI that the server reset are refusals; without any reset they
        // only say that such clients exist.
        if (capture.resetWithoutSni == 0)
            return;
        const auto helloTime = [&capture](qint64 frame) {
            for (const CaptureHello &hello : capture.hellos) {
                if (hello.frame == frame || hello.reactionFrame == frame)
                    return QDateTime::fromMSecsSinceEpoch(hello.timeUs / 1000, Qt::UTC);
            }
            return QDateTime();
        };
        for (const Finding &finding : capture.findings) {
            if (finding.id == QLatin1String("capture_client_without_sni") ||
                finding.id == QLatin1String("capture_reset_after_client_hello")) {
                const qint64 frame = finding.args.number("frame");
                facts << Fact{FactKind::NonSniRefused, finding, Place::atFrame(capture.file, frame),
                              helloTime(frame)};
            }
        }
    }

    bool recognize(FileSniff &file, RecognitionPhase phase, Args &) const override
    {
        return phase == RecognitionPhase::Binary && isCaptureMagic(file.head());
    }

    QString inputKindId() const override { return QStringLiteral("capture"); }

    QString inputKindText(const Args &) const override
    {
        return QCoreApplication::translate("SniDoctor::ReviewText",
                                           "Packet capture (pcap or pcapng)");
    }

    QString resultKindText() const override
    {
        return QCoreApplication::translate("SniDoctor::ReviewText", "SNI Doctor capture analysis");
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
        // One capture per case; the others are listed.
        for (FileSniff *input : std::as_const(collected.inputs)) {
            const CollectedFile &file = input->file();
            Result<CaptureSummary> summary = analyzeCollectedCapture(file, control);
            if (!summary) {
                collected.problems.insert(&file, summary.error());
                continue;
            }
            collected.used << &file;
            return StepRecord(std::move(summary).value(), Origin::collected({file.name}),
                              QDateTime());
        }
        return {};
    }

    void addToBundle(const StepRecord &record, BundleContent &content) const override
    {
        const CaptureSummary &summary = record.as<CaptureSummary>();
        content.addFile(QStringLiteral("capture/analysis.json"), jsonBytes(resultJson(record)));
        // The capture itself only when asked for, and never as it is: reduced to its
        // headers and TLS handshakes as it is written (writeBundle).
        const QFileInfo info(summary.file);
        QString base = withoutCompressionSuffix(info.fileName());
        for (const char *suffix : {".pcapng", ".pcap", ".cap"}) {
            if (base.endsWith(QLatin1String(suffix)) && base.size() > qsizetype(strlen(suffix)))
                base.chop(qsizetype(strlen(suffix)));
        }
        if (info.isFile())
            content.offerSourceFile(
                QStringLiteral("capture/") + base + QStringLiteral("-handshakes.pcap"),
                info.absoluteFilePath(), info.size(), BundleFile::Kind::Capture);
        content.addReport(ReportBlock::paragraph(CaptureText::verdict(summary)));
        content.addReport(ReportBlock::paragraph(CaptureText::tr(
            "A capture in this bundle is reduced: every frame is kept with its headers, but of "
            "its payload only the TLS handshake up to the server's first answer on each "
            "connection (no application data, no plaintext). A capture without TLS is left "
            "out.")));
    }
};

} // namespace

const StepModule &captureStepModule()
{
    static const CaptureStep module;
    return module;
}

} // namespace SniDoctor
