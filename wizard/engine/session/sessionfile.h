#pragma once

#include "cluster/ingresspods.h"
#include "core/result.h"
#include "diagnosis/diagnosis.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace SniDoctor {

// Everything a live or review session holds: the inputs and results of each step
// and the user's notes. Saved as one JSON file (*.sni-doctor.json) that reopens on any
// machine with the same results: nothing is run again.
struct SessionState
{
    DiagnosisInput input;
    ProbeTarget probeTarget;
    QByteArray overridesText; // as validated (the redacted text when it came from a bundle)
    QString overridesFile;
    std::optional<QList<IngressPod>> pods;
    QString notes;
    bool review = false;       // the results came from collected files, not from this machine
    QStringList reviewedPaths; // what review opened
};

inline constexpr char kSessionFormat[] = "sni-doctor-session";
inline constexpr int kSessionVersion = 1;

[[nodiscard]] QByteArray sessionToJson(const SessionState &state);
// An Error names the file and what was expected.
[[nodiscard]] Result<SessionState> sessionFromJson(const QByteArray &json, const QString &fileName);
// The same for a document already parsed (review's recognition parsed it).
[[nodiscard]] Result<SessionState> sessionFromJsonObject(const QJsonObject &json,
                                                         const QString &fileName);
// True when the text is a saved session (for review's recognition).
[[nodiscard]] bool isSessionJson(const QJsonObject &json);

// Writes the session to path through a temporary file in the same folder, renamed at
// the end: the old file or the new, never half of one.
[[nodiscard]] Result<QString> saveSession(const QString &path, const SessionState &state);
[[nodiscard]] Result<SessionState> loadSession(const QString &path);

} // namespace SniDoctor
