#pragma once

#include "case/casedata.h"
#include "cli/cli.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>

#include <optional>

// What diagnose and bundle share: the options that name each step's input, the case
// they make, and the verdict as diagnose prints it (review prints it too).
namespace SniDoctor::Cli {

struct EvidenceOptions
{
    EvidenceOptions();
    QCommandLineOption probe;
    QCommandLineOption connect;
    QCommandLineOption logs;
    QCommandLineOption capture;
    ClusterOptions cluster;
    QCommandLineOption routesFrom;
    QCommandLineOption overrides;
    QCommandLineOption routeName;
    QCommandLineOption apigeectl;
    HybridOptions hybrid;

    void addTo(QCommandLineParser &parser) const;
    // --route-name and --apigeectl.
    [[nodiscard]] FixOptions fix(const QCommandLineParser &parser) const;
};

// The case the options describe: each step they name, run (the probe, the cluster's
// routes and pods) or read (files). An exit code when one of them cannot be.
// incomplete: a step was canceled (Ctrl+C).
[[nodiscard]] std::optional<int> collectEvidence(const QCommandLineParser &parser,
                                                 const EvidenceOptions &options, CaseData &data,
                                                 bool &incomplete);

// The verdict, its evidence and the fix, as text or one JSON object (with extra's keys
// too, and each step's result under its id). The exit code the verdict gives.
int printDiagnosis(const CaseData &data, bool incomplete, bool asJson,
                   const QJsonObject &extra = {});

} // namespace SniDoctor::Cli
