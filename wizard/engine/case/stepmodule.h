#pragma once

#include "bundle/bundlecontent.h"
#include "case/casedata.h"
#include "core/fact.h"
#include "core/taskcontrol.h"
#include "review/filesniff.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace SniDoctor {

// Recognition reads a collected file in phases, each cheaper than the next is wrong:
// magic numbers, a compressed stream's text, a JSON object, lines of text, YAML.
enum class RecognitionPhase
{
    Binary,     // head() starts with a known magic
    Compressed, // headLines() of a compressed file
    Json,       // json() after the tool's own results were ruled out
    Text,       // headLines() of a plain file
    Yaml,       // yaml()
};

// One of the tool's own result files, as review found it (diagnose --json sections
// included).
struct CollectedResult
{
    const CollectedFile *file = nullptr;
    QJsonObject json;
};

// What review collected for one step, and what the step made of it.
struct StepCollected
{
    QList<CollectedResult> results;    // the step's result JSON, in collection order
    QList<FileSniff *> inputs;         // files recognised as its raw input, in collection order
    QList<const CollectedFile *> used; // out: the files the result came from
    QHash<const CollectedFile *, Error> problems; // out: why a file could not be used
};

// Everything the rest of the tool needs from a runbook step, implemented by the step's
// own folder (probe/probestep.cpp, ...) and named by its row of the step table. Each
// function is pure and thread-safe unless it says otherwise; texts are in the current
// language.
class StepModule
{
public:
    virtual ~StepModule() = default;

    // The JSON edge: what `sni-doctor STEP --json` prints, which diagnose --json nests
    // and a bundle keeps as the step's analysis.
    [[nodiscard]] virtual QJsonObject resultJson(const StepRecord &record) const = 0;
    // What a saved session keeps: the result JSON and whatever else reopening needs.
    [[nodiscard]] virtual QJsonObject sessionJson(const StepRecord &record) const
    {
        return resultJson(record);
    }
    // Either of the two read back, with the origin it states; a null record for JSON
    // of another shape.
    [[nodiscard]] virtual StepRecord fromJson(const QJsonObject &json) const = 0;
    [[nodiscard]] virtual bool isResultJson(const QJsonObject &json) const = 0;

    // What the step found: its findings (the side list's state, exit codes), its
    // verdict in one sentence, and each finding's words.
    [[nodiscard]] virtual QList<Finding> findings(const StepRecord &record) const = 0;
    [[nodiscard]] virtual QString verdict(const StepRecord &record) const = 0;
    [[nodiscard]] virtual QString findingTitle(const Finding &finding) const = 0;
    [[nodiscard]] virtual QString findingDetail(const Finding &finding) const = 0;

    // The diagnosis: what the result says about the runbook's questions.
    virtual void addFacts(const StepRecord &record, QList<Fact> &facts) const = 0;

    // Offline review. Whether a file is this step's raw input (asked once per phase);
    // detail gets what reviewKindText shows (a count, a name).
    [[nodiscard]] virtual bool recognize(FileSniff &file, RecognitionPhase phase,
                                         Args &detail) const = 0;
    [[nodiscard]] virtual QString inputKindId() const = 0; // "capture", "access_log", ...
    [[nodiscard]] virtual QString inputKindText(const Args &detail) const = 0;
    [[nodiscard]] virtual QString resultKindText() const = 0;
    // The step's result from what was collected, offline and without running anything:
    // its result JSON as written, else its raw inputs analysed as the live step
    // analyses them (soFar holds the steps before it). Blocking; control cancels it.
    // A null record when nothing was usable.
    [[nodiscard]] virtual StepRecord review(StepCollected &collected, const CaseData &soFar,
                                            TaskControl &control) const = 0;

    // The support bundle: the step's files and its section of the report (the bundle
    // adds the heading and redacts every text).
    virtual void addToBundle(const StepRecord &record, BundleContent &content) const = 0;
};

// The common shape of a step whose result type T holds its own findings and has a JSON
// writer, reader and recogniser: those four functions of StepModule written once. A
// result read back from JSON is this machine's, with no time.
template <typename T, QJsonObject (*ToJson)(const T &),
          std::optional<T> (*FromJson)(const QJsonObject &), bool (*IsJson)(const QJsonObject &)>
class JsonStepModule : public StepModule
{
public:
    [[nodiscard]] QJsonObject resultJson(const StepRecord &record) const override
    {
        return ToJson(record.as<T>());
    }
    [[nodiscard]] StepRecord fromJson(const QJsonObject &json) const override
    {
        std::optional<T> result = FromJson(json);
        if (!result)
            return {};
        return StepRecord(std::move(*result), Origin::thisMachine(), QDateTime());
    }
    [[nodiscard]] bool isResultJson(const QJsonObject &json) const override { return IsJson(json); }
    [[nodiscard]] QList<Finding> findings(const StepRecord &record) const override
    {
        return record.as<T>().findings;
    }
};

} // namespace SniDoctor
