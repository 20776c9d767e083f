#pragma once

#include "capture/capturesummary.h"

#include <QCoreApplication>

namespace SniDoctor {

// The capture analysis in sentences of the current language, at display time.
class CaptureText final
{
    Q_DECLARE_TR_FUNCTIONS(SniDoctor::CaptureText)

public:
    [[nodiscard]] static QString title(const Finding &finding);
    [[nodiscard]] static QString detail(const Finding &finding);
    [[nodiscard]] static QString verdict(const CaptureSummary &summary);
    [[nodiscard]] static QString nextStep(const CaptureSummary &summary);
    // How to see the first hello without SNI in Wireshark; empty when there is none.
    [[nodiscard]] static QString wiresharkHint(const CaptureSummary &summary);
    // Wireshark's display filter for every ClientHello without SNI, as typed into
    // Wireshark: the same in every language.
    [[nodiscard]] static QString wiresharkFilter();
    [[nodiscard]] static QString reaction(const CaptureHello &hello);
    [[nodiscard]] static QString incompleteReason(const QString &reasonId);
};

// "2025-05-19T04:46:20.117345Z".
[[nodiscard]] QString captureTimeIso(qint64 timeUs);

} // namespace SniDoctor
