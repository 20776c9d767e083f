#pragma once

#include "accesslog/accesslogsummary.h"
#include "capture/capturesummary.h"
#include "probe/tlsprobe.h"

// What probe, logs and capture print as text (pods and the headless demo print the
// same).
namespace SniDoctor::Cli {

void printProbeReport(const ProbeReport &report);
void printLogSummary(const AccessLogSummary &summary);
void printCaptureSummary(const CaptureSummary &summary);

} // namespace SniDoctor::Cli
